#!/usr/bin/env bash
# JSON issues in a newsroom's own schema (WordPress REST, JSON Feed, a Chinese CMS export, an app
# API with pinyin keys): `tingbao parse` finds every story and maps its fields as the hand-made
# truth next to each export says; a JSON file with no story keeps the clear one-line error.
. "$(dirname "$0")/lib.sh"
MAKERS="$(cd "$(dirname "$0")/../layout/json-makers" && pwd)"

args=()
for truth in "$MAKERS"/*.truth.json; do
  args+=("${truth%.truth.json}.json" "$truth")
done
check "foreign JSON schemas read as their truth says" \
  python3 "$MAKERS/check_fields.py" "$TINGBAO" "${args[@]}"

for export in "${args[@]}"; do
  case $export in *.truth.json) continue ;; esac
  name=$(basename "$export" .json)
  "$TINGBAO" parse "$export" >"$WORK/$name.json" 2>"$WORK/err"
  check "$name: parsed" test $? -eq 0
  "$TINGBAO" parse "$WORK/$name.json" >"$WORK/$name.again.json" 2>"$WORK/err"
  check "$name: our JSON of it round-trips" \
    python3 -c 'import json,sys; a,b=(json.load(open(p))["articles"] for p in sys.argv[1:]); sys.exit(a!=b)' \
    "$WORK/$name.json" "$WORK/$name.again.json"
done

printf '{"code":0,"data":{"list":[{"id":1,"views":3}]}}\n' >"$WORK/nostory.json"
"$TINGBAO" parse "$WORK/nostory.json" >/dev/null 2>"$WORK/err"
check "JSON with no story exits 2" test $? -eq 2
check "JSON with no story: one line naming the file" \
  bash -c '[ "$(wc -l <"$1")" -eq 1 ] && grep -q "nostory.json" "$1"' _ "$WORK/err"
finish
