#!/usr/bin/env bash
# Renders a real fixture issue and checks the library for real; bad input writes nothing.
source "$(dirname "$0")/lib.sh"
here=$(cd "$(dirname "$0")" && pwd)
issue="$FIXTURES/xindongcheng-2026-03-10.txt"

"$TINGBAO" render "$issue" --out "$WORK/lib" >"$WORK/out" 2>"$WORK/err"
rc=$?
check "render exits 0 (got $rc: $(head -c 300 "$WORK/err"))" test "$rc" -eq 0
check "render says where the audio went" grep -q "audio" "$WORK/out"
check "render is quiet on stderr when not on a terminal" test ! -s "$WORK/err"
dirs=$(find "$WORK/lib" -name issue.json -printf '%h\n')
check "exactly one issue folder" test "$(echo "$dirs" | grep -c .)" -eq 1
check "folder is <library>/<publication>/<date>" bash -c "[[ '$dirs' == '$WORK/lib/'*/????-??-?? ]]"
if [ -n "$dirs" ]; then
  python3 "$here/check_library.py" "$dirs" 40 25 >"$WORK/report" 2>&1
  check "library contents: $(head -5 "$WORK/report")" test $? -eq 0
  # issue.json is written last: every other file is older or as old.
  newer=$(find "$dirs" -type f -newer "$dirs/issue.json" | head -3)
  check "issue.json written last (newer: $newer)" test -z "$newer"

  # Same input, same braille bytes.
  "$TINGBAO" render "$issue" --out "$WORK/lib2" --no-audio >/dev/null 2>&1
  again=$(find "$WORK/lib2" -name issue.json -printf '%h\n')
  check "re-render gives the same BRF" cmp -s "$dirs/braille/issue.brf" "$again/braille/issue.brf"
fi

# Page size from the configuration.
cat >"$WORK/narrow.conf" <<'CONF'
[braille]
cells_per_line = 28
lines_per_page = 20
CONF
"$TINGBAO" render "$issue" --out "$WORK/narrow" --no-audio --config "$WORK/narrow.conf" >/dev/null 2>&1
narrow=$(find "$WORK/narrow" -name issue.json -printf '%h\n')
check "render with --no-audio and a config" test -n "$narrow"
if [ -n "$narrow" ]; then
  check "braille lines within 28 cells" python3 - "$narrow/braille/issue.brf" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
pages = data.split(b"\f")
sys.exit(0 if all(len(l) <= 28 for p in pages for l in p.split(b"\r\n"))
         and all(len([l for l in p.split(b"\r\n") if l != b""]) <= 20 for p in pages) else 1)
PY
fi

# Bad input: exit 2, one line naming the file, nothing under --out.
: >"$WORK/empty.txt"
printf '标题\n\xff\xfe\n' >"$WORK/invalid.txt"
for bad in "$WORK/missing.txt" "$WORK" "$WORK/empty.txt" "$WORK/invalid.txt"; do
  "$TINGBAO" render "$bad" --out "$WORK/bad-out" >/dev/null 2>"$WORK/err"
  rc=$?
  check "render $bad: exit 2 (got $rc)" test "$rc" -eq 2
  check "render $bad: one line naming it" bash -c "[ \$(wc -l <'$WORK/err') -eq 1 ] && grep -qF '$bad' '$WORK/err'"
  check "render $bad: nothing written" test ! -e "$WORK/bad-out"
done

finish
