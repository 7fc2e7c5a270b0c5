#!/usr/bin/env python3
"""Check a holdout3 issue against its truth: every truth paragraph must appear in the source in
order (after removing white space, U+2043, Markdown markup, HTML comments, 下转/上接 markers; columns
printed side by side are read left column first), its first 20 characters contiguous; headlines,
subheadlines, captions and crossheads must appear contiguously.  Prints slack (characters skipped
inside a paragraph) where it is not zero.

usage: check.py SOURCE TRUTH.json [SOURCE TRUTH.json ...]
"""
import json, re, sys, unicodedata

SPLIT = re.compile(r'^(\s*\S.*?\S)\s{4,}(\S.*)$')


def deinterleave(lines):
    """Lines holding two columns (text, a run of 4+ spaces, text) start a block; inside the block,
    lines indented 20+ spaces belong to the right column, other lines to the left one; the block
    ends at a page break (form feed) or two blank lines.  Left column first, then the right."""
    out, i = [], 0
    while i < len(lines):
        m = SPLIT.match(lines[i])
        if not m:
            out.append(lines[i]); i += 1; continue
        left, right, blanks = [], [], 0
        while i < len(lines):
            s = lines[i]
            if left and s.startswith('\f'):
                break
            m = SPLIT.match(s)
            if not s.strip():
                blanks += 1
                if blanks == 2:
                    break
                left.append(''); right.append('')
            elif m:
                blanks = 0
                left.append(m.group(1)); right.append(m.group(2))
            elif len(s) - len(s.lstrip(' ')) >= 20:
                blanks = 0
                right.append(s)
            else:
                blanks = 0
                left.append(s)
            i += 1
        out += left + right
    return out


def clean(src):
    raw = open(src, encoding='utf-8').read()
    raw = re.sub(r'<!--.*?-->', '', raw, flags=re.S)
    lines = deinterleave(raw.split('\n'))
    t = '\n'.join(lines).replace('\f', '')
    if src.endswith('.md'):
        t = re.sub(r'!\[[^\]]*\]\([^)]*\)', '', t)
        t = re.sub(r'(?m)^\s*(#+|>+|-\s|\d+\.\s)', '', t)
        t = t.replace('**', '').replace('*', '').replace('|', '')
    t = re.sub(r'[（(](下转|上接|转|接)第?\d+版[）)]', '', t)
    t = unicodedata.normalize('NFKC', t)
    return re.sub(r'\s+', '', t).replace('⁃', '')


def norm(s):
    s = unicodedata.normalize('NFKC', s or '')
    s = re.sub(r'\s+', '', s).replace('⁃', '')
    return s


def find_para(S, p, pos):
    head = p[:20]
    k = S.find(head, pos)
    if k < 0:
        return None, None
    j = k
    for ch in p:
        j = S.find(ch, j)
        if j < 0:
            return None, None
        j += 1
    return k, j


def check(src, tru):
    S = clean(src)
    T = json.load(open(tru, encoding='utf-8'))
    ok = True
    for n, a in enumerate(T['articles'], 1):
        pos = 0
        for i, p in enumerate(a['text']):
            q = norm(p)
            k, j = find_para(S, q, pos)
            if k is None:
                print(f'  {src} A{n} {a["headline"][:16]} paragraph {i+1} NOT FOUND: {q[:30]}')
                ok = False
                continue
            slack = (j - k) - len(q)
            if slack:
                print(f'  {src} A{n} {a["headline"][:16]} p{i+1} slack {slack}')
            pos = j
        for what in [a['headline']] + a['subheadlines'] + a.get('captions', []) + a.get('crossheads', []):
            if norm(what) not in S:
                print(f'  {src} A{n}: not contiguous in source: {what[:40]}')
                ok = False
        en = a.get('editor_note')
        if en:
            for p in en['text']:
                if norm(p) not in S:
                    print(f'  {src} A{n}: editor note paragraph not found'); ok = False
        j = ''.join(a['text'])
        if a['body_first'] != j[:15] or a['body_last'] != j[-15:] or a['paragraphs'] != len(a['text']):
            print(f'  {src} A{n}: body_first/body_last/paragraphs inconsistent'); ok = False
    return ok


if __name__ == '__main__':
    args = sys.argv[1:]
    res = [check(s, t) for s, t in zip(args[::2], args[1::2])]
    print('all OK' if all(res) else 'FAILED')
    sys.exit(0 if all(res) else 1)
