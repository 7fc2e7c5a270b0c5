#!/usr/bin/env bash
# `tingbao say` plays through a real audio server: PulseAudio with a null sink, reached by
# PortAudio through ALSA's pulse plugin; the sink's monitor is recorded and must hold speech.
source "$(dirname "$0")/lib.sh"

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
trap 'kill $pulse_pid $rec_pid 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
check "PulseAudio server is up" pactl info

parec -d tingbao_test.monitor --format=s16le --rate=22050 --channels=1 --raw >"$WORK/rec.raw" &
rec_pid=$!
sleep 0.5
"$TINGBAO" say "新东城报，欢迎您收听。今天是2026年3月10日。" 2>"$WORK/err"
rc=$?
check "say exits 0 ($(head -c 300 "$WORK/err"))" test "$rc" -eq 0
sleep 0.5
kill $rec_pid 2>/dev/null
wait $rec_pid 2>/dev/null

# Speech arrived: enough loud samples, spread over more than a second.
check "the sink received speech" python3 - "$WORK/rec.raw" <<'PY'
import array, sys
samples = array.array("h", open(sys.argv[1], "rb").read())
loud = [i for i, s in enumerate(samples) if abs(s) > 1000]
print(f"{len(samples)} samples recorded, {len(loud)} loud", file=sys.stderr)
sys.exit(0 if len(loud) > 2205 and loud[-1] - loud[0] > 22050 else 1)
PY

finish
