# Shared helpers for the end-to-end tests; sourced, not run.
set -u
TINGBAO=${1:?usage: test.sh path/to/tingbao}
FIXTURES=${TB_FIXTURES:?TB_FIXTURES must point to tests/fixtures}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
failures=0
checks=0

pass() { checks=$((checks + 1)); }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); echo "FAIL: $*" >&2; }
check() { # check "description" command...
  local what=$1; shift
  if "$@"; then pass; else fail "$what"; fi
}
finish() {
  echo "$((checks - failures)) passed, $failures failed"
  [ "$failures" -eq 0 ]
}
