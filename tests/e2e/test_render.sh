#!/usr/bin/env bash
# Renders a real fixture issue and checks the library for real; bad input writes nothing.
source "$(dirname "$0")/lib.sh"
here=$(cd "$(dirname "$0")" && pwd)
issue="$FIXTURES/xindongcheng-2026-03-10.txt"

"$TINGBAO" render "$issue" --out "$WORK/lib" --profile web,radio >"$WORK/out" 2>"$WORK/err"
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

  # The whole-issue broadcast WAV has a cue point named by its headline at every article's start
  # (ffprobe reads RIFF cue/labl as chapters), where issue.json says the article starts.
  check "issue.wav cue points at the articles of issue.json" python3 - "$dirs" <<'PY'
import json, subprocess, sys
issue_dir = sys.argv[1]
manifest = json.load(open(f"{issue_dir}/issue.json", encoding="utf-8"))
wav = f"{issue_dir}/audio/issue.wav"
probe = json.loads(subprocess.run(["ffprobe", "-v", "error", "-show_chapters", "-show_streams",
                                   "-of", "json", wav], capture_output=True, text=True,
                                  check=True).stdout)
rate = int(probe["streams"][0]["sample_rate"])
chapters = probe["chapters"]
articles = [a for a in manifest["articles"] if a.get("audio")]
ok = len(chapters) == len(articles) == len(manifest["articles"]) and rate == 48000
for chapter, a in zip(chapters, articles):
    num, den = map(int, chapter["time_base"].split("/"))
    at = chapter["start"] * num * rate / den
    want = a["audio"]["issue_start"] * rate / a["audio"]["sample_rate"]
    ok &= abs(at - want) <= 1 and chapter["tags"]["title"] == (a["headline"] or a["id"])
starts = [a["audio"]["issue_start"] for a in articles]
ok &= starts == sorted(starts) and starts[0] == 0 and len(set(starts)) == len(starts)
data = open(wav, "rb").read(8)
ok &= int.from_bytes(data[4:8], "little") + 8 == __import__("os").path.getsize(wav)
sys.exit(0 if ok else 1)
PY

  # The whole issue's loudness comes from its articles' measurements: ffmpeg's meter must agree.
  for file_target in "issue.wav -23" "issue.mp3 -16"; do
    read -r name target <<<"$file_target"
    ffmpeg -nostats -hide_banner -i "$dirs/audio/$name" -af ebur128=peak=true:dualmono=true \
      -f null - 2>&1 | sed -n '/Summary:/,$p' >"$WORK/loudness"
    lufs=$(awk '$1 == "I:" {print $2}' "$WORK/loudness")
    peak=$(awk '$1 == "Peak:" {print $2}' "$WORK/loudness")
    check "$name at $target LUFS ±0.5 (ffmpeg: $lufs) and true peak ≤ −1 dBTP (ffmpeg: $peak)" \
      awk -v l="$lufs" -v p="$peak" -v t="$target" \
      'BEGIN { exit !(l != "" && p != "" && l - t <= 0.5 && t - l <= 0.5 && p <= -1) }'
  done

  # The web profile's issue files are the articles' MP3 frames and Opus packets joined: they
  # decode without an error, have a chapter per article (on an MP3 frame: within half of one,
  # 12 ms; Opus within 2.5 ms packets) where issue.json says it starts, titled by its headline,
  # last as long as the articles and the pauses between them, and sit at −16 LUFS.
  for ext in mp3 opus; do
    issue_file="$dirs/audio/issue.$ext"
    errors=$(ffmpeg -v error -nostdin -i "$issue_file" -f null - 2>&1 | head -c 300)
    check "issue.$ext decodes without errors ($errors)" test -z "$errors"
    check "issue.$ext chapters and length follow issue.json" python3 - "$dirs" "$ext" <<'PY'
import json, subprocess, sys
issue_dir, ext = sys.argv[1], sys.argv[2]
manifest = json.load(open(f"{issue_dir}/issue.json", encoding="utf-8"))
probe = json.loads(subprocess.run(["ffprobe", "-v", "error", "-show_chapters", "-show_format",
                                   "-of", "json", f"{issue_dir}/audio/issue.{ext}"],
                                  capture_output=True, text=True, check=True).stdout)
articles = [a for a in manifest["articles"] if a.get("audio")]
chapters = probe["chapters"]
slack = {"mp3": 0.0125, "opus": 0.002}[ext]
ok = len(chapters) == len(articles) > 0
for chapter, a in zip(chapters, articles):
    want = a["audio"]["issue_start"] / a["audio"]["sample_rate"]
    ok &= abs(float(chapter["start_time"]) - want) <= slack
    ok &= chapter["tags"]["title"] == (a["headline"] or a["id"])
last = articles[-1]["audio"]
end = last["issue_start"] / last["sample_rate"] + last["duration"]
# ffprobe counts an MP3's frames whole (encoder delay and padding in): up to two frames more
ok &= abs(float(probe["format"]["duration"]) - end) <= (0.05 if ext == "mp3" else 0.01)
sys.exit(0 if ok else 1)
PY
  done
  ffmpeg -nostats -hide_banner -i "$dirs/audio/issue.opus" -af ebur128=peak=true:dualmono=true \
    -f null - 2>&1 | sed -n '/Summary:/,$p' >"$WORK/loudness"
  lufs=$(awk '$1 == "I:" {print $2}' "$WORK/loudness")
  peak=$(awk '$1 == "Peak:" {print $2}' "$WORK/loudness")
  check "issue.opus at -16 LUFS ±0.5 (ffmpeg: $lufs) and true peak ≤ −1 dBTP (ffmpeg: $peak)" \
    awk -v l="$lufs" -v p="$peak" 'BEGIN { exit !(l != "" && p != "" && l + 16 <= 0.5 && -16 - l <= 0.5 && p <= -1) }'

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
