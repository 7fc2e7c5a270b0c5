#!/usr/bin/env python3
"""Rebuilds extraction-like issues from the truth files, the way other papers' extractions differ.

usage: gen_variants.py TRUTH_DIR OUT_DIR

From each truth article (headline, subheadlines, byline, text, captions, crossheads) it prints a
plain-text page at another column width (12, 18, 24, 30 characters a line, hard-wrapped with
mid-sentence column breaks, kinsoku at line ends), and renders a few as other formats: CRLF,
GB18030, other punctuation widths, Markdown at other heading levels, HTML, JSON. Each output
gets a truth file in the same schema (OUT_DIR/truth/NAME.json) that segment_eval.py reads.
Everything is deterministic (seeded by the output name); nothing here may key the C code.
"""
import json, os, random, re, sys, unicodedata

CLOSERS = set('，。、；：！？）》」』”’,.;:!?)')
SENT_END = '。！？!?'
KICKER_END = ('：', ':', '强调', '表示', '指出')


def width(ch):
    return 2 if unicodedata.east_asian_width(ch) in 'WF' else 1


def wrap(text, cols, indent):
    """Hard-wraps text at cols wide characters; the first line loses `indent` characters."""
    lines, cur, w = [], '', 0
    limit = 2 * (cols - indent)
    for ch in text:
        cw = width(ch)
        if w + cw > limit and cur and ch not in CLOSERS:
            lines.append(cur)
            cur, w, limit = '', 0, 2 * cols
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines


def split_labels(p):
    """A list item's label lines (完成时限:…, 责任单位:…) are printed on lines of their own."""
    return [x for x in re.split(r'(?=(?:完成时限|责任单位)[:：])', p) if x]


def is_kicker(s):
    return s.endswith(KICKER_END)


def dateline_byline(a):
    by = a.get('byline') or ''
    return by and a['text'] and a['text'][0].startswith(by)


def titles(a):
    """Kickers above the headline, the rest below it (subtitles, column tags)."""
    above = [s for s in a['subheadlines'] if is_kicker(s)]
    below = [s for s in a['subheadlines'] if not is_kicker(s)]
    return above, below


def plain(truth, cols, rng, *, blank_titles=True, para_blank=True, indent_mark='',
          column_breaks=0.3):
    out = []
    if truth.get('publication'):
        out += [truth['publication'], '']
        if truth.get('date'):
            y, m, d = truth['date'].split('-')
            out += [f'{int(y)}年{int(m)}月{int(d)}日 星期二', '']
        if truth.get('issue_no'):
            out += [truth['issue_no'], '']
        out.append('')
    for a in truth['articles']:
        above, below = titles(a)
        heads = above + [a['headline']] + below
        for h in heads:
            out.append(h)
            if blank_titles:
                out.append('')
        if not blank_titles:
            out.append('')
        by = a.get('byline')
        photo_credit = by and by.endswith('摄') and not by.endswith('文并摄')
        if by and not dateline_byline(a) and not photo_credit:
            out += [by, '']
        cross = list(a.get('crossheads') or [])
        n = len(a['text'])
        at = {}
        for k, c in enumerate(cross):
            at.setdefault(min(n - 1, 1 + k * max(1, (n - 1) // max(1, len(cross)))), []).append(c)
        for i, p in enumerate(a['text']):
            for c in at.get(i, []) if i else []:
                out += [c, '']
            lines = []
            for piece in split_labels(p) if a['kind'] == 'list' else [p]:
                lines += wrap(piece, cols, 2 if not lines else 0)
            if indent_mark:
                lines[0] = indent_mark + lines[0]
            # a column break falls inside about one paragraph in three, after a line that
            # does not finish a sentence
            cut = -1
            eligible = [j for j, l in enumerate(lines[:-1]) if l[-1] not in SENT_END + '”’']
            if eligible and rng.random() < column_breaks:
                cut = rng.choice(eligible)
            for j, l in enumerate(lines):
                out.append(l)
                if j == cut:
                    out.append('')
            if para_blank:
                out.append('')
            if i == 0:
                for c in [c for c in a.get('captions') or [] if c not in a['text']]:
                    out += [''] + wrap(('▲' if rng.random() < 0.5 and c[0] not in '▲▼' else '') + c, cols + 4, 0) + ['']
        if photo_credit:
            out += [by, '']
        out += ['', '']
    return '\n'.join(out) + '\n'


def markdown(truth, rng):
    out = []
    for a in truth['articles']:
        above, below = titles(a)
        lvl = rng.choice([1, 2, 3])
        for s in above:
            out += [s, '']
        out += ['#' * lvl + ' ' + a['headline'], '']
        for s in below:
            out += [('#' * (lvl + 1) + ' ' if rng.random() < 0.5 else '') + s, '']
        by = a.get('byline')
        if by and not dateline_byline(a):
            out += [by, '']
        for p in a['text']:
            out += [p, '']
    return '\n'.join(out) + '\n'


def html(truth):
    esc = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>issue</title></head><body>']
    for a in truth['articles']:
        above, below = titles(a)
        out.append('<article>')
        out += [f'<h2>{esc(s)}</h2>' for s in above]
        out.append(f'<h1>{esc(a["headline"])}</h1>')
        out += [f'<h2>{esc(s)}</h2>' for s in below]
        by = a.get('byline')
        if by and not dateline_byline(a):
            out.append(f'<p>{esc(by)}</p>')
        for i, p in enumerate(a['text']):
            out.append(f'<p>{esc(p)}</p>')
            if i == 0:
                out += [f'<figure><figcaption>{esc(c)}</figcaption></figure>'
                        for c in a.get('captions') or []]
        out.append('</article>')
    out.append('</body></html>')
    return '\n'.join(out) + '\n'


def as_json(truth):
    arts = []
    for a in truth['articles']:
        arts.append({'kind': a['kind'], 'headline': a['headline'],
                     'subheadlines': a['subheadlines'], 'byline': a.get('byline'),
                     'paragraphs': a['text'], 'captions': a.get('captions') or []})
    return json.dumps({'publication': truth.get('publication'), 'date': truth.get('date'),
                       'issue_no': truth.get('issue_no'), 'articles': arts},
                      ensure_ascii=False, indent=1) + '\n'


HALF = str.maketrans({'，': ',', '；': ';', '：': ':', '！': '!', '？': '?', '（': '(', '）': ')'})
FULL = str.maketrans({',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）'})


def mapped(truth, table):
    def m(x):
        if isinstance(x, str):
            return x.translate(table)
        if isinstance(x, list):
            return [m(y) for y in x]
        if isinstance(x, dict):
            return {k: m(v) for k, v in x.items()}
        return x
    t = m(truth)
    t['source'] = truth.get('source')
    return t


def save(out_dir, name, text, truth, encoding='utf-8', newline='\n'):
    data = text.replace('\n', newline).encode(encoding)
    with open(os.path.join(out_dir, name), 'wb') as f:
        f.write(data)
    stem = name.rsplit('.', 1)[0]
    keep = {k: truth[k] for k in ('publication', 'date', 'issue_no')}
    keep['source'] = name
    keep['articles'] = [{k: a.get(k) for k in ('kind', 'headline', 'subheadlines', 'byline',
                                              'paragraphs', 'captions', 'text')}
                        for a in truth['articles']]
    for a in keep['articles']:
        a['paragraphs'] = len(a['text'])
    with open(os.path.join(out_dir, 'truth', stem + '.json'), 'w', encoding='utf-8') as f:
        json.dump(keep, f, ensure_ascii=False, indent=1)
        f.write('\n')


def main():
    truth_dir, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(os.path.join(out_dir, 'truth'), exist_ok=True)
    stems = {'xindongcheng-2026-03-10': 'xdc26', 'xindongcheng-2025-02-column-layout': 'xdc25',
             'tongzhou-markdown-extract': 'tz'}
    for stem, short in stems.items():
        truth = json.load(open(os.path.join(truth_dir, stem + '.json'), encoding='utf-8'))
        for cols in (12, 18, 24, 30):
            name = f'{short}-w{cols}.txt'
            save(out_dir, name, plain(truth, cols, random.Random(name)), truth)
        name = f'{short}-unwrapped.txt'
        save(out_dir, name, plain(truth, 10000, random.Random(name)), truth)
        name = f'{short}-indent-noblank.txt'
        save(out_dir, name, plain(truth, 22, random.Random(name), para_blank=False,
                                  indent_mark='\u3000\u3000', column_breaks=0), truth)
        name = f'{short}-tight-titles.txt'
        save(out_dir, name, plain(truth, 16, random.Random(name), blank_titles=False), truth)
        name = f'{short}-md.md'
        save(out_dir, name, markdown(truth, random.Random(name)), truth)
        save(out_dir, f'{short}-html.html', html(truth), truth)
        save(out_dir, f'{short}-issue.json', as_json(truth), truth)
    truth = json.load(open(os.path.join(truth_dir, 'xindongcheng-2026-03-10.json'), encoding='utf-8'))
    name = 'xdc26-crlf.txt'
    save(out_dir, name, plain(truth, 18, random.Random(name)), truth, newline='\r\n')
    name = 'xdc26-gb18030.txt'
    save(out_dir, name, plain(truth, 24, random.Random(name)), truth, encoding='gb18030')
    half = mapped(truth, HALF)
    name = 'xdc26-halfwidth.txt'
    save(out_dir, name, plain(half, 20, random.Random(name)), half)
    truth = json.load(open(os.path.join(truth_dir, 'tongzhou-markdown-extract.json'), encoding='utf-8'))
    full = mapped(truth, FULL)
    name = 'tz-fullwidth.txt'
    save(out_dir, name, plain(full, 15, random.Random(name)), full)


main()
