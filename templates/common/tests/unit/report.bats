#!/usr/bin/env bats
<%_ const r = tests.report; const name = plugin.name; _%>
# <%- name %>:set and <%- name %>:report over the properties kept in $DOKKU_LIB_ROOT/config/<%- name %>/APP/KEY, and in
# $DOKKU_LIB_ROOT/config/<%- name %>/--global/KEY for every app. Generated: rewritten when properties are added.
load test_helper

setup() {
  setup_dokku_double
}

# Compares the whole output with the lines given.
assert_lines() {
  local expected
  expected="$(printf '%s\n' "$@")"
  if [[ "$output" != "$expected" ]]; then
    printf 'expected:\n%s\noutput:\n%s\n' "$expected" "$output"
    return 1
  fi
}

@test "<%- name %>:report shows every row sorted by flag, the defaults on the computed rows" {
  run dokku <%- name %>:report "$TEST_APP"
  assert_success
  assert_lines "=====> $TEST_APP <%- name %> information"<% for (const line of r.appReport) { %> \
    <%- line %><% } %>
}

@test "<%- name %>:report --format json prints one object with unprefixed and prefixed keys" {
  run dokku <%- name %>:report "$TEST_APP" --format json
  assert_success
  assert_lines <%- r.appJson %>
}

@test "<%- name %>:report --global shows only the global values" {
  run dokku <%- name %>:report --global
  assert_success
  assert_lines "=====> --global <%- name %> information"<% for (const line of r.globalReport) { %> \
    <%- line %><% } %>
}
<%_ if (r.app) { _%>

@test "<%- name %>:set stores an app's value where Dokku keeps properties; without a value it unsets" {
  run dokku <%- name %>:set "$TEST_APP" <%- r.app.key %> <%- r.value %>
  assert_success
  [[ "$(cat "$DOKKU_LIB_ROOT/config/$PLUGIN_NAME/$TEST_APP/"<%- r.app.path %>)" == <%- r.value %> ]]
  run dokku <%- name %>:report "$TEST_APP" <%- r.app.appFlag %>
  [[ "$output" == <%- r.value %> ]]
  run dokku <%- name %>:report "$TEST_APP" <%- r.app.computedFlag %>
  [[ "$output" == <%- r.value %> ]]

  run dokku <%- name %>:set "$TEST_APP" <%- r.app.key %>
  assert_success
  [[ ! -e "$DOKKU_LIB_ROOT/config/$PLUGIN_NAME/$TEST_APP/"<%- r.app.path %> ]]
  run dokku <%- name %>:report "$TEST_APP" <%- r.app.appFlag %>
  [[ "$output" == "" ]]
  run dokku <%- name %>:report "$TEST_APP" <%- r.app.computedFlag %>
  [[ "$output" == <%- r.app.defaultValue %> ]]
}
<%_ } _%>
<%_ if (r.global) { _%>

@test "<%- name %>:set --global stores a value for every app under --global, needing no app" {
  run dokku <%- name %>:set --global <%- r.global.key %> <%- r.globalValue %>
  assert_success
  [[ "$(cat "$DOKKU_LIB_ROOT/config/$PLUGIN_NAME/--global/"<%- r.global.path %>)" == <%- r.globalValue %> ]]
  run dokku <%- name %>:report "$TEST_APP" <%- r.global.globalFlag %>
  [[ "$output" == <%- r.globalValue %> ]]
  run dokku <%- name %>:report "$TEST_APP" <%- r.global.computedFlag %>
  [[ "$output" == <%- r.globalValue %> ]]

  run dokku <%- name %>:set --global <%- r.global.key %>
  assert_success
  [[ ! -e "$DOKKU_LIB_ROOT/config/$PLUGIN_NAME/--global/"<%- r.global.path %> ]]
  run dokku <%- name %>:report "$TEST_APP" <%- r.global.computedFlag %>
  [[ "$output" == <%- r.global.defaultValue %> ]]
}
<%_ } _%>
<%_ if (r.both) { _%>

@test "the computed value is the app's, else the global one, else the default" {
  run dokku <%- name %>:report "$TEST_APP" <%- r.both.computedFlag %>
  [[ "$output" == <%- r.both.defaultValue %> ]]
  dokku <%- name %>:set --global <%- r.both.key %> <%- r.globalValue %>
  run dokku <%- name %>:report "$TEST_APP" <%- r.both.computedFlag %>
  [[ "$output" == <%- r.globalValue %> ]]
  dokku <%- name %>:set "$TEST_APP" <%- r.both.key %> <%- r.value %>
  run dokku <%- name %>:report "$TEST_APP" <%- r.both.computedFlag %>
  [[ "$output" == <%- r.value %> ]]
  run dokku <%- name %>:report "$TEST_APP" <%- r.both.globalFlag %>
  [[ "$output" == <%- r.globalValue %> ]]
  dokku <%- name %>:set --global <%- r.both.key %>
  run dokku <%- name %>:report "$TEST_APP" <%- r.both.computedFlag %>
  [[ "$output" == <%- r.value %> ]]
<%_   if (plugin.language === 'bash') { _%>
  run in_plugin_file functions -- fn-<%- name %>-computed-<%- r.both.key %> "$TEST_APP"
  [[ "$output" == <%- r.value %> ]]
<%_   } _%>
}
<%_ } _%>

@test "<%- name %>:report --format json after setting values" {
<%_ if (r.app) { _%>
  dokku <%- name %>:set "$TEST_APP" <%- r.app.key %> <%- r.value %>
<%_ } _%>
<%_ if (r.global) { _%>
  dokku <%- name %>:set --global <%- r.global.key %> <%- r.globalValue %>
<%_ } _%>
  run dokku <%- name %>:report "$TEST_APP" --format json
  assert_success
  assert_lines <%- r.appJsonAfterSets %>
  run dokku <%- name %>:report --global --format json
  assert_success
  assert_lines <%- r.globalJsonAfterSets %>
}

@test "<%- name %>:set refuses a key that is not a property, and a key in a scope it does not have" {
  run dokku <%- name %>:set <%- r.app ? '"$TEST_APP"' : '--global' %> no-such-key value
  assert_failure
  assert_output_contains "Invalid key: no-such-key"
<%_ if (r.globalOnly && r.app) { _%>
  run dokku <%- name %>:set "$TEST_APP" <%- r.globalOnly.key %> value
  assert_failure
  assert_output_contains "valid keys for an app: "<%- r.appKeysText %>
<%_ } _%>
<%_ if (r.appOnly) { _%>
  run dokku <%- name %>:set --global <%- r.appOnly.key %> value
  assert_failure
<%_   if (r.global) { _%>
  assert_output_contains "valid keys for --global: "<%- r.globalKeysText %>
<%_   } else { _%>
  assert_output_contains "property has a global value, set them per app: "<%- r.appKeysText %>
<%_   } _%>
<%_ } _%>
}

<%_ if (r.app) { _%>
@test "<%- name %>:set verifies the app" {
  run dokku <%- name %>:set no-such-app <%- r.app.key %> value
  assert_failure
  assert_output_contains "App no-such-app does not exist"
}
<%_ } else { _%>
@test "<%- name %>:set takes --global or nothing before the key, as no key has an app scope" {
  run dokku <%- name %>:set <%- r.global.key %> <%- r.globalValue %>
  assert_success
  run dokku <%- name %>:report --global <%- r.global.globalFlag %>
  [[ "$output" == <%- r.globalValue %> ]]
}
<%_ } _%>

@test "<%- name %>:report refuses an unknown flag, two flags, and --format json with a flag" {
  run dokku <%- name %>:report "$TEST_APP" --no-such-flag
  assert_failure
  assert_output_contains "Invalid flag passed, valid flags: "<%- r.appFlags %>
  run dokku <%- name %>:report "$TEST_APP" --a-flag --another-flag
  assert_failure
  assert_output_contains "<%- name %>:report command allows only a single flag"
  run dokku <%- name %>:report "$TEST_APP" --format json --a-flag
  assert_failure
  assert_output_contains "--format flag cannot be specified when specifying an info flag"
  run dokku <%- name %>:report "$TEST_APP" --format yaml
  assert_failure
  assert_output_contains "Invalid --format value: yaml"
}

@test "<%- name %>:report without an app reports every app, one JSON object per line" {
  mkdir -p "$DOKKU_ROOT/second-app"
  run dokku <%- name %>:report
  assert_success
  assert_output_contains "$TEST_APP <%- name %> information"
  assert_output_contains "second-app <%- name %> information"
  run dokku <%- name %>:report --format json
  assert_success
  [[ "${#lines[@]}" -eq 2 && "${lines[0]}" == <%- r.appJson %> && "${lines[1]}" == <%- r.appJson %> ]]
}

@test "dokku report includes the plugin through its report trigger" {
  run plugn_trigger report "$TEST_APP"
  assert_success
  assert_output_contains "$TEST_APP <%- name %> information"
}

@test "other plugins read the computed value through <%- plugin.report.getPropertyTrigger %>" {
  local key=<%- (r.both ?? r.app ?? r.global).key %>
  run plugn_trigger <%- plugin.report.getPropertyTrigger %> "$TEST_APP" "$key"
  assert_success
  [[ "$output" == <%- (r.both ?? r.app ?? r.global).defaultValue %> ]]
<%_ if (r.app) { _%>
  dokku <%- name %>:set "$TEST_APP" <%- r.app.key %> <%- r.value %>
  run plugn_trigger <%- plugin.report.getPropertyTrigger %> "$TEST_APP" <%- r.app.key %>
  [[ "$output" == <%- r.value %> ]]
<%_ } _%>
  run plugn_trigger <%- plugin.report.getPropertyTrigger %> "$TEST_APP" no-such-key
  assert_failure
}

@test "deleting, renaming and cloning an app take its properties along; global values stay" {
  local config="$DOKKU_LIB_ROOT/config/$PLUGIN_NAME"
<%_ if (r.app) { _%>
  dokku <%- name %>:set "$TEST_APP" <%- r.app.key %> <%- r.value %>
<%_ } _%>
<%_ if (r.global) { _%>
  dokku <%- name %>:set --global <%- r.global.key %> <%- r.globalValue %>
<%_ } _%>

  plugn_trigger post-app-clone-setup "$TEST_APP" clone-app
<%_ if (r.app) { _%>
  [[ -f "$config/clone-app/"<%- r.app.path %> && -f "$config/$TEST_APP/"<%- r.app.path %> ]]
<%_ } _%>

  plugn_trigger post-app-rename-setup "$TEST_APP" renamed-app
<%_ if (r.app) { _%>
  [[ -f "$config/renamed-app/"<%- r.app.path %> && ! -e "$config/$TEST_APP" ]]
<%_ } _%>

  plugn_trigger post-delete renamed-app
  [[ ! -e "$config/renamed-app" ]]
<%_ if (r.global) { _%>
  [[ "$(cat "$config/--global/"<%- r.global.path %>)" == <%- r.globalValue %> ]]
<%_ } _%>
}
