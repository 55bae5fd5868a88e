#!/usr/bin/env bash
# `npm test`: the whole suite on a fresh Debian machine. The generated plugins are run through shellcheck,
# bats, column, make, script (a pseudo-terminal) and Go, so those come first: installed with apt-get when we
# are root, otherwise the exact command to run is printed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

missing=()
for tool in shellcheck:shellcheck bats:bats column:bsdextrautils make:make script:bsdutils git:git go:golang-go; do
  if ! command -v "${tool%%:*}" >/dev/null 2>&1; then
    missing+=("${tool#*:}")
  fi
done

if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing the system tools the tests need: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "The tests need these Debian packages: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

if [[ ! -d node_modules ]]; then
  npm ci
fi
npm run --silent build
# Test files run in parallel, one worker per core: nearly every test waits on a child process (bash, bats,
# shellcheck, go), so a 2-core machine finishes in a little over half the time. Files share nothing they write.
npx mocha --parallel --jobs "$(nproc)"
