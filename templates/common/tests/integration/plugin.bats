#!/usr/bin/env bats
# Runs against a real Dokku host with this plugin installed as <%- plugin.name %>.

# Dokku's plugin commands run as root or through sudo; CI runners are not root.
dokku_as_root() {
  if [[ $EUID -eq 0 ]]; then
    dokku "$@"
  else
    sudo dokku "$@"
  fi
}

setup() {
  export TEST_APP="<%- plugin.name %>-test-$BATS_TEST_NUMBER"
  dokku_as_root apps:create "$TEST_APP" >/dev/null
}

teardown() {
  dokku_as_root --force apps:destroy "$TEST_APP" >/dev/null || true
}

@test "dokku help lists the plugin with its description" {
  run dokku_as_root help
  [[ "$status" -eq 0 ]]
  [[ "$output" == *"<%- plugin.name %> "*<%- tests.listedDescription %>* ]]
}

@test "dokku help --all lists every command" {
  run dokku_as_root help --all
  [[ "$status" -eq 0 ]]
<%_ for (const testCase of tests.commands) { _%>
  [[ "$output" == *"<%- testCase.qualifiedName %>"* ]]
<%_ } _%>
}

@test "dokku <%- plugin.name %>:help prints the usage" {
  run dokku_as_root <%- plugin.name %>:help
  [[ "$status" -eq 0 ]]
  [[ "$output" == *"Usage: dokku <%- plugin.name %>[:COMMAND]"* ]]
}

@test "an unknown <%- plugin.name %> command is not a dokku command" {
  run dokku_as_root <%- plugin.name %>:no-such-command
  [[ "$status" -ne 0 ]]
  [[ "$output" == *"is not a dokku command"* ]]
}
<%_ for (const testCase of tests.commands) { _%>
<%_   const command = testCase.command _%>

@test "<%- testCase.qualifiedName %> runs" {
<%_   if (command.app === 'none') { _%>
  run dokku_as_root <%- testCase.qualifiedName %><%- testCase.argsWithoutApp %>
  [[ "$status" -eq 0 ]]
<%_   } else { _%>
  run dokku_as_root <%- testCase.qualifiedName %> "$TEST_APP"<%- testCase.argsWithoutApp %>
  [[ "$status" -eq 0 ]]
  local positional_output="$output"
  run dokku_as_root --app "$TEST_APP" <%- testCase.qualifiedName %><%- testCase.argsWithoutApp %>
  [[ "$status" -eq 0 ]]
  [[ "$output" == "$positional_output" ]]
<%_   } _%>
}
<%_ } _%>
<%_ if (tests.report && tests.report.both) { _%>
<%_   const both = tests.report.both; const name = plugin.name; _%>

@test "a global value applies to every app until the app sets its own, as Dokku's own properties" {
  dokku_as_root <%- name %>:set --global <%- both.key %> wild
  run dokku_as_root <%- name %>:report "$TEST_APP" <%- both.computedFlag %>
  [[ "$status" -eq 0 && "$output" == "wild" ]]

  dokku_as_root <%- name %>:set "$TEST_APP" <%- both.key %> calm
  run dokku_as_root <%- name %>:report "$TEST_APP" <%- both.computedFlag %>
  [[ "$status" -eq 0 && "$output" == "calm" ]]
  run dokku_as_root <%- name %>:report "$TEST_APP" <%- both.globalFlag %>
  [[ "$status" -eq 0 && "$output" == "wild" ]]

  run dokku_as_root <%- name %>:report "$TEST_APP" --format json
  dokku_as_root <%- name %>:set --global <%- both.key %>
  [[ "$status" -eq 0 ]]
<%_   for (const fragment of both.jsonAfterWildCalm) { _%>
  [[ "$output" == *<%- fragment %>* ]]
<%_   } _%>
}
<%_ } _%>
