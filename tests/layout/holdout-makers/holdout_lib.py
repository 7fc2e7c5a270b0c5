"""Shared helpers for the hold-out issue generators (make_*.py).

The truth (clean paragraphs) is written by hand in each make_*.py; this module only does the
mechanical parts: hard-wrapping at a column width, cutting wrapped text into columns (blank line
at every column break, also mid-sentence), recording which source lines belong to which article,
writing the .txt and the truth .json, and checking that every truth paragraph is achievable from
the .txt (its characters appear in order, in contiguous runs, after removing white space and
lines that are furniture/captions/other articles).
"""
import json, re, unicodedata

NOEND = set('“‘（《「『【(')
NOSTART = set('，。、；：？！”’）》」』】,.;:?!)…%')  # kept on the previous line (禁则)


def wrap(text, width, jitter=()):
    """Hard-wrap text every `width` ems (mid-word; ASCII counts half an em, as in print); a line
    never starts with closing punctuation (禁则). jitter: per-line width offsets, cycled."""
    out, i, k = [], 0, 0
    while i < len(text):
        w = width + (jitter[k % len(jitter)] if jitter else 0)
        j, acc = i, 0.0
        while j < len(text) and acc + (0.5 if ord(text[j]) < 128 else 1) <= w:
            acc += 0.5 if ord(text[j]) < 128 else 1
            j += 1
        while j < len(text) and text[j] in NOSTART:
            j += 1
        while j - i > 2 and j < len(text) and text[j - 1] in NOEND:
            j -= 1
        # Latin words and numbers are not broken (they move whole to the next line)
        b = j
        while b > i and b < len(text) and text[b - 1].isascii() and (text[b - 1].isalnum() or text[b - 1] == '.') \
                and text[b].isascii() and (text[b].isalnum() or text[b] in '.%-'):
            b -= 1
        if b > i + w // 2 and b != j:
            j = b
        out.append(text[i:j])
        i, k = j, k + 1
    return out


def flow(paras, width, jitter=(), indent=''):
    """Wrap paragraphs; returns list of (line, pidx) with None entries as paragraph separators."""
    out = []
    for n, p in enumerate(paras):
        if n:
            out.append(None)
        for m, l in enumerate(wrap(p, width, jitter)):
            out.append(((indent if m == 0 else '') + l, n))
    return out


def columns(fl, height):
    """Cut a flow into columns of `height` text lines. Returns list of columns (lists of lines,
    '' = paragraph blank). A paragraph separator falling on a column edge is dropped (so the new
    paragraph starts without a blank line, as in real extractions)."""
    cols, cur, cnt = [], [], 0
    for e in fl:
        if e is None:
            if cur and cnt < height:
                cur.append('')
            continue
        if cnt == height:
            while cur and cur[-1] == '':
                cur.pop()
            cols.append(cur)
            cur, cnt = [], 0
        cur.append(e[0])
        cnt += 1
    while cur and cur[-1] == '':
        cur.pop()
    if cur:
        cols.append(cur)
    return cols


class Doc:
    def __init__(self):
        self.lines = []
        self.marks = {}  # aid -> [(label, lineno)]

    def emit(self, line, aid=None, label=None):
        self.lines.append(line)
        if aid is not None:
            self.marks.setdefault(aid, []).append((label, len(self.lines)))
        return len(self.lines)

    def many(self, lines, aid=None, label=None):
        for l in lines:
            if l == '':
                self.emit('')
            else:
                self.emit(l, aid, label)

    def blank(self, k=1):
        for _ in range(k):
            self.lines.append('')

    def source_lines(self, aid):
        runs = []
        for label, n in self.marks.get(aid, []):
            if runs and runs[-1][0] == label:
                runs[-1][2] = n
            else:
                runs.append([label, n, n])
        return ', '.join(f'{l} {a}' if a == b else f'{l} {a}-{b}' for l, a, b in runs)

    def write(self, path):
        with open(path, 'w', encoding='utf-8') as f:
            f.write('\n'.join(self.lines) + '\n')


def article(kind, headline, text, subheadlines=(), byline=None, captions=(), notes='',
            continued=False, crossheads=None, editor_note=None):
    a = {'kind': kind, 'headline': headline, 'subheadlines': list(subheadlines), 'byline': byline,
         'body_first': ''.join(text)[:15], 'body_last': ''.join(text)[-15:],
         'paragraphs': len(text), 'continued': continued, 'captions': list(captions),
         'notes': notes, 'source_lines': '', 'text': list(text)}
    if crossheads:
        a['crossheads'] = list(crossheads)
    if editor_note:
        a['editor_note'] = {'first': ''.join(editor_note)[:15], 'last': ''.join(editor_note)[-15:],
                            'paragraphs': len(editor_note), 'text': list(editor_note)}
    return a


def write_truth(path, source, publication, date, issue_no, not_articles, notes, arts, doc, aids):
    for a, aid in zip(arts, aids):
        a['source_lines'] = doc.source_lines(aid)
    d = {'source': source, 'publication': publication, 'date': date, 'issue_no': issue_no,
         'not_articles': not_articles, 'notes': notes, 'articles': arts}
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write('\n')


def norm(s, markdown=False):
    s = unicodedata.normalize('NFKC', s or '')
    if markdown:
        s = re.sub(r'^\s*(#+|>|[-*] )\s*', '', s)
        s = s.replace('**', '')
    s = re.sub(r'\s+', '', s).replace('⁃', '')
    s = re.sub(r'[（(](上接|接上|转自)[^）)]{0,10}[）)]', '', s)
    return s


def check(txt_path, json_path, markdown=False):
    """Every truth paragraph must be the concatenation, in order, of runs of whole source lines,
    except that its first run may be the tail of a line (run-in headline, glued text) and its last
    run may be the head of a line (byline glued after it). Lines of other material may sit between
    runs. Paragraphs of one article must come in increasing line order. Returns #problems."""
    lines = [norm(l, markdown) for l in open(txt_path, encoding='utf-8').read().split('\n')]
    truth = json.load(open(json_path, encoding='utf-8'))
    bad = 0
    for a in truth['articles']:
        pos = 0
        for pi, p in enumerate(a['text']):
            rem = norm(p)
            found = None
            for start in range(pos, len(lines)):
                L = lines[start]
                if not L:
                    continue
                # first run: rem starts inside this line, or the line starts rem
                k = -1
                if rem.startswith(L) or L.startswith(rem):
                    k = 0
                else:
                    for off in range(1, len(L)):
                        if rem.startswith(L[off:]) and len(L) - off >= 4:
                            k = off
                            break
                if k < 0:
                    continue
                r = rem[len(L) - k:]
                i = start + 1
                while r and i < len(lines):
                    L = lines[i]
                    if L and (r.startswith(L) or L.startswith(r)):
                        r = r[len(L):] if r.startswith(L) else ''
                    i += 1
                if not r:
                    found = i
                    break
            if found is None:
                bad += 1
                print(f'  NOT ACHIEVABLE: {a["headline"][:20]} para {pi+1}: {p[:30]}')
            else:
                pos = found - 1 if found else pos
        for h in [a['headline']] + a['subheadlines']:
            if norm(h) not in ''.join(lines) and norm(h).replace('“', '') not in ''.join(lines):
                # headlines may be wrapped over lines: check joined text
                print(f'  headline text not found contiguously: {h}')
    return bad


def body(paras, width, height=10**6, jitter=()):
    """Wrapped body as lines ('' = blank): blank between paragraphs and at every column break."""
    cols = columns(flow(paras, width, jitter), height)
    out = []
    for i, c in enumerate(cols):
        if i:
            out.append('')
        out.extend(c)
    return out


def hyphenate(lines, word, at):
    """Move the line break inside/near `word` to position `at` and mark it with U+2043."""
    txt = '\n'.join(lines)
    pat = '\n?'.join(re.escape(c) for c in word)
    txt, n = re.subn(pat, word[:at] + '⁃\n' + word[at:], txt, count=1)
    assert n, word
    return txt.split('\n')
