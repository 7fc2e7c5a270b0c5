#!/usr/bin/env python3
"""Fake `tingbao parse --format json FILE` that prints the truth of FILE (for the self-check of segment_eval.py).
The truth is looked up next to the source: NAME.txt / NAME.md -> NAME.truth.json."""
import json, os, sys
src = sys.argv[-1]
t = json.load(open(os.path.splitext(src)[0] + '.truth.json', encoding='utf-8'))
out = dict(publication=t['publication'], date=t['date'], issue_no=t['issue_no'], articles=[])
for i, a in enumerate(t['articles']):
    out['articles'].append(dict(id=i + 1, kind=a['kind'], headline=a['headline'], subheadlines=a['subheadlines'],
                                byline=a['byline'], paragraphs=a['text'], crossheads=[], captions=a['captions'],
                                editor_note=None, continued=a['continued']))
json.dump(out, sys.stdout, ensure_ascii=False)
