#!/usr/bin/python3
"""Leave-one-set-out evaluation of learnt line-role classifiers against the parser's rules.

usage: nice python3 tests/layout/lineroles/train_eval.py [--tingbao build/tingbao] [--out DIR]

For every plain-text issue with truth (label.issues()): truth roles (label.py), features
(features.py), and the roles implied by `tingbao parse --format json` aligned the same way.
For each set S: train on all other sets, predict S.  Prints and writes results.md.
Deterministic: fixed random_state, sorted inputs.
"""
import argparse, collections, json, os, subprocess, sys, time, warnings
warnings.filterwarnings('ignore')
os.environ.setdefault('OMP_NUM_THREADS', '1')
os.environ.setdefault('OPENBLAS_NUM_THREADS', '1')
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.pipeline import make_pipeline

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import label, features  # noqa: E402

ROLES = label.ROLES
KEY = ['headline', 'byline', 'body-start', 'furniture']
FRESH = ['h10', 'h11']   # the closest stand-in for sets the rules were not developed on


def load(tingbao):
    rows = []   # (set, stem, line, truth role, parser role, feature vector)
    for st, stem, txt, tru in label.issues():
        lines, doc = label.load_issue(txt, tru)
        gold = label.label(lines, doc)
        r = subprocess.run([tingbao, 'parse', '--format', 'json', txt], capture_output=True, timeout=120)
        pred = json.loads(r.stdout) if r.returncode == 0 else {'articles': []}
        rule = label.label(lines, pred, complete=True)
        fv = features.features(lines)
        nb = [i for i in range(len(lines)) if fv[i] is not None]
        zero = [0.0] * len(features.NAMES)
        for k, i in enumerate(nb):
            g, p = gold[i][0], rule[i][0]
            if g is None:
                continue
            prev = fv[nb[k - 1]] if k > 0 else zero
            nxt = fv[nb[k + 1]] if k + 1 < len(nb) else zero
            rows.append((st, stem, i + 1, g, p or 'furniture', fv[i], fv[i] + prev + nxt))
    return rows


def f1s(y, p, classes):
    out = {}
    for c in classes:
        tp = sum(1 for a, b in zip(y, p) if a == c and b == c)
        fp = sum(1 for a, b in zip(y, p) if a != c and b == c)
        fn = sum(1 for a, b in zip(y, p) if a == c and b != c)
        if tp + fp + fn == 0:
            continue            # absent in truth and never predicted: no score
        out[c] = 2 * tp / (2 * tp + fp + fn)
    return out


def score(y, p):
    acc = sum(1 for a, b in zip(y, p) if a == b) / max(len(y), 1)
    f = f1s(y, p, KEY)
    return acc, (sum(f.values()) / len(f) if f else float('nan')), f


def set_weights(sets):
    """Every training set weighs the same in total, whatever its number of lines."""
    cnt = collections.Counter(sets)
    return np.array([1.0 / cnt[s] for s in sets]) * len(sets) / len(cnt)


def models():
    return {
        'logreg': lambda: make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=300)),
        'gbt': lambda: HistGradientBoostingClassifier(max_iter=150, max_depth=4, learning_rate=0.1,
                                                      l2_regularization=1.0, random_state=0),
    }


def fit(make, X, y, w):
    m = make()
    if hasattr(m, 'steps'):
        m.fit(X, y, logisticregression__sample_weight=w)
    else:
        m.fit(X, y, sample_weight=w)
    return m


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--tingbao', default=os.path.join(label.ROOT, 'build', 'tingbao'))
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--no-context', action='store_true', help='skip the +window models (neighbour features)')
    ap.add_argument('--models', help='comma-separated subset of logreg,gbt,logreg+window,gbt+window; '
                    'the report then goes to results-partial.md')
    a = ap.parse_args()
    t0 = time.time()
    rows = load(a.tingbao)
    sets = np.array([r[0] for r in rows])
    stems = [r[1] for r in rows]
    Y = np.array([r[3] for r in rows])
    R = [r[4] for r in rows]
    X = np.array([r[5] for r in rows])
    W = set_weights(list(sets))
    order = sorted(set(sets), key=lambda s: (s not in ('xdc', 'tz'), s.startswith('h') and s[1:].isdigit(),
                                             int(s[1:]) if s[1:].isdigit() else 0, s))
    print(f'{len(rows)} labelled lines, {len(order)} sets, {X.shape[1]} features ({time.time()-t0:.0f}s)', flush=True)

    XW = np.array([r[6] for r in rows])
    preds = {'rules': np.array(R, dtype=object)}
    variants = [(n, mk, X) for n, mk in models().items()]
    if not a.no_context:
        variants += [(n + '+window', mk, XW) for n, mk in models().items()]
    if a.models:
        variants = [v for v in variants if v[0] in a.models.split(',')]
    for name, make, XX in variants:
        P = np.empty(len(rows), dtype=object)
        for s in order:
            tr, te = sets != s, sets == s
            m = fit(make, XX[tr], Y[tr], W[tr])
            P[te] = m.predict(XX[te])
        print(f'  {name} done ({time.time()-t0:.0f}s)', flush=True)
        preds[name] = P

    if 'gbt+window' in preds:
        # a hybrid: the rules' role, except where the model says caption or crosshead (the roles
        # where the model beats the rules on fresh sets)
        for tag, roles in (('cap,xh', ['caption', 'crosshead']), ('cap', ['caption'])):
            H = preds['rules'].copy()
            sel = np.isin(preds['gbt+window'], roles)
            H[sel] = preds['gbt+window'][sel]
            preds[f'rules+gbtw({tag})'] = H
    names = list(preds)
    lines = []
    hdr = '| set | lines | ' + ' | '.join(f'{n} acc | {n} F1₄' for n in names) + ' |'
    lines.append(hdr)
    lines.append('|' + '---|' * (2 + 2 * len(names)))
    groups = [(s, sets == s) for s in order]
    groups.append(('**h10+h11** (fresh stand-in)', np.isin(sets, FRESH)))
    groups.append(('**h-sets other than h10/h11**', np.array([s.startswith('h') and s not in FRESH for s in sets])))
    groups.append(('**all (pooled)**', np.ones(len(rows), bool)))
    table = {}
    for g, mask in groups:
        cells = []
        for n in names:
            acc, mf, _ = score(list(Y[mask]), list(preds[n][mask]))
            cells.append(f'{acc:.3f} | {mf:.3f}')
            table[(g, n)] = (acc, mf)
        lines.append(f'| {g} | {mask.sum()} | ' + ' | '.join(cells) + ' |')
    # mean over sets (each set counted once)
    cells = []
    for n in names:
        accs = [table[(s, n)][0] for s in order]
        mfs = [table[(s, n)][1] for s in order]
        cells.append(f'{np.mean(accs):.3f} | {np.nanmean(mfs):.3f}')
    lines.append(f'| **mean of sets** | | ' + ' | '.join(cells) + ' |')
    res = '\n'.join(lines)
    print(res)

    # per-role F1 on the fresh stand-in and everywhere
    det = ['', '| role | ' + ' | '.join(f'{n} F1 (h10+h11)' for n in names) + ' | ' +
           ' | '.join(f'{n} F1 (all, LOSO)' for n in names) + ' | truth lines h10+h11 | truth lines all |',
           '|' + '---|' * (3 + 2 * len(names))]
    fresh = np.isin(sets, FRESH)
    for c in ROLES:
        f_fresh = [f1s(list(Y[fresh]), list(preds[n][fresh]), [c]).get(c) for n in names]
        f_all = [f1s(list(Y), list(preds[n]), [c]).get(c) for n in names]
        fmt = lambda v: '—' if v is None else f'{v:.3f}'
        det.append(f'| {c} | ' + ' | '.join(fmt(v) for v in f_fresh) + ' | ' + ' | '.join(fmt(v) for v in f_all) +
                   f' | {(Y[fresh] == c).sum()} | {(Y == c).sum()} |')
    det = '\n'.join(det)
    print(det)

    # confusion of the best-simple model and the rules on h10+h11
    conf = []
    for n in names:
        cm = collections.Counter((y, p) for y, p in zip(Y[fresh], preds[n][fresh]) if y != p)
        conf.append(f'\n{n}, most frequent errors on h10+h11 (truth → predicted: lines): ' +
                    ', '.join(f'{y}→{p}: {k}' for (y, p), k in cm.most_common(10)))
    conf = '\n'.join(conf)
    print(conf)

    # a model trained on everything: weights and the features that matter most
    full = fit(models()['logreg'], X, Y, W)
    lr = full.named_steps['logisticregression']
    coef = lr.coef_
    imp = []
    for ci, c in enumerate(lr.classes_):
        top = np.argsort(-np.abs(coef[ci]))[:6]
        imp.append(f'| {c} | ' + ', '.join(f'{features.NAMES[j]} {coef[ci][j]:+.2f}' for j in top) + ' |')
    overall = np.argsort(-np.abs(coef).sum(axis=0))[:15]
    imp_txt = ('\nlogreg trained on all sets: %d classes × (%d features + 1 intercept) = %d weights, plus %d means '
               'and %d scales for standardization.\n\n| role | strongest standardized weights |\n|---|---|\n' %
               (len(lr.classes_), X.shape[1], coef.size + len(lr.classes_), X.shape[1], X.shape[1]) + '\n'.join(imp) +
               '\n\nfeatures with the largest total |weight| across roles: ' +
               ', '.join(features.NAMES[j] for j in overall))
    print(imp_txt)
    with open(os.path.join(a.out, 'results-partial.md' if a.models else 'results.md'), 'w') as f:
        f.write('# results (generated by train_eval.py; do not edit)\n\n'
                f'{len(rows)} labelled lines, {len(order)} sets, {X.shape[1]} features. '
                'acc = line-role accuracy over all 9 roles; F1₄ = macro-F1 of headline/byline/body-start/furniture. '
                'Models: leave-one-set-out (trained on every other set, set-balanced weights). '
                'rules = roles implied by `tingbao parse --format json`.\n\n')
        f.write(res + '\n' + det + '\n' + conf + '\n' + imp_txt + '\n')
    print(f'done in {time.time()-t0:.0f}s')


if __name__ == '__main__':
    main()
