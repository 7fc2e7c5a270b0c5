"""Helpers for holdout9 (adapted from holdout5's h5lib): wrapping, line recording, truth writing, check."""
import html as _html
import json, re, sys, unicodedata
CLOSE = set('，。、；：？！”’）》」』】…—·,.;:?!)')
OPEN = set('“‘（《「『【(')
def w(ch): return 0.5 if ord(ch) < 128 else 1.0
def wrap(text, width):
    toks = re.findall(r'[A-Za-z0-9.:%\-/]+|.', text)
    lines, cur, cw = [], '', 0.0
    for t in toks:
        tw = sum(w(c) for c in t)
        if cw + tw > width and cur:
            # no line starts with closing punctuation: pull it onto current line
            if t[0] in CLOSE:
                cur += t; cw += tw; continue
            # no line ends with opening punctuation
            carry = ''
            while cur and cur[-1] in OPEN:
                carry = cur[-1] + carry; cur = cur[:-1]
            lines.append(cur); cur = carry + t; cw = sum(w(c) for c in cur)
        else:
            cur += t; cw += tw
    if cur: lines.append(cur)
    return [l.strip(' ') for l in lines]   # an extractor never starts or ends a line with a space
class Doc:
    def __init__(self): self.lines = []; self.tags = {}
    def add(self, line, aid=None, part=None):
        self.lines.append(line)
        if aid is not None:
            self.tags.setdefault(aid, []).append((part, len(self.lines)))
        return len(self.lines)
    def blank(self, n=1):
        for _ in range(n): self.lines.append('')
    def text(self): return '\n'.join(self.lines) + '\n'
def spans(nums):
    nums = sorted(nums); out = []; s = p = None
    for n in nums:
        if s is None: s = p = n
        elif n <= p + 2: p = n
        else: out.append((s, p)); s = p = n
    if s is not None: out.append((s, p))
    return ', '.join(f'{a}' if a == b else f'{a}-{b}' for a, b in out)
def source_lines(doc, aid):
    parts = {}
    for part, n in doc.tags.get(aid, []):
        parts.setdefault(part, []).append(n)
    return ', '.join(f'{k} {spans(v)}' for k, v in parts.items())
def norm(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))
def article_json(doc, aid, a):
    joined = ''.join(a['text'])
    out = dict(kind=a['kind'], headline=a['headline'], subheadlines=a.get('subheadlines', []),
               byline=a.get('byline'), body_first=joined[:15], body_last=joined[-15:],
               paragraphs=len(a['text']), continued=a.get('continued', False),
               captions=a.get('captions', []), notes=a['notes'])
    if a.get('crossheads'): out['crossheads'] = a['crossheads']
    if a.get('editor_note'): out['editor_note'] = dict(paragraphs=len(a['editor_note']), text=a['editor_note'])
    out['source_lines'] = source_lines(doc, aid)
    out['text'] = a['text']
    return out
def write_truth(path, src_name, pub, date, issue_no, notes, not_articles, doc, arts):
    d = dict(source=src_name, publication=pub, date=date, issue_no=issue_no,
             articles=[article_json(doc, i, a) for i, a in enumerate(arts)],
             not_articles=not_articles, notes=notes)
    json.dump(d, open(path, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
def check(src_path, truth_path):
    raw = open(src_path, encoding='utf-8').read()
    if src_path.endswith('.html'):
        raw = re.sub(r'(?s)<(script|style)[^>]*>.*?</\1>', '', raw)
        raw = _html.unescape(re.sub(r'<[^>]+>', '', raw))
    src = norm(raw)
    d = json.load(open(truth_path, encoding='utf-8'))
    bad = 0; pos = 0
    for a in d['articles']:
        # headline / subheadlines / captions pieces present contiguously (spaces removed)
        for piece in [a['headline']] + a['subheadlines'] + a['captions'] + a.get('crossheads', []):
            if norm(piece) not in src:
                print('MISSING piece:', a['headline'], '|', piece); bad += 1
        p = 0
        for para in a['text']:
            t = norm(para)
            start = src.find(t[:20], p)
            if start < 0 and 'interleav' in a['notes']:
                start = src.find(t[:8], p)   # interleaved lines: only the first line is contiguous
            if start < 0:
                print('para start not found:', a['headline'], t[:20]); bad += 1; continue
            q = start; slack = 0
            for ch in t:
                k = src.find(ch, q)
                if k < 0:
                    print('para chars out of order:', a['headline'], t[:20]); bad += 1; break
                slack += k - q; q = k + 1
            if slack > 0: print(f'  slack {slack}: {a["headline"]} / {t[:12]}')
            p = q
    for x in d['not_articles']:
        if norm(x) not in src: print('not_article missing:', x); bad += 1
    print(truth_path, 'OK' if not bad else f'{bad} PROBLEMS')
    return bad == 0
if __name__ == '__main__':
    ok = all(check(sys.argv[i], sys.argv[i+1]) for i in range(1, len(sys.argv), 2))
    sys.exit(0 if ok else 1)
