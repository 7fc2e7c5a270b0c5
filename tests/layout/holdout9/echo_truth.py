#!/usr/bin/env python3
"""Fake `tingbao parse --format json FILE` that prints the truth of FILE (self-check of the truth files)."""
import json, os, sys
src = sys.argv[-1]
stem = os.path.splitext(src)[0]
d = json.load(open(stem + '.truth.json', encoding='utf-8'))
out = dict(publication=d['publication'], date=d['date'], issue_no=d['issue_no'], articles=[])
for i, a in enumerate(d['articles']):
    out['articles'].append(dict(id=i + 1, kind=a['kind'], headline=a['headline'], subheadlines=a['subheadlines'],
        byline=a['byline'], paragraphs=a['text'], captions=a['captions'],
        crossheads=[{'before': 0, 'text': c} for c in a.get('crossheads', [])],
        editor_note=' '.join(a['editor_note']['text']) if a.get('editor_note') else None,
        continued=a['continued']))
print(json.dumps(out, ensure_ascii=False))
