"""Helpers for the invented JSON issues: truth first, then the newsroom's export made from it.
Each make_*.py writes NAME.json (the export, in that CMS's own schema) and NAME.truth.json (the
schema of /work/shared/fixtures/truth/*.json) next to itself."""
import html, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

def truth_article(a):
    joined = ''.join(a['text'])
    out = dict(kind=a['kind'], headline=a['headline'], subheadlines=a.get('subheadlines', []),
               byline=a.get('byline'), body_first=joined[:15], body_last=joined[-15:],
               paragraphs=len(a['text']), continued=False, captions=a.get('captions', []),
               notes=a.get('notes', ''))
    if a.get('crossheads'):
        out['crossheads'] = [c for _, c in a['crossheads']]
    out['text'] = a['text']
    return out

def write(name, export, pub, date, issue_no, arts, not_articles, notes):
    with open(os.path.join(HERE, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(export, f, ensure_ascii=False, indent=1)
    truth = dict(source=name + '.json', publication=pub, date=date, issue_no=issue_no,
                 articles=[truth_article(a) for a in arts if a['kind'] != 'advert'],
                 not_articles=not_articles, notes=notes)
    with open(os.path.join(HERE, name + '.truth.json'), 'w', encoding='utf-8') as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

def esc(s):
    return html.escape(s, quote=False)

def crossheads_at(a):
    """{paragraph index: crosshead text}"""
    return dict(a.get('crossheads', []))
