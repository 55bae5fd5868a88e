package dispatch

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"<%- go.modulePath %>/internal/dokku"
)

// <%- plugin.name %>:set and <%- plugin.name %>:report over the plugin's properties, laid out as Dokku's own
// reports are, and the <%- plugin.name %>-get-property trigger. Generated: adding properties later rewrites
// this file.

type rowKind int

const (
	appRow rowKind = iota
	globalRow
	computedRow
)

// reportRow is one line of a report: the app's value of a key, its global value, or the computed one.
type reportRow struct {
	flag, label, key string
	kind             rowKind
}

// jsonEntry is one key of `--format json` and the row whose value it holds.
type jsonEntry struct {
	key string
	row int
}

// reportLayout is what one kind of report shows: rows sorted by flag, as Dokku sorts them, JSON keys
// (unprefixed and the legacy prefixed ones) sorted by key, and the width of the label column.
type reportLayout struct {
	rows       []reportRow
	json       []jsonEntry
	labelWidth int
	flags      string
}

var appLayout = reportLayout{
	rows: []reportRow{
<%_ for (const row of go.report.app.rows) { _%>
		{<%- row.flag %>, <%- row.label %>, <%- row.key %>, <%- row.kind %>},
<%_ } _%>
	},
	json: []jsonEntry{
<%_ for (const entry of go.report.app.json) { _%>
		{<%- entry.key %>, <%- entry.row %>},
<%_ } _%>
	},
	labelWidth: <%- go.report.app.labelWidth %>,
	flags:      <%- go.report.app.flagsText %>,
}

var globalLayout = reportLayout{
	rows: []reportRow{
<%_ for (const row of go.report.global.rows) { _%>
		{<%- row.flag %>, <%- row.label %>, <%- row.key %>, <%- row.kind %>},
<%_ } _%>
	},
	json: []jsonEntry{
<%_ for (const entry of go.report.global.json) { _%>
		{<%- entry.key %>, <%- entry.row %>},
<%_ } _%>
	},
	labelWidth: <%- go.report.global.labelWidth %>,
	flags:      <%- go.report.global.flagsText %>,
}

// runSet is `dokku <%- plugin.name %>:set [<app>|--global] <key> [<value>]`: no value unsets the key.
func runSet(argv []string) int {
	args := commandArgs(argv)
	if arg(args, 0) != dokku.GlobalApp {
		if app := os.Getenv("DOKKU_APP_NAME"); app != "" {
			args = append([]string{app}, args...)
		}
	}
<%_ if (!go.report.hasAppKeys) { _%>
	// No key has an app scope: --global may be left out.
	if arg(args, 0) != dokku.GlobalApp {
		args = append([]string{dokku.GlobalApp}, args...)
	}
<%_ } _%>
	app, key, value := arg(args, 0), arg(args, 1), arg(args, 2)
	if app == "" {
		return finish(errors.New("Please specify an app to run the command on"))
	}
	if app != dokku.GlobalApp {
		if err := dokku.VerifyApp(app); err != nil {
			return finish(err)
		}
	}
	if key == "" {
		return finish(errors.New(<%- go.report.missingKey %>))
	}
	property, known := dokku.LookupProperty(key)
	if app == dokku.GlobalApp && !(known && property.Global) {
<%_ if (go.report.hasGlobalKeys) { _%>
		return finish(fmt.Errorf("Invalid key: %s; valid keys for --global: %s", key, <%- go.report.globalKeysText %>))
<%_ } else { _%>
		return finish(fmt.Errorf("Invalid key: %s; no %s property has a global value, set them per app: %s", key, dokku.PluginName, <%- go.report.appKeysText %>))
<%_ } _%>
	}
	if app != dokku.GlobalApp && !(known && property.App) {
		return finish(fmt.Errorf("Invalid key: %s; valid keys for an app: %s", key, <%- go.report.appKeysText %>))
	}
	if value == "" {
		quietInfo2("Unsetting %s", key)
		return finish(dokku.PropertyDelete(app, key))
	}
	quietInfo2("Setting %s to %s", key, value)
	return finish(dokku.PropertyWrite(app, key, value))
}

// runReport is `dokku <%- plugin.name %>:report [<app>|--global] [--format stdout|json] [<flag>]`: every app
// when none is given.
func runReport(argv []string) int {
	args := commandArgs(argv)
	app, infoFlag, format := os.Getenv("DOKKU_APP_NAME"), "", "stdout"
	for i := 0; i < len(args); i++ {
		switch {
		case args[i] == "--format":
			i++
			format = arg(args, i)
		case args[i] == dokku.GlobalApp:
			app = dokku.GlobalApp
		case strings.HasPrefix(args[i], "--"):
			if infoFlag != "" {
				return finish(errors.New("<%- plugin.name %>:report command allows only a single flag"))
			}
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
		if app != dokku.GlobalApp {
			if err := dokku.VerifyApp(app); err != nil {
				return finish(err)
			}
		}
		return finish(reportSingle(app, infoFlag, format))
	}
	// As Dokku's own reports: one report per app in the order of the app-list trigger; with --format json,
	// one object per line. Without apps, Dokku's message and nothing else.
	apps, err := dokku.Apps()
	if errors.Is(err, dokku.ErrNoApps) {
		dokku.LogWarn("%s", err.Error())
		return 0
	}
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

// rowValue is what a row shows for app (or dokku.GlobalApp).
func rowValue(app string, row reportRow) string {
	switch row.kind {
	case appRow:
		return dokku.PropertyValue(app, row.key)
	case globalRow:
		return dokku.PropertyValue(dokku.GlobalApp, row.key)
	}
	return dokku.PropertyComputed(app, row.key)
}

// reportSingle prints the report of one app, or of the global values (dokku.GlobalApp): every row, one
// row's bare value (infoFlag), or JSON with Dokku's keys, unprefixed and prefixed.
func reportSingle(app, infoFlag, format string) error {
	layout := appLayout
	if app == dokku.GlobalApp {
		layout = globalLayout
	}
	values := make([]string, len(layout.rows))
	for i, row := range layout.rows {
		values[i] = rowValue(app, row)
	}
	if format == "json" {
		parts := make([]string, len(layout.json))
		for i, entry := range layout.json {
			parts[i] = `"` + entry.key + `":` + jsonString(values[entry.row])
		}
		fmt.Printf("{%s}\n", strings.Join(parts, ","))
		return nil
	}
	if infoFlag == "" {
		quietInfo2("%s %s information", app, dokku.PluginName)
		for i, row := range layout.rows {
			dokku.LogVerbose("%-*s%s", layout.labelWidth, row.label, values[i])
		}
		return nil
	}
	for i, row := range layout.rows {
		if row.flag == infoFlag {
			fmt.Println(values[i])
			return nil
		}
	}
	return fmt.Errorf("Invalid flag passed, valid flags: %s", layout.flags)
}

// getProperty is the <%- plugin.name %>-get-property trigger: the computed value of key for app, for other
// plugins to read.
func getProperty(app, key string) error {
	if _, ok := dokku.LookupProperty(key); !ok {
		return fmt.Errorf("Invalid key: %s; valid keys: %s", key, <%- go.report.keysText %>)
	}
	fmt.Println(dokku.PropertyComputed(app, key))
	return nil
}

// jsonString quotes a value as Go's encoding/json does, which Dokku's reports print, but the same with
// every Go version and byte for byte as the bash variant: \b and \f as such, other control characters as
// \u00XX, <, > and & escaped for HTML, U+2028 and U+2029 escaped, and any other byte, valid UTF-8 or not,
// as it is.
func jsonString(value string) string {
	var out strings.Builder
	out.WriteByte('"')
	for i := 0; i < len(value); i++ {
		switch b := value[i]; {
		case b == '\\' || b == '"':
			out.WriteByte('\\')
			out.WriteByte(b)
		case b == '\t':
			out.WriteString(`\t`)
		case b == '\n':
			out.WriteString(`\n`)
		case b == '\r':
			out.WriteString(`\r`)
		case b == '\b':
			out.WriteString(`\b`)
		case b == '\f':
			out.WriteString(`\f`)
		case b < 0x20 || b == '<' || b == '>' || b == '&':
			fmt.Fprintf(&out, `\u%04x`, b)
		case strings.HasPrefix(value[i:], "\u2028"):
			out.WriteString(`\u2028`)
			i += len("\u2028") - 1
		case strings.HasPrefix(value[i:], "\u2029"):
			out.WriteString(`\u2029`)
			i += len("\u2029") - 1
		default:
			out.WriteByte(b)
		}
	}
	out.WriteByte('"')
	return out.String()
}

func quietInfo2(format string, a ...interface{}) {
	if os.Getenv("DOKKU_QUIET_OUTPUT") == "" {
		dokku.LogInfo2(format, a...)
	}
}
