// The subcommands/subcommands binary, linked as subcommands/NAME for each command.
package main

import (
	"os"
	"path/filepath"

	"<%- go.modulePath %>/internal/dispatch"
)

func main() {
	os.Exit(dispatch.Subcommand(filepath.Base(os.Args[0]), os.Args[1:]))
}
