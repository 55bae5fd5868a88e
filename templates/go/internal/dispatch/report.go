package dispatch

import (
	"encoding/json"
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
	app := dokku.GlobalApp
	if arg(args, 0) == "--global" {
		args = args[1:]
	} else {
		var err error
		if app, args, err = requireApp(appCommandArgs(argv)); err != nil {
			return finish(err)
		}
	}
	key, value := arg(args, 0), arg(args, 1)
	if key == "" {
		return finish(errors.New(<%- go.report.missingKey %>))
	}
	property, ok := dokku.LookupProperty(key)
	if !ok {
		return finish(fmt.Errorf("Invalid key: %s; valid keys: %s", key, <%- go.report.keysText %>))
	}
	if app == dokku.GlobalApp && !property.Global {
		return finish(fmt.Errorf("%s cannot be set with --global; global keys: %s", key, <%- go.report.globalKeysText %>))
	}
	if app != dokku.GlobalApp && !property.App {
		return finish(fmt.Errorf("%s can only be set with --global; keys for an app: %s", key, <%- go.report.appKeysText %>))
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
	app, format, global := os.Getenv("DOKKU_APP_NAME"), "stdout", false
	infoFlags := []string{}
	for i := 0; i < len(args); i++ {
		switch {
		case args[i] == "--format":
			i++
			format = arg(args, i)
		case args[i] == "--global":
			global = true
		case strings.HasPrefix(args[i], "--"):
			infoFlags = append(infoFlags, args[i])
		default:
			app = args[i]
		}
	}
	if len(infoFlags) > 1 {
		return finish(errors.New("<%- plugin.name %>:report command allows only a single flag"))
	}
	infoFlag := arg(infoFlags, 0)
	if format != "stdout" && format != "json" {
		return finish(fmt.Errorf("Invalid --format value: %s; use stdout or json", format))
	}
	if infoFlag != "" && format == "json" {
		return finish(errors.New("--format flag cannot be specified when specifying an info flag"))
	}
	if global {
		return finish(reportSingle(dokku.GlobalApp, globalLayout, infoFlag, format))
	}
	if app != "" {
		if err := dokku.VerifyApp(app); err != nil {
			return finish(err)
		}
		return finish(reportSingle(app, appLayout, infoFlag, format))
	}
	apps, err := dokku.Apps()
	if errors.Is(err, dokku.ErrNoApps) {
		dokku.LogWarn("%s", err.Error())
		return 0
	}
	if err != nil {
		return finish(err)
	}
	for _, each := range apps {
		if err := reportSingle(each, appLayout, infoFlag, format); err != nil {
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
	return dokku.ComputedValue(app, row.key)
}

// reportSingle prints one report: every row, one row's bare value (infoFlag), or JSON.
func reportSingle(app string, layout reportLayout, infoFlag, format string) error {
	values := make([]string, len(layout.rows))
	for i, row := range layout.rows {
		values[i] = rowValue(app, row)
	}
	if format == "json" {
		data := map[string]string{}
		for _, entry := range layout.json {
			data[entry.key] = values[entry.row]
		}
		out, err := json.Marshal(data)
		if err != nil {
			return err
		}
		fmt.Println(string(out))
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
	fmt.Println(dokku.ComputedValue(app, key))
	return nil
}

func quietInfo2(format string, a ...interface{}) {
	if os.Getenv("DOKKU_QUIET_OUTPUT") == "" {
		dokku.LogInfo2(format, a...)
	}
}
