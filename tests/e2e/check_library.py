#!/usr/bin/env python3
"""Checks one rendered issue folder: manifest fields, audio, marks, braille, checksums.

usage: check_library.py ISSUE_DIR CELLS_PER_LINE LINES_PER_PAGE
Prints one line per failed check and exits 1 if any failed.
"""
import hashlib, json, os, subprocess, sys

issue_dir, cells, lines = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
failures = []

def fail(msg):
    failures.append(msg)

manifest = json.load(open(os.path.join(issue_dir, "issue.json"), encoding="utf-8"))
for key in ("publication", "date", "issue_no", "articles", "files"):
    if key not in manifest:
        fail(f"issue.json lacks {key}")
articles = manifest.get("articles", [])
if not articles:
    fail("no articles in issue.json")
for a in articles:
    for key in ("id", "kind", "headline", "subheadlines", "byline", "paragraphs", "crossheads",
                "captions", "editor_note", "continued"):
        if key not in a:
            fail(f"article {a.get('id')} lacks {key}")

def probe(path):
    """Duration and sample rate as ffprobe decodes them (an independent reader)."""
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries",
                          "stream=sample_rate:format=duration", "-of", "json", path],
                         capture_output=True, text=True, check=True).stdout
    info = json.loads(out)
    return float(info["format"]["duration"]), int(info["streams"][0]["sample_rate"])

for a in articles:
    audio = a.get("audio")
    if audio is None:
        fail(f"article {a['id']} has no audio")
        continue
    if not audio.get("files"):
        fail(f"article {a['id']}: no audio files")
    for name in audio.get("files", []):
        path = os.path.join(issue_dir, name)
        try:
            seconds, rate = probe(path)
        except (subprocess.CalledProcessError, ValueError, KeyError, IndexError) as e:
            fail(f"{path} does not decode: {e}")
            continue
        if rate not in (22050, 44100, 48000):
            fail(f"{path}: unexpected sample rate {rate}")
        # Encoders pad a little (MP3 frames, Opus pre-skip); more than that is a broken file.
        if abs(seconds - audio["duration"]) > 0.2:
            fail(f"{path}: {seconds:.2f} s but manifest says {audio['duration']:.2f}")
    seconds = audio["duration"]
    text = "".join([a.get("headline") or ""] + a.get("subheadlines", []) + a.get("paragraphs", []))
    chars = sum(1 for c in text if not c.isspace())
    # Mandarin news is read at roughly 3-7 characters a second; anything far outside is broken.
    if chars > 20 and not (1.5 <= chars / seconds <= 12):
        fail(f"article {a['id']}: {chars} characters in {seconds:.1f} s is not speech of this text")
    marks = audio.get("marks", [])
    if not marks:
        fail(f"article {a['id']}: no sentence marks")
    samples = [m["sample"] for m in marks]
    if samples != sorted(samples) or len(set(samples)) != len(samples):
        fail(f"article {a['id']}: marks do not rise")
    if samples and samples[-1] >= seconds * audio["sample_rate"]:
        fail(f"article {a['id']}: a mark falls after the end of the audio")

for name in ("issue.txt", "issue.brf"):
    if not os.path.exists(os.path.join(issue_dir, "braille", name)):
        fail(f"braille/{name} missing")
txt = open(os.path.join(issue_dir, "braille", "issue.txt"), encoding="utf-8").read()
pages = txt.split("\f")
for n, page in enumerate(pages, 1):
    page_lines = page.strip("\n").split("\n") if page.strip("\n") else []
    if len(page_lines) > lines:
        fail(f"issue.txt page {n} has {len(page_lines)} lines > {lines}")
    for line in page_lines:
        if len(line) > cells:
            fail(f"issue.txt page {n}: line of {len(line)} cells > {cells}")
        bad = [c for c in line if not ("\u2800" <= c <= "\u28ff")]
        if bad:
            fail(f"issue.txt page {n}: non-braille characters {bad[:5]!r}")
            break
brf = open(os.path.join(issue_dir, "braille", "issue.brf"), "rb").read()
for n, page in enumerate(brf.split(b"\f"), 1):
    if page and not page.endswith(b"\r\n"):
        fail(f"issue.brf page {n} does not end with CRLF")
    for line in page.split(b"\r\n"):
        if len(line) > cells:
            fail(f"issue.brf page {n}: line of {len(line)} > {cells}")
        if any(b < 0x20 or b > 0x5F for b in line):
            fail(f"issue.brf page {n}: byte outside BRF ASCII in {line[:20]!r}")
            break
if b"\n" in brf.replace(b"\r\n", b""):
    fail("issue.brf has a bare LF")

# PEF must validate against the PEF 2008-1 schema (xmllint, independent of the writer).
schema = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "braille",
                      "pef-2008-1.rng")
pef = os.path.join(issue_dir, "braille", "issue.pef")
r = subprocess.run(["xmllint", "--noout", "--relaxng", schema, pef], capture_output=True, text=True)
if r.returncode != 0:
    fail(f"issue.pef does not validate: {r.stderr.strip()[:300]}")

listed = set()
for f in manifest.get("files", []):
    path = os.path.join(issue_dir, f["path"])
    listed.add(f["path"])
    data = open(path, "rb").read()
    if hashlib.sha256(data).hexdigest() != f["sha256"] or len(data) != f["bytes"]:
        fail(f"{f['path']}: checksum or size differs from issue.json")
for a in articles:
    for name in (a.get("audio") or {}).get("files", []):
        if name not in listed:
            fail(f"{name} not listed in files")
for root, _, names in os.walk(issue_dir):
    for name in names:
        if ".tmp-" in name:
            fail(f"temporary file left: {os.path.join(root, name)}")

for a in articles:
    b = a.get("braille")
    if not b:
        fail(f"article {a['id']} has no braille entry")
    elif b["file"] not in listed or not (1 <= b["page"] <= len(pages)):
        fail(f"article {a['id']}: braille {b} not listed or page out of range")

for msg in failures:
    print(msg)
sys.exit(1 if failures else 0)
