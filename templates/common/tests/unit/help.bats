#!/usr/bin/env bats
load test_helper

setup() {
  setup_dokku_double
}

@test "dokku help lists the plugin with its description" {
  run dokku help
  assert_success
  assert_help_row "<%- plugin.name %>" <%- tests.listedDescription %>
}

@test "dokku help --all lists every command with its description" {
  run dokku help --all
  assert_success
  # >>> generator-dokku-plugin: rows of help --all, rewritten when commands are added
<%_ if (plugin.commands.length === 0) { _%>
  assert_help_row "<%- plugin.name %>" <%- tests.listedDescription %>
<%_ } _%>
<%_ for (const testCase of tests.commands) { _%>
  assert_help_row "<%- testCase.usage %>" <%- testCase.listedDescription %>
<%_ } _%>
  # <<< generator-dokku-plugin
}

@test "dokku <%- plugin.name %>:help prints the usage and every command" {
  run dokku <%- plugin.name %>:help
  assert_success
  assert_output_contains "Usage: dokku <%- plugin.name %>[:COMMAND]"
  assert_output_contains <%- tests.description %>
  # >>> generator-dokku-plugin: rows of the usage, rewritten when commands are added
<%_ for (const testCase of tests.commands) { _%>
  assert_help_row "<%- testCase.usage %>" <%- testCase.description %>
<%_ } _%>
  # <<< generator-dokku-plugin
}

<%_ if (plugin.defaultCommand) { _%>
@test "dokku <%- plugin.name %> runs <%- tests.defaultCommand.qualifiedName %>" {
  run dokku "<%- plugin.name %>"<%- tests.defaultCommand.args %>
  assert_success
  assert_output_contains "<%- tests.defaultCommand.qualifiedName %> is not implemented yet"
}
<%_ } else { _%>
@test "dokku <%- plugin.name %> alone prints the usage" {
  run dokku "<%- plugin.name %>"
  assert_success
  assert_output_contains "Usage: dokku <%- plugin.name %>[:COMMAND]"
}
<%_ } _%>

@test "an unknown <%- plugin.name %> command is not a dokku command" {
  run dokku <%- plugin.name %>:no-such-command
  assert_failure 1
  assert_output_contains "\`<%- plugin.name %>:no-such-command\` is not a dokku command."
}
