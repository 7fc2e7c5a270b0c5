#!/usr/bin/env python3
"""Re-check the stored files: every truth paragraph must appear in order in its source
(after removing white space, U+2043, HTML markup/entities and the 转/接 jump markers)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h2lib import check, strip_html
here = os.path.dirname(os.path.abspath(__file__))
bad = 0
for src, tru in [('xicheng-2026-05-20.txt', 'xicheng-2026-05-20.json'),
                 ('fengtai-2026-06-09.txt', 'fengtai-2026-06-09.json'),
                 ('daxing-cms-2026-07-14.html', 'daxing-cms-2026-07-14.json')]:
    text = open(os.path.join(here, src)).read()
    if src.endswith('.html'):
        text = strip_html(text)
    bad += check(text, os.path.join(here, tru), drop=('（接第1版）', '（转第2版）'))
sys.exit(1 if bad else 0)
