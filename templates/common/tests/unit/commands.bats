#!/usr/bin/env bats
load test_helper

setup() {
  setup_dokku_double
}

# >>> generator-dokku-plugin: tests of every command, rewritten when commands are added; add yours outside
<%_ if (tests.commands.length === 0) { _%>

@test "the plugin has no commands yet, so <%- plugin.name %>:anything is unknown" {
  run dokku <%- plugin.name %>:anything
  assert_failure 1
  assert_output_contains "\`<%- plugin.name %>:anything\` is not a dokku command."
}
<%_ } _%>
<%_ if (plugin.language === 'bash') { _%>

@test "commands can call the plugin's public functions" {
  run in_plugin_file command-functions -- fn-<%- plugin.name %>-data-dir
  assert_success
  [[ "$output" == "$DOKKU_LIB_ROOT/data/$PLUGIN_NAME" ]]
<%_   if (plugin.report) { _%>

  run in_plugin_file report-functions -- fn-<%- plugin.name %>-data-dir
  assert_success
  [[ "$output" == "$DOKKU_LIB_ROOT/data/$PLUGIN_NAME" ]]
<%_   } _%>
}
<%_ } _%>
<%_ for (const testCase of tests.commands) { _%>
<%_   const command = testCase.command _%>
<%_   if (command.app !== 'none') { _%>

@test "<%- testCase.qualifiedName %> takes the app from --app as well as positionally" {
  run dokku <%- testCase.qualifiedName %><%- testCase.args %>
  assert_success
  local positional_output="$output"

  run dokku --app "$TEST_APP" <%- testCase.qualifiedName %><%- testCase.argsWithoutApp %>
  assert_success
  [[ "$output" == "$positional_output" ]]

  run dokku <%- testCase.qualifiedName %><%- testCase.argsWithoutApp %> --app "$TEST_APP"
  assert_success
  [[ "$output" == "$positional_output" ]]

  DOKKU_APP_NAME="$TEST_APP" run dokku <%- testCase.qualifiedName %><%- testCase.argsWithoutApp %>
  assert_success
  [[ "$output" == "$positional_output" ]]
}

@test "<%- testCase.qualifiedName %> refuses an app that does not exist" {
  run dokku <%- testCase.qualifiedName %> no-such-app
  assert_failure 20
  assert_output_contains "App no-such-app does not exist"
}
<%_   } _%>
<%_   if (command.app === 'required') { _%>

@test "<%- testCase.qualifiedName %> without an app asks for one" {
  run dokku <%- testCase.qualifiedName %>
  assert_failure 1
  assert_output_contains "Please specify an app to run the command on"
}
<%_   } _%>
<%_   testCase.missing.forEach((missing, index) => { _%>

@test "<%- testCase.qualifiedName %> names missing argument <%- index + 1 %>" {
  run dokku <%- testCase.qualifiedName %><%- missing.args %>
  assert_failure 1
  assert_output_contains <%- missing.message %>
}
<%_   }) _%>
<%_   if (testCase.unknownFlag) { _%>

@test "<%- testCase.qualifiedName %> refuses a flag it does not declare" {
  run dokku <%- testCase.qualifiedName %><%- testCase.unknownFlag.args %>
  assert_failure 1
  assert_output_contains <%- testCase.unknownFlag.message %>
}
<%_   } _%>
<%_   if (testCase.surplus) { _%>

@test "<%- testCase.qualifiedName %> refuses an argument more than its usage takes" {
  run dokku <%- testCase.qualifiedName %><%- testCase.surplus.args %>
  assert_failure 1
  assert_output_contains <%- testCase.surplus.message %>
}
<%_   } _%>
<%_   if (testCase.afterDashes) { _%>

@test "<%- testCase.qualifiedName %> takes words after a bare -- as arguments, not flags" {
  run dokku <%- testCase.qualifiedName %><%- testCase.afterDashes.args %>
  assert_success
  assert_output_contains <%- testCase.afterDashes.expectedLine %>
}
<%_   } _%>
<%_   if (testCase.variadicExtra) { _%>

@test "<%- testCase.qualifiedName %> takes every remaining word into its last argument" {
  run dokku <%- testCase.qualifiedName %><%- testCase.variadicExtra.args %>
  assert_success
  assert_output_contains <%- testCase.variadicExtra.expectedLine %>
}
<%_   } _%>

@test "<%- testCase.qualifiedName %> traces with DOKKU_TRACE and --trace" {
  DOKKU_TRACE=1 run dokku <%- testCase.qualifiedName %><%- testCase.args %>
  assert_success
  assert_output_contains <%- testCase.traceMarker %>

  run dokku --trace <%- testCase.qualifiedName %><%- testCase.args %>
  assert_success
  assert_output_contains <%- testCase.traceMarker %>
<%_   if (!command.builtin && !command.flags.some((flag) => flag.flag === '--trace')) { _%>

  # Dokku reads its global flags anywhere in argv, so the command passes over a --trace after its arguments.
  run dokku <%- testCase.qualifiedName %><%- testCase.args %> --trace
  assert_success
  assert_output_contains <%- testCase.traceMarker %>
<%_   } _%>
}
<%_ } _%>
# <<< generator-dokku-plugin
