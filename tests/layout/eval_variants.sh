#!/usr/bin/env bash
# Scores `tingbao parse` on every generated or hand-written issue in tests/fixtures/layout with
# /work/shared/tools/segment_eval.py (or SEGMENT_EVAL); one line per issue, then the total.
# usage: tests/layout/eval_variants.sh path/to/tingbao [PATTERN]
set -u
exe=${1:?usage: eval_variants.sh path/to/tingbao [PATTERN]}
pat=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
dir=$here/../fixtures/layout
eval=${SEGMENT_EVAL:-/work/shared/tools/segment_eval.py}
args=()
for t in "$dir"/truth/*.json; do
  stem=$(basename "$t" .json)
  src=$(ls "$dir/$stem".* 2>/dev/null | head -1)
  [ -n "$src" ] || continue
  case "$stem" in *"$pat"*) args+=("$src" "$t") ;; esac
done
python3 "$eval" "$exe" "${args[@]}"
