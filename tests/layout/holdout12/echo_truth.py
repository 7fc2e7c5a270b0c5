#!/usr/bin/env python3
"""Fake `tingbao parse --format json FILE`: prints the truth of FILE (<stem>.truth.json next to it)."""
import json, os, sys
src = sys.argv[-1]
stem = os.path.splitext(src)[0]
t = json.load(open(stem + '.truth.json', encoding='utf-8'))
arts = [dict(id=i + 1, kind=a['kind'], headline=a['headline'], subheadlines=a['subheadlines'], byline=a['byline'],
             paragraphs=a['text'], crossheads=[], captions=a['captions'], editor_note=None,
             continued=a['continued']) for i, a in enumerate(t['articles'])]
print(json.dumps(dict(publication=t['publication'], date=t['date'], issue_no=t['issue_no'], articles=arts),
                 ensure_ascii=False))
