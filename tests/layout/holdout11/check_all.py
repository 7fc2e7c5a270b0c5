#!/usr/bin/env python3
"""Re-check all holdout11 issues against their truth without regenerating them."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h11lib import check
os.chdir(os.path.dirname(os.path.abspath(__file__)))
PAIRS = [('wugang-2027-04-06.txt', 'wugang-2027-04-06.truth.json'),
         ('weitang-2027-04-13.txt', 'weitang-2027-04-13.truth.json'),
         ('liyuan-md-2027-04-20.md', 'liyuan-md-2027-04-20.truth.json'),
         ('lanqiao-2027-04-27.txt', 'lanqiao-2027-04-27.truth.json')]
ok = all([check(s, t) for s, t in PAIRS])
sys.exit(0 if ok else 1)
