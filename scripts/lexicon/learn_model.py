#!/usr/bin/env python3
"""Learns the polyphone model (voices/lexicon/model.txt) from labelled sentences.

THIS VERSION carries the variants measured in session 9 and not kept (voices/README.md):
--window N [--sided-bag] [--bag-l2 L] (the hanzi at distances 4..N as a bag), --word-window N
(the sentence's other lexicon words as a bag), --inner-l2 A,B,C (an L2 per character chosen
by inner CV), --average-epochs N, --sentence-words N [--sentence-weight W] (the other
characters of the labelled sentences inside lexicon words as examples), --self-train P (the
model's own predictions of probability >= P for characters standing alone), --compare-lists
(where the decision lists and the model disagree). The next commit takes them out again.

usage: learn_model.py TINGBAO PREFIX [--folds K] [--out model.txt] [--l2 L] [--rate R]
                      [--epochs E] [--prune P] [--predictions FILE] [--cache FILE]
                      [--word-min-count N] [--word-weight W]

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
        at, span, spans = 0, None, []
        for w in words[n].split(' '):
            if learn_rules.PINYIN.match(w):
                size = w.count('-') + 1
                if at <= k < at + size and size > 1:
                    span = (at, size)
                if size > 1:
                    spans.append((at, size))
                at += size
            else:
                at += len(w)
        text = fold(sent)
        word, wpos = '', -1
        if span and at == len(nonspace):
            word = ''.join(text[nonspace[j]] for j in range(span[0], span[0] + span[1]))
            wpos = k - span[0]
        others = []
        if at == len(nonspace):
            others = [[nonspace[a], nonspace[a + size - 1] + 1] for a, size in spans
                      if (a, size) != span]
        # the other characters inside lexicon words: their place in text and reading
        inside = []
        if at == len(nonspace):
            inside = [[nonspace[j], learn_rules.canon(toks[j]), size]
                      for a, size in spans for j in range(a, a + size) if j != k]
        covered = {j for a, size in spans for j in range(a, a + size)}
        alone = [[nonspace[j], learn_rules.canon(toks[j])] for j in range(len(nonspace))
                 if j != k and j not in covered and learn_rules.PINYIN.match(toks[j])] \
            if at == len(nonspace) else []
        out.append(dict(ch=text[pos], text=text, pos=pos, gold=gold,
                        pred=learn_rules.canon(toks[k]), word=word, wpos=wpos, words=others,
                        inside=inside, alone=alone))
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


WINDOW = 0  # set from --window
WORD_WINDOW = 0  # set from --word-window
MANUAL = []
SIDED = False  # set from --sided-bag


def bag_features(text, pos, window=None):
    """The hanzi at distances 4..window on either side, as a bag (each once)."""
    window = WINDOW if window is None else window
    seen = []
    for k in list(range(pos - window, pos - 3)) + list(range(pos + 4, pos + window + 1)):
        if 0 <= k < len(text) and learn_rules.char_class(text[k]) == 'H':
            f = ('SL=' if k < pos and SIDED else 'SR=' if SIDED else 'S=') + text[k]
            if f not in seen:
                seen.append(f)
    return seen


def features(d):
    """The character's own features (conjoined with the candidate reading)."""
    out = ['b'] + context_features(d['text'], d['pos'])
    if WINDOW:
        out += bag_features(d['text'], d['pos'])
    if WORD_WINDOW:
        seen = set()
        for a, b in d['words']:
            if a - WORD_WINDOW <= d['pos'] < b + WORD_WINDOW:
                f = 'SW=' + d['text'][a:b]
                if f not in seen:
                    seen.add(f)
                    out.append(f)
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


def train(instances, args, extra=(), per_char_l2=None):
    """extra: word_examples(), weighted by args.word_weight; per_char_l2: an L2 for the
    features of some characters instead of args.l2."""
    per_char_l2 = per_char_l2 or {}
    instances = [d for d in instances if not d['ruled']]
    labels = collections.defaultdict(set)
    for d in instances:
        labels[d['ch']] |= {d['gold'], d['pred']}
    w = collections.defaultdict(float)
    g2 = collections.defaultdict(float)
    todo = [(d['ch'], d['gold'], {y: keys(d, y, features(d)) for y in
                                  labels[d['ch']] | {d['pred']}}, 1.0) for d in instances]
    # The other characters of the labelled sentences that sit inside lexicon words: the
    # word's reading with the sentence's own context (args.sentence_words: shortest word).
    if args.sentence_words:
        for d in instances:
            for j, y, size in d['inside']:
                ch = d['text'][j]
                if size >= args.sentence_words and y in labels.get(ch, ()) and \
                        len(labels[ch]) > 1:
                    fs = context_features(d['text'], j)
                    todo.append((ch, y, {c: [(ch, f, c) for f in fs] for c in labels[ch]},
                                 args.sentence_weight))
    # Word examples teach only readings the labelled sentences give the character.
    todo += [(ch, y, {c: [(ch, f, c) for f in fs] for c in labels[ch]}, args.word_weight)
             for ch, y, fs in extra if y in labels.get(ch, ())]
    rnd = random.Random(1)
    snapshots = []
    for epoch in range(args.epochs):
        if args.average_epochs and epoch >= args.epochs - args.average_epochs + 1:
            snapshots.append(dict(w))
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
                l2 = args.bag_l2 if k[1].startswith('S') else per_char_l2.get(k[0], args.l2)
                g += l2 * w.get(k, 0.0)
                g2[k] += g * g
                w[k] -= args.rate * g / math.sqrt(g2[k] + 1e-8)
    if snapshots:
        snapshots.append(w)
        keys_all = set().union(*snapshots)
        w = {k: sum(snap.get(k, 0.0) for snap in snapshots) / len(snapshots) for k in keys_all}
    # What the file keeps: weights rounded as written, small ones dropped.
    weights = {k: float(f'{v:.4g}') for k, v in w.items() if abs(v) >= args.prune}
    readings = {ch: sorted(r) for ch, r in labels.items() if len(r) > 1}
    return weights, readings


def self_examples(model, instances, manual, threshold):
    """Self-training: the characters standing alone in the labelled sentences (other than the
    labelled one) that the model knows, with the reading it gives them where its probability
    is at least threshold. Returns (char, reading, features) triples."""
    weights, readings = model
    out = []
    for d in instances:
        for j, pred in d['alone']:
            ch = d['text'][j]
            if ch not in readings:
                continue
            e = dict(ch=ch, text=d['text'], pos=j, pred=pred, word='', wpos=-1)
            if learn_rules.apply(manual, (ch, d['text'], j, '', pred, False)) is not None:
                continue
            fs = features(e)
            score = {y: sum(weights.get(k, 0.0) for k in keys(e, y, fs))
                     for y in set(readings[ch]) | {pred}}
            top = max(score.values())
            z = sum(math.exp(v - top) for v in score.values())
            best = max(score, key=lambda y: (score[y], y == pred))
            if 1 / z >= threshold:
                out.append((ch, best, context_features(d['text'], j)))
    return out


def choose_l2(part, args, extra, inner=5):
    """For each character, the L2 (of args.inner_l2) that inner cross-validation on part
    scores best on that character's sentences; args.l2 on ties."""
    grid = [float(x) for x in args.inner_l2.split(',')]
    right = collections.defaultdict(collections.Counter)
    for l2 in grid:
        sub = argparse.Namespace(**vars(args))
        sub.l2 = l2
        for j in range(inner):
            test = part[j::inner]
            rest = [d for n, d in enumerate(part) if n % inner != j]
            model = train(rest, sub, extra)
            for d in test:
                right[d['ch']][l2] += predict(model, d) == d['gold']
    out = {}
    for ch, counts in right.items():
        best = max(counts.values())
        if counts[args.l2] < best:
            out[ch] = max(grid, key=lambda l2: (counts[l2], -abs(math.log(l2 / args.l2))))
    print(f'{len(out)} characters get their own L2', file=sys.stderr)
    return out


def as_tuple(d):
    return (d['ch'], d['text'], d['pos'], d['gold'], d['pred'], bool(d['word']))


def compare_lists(model, instances, train_ids, test, tally):
    """Where the decision lists (learn_rules.py) and the model disagree on a test sentence:
    counts by the kind of rule that fired and which of the two is right."""
    ns = argparse.Namespace(rank=True, alpha=0.5, min_support=2, min_precision=0.7, min_gain=2)
    train_t = [as_tuple(instances[i]) for i in train_ids if not instances[i]['ruled']]
    ranked = learn_rules.rank(train_t, 0.5, 2, 0.7)
    stats = {}
    for ch, f, v, r in ranked:
        stats[(ch, f, v, r)] = 'ranked'
    rules = learn_rules.learn_all(train_t, ns)
    # precision and support of each rule on the training part
    for d in test:
        if d['ruled']:
            continue
        t = as_tuple(d)
        fired = None
        for rule in rules:
            rch, f, v, r = rule
            if rch != t[0] or (t[5] and not f.startswith('!')):
                continue
            if learn_rules.feature_value(t[1], t[2], f.lstrip('!')) == v:
                fired = rule
                break
        lr = predict(model, d)
        if not fired:
            if lr != d['pred']:
                tally[('none', 'in word' if d['word'] else 'alone',
                       'lexicon' if d['pred'] == d['gold'] else 'model' if lr == d['gold']
                       else 'neither')] += 1
            continue
        if fired[3] == lr:
            continue
        support = sum(1 for u in train_t if u[0] == fired[0] and (not u[5] or fired[1].startswith('!'))
                      and learn_rules.feature_value(u[1], u[2], fired[1].lstrip('!')) == fired[2])
        right = sum(1 for u in train_t if u[0] == fired[0] and (not u[5] or fired[1].startswith('!'))
                    and learn_rules.feature_value(u[1], u[2], fired[1].lstrip('!')) == fired[2]
                    and u[3] == fired[3])
        kind = stats.get(fired, 'greedy') + ('!' if fired[1].startswith('!') else '') + \
            ('*' if fired[1] == '*' else '')
        who = 'lists' if fired[3] == d['gold'] else 'model' if lr == d['gold'] else 'neither'
        tally[(kind, 'lexicon' if lr == d['pred'] else 'changed', min(support, 5),
               round(right / support, 1), who)] += 1


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
    ap.add_argument('--window', type=int, default=0)
    ap.add_argument('--bag-l2', type=float, default=None)
    ap.add_argument('--sided-bag', action='store_true')
    ap.add_argument('--word-window', type=int, default=0)
    ap.add_argument('--compare-lists', action='store_true')
    ap.add_argument('--self-train', type=float, default=0)
    ap.add_argument('--sentence-words', type=int, default=0)
    ap.add_argument('--sentence-weight', type=float, default=0.3)
    ap.add_argument('--cv-errors', help='write the cross-validation errors (character, gold, '
                    'lexicon, model, in a word) as JSON')
    ap.add_argument('--average-epochs', type=int, default=0,
                    help='average the weights after each of the last N epochs')
    ap.add_argument('--inner-l2', help='L2 values, comma-separated, to choose from per '
                    'character by inner cross-validation')
    args = ap.parse_args()
    global WINDOW, WORD_WINDOW, SIDED
    WINDOW, WORD_WINDOW, SIDED = args.window, args.word_window, args.sided_bag
    if args.bag_l2 is None:
        args.bag_l2 = args.l2
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
    MANUAL[:] = manual
    for d in instances:
        t = (d['ch'], d['text'], d['pos'], d['gold'], d['pred'], bool(d['word']))
        d['ruled'] = learn_rules.apply(manual, t) is not None
    base = sum(d['pred'] == d['gold'] for d in instances) / total
    extra = word_examples(root, args.word_min_count) if args.word_weight > 0 else []
    print(f'lexicon and manual rules alone: {base:.4f} on {total} sentences', file=sys.stderr)
    if args.folds:
        order = list(range(len(instances)))
        random.Random(4).shuffle(order)
        ok = 0
        tally = collections.Counter()
        errors = []
        for k in range(args.folds):
            test = [instances[i] for n, i in enumerate(order) if n % args.folds == k]
            part = [instances[i] for n, i in enumerate(order) if n % args.folds != k]
            per_char = choose_l2(part, args, extra) if args.inner_l2 else None
            model = train(part, args, extra, per_char)
            if args.self_train:
                more = self_examples(model, part, MANUAL, args.self_train)
                model = train(part, args, list(extra) + more, per_char)
            ok += sum(predict(model, d) == d['gold'] for d in test)
            for d in test:
                if args.cv_errors and predict(model, d) != d['gold']:
                    errors.append((d['ch'], d['gold'], d['pred'], predict(model, d),
                                   bool(d['word'])))
            if args.compare_lists:
                compare_lists(model, instances, [order[n] for n in range(len(order))
                                                 if n % args.folds != k], test, tally)
        print(f'{args.folds}-fold cross-validated: {ok / total:.4f}', file=sys.stderr)
        if args.cv_errors:
            with open(args.cv_errors, 'w', encoding='utf-8') as f:
                json.dump(errors, f, ensure_ascii=False)
        for key, n in sorted(tally.items()):
            print(key, n, file=sys.stderr)
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
