"""Lays invented stories out as a `pdftotext -layout` page of side-by-side columns.

Each character takes one cell (as pdftotext prints CJK and ASCII alike); text is wrapped with
holdout5's h5lib.wrap (ASCII counted half wide, so ASCII-heavy lines end short). A Page is a grid
of rows; stories flow down a column and on into the next one (breaking mid-sentence), a
headline may span several columns, and every placed line is tagged with its article and part so
that the truth's source_lines can be written. Paragraphs start with a 2-space indent and are not
parted by blank lines."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'holdout5'))
import h5lib  # noqa: E402
from h5lib import wrap, spans  # noqa: E402

# pdftotext gives a Latin letter or digit a cell of its own but sets it narrower than a Chinese
# character: ASCII runs make a line a little longer in cells, never by a whole gutter.
h5lib.w = lambda ch: 0.9 if ord(ch) < 128 else 1.0


class Page:
    def __init__(self, columns, width, gutter, margin=2, rows=60, widths=None, gutters=None):
        """Columns of one width parted by one gutter, or of widths[k] parted by gutters[k]."""
        self.widths = widths or [width] * columns
        gutters = gutters or [gutter] * (columns - 1)
        self.left = [margin]
        for k in range(1, columns):
            self.left.append(self.left[-1] + self.widths[k - 1] + gutters[k - 1])
        self.width, self.gutter, self.margin = self.widths[0], gutter, margin
        self.rows = [[] for _ in range(rows)]  # list of (cell, text)
        self.tags = {}  # row -> (aid, part)

    def span_width(self, c0, c1):
        return self.left[c1] + self.widths[c1] - self.left[c0]

    def put(self, row, cell, text, tag=None):
        self.rows[row].append((cell, text))
        if tag: self.tags.setdefault(row, []).append(tag)

    def centred(self, row, c0, c1, text, tag=None):
        pad = max(0, (self.span_width(c0, c1) - len(text)) // 2)
        self.put(row, self.left[c0] + pad, text, tag)

    def right(self, row, c, text, tag=None):
        self.put(row, self.left[c] + self.widths[c] - len(text), text, tag)

    def flow_uneven(self, aid, paras, cols, top, bottom, part='body'):
        """Flows paragraphs down cols of different widths from row top to bottom (exclusive),
        rewrapping the rest of a paragraph broken by a column break at the next column's width;
        returns (last column used, next free row in it)."""
        ci, row = 0, top
        for p in paras:
            rest, first = '\u3000\u3000' + p, True
            while rest:
                if row >= bottom:
                    ci += 1; row = top
                    assert ci < len(cols), 'story does not fit'
                line = wrap(rest, self.widths[cols[ci]] - 1)[0]
                rest = rest[len(line):]
                self.put(row, self.left[cols[ci]], line.replace('\u3000', ' ') if first else line,
                         (aid, part))
                first, row = False, row + 1
        return cols[ci], row

    def flow(self, aid, paras, cols, top, bottom=None, indent=0, width=None, part='body'):
        """Flows paragraphs down cols (list of column numbers) from row top to bottom (exclusive;
        None balances the columns); returns (last column used, next free row in it, bottom)."""
        width = width or self.widths[cols[0]] - indent
        lines = []
        for p in paras:
            for k, l in enumerate(wrap('\u3000\u3000' + p, width - 1)):
                lines.append(l.replace('\u3000', ' ') if k == 0 else l)
        if bottom is None: bottom = top + -(-len(lines) // len(cols))
        ci, row = 0, top
        for l in lines:
            if row >= bottom:
                ci += 1; row = top
                assert ci < len(cols), 'story does not fit'
            self.put(row, self.left[cols[ci]] + indent, l, (aid, part))
            row += 1
        return cols[ci], row, bottom

    def text(self):
        out = []
        for cells in self.rows:
            line = ''
            for cell, t in sorted(cells):
                assert len(line) < cell or not line.strip(), ('overlap', line, t)
                line = line.ljust(cell) + t
            out.append(line.rstrip())
        while out and not out[-1]: out.pop()
        return out


class Issue:
    def __init__(self): self.lines = []; self.tags = {}

    def add_page(self, page):
        first = len(self.lines)
        text = page.text()
        for r, l in enumerate(text):
            self.lines.append(('\f' if first and r == 0 else '') + l)
            for aid, part in page.tags.get(r, []):
                self.tags.setdefault(aid, []).append((part, first + r + 1))

    def source_lines(self, aid):
        parts = {}
        for part, n in self.tags.get(aid, []):
            parts.setdefault(part, []).append(n)
        return ', '.join(f'{k} {spans(v)}' for k, v in parts.items())

    def write(self, path): open(path, 'w', encoding='utf-8').write('\n'.join(self.lines) + '\n')


def article_json(issue, aid, a):
    joined = ''.join(a['text'])
    out = dict(kind=a['kind'], headline=a['headline'], subheadlines=a.get('subheadlines', []),
               byline=a.get('byline'), body_first=joined[:15], body_last=joined[-15:],
               paragraphs=len(a['text']), continued=a.get('continued', False),
               captions=a.get('captions', []), notes=a['notes'])
    out['source_lines'] = issue.source_lines(aid)
    out['text'] = a['text']
    return out


def write_truth(path, src_name, pub, date, issue_no, notes, not_articles, issue, arts):
    import json
    d = dict(source=src_name, publication=pub, date=date, issue_no=issue_no,
             articles=[article_json(issue, i, a) for i, a in enumerate(arts)],
             not_articles=not_articles, notes=notes)
    json.dump(d, open(path, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)


ECHO = """#!/usr/bin/env python3
import json, os, sys
src = sys.argv[-1]
truth = json.load(open(os.path.splitext(src)[0] + '.truth.json', encoding='utf-8'))
print(json.dumps({'articles': [dict(headline=a['headline'], subheadlines=a['subheadlines'],
      byline=a['byline'], paragraphs=a['text']) for a in truth['articles']]}, ensure_ascii=False))
"""


def echo_check(out, names, evaluator='/work/shared/tools/segment_eval.py'):
    """Scores a fake tingbao that prints the truth back: anything below 1.0 is a broken truth."""
    import subprocess, tempfile
    exe = os.path.join(tempfile.mkdtemp(), 'echo-truth')
    open(exe, 'w').write(ECHO)
    os.chmod(exe, 0o755)
    args = []
    for n in names:
        args += [os.path.join(out, n + '.txt'), os.path.join(out, n + '.truth.json')]
    r = subprocess.run([sys.executable, evaluator, exe] + args, capture_output=True, text=True)
    last = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else r.stderr
    print('echo of the truth:', last)
    return 'segment F1=1.000' in last and 'para_exact=1.000' in last
