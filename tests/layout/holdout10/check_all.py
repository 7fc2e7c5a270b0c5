#!/usr/bin/env python3
"""Re-check all holdout10 issues against their truth without regenerating them."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h10lib import check
os.chdir(os.path.dirname(os.path.abspath(__file__)))
PAIRS = [('huaichuan-2027-03-02.txt', 'huaichuan-2027-03-02.truth.json'),
         ('baiyu-2027-03-09.txt', 'baiyu-2027-03-09.truth.json'),
         ('langou-md-2027-03-16.md', 'langou-md-2027-03-16.truth.json'),
         ('qingtan-2027-03-23.txt', 'qingtan-2027-03-23.truth.json')]
ok = all([check(s, t) for s, t in PAIRS])
sys.exit(0 if ok else 1)
