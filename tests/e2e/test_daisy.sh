#!/usr/bin/env bash
# The DAISY 2.02 talking book in daisy/: the NCC lists a title and every article, each heading
# reaches its SMIL and back, the clips cover each audio file sentence by sentence up to the length
# ffprobe measures, the times add up, and issue.json vouches for every file. An archive-only render
# (FLAC, which DAISY players do not play) makes no book.
source "$(dirname "$0")/lib.sh"
command -v ffprobe >/dev/null || exit 77

cat >"$WORK/issue.md" <<'MD'
# 社区图书馆延长开放时间

本报讯 从下个月起，社区图书馆每天开放到晚上九点。居民可以凭身份证借书。

馆内新增了大字书和有声读物专区。

# 胡同里的微花园

本报讯 仓南胡同建成了一处微花园。居民在这里散步、聊天。
MD
"$TINGBAO" render "$WORK/issue.md" --out "$WORK/lib" --no-braille >"$WORK/log" 2>&1
check "render with the default (web) profile ($(tail -c 300 "$WORK/log"))" test $? -eq 0
issue_dir=$(dirname "$(find "$WORK/lib" -name issue.json | head -1)")
check "daisy/ncc.html is well-formed XML" xmllint --noout "$issue_dir/daisy/ncc.html"
for smil in "$issue_dir"/daisy/*.smil; do
  check "$(basename "$smil") is well-formed XML" xmllint --noout "$smil"
done

check "the book holds together" python3 - "$issue_dir" <<'PY'
import hashlib, json, os, re, subprocess, sys
import xml.etree.ElementTree as ET
issue_dir = sys.argv[1]
daisy = os.path.join(issue_dir, "daisy")
H = "{http://www.w3.org/1999/xhtml}"
ncc = ET.parse(os.path.join(daisy, "ncc.html")).getroot()
meta = {m.get("name"): m.get("content") for m in ncc.iter(H + "meta") if m.get("name")}
problems = []
def need(ok, what):
    if not ok: problems.append(what)
need(meta.get("dc:format") == "Daisy 2.02", "dc:format")
need(meta.get("ncc:multimediaType") == "audioNcc", "multimediaType")
for key in ("dc:title", "dc:identifier", "dc:language", "ncc:charset", "ncc:generator", "ncc:totalTime"):
    need(meta.get(key), key)
issue = json.load(open(os.path.join(issue_dir, "issue.json")))
heads = list(ncc.iter(H + "h1"))
need(len(heads) == len(issue["articles"]) + 1, "one heading per article plus the title")
need(heads[0].get("class") == "title", "first heading is the title")
need(int(meta["ncc:tocItems"]) == len(heads), "tocItems")
need(int(meta["ncc:files"]) == len(os.listdir(daisy)), f"ncc:files {meta['ncc:files']} vs {len(os.listdir(daisy))}")
def seconds(clock):
    h, m, s = clock.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)
def npt(v):
    return float(re.fullmatch(r"npt=([0-9.]+)s", v).group(1))
total = elapsed = 0.0
for i, h in enumerate(heads):
    a = h.find(H + "a")
    smil_name, frag = a.get("href").split("#")
    smil = ET.parse(os.path.join(daisy, smil_name)).getroot()
    target = [e for e in smil.iter() if e.get("id") == frag]
    need(len(target) == 1, f"{a.get('href')} resolves")
    text = smil.find(".//text")
    need(text.get("src") == "ncc.html#" + h.get("id"), f"{smil_name} points back to its heading")
    sm = {m.get("name"): m.get("content") for m in smil.iter("meta")}
    need(abs(seconds(sm["ncc:totalElapsedTime"]) - elapsed) <= 1, f"{smil_name} elapsed time")
    clips = smil.findall(".//audio")
    need(len(clips) >= 1, f"{smil_name} has clips")
    src = clips[0].get("src")
    path = os.path.join(daisy, src)
    need(all(c.get("src") == src for c in clips), f"{smil_name}: one audio file")
    dur = float(subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration",
                                "-of", "csv=p=0", path], capture_output=True, text=True).stdout)
    begins = [npt(c.get("clip-begin")) for c in clips]
    ends = [npt(c.get("clip-end")) for c in clips]
    need(begins[0] == 0, f"{smil_name} starts at 0")
    need(all(b < e for b, e in zip(begins, ends)), f"{smil_name}: clips not empty")
    need(all(ends[k] == begins[k + 1] for k in range(len(clips) - 1)), f"{smil_name}: clips contiguous")
    need(abs(ends[-1] - dur) < 0.15, f"{smil_name}: clips end at the audio's end ({ends[-1]} vs {dur})")
    if i > 0:
        marks = issue["articles"][i - 1]["audio"]["marks"]
        need(len(clips) == len(marks), f"{smil_name}: a clip per sentence")
    elapsed += ends[-1]
need(abs(seconds(meta["ncc:totalTime"]) - elapsed) <= 1, "totalTime")
files = {f["path"]: f["sha256"] for f in issue["files"]}
for name in os.listdir(daisy):
    rel = "daisy/" + name
    need(rel in files, f"{rel} in issue.json")
    if rel in files:
        need(hashlib.sha256(open(os.path.join(daisy, name), "rb").read()).hexdigest() == files[rel],
             f"{rel} checksum")
for p in problems:
    print("problem:", p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY

"$TINGBAO" render "$WORK/issue.md" --out "$WORK/archive" --no-braille --profile archive >/dev/null 2>&1
check "archive-only render succeeds" test $? -eq 0
check "and makes no DAISY book" test -z "$(find "$WORK/archive" -name daisy)"
finish
