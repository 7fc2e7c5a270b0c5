#!/usr/bin/env python3
"""Learns the polyphone model (voices/lexicon/model.txt) from labelled sentences.

usage: learn_model.py TINGBAO PREFIX [--folds K] [--out model.txt] [--l2 L] [--rate R]
                      [--epochs E] [--prune P] [--predictions FILE] [--cache FILE]
                      [--word-min-count N] [--word-weight W] [--cv-errors FILE]

PREFIX.sent holds one sentence a line with the polyphone between two U+2581 marks, PREFIX.lb its
label (the CPP format). TINGBAO is a built program; it is run with a lexicon compiled without
the learnt rules and model and without name joining (TINGBAO_LEXICON), to see what the lexicon
and the hand-written rules say and which lexicon word holds the character.

Model: per character, a multinomial logistic regression over the readings seen with it in
training (plus the lexicon's reading), L2-regularized, trained by AdaGrad. Features, each
conjoined with the character and the candidate reading: bias; the characters at -3..+3 and
the bigrams around it (the decision lists' L1 R1 L2 R2 L1R1 L3 R3 LC RC, see
src/mandarin/polyphone.c, plus L4 R4 for the characters three places away); the lexicon word
holding it and its place in that word; the reading the lexicon gives and whether a word gave
it. Two features shared by all characters fire for the candidate the lexicon gives (AG, and
AG_IW by whether a word gave it): how far to trust the lexicon where the character's own
evidence is thin. Besides the labelled sentences, the lexicon's frequent words (words.txt,
count >= --word-min-count) are examples of weight --word-weight for the context features alone
(word_examples): the reading a word gives a character, with the characters beside it in the
word. What the hand-written rules (rules_manual.txt) decide is neither learnt
from nor changed: the C side runs them first and the model skips what they decided.
src/mandarin/model.c computes the same features; both sides must change together (check
with --predictions: the file's readings must equal `tingbao pinyin` on PREFIX). --folds K
prints K-fold cross-validated accuracy (train on K-1 parts, score the held-out one, the word
examples in every fold) with the same pruning and rounding as the written file.

model.txt: `char<TAB>feature<TAB>reading<TAB>weight`, char `*` for the shared features.
"""
import argparse
import collections
import json
import math
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import learn_rules  # noqa: E402  (the CPP loader, folding, and context features)

CONTEXT = ('L1', 'R1', 'L2', 'R2', 'L1R1', 'L3', 'R3', 'LC', 'RC')
# inside a lexicon word the neighbours' kinds say nothing (hanzi, then the word's edge)
WORD_CONTEXT = CONTEXT[:-2]


def extract(exe, prefix, root):
    """Instances: dicts with the folded sentence, the position, gold and lexicon readings, and
    the lexicon word (of two or more characters) holding the character, if any."""
    fold = learn_rules.folder(os.path.join(root, 'voices/lexicon'))
    data = learn_rules.load(prefix)
    with tempfile.TemporaryDirectory() as tmp:
        lexicon = os.path.join(tmp, 'lexicon.bin')
        subprocess.run([sys.executable, os.path.join(root, 'scripts/lexicon/compile.py'),
                        os.path.join(root, 'voices/lexicon'), lexicon, '--no-rules',
                        '--no-names'], check=True)
        chars, words = learn_rules.run_pinyin(exe, lexicon, data)
    out = []
    for n, (sent, pos, gold) in enumerate(data):
        nonspace = [i for i, ch in enumerate(sent) if not ch.isspace()]
        toks = chars[n].split(' ')
        if len(toks) != len(nonspace) or pos not in nonspace:
            out.append(None)
            continue
        k = nonspace.index(pos)
        at, span = 0, None
        for w in words[n].split(' '):
            if learn_rules.PINYIN.match(w):
                size = w.count('-') + 1
                if at <= k < at + size and size > 1:
                    span = (at, size)
                at += size
            else:
                at += len(w)
        text = fold(sent)
        word, wpos = '', -1
        if span and at == len(nonspace):
            word = ''.join(text[nonspace[j]] for j in range(span[0], span[0] + span[1]))
            wpos = k - span[0]
        out.append(dict(ch=text[pos], text=text, pos=pos, gold=gold,
                        pred=learn_rules.canon(toks[k]), word=word, wpos=wpos))
    return out


def learn_rules_manual(root):
    with open(os.path.join(root, 'voices/lexicon/rules_manual.txt'), encoding='utf-8') as f:
        return [line.rstrip('\n').split('\t') for line in f
                if line.strip() and not line.startswith('#')]


def context_features(text, pos, context=CONTEXT):
    """The characters around text[pos] (and, with CONTEXT, the kinds of its neighbours)."""
    out = []
    for f in context:
        v = learn_rules.feature_value(text, pos, f)
        if v:
            out.append(f + '=' + v)
    if pos >= 3:
        out.append('L4=' + text[pos - 3])
    if pos + 3 < len(text):
        out.append('R4=' + text[pos + 3])
    return out


def features(d):
    """The character's own features (conjoined with the candidate reading)."""
    out = ['b'] + context_features(d['text'], d['pos'])
    if d['word']:
        out.append('W=' + d['word'])
        out.append(f"WP={d['wpos']}/{len(d['word'])}")
    out.append('X=' + d['pred'])
    out.append(f"IW={int(bool(d['word']))}")
    return out


def shared(d, y):
    """Features shared by all characters, for the candidate the lexicon gives."""
    return ['AG', f"AG_IW={int(bool(d['word']))}"] if y == d['pred'] else []


def keys(d, y, fs):
    return [(d['ch'], f, y) for f in fs] + [('*', f, '*') for f in shared(d, y)]


def word_examples(root, min_count):
    """Extra evidence from the lexicon: for every word of two to four characters seen at least
    min_count times (jieba's count), each of its characters with the reading the word gives it
    and the characters around it inside the word as context. Only the context features learn
    from these (the bias, the lexicon's reading and the shared weights stay the labelled
    sentences' own): they say which neighbours go with which reading of a character, for
    contexts the labelled sentences never show. Returns (char, reading, features) triples."""
    lexicon = os.path.join(root, 'voices/lexicon')
    default = {}
    with open(os.path.join(lexicon, 'chars.txt'), encoding='utf-8') as f:
        for line in f:
            parts = line.rstrip('\n').split('\t')
            if not line.startswith('#') and len(parts) >= 2:
                default[parts[0]] = learn_rules.canon(parts[1])
    out = []
    with open(os.path.join(lexicon, 'words.txt'), encoding='utf-8') as f:
        for line in f:
            parts = line.rstrip('\n').split('\t')
            if line.startswith('#') or len(parts) < 2:
                continue
            word, count = parts[0], int(parts[1])
            if not 2 <= len(word) <= 4 or count < min_count:
                continue
            given = parts[2].split(' ') if len(parts) > 2 else None
            if given and len(given) != len(word):
                continue
            for i, ch in enumerate(word):
                reading = learn_rules.canon(given[i]) if given else default.get(ch)
                if reading:
                    out.append((ch, reading, context_features(word, i, WORD_CONTEXT)))
    return out


def train(instances, args, extra=()):
    """extra: word_examples(), weighted by args.word_weight."""
    instances = [d for d in instances if not d['ruled']]
    labels = collections.defaultdict(set)
    for d in instances:
        labels[d['ch']] |= {d['gold'], d['pred']}
    w = collections.defaultdict(float)
    g2 = collections.defaultdict(float)
    todo = [(d['ch'], d['gold'], {y: keys(d, y, features(d)) for y in
                                  labels[d['ch']] | {d['pred']}}, 1.0) for d in instances]
    # Word examples teach only readings the labelled sentences give the character.
    todo += [(ch, y, {c: [(ch, f, c) for f in fs] for c in labels[ch]}, args.word_weight)
             for ch, y, fs in extra if y in labels.get(ch, ())]
    rnd = random.Random(1)
    for _ in range(args.epochs):
        rnd.shuffle(todo)
        for ch, gold, ks, weight in todo:
            if len(ks) < 2:
                continue
            score = {y: sum(w.get(k, 0.0) for k in ks[y]) for y in ks}
            top = max(score.values())
            z = sum(math.exp(s - top) for s in score.values())
            grad = collections.defaultdict(float)
            for y in sorted(ks):
                p = (math.exp(score[y] - top) / z - (y == gold)) * weight
                for k in ks[y]:
                    grad[k] += p
            for k, g in grad.items():
                g += args.l2 * w.get(k, 0.0)
                g2[k] += g * g
                w[k] -= args.rate * g / math.sqrt(g2[k] + 1e-8)
    # What the file keeps: weights rounded as written, small ones dropped.
    weights = {k: float(f'{v:.4g}') for k, v in w.items() if abs(v) >= args.prune}
    readings = {ch: sorted(r) for ch, r in labels.items() if len(r) > 1}
    return weights, readings


def predict(model, d):
    """The reading the model gives d: the best-scoring candidate, the lexicon's on a tie, then
    the first in alphabetical order (as src/mandarin/model.c)."""
    weights, readings = model
    if d['ch'] not in readings or d['ruled']:
        return d['pred']
    fs = features(d)
    best, best_score = None, None
    for y in sorted(set(readings[d['ch']]) | {d['pred']}):
        s = sum(weights.get(k, 0.0) for k in keys(d, y, fs))
        if best is None or s > best_score or (s == best_score and y == d['pred']):
            best, best_score = y, s
    return best


def write(model, path):
    weights, readings = model
    with open(path, 'w', encoding='utf-8') as f:
        f.write('# char\tfeature\treading\tweight: polyphone model, learnt by '
                'scripts/lexicon/learn_model.py from CPP dev (see voices/README.md)\n')
        # every candidate reading of a character has a bias line, so the file lists them
        for ch in sorted(readings):
            for y in readings[ch]:
                f.write(f"{ch}\tb\t{y}\t{weights.get((ch, 'b', y), 0.0):.4g}\n")
        for (ch, feat, y), v in sorted(weights.items()):
            if feat != 'b':
                f.write(f'{ch}\t{feat}\t{y}\t{v:.4g}\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('exe')
    ap.add_argument('prefix')
    ap.add_argument('--folds', type=int, default=0)
    ap.add_argument('--out')
    ap.add_argument('--predictions', help='write the predictions of the model trained on all '
                    'of PREFIX for PREFIX as JSON (to check the C side agrees)')
    ap.add_argument('--l2', type=float, default=0.003)
    ap.add_argument('--rate', type=float, default=0.1)
    ap.add_argument('--epochs', type=int, default=5)
    ap.add_argument('--prune', type=float, default=0.001)
    ap.add_argument('--cache', help='instances as JSON: read if present, else written')
    ap.add_argument('--word-min-count', type=int, default=50,
                    help='lexicon words seen this often give extra examples (word_examples)')
    ap.add_argument('--word-weight', type=float, default=0.3,
                    help='the weight of a word example (0: none)')
    ap.add_argument('--cv-errors', help='with --folds: write the cross-validation errors as '
                    'JSON (character, gold, lexicon, model, inside a word), to see where they are')
    args = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    if args.cache and os.path.exists(args.cache):
        instances = json.load(open(args.cache, encoding='utf-8'))
    else:
        instances = extract(args.exe, args.prefix, root)
        if args.cache:
            json.dump(instances, open(args.cache, 'w', encoding='utf-8'), ensure_ascii=False)
    total = len(instances)
    instances = [d for d in instances if d]
    # What the hand-written rules decide (tried first, src/mandarin/polyphone.c) the model
    # leaves alone: those instances are not learnt from and keep the rules' reading.
    manual = []
    for parts in learn_rules_manual(root):
        manual.append(tuple(parts))
    for d in instances:
        t = (d['ch'], d['text'], d['pos'], d['gold'], d['pred'], bool(d['word']))
        d['ruled'] = learn_rules.apply(manual, t) is not None
    base = sum(d['pred'] == d['gold'] for d in instances) / total
    extra = word_examples(root, args.word_min_count) if args.word_weight > 0 else []
    print(f'lexicon and manual rules alone: {base:.4f} on {total} sentences', file=sys.stderr)
    if args.folds:
        order = list(range(len(instances)))
        random.Random(4).shuffle(order)
        ok, errors = 0, []
        for k in range(args.folds):
            test = [instances[i] for n, i in enumerate(order) if n % args.folds == k]
            model = train([instances[i] for n, i in enumerate(order) if n % args.folds != k],
                          args, extra)
            for d in test:
                guess = predict(model, d)
                ok += guess == d['gold']
                if guess != d['gold']:
                    errors.append((d['ch'], d['gold'], d['pred'], guess, bool(d['word'])))
        print(f'{args.folds}-fold cross-validated: {ok / total:.4f}', file=sys.stderr)
        if args.cv_errors:
            with open(args.cv_errors, 'w', encoding='utf-8') as f:
                json.dump(errors, f, ensure_ascii=False)
    if args.out or args.predictions:
        model = train(instances, args, extra)
        if args.out:
            write(model, args.out)
            print(f'{len(model[0])} weights, {len(model[1])} characters', file=sys.stderr)
        if args.predictions:
            with open(args.predictions, 'w', encoding='utf-8') as f:
                json.dump([predict(model, d) for d in instances], f)
        ok = sum(predict(model, d) == d['gold'] for d in instances)
        print(f'on the training sentences: {ok / total:.4f}', file=sys.stderr)


if __name__ == '__main__':
    main()
