#!/usr/bin/env bats
# What <%- testCase.qualifiedName %> does. Written once and then yours: change these tests as you implement the
# command (adding commands later never rewrites this file). The plumbing around it (--app, missing arguments,
# tracing) is checked in commands.bats.
load test_helper

setup() {
  setup_dokku_double
}

@test "<%- testCase.qualifiedName %> runs with its arguments" {
  run dokku <%- testCase.qualifiedName %><%- testCase.args %>
  assert_success
  assert_output_contains "<%- testCase.qualifiedName %> is not implemented yet"
<%_   for (const line of testCase.expectedLines) { _%>
  assert_output_contains <%- line %>
<%_   } _%>
}
<%_   if (testCase.flagged) { _%>

@test "<%- testCase.qualifiedName %> reads its flags wherever they stand" {
  run dokku <%- testCase.qualifiedName %><%- testCase.flagged.args %>
  assert_success
<%_     for (const line of testCase.flagged.expectedLines) { _%>
  assert_output_contains <%- line %>
<%_     } _%>
}
<%_   } _%>
