#!/usr/bin/env bats
# <%- plugin.name %>:set and <%- plugin.name %>:report over the properties kept in $DOKKU_LIB_ROOT/config/<%- plugin.name %>/APP/KEY.
load test_helper

setup() {
  setup_dokku_double
}

@test "<%- plugin.name %>:report shows every property with its default" {
  run dokku <%- plugin.name %>:report "$TEST_APP"
  assert_success
  assert_output_contains "$TEST_APP <%- plugin.name %> information"
<%_ for (const row of tests.report.rows) { _%>
  assert_report_row <%- row.label %> <%- row.value %>
<%_ } _%>
}

@test "<%- plugin.name %>:set stores a value where Dokku keeps properties, and the report shows it" {
  run dokku <%- plugin.name %>:set "$TEST_APP" <%- tests.report.key %> <%- tests.report.value %>
  assert_success
  [[ "$(cat "$DOKKU_LIB_ROOT/config/$PLUGIN_NAME/$TEST_APP/"<%- tests.report.key %>)" == <%- tests.report.value %> ]]

  run dokku <%- plugin.name %>:report "$TEST_APP" <%- tests.report.flag %>
  assert_success
  [[ "$output" == <%- tests.report.value %> ]]

  run dokku <%- plugin.name %>:report "$TEST_APP" --format json
  assert_success
  [[ "$output" == <%- tests.report.json %> ]]
}

@test "<%- plugin.name %>:set without a value goes back to the default" {
  dokku <%- plugin.name %>:set "$TEST_APP" <%- tests.report.key %> <%- tests.report.value %>
  run dokku <%- plugin.name %>:set "$TEST_APP" <%- tests.report.key %>
  assert_success
  run dokku <%- plugin.name %>:report "$TEST_APP" <%- tests.report.flag %>
  [[ "$output" == <%- tests.report.defaultValue %> ]]
}

@test "<%- plugin.name %>:set refuses a key that is not a property" {
  run dokku <%- plugin.name %>:set "$TEST_APP" no-such-key value
  assert_failure
  assert_output_contains "Invalid key: no-such-key"
}

@test "<%- plugin.name %>:report refuses an unknown flag, listing the valid ones" {
  run dokku <%- plugin.name %>:report "$TEST_APP" --no-such-flag
  assert_failure
  assert_output_contains "Invalid flag passed, valid flags: "<%- tests.report.flags %>
}

@test "<%- plugin.name %>:report without an app reports every app" {
  mkdir -p "$DOKKU_ROOT/second-app"
  run dokku <%- plugin.name %>:report
  assert_success
  assert_output_contains "$TEST_APP <%- plugin.name %> information"
  assert_output_contains "second-app <%- plugin.name %> information"
}

@test "dokku report includes the plugin through its report trigger" {
  run plugn_trigger report "$TEST_APP"
  assert_success
  assert_output_contains "$TEST_APP <%- plugin.name %> information"
}

@test "deleting, renaming and cloning an app take its properties along" {
  dokku <%- plugin.name %>:set "$TEST_APP" <%- tests.report.key %> <%- tests.report.value %>
  local config="$DOKKU_LIB_ROOT/config/$PLUGIN_NAME"

  plugn_trigger post-app-clone-setup "$TEST_APP" clone-app
  [[ -f "$config/clone-app/"<%- tests.report.key %> && -f "$config/$TEST_APP/"<%- tests.report.key %> ]]

  plugn_trigger post-app-rename-setup "$TEST_APP" renamed-app
  [[ -f "$config/renamed-app/"<%- tests.report.key %> && ! -e "$config/$TEST_APP" ]]

  plugn_trigger post-delete renamed-app
  [[ ! -e "$config/renamed-app" ]]
}
