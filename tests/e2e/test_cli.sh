#!/usr/bin/env bash
# The program's command-line contract: help, version, usage errors, bad input.
source "$(dirname "$0")/lib.sh"

# Bad usage: exit 2 and exactly one line on stderr.
usage_error() { # usage_error "description" args...
  local what=$1; shift
  "$TINGBAO" "$@" >"$WORK/out" 2>"$WORK/err" </dev/null
  local rc=$?
  check "$what: exit status 2 (got $rc)" test "$rc" -eq 2
  check "$what: one line on stderr" test "$(wc -l <"$WORK/err")" -eq 1
}
usage_error "no command"  nosuchcommand
usage_error "parse without file" parse
usage_error "parse bad format" parse --format yaml "$FIXTURES/xindongcheng-2026-03-10.txt"
usage_error "render without --out" render "$FIXTURES/xindongcheng-2026-03-10.txt"
usage_error "braille bad table" braille --table nope
usage_error "pinyin with argument" pinyin extra
usage_error "say without text" say

for cmd in parse normalize pinyin braille say render; do
  "$TINGBAO" "$cmd" --help >"$WORK/help" 2>&1
  check "$cmd --help exits 0" test $? -eq 0
  check "$cmd --help prints usage" grep -q "usage: tingbao $cmd" "$WORK/help"
done
check "version" bash -c "'$TINGBAO' version | grep -Eq '^tingbao [0-9]+\.[0-9]+'"
check "help lists render" bash -c "'$TINGBAO' help | grep -q render"

# Bad input files: exit 2, one line naming the file, nothing printed on stdout.
bad_input() { # bad_input "description" file [expected text in message]
  "$TINGBAO" parse "$2" >"$WORK/out" 2>"$WORK/err"
  local rc=$?
  check "$1: exit 2 (got $rc)" test "$rc" -eq 2
  check "$1: one line" test "$(wc -l <"$WORK/err")" -eq 1
  check "$1: names the file" grep -qF "$2" "$WORK/err"
  check "$1: no output" test ! -s "$WORK/out"
  if [ -n "${3:-}" ]; then check "$1: says '$3'" grep -q "$3" "$WORK/err"; fi
}
: >"$WORK/empty.txt"
printf '第一行\n第二\xff\xfe\x80行\n' >"$WORK/invalid.txt"
head -c 3000 /dev/urandom >"$WORK/junk.bin"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' >"$WORK/image.png"
bad_input "missing file" "$WORK/missing.txt"
bad_input "directory" "$WORK"
bad_input "empty file" "$WORK/empty.txt" empty
bad_input "invalid UTF-8" "$WORK/invalid.txt" "byte offset"
bad_input "random bytes" "$WORK/junk.bin"
bad_input "binary file" "$WORK/image.png" binary

# Line filters: one output line per input line, even for empty lines.
printf '银行\n\n2026年3月9日\n' >"$WORK/lines.txt"
for cmd in normalize pinyin braille; do
  "$TINGBAO" "$cmd" <"$WORK/lines.txt" >"$WORK/out" 2>"$WORK/err"
  check "$cmd exits 0" test $? -eq 0
  check "$cmd: one output line per input line" test "$(wc -l <"$WORK/out")" -eq 3
done
printf 'ok\n\xff\xfe\n' | "$TINGBAO" pinyin >/dev/null 2>"$WORK/err"
check "pinyin refuses invalid UTF-8 with status 2" test $? -eq 2
check "pinyin names the line" grep -q "stdin:2" "$WORK/err"

# Braille: an unknown page preset is bad usage; characters with no braille get the placeholder and
# a warning naming the line, never garbage or silence.
printf '# 标题\n\n正文。\n' >"$WORK/one.md"
"$TINGBAO" render "$WORK/one.md" --out "$WORK/lib-bad" --no-audio --braille-page nope 2>"$WORK/err"
check "render --braille-page nope exits 2" test $? -eq 2
check "and names the known presets" grep -q "a4" "$WORK/err"
printf '😀※★①𪛖\n' | "$TINGBAO" braille >"$WORK/out" 2>"$WORK/err"
check "braille of unknown characters exits 0" test $? -eq 0
check "five placeholders" test "$(grep -o '⠿⠿' "$WORK/out" | wc -l)" -eq 5
check "five warnings naming line 1" test "$(grep -c 'line 1' "$WORK/err")" -eq 5

# The documented configuration file is accepted as it ships, and with every key uncommented.
conf="${TB_SOURCE_DIR:?}/config/tingbao.conf"
check "config/tingbao.conf is valid" "$TINGBAO" serve --check-config --config "$conf"
sed -E 's/^# ([a-z_]+ = )/\1/' "$conf" >"$WORK/all-keys.conf"
check "every documented key is known" "$TINGBAO" serve --check-config --config "$WORK/all-keys.conf"
printf '[speech]\nvolume = 3\n' >"$WORK/bad.conf"
"$TINGBAO" serve --check-config --config "$WORK/bad.conf" 2>"$WORK/err"
check "an unknown key is refused with status 2" test $? -eq 2
check "the refusal names file and line" grep -q "bad.conf:2:" "$WORK/err"

finish
