#!/usr/bin/env python3
"""Re-check all holdout12 issues against their truth without regenerating them."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h12lib import check
os.chdir(os.path.dirname(os.path.abspath(__file__)))
PAIRS = [('tongwan-2027-05-04.txt', 'tongwan-2027-05-04.truth.json'),
         ('heyang-2027-05-11.txt', 'heyang-2027-05-11.truth.json'),
         ('songlin-md-2027-05-18.md', 'songlin-md-2027-05-18.truth.json'),
         ('yanhe-2027-05-25.txt', 'yanhe-2027-05-25.truth.json')]
ok = all([check(s, t) for s, t in PAIRS])
sys.exit(0 if ok else 1)
