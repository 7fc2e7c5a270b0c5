#!/usr/bin/env bash
# tingbao serve, end to end: the real daemon on a free loopback port, fixture issues through
# the API and the inbox, bad requests, 20 uploads at once, SIGHUP and SIGTERM; the library is
# checked after each step. Usage: test_service_api.sh TINGBAO (env TB_SOURCE_DIR, TB_FIXTURES).
#
# The other service tests source this file with TB_SERVICE_LIB_ONLY=1 for its helpers.
set -euo pipefail

TB=${1:?usage: $0 TINGBAO}
TB=$(realpath "$TB")
FIXTURES=${TB_FIXTURES:-$(dirname "$0")/../fixtures}
FIXTURE=$FIXTURES/xindongcheng-2026-03-10.txt
WORK=$(mktemp -d /tmp/tb-e2e-service.XXXXXX)
# The whole fixture takes minutes to speak; the tests submit its front page up to the end of
# the first article's opening paragraph (SMALL, about a second) or its first 60 lines
# (MEDIUM, a few articles: long enough to kill a render half way).
SMALL=$WORK/xindongcheng-front.txt
MEDIUM=$WORK/xindongcheng-60.txt
awk '{ print } /本报讯/ { exit }' "$FIXTURE" >"$SMALL"
head -n 60 "$FIXTURE" >"$MEDIUM"
LOG=$WORK/daemon.log
TOKEN=e2e-token-$$
DAEMON_PID=
BASE=
export no_proxy='*' NO_PROXY='*' # every request of these tests goes to 127.0.0.1 only

fail() {
  echo "FAIL: $*" >&2
  echo "---- daemon log (last 40 lines) ----" >&2
  tail -n 40 "$LOG" >&2 || true
  exit 1
}

cleanup() {
  if [[ -n $DAEMON_PID ]] && kill -0 "$DAEMON_PID" 2>/dev/null; then
    kill -9 "$DAEMON_PID" 2>/dev/null || true
    wait "$DAEMON_PID" 2>/dev/null || true
  fi
  [[ -n ${TB_KEEP:-} ]] || rm -rf "$WORK"
}
trap cleanup EXIT

# write_config [WORKERS] [TOKEN]
write_config() {
  cat >"$WORK/tingbao.conf" <<CONF
[paths]
library = $WORK/library
inbox = $WORK/inbox
[server]
listen = 127.0.0.1:0
workers = ${1:-2}
api_token = ${2:-$TOKEN}
CONF
}

# Starts the daemon and reads its port from the "listening" log line.
start_daemon() {
  local before
  before=$(wc -l <"$LOG" 2>/dev/null || echo 0)
  TINGBAO_LOG=info "$TB" serve --config "$WORK/tingbao.conf" 2>>"$LOG" &
  DAEMON_PID=$!
  local port=
  for _ in $(seq 200); do
    port=$(tail -n +"$((before + 1))" "$LOG" | sed -n 's/.*event=listening .*port=\([0-9]*\).*/\1/p' | head -1)
    [[ -n $port ]] && break
    kill -0 "$DAEMON_PID" 2>/dev/null || fail "the daemon exited at start"
    sleep 0.05
  done
  [[ -n $port ]] || fail "the daemon never said where it listens"
  BASE=http://127.0.0.1:$port
}

# Stops the daemon with a signal and waits for it; its exit status goes to STOP_STATUS.
# (Not a command substitution: only this shell can wait for its child.)
stop_daemon() {
  STOP_STATUS=0
  kill -"${1:-TERM}" "$DAEMON_PID"
  wait "$DAEMON_PID" || STOP_STATUS=$?
  DAEMON_PID=
}

# http METHOD PATH [curl args…]: prints the status code; the body is in $WORK/body.
http() {
  local method=$1 path=$2
  shift 2
  curl -s --path-as-is --max-time 60 -o "$WORK/body" -w '%{http_code}' -X "$method" "$@" "$BASE$path"
}

expect_status() { # expect_status WANT GOT WHAT
  [[ $2 == "$1" ]] || fail "$3: HTTP $2, expected $1 ($(head -c 300 "$WORK/body"))"
}

expect_error_code() { # the JSON error body names CODE
  local code
  code=$(jq -r '.error.code' "$WORK/body")
  [[ $code == "$1" ]] || fail "error code $code, expected $1"
}

upload() { # upload FILE [NAME]: prints the job id
  local status
  status=$(http POST /v1/issues -H "Authorization: Bearer $TOKEN" -F "file=@$1;filename=${2:-$(basename "$1")}")
  expect_status 202 "$status" "upload of $1"
  jq -r .id "$WORK/body"
}

job_field() { curl -s --max-time 10 "$BASE/v1/jobs/$1" | jq -r ".$2"; }

# Waits (bounded) until job $1 is done or failed; prints its state.
wait_job() {
  local state=
  for _ in $(seq 2400); do
    state=$(job_field "$1" state)
    [[ $state == "done" || $state == failed ]] && break
    sleep 0.25
  done
  echo "$state"
}

# Whether the pipeline renders the fixture at all; the render-dependent checks need it.
pipeline_renders() {
  [[ -n ${TB_SERVICE_ASSUME_RENDER:-} ]] && return 0
  "$TB" render "$SMALL" --out "$WORK/probe" >/dev/null 2>&1 && find "$WORK/probe" -name issue.json | grep -q .
}

# The library holds only whole issues: no temporary or staging file in sight, every issue
# folder has its issue.json, and every file issue.json lists is there with its size.
check_library() {
  local lib=$WORK/library
  [[ -z $(find "$lib" -name '.*.tmp-*' -print -quit) ]] || fail "temporary files in the library"
  [[ -z $(find "$lib/.staging" -mindepth 1 -maxdepth 1 -print -quit 2>/dev/null) ]] ||
    fail "staging folders left in the library"
  local dir
  while IFS= read -r dir; do
    [[ -f $dir/issue.json ]] || fail "$dir has no issue.json"
    jq -r '.files[]? | "\(.path) \(.bytes)"' "$dir/issue.json" | while read -r path bytes; do
      [[ -f $dir/$path ]] || fail "$dir/$path is listed but missing"
      [[ $(stat -c %s "$dir/$path") == "$bytes" ]] || fail "$dir/$path has the wrong size"
    done
  done < <(find "$lib" -mindepth 2 -maxdepth 2 -type d -not -path '*/.*')
}

touch "$LOG"
[[ -n ${TB_SERVICE_LIB_ONLY:-} ]] && return 0

mkdir -p "$WORK/inbox"
write_config 2

# ---- the command line ---------------------------------------------------------------------
"$TB" serve --help | grep -q -- '--config' || fail "serve --help"
set +e
"$TB" serve --no-such-flag 2>"$WORK/err"
[[ $? == 2 && $(wc -l <"$WORK/err") == 1 ]] || fail "bad usage must exit 2 with one line"
"$TB" serve --config "$WORK/missing.conf" 2>"$WORK/err"
[[ $? == 2 && $(wc -l <"$WORK/err") == 1 ]] || fail "a missing config must exit 2 with one line"
printf '[server]\nlisten = 127.0.0.1:0\nbogus = 1\n' >"$WORK/bad.conf"
"$TB" serve --config "$WORK/bad.conf" 2>"$WORK/err"
[[ $? == 2 ]] && grep -q 'bad.conf:3' "$WORK/err" || fail "an unknown key must name file and line"
set -e
# The documented configuration is one the daemon accepts.
"$TB" serve --config "${TB_SOURCE_DIR:-.}/config/tingbao.conf" --check-config ||
  fail "config/tingbao.conf"

start_daemon
RENDERS=0
pipeline_renders && RENDERS=1
[[ $RENDERS == 1 ]] || echo "NOTE: the pipeline cannot render the fixture yet; render checks become failure checks"

# ---- health, metrics, page ------------------------------------------------------------------
expect_status 200 "$(http GET /healthz)" healthz
[[ $(jq -r .status "$WORK/body") == ok ]] || fail "healthz status"
expect_status 200 "$(http GET /metrics)" metrics
grep -q '^# TYPE tingbao_jobs gauge' "$WORK/body" || fail "metrics: jobs gauge"
grep -q '^tingbao_queue_length 0' "$WORK/body" || fail "metrics: queue length"
grep -q '^# TYPE tingbao_render_seconds histogram' "$WORK/body" || fail "metrics: histogram"
expect_status 200 "$(http GET /)" "web page"
grep -q '<html lang="zh-CN">' "$WORK/body" || fail "the page's language"

# ---- bad requests ---------------------------------------------------------------------------
expect_status 401 "$(http POST /v1/issues -F "file=@$SMALL")" "upload without a token"
expect_error_code unauthorized
expect_status 401 "$(http POST /v1/issues -H 'Authorization: Bearer nope' -F "file=@$SMALL")" "wrong token"
head -c $((33 * 1024 * 1024)) /dev/zero >"$WORK/big.txt"
expect_status 413 "$(http POST /v1/issues -H "Authorization: Bearer $TOKEN" -F "file=@$WORK/big.txt")" "oversize body"
expect_error_code too_large
printf -- '--b\r\nContent-Disposition: form-data; name="file"; filename="x.txt"\r\n\r\nno end' >"$WORK/broken"
expect_status 400 "$(http POST /v1/issues -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: multipart/form-data; boundary=b' --data-binary "@$WORK/broken")" "malformed multipart"
expect_error_code malformed_multipart
expect_status 400 "$(http POST /v1/issues -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: multipart/form-data' --data-binary 'x')" "multipart without a boundary"
for path in /library/../jobs.db /library/%2e%2e/jobs.db /library/..%2f..%2fetc/passwd \
  /v1/issues/..%2F..%2Fetc/passwd /assets/../../tingbao.conf /library/.staging/x \
  '/library/%2E%2E%2F%2E%2E%2Ftingbao.conf'; do
  expect_status 404 "$(http GET "$path")" "GET $path"
  expect_error_code not_found
done
expect_status 405 "$(http DELETE /v1/issues -H "Authorization: Bearer $TOKEN")" "DELETE"
expect_status 404 "$(http GET /v1/jobs/987654)" "unknown job"
[[ $(find "$WORK/spool" -type f | wc -l) == 0 ]] || fail "refused uploads left files in the spool"

# ---- an issue through the API ---------------------------------------------------------------
id=$(upload "$SMALL")
state=$(wait_job "$id")
if [[ $RENDERS == 1 ]]; then
  [[ $state == "done" ]] || fail "API job $id: $state ($(job_field "$id" error))"
  [[ $(job_field "$id" attempts) == 1 ]] || fail "API job rendered more than once"
  [[ -f $WORK/archive/$(basename "$SMALL") ]] || fail "the upload was not archived"
  issue_url=$(job_field "$id" issue_url)
  expect_status 200 "$(http GET "$issue_url")" "GET $issue_url"
  jq -e '.articles | length > 0' "$WORK/body" >/dev/null || fail "issue.json has no articles"
  expect_status 200 "$(http GET /v1/issues)" "library list"
  [[ $(jq '.issues | length' "$WORK/body") -ge 1 ]] || fail "the library list is empty"
  # An article's audio, whole and by Range, byte for byte.
  files_url=$(job_field "$id" files_url)
  audio=$(curl -s "$BASE$issue_url" | jq -r '[.articles[].audio | (.files // [.file]) | .[]?][0]')
  if [[ -n $audio && $audio != null ]]; then
    expect_status 206 "$(http GET "$files_url$audio" -H 'Range: bytes=100-199')" "audio range"
    [[ $(stat -c %s "$WORK/body") == 100 ]] || fail "range length"
    file=$(find "$WORK/library" -path "*/$audio" | head -1)
    cmp -s "$WORK/body" <(tail -c +101 "$file" | head -c 100) || fail "range bytes differ"
    expect_status 416 "$(http GET "$files_url$audio" -H 'Range: bytes=999999999-')" "bad range"
  fi
else
  [[ $state == failed ]] || fail "API job $id: $state"
  [[ -f $WORK/rejected/$(basename "$SMALL").error ]] || fail "no .error for a failed upload"
fi
check_library

# ---- an issue through the inbox, written slowly in place ------------------------------------
exec 3>"$WORK/inbox/inbox-issue.txt"
head -c 2000 "$SMALL" >&3
sleep 2.5 # longer than the settle time, with the file still open
[[ -f $WORK/inbox/inbox-issue.txt ]] || fail "a file still being written was taken"
tail -c +2001 "$SMALL" >&3
exec 3>&-
for _ in $(seq 2400); do
  [[ -f $WORK/archive/inbox-issue.txt || -f $WORK/rejected/inbox-issue.txt ]] && break
  sleep 0.25
done
if [[ $RENDERS == 1 ]]; then
  [[ -f $WORK/archive/inbox-issue.txt ]] || fail "the inbox file was not rendered and archived"
  cmp -s "$SMALL" "$WORK/archive/inbox-issue.txt" || fail "the inbox file was taken half written"
else
  [[ -f $WORK/rejected/inbox-issue.txt.error ]] || fail "the inbox file was not rejected"
fi
[[ ! -e $WORK/inbox/inbox-issue.txt ]] || fail "the inbox file is still in the inbox"

# A file that can never be rendered goes to rejected/ with a one-line reason.
head -c 4096 /dev/urandom >"$WORK/inbox/garbage.txt"
for _ in $(seq 400); do
  [[ -f $WORK/rejected/garbage.txt.error && -f $WORK/rejected/garbage.txt ]] && break
  sleep 0.25
done
[[ -f $WORK/rejected/garbage.txt ]] || fail "garbage was not rejected"
[[ $(wc -l <"$WORK/rejected/garbage.txt.error") == 1 ]] || fail "the .error is not one line"
check_library

# ---- 20 uploads at once ---------------------------------------------------------------------
curls=()
for i in $(seq 20); do
  curl -s --max-time 120 -o "$WORK/up-$i.json" -H "Authorization: Bearer $TOKEN" \
    -F "file=@$SMALL;filename=issue-$i.txt" "$BASE/v1/issues" &
  curls+=($!)
done
wait "${curls[@]}" # not a bare wait: the daemon is a child of this shell too
ids=()
for i in $(seq 20); do ids+=("$(jq -r .id "$WORK/up-$i.json")"); done
[[ $(printf '%s\n' "${ids[@]}" | sort -u | grep -c '^[0-9][0-9]*$') == 20 ]] || fail "20 distinct job ids"
for id in "${ids[@]}"; do
  state=$(wait_job "$id")
  if [[ $RENDERS == 1 ]]; then
    [[ $state == "done" ]] || fail "job $id of 20: $state ($(job_field "$id" error))"
    [[ $(job_field "$id" attempts) == 1 ]] || fail "job $id ran more than once"
  else
    [[ $state == failed ]] || fail "job $id of 20: $state"
  fi
done
expect_status 200 "$(http GET '/v1/jobs?state=running')" "running jobs"
[[ $(jq '.jobs | length' "$WORK/body") == 0 ]] || fail "jobs still running"
expect_status 200 "$(http GET /metrics)" metrics
grep -q '^tingbao_uploads_total 21' "$WORK/body" || fail "21 uploads counted"
check_library

# ---- SIGHUP reloads: a new token takes effect -----------------------------------------------
write_config 1 "new-$TOKEN"
kill -HUP "$DAEMON_PID"
for _ in $(seq 200); do grep -q 'event=reloaded' "$LOG" && break; sleep 0.05; done
grep -q 'event=reloaded' "$LOG" || fail "no reload after SIGHUP"
expect_status 401 "$(http POST /v1/issues -H "Authorization: Bearer $TOKEN" -F "file=@$SMALL")" "old token after reload"
TOKEN=new-$TOKEN
expect_status 202 "$(http POST /v1/issues -H "Authorization: Bearer $TOKEN" -F "file=@$SMALL")" "new token after reload"
last=$(jq -r .id "$WORK/body")

# ---- SIGTERM: the running job finishes (or is requeued), the daemon exits 0 -----------------
stop_daemon TERM
[[ $STOP_STATUS == 0 ]] || fail "SIGTERM exit status $STOP_STATUS"
grep -q 'event=stopped' "$LOG" || fail "no stopped event"
check_library
# Nothing is lost: the last job finished, or was requeued and finishes after a restart.
start_daemon
state=$(wait_job "$last")
[[ $state == "done" || ($RENDERS == 0 && $state == failed) ]] || fail "job $last is $state after a restart"
stop_daemon TERM
[[ $STOP_STATUS == 0 ]] || fail "second SIGTERM exit status $STOP_STATUS"
check_library
# Every line on stderr is one whole message, and the daemon's own are structured events
# (the pipeline in a worker may add plain warnings of its own).
if grep -v -q '^tingbao: [a-z]*: ' "$LOG"; then fail "a stray line on stderr"; fi
for event in listening worker_started job_queued job_started job_done job_archived \
  job_rejected reloaded stopping stopped; do
  grep -q "^tingbao: [a-z]*: event=$event\( \|$\)" "$LOG" || fail "no $event event logged"
done
echo "PASS: service API"
