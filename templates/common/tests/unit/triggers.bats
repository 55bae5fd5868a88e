#!/usr/bin/env bats
load test_helper

setup() {
  setup_dokku_double
}

@test "install creates the data directory and can run again" {
  run plugn_trigger install
  assert_success
  [[ -d "$DOKKU_LIB_ROOT/data/$PLUGIN_NAME" ]]

  run plugn_trigger install
  assert_success
  [[ -d "$DOKKU_LIB_ROOT/data/$PLUGIN_NAME" ]]
}

@test "update runs install again" {
  run plugn_trigger update
  assert_success
  [[ -d "$DOKKU_LIB_ROOT/data/$PLUGIN_NAME" ]]
}

@test "uninstall of another plugin leaves this plugin's data alone" {
  plugn_trigger install
  run plugn_trigger uninstall some-other-plugin
  assert_success
  [[ -d "$DOKKU_LIB_ROOT/data/$PLUGIN_NAME" ]]
}

@test "uninstall of this plugin removes its data" {
  plugn_trigger install
  run plugn_trigger uninstall "$PLUGIN_NAME"
  assert_success
  [[ ! -e "$DOKKU_LIB_ROOT/data/$PLUGIN_NAME" ]]
}

# >>> generator-dokku-plugin: tests of every trigger, rewritten when triggers are added; add yours outside
<%_ for (const testCase of tests.triggers) { _%>

<%_   if (testCase.trigger.echoesStdin) { _%>
@test "<%- testCase.trigger.name %> passes the docker arguments on stdin through" {
  run plugn_trigger <%- testCase.trigger.name %><%- testCase.args %> <<<"--env FROM_ANOTHER_PLUGIN=1"
  assert_success
  assert_output_contains "--env FROM_ANOTHER_PLUGIN=1"
}
<%_   } else { _%>
@test "<%- testCase.trigger.name %> runs with its documented arguments" {
<%_     if (testCase.trigger.output && testCase.coreAnswers) { _%>
  local core_output
  # Dokku's own plugins answer <%- testCase.trigger.name %> too: this plugin adds nothing to what they print.
  rm "$PLUGIN_ENABLED_PATH/$PLUGIN_NAME"
  core_output="$(plugn_trigger <%- testCase.trigger.name %><%- testCase.args %> </dev/null)"
  ln -s "$PLUGIN_AVAILABLE_PATH/$PLUGIN_NAME" "$PLUGIN_ENABLED_PATH/$PLUGIN_NAME"
<%_     } _%>
  run plugn_trigger <%- testCase.trigger.name %><%- testCase.args %> </dev/null
  assert_success
<%_     if (testCase.trigger.output && testCase.coreAnswers) { _%>
  [[ "$output" == "$core_output" ]]
<%_     } else if (testCase.trigger.output) { _%>
  [[ -z "$output" ]]
<%_     } _%>
}
<%_   } _%>
<%_   if (plugin.language === 'bash') { _%>

@test "<%- testCase.trigger.name %> can call the plugin's public functions" {
  run in_plugin_file <%- testCase.trigger.name %><%- testCase.args %> -- fn-<%- plugin.name %>-data-dir
  assert_success
  [[ "$output" == "$DOKKU_LIB_ROOT/data/$PLUGIN_NAME" ]]
}
<%_   } _%>
<%_ } _%>
# <<< generator-dokku-plugin
