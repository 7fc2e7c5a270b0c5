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

# Whole runs of the program (lexicon load and output included), wall and CPU time; CPU time is
# the kernel's account of the child (getrusage), to the microsecond. Half the runs come before
# pinyin-pro's and half after, so that both sides meet the same load on a shared machine; each
# side keeps its best.
tb_runs() {
  python3 - "$build/tingbao" "$text" "$work/tb.out" "$1" <<'PY'
import resource, subprocess, sys, time
exe, text, out, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
wall = cpu = float('inf')
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with open(text, 'rb') as src, open(out, 'wb') as dst:
        subprocess.run([exe, 'pinyin'], stdin=src, stdout=dst, check=True)
    wall = min(wall, time.perf_counter() - t0)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = min(cpu, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
print(wall, cpu)
PY
}
first=$(tb_runs 3)
pp=$(NODE_PATH="$npm_dir/node_modules" node "$here/bench_pinyin_pro.js" "$text" 3)
second=$(tb_runs 3)
read -r tb_wall tb_cpu <<< "$first"
read -r w c <<< "$second"
tb_wall=$(python3 -c "print(min($tb_wall, $w))")
tb_cpu=$(python3 -c "print(min($tb_cpu, $c))")
pp_wall=$(echo "$pp" | sed -n 's/.*wall=\([0-9.]*\).*/\1/p')
pp_cpu=$(echo "$pp" | sed -n 's/.*cpu=\([0-9.]*\).*/\1/p')
python3 - "$chars" "$tb_wall" "$tb_cpu" "$pp_wall" "$pp_cpu" <<'PY'
import sys
chars = int(sys.argv[1])
tbw, tbc, ppw, ppc = map(float, sys.argv[2:6])
print(f'text: {chars} characters, best of 6 runs of tingbao and 3 of pinyin-pro')
print(f'tingbao pinyin (whole process, lexicon load included): wall {tbw:.3f} s '
      f'({chars / tbw:,.0f} chars/s), cpu {tbc:.3f} s ({chars / tbc:,.0f} chars/s)')
print(f'pinyin-pro 3.29.4 (in-process, dictionary preloaded):  wall {ppw:.3f} s '
      f'({chars / ppw:,.0f} chars/s), cpu {ppc:.3f} s ({chars / ppc:,.0f} chars/s)')
print(f'ratio tingbao / pinyin-pro: {ppc / tbc:.2f}x by CPU time, {ppw / tbw:.2f}x by wall time')
PY
if [ -x "$build/bench/bench_pinyin_load" ]; then
  load=$("$build/bench/bench_pinyin_load" "$build/tingbao-lexicon.bin" "$text")
  echo "$load"
  # Both sides in-process, without start-up or dictionary load: what the analysis itself costs.
  in_cpu=$(echo "$load" | sed -n 's/^in-process.* cpu \([0-9.]*\) s.*/\1/p')
  if [ -n "$in_cpu" ]; then
    python3 -c "print(f'ratio in-process (neither start-up nor dictionary load): {$pp_cpu / $in_cpu:.2f}x by CPU time')"
  fi
fi
