#!/usr/bin/env python3
"""Scores a build on the real fixtures and the layout sets after changes an extractor makes
without changing the page: trailing spaces, blank lines holding spaces, CRLF, a two-space indent,
tabs, a BOM, every blank run doubled, ASCII , : ; ? ! ( ) for the full-width marks, full-width
digits, form feeds as blank lines, no-break spaces, level-1 setext headings, Markdown
headings one level deeper.
Each row should equal the untouched row; a lower one is a rule that reads the extractor's habit
instead of the page.

    tests/layout/invariance.py build/tingbao [PREFIX]   (PREFIX of tests/fixtures/layout files, e.g. h1)
"""
import glob, os, random, re, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.join(here, '..', '..', '..', 'shared')
prog = sys.argv[1]
prefix = sys.argv[2] if len(sys.argv) > 2 else None

pairs = [(os.path.join(shared, 'fixtures/issues', n + '.txt'), os.path.join(shared, 'fixtures/truth', n + '.json'))
         for n in ('xindongcheng-2026-03-10', 'xindongcheng-2025-02-column-layout', 'tongzhou-markdown-extract')]
if prefix:
    layout = os.path.join(here, '..', 'fixtures', 'layout')
    for f in sorted(glob.glob(os.path.join(layout, prefix + '*'))):
        if os.path.isfile(f) and not f.endswith(('.json', '.html')):  # the changes are an extractor's
            pairs.append((f, os.path.join(layout, 'truth', os.path.basename(f).rsplit('.', 1)[0] + '.json')))

def lines_map(f):
    return lambda s, r: '\n'.join(f(l, r) for l in s.split('\n'))

transforms = {
    'untouched': lambda s, r: s,
    'trailing spaces': lines_map(lambda l, r: l + ' ' * r.randrange(0, 4)),
    'spaces in blanks': lines_map(lambda l, r: ' ' * r.randrange(1, 4) if not l.strip() else l),
    'CRLF': lambda s, r: s.replace('\n', '\r\n'),
    'two-space indent': lines_map(lambda l, r: '  ' + l if l.strip() and not l.startswith(('#', '!', '-', '*', '|')) else l),
    'tab at line end': lines_map(lambda l, r: l + '\t' if l.strip() else l),
    'BOM': lambda s, r: '\ufeff' + s,
    'blank runs doubled': lambda s, r: s.replace('\n\n', '\n\n\n'),
    'ASCII marks': lambda s, r: s.translate(str.maketrans('，：；？！（）', ',:;?!()')),
    'full-width digits': lambda s, r: s.translate(str.maketrans('0123456789', '０１２３４５６７８９')),
    'form feeds as blanks': lambda s, r: s.replace('\f', '\n'),
    'NBSP for spaces': lines_map(lambda l, r: re.sub(r'(?<=[^#\s]) (?=\S)', '\u00a0', l)),
    'setext level 1': lines_map(lambda l, r: l[2:] + '\n' + '=' * 8 if l.startswith('# ') else l),
    'headings one deeper': lines_map(lambda l, r: '#' + l if re.match(r'#{1,5} ', l) else l),
}

tmp = tempfile.mkdtemp(prefix='tb-invariance-')
untouched = None
for name, change in transforms.items():
    args, names = [], []
    for src, truth in pairs:
        try:
            text = open(src, encoding='utf-8').read()
        except UnicodeDecodeError:  # a GB18030 set: its encoding is what it tests
            continue
        out = os.path.join(tmp, os.path.basename(src))
        if 'markdown' in src and not src.endswith('.md'):
            out += '.md'
        open(out, 'w', encoding='utf-8', newline='').write(change(text, random.Random(1)))
        args += [out, truth]
        names.append(os.path.basename(src))
    r = subprocess.run([sys.executable, os.path.join(shared, 'tools/segment_eval.py'), prog] + args,
                       capture_output=True, text=True)
    rows = r.stdout.strip().split('\n')
    per_file = [re.search(r'matched (\d+/\d+)', l).group(1) for l in rows if 'matched' in l]
    total = re.search(r'F1=([0-9.]+) para_exact=([0-9.]+)', rows[-1])
    if untouched is None:
        untouched = per_file
    moved = [f'{n} {a}->{b}' for n, a, b in zip(names, untouched, per_file) if a != b]
    print(f'{name:20s} F1 {total.group(1)}  para_exact {total.group(2)}' + ('  (' + ', '.join(moved) + ')' if moved else ''))
