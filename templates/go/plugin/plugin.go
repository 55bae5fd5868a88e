// Package plugin is the <%- plugin.name %> plugin's own logic: one function per command and per trigger,
// called with its arguments already read and checked. Fill in the TODOs; the generated code in
// internal/dispatch calls these functions and needs no edits. Return an error to fail the command: its
// message is shown as Dokku shows failures, and a *dokku.ExitError sets the exit code.
<%_ if (go.report) { _%>
//
// Each property has an accessor in internal/dokku/properties.go that returns the value <%- plugin.name %>:report
// computes for it, such as dokku.Computed<Key>(app) (a global-only key's takes no app).
<%_ } _%>
package plugin

// Only internal/dokku is imported here, so that commands and triggers added later are appended below
// without touching this block; add the imports your code needs.
import "<%- go.modulePath %>/internal/dokku"
<%_ for (const command of go.commands.filter((candidate) => !candidate.command.builtin)) { _%>

// <%- command.functionName %> runs `dokku <%- command.fullUsage %>`.
func <%- command.functionName %>(<%- command.signature %>) error {
	// Its help line: <%- command.descriptionComment %>
	// TODO: replace this placeholder with what <%- command.command.qualifiedName %> does.
	dokku.LogInfo1("%s is not implemented yet", <%- command.qualifiedLiteral %>)
<%_   if (command.command.app !== 'none') { _%>
	dokku.LogVerbose("app: %s", app)
<%_   } _%>
<%_   for (const parameter of command.parameters) { _%>
<%_     if (parameter.type === '[]string') { _%>
	dokku.LogVerbose("<%- parameter.label %>: %s", dokku.Words(<%- parameter.name %>))
<%_     } else { _%>
	dokku.LogVerbose("<%- parameter.label %>: %s", <%- parameter.name %>)
<%_     } _%>
<%_   } _%>
<%_   for (const flag of command.flags) { _%>
	dokku.LogVerbose("<%- flag.label %>: %t", <%- flag.name %>)
<%_   } _%>
	return nil
}
<%_ } _%>
<%_ for (const trigger of go.triggers) { _%>

// <%- trigger.functionName %> is the <%- trigger.trigger.name %> trigger: <%- trigger.trigger.summary %>
<%_   if (trigger.documented) { _%>
// Dokku calls it with: <%- trigger.documented %>
<%_   } _%>
<%_   if (trigger.trigger.echoesStdin) { _%>
// The docker arguments on stdin have already been printed back; print yours after them.
<%_   } else if (trigger.trigger.stdin) { _%>
// Dokku writes input for this trigger to stdin (os.Stdin).
<%_   } _%>
<%_   if (trigger.trigger.output && !trigger.trigger.echoesStdin) { _%>
// Dokku reads what this trigger prints, so print nothing else to stdout.
<%_   } _%>
func <%- trigger.functionName %>(<%- trigger.signature %>) error {
<%_   if (trigger.trigger.name === 'uninstall') { _%>
	// Runs only when the plugin being uninstalled is this one. TODO: remove anything else <%- plugin.name %> created.
	return dokku.RemoveDataDir()
<%_   } else { _%>
	// TODO: what <%- plugin.name %> does on <%- trigger.trigger.name %>.
	return nil
<%_   } _%>
}
<%_ } _%>
