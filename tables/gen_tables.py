#!/usr/bin/env python3
"""Generates the pinyin syllable rules of tingbao's liblouis tables.

usage: tables/gen_tables.py            (rewrites tables/tingbao-*-syllables.cti)

The tables read the reading's citation pinyin with tone digits (zhong1guo2): every rule
ends in its tone digit, so syllables never need separators and cannot match Latin text.
Cells and the tone-omission rule of 国家通用盲文 (GF 0019-2018) are from ../shared/NOTES.md
and were checked against liblouis's zhcn-cbs.ctb. The C side (src/braille/pinyin.c) accepts
exactly the syllables generated here: keep the two in step.
"""
import os

# Unicode braille → liblouis dot numbers.
def dots(cells):
    out = []
    for ch in cells:
        bits = ord(ch) - 0x2800
        out.append(''.join(str(d + 1) for d in range(8) if bits & (1 << d)) or '0')
    return '-'.join(out)

INITIALS = {
    'b': '⠃', 'p': '⠏', 'm': '⠍', 'f': '⠋', 'd': '⠙', 't': '⠞', 'n': '⠝', 'l': '⠇',
    'g': '⠛', 'k': '⠅', 'h': '⠓', 'j': '⠛', 'q': '⠅', 'x': '⠓',
    'zh': '⠌', 'ch': '⠟', 'sh': '⠱', 'r': '⠚', 'z': '⠵', 'c': '⠉', 's': '⠎',
}
# Finals in their spelling after an initial; ü is written v.
FINALS = {
    'a': '⠔', 'o': '⠢', 'e': '⠢', 'i': '⠊', 'u': '⠥', 'v': '⠬', 'ai': '⠪', 'ao': '⠖',
    'ei': '⠮', 'ou': '⠷', 'ia': '⠫', 'iao': '⠜', 'ie': '⠑', 'iu': '⠳', 'ua': '⠿',
    'uai': '⠽', 'ui': '⠺', 'uo': '⠕', 've': '⠾', 'an': '⠧', 'en': '⠴', 'ang': '⠦',
    'eng': '⠼', 'ian': '⠩', 'in': '⠣', 'iang': '⠭', 'ing': '⠡', 'uan': '⠻', 'un': '⠒',
    'uang': '⠶', 'ong': '⠲', 'van': '⠯', 'vn': '⠸', 'iong': '⠹',
}
# Syllables without an initial, as spelled, with their final's cell.
ZERO = {
    'a': '⠔', 'o': '⠢', 'e': '⠢', 'er': '⠗', 'ai': '⠪', 'ao': '⠖', 'ei': '⠮', 'ou': '⠷',
    'an': '⠧', 'en': '⠴', 'ang': '⠦', 'eng': '⠼',
    'yi': '⠊', 'ya': '⠫', 'yao': '⠜', 'ye': '⠑', 'you': '⠳', 'yan': '⠩', 'yin': '⠣',
    'yang': '⠭', 'ying': '⠡', 'yong': '⠹', 'yu': '⠬', 'yue': '⠾', 'yuan': '⠯', 'yun': '⠸',
    'yo': '⠳',  # 哟: zhcn-cbs writes it as you
    'wu': '⠥', 'wa': '⠿', 'wo': '⠕', 'wai': '⠽', 'wei': '⠺', 'wan': '⠻', 'wen': '⠒',
    'wang': '⠶', 'weng': '⠲',
}
# Interjections written with a bare consonant; their tones are always written.
BARE = {'m': '⠍', 'n': '⠝', 'ng': '⠼', 'hm': '⠓⠍', 'hng': '⠓⠼'}
TONES = {1: '⠁', 2: '⠂', 3: '⠄', 4: '⠆', 5: ''}

# 零标记: the one tone left unwritten per initial (GF 0019-2018).
OMIT_BY_INITIAL = {}
OMIT_BY_INITIAL.update({i: 1 for i in ['f']})
OMIT_BY_INITIAL.update({i: 2 for i in 'p m t n h q c ch r'.split()})
OMIT_BY_INITIAL.update({i: 4 for i in 'b d l g k j x z zh s sh'.split()})
OMIT_ZERO = {'yi': 1, 'er': 2, 'wo': 3, 'ye': 3, 'you': 3, 'yo': 3, 'e': None, 'o': None}
KEEP_TONE = {'tou2', 'le4', 'zi4'}  # the scheme's exceptions: written although the rule omits


def syllables():
    """Yields (spelling, initial or '', letter cells) for every syllable the tables accept."""
    for ini, icell in INITIALS.items():
        for fin, fcell in FINALS.items():
            spelling = ini + fin
            if ini in ('zh', 'ch', 'sh', 'r', 'z', 'c', 's') and fin == 'i':
                yield spelling, ini, icell  # zhi chi shi ri zi ci si: the initial alone
                continue
            if ini in ('j', 'q', 'x'):
                if fin in ('v', 've', 'van', 'vn'):
                    # ü after j q x is printed u: accept both spellings
                    yield ini + 'u' + fin[1:], ini, icell + fcell
                elif fin in ('u', 'ue', 'uan', 'un'):
                    continue  # written above as ü
            if ini in ('n', 'l') and fin == 've':
                yield ini + 'ue', ini, icell + fcell  # nüe lüe are also spelled nue lue
            yield spelling, ini, icell + fcell
    for spelling, cell in ZERO.items():
        yield spelling, '', cell
    # ü finals of y: yv, yve … are sometimes produced from the v spelling
    for spelling, cell in (('yv', '⠬'), ('yve', '⠾'), ('yvan', '⠯'), ('yvn', '⠸')):
        yield spelling, '', cell


def cbs_omitted(spelling, initial):
    if spelling in BARE:
        return None
    if initial:
        return OMIT_BY_INITIAL[initial]
    return OMIT_ZERO.get(spelling, 4)


def write(path, header, lines):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(header)
        f.write('\n'.join(lines) + '\n')


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seen = set()
    cbs, current = [], []
    entries = list(syllables()) + [(s, '', c) for s, c in BARE.items()]
    for spelling, initial, cells in entries:
        if spelling in seen:
            continue
        seen.add(spelling)
        omit = cbs_omitted(spelling, initial)
        for tone in range(1, 6):
            toned = f'{spelling}{tone}'
            mark = TONES[tone]
            if tone == omit and toned not in KEEP_TONE:
                mark = ''
            cbs.append(f'always {toned} {dots(cells + mark)}')
            # 现行盲文: tones are written on one-syllable words only (see README.md);
            # inside longer words the syllable goes untoned.
            current.append(f'word {toned} {dots(cells + TONES[tone])}')
            current.append(f'always {toned} {dots(cells)}')
    gen = ('# Generated by tables/gen_tables.py from the cells in ../shared/NOTES.md; do not edit.\n'
           '# Input: citation pinyin with tone digits 1-5 (5 = neutral), ü written v.\n')
    write(os.path.join(here, 'tingbao-cbs-syllables.cti'),
          gen + '# 国家通用盲文 (GF 0019-2018): tone omission (零标记) applied.\n', cbs)
    write(os.path.join(here, 'tingbao-current-syllables.cti'),
          gen + '# 现行盲文: toned as a one-syllable word, untoned inside longer words.\n',
          current)


if __name__ == '__main__':
    main()
