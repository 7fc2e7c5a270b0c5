"""Helpers for holdout8: wrapping, line tagging, truth writing, check (adapted from holdout5's h5lib)."""
import html, json, re, sys, unicodedata
CLOSE = set('，。、；：？！”’）》」』】…—·,.;:?!)')
OPEN = set('“‘（《「『【(')
def w(ch): return 0.5 if ord(ch) < 128 else 1.0
def wrap(text, width):
    """Hard-wrap at `width` em: ASCII is half an em, closing punctuation hangs, no line ends with
    opening punctuation, numbers/Latin runs are not split."""
    toks = re.findall(r'[A-Za-z0-9.:%\-/]+|.', text)
    lines, cur, cw = [], '', 0.0
    for t in toks:
        tw = sum(w(c) for c in t)
        if cw + tw > width and cur:
            if t[0] in CLOSE:
                cur += t; cw += tw; continue
            carry = ''
            while cur and cur[-1] in OPEN:
                carry = cur[-1] + carry; cur = cur[:-1]
            lines.append(cur); cur = carry + t; cw = sum(w(c) for c in cur)
        else:
            cur += t; cw += tw
    if cur: lines.append(cur)
    return lines
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
def norm(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or '')).replace('⁃', '')
def article_json(doc, aid, a):
    joined = ''.join(a['text'])
    out = dict(kind=a['kind'], headline=a['headline'], subheadlines=a.get('subheadlines', []),
               byline=a.get('byline'), body_first=joined[:15], body_last=joined[-15:],
               paragraphs=len(a['text']), continued=a.get('continued', False),
               captions=a.get('captions', []), notes=a.get('notes', ''))
    if a.get('crossheads'): out['crossheads'] = a['crossheads']
    if a.get('editor_note'):
        en = a['editor_note']; j = ''.join(en)
        out['editor_note'] = dict(first=j[:15], last=j[-15:], paragraphs=len(en), text=en)
    out['source_lines'] = source_lines(doc, aid) if doc is not None else a.get('source_lines', '')
    out['text'] = a['text']
    return out
def write_truth(path, src_name, pub, date, issue_no, notes, not_articles, doc, arts):
    d = dict(source=src_name, publication=pub, date=date, issue_no=issue_no,
             articles=[article_json(doc, i, a) for i, a in enumerate(arts)],
             not_articles=not_articles, notes=notes)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=1); f.write('\n')

MD_MARK = re.compile(r'!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)|[#>*|]|^\s*[-:| ]{3,}\s*$', re.M)
def clean_source(raw, fmt):
    """What the check compares against: the visible text of the source."""
    if fmt == 'html':
        raw = re.sub(r'(?is)<(script|style)\b.*?</\1>', '', raw)
        raw = re.sub(r'(?s)<!--.*?-->', '', raw)
        raw = re.sub(r'<[^>]+>', '', raw)
        raw = html.unescape(raw)
    elif fmt == 'md':
        raw = MD_MARK.sub(lambda m: m.group(1) or '', raw)
    raw = re.sub(r'(?<=[A-Za-z])-\n(?=[A-Za-z])', '', raw)        # wrap hyphen
    raw = re.sub(r'[（(](下转|上接)第?\d+版[）)]', '', raw)
    return norm(raw)
def strip_lead(s): return re.sub(r'^(本报讯|本报)?(\([^)]{0,40}\))?', '', s, count=1)
def check(src_path, truth_path, fmt='txt'):
    src = clean_source(open(src_path, encoding='utf-8').read(), fmt)
    d = json.load(open(truth_path, encoding='utf-8'))
    bad = 0; keys = set()
    for a in d['articles']:
        pieces = [a['headline']] + a['subheadlines'] + a['captions'] + a.get('crossheads', [])
        if a.get('byline'): pieces.append(a['byline'])
        if a.get('editor_note'): pieces += a['editor_note']['text']
        for piece in pieces:
            if norm(piece).replace('*', '') not in src:
                print('MISSING piece:', a['headline'], '|', piece); bad += 1
        p = 0
        for para in a['text']:
            t = norm(para)
            start = src.find(t[:20], p)
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
        body = norm(''.join(a['text']))
        key = (strip_lead(body)[:10], body[-10:])
        if key in keys: print('duplicate scorer key', key); bad += 1
        keys.add(key)
        if a['paragraphs'] != len(a['text']): print('count mismatch', a['headline']); bad += 1
    for x in d['not_articles']:
        if norm(x) not in src: print('not_article missing:', x); bad += 1
    print(truth_path, 'OK' if not bad else f'{bad} PROBLEMS')
    return bad == 0
def fmt_of(path):
    return 'html' if path.endswith(('.html', '.htm')) else 'md' if path.endswith('.md') else 'txt'
if __name__ == '__main__':
    ok = all(check(sys.argv[i], sys.argv[i+1], fmt_of(sys.argv[i])) for i in range(1, len(sys.argv), 2))
    sys.exit(0 if ok else 1)
def hyph_wrap(t, width, word, ch):
    """Wrap `t` at about `width` so that `word` is broken at a line end with the wrap-hyphen `ch`
    (the line is filled up to the hyphen, as a justifying typesetter does)."""
    for wd in [width]:
        off = t.index(word); pre = wrap(t[:off], wd); last = pre[-1]
        room = wd - sum(w(c) for c in last)
        if room >= len(word) * 0.5:       # the word fits: no break here
            continue
        n = int((room - 0.5) / 0.5)
        if 2 <= n <= len(word) - 2:
            return pre[:-1] + [last + word[:n] + ch] + wrap(word[n:] + t[off + len(word):], wd)
    raise ValueError('cannot hyphenate ' + word)
