// Package dispatch turns what Dokku runs (the commands, subcommands/* and trigger binaries, with their
// argv) into calls of the functions in package plugin. It is generated; the plugin's logic lives in plugin/.
package dispatch

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"<%- go.modulePath %>/internal/dokku"
)

type helpLine struct {
	usage       string
	description string
}

const description = <%- go.description %>

var commandHelp = []helpLine{
	// >>> generator-dokku-plugin: the help table, rewritten when commands are added; edit around it freely
<%_ for (const command of go.commands) { _%>
	{<%- command.helpUsage %>, <%- command.helpDescription %>},
<%_ } _%>
	// <<< generator-dokku-plugin
}

// Commands is the `commands` binary: Dokku runs it for `help`, `help --all` and every command no
// subcommand matched. It answers help and exits "not mine" for everything else.
func Commands(args []string) int {
	dokku.Trace("commands", args)
	if len(args) == 0 {
		return dokku.NotImplementedExit()
	}
	switch args[0] {
	case "help":
		if helpAllRequested() {
			printHelpLines(os.Stdout)
		} else {
			fmt.Printf("    %s, %s\n", dokku.PluginName, description)
		}
		return 0
	case dokku.PluginName + ":help":
		printUsage(os.Stdout)
		return 0
	}
	return dokku.NotImplementedExit()
}

// helpAllRequested tells whether Dokku is answering `help --all`: it runs each commands file from a
// process whose command line holds --all. Read from /proc, so no ps is needed.
func helpAllRequested() bool {
	cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", os.Getppid()))
	if err != nil {
		return false
	}
	for _, word := range strings.Split(string(cmdline), "\x00") {
		if word == "--all" {
			return true
		}
	}
	return false
}

// printHelpLines prints one "    usage, description" line per command, as dokku help expects.
func printHelpLines(w io.Writer) {
	if len(commandHelp) == 0 {
		fmt.Fprintf(w, "    %s, %s\n", dokku.PluginName, description)
		return
	}
	for _, line := range commandHelp {
		fmt.Fprintf(w, "    %s, %s\n", line.usage, line.description)
	}
}

// showUsage is what a bare `dokku <%- plugin.name %>` prints.
func showUsage() int {
	printUsage(os.Stdout)
	return 0
}

// printUsage prints `dokku <%- plugin.name %>:help`: the usage and the commands in two sorted columns.
func printUsage(w io.Writer) {
	fmt.Fprintf(w, "Usage: dokku %s[:COMMAND]\n\n%s\n", dokku.PluginName, description)
	if len(commandHelp) == 0 {
		return
	}
	fmt.Fprintf(w, "\nAdditional commands:\n")
	lines := append([]helpLine(nil), commandHelp...)
	sort.Slice(lines, func(i, j int) bool { return lines[i].usage < lines[j].usage })
	width := 0
	for _, line := range lines {
		if len(line.usage) > width {
			width = len(line.usage)
		}
	}
	for _, line := range lines {
		fmt.Fprintf(w, "    %-*s  %s\n", width, line.usage, line.description)
	}
}
