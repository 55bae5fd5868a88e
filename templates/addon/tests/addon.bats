#!/usr/bin/env bats

setup() {
  ADDON_DIR="$(cd "$BATS_TEST_DIRNAME/.." && pwd)"
  # shellcheck source=/dev/null
  source "$ADDON_DIR/addon-functions"
}

@test "the add-on honours the contract of Dokku's add-ons plugin" {
  run "$ADDON_DIR/tests/contract/addon-contract"
  echo "$output"
  [[ "$status" -eq 0 ]]
  [[ "$output" == *" passed, 0 failed"* ]]
}

@test "service IDs are safe for the service whatever the app is called" {
  local app id
  for app in my-app app.example.com 42app a-very-long-application-name.example.com; do
    id="$(fn-addon-service-id "$app")"
    echo "$app -> $id"
    [[ "$id" =~ ^[a-z][a-z0-9_]*_[0-9a-f]{8}$ ]]
    [[ ${#id} -le 32 ]]
  done
}

@test "secrets never hold a colon" {
  local secret
  secret="$(fn-addon-secret)"
  [[ -n "$secret" && "$secret" != *:* ]]
}

@test "url's host lookup fails, saying why, when the container has no address" {
  DOCKER_BIN="$BATS_TEST_TMPDIR/docker-without-ip"
  printf '#!/usr/bin/env bash\nexit 0\n' >"$DOCKER_BIN"
  chmod +x "$DOCKER_BIN"
  run fn-addon-container-ip stopped-container
  [[ "$status" -ne 0 ]]
  [[ "$output" == *"has no IP address"* ]]
}
