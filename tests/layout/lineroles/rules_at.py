#!/usr/bin/python3
"""Line-role score of one parser build on some sets: the rules "as they were" at a commit.

usage: rules_at.py TINGBAO SET [SET ...]      e.g. rules_at.py /tmp/old/build/tingbao h11

Same labels, alignment and metrics as train_eval.py (acc over all roles, F1₄ = macro-F1 of
headline/byline/body-start/furniture), restricted to the named sets.
"""
import json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import label  # noqa: E402
from train_eval import score, f1s, KEY  # noqa: E402


def main():
    exe, want = sys.argv[1], set(sys.argv[2:])
    Y, P = [], []
    for st, stem, txt, tru in label.issues():
        if st not in want:
            continue
        lines, doc = label.load_issue(txt, tru)
        gold = label.label(lines, doc)
        r = subprocess.run([exe, 'parse', '--format', 'json', txt], capture_output=True, timeout=120)
        pred = json.loads(r.stdout) if r.returncode == 0 else {'articles': []}
        rule = label.label(lines, pred, complete=True)
        y = [g for (g, _), _r in zip(gold, rule) if g is not None]
        p = [(q or 'furniture') for (g, _), (q, _) in zip(gold, rule) if g is not None]
        acc, mf, f = score(y, p)
        print(f'{stem}: lines {len(y)} acc {acc:.3f} F1₄ {mf:.3f}')
        Y += y; P += p
    acc, mf, f = score(Y, P)
    print(f'{"+".join(sorted(want))}: lines {len(Y)} acc {acc:.3f} F1₄ {mf:.3f} ' +
          ' '.join(f'{k}={v:.3f}' for k, v in f.items()))


if __name__ == '__main__':
    main()
