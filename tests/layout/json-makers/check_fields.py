"""Field-by-field check of `tingbao parse` against a truth file, beyond segmentation: kind, headline,
subheadlines, byline, captions, crossheads and the exact paragraphs (NFKC, white space removed),
plus publication, date and issue number. usage: check_fields.py TINGBAO EXPORT.json TRUTH.json ..."""
import json, re, subprocess, sys, unicodedata

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def check(tingbao, src, truth_path):
    out = json.loads(subprocess.run([tingbao, 'parse', src], capture_output=True, text=True, check=True).stdout)
    truth = json.load(open(truth_path, encoding='utf-8'))
    fields = ok = 0
    def same(name, got, want):
        nonlocal fields, ok
        fields += 1
        if got == want:
            ok += 1
        else:
            print(f'  {name}: got {got!r} want {want!r}')
    for key in ('publication', 'date', 'issue_no'):
        same(key, out.get(key), truth.get(key))
    preds = {norm(a['headline']): a for a in out['articles']}
    for t in truth['articles']:
        p = preds.get(norm(t['headline']))
        if p is None:
            same('article', None, t['headline'])
            continue
        h = t['headline'][:10]
        same(h + ' kind', p['kind'], t['kind'])
        same(h + ' subheadlines', [norm(x) for x in p['subheadlines']], [norm(x) for x in t['subheadlines']])
        same(h + ' byline', norm(p['byline']), norm(t['byline']))
        same(h + ' captions', [norm(x) for x in p['captions']], [norm(x) for x in t['captions']])
        same(h + ' crossheads', [norm(c['text']) for c in p['crossheads']], [norm(x) for x in t.get('crossheads', [])])
        same(h + ' text', [norm(x) for x in p['paragraphs']], [norm(x) for x in t['text']])
    same('article count', len(out['articles']), len(truth['articles']))
    print(f'{src}: fields {ok}/{fields}')
    return ok, fields

if __name__ == '__main__':
    total = [0, 0]
    for i in range(2, len(sys.argv), 2):
        ok, n = check(sys.argv[1], sys.argv[i], sys.argv[i + 1])
        total[0] += ok; total[1] += n
    print(f'fields {total[0]}/{total[1]}')
    sys.exit(0 if total[0] == total[1] else 1)
