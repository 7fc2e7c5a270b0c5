"""Re-check every holdout4 issue: each truth paragraph's characters appear in the source in order."""
import json, html, glob, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h4lib import check
os.chdir(os.path.dirname(os.path.abspath(__file__)))
for t in sorted(glob.glob('*.truth.json')):
    truth = json.load(open(t, encoding='utf-8'))
    src = open(truth['source'], encoding='utf-8').read()
    if truth['source'].endswith('.json'):
        d = json.loads(src); parts = []
        for r in d['articles']:
            parts += [r['headline']] + r.get('subheadlines', []) + [html.unescape(p) for p in r['paragraphs']] + r.get('captions', [])
        src = '\n'.join(parts)
    check(truth, src)
