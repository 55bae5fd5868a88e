// The `commands` binary at the plugin's root. Its source is not in a directory named commands: Dokku's
// `help` runs everything of that name below a plugin.
package main

import (
	"os"

	"<%- go.modulePath %>/internal/dispatch"
)

func main() {
	os.Exit(dispatch.Commands(os.Args[1:]))
}
