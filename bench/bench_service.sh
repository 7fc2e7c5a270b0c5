#!/usr/bin/env bash
# bench_service: the daemon's API latency under concurrent load (wrk) and its memory while it
# renders a whole issue. Baselines measured in the same run: GET /healthz (the cheapest route)
# for latency, and a standalone `tingbao render` of the same issue for memory.
#
#   bench/bench_service.sh BUILD/tingbao [--issue full|60] [--seconds N] [--connections N]
#
# Runs the real daemon on a free loopback port with one worker; everything stays on 127.0.0.1.
set -euo pipefail

TB=$(realpath "${1:?usage: $0 TINGBAO [--issue full|60] [--seconds N] [--connections N]}")
shift
ISSUE=full SECONDS_PER_RUN=10 CONNECTIONS=32
while (($#)); do
  case $1 in
    --issue) ISSUE=$2; shift 2 ;;
    --seconds) SECONDS_PER_RUN=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    *) echo "bench_service: unknown argument $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "bench_service: needs wrk (Debian package wrk)" >&2; exit 1; }
SRC=$(cd "$(dirname "$0")/.." && pwd)
FIXTURE=$SRC/tests/fixtures/xindongcheng-2026-03-10.txt
WORK=$(mktemp -d /tmp/tb-bench-service.XXXXXX)
LOG=$WORK/daemon.log
DAEMON=
trap '[[ -n $DAEMON ]] && kill -9 $DAEMON 2>/dev/null; rm -rf "$WORK"' EXIT
export no_proxy='*' NO_PROXY='*'

awk '{ print } /本报讯/ { exit }' "$FIXTURE" >"$WORK/front.txt"
if [[ $ISSUE == full ]]; then cp "$FIXTURE" "$WORK/issue.txt"; else head -n "$ISSUE" "$FIXTURE" >"$WORK/issue.txt"; fi
mkdir -p "$WORK/inbox"
cat >"$WORK/tingbao.conf" <<CONF
[paths]
library = $WORK/library
inbox = $WORK/inbox
[server]
listen = 127.0.0.1:0
workers = 1
api_token = bench
CONF
touch "$LOG"
TINGBAO_LOG=info "$TB" serve --config "$WORK/tingbao.conf" 2>>"$LOG" &
DAEMON=$!
for _ in $(seq 200); do grep -q 'event=listening' "$LOG" && break; sleep 0.05; done
PORT=$(sed -n 's/.*event=listening .*port=\([0-9]*\).*/\1/p' "$LOG")
BASE=http://127.0.0.1:$PORT

upload() { curl -s -H 'Authorization: Bearer bench' -F "file=@$1" "$BASE/v1/issues" | jq -r .id; }
wait_done() {
  for _ in $(seq 7200); do
    case $(curl -s "$BASE/v1/jobs/$1" | jq -r .state) in done | failed) return ;; esac
    sleep 0.25
  done
}

id=$(upload "$WORK/front.txt")
wait_done "$id"
ISSUE_URL=$(curl -s "$BASE/v1/jobs/$id" | jq -r .issue_url)
FILES_URL=$(curl -s "$BASE/v1/jobs/$id" | jq -r .files_url)
AUDIO=$(curl -s "$BASE$ISSUE_URL" | jq -r '[.articles[].audio.files[]? | select(endswith(".opus"))][0]')

# wrk_run NAME PATH [HEADER]: prints "NAME req/s p50_ms p99_ms"
wrk_run() {
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency ${3:+-H "$3"} "$BASE$2")
  local rps p50 p99
  rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  echo "$1 $rps $(to_ms "$p50") $(to_ms "$p99")"
}
to_ms() { # wrk prints 812.00us, 1.23ms or 1.02s
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; printf "%.3f", n }'
}

table() { # reads "name rps p50 p99" lines, first is the baseline
  awk 'NR == 1 { b50 = $3; brps = $2 }
       { printf "  %-28s %10.0f %9.3f %9.3f %8.2f %8.2f\n", $1, $2, $3, $4, $3 / b50, brps / $2 }'
}

echo "API latency, wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s, daemon idle (1 worker):"
echo "  route                           req/s   p50 ms    p99 ms  p50/base  base/rps"
{
  wrk_run healthz /healthz
  wrk_run metrics /metrics
  wrk_run issues-list /v1/issues
  wrk_run job /v1/jobs/"$id"
  wrk_run issue.json "$ISSUE_URL"
  [[ -n $AUDIO && $AUDIO != null ]] && wrk_run audio-range-64KiB "$FILES_URL$AUDIO" "Range: bytes=0-65535"
} | table

# ---- memory while rendering a whole issue, and latency while a worker renders ----------------
rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }
hwm_kb() { awk '/^VmHWM/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }
# CPU seconds (user + system) a process used so far: unlike wall time, not inflated by other
# load on the machine.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat"; }
id=$(upload "$WORK/issue.txt")
for _ in $(seq 400); do grep -q "event=job_started job=$id " "$LOG" && break; sleep 0.05; done
WORKER=$(sed -n "s/.*event=job_started job=$id .*pid=\([0-9]*\).*/\1/p" "$LOG" | tail -1)
worker_cpu_before=$(cpu_s "$WORKER")
echo
echo "While the worker renders ($(basename "$WORK/issue.txt"): $(wc -c <"$WORK/issue.txt") bytes):"
echo "  route                           req/s   p50 ms    p99 ms  p50/base  base/rps"
{
  wrk_run healthz /healthz
  wrk_run issues-list /v1/issues
} | table
daemon_peak=0
start=$(date +%s.%N)
while [[ $(curl -s "$BASE/v1/jobs/$id" | jq -r .state) =~ ^(queued|running)$ ]]; do
  r=$(rss_kb "$DAEMON")
  ((r > daemon_peak)) && daemon_peak=$r
  worker_hwm=$(hwm_kb "$WORKER")
  sleep 0.5
done
seconds=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
worker_hwm=$(hwm_kb "$WORKER") # the worker lives on after its job: its high-water mark stays
worker_cpu=$(awk -v a="$worker_cpu_before" -v b="$(cpu_s "$WORKER")" 'BEGIN { printf "%.1f", b - a }')
state=$(curl -s "$BASE/v1/jobs/$id" | jq -r .state)
kill -TERM "$DAEMON"
wait "$DAEMON" || true
DAEMON=
/usr/bin/time -f '%M %e %U %S' -o "$WORK/time.txt" "$TB" render "$WORK/issue.txt" --out "$WORK/standalone" >/dev/null 2>&1
read -r standalone standalone_s standalone_user standalone_sys < <(tail -1 "$WORK/time.txt")
standalone_cpu=$(awk -v u="$standalone_user" -v s="$standalone_sys" 'BEGIN { printf "%.1f", u + s }')
echo
echo "Memory while rendering (job $state in ${seconds} s; standalone render ${standalone_s} s):"
printf "  %-34s %8s KiB\n" "daemon peak RSS" "$daemon_peak"
printf "  %-34s %8s KiB\n" "worker peak RSS (VmHWM)" "$worker_hwm"
printf "  %-34s %8s KiB   (baseline)\n" "standalone tingbao render, max RSS" "$standalone"
awk -v w="$worker_hwm" -v s="$standalone" -v d="$daemon_peak" \
  'BEGIN { printf "  worker / standalone = %.2f, (daemon + worker) / standalone = %.2f\n", w / s, (w + d) / s }'
echo
echo "CPU time of the render: worker ${worker_cpu} s, standalone ${standalone_cpu} s (baseline):" \
  "ratio $(awk -v w="$worker_cpu" -v s="$standalone_cpu" 'BEGIN { printf "%.2f", w / s }')"
