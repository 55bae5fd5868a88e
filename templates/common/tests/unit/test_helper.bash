#!/usr/bin/env bash
# Each test gets a throwaway Dokku layout: this checkout enabled as the <%- plugin.name %> plugin, one app.
export PLUGIN_NAME="<%- plugin.name %>"
export TEST_APP="test-app"
REPO_ROOT="$(cd "$BATS_TEST_DIRNAME/../.." && pwd)"
export REPO_ROOT
# Set by bats' run; declared so that shellcheck knows where they come from.
declare status output

setup_dokku_double() {
  export PLUGIN_PATH="$BATS_TEST_TMPDIR/plugins"
  export PLUGIN_AVAILABLE_PATH="$PLUGIN_PATH/available"
  export PLUGIN_ENABLED_PATH="$PLUGIN_PATH/enabled"
  export PLUGIN_CORE_AVAILABLE_PATH="$REPO_ROOT/tests/support/core-plugins"
  export DOKKU_ROOT="$BATS_TEST_TMPDIR/home"
  export DOKKU_LIB_ROOT="$BATS_TEST_TMPDIR/lib"
  export DOKKU_NOT_IMPLEMENTED_EXIT=10
  DOKKU_SYSTEM_USER="$(id -un)"
  DOKKU_SYSTEM_GROUP="$(id -gn)"
  export DOKKU_SYSTEM_USER DOKKU_SYSTEM_GROUP
  unset DOKKU_APP_NAME DOKKU_TRACE DOKKU_QUIET_OUTPUT
  mkdir -p "$PLUGIN_AVAILABLE_PATH" "$PLUGIN_ENABLED_PATH" "$DOKKU_ROOT/$TEST_APP" "$DOKKU_LIB_ROOT"
  ln -s "$REPO_ROOT" "$PLUGIN_AVAILABLE_PATH/$PLUGIN_NAME"
  ln -s "$PLUGIN_AVAILABLE_PATH/$PLUGIN_NAME" "$PLUGIN_ENABLED_PATH/$PLUGIN_NAME"
  use_unprivileged_user
}

# Dokku runs commands as the dokku user, never as root. Run as root, the tests hand the app and data
# directories to nobody and let the double run the plugin as nobody, when nobody can read this checkout;
# triggers still run as root, as plugin:install runs them.
use_unprivileged_user() {
  local dir group
  if [[ "$(id -u)" -ne 0 ]] || ! group="$(id -gn nobody 2>/dev/null)"; then
    return 0
  fi
  if ! setpriv --reuid=nobody --regid="$group" --clear-groups test -r "$REPO_ROOT/tests/support/dokku-double" 2>/dev/null; then
    return 0
  fi
  dir="$BATS_TEST_TMPDIR"
  while [[ "$dir" != / && "$dir" != "$(dirname "$BATS_RUN_TMPDIR")" ]]; do
    chmod o+x "$dir"
    dir="$(dirname "$dir")"
  done
  chmod -R o+rX "$PLUGIN_PATH"
  chown -R "nobody:$group" "$DOKKU_ROOT" "$DOKKU_LIB_ROOT"
  DOKKU_SYSTEM_USER=nobody
  DOKKU_SYSTEM_GROUP="$group"
}

dokku() {
  "$REPO_ROOT/tests/support/dokku-double" "$@"
}

# Runs a trigger through tests/support/bin/plugn, as Dokku does: in every enabled plugin, from an unrelated
# working directory, with [plugin.config] exported as CONFIG_* (plugn fails without that table).
plugn_trigger() {
  (cd / && "$REPO_ROOT/tests/support/bin/plugn" trigger "$@")
}

# Sources one of the plugin's files in a subshell, with ARGS and no stdin, as its subcommand shims and plugn
# do (the file's own output is dropped), then runs COMMAND there: in_plugin_file FILE [ARGS...] -- COMMAND...
in_plugin_file() {
  local file="$1"
  local -a file_args=()
  shift
  while [[ $# -gt 0 && "$1" != "--" ]]; do
    file_args+=("$1")
    shift
  done
  shift
  (
    cd /
    # shellcheck source=/dev/null
    source "$PLUGIN_ENABLED_PATH/$PLUGIN_NAME/$file" "${file_args[@]}" </dev/null >/dev/null
    "$@"
  )
}

assert_success() {
  if [[ "$status" -ne 0 ]]; then
    printf 'expected exit 0, got %s\noutput:\n%s\n' "$status" "$output"
    return 1
  fi
}

# With a status, exactly that one (Dokku exits 1 for a refusal and 20 for an app that does not exist);
# without one, any but 0.
assert_failure() {
  if [[ $# -gt 0 && "$status" -ne "$1" ]]; then
    printf 'expected exit %s, got %s\noutput:\n%s\n' "$1" "$status" "$output"
    return 1
  fi
  if [[ "$status" -eq 0 ]]; then
    printf 'expected a non-zero exit\noutput:\n%s\n' "$output"
    return 1
  fi
}

assert_output_contains() {
  if [[ "$output" != *"$1"* ]]; then
    printf 'expected the output to contain: %s\noutput:\n%s\n' "$1" "$output"
    return 1
  fi
}

# A row of columns: the line, without its indent, is FIRST, then at least GAP spaces, then exactly SECOND.
# Spaces around SECOND can't be told from the padding of its column, so they are not compared.
fn_assert_row() {
  local gap="$1" first="$2" second="$3" line rest
  second="${second#"${second%%[! ]*}"}"
  second="${second%"${second##*[! ]}"}"
  while IFS= read -r line; do
    line="${line#"${line%%[! ]*}"}"
    line="${line%"${line##*[! ]}"}"
    if [[ -z "$second" && "$line" == "$first" ]]; then
      return 0
    fi
    if [[ "$line" != "$first$gap"* ]]; then
      continue
    fi
    rest="${line#"$first"}"
    if [[ "${rest#"${rest%%[! ]*}"}" == "$second" ]]; then
      return 0
    fi
  done <<<"$output"
  printf 'expected a row "%s" | "%s"\noutput:\n%s\n' "$first" "$second" "$output"
  return 1
}

# A help row as `dokku help` prints it: the usage, the two spaces column puts between columns at the
# least, and the description, so a line that was not split at its comma does not pass.
assert_help_row() {
  fn_assert_row "  " "$1" "$2"
}

# A report row: the label, padding of at least one space, and the value.
assert_report_row() {
  fn_assert_row " " "$1" "$2"
}
