#!/usr/bin/env bash
# `tingbao say` plays through a real audio server: PulseAudio with a null sink, reached by
# PortAudio through ALSA's pulse plugin; the sink's monitor is recorded and must hold speech.
source "$(dirname "$0")/lib.sh"

pulse_pid= rec_pid=
trap 'kill $pulse_pid $rec_pid 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
start_null_sink

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
