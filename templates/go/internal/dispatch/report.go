package dispatch

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"<%- go.modulePath %>/internal/dokku"
)

// <%- plugin.name %>:set and <%- plugin.name %>:report over the plugin's per-app properties. Generated:
// adding properties later rewrites this file.

type property struct {
	name, fallback, flag, jsonKey, label string
}

var properties = []property{
<%_ for (const property of go.report.properties) { _%>
	{<%- property.name %>, <%- property.fallback %>, <%- property.flag %>, <%- property.jsonKey %>, <%- property.label %>},
<%_ } _%>
}

func findProperty(match func(property) bool) (property, bool) {
	for _, candidate := range properties {
		if match(candidate) {
			return candidate, true
		}
	}
	return property{}, false
}

// runSet is `dokku <%- plugin.name %>:set <app> <key> [<value>]`: no value unsets the key.
func runSet(argv []string) int {
	app, rest, err := requireApp(appCommandArgs(argv))
	if err != nil {
		return finish(err)
	}
	key, value := arg(rest, 0), arg(rest, 1)
	if key == "" {
		return finish(errors.New(<%- go.report.missingKey %>))
	}
	if _, ok := findProperty(func(p property) bool { return p.name == key }); !ok {
		return finish(fmt.Errorf("Invalid key: %s; valid keys: %s", key, <%- go.report.keysText %>))
	}
	if value == "" {
		quietInfo2("Unsetting %s", key)
		return finish(dokku.PropertyDelete(app, key))
	}
	quietInfo2("Setting %s to %s", key, value)
	return finish(dokku.PropertyWrite(app, key, value))
}

// runReport is `dokku <%- plugin.name %>:report [<app>] [--<%- plugin.name %>-KEY] [--format stdout|json]`.
func runReport(argv []string) int {
	args := commandArgs(argv)
	app, infoFlag, format := os.Getenv("DOKKU_APP_NAME"), "", "stdout"
	for i := 0; i < len(args); i++ {
		switch {
		case args[i] == "--format":
			i++
			format = arg(args, i)
		case strings.HasPrefix(args[i], "--"):
			infoFlag = args[i]
		default:
			app = args[i]
		}
	}
	if format != "stdout" && format != "json" {
		return finish(fmt.Errorf("Invalid --format value: %s; use stdout or json", format))
	}
	if infoFlag != "" && format == "json" {
		return finish(errors.New("--format flag cannot be specified when specifying an info flag"))
	}
	if app != "" {
		if err := dokku.VerifyApp(app); err != nil {
			return finish(err)
		}
		return finish(reportSingle(app, infoFlag, format))
	}
	apps, err := dokku.Apps()
	if err != nil {
		return finish(err)
	}
	for _, each := range apps {
		if err := reportSingle(each, infoFlag, format); err != nil {
			return finish(err)
		}
	}
	return 0
}

// reportSingle prints one app's report: every property, one property's bare value, or JSON.
func reportSingle(app, infoFlag, format string) error {
	if format == "json" {
		parts := []string{}
		for _, p := range properties {
			parts = append(parts, jsonString(p.jsonKey)+": "+jsonString(dokku.PropertyGet(app, p.name, p.fallback)))
		}
		fmt.Printf("{%s}\n", strings.Join(parts, ", "))
		return nil
	}
	if infoFlag == "" {
		quietInfo2("%s %s information", app, dokku.PluginName)
		for _, p := range properties {
			dokku.LogVerbose("%-30s %-25s", p.label, dokku.PropertyGet(app, p.name, p.fallback))
		}
		return nil
	}
	if p, ok := findProperty(func(p property) bool { return p.flag == infoFlag }); ok {
		fmt.Println(dokku.PropertyGet(app, p.name, p.fallback))
		return nil
	}
	flags := []string{}
	for _, p := range properties {
		flags = append(flags, p.flag)
	}
	return fmt.Errorf("Invalid flag passed, valid flags: %s", strings.Join(flags, " "))
}

func quietInfo2(format string, a ...interface{}) {
	if os.Getenv("DOKKU_QUIET_OUTPUT") == "" {
		dokku.LogInfo2(format, a...)
	}
}

// jsonString quotes value as a JSON string the way the bash variant does, so both print the same bytes:
// backslash, quote, tab and newline escaped, other control characters as \u00XX, and everything else as
// is (encoding/json would also escape U+2028 and U+2029).
func jsonString(value string) string {
	var out strings.Builder
	out.WriteByte('"')
	for _, r := range value {
		switch {
		case r == '\\' || r == '"':
			out.WriteByte('\\')
			out.WriteRune(r)
		case r == '\n':
			out.WriteString(`\n`)
		case r == '\t':
			out.WriteString(`\t`)
		case r < 0x20:
			fmt.Fprintf(&out, `\u%04x`, r)
		default:
			out.WriteRune(r)
		}
	}
	out.WriteByte('"')
	return out.String()
}
