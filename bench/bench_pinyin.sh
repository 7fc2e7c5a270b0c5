#!/usr/bin/env bash
# Speed of `tingbao pinyin` against pinyin-pro (npm) on the same text in the same run, plus the
# lexicon's load time and resident size (bench_pinyin_load). See bench/README.md.
# usage: bench/bench_pinyin.sh BUILD_DIR [TEXT_FILE] [REPEAT]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: bench_pinyin.sh BUILD_DIR [TEXT_FILE] [REPEAT]}
src=${2:-}
repeat=${3:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
text=$work/text.txt
if [ -z "$src" ]; then
  cat "$here"/../tests/fixtures/*.txt > "$work/one.txt"
  src=$work/one.txt
fi
for _ in $(seq "$repeat"); do cat "$src"; done > "$text"
chars=$(python3 -c 'import sys; print(sum(len(l.rstrip("\n")) for l in open(sys.argv[1], encoding="utf-8")))' "$text")

# pinyin-pro lives outside the repository: install it once under $TB_NPM_DIR (default /tmp).
npm_dir=${TB_NPM_DIR:-/tmp/tingbao-bench-npm}
if [ ! -d "$npm_dir/node_modules/pinyin-pro" ]; then
  mkdir -p "$npm_dir"
  (cd "$npm_dir" && npm init -y >/dev/null 2>&1 && npm install --silent pinyin-pro@3.29.4 >/dev/null 2>&1)
fi

# Best of three whole runs of the program (lexicon load and output included), wall and CPU.
tb_wall=1e9 tb_cpu=1e9
for _ in 1 2 3; do
  /usr/bin/env time -f '%e %U %S' -o "$work/time" "$build/tingbao" pinyin < "$text" > "$work/tb.out"
  read -r w u s < "$work/time"
  tb_wall=$(python3 -c "print(min($tb_wall, $w))")
  tb_cpu=$(python3 -c "print(min($tb_cpu, $u + $s))")
done
pp=$(NODE_PATH="$npm_dir/node_modules" node "$here/bench_pinyin_pro.js" "$text" 3)
pp_wall=$(echo "$pp" | sed -n 's/.*wall=\([0-9.]*\).*/\1/p')
pp_cpu=$(echo "$pp" | sed -n 's/.*cpu=\([0-9.]*\).*/\1/p')
python3 - "$chars" "$tb_wall" "$tb_cpu" "$pp_wall" "$pp_cpu" <<'PY'
import sys
chars = int(sys.argv[1])
tbw, tbc, ppw, ppc = map(float, sys.argv[2:6])
print(f'text: {chars} characters, best of 3 runs each')
print(f'tingbao pinyin (whole process, lexicon load included): wall {tbw:.3f} s '
      f'({chars / tbw:,.0f} chars/s), cpu {tbc:.3f} s ({chars / tbc:,.0f} chars/s)')
print(f'pinyin-pro 3.29.4 (in-process, dictionary preloaded):  wall {ppw:.3f} s '
      f'({chars / ppw:,.0f} chars/s), cpu {ppc:.3f} s ({chars / ppc:,.0f} chars/s)')
print(f'ratio tingbao / pinyin-pro: {ppc / tbc:.2f}x by CPU time, {ppw / tbw:.2f}x by wall time')
PY
if [ -x "$build/bench/bench_pinyin_load" ]; then
  "$build/bench/bench_pinyin_load" "$build/tingbao-lexicon.bin" "$text"
fi
