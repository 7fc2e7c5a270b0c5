"""Helpers for holdout13 (modelled on holdout12's h12lib): wrapping, line recording, column cutting,
truth writing, and check()."""
import json, re, sys, unicodedata
CLOSE = set('，。、；：？！”’）》」』】…—·,.;:?!)')
OPEN = set('“‘（《「『【(')
def w(ch): return 0.5 if ord(ch) < 128 else 1.0
def wrap(text, width, first=None):
    """Hard-wrap like a PDF column: ASCII is half an em, closing punctuation hangs, opening punctuation never
    ends a line, number/Latin runs are not split. `first` = width of the first line (indent)."""
    toks = re.findall(r'[A-Za-z0-9.:%\-/]+|.', text)
    lines, cur, cw = [], '', 0.0
    lim = first if first is not None else width
    for t in toks:
        tw = sum(w(c) for c in t)
        if cw + tw > lim and cur:
            if t[0] in CLOSE:
                cur += t; cw += tw; continue
            carry = ''
            while cur and cur[-1] in OPEN:
                carry = cur[-1] + carry; cur = cur[:-1]
            lines.append(cur); cur = carry + t; cw = sum(w(c) for c in cur); lim = width
        else:
            cur += t; cw += tw
    if cur: lines.append(cur)
    return [l.strip(' ') for l in lines]
class Doc:
    def __init__(self): self.lines = []; self.tags = {}
    def add(self, line, aid=None, part=None):
        self.lines.append(line)
        if aid is not None:
            self.tags.setdefault(aid, []).append((part, len(self.lines)))
        return len(self.lines)
    def blank(self, n=1):
        for _ in range(n): self.lines.append('')
    def text(self, eol='\n'): return eol.join(self.lines) + eol
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
def norm(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))
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
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=1); f.write('\n')
def visible(raw, md=False):
    """Reduce a source to its visible text: jump markers (full- or half-width brackets) are removed; for .md,
    converter markup (headings, page separators, images, bold/italic) is removed."""
    raw = re.sub(r'[（(][下上]?[转接]第?[A-Z一二三四五六七八0-9]{1,3}版[）)]', '', raw)
    if md:
        raw = re.sub(r'!\[[^\]]*\]\([^)]*\)', '', raw)
        raw = re.sub(r'(?m)^#{1,6}\s*', '', raw)
        raw = re.sub(r'(?m)^-{3,}\s*$', '', raw)
        raw = re.sub(r'(?m)^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$', '', raw)
        raw = raw.replace('|', '')
        raw = raw.replace('**', '').replace('<br>', '')
        raw = re.sub(r'(?<![A-Za-z0-9*])\*([^*\n]+)\*', r'\1', raw)
    return raw
LEAD = re.compile(r'^(本报讯|本报)?(\([^)]{0,40}\))?')
def check(src_path, truth_path):
    raw = open(src_path, encoding='utf-8').read()
    src = norm(visible(raw, src_path.endswith('.md')))
    d = json.load(open(truth_path, encoding='utf-8'))
    bad = 0; keys = set()
    for a in d['articles']:
        for piece in [a['headline']] + a['subheadlines'] + a['captions'] + a.get('crossheads', []):
            if norm(piece) not in src:
                print('MISSING piece:', a['headline'], '|', piece); bad += 1
        if a['byline'] and norm(a['byline']) not in src:
            print('MISSING byline:', a['headline'], '|', a['byline']); bad += 1
        if a['paragraphs'] != len(a['text']): print('count mismatch', a['headline']); bad += 1
        body = norm(''.join(a['text']))
        key = (LEAD.sub('', body, count=1)[:10], body[-10:])
        if key in keys: print('duplicate scorer key', key); bad += 1
        keys.add(key)
        p = 0
        for para in a['text']:
            t = norm(para)
            n0 = 8 if 'interleav' in a['notes'].lower() else 20
            start = src.find(t[:n0], p)
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
        if norm(x) not in src and norm(x) not in norm(raw): print('not_article missing:', x); bad += 1
    print(truth_path, 'OK' if not bad else f'{bad} PROBLEMS')
    return bad == 0

def flow(doc, aid, paras, width, breaks=(), inserts=None, noblank=(), part='body', first_widths=None,
         indent='', blanks=True):
    """Lay out paragraphs as wrapped lines (width None = one line per paragraph).
    breaks: {(pi, li)} -> blank line after wrapped line li of paragraph pi (column break mid-paragraph);
    inserts: {(pi, li): [item, ...]} -> lines after that line; item '' = blank, (text, part) = a tagged line
             of this article, (text, None) = an untagged (furniture) line;
    noblank: paragraph indexes printed with no blank line before them; blanks=False: none at all;
    indent: prefix of each paragraph's first line (e.g. two full-width spaces)."""
    inserts = inserts or {}
    for pi, p in enumerate(paras):
        if width is None:
            lines = [p]
        else:
            fw = (first_widths or {}).get(pi)
            if indent and fw is None: fw = width - len(indent)
            lines = wrap(p, width, fw)
        lines[0] = indent + lines[0]
        n = len(lines)
        if blanks and pi > 0 and pi not in noblank: doc.blank()
        for li, l in enumerate(lines):
            doc.add(l, aid, part)
            for key in ((pi, li), (pi, li - n)):
                if key in breaks: doc.blank()
                for it in inserts.get(key, []):
                    if it == '': doc.blank()
                    else: doc.add(it[0], aid if it[1] else None, it[1])

def split_at(text, marker):
    """Split one paragraph after `marker` (for mid-sentence column breaks in one-line-per-paragraph text)."""
    i = text.index(marker) + len(marker)
    return text[:i], text[i:]

def stream(paras, width, breaks=(), noblank=(), first_widths=None):
    """Like flow() but returns the lines ('' = blank) so a caller can cut the stream into columns."""
    out = []
    for pi, p in enumerate(paras):
        lines = wrap(p, width, (first_widths or {}).get(pi))
        n = len(lines)
        if pi > 0 and pi not in noblank: out.append('')
        for li, l in enumerate(lines):
            out.append(l)
            if (pi, li) in breaks or (pi, li - n) in breaks: out.append('')
    return out
def emit(doc, aid, lines, part='body'):
    for l in lines:
        if l == '': doc.blank()
        else: doc.add(l, aid, part)
if __name__ == '__main__':
    ok = all(check(sys.argv[i], sys.argv[i+1]) for i in range(1, len(sys.argv), 2))
    sys.exit(0 if ok else 1)
