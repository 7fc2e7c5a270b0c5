#!/usr/bin/env python3
"""Regenerate nothing; check every source against its truth with h13lib.check()."""
import sys
from h13lib import check
PAIRS = [('zhetang-2027-06-01.txt', 'zhetang-2027-06-01.truth.json'),
         ('lankou-2027-06-08.txt', 'lankou-2027-06-08.truth.json'),
         ('digang-md-2027-06-15.md', 'digang-md-2027-06-15.truth.json'),
         ('hepu-2027-06-22.txt', 'hepu-2027-06-22.truth.json')]
sys.exit(0 if all([check(s, t) for s, t in PAIRS]) else 1)
