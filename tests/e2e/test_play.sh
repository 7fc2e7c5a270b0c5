#!/usr/bin/env bash
# `tingbao play` on a real audio server (PulseAudio with a null sink, reached through PortAudio →
# ALSA → pulse): keys typed on a pseudo-terminal move between articles and quit, the bookmark
# remembers where, the next run resumes there and plays to the end, and the sink hears speech.
source "$(dirname "$0")/lib.sh"
command -v pulseaudio >/dev/null && command -v parec >/dev/null || exit 77

cat >"$WORK/issue.md" <<'MD'
# 社区图书馆延长开放时间

本报讯 从下个月起，社区图书馆每天开放到晚上九点。

居民可以凭身份证借书。

# 胡同里的微花园

本报讯 仓南胡同建成了一处微花园。居民在这里散步、聊天。

# 冬季供暖准备就绪

本报讯 今年的供暖将于11月15日开始。
MD
"$TINGBAO" render "$WORK/issue.md" --out "$WORK/lib" --profile archive --no-braille \
  >"$WORK/render.log" 2>&1
check "render the test issue ($(tail -c 300 "$WORK/render.log"))" test $? -eq 0
issue_dir=$(dirname "$(find "$WORK/lib" -name issue.json | head -1)")

pulse_pid= rec_pid=
trap 'kill $pulse_pid $rec_pid 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
start_null_sink
parec -d tingbao_test.monitor --format=s16le --rate=22050 --channels=1 --raw >"$WORK/rec.raw" &
rec_pid=$!
sleep 0.5

bookmarks=$WORK/state/bookmarks.json
# 1. A listener at a terminal: greeting, article 1 plays, 'n' goes to article 2, 'q' quits.
check "keys on a terminal: next article, then quit" python3 - "$TINGBAO" "$issue_dir" "$bookmarks" <<'PY'
import os, pty, subprocess, sys, termios, time
exe, issue, bookmarks = sys.argv[1:]
master, slave = pty.openpty()
before = termios.tcgetattr(slave)
p = subprocess.Popen([exe, "play", issue, "--bookmarks", bookmarks], stdin=slave, stdout=slave,
                     stderr=subprocess.PIPE)
time.sleep(4)
os.write(master, b"n")
time.sleep(2.5)
os.write(master, b"q")
try:
    rc = p.wait(timeout=20)
except subprocess.TimeoutExpired:
    p.kill(); print("player did not quit on q", file=sys.stderr); sys.exit(1)
err = p.stderr.read().decode(errors="replace")
if rc != 0:
    print(f"exit {rc}: {err}", file=sys.stderr); sys.exit(1)
if termios.tcgetattr(slave)[3] != before[3]:
    print("terminal left in raw mode", file=sys.stderr); sys.exit(1)
PY
check "the bookmark holds article 2" python3 - "$bookmarks" <<'PY'
import json, sys
issues = json.load(open(sys.argv[1]))["issues"]
(entry,) = issues.values()
sys.exit(0 if entry["article"] == 1 and entry["seconds"] >= 0 else 1)
PY

# 2. The next run resumes at article 2 and, with no keys to come (stdin is empty), plays to the end
#    of the issue and exits. Its status lines (shown on a terminal) say which articles played.
check "resumed run plays articles 2 and 3, then exits 0" python3 - "$TINGBAO" "$issue_dir" "$bookmarks" <<'PY'
import os, pty, select, subprocess, sys
exe, issue, bookmarks = sys.argv[1:]
master, slave = pty.openpty()
p = subprocess.Popen([exe, "play", issue, "--bookmarks", bookmarks], stdin=subprocess.DEVNULL,
                     stdout=slave, stderr=subprocess.PIPE)
os.close(slave)
shown = b""
while True:
    ready, _, _ = select.select([master], [], [], 120)
    if not ready:
        break
    try:
        chunk = os.read(master, 4096)
    except OSError:
        break
    if not chunk:
        break
    shown += chunk
rc = p.wait(timeout=10)
lines = [l.split(b"\x1b[K")[-1].decode() for l in shown.split(b"\n") if b"/3 " in l]
print(f"exit {rc}, status lines: {lines}", file=sys.stderr)
sys.exit(0 if rc == 0 and lines and lines[0].startswith("2/3") and
         any(l.startswith("3/3") for l in lines) and not any(l.startswith("1/3") for l in lines)
         else 1)
PY
check "the bookmark now holds the last article" python3 - "$bookmarks" <<'PY'
import json, sys
(entry,) = json.load(open(sys.argv[1]))["issues"].values()
sys.exit(0 if entry["article"] == 2 else 1)
PY

# 3. Keys from a pipe, --article and speed keys.
(sleep 1.5; printf '++'; sleep 2; printf 'q') |
  "$TINGBAO" play "$issue_dir" --article 3 --bookmarks "$WORK/b2.json" 2>"$WORK/err3"
check "--article 3 with piped keys exits 0 ($(head -c 300 "$WORK/err3"))" test $? -eq 0
check "the bookmark of a --article run" python3 -c "
import json, sys
(entry,) = json.load(open('$WORK/b2.json'))['issues'].values()
sys.exit(0 if entry['article'] == 2 else 1)"

sleep 0.5
kill $rec_pid 2>/dev/null
wait $rec_pid 2>/dev/null
rec_pid=
check "the sink received speech" python3 - "$WORK/rec.raw" <<'PY'
import array, sys
s = array.array("h", open(sys.argv[1], "rb").read())
loud = sum(1 for i in range(0, len(s) - 2205, 2205) if max(map(abs, s[i:i + 2205])) > 1000)
print(f"{len(s) / 22050:.1f} s recorded, {loud / 10:.1f} s of it loud", file=sys.stderr)
sys.exit(0 if loud >= 50 else 1)
PY

# Bad input: one line, exit 2.
"$TINGBAO" play "$WORK/no-such-issue" 2>"$WORK/err4"
rc=$?
check "a missing issue is exit 2" test "$rc" -eq 2
check "with one line naming it" test "$(grep -c no-such-issue "$WORK/err4")" -eq 1
"$TINGBAO" play "$issue_dir" --speed 9 2>/dev/null
check "--speed out of range is exit 2" test $? -eq 2
echo '{"not": "bookmarks"}' >"$WORK/foreign.json"
cp "$WORK/foreign.json" "$WORK/foreign.orig"
printf q | "$TINGBAO" play "$issue_dir" --article 3 --bookmarks "$WORK/foreign.json" 2>"$WORK/err5"
check "a bookmark file that is not ours: still plays" test $? -eq 0
check "and says why the place is not kept" grep -q "foreign.json" "$WORK/err5"
check "and leaves that file alone" cmp -s "$WORK/foreign.json" "$WORK/foreign.orig"

finish
