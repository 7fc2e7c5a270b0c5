#!/usr/bin/env bash
# tingbao serve survives kill -9: of the daemon mid-render, of a worker mid-render, and of the
# daemon right after it took an inbox file. After each, every accepted issue is rendered exactly
# once more (or was finished), none is lost or duplicated, and the library shows no half render.
# SIGTERM during a render lets it finish. Usage: test_service_crash.sh TINGBAO.
set -euo pipefail
TB_SERVICE_LIB_ONLY=1 source "$(dirname "$0")/test_service_api.sh" "$@"

if ! pipeline_renders; then
  echo "FAIL: the pipeline cannot render the fixture (tingbao render fails)"
  exit 1
fi

mkdir -p "$WORK/inbox"
write_config 1

# Waits until job $1 is running; prints the worker's pid from the job_started event.
wait_running() {
  for _ in $(seq 1200); do
    if [[ $(job_field "$1" state) == running ]]; then
      sed -n "s/.*event=job_started job=$1 .*pid=\([0-9]*\).*/\1/p" "$LOG" | tail -1
      return
    fi
    sleep 0.05
  done
  fail "job $1 never started"
}

# Waits until process $1 is gone (bounded).
wait_gone() {
  for _ in $(seq 200); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.05; done
  fail "process $1 outlived its daemon"
}

# Waits until the render has written a file into its staging folder: killed now, it dies
# half done (an event, not a guess at how long rendering takes).
wait_half_done() {
  for _ in $(seq 2400); do
    [[ -n $(find "$WORK/library/.staging" -type f -print -quit 2>/dev/null) ]] && return
    sleep 0.05
  done
  fail "the render never wrote a file"
}

done_events() { grep -c "event=job_done job=$1 " "$LOG" || true; }

# ---- kill -9 of the daemon mid-render -------------------------------------------------------
start_daemon
id1=$(upload "$MEDIUM")
worker=$(wait_running "$id1")
wait_half_done
kill -9 "$DAEMON_PID"
wait "$DAEMON_PID" 2>/dev/null || true
DAEMON_PID=
wait_gone "$worker" # the worker dies with its daemon, it does not finish behind our back
[[ -z $(find "$WORK/library" -name issue.json -print -quit) ]] || fail "a render finished after kill -9"
[[ -z $(find "$WORK/library" -mindepth 1 -not -path "$WORK/library/.staging*" -print -quit) ]] ||
  fail "a half render is visible in the library"
start_daemon
[[ $(wait_job "$id1") == "done" ]] || fail "job $id1 after restart: $(job_field "$id1" error)"
[[ $(job_field "$id1" attempts) == 1 ]] || fail "the interrupted attempt counted against job $id1"
[[ $(done_events "$id1") == 1 ]] || fail "job $id1 finished $(done_events "$id1") times"
check_library

# ---- kill -9 of a worker mid-render: only its job fails, and is retried ---------------------
id2=$(upload "$MEDIUM" second.txt)
worker=$(wait_running "$id2")
wait_half_done
kill -9 "$worker"
[[ $(wait_job "$id2") == "done" ]] || fail "job $id2 after its worker died: $(job_field "$id2" error)"
[[ $(job_field "$id2" attempts) == 2 ]] || fail "job $id2 should have taken two attempts"
grep -q "event=worker_died pid=$worker job=$id2 " "$LOG" || fail "the worker's death was not logged"
[[ $(done_events "$id2") == 1 ]] || fail "job $id2 finished $(done_events "$id2") times"
expect_status 200 "$(http GET /healthz)" "healthz after a worker crash"
[[ $(jq -r .workers "$WORK/body") == 1 ]] || fail "the dead worker was not replaced"
check_library

# ---- kill -9 of the daemon just after it took an inbox file ---------------------------------
cp "$SMALL" "$WORK/inbox/.copying"
mv "$WORK/inbox/.copying" "$WORK/inbox/from-inbox.txt" # a whole file arrives at once
for _ in $(seq 400); do grep -q 'event=job_queued job=[0-9]* source=inbox' "$LOG" && break; sleep 0.02; done
kill -9 "$DAEMON_PID"
wait "$DAEMON_PID" 2>/dev/null || true
DAEMON_PID=
start_daemon
for _ in $(seq 2400); do [[ -f $WORK/archive/from-inbox.txt ]] && break; sleep 0.25; done
[[ -f $WORK/archive/from-inbox.txt ]] || fail "the inbox file was lost across kill -9"
[[ ! -e $WORK/inbox/from-inbox.txt ]] || fail "the inbox file is still in the inbox"
inbox_jobs=$(curl -s "$BASE/v1/jobs" | jq '[.jobs[] | select(.source == "inbox")] | length')
[[ $inbox_jobs == 1 ]] || fail "the inbox file became $inbox_jobs jobs"
check_library

# ---- SIGTERM mid-render: the job finishes within the grace time, or is requeued ------------
id3=$(upload "$MEDIUM" third.txt)
wait_running "$id3" >/dev/null
stop_daemon TERM
[[ $STOP_STATUS == 0 ]] || fail "SIGTERM exit status $STOP_STATUS"
if [[ $(done_events "$id3") != 1 ]]; then
  grep -q "event=job_requeued job=$id3\b" "$LOG" || fail "job $id3 neither finished nor was requeued"
fi
[[ $(grep -c "event=job_cut job=$id3 " "$LOG" || true) -le 1 ]] || fail "the cut was repeated"
check_library

# Every job is done, once: nothing lost, nothing run twice.
start_daemon
[[ $(wait_job "$id3") == "done" ]] || fail "job $id3 after the restart: $(job_field "$id3" error)"
[[ $(done_events "$id3") == 1 ]] || fail "job $id3 finished $(done_events "$id3") times"
total=$(curl -s "$BASE/v1/jobs" | jq '.jobs | length')
done_jobs=$(curl -s "$BASE/v1/jobs?state=done" | jq '.jobs | length')
[[ $total == 4 && $done_jobs == 4 ]] || fail "$done_jobs of $total jobs done, expected 4 of 4"
stop_daemon TERM
echo "PASS: service crash recovery"
