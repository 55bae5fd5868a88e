package dispatch

import (
	"bytes"
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
