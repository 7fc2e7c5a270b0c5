"""Helpers for holdout4: wrapping, line recording, truth writing, in-order check."""
import json, re, sys, unicodedata, html

CLOSE = set('，。、；：？！”’）》」』…—,.;:?!)%')
OPEN = set('“‘（《「『(')

def _w(c):
    return 0.5 if ord(c) < 0x2000 else 1.0

def wrap(text, width):
    """Hard-wrap at ~width em; ASCII runs not split; no line starts with closing punct."""
    toks = re.findall(r'[A-Za-z0-9.:%\-]+|.', text)
    lines, cur, cw = [], '', 0.0
    for t in toks:
        tw = sum(_w(c) for c in t)
        if cw + tw > width and cur:
            if t[0] in CLOSE:          # pull closing punct onto this line
                cur += t; cw += tw; continue
            if cur[-1] in OPEN:        # push opening punct to next line
                lines.append(cur[:-1]); cur = cur[-1] + t; cw = 1 + tw; continue
            lines.append(cur); cur, cw = t, tw
        else:
            cur += t; cw += tw
    if cur: lines.append(cur)
    return lines

class Src:
    def __init__(self):
        self.lines = []; self.rec = {}
    def add(self, lines, tag=None):
        if isinstance(lines, str): lines = [lines]
        start = len(self.lines) + 1
        self.lines.extend(lines)
        if tag:
            self.rec.setdefault(tag, []).append((start, len(self.lines)))
        return start
    def blank(self, n=1):
        self.lines.extend([''] * n)
    def span(self, tag):
        return ', '.join(f'{a}' if a == b else f'{a}-{b}' for a, b in self.rec.get(tag, []))
    def text(self):
        return '\n'.join(self.lines) + '\n'

def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'\s+', '', s)

def make_article(kind, headline, text, subheadlines=(), byline=None, continued=False,
                 captions=(), notes='', source_lines='', crossheads=None, editor_note=None, column=None):
    j = ''.join(text)
    a = {"kind": kind, "headline": headline, "subheadlines": list(subheadlines), "byline": byline,
         "body_first": j[:15], "body_last": j[-15:], "paragraphs": len(text), "continued": continued,
         "captions": list(captions), "notes": notes}
    if crossheads: a["crossheads"] = list(crossheads)
    if editor_note: a["notes"] += f" Editor's note: {editor_note}"
    if column: a["notes"] += f" Column (栏目): {column}."
    a["source_lines"] = source_lines
    a["text"] = list(text)
    return a

def check(truth, src_stream):
    """Each truth paragraph's characters appear in the source in order (subsequence, after NFKC and
    white-space removal), and the paragraphs of an article in increasing order. Exit 1 on failure."""
    s = norm(src_stream)
    bad = 0
    for a in truth["articles"]:
        pos = 0
        for i, p in enumerate(a["text"]):
            q = norm(p); k = pos; start = None
            for c in q:
                k = s.find(c, k)
                if k < 0: break
                if start is None: start = k
                k += 1
            if k < 0:
                print(f'FAIL {a["headline"]} para {i+1}: not in source in order'); bad += 1
                break
            # also require the paragraph's first 6 chars to occur contiguously (catches loose matches)
            if s.find(q[:6], pos) < 0:
                print(f'FAIL {a["headline"]} para {i+1}: start {q[:6]!r} not contiguous'); bad += 1
            pos = start
        for h in [a["headline"]] + a["subheadlines"] + a["captions"]:
            if any(norm(h)[x:x+4] not in s for x in range(0, max(1, len(norm(h)) - 4), 4)):
                print(f'FAIL {a["headline"]}: headline/sub/caption piece missing: {h[:20]}'); bad += 1
    if bad:
        sys.exit(1)
    print('check ok:', truth["source"], len(truth["articles"]), 'articles')

def write(path, obj):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write('\n')
