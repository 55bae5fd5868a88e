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
	line, err := readCommandLine(<%- c.app === 'none' ? 'commandArgs' : 'appCommandArgs' %>(argv), <%- command.usageLiteral %><%- command.flags.map((flag) => `, ${flag.flagLiteral}`).join('') %>)
	if err != nil {
		return finish(err)
	}
<%_   if (c.app === 'none') { _%>
	operands := line.operands
<%_   } else { _%>
	app, operands, err := <%- c.app === 'required' ? 'requireApp' : 'optionalApp' %>(line.operands)
	if err != nil {
		return finish(err)
	}
<%_   } _%>
<%_   if (command.operandLimit !== undefined) { _%>
	if err := line.refuseSurplus(operands, <%- command.operandLimit %>); err != nil {
		return finish(err)
	}
<%_   } _%>
<%_   for (const parameter of command.parameters.filter((candidate) => candidate.message)) { _%>
<%_     if (parameter.type === '[]string') { _%>
	if len(operands) < <%- parameter.index + 1 %> {
<%_     } else { _%>
	if arg(operands, <%- parameter.index %>) == "" {
<%_     } _%>
		return finish(errors.New(<%- parameter.message %>))
	}
<%_   } _%>
	return finish(plugin.<%- command.functionName %>(<%- command.callArguments %>))
}
<%_ } _%>
