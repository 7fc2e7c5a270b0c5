#!/usr/bin/env python3
"""Fake `tingbao parse --format json SRC` that prints the truth of SRC (SRC minus extension + .truth.json)."""
import json, os, sys
src = sys.argv[-1]
t = json.load(open(os.path.splitext(src)[0] + '.truth.json', encoding='utf-8'))
arts = [dict(id=i + 1, kind=a['kind'], headline=a['headline'], subheadlines=a['subheadlines'],
             byline=a['byline'], paragraphs=a['text'], captions=a['captions'],
             crossheads=[dict(before=0, text=c) for c in a.get('crossheads', [])],
             editor_note=''.join(a['editor_note']['text']) if a.get('editor_note') else None,
             continued=a['continued']) for i, a in enumerate(t['articles'])]
print(json.dumps(dict(publication=t['publication'], date=t['date'], issue_no=t['issue_no'], articles=arts),
                 ensure_ascii=False))
