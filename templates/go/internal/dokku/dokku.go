// Package dokku is what the plugin needs from Dokku's environment: output in Dokku's log format, the
// exit codes its dispatcher understands, app checks and the plugin's data directory.
package dokku

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// PluginName is the plugin's namespace: `dokku <%- plugin.name %>:COMMAND`.
const PluginName = <%- go.pluginName %>

// NotImplementedExit is the code that tells Dokku's dispatcher "not mine": $DOKKU_NOT_IMPLEMENTED_EXIT,
// or 10 when that is unset or not a number.
func NotImplementedExit() int {
	code, err := strconv.Atoi(os.Getenv("DOKKU_NOT_IMPLEMENTED_EXIT"))
	if err != nil || code <= 0 {
		return 10
	}
	return code
}

// LogInfo1 prints a "-----> " heading line.
func LogInfo1(format string, a ...interface{}) {
	fmt.Printf("-----> "+format+"\n", a...)
}

// LogInfo2 prints a "=====> " heading line.
func LogInfo2(format string, a ...interface{}) {
	fmt.Printf("=====> "+format+"\n", a...)
}

// LogVerbose prints an indented detail line.
func LogVerbose(format string, a ...interface{}) {
	fmt.Printf("       "+format+"\n", a...)
}

// LogWarn prints a " !     " line on stderr.
func LogWarn(format string, a ...interface{}) {
	fmt.Fprintf(os.Stderr, " !     "+format+"\n", a...)
}

// ExitError is an error that ends the command with its own exit code.
type ExitError struct {
	Code    int
	Message string
}

func (e *ExitError) Error() string {
	return e.Message
}

// appName is the rule of Dokku's is_valid_app_name: a lowercase letter or digit first, then anything but
// "/", ":", "_" and uppercase letters.
var appName = regexp.MustCompile(`^[a-z0-9][^/:_A-Z]*$`)

// VerifyApp fails as Dokku's verify_app_name does, with its messages and exit codes: 1 for a missing or
// malformed name, 20 when no such app exists.
func VerifyApp(app string) error {
	if app == "" {
		return errors.New("Please specify an app to run the command on")
	}
	if !appName.MatchString(app) {
		return errors.New("App name must begin with lowercase alphanumeric character, and cannot include uppercase characters, colons, or underscores")
	}
	root := os.Getenv("DOKKU_ROOT")
	if root == "" {
		root = "/home/dokku"
	}
	if info, err := os.Stat(filepath.Join(root, app)); err != nil || !info.IsDir() {
		return &ExitError{Code: 20, Message: fmt.Sprintf("App %s does not exist", app)}
	}
	return nil
}

// ErrNoApps is what Apps returns on a host without apps, in Dokku's words.
var ErrNoApps = errors.New("You haven't deployed any applications yet")

// Apps lists the apps as Dokku's dokku_apps does: through the app-list trigger, so that a plugin which
// adds or hides apps is honoured. The trigger's own failures show on stderr.
func Apps() ([]string, error) {
	list := exec.Command("plugn", "trigger", "app-list")
	list.Stderr = os.Stderr
	out, err := list.Output()
	if err != nil {
		return nil, fmt.Errorf("plugn trigger app-list failed: %w", err)
	}
	apps := []string{}
	for _, line := range strings.Split(string(out), "\n") {
		if line != "" {
			apps = append(apps, line)
		}
	}
	if len(apps) == 0 {
		return nil, ErrNoApps
	}
	return apps, nil
}

// DataDir is where the plugin keeps its data; the install trigger creates it.
func DataDir() string {
	root := os.Getenv("DOKKU_LIB_ROOT")
	if root == "" {
		root = "/var/lib/dokku"
	}
	return filepath.Join(root, "data", PluginName)
}

// RemoveDataDir deletes the plugin's data directory and everything in it.
func RemoveDataDir() error {
	return os.RemoveAll(DataDir())
}

// Words joins arguments with spaces, for messages.
func Words(args []string) string {
	return strings.Join(args, " ")
}

// Trace prints what runs on stderr when DOKKU_TRACE is set, as `set -x` does for bash plugins.
func Trace(what string, args []string) {
	if os.Getenv("DOKKU_TRACE") != "" {
		fmt.Fprintf(os.Stderr, "+ %s %s\n", what, strings.Join(args, " "))
	}
}
