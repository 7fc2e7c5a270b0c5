#!/usr/bin/env python3
"""Check the three holdout7 sources against their truth without regenerating them (run in this folder)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import h7lib
ok = True
h7lib.LAYOUT.update(cols=[0, 26, 52], header=[6, 2, 2], footer=1)   # as make_xiling-layout-2026-12-22.py
ok &= h7lib.check('xiling-layout-2026-12-22.txt', 'xiling-layout-2026-12-22.truth.json')
h7lib.LAYOUT.clear()
ok &= h7lib.check('yunxi-cms-2026-12-29.json', 'yunxi-cms-2026-12-29.truth.json')
ok &= h7lib.check('liutang-word-2027-01-05.txt', 'liutang-word-2027-01-05.truth.json')
sys.exit(0 if ok else 1)
