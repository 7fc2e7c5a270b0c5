#!/usr/bin/env python3
"""Re-check the three holdout9 truths against their sources (no regeneration)."""
import os, sys; here = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, here)
from h9lib import check
ok = True
for src in ['bixi-2027-02-09.txt', 'chengtang-2027-02-16.txt', 'luzhou-wechat-2027-02-23.html']:
    ok &= check(os.path.join(here, src), os.path.join(here, os.path.splitext(src)[0] + '.truth.json'))
sys.exit(0 if ok else 1)
