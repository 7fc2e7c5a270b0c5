#!/usr/bin/env bash
# `tingbao parse` on every fixture issue prints the documented JSON and a readable outline.
source "$(dirname "$0")/lib.sh"

for issue in "$FIXTURES"/*.txt; do
  name=$(basename "$issue")
  "$TINGBAO" parse "$issue" --format json >"$WORK/issue.json" 2>"$WORK/err"
  check "$name: parse exits 0 ($(head -c 200 "$WORK/err"))" test $? -eq 0
  check "$name: JSON has the documented fields" python3 - "$WORK/issue.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
assert all(k in d for k in ("publication", "date", "issue_no", "articles"))
assert len(d["articles"]) >= 3
kinds = {"news", "photo", "feature", "opinion", "list", "notice"}
for a in d["articles"]:
    assert all(k in a for k in ("id", "kind", "headline", "subheadlines", "byline", "paragraphs",
                                "crossheads", "captions", "editor_note", "continued")), a.get("id")
    assert a["kind"] in kinds
    assert isinstance(a["paragraphs"], list) and isinstance(a["continued"], bool)
PY
  "$TINGBAO" parse "$issue" --format text >"$WORK/outline" 2>/dev/null
  check "$name: outline numbers the articles" grep -q '^ 1\. \[' "$WORK/outline"
  # JSON output read back as input gives the same articles.
  cp "$WORK/issue.json" "$WORK/again.json"
  "$TINGBAO" parse "$WORK/again.json" >"$WORK/round.json" 2>"$WORK/err"
  check "$name: JSON round-trips through parse" python3 - "$WORK/issue.json" "$WORK/round.json" <<'PY'
import json, sys
a, b = (json.load(open(p, encoding="utf-8"))["articles"] for p in sys.argv[1:3])
strip = lambda xs: [{k: v for k, v in x.items() if k not in ("source_lines",)} for x in xs]
sys.exit(0 if strip(a) == strip(b) else 1)
PY
done

finish
