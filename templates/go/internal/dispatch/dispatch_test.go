package dispatch

import (
	"bytes"
<%_ if (go.report) { _%>
	"encoding/json"
<%_ } _%>
	"reflect"
	"strings"
	"testing"
)

func TestCommandArgsDropsTheCommandWordAndAppFlags(t *testing.T) {
	got := commandArgs([]string{"<%- plugin.name %>:x", "one", "--app", "web", "two words"})
	if want := []string{"one", "two words"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("commandArgs = %q, want %q", got, want)
	}
}

func TestAppCommandArgsPutsTheAppFromTheEnvironmentFirst(t *testing.T) {
	t.Setenv("DOKKU_APP_NAME", "web")
	if got, want := appCommandArgs([]string{"<%- plugin.name %>:x", "one"}), []string{"web", "one"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("appCommandArgs = %q, want %q", got, want)
	}
	if got, want := appCommandArgs([]string{"<%- plugin.name %>:x", "web"}), []string{"web", "web"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("appCommandArgs keeps a positional argument equal to the app: got %q, want %q", got, want)
	}
}

func TestRequireAppAsksForAMissingApp(t *testing.T) {
	if _, _, err := requireApp(nil); err == nil || err.Error() != "Please specify an app to run the command on" {
		t.Fatalf("requireApp(nil) error = %v", err)
	}
}

func TestReadCommandLineTakesDeclaredFlagsAnywhereAndEndsThemAtDoubleDash(t *testing.T) {
	line, err := readCommandLine([]string{"one", "--force", "-n", "--", "--literal", "--force"}, "p:x <a>... [--force]", "--force")
	if err != nil {
		t.Fatalf("readCommandLine failed: %v", err)
	}
	if !line.flags["--force"] {
		t.Fatalf("--force was not seen")
	}
	if want := []string{"one", "-n", "--literal", "--force"}; !reflect.DeepEqual(line.operands, want) {
		t.Fatalf("operands = %q, want %q", line.operands, want)
	}
}

func TestReadCommandLineRefusesUndeclaredFlags(t *testing.T) {
	_, err := readCommandLine([]string{"one", "--forse"}, "p:x <a> [--force]", "--force")
	if err == nil || err.Error() != `Unknown flag "--forse": dokku p:x <a> [--force]` {
		t.Fatalf("readCommandLine error = %v", err)
	}
}

func TestRefuseSurplusNamesTheFirstExtraOperand(t *testing.T) {
	line := commandLine{usage: "p:x <a>"}
	if err := line.refuseSurplus([]string{"one"}, 1); err != nil {
		t.Fatalf("one operand refused: %v", err)
	}
	if err := line.refuseSurplus([]string{"one", "two", "three"}, 1); err == nil || err.Error() != `Unexpected argument "two": dokku p:x <a>` {
		t.Fatalf("refuseSurplus error = %v", err)
	}
}

func TestUsageListsEveryCommandInAlignedColumns(t *testing.T) {
	var out bytes.Buffer
	printUsage(&out)
	text := out.String()
	if !strings.HasPrefix(text, "Usage: dokku <%- plugin.name %>[:COMMAND]\n") {
		t.Fatalf("usage starts %q", text)
	}
	for _, line := range commandHelp {
		if !strings.Contains(text, line.usage) || !strings.Contains(text, line.description) {
			t.Fatalf("usage lacks %q: %s", line.usage, text)
		}
	}
}

func TestNotImplementedExitFallsBackToTen(t *testing.T) {
	for value, want := range map[string]int{"": 10, "x": 10, "12": 12} {
		t.Setenv("DOKKU_NOT_IMPLEMENTED_EXIT", value)
		if got := Commands([]string{"<%- plugin.name %>:no-such-command"}); got != want {
			t.Fatalf("with DOKKU_NOT_IMPLEMENTED_EXIT=%q Commands exits %d, want %d", value, got, want)
		}
	}
}
<%_ if (go.report) { _%>

func TestJSONStringEscapesAsEncodingJSON(t *testing.T) {
	// encoding/json is the oracle, except for \b and \f, which Go before 1.22 writes as \u0008 and \u000c.
	for _, value := range []string{"", "plain", `say "hi" \x41`, "tab\tnew\nline\rcr", "\x01\x1f\x7f", "<b>&amp;</b>", "a\u2028b\u2029c", "é 日本 😀 \ufeff\u200d"} {
		want, err := json.Marshal(value)
		if err != nil {
			t.Fatal(err)
		}
		if got := jsonString(value); got != string(want) {
			t.Fatalf("jsonString(%q) = %s, want %s", value, got, want)
		}
	}
	if got, want := jsonString("\b\f"), `"\b\f"`; got != want {
		t.Fatalf("jsonString of backspace and form feed = %s, want %s", got, want)
	}
}

func TestReportRowsAreSortedByFlagAndJSONKeysByKey(t *testing.T) {
	for _, layout := range []reportLayout{appLayout, globalLayout} {
		for i := 1; i < len(layout.rows); i++ {
			if layout.rows[i-1].flag >= layout.rows[i].flag {
				t.Fatalf("rows out of order: %s before %s", layout.rows[i-1].flag, layout.rows[i].flag)
			}
		}
		for i := 1; i < len(layout.json); i++ {
			if layout.json[i-1].key >= layout.json[i].key {
				t.Fatalf("JSON keys out of order: %s before %s", layout.json[i-1].key, layout.json[i].key)
			}
		}
	}
}
<%_ } _%>
