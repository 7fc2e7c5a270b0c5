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

# A private PulseAudio server whose default sink is a null sink at 22,050 Hz mono, for tests that
# play through PortAudio → ALSA → pulse; its monitor is tingbao_test.monitor. Sets pulse_pid; the
# caller's EXIT trap must kill it.
start_null_sink() {
  export PULSE_SERVER="unix:$WORK/pulse.socket"
  export PULSE_RUNTIME_PATH="$WORK/pulse-runtime" XDG_RUNTIME_DIR="$WORK/xdg"
  mkdir -p "$PULSE_RUNTIME_PATH" "$XDG_RUNTIME_DIR"
  cat >"$WORK/ci.pa" <<PA
load-module module-native-protocol-unix socket=$WORK/pulse.socket auth-anonymous=1
load-module module-null-sink sink_name=tingbao_test rate=22050 channels=1
set-default-sink tingbao_test
PA
  pulseaudio --daemonize=no --exit-idle-time=-1 -n -F "$WORK/ci.pa" --use-pid-file=no \
    >"$WORK/pulse.log" 2>&1 &
  pulse_pid=$!
  for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
  check "PulseAudio server is up" pactl info >/dev/null
}
