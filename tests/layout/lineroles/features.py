#!/usr/bin/python3
"""Per-line typographic features for the line-role study (issue #3).

General evidence only: lengths, the issue's typical line length, first/last character classes,
character shares, blank lines around, neighbours, and a few generic cue flags (本报讯, 记者,
摄, 版, 期, date, 编辑) that any Chinese paper uses.  No word of one paper.
"""
import re
import statistics

SENT_END = set('。！？!?…')
CLOSE_Q = set('”’」』"\'')
COMMA = set('，、；：,;:')
CLOSE_BR = set('）)】〗]》>')
OPEN_BR = set('（(【〖[《<「『')
MARKS = set('●◆◇■□▲△▼▽★☆◎○※·•→#*>|')
PUNCT = SENT_END | CLOSE_Q | COMMA | CLOSE_BR | OPEN_BR | set('“‘—－-…·/／')
DATE = re.compile(r'(19|20)\d\d\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日|星期[一二三四五六日天]')
EDITION = re.compile(r'第?\s*[0-9一二三四五六七八九十A-Z]{1,3}\s*版|[上下]?[接转]第?[0-9一二三四五六七八九十]+版')
ISSUE = re.compile(r'第\s*\d+\s*期|总第')


def is_han(c):
    return '\u3400' <= c <= '\u9fff' or '\uf900' <= c <= '\ufaff'


def cls_last(t):
    """last character class of the stripped line, as an index."""
    if not t:
        return 0
    c = t[-1]
    if c in CLOSE_Q and len(t) > 1 and t[-2] in SENT_END:
        return 1           # 。” sentence end inside a quote
    if c in SENT_END:
        return 2
    if c in COMMA:
        return 3
    if c in CLOSE_BR:
        return 4
    if c in CLOSE_Q:
        return 5
    if c.isdigit():
        return 6
    if c.isascii() and c.isalpha():
        return 7
    if is_han(c):
        return 8
    return 9


LAST_NAMES = ['none', 'sentq', 'sent', 'comma', 'closebr', 'closeq', 'digit', 'latin', 'han', 'otherend']


def first_class(raw):
    t = raw.strip()
    if not t:
        return 0
    c = t[0]
    if c in OPEN_BR:
        return 1
    if c in MARKS:
        return 2
    if c in '“‘「『"':
        return 3
    if t.startswith('——') or t.startswith('--') or c == '—':
        return 4
    if c.isdigit():
        return 5
    if c.isascii() and c.isalpha():
        return 6
    if is_han(c):
        return 7
    return 8


FIRST_NAMES = ['none', 'openbr', 'mark', 'openq', 'dash', 'digit', 'latin', 'han', 'otherstart']


def line_stats(raw):
    t = raw.strip()
    n = len(t)
    lead = raw[:len(raw) - len(raw.lstrip())]
    return {
        'n': n,
        't': t,
        'indent_sp': 1.0 if (' ' in lead or '\t' in lead) else 0.0,
        'indent_fw': 1.0 if '\u3000' in lead else 0.0,
        'last': cls_last(re.sub(r'\s+', '', t)),
        'first': first_class(raw),
        'punct': sum(1 for c in t if c in PUNCT) / max(n, 1),
        'digit': sum(1 for c in t if c.isdigit()) / max(n, 1),
        'latin': sum(1 for c in t if c.isascii() and c.isalpha()) / max(n, 1),
        'gap': 1.0 if re.search(r'\S[ \u3000]+\S', t) else 0.0,
        'biggap': 1.0 if re.search(r'\S( {4,}|\u3000{2,})\S', t) else 0.0,
        'nosent': 0.0 if any(c in SENT_END or c in COMMA for c in t) else 1.0,
    }


def typical_length(stats):
    """The issue's column width: the upper quartile of non-blank line lengths."""
    ls = sorted(s['n'] for s in stats if s['n'] > 0)
    if not ls:
        return 1.0
    return float(max(ls[int(0.75 * (len(ls) - 1))], 1))


NAMES = []


def features(lines):
    """One feature vector (list of floats) per line; blank lines get None."""
    st = [line_stats(l) for l in lines]
    typ = typical_length(st)
    nb = [i for i, s in enumerate(st) if s['n'] > 0]
    # position since the last blank line / until the next blank line
    since, until = [0] * len(st), [0] * len(st)
    run = 0
    for i, s in enumerate(st):
        run = run + 1 if s['n'] else 0
        since[i] = run
    run = 0
    for i in range(len(st) - 1, -1, -1):
        run = run + 1 if st[i]['n'] else 0
        until[i] = run
    out = [None] * len(lines)
    names = []

    def add(name, v):
        if not names_done:
            names.append(name)
        vec.append(float(v))

    names_done = False
    empty = {'n': 0, 't': '', 'indent_sp': 0.0, 'indent_fw': 0.0, 'last': 0, 'first': 0, 'punct': 0.0,
             'digit': 0.0, 'latin': 0.0, 'gap': 0.0, 'biggap': 0.0, 'nosent': 0.0}
    for k, i in enumerate(nb):
        s = st[i]
        t = s['t']
        p = st[nb[k - 1]] if k > 0 else empty
        q = st[nb[k + 1]] if k + 1 < len(nb) else empty
        vec = []
        add('len_log', __import__('math').log1p(s['n']))
        add('len_rel', min(s['n'] / typ, 3.0))
        add('len_full', 1 if s['n'] >= 0.9 * typ else 0)
        add('len_short', 1 if s['n'] <= 0.5 * typ else 0)
        add('len_le4', 1 if s['n'] <= 4 else 0)
        add('indent_sp', s['indent_sp'])
        add('indent_fw', s['indent_fw'])
        for j, nm in enumerate(LAST_NAMES[1:], 1):
            add('last_' + nm, s['last'] == j)
        for j, nm in enumerate(FIRST_NAMES[1:], 1):
            add('first_' + nm, s['first'] == j)
        add('share_punct', s['punct'])
        add('share_digit', s['digit'])
        add('share_latin', s['latin'])
        add('inner_gap', s['gap'])
        add('column_gap', s['biggap'])
        add('no_sent_punct', s['nosent'])
        add('prev_blank', 1 if i == 0 or st[i - 1]['n'] == 0 else 0)
        add('next_blank', 1 if i + 1 >= len(st) or st[i + 1]['n'] == 0 else 0)
        add('since_blank_1', since[i] == 1)
        add('since_blank_2', since[i] == 2)
        add('since_blank_log', __import__('math').log(since[i]))
        add('until_blank_log', __import__('math').log(until[i]))
        add('block_len1', since[i] == 1 and until[i] == 1)
        add('prev_len_rel', min(p['n'] / typ, 3.0))
        add('next_len_rel', min(q['n'] / typ, 3.0))
        add('prev_ends_sent', p['last'] in (1, 2))
        add('prev_ends_comma', p['last'] == 3)
        add('prev_nosent', p['nosent'])
        add('prev_full', 1 if p['n'] >= 0.9 * typ else 0)
        add('next_ends_sent', q['last'] in (1, 2))
        add('next_indent', max(q['indent_sp'], q['indent_fw']))
        add('prev_indent', max(p['indent_sp'], p['indent_fw']))
        add('next_first_openbr', q['first'] == 1)
        add('next_nosent', q['nosent'])
        add('next_dateline', 1 if re.match(r'\s*(本报讯|本报)', q['t']) else 0)
        add('doc_pos', k / max(len(nb) - 1, 1))
        add('doc_first5', k < 5)
        # generic cue flags
        add('cue_benbao', 1 if re.match(r'[\s\u3000]*[■□●◆]?\s*(本报讯|本报)', t) else 0)
        add('cue_reporter', 1 if re.search(r'记者|通讯员|评论员|实习生', t) else 0)
        add('cue_photo', 1 if re.search(r'摄\s*[)）]?$|供图\s*[)）]?$|摄影|图/|图：', t) else 0)
        add('cue_byline_slash', 1 if re.match(r'[\s\u3000]*[(（]?\s*(文|图|文/图|文图)\s*[/／|：:]', t) else 0)
        add('cue_edition', 1 if EDITION.search(t) else 0)
        add('cue_issue', 1 if ISSUE.search(t) else 0)
        add('cue_date', 1 if DATE.search(t) else 0)
        add('cue_editor', 1 if re.search(r'编辑|责编|美编|校对|版式|热线|邮编|地址|印刷', t) else 0)
        add('cue_qa', 1 if re.match(r'[\s\u3000]*(问|答|[Qq]|[Aa])\s*[：:]', t) else 0)
        add('cue_colon_head', 1 if re.match(r'[\s\u3000]*\S{2,8}[：:]', t) else 0)
        add('cue_note', 1 if re.match(r'[\s\u3000]*(编者按|编后|按语|引言)', t) else 0)
        add('whole_bracketed', 1 if re.match(r'^[(（【〖\[].*[)）】〗\]]$', t) else 0)
        add('bias', 1)
        out[i] = vec
        if not names_done:
            NAMES[:] = names
            names_done = True
    return out
