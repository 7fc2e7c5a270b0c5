"""Helpers for the holdout3 generators: wrapping, tagged line output, truth JSON, check."""
import json, re, sys, unicodedata

CLOSE = set('，。、；：？！”’）》」』…—·%,.;:?!)]')
OPEN = set('“‘（《「『([')


def cw(ch):
    return 0.5 if ord(ch) < 128 else 1.0


def tokens(text):
    # ASCII alnum runs (numbers, Latin words, 12345-678) stay together
    return re.findall(r'[A-Za-z0-9][A-Za-z0-9.\-/:]*[A-Za-z0-9%]|[A-Za-z0-9]|.', text)


def wrap(text, width, first=None):
    """Hard-wrap like a PDF column: ASCII counts half an em, no line starts with closing
    punctuation, none ends with opening punctuation, ASCII runs are not split."""
    lines, cur, w = [], '', 0.0
    lim = first if first is not None else width
    for t in tokens(text):
        tw = sum(cw(c) for c in t)
        if cur and w + tw > lim + 0.01 and not (len(t) == 1 and t in CLOSE):
            # move opening punctuation to the next line
            carry = ''
            while cur and cur[-1] in OPEN:
                carry = cur[-1] + carry
                cur = cur[:-1]
            lines.append(cur)
            cur, w = carry, sum(cw(c) for c in carry)
            lim = width
        cur += t
        w += tw
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self):
        self.lines = []   # (text, tag) ; tag = (aid, role) or None
        self.A = {}

    def line(self, text, aid=None, role=None, more=()):
        tags = ([(aid, role)] if aid else []) + list(more)
        self.lines.append((text, tags or None))

    def blank(self, n=1):
        for _ in range(n):
            self.lines.append(('', None))

    def body(self, aid, segs, width, at=None, role='body', noblank=(), indent='', pindent='',
             first_width=None, end_blank=True, parblank=True):
        """Emit paragraphs (segments) of an article.  at[(pi, li)] = items inserted after line li
        (1-based) of segment pi: '' = blank line, (text, role) = tagged line, ('F', text) = furniture.
        noblank: segment indices whose preceding blank is moved to after their first line."""
        at = at or {}
        used = set()
        for pi, seg in enumerate(segs):
            ls = wrap(seg, width, first_width if pi == 0 else None)
            if pi > 0 and pi not in noblank and parblank:
                self.blank()
            for li, t in enumerate(ls, 1):
                pre = pindent if li == 1 else indent
                self.line(pre + t, aid, role)
                if pi in noblank and li == 1:
                    self.blank()
                if (pi, li) in at:
                    used.add((pi, li))
                for it in at.get((pi, li), []):
                    if it == '':
                        self.blank()
                    elif it[0] == 'F':
                        self.line(it[1])
                    else:
                        self.line(it[0], aid, it[1])
        assert used == set(at), f'{aid}: insert points not reached: {set(at) - used}'
        if end_blank:
            self.blank()

    def text(self):
        return '\n'.join(t for t, _ in self.lines) + '\n'

    def source_lines(self, aid):
        roles = {}
        order = []
        for n, (t, tag) in enumerate(self.lines, 1):
            for tg in (tag or []):
                if tg[0] != aid:
                    continue
                r = tg[1]
                if r not in roles:
                    roles[r] = []
                    order.append(r)
                roles[r].append(n)
        out = []
        for r in order:
            ns = roles[r]
            rng, s, p = [], ns[0], ns[0]
            for n in ns[1:]:
                if n - p <= 2:
                    p = n
                    continue
                rng.append((s, p))
                s = p = n
            rng.append((s, p))
            out.append(r + ' ' + ', '.join(f'{a}' if a == b else f'{a}-{b}' for a, b in rng))
        return ', '.join(out)


def norm(s):
    s = unicodedata.normalize('NFKC', s or '')
    return re.sub(r'\s+', '', s).replace('⁃', '')


def article_json(a, doc):
    text = a['text']
    joined = ''.join(text)
    d = dict(kind=a['kind'], headline=a['headline'], subheadlines=a.get('subheadlines', []),
             byline=a.get('byline'), body_first=joined[:15], body_last=joined[-15:],
             paragraphs=len(text), continued=a.get('continued', False),
             captions=a.get('captions', []), notes=a['notes'])
    if a.get('crossheads'):
        d['crossheads'] = a['crossheads']
    if a.get('editor_note'):
        en = a['editor_note']
        j = ''.join(en)
        d['editor_note'] = dict(first=j[:15], last=j[-15:], paragraphs=len(en), text=en)
    d['source_lines'] = doc.source_lines(a['id'])
    d['text'] = text
    return d


def write(name, ext, doc, meta, arts, check_fn):
    src = f'{name}.{ext}'
    with open(src, 'w', encoding='utf-8') as f:
        f.write(doc.text())
    truth = dict(source=src, publication=meta['publication'], date=meta['date'],
                 issue_no=meta['issue_no'],
                 articles=[article_json(a, doc) for a in arts],
                 not_articles=meta['not_articles'], notes=meta['notes'])
    with open(f'{name}.json', 'w', encoding='utf-8') as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write('\n')
    ok = check_fn(src, f'{name}.json')
    nl = doc.text().count('\n')
    print(f'{src}: {nl} lines, {len(arts)} articles, {sum(len(a["text"]) for a in arts)} paragraphs,'
          f' check {"OK" if ok else "FAILED"}')
    if not ok:
        sys.exit(1)
