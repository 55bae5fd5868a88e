// The triggers binary, linked at the plugin's root as each trigger it serves.
package main

import (
	"os"
	"path/filepath"

	"<%- go.modulePath %>/internal/dispatch"
)

func main() {
	os.Exit(dispatch.Trigger(filepath.Base(os.Args[0]), os.Args[1:]))
}
