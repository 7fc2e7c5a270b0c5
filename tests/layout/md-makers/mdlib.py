"""Helpers for the hand-made Markdown issues: wrapping, line recording, truth writing, check
(taken from holdout6's h6lib so this folder stands alone; setext underlines and list markers `1)`
are stripped too)."""
import json, re, sys, unicodedata
CLOSE = set('，。、；：？！”’）》」』】…—·,.;:?!)')
OPEN = set('“‘（《「『【(')
def w(ch): return 0.5 if ord(ch) < 128 else 1.0
def wrap(text, width):
    """Greedy CJK wrap: ASCII is half an em; closing punctuation hangs; no line ends with opening
    punctuation; numbers / Latin runs are not split."""
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
    """Lines of the source; tags record which line belongs to which article part (1-based, counting \\n)."""
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
def norm(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))
def article_json(doc, aid, a):
    joined = ''.join(a['text'])
    out = dict(kind=a['kind'], headline=a['headline'], subheadlines=a.get('subheadlines', []),
               byline=a.get('byline'), body_first=joined[:15], body_last=joined[-15:],
               paragraphs=len(a['text']), continued=a.get('continued', False),
               captions=a.get('captions', []), notes=a['notes'])
    if a.get('crossheads'): out['crossheads'] = a['crossheads']
    if a.get('editor_note'):
        en = a['editor_note']; j = ''.join(en)
        out['editor_note'] = dict(first=j[:15], last=j[-15:], paragraphs=len(en), text=en)
    out['source_lines'] = source_lines(doc, aid)
    out['text'] = a['text']
    return out
def write_truth(path, src_name, pub, date, issue_no, notes, not_articles, doc, arts):
    d = dict(source=src_name, publication=pub, date=date, issue_no=issue_no,
             articles=[article_json(doc, i, a) for i, a in enumerate(arts)],
             not_articles=not_articles, notes=notes)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=1); f.write('\n')
MARK = re.compile(r'（(下转|上接)第\d+版）')
def strip_md(s):
    s = re.sub(r'!\[[^\]]*\]\([^)]*\)', '', s)
    s = re.sub(r'<!--.*?-->', '', s, flags=re.S)
    s = re.sub(r'(?m)^\s{0,3}(#{1,6}|>|[-*+])\s+', '', s)
    s = re.sub(r'(?m)^\s{0,3}>\s*$', '', s)
    s = re.sub(r'(?m)^(=+|-{3,})\s*$', '', s)
    s = s.replace('**', '').replace('\\', '')
    return s
def load_src(src_path):
    raw = open(src_path, 'rb').read()
    try: txt = raw.decode('utf-8')
    except UnicodeDecodeError: txt = raw.decode('gb18030')
    if src_path.endswith('.md'): txt = strip_md(txt)
    txt = MARK.sub('', txt)
    return norm(txt)
def check(src_path, truth_path, min_len=15):
    """Every truth paragraph's characters occur in the source in order (NFKC, no white space, markup and
    jump markers removed); its first 20 characters are contiguous; the paragraphs of an article follow
    one another; headline/subheadline/caption/crosshead/editor-note/not_articles strings are contiguous;
    each article's scorer key (first 10 after the dateline, last 10) is unique in the issue."""
    src = load_src(src_path)
    d = json.load(open(truth_path, encoding='utf-8'))
    bad = 0
    keys = set()
    for a in d['articles']:
        pieces = [a['headline']] + a['subheadlines'] + a['captions'] + a.get('crossheads', [])
        if a.get('editor_note'): pieces += a['editor_note']['text']
        for piece in pieces:
            if norm(piece) not in src:
                print('MISSING piece:', a['headline'], '|', piece); bad += 1
        body = norm(''.join(a['text']))
        k = (re.sub(r'^(本报讯|本报)?(\([^)]{0,40}\))?', '', body, count=1)[:10], body[-10:])
        if k in keys: print('duplicate key', k); bad += 1
        keys.add(k)
        p = 0
        for para in a['text']:
            t = norm(para)
            start = src.find(t[:20], p)
            if start < 0:
                print('para start not found:', a['headline'], t[:20]); bad += 1; continue
            q = start; slack = 0
            for ch in t:
                k2 = src.find(ch, q)
                if k2 < 0:
                    print('para chars out of order:', a['headline'], t[:20]); bad += 1; break
                slack += k2 - q; q = k2 + 1
            if slack > 0: print(f'  slack {slack}: {a["headline"]} / {t[:12]}')
            p = q
    for x in d['not_articles']:
        if norm(MARK.sub('', x)) not in src and norm(x) not in src:
            print('not_article missing:', x); bad += 1
    print(truth_path, 'OK' if not bad else f'{bad} PROBLEMS')
    return bad == 0
if __name__ == '__main__':
    ok = all(check(sys.argv[i], sys.argv[i+1]) for i in range(1, len(sys.argv), 2))
    sys.exit(0 if ok else 1)
