"""Helpers for the holdout2 generators: wrapping, tagged line emission, truth building, check."""
import json, re, sys, unicodedata, html

CLOSE = set('，。、；：？！”’）》」』】…—,.;:?!)')
OPEN = set('“‘（《「『【(')


def w(ch):
    return 0.5 if ord(ch) < 0x2E80 and ch not in '“”‘’…—' else 1.0


def _tokens(text):
    # Latin/digit runs stay whole (unless hyph), everything else one char
    return re.findall(r'[A-Za-z0-9.%\-]+|.', text)


def wrap(text, width, first_prefix='', hyph=()):
    """Hard-wrap text at width em. first_prefix counts toward width of the first line.
    hyph: words allowed to be split with U+2043 at line end."""
    toks = _tokens(text)
    lines, cur, cw = [], first_prefix, sum(w(c) for c in first_prefix)
    i = 0
    while i < len(toks):
        t = toks[i]
        tw = sum(w(c) for c in t)
        if cw + tw > width and cur.strip():
            if t in hyph and cw + 1.5 <= width:
                room = int((width - cw) / 0.5) - 1
                room = max(1, min(room, len(t) - 2))
                lines.append(cur + t[:room] + '\u2043')
                toks[i] = t[room:]
                cur, cw = '', 0
                continue
            # kinsoku: closing punct may not start a line
            if t in CLOSE:
                cur += t
                i += 1
                while i < len(toks) and toks[i] in CLOSE:
                    cur += toks[i]
                    i += 1
                lines.append(cur)
                cur, cw = '', 0
                continue
            # opening punct may not end a line
            if cur and cur[-1] in OPEN:
                lines.append(cur[:-1])
                cur, cw = cur[-1], w(cur[-1])
            else:
                lines.append(cur)
                cur, cw = '', 0
        cur += t
        cw += tw
        i += 1
    if cur:
        lines.append(cur)
    return lines


class Emitter:
    def __init__(self):
        self.lines = []  # (text, aid, role)

    def add(self, text, aid=None, role=None):
        self.lines.append((text, aid, role))
        return len(self.lines)  # 1-based line no

    def blank(self):
        self.lines.append(('', None, None))

    def text(self):
        return '\n'.join(l[0] for l in self.lines) + '\n'

    def spans(self, aid):
        """'role a-b, role c' in line order for one article."""
        out, prev = [], None
        for n, (t, a, r) in enumerate(self.lines, 1):
            if a != aid or r is None:
                continue
            if prev and prev[0] == r and (n - prev[2] <= 2):
                prev[2] = n
            else:
                prev = [r, n, n]
                out.append(prev)
        return ', '.join(f'{r} {a}' if a == b else f'{r} {a}-{b}' for r, a, b in out)


def norm(s):
    s = unicodedata.normalize('NFKC', s or '')
    s = re.sub(r'\s+', '', s)
    return s.replace('\u2043', '')


def make_article(a):
    joined = ''.join(a['text'])
    flat = re.sub(r'\s+', '', joined) if False else joined
    d = {
        'kind': a['kind'], 'headline': a['headline'], 'subheadlines': a.get('subheadlines', []),
        'byline': a.get('byline'),
        'body_first': flat[:15], 'body_last': flat[-15:],
        'paragraphs': len(a['text']), 'continued': a.get('continued', False),
        'captions': a.get('captions', []),
    }
    if a.get('crossheads'):
        d['crossheads'] = a['crossheads']
    if a.get('editor_note'):
        en = a['editor_note']
        d['editor_note'] = {'first': en[0][:15], 'last': en[-1][-15:], 'paragraphs': len(en), 'text': en}
    d['notes'] = ' '.join(a.get('notes', []))
    d['source_lines'] = a.get('source_lines', '')
    d['text'] = a['text']
    return d


def write_truth(path, meta, arts):
    out = dict(meta)
    out['articles'] = [make_article(a) for a in arts]
    with open(path, 'w') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')


def strip_html(src):
    src = re.sub(r'(?is)<(script|style)\b.*?</\1>', '', src)
    src = re.sub(r'<[^>]+>', '', src)
    return html.unescape(src)


def check(source_text, truth_path, drop=()):
    """Every truth paragraph must be an in-order subsequence of the source (after removing
    white space / markup / U+2043 / markers in drop); report the slack (skipped chars)."""
    src = source_text
    for d in drop:
        src = src.replace(d, '')
    S = norm(src)
    truth = json.load(open(truth_path))
    bad = 0
    for k, a in enumerate(truth['articles'], 1):
        base = 0
        for j, p in enumerate(a['text'], 1):
            P = norm(p)
            # find the start: first occurrence of first 6 chars after the previous paragraph
            pre = P[:20] if S.find(P[:20]) >= 0 else P[:6]
            start = S.find(pre, base) if j > 1 else S.find(pre)
            if start < 0 and j > 1:
                start = S.find(pre)  # continuation may precede (never here)
            if start < 0:
                print(f'  FAIL A{k} P{j}: start not found: {P[:20]}')
                bad += 1
                continue
            pos, ok = start, True
            for ch in P:
                pos = S.find(ch, pos)
                if pos < 0:
                    ok = False
                    break
                pos += 1
            slack = pos - start - len(P) if ok else None
            if ok:
                base = pos
            if not ok:
                print(f'  FAIL A{k} P{j}: not a subsequence: {P[:20]}')
                bad += 1
            elif slack > 120:
                print(f'  WARN A{k} P{j}: slack {slack} chars: {P[:20]}')
        for fld in ('headline',):
            if norm(a[fld]) and norm(a[fld]) not in S:
                print(f'  FAIL A{k} headline not in source: {a[fld]}')
                bad += 1
    n = sum(len(a['text']) for a in truth['articles'])
    print(f'{truth_path}: {len(truth["articles"])} articles, {n} paragraphs, {bad} failures')
    return bad
