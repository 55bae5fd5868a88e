package dispatch

import (
<%_ for (const name of go.triggerImports) { _%>
	"<%- name %>"
<%_ } _%>

	"<%- go.modulePath %>/internal/dokku"
	"<%- go.modulePath %>/plugin"
)

// Trigger is the triggers binary, linked at the plugin's root under the name of each trigger it serves:
// plugn runs that link with the trigger's arguments.
func Trigger(name string, args []string) int {
	dokku.Trace(name, args)
	switch name {
<%_ for (const trigger of go.triggers) { _%>
	case <%- trigger.nameLiteral %>:
<%_   if (trigger.trigger.name === 'uninstall') { _%>
		// plugin:uninstall runs every plugin's uninstall trigger: act only when it names this plugin.
		if arg(args, 0) != dokku.PluginName {
			return 0
		}
<%_   } _%>
<%_   for (const line of trigger.propertyAction) { _%>
		<%- line %>
<%_   } _%>
<%_   if (trigger.trigger.echoesStdin) { _%>
		// The docker arguments other plugins gathered come on stdin and must be printed back.
		if _, err := io.Copy(os.Stdout, os.Stdin); err != nil {
			return finish(err)
		}
<%_   } _%>
		return finish(plugin.<%- trigger.functionName %>(<%- trigger.callArguments %>))
<%_ } _%>
<%_ if (go.report) { _%>
	case <%- go.report.getPropertyTrigger %>:
		// Other plugins read a property through this trigger: `plugn trigger <%- plugin.name %>-get-property APP KEY`.
		return finish(getProperty(arg(args, 0), arg(args, 1)))
<%_ } _%>
	}
	return finish(errors.New("Invalid plugin trigger call: " + name))
}
