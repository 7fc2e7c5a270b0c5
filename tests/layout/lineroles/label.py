#!/usr/bin/python3
"""Line-role labels for plain-text newspaper issues (issue #3 study).

Aligns every non-blank source line to an issue model (the hand-made truth, or the parser's
`tingbao parse --format json` output) and gives it one role:

  headline, subheadline, byline, body-start, body-continue, caption, crosshead, furniture, other

Normalization is segment_eval.py's (NFKC, all white space removed, '⁃' dropped).  Each article
field becomes a "unit" of normalized text with a cursor; lines are consumed left to right as
pieces of units, preferring the continuation of a unit already started (wrapped lines,
interleaved columns and jumps keep their own cursors), then exact furniture strings, then the
start of an unstarted unit chosen by look-ahead on the next lines.  A line's role is the role of
its first piece; a dateline byline followed on the same line by its paragraph is body-start (so
truth that keeps 本报讯(记者 X) in the paragraph and output that moves it to `byline` agree).
Lines matching nothing are furniture (no article holds them); `how` says which evidence applied.

usage: label.py            # prints the per-set label statistics for the truth
"""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
FIX = os.path.join(ROOT, 'tests', 'fixtures', 'layout')
SHARED = os.path.abspath(os.path.join(ROOT, '..', 'shared', 'fixtures'))
if not os.path.isdir(SHARED):
    SHARED = '/work/shared/fixtures'

ROLES = ['headline', 'subheadline', 'byline', 'body-start', 'body-continue', 'caption',
         'crosshead', 'furniture', 'other']


def norm(s):
    s = unicodedata.normalize('NFKC', s or '')
    s = re.sub(r'\s+', '', s)
    return s.replace('⁃', '')


def read_text(path):
    b = open(path, 'rb').read()
    if b.startswith(b'\xef\xbb\xbf'):
        t = b[3:].decode('utf-8')
    elif b[:2] in (b'\xff\xfe', b'\xfe\xff'):
        t = b.decode('utf-16')
    else:
        try:
            t = b.decode('utf-8')
        except UnicodeDecodeError:
            t = b.decode('gb18030')
    return t.replace('\r\n', '\n').replace('\r', '\n').split('\n')


def set_of(stem):
    if stem.startswith('xdc') or stem.startswith('xindongcheng'):
        return 'xdc'
    if stem.startswith('tz') or stem.startswith('tongzhou'):
        return 'tz'
    return stem.split('-')[0]


def issues():
    """[(set, stem, txt_path, truth_path)] for every plain-text issue with truth."""
    out = []
    for txt in sorted(glob.glob(os.path.join(FIX, '*.txt'))):
        stem = os.path.basename(txt)[:-4]
        tru = os.path.join(FIX, 'truth', stem + '.json')
        if os.path.exists(tru):
            out.append((set_of(stem), stem, txt, tru))
    for txt in sorted(glob.glob(os.path.join(SHARED, 'issues', '*.txt'))):
        stem = os.path.basename(txt)[:-4]
        tru = os.path.join(SHARED, 'truth', stem + '.json')
        if os.path.exists(tru):
            out.append((set_of(stem), stem, txt, tru))
    return out


class Unit:
    __slots__ = ('role', 'art', 'text', 'cur', 'order', 'touched')

    def __init__(self, role, art, text, order):
        self.role, self.art, self.text, self.order = role, art, text, order
        self.cur = 0
        self.touched = -1


# when one text is several units at once (a photo article's caption is also its paragraph)
PRIORITY = {'caption': 0, 'headline': 1, 'subheadline': 2, 'crosshead': 3, 'byline': 4,
            'para': 5, 'other': 6}


def units_of(doc):
    units = []
    for ai, a in enumerate(doc.get('articles') or []):
        def add(role, s):
            s = norm(s)
            if s:
                units.append(Unit(role, ai, s, len(units)))
        add('headline', a.get('headline'))
        for s in a.get('subheadlines') or []:
            add('subheadline', s)
        paras = a.get('text') if 'text' in a else a.get('paragraphs')
        paras = [p for p in (paras or []) if norm(p)]
        by = norm(a.get('byline'))
        if by and not (paras and norm(paras[0]).startswith(by)):
            add('byline', by)
        for c in a.get('crossheads') or []:
            add('crosshead', c.get('text') if isinstance(c, dict) else c)
        for c in a.get('captions') or []:
            add('caption', c)
        for p in paras:
            add('para', p)
        en = a.get('editor_note')
        if isinstance(en, dict):
            en = en.get('text') or []
        for t in ([en] if isinstance(en, str) else (en or [])):
            add('other', t)
    furn = {norm(s) for s in (doc.get('not_articles') or []) if norm(s)}
    return units, furn


DECO_L = '【〖［[#*■□◆◇●○◎★☆▲△▼▽·•>|－-—→'
DECO_R = '】〗］]*'
JUMP = re.compile(r'^[(（]?(上接|接|转|下转|续)第?[0-9一二三四五六七八九十]+版[)）]?')


def variants(raw):
    """Normalized forms of a line to try in turn: as is (only its first column when two are
    printed side by side), without decoration marks, without a jump marker, without a hyphen."""
    first = re.split(r'\s{6,}', raw.strip())[0]
    s = norm(first)
    out = [s]
    d = s.lstrip(DECO_L).rstrip(DECO_R)
    if d and d != s:
        out.append(d)
    j = JUMP.sub('', d)
    if j and j != d:
        out.append(j)
    if s.endswith('-') and len(s) > 1:
        out.append(s[:-1])
    m = s.replace('*', '').lstrip('#>')
    if m and m != s:
        out.append(m)
    return out


def bare(s):
    """Only letters, digits and hanzi: for the last, loosest comparison."""
    return ''.join(c for c in s if c.isalnum())


def label(lines, doc, complete=None):
    """lines: raw source lines. Returns [(role or None, how)] per line (None: blank or unlabelled).
    complete=True: every line outside the articles is furniture (the parser's output)."""
    units, furn = units_of(doc)
    records_crossheads = 'not_articles' in doc or any('crossheads' in a for a in doc.get('articles') or [])
    if complete is not None:
        records_crossheads = complete
    for k in ('publication', 'date', 'issue_no'):
        if isinstance(doc.get(k), str) and norm(doc.get(k)):
            furn.add(norm(doc[k]))
    nl = [norm(l) for l in lines]
    nonblank = [i for i, s in enumerate(nl) if s]
    nxt = {}
    for k, i in enumerate(nonblank):
        nxt[i] = nonblank[k + 1:k + 4]
    out = [(None, 'blank')] * len(lines)
    step = 0

    def lookahead(u, rest, i):
        """How far the following lines continue unit u after `rest` is consumed from it."""
        pos = len(rest)
        score = 0
        for j in nxt.get(i, []):
            s = nl[j]
            r = u.text[pos:]
            if r and r.startswith(s):
                score += len(s); pos += len(s)
            elif r and s.startswith(r):
                score += len(r); break
            else:
                break
        return score

    def match(s, i):
        """Consume s as pieces of units; returns ([(unit, start offset)], characters consumed)."""
        pieces = []
        pos = 0
        while pos < len(s):
            rest = s[pos:]
            best = None
            # 1. continuation of a started unit
            cont = [u for u in units if 0 < u.cur < len(u.text)
                    and (u.text[u.cur:].startswith(rest) or rest.startswith(u.text[u.cur:]))]
            if cont:
                cont.sort(key=lambda u: (-u.touched, PRIORITY[u.role], u.order))
                best = cont[0]
            # 2. a furniture string standing alone
            elif pos == 0 and s in furn:
                break
            else:
                # 3. start of an unstarted unit
                st = [u for u in units if u.cur == 0
                      and ((u.text.startswith(rest) and len(rest) >= min(len(u.text), 3))
                           or rest.startswith(u.text))]
                if st:
                    st.sort(key=lambda u: (-(u.text == rest), -lookahead(u, rest, i) if len(rest) < len(u.text) else 0,
                                           PRIORITY[u.role], u.order))
                    best = st[0]
            if best is None:
                break
            k = min(len(best.text) - best.cur, len(rest))
            pieces.append((best, best.cur))
            # the same text in a second unit of the same article (caption == paragraph) moves too
            for u in units:
                if u is not best and u.art == best.art and u.cur == best.cur and u.text == best.text:
                    u.cur += k
            best.cur += k
            best.touched = step
            pos += k
        return pieces, pos

    for i in nonblank:
        step += 1
        for vi, s in enumerate(variants(lines[i])):
            pieces, pos = match(s, i)
            if pieces:
                break
        s = nl[i]
        if pieces:
            u, off = pieces[0]
            how = 'aligned' if vi == 0 and pos == len(s) else 'aligned-partial'
            role = u.role
            if role == 'para':
                role = 'body-start' if off == 0 else 'body-continue'
            elif role == 'byline' and len(pieces) > 1 and pieces[1][0].role == 'para' and pieces[1][1] == 0:
                role = 'body-start'
            out[i] = (role, how)
            continue
        if (s in furn or any(s in f for f in furn if len(s) >= 2) or any(f in s for f in furn if len(f) >= 4)
                or (JUMP.sub('', s.strip('()（）')) == '' and JUMP.search(s.strip('()（）')))):
            out[i] = ('furniture', 'furniture-string')
            continue
        # loose: the line's text is somewhere inside a unit, out of the expected order
        b = bare(variants(lines[i])[-1])
        loose = [u for u in units if len(b) >= 2 and b in bare(u.text)]
        if loose:
            loose.sort(key=lambda u: (PRIORITY[u.role], u.order))
            u = loose[0]
            role = u.role
            if role == 'para':
                role = 'body-start' if bare(u.text).startswith(b) else 'body-continue'
            out[i] = (role, 'loose')
            continue
        # in no article: furniture by definition, unless the truth predates the crosshead field
        # (the real xdc/tz fixtures), where such a line may be an unrecorded crosshead
        out[i] = ('furniture', 'unmatched') if records_crossheads else (None, 'unlabelled')
    return out


def load_issue(txt, tru):
    return read_text(txt), json.load(open(tru, encoding='utf-8'))


def main():
    import collections
    tot = collections.Counter()
    per = collections.defaultdict(collections.Counter)
    hows = collections.Counter()
    samples = collections.defaultdict(list)
    for st, stem, txt, tru in issues():
        lines, doc = load_issue(txt, tru)
        lab = label(lines, doc)
        for (role, how), raw in zip(lab, lines):
            if how == 'blank':
                continue
            key = how
            hows[key] += 1
            if how in ('unlabelled', 'loose', 'aligned-partial', 'unmatched') and len(samples[(key, st)]) < 8:
                samples[(key, st)].append(f'{stem}: {raw.strip()[:40]}')
            if role is None:
                continue
            per[st][role] += 1
            tot[role] += 1
    print('lines per role:', dict(tot))
    print('evidence:', dict(hows))
    for st in sorted(per):
        print(st, sum(per[st].values()), dict(per[st]))
    if '-v' in sys.argv:
        for k in sorted(samples):
            print(k)
            for x in samples[k]:
                print('   ', x)


if __name__ == '__main__':
    main()
