package dispatch

import (
	"errors"

	"<%- go.modulePath %>/internal/dokku"
<%_ if (go.commands.some((command) => !command.command.builtin)) { _%>
	"<%- go.modulePath %>/plugin"
<%_ } _%>
)

// Subcommand is the subcommands/subcommands binary, linked as subcommands/NAME for each command: Dokku
// runs subcommands/NAME for `dokku <%- plugin.name %>:NAME` with the full argv, and subcommands/default
// for a bare `dokku <%- plugin.name %>`.
func Subcommand(name string, argv []string) int {
	dokku.Trace("subcommands/"+name, argv)
	switch name {
	case "default":
<%_ if (go.defaultCommand) { _%>
		return <%- go.defaultCommand.dispatchName %>(argv)
<%_ } else { _%>
		return showUsage()
<%_ } _%>
<%_ for (const command of go.commands) { _%>
	case <%- command.nameLiteral %>:
		return <%- command.dispatchName %>(argv)
<%_ } _%>
	}
	return finish(errors.New("Invalid plugin subcommand call: " + name))
}
<%_ for (const command of go.commands.filter((candidate) => !candidate.command.builtin)) { _%>
<%_   const c = command.command _%>

func <%- command.dispatchName %>(argv []string) int {
<%_   if (command.readsArgs) { _%>
	args := <%- c.app === 'none' ? 'commandArgs' : 'appCommandArgs' %>(argv)
<%_   } _%>
<%_   for (const flag of command.flags) { _%>
	<%- flag.name %>, args := takeFlag(args, <%- flag.flagLiteral %>)
<%_   } _%>
<%_   if (c.app !== 'none') { _%>
	app, <%- command.restTarget %>, err := <%- c.app === 'required' ? 'requireApp' : 'optionalApp' %>(args)
	if err != nil {
		return finish(err)
	}
<%_   } _%>
<%_   command.parameters.forEach((parameter, index) => { _%>
<%_     if (parameter.type === '[]string') { _%>
	<%- parameter.name %> := argsFrom(<%- command.source %>, <%- index %>)
<%_     } else { _%>
	<%- parameter.name %> := arg(<%- command.source %>, <%- index %>)
<%_     } _%>
<%_     if (parameter.message) { _%>
	if len(<%- parameter.name %>) == 0 {
		return finish(errors.New(<%- parameter.message %>))
	}
<%_     } _%>
<%_   }) _%>
	return finish(plugin.<%- command.functionName %>(<%- command.callArguments %>))
}
<%_ } _%>
