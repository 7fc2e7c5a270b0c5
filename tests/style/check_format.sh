#!/usr/bin/env bash
# Every C file of the project is formatted as .clang-format says.
set -u
cd "${1:?usage: check_format.sh SOURCE_DIR}"
mapfile -t files < <(git ls-files 'src/*.c' 'src/*.h' 'tests/*.c' 'bench/*.c' 2>/dev/null ||
                     find src tests bench -name '*.[ch]')
bad=0
for f in "${files[@]}"; do
  if ! clang-format --dry-run -Werror "$f" >/dev/null 2>&1; then
    echo "not formatted: $f (run: clang-format -i $f)"
    bad=$((bad + 1))
  fi
done
echo "$(( ${#files[@]} - bad )) passed, $bad failed"
[ "$bad" -eq 0 ]
