#!/usr/bin/env python3
"""Shows where `tingbao parse` departs from a truth file: per truth article, the predicted article
sharing most of its text, and the paragraphs missing or extra.
usage: diff_variant.py TINGBAO ISSUE TRUTH.json"""
import json, re, subprocess, sys, unicodedata


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or '')).replace('⁃', '')


exe, src, tru = sys.argv[1:4]
truth = json.load(open(tru, encoding='utf-8'))
r = subprocess.run([exe, 'parse', '--format', 'json', src], capture_output=True)
pred = json.loads(r.stdout)['articles']
for t in truth['articles']:
    tp = [norm(x) for x in t['text']]
    best, bs = None, 0
    for p in pred:
        pp = {norm(x) for x in p.get('paragraphs') or []}
        s = sum(1 for x in tp if x in pp)
        if s > bs:
            best, bs = p, s
    heads = {norm(t['headline'])} | {norm(x) for x in t['subheadlines']}
    ok = best and bs == len(tp) and len(best['paragraphs']) == len(tp)
    hok = best and norm(best.get('headline')) in heads and norm(t['headline']) in (
        {norm(best.get('headline'))} | {norm(x) for x in best.get('subheadlines') or []})
    if ok and hok:
        continue
    print(f"== {t['headline']}  ({bs}/{len(tp)})")
    if not best:
        print('   no article shares a paragraph')
        continue
    print(f"   got headline={best.get('headline')!r} subs={best.get('subheadlines')}")
    pp = [norm(x) for x in best['paragraphs']]
    for x in tp:
        if x not in pp:
            print('   - missing:', x[:40], '…', x[-20:])
    for x in pp:
        if x not in tp:
            print('   + extra:  ', x[:40], '…', x[-20:])
