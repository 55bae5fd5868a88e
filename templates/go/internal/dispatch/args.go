package dispatch

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"<%- go.modulePath %>/internal/dokku"
)

// commandArgs drops the command word (argv[0] is `<%- plugin.name %>:COMMAND`) and any `--app NAME` the
// dispatcher left in argv.
func commandArgs(argv []string) []string {
	args := []string{}
	for i := 1; i < len(argv); i++ {
		if argv[i] == "--app" {
			i++
			continue
		}
		args = append(args, argv[i])
	}
	return args
}

// appCommandArgs is commandArgs with the app from --app or $DOKKU_APP_NAME first when one is set:
// `dokku --app NAME <%- plugin.name %>:x` leaves argv without the app, which Dokku only exports. As in
// Dokku's own plugins, the app then always comes first, so the positional arguments are the rest.
func appCommandArgs(argv []string) []string {
	args := commandArgs(argv)
	if app := os.Getenv("DOKKU_APP_NAME"); app != "" {
		args = append([]string{app}, args...)
	}
	return args
}

// commandLine is a command's argv once its flags are read: which declared flags were given, and the
// operands (the app first, when the command takes one).
type commandLine struct {
	usage    string
	flags    map[string]bool
	operands []string
}

// dokkuGlobalFlags are exported by Dokku's dispatcher from anywhere in argv.
var dokkuGlobalFlags = map[string]bool{"--trace": true, "--quiet": true, "--force": true}

// readCommandLine reads the declared flags wherever they stand and refuses any other word that starts
// with "--", as pflag does in Dokku's Go plugins. A bare "--" ends the flags: it is dropped and every
// later word is an operand. Words with one leading dash are operands. Dokku's own global flags
// (--trace, --quiet, --force) are read by Dokku wherever they stand, so a command that does not
// declare them passes over them.
func readCommandLine(args []string, usage string, declared ...string) (commandLine, error) {
	line := commandLine{usage: usage, flags: map[string]bool{}, operands: []string{}}
	for _, flag := range declared {
		line.flags[flag] = false
	}
	for i, word := range args {
		if word == "--" {
			line.operands = append(line.operands, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(word, "--") {
			line.operands = append(line.operands, word)
			continue
		}
		if _, ok := line.flags[word]; !ok {
			if dokkuGlobalFlags[word] {
				continue
			}
			return line, fmt.Errorf("Unknown flag \"%s\": dokku %s", word, usage)
		}
		line.flags[word] = true
	}
	return line, nil
}

// refuseSurplus fails on the first operand beyond the limit the usage declares.
func (line commandLine) refuseSurplus(operands []string, limit int) error {
	if len(operands) > limit {
		return fmt.Errorf("Unexpected argument \"%s\": dokku %s", operands[limit], line.usage)
	}
	return nil
}

// requireApp takes the app off the front of args; it must be given and exist.
func requireApp(args []string) (string, []string, error) {
	if len(args) == 0 || args[0] == "" {
		return "", nil, errors.New("Please specify an app to run the command on")
	}
	return args[0], args[1:], dokku.VerifyApp(args[0])
}

// optionalApp takes the app off the front of args when there is one; a given app must exist.
func optionalApp(args []string) (string, []string, error) {
	if len(args) == 0 {
		return "", args, nil
	}
	return args[0], args[1:], dokku.VerifyApp(args[0])
}

// arg is the i-th argument, or "" when there are fewer.
func arg(args []string, i int) string {
	if i < len(args) {
		return args[i]
	}
	return ""
}

// argsFrom is every argument from the i-th on.
func argsFrom(args []string, i int) []string {
	if i < len(args) {
		return args[i:]
	}
	return []string{}
}

// finish turns what a command or trigger returned into the exit code, printing a failure as Dokku does.
func finish(err error) int {
	if err == nil {
		return 0
	}
	fmt.Fprintf(os.Stderr, " !     %s\n", err.Error())
	var exit *dokku.ExitError
	if errors.As(err, &exit) {
		return exit.Code
	}
	return 1
}
