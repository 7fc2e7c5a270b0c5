#!/usr/bin/env python3
"""Converts packaged lexicon data into tingbao's committed text lexicon (voices/lexicon/).

Inputs (all installed from package registries, never fetched at run time):
  --jieba     Debian python3-jieba's dict.txt (MIT): word, count, part of speech
  --pinyin    npm @pinyin-pro/data's json/ folder (ISC): complete.json {word: [pinyin, freq]},
              traditional.json {traditional: simplified}
  --unihan    Debian unicode-data's Unihan_Readings.txt(.bz2) (Unicode licence)

Outputs (into --out):
  chars.txt   `char<TAB>default reading<TAB>other readings` (space separated, numeric tones)
  words.txt   `word<TAB>count[<TAB>pinyin]`; pinyin is written only where it differs from the
              characters' default readings, which keeps the committed file small
  t2s.txt     `traditional<TAB>simplified` single characters

Citation tones throughout: pinyin-pro writes 一 and 不 with their sandhi tones (yí gè, bú shì);
those are undone here because braille and `tingbao pinyin` want citation tones and speech applies
sandhi itself.

usage: convert.py --jieba dict.txt --pinyin node_modules/@pinyin-pro/data/json \
                  --unihan /usr/share/unicode/Unihan_Readings.txt.bz2 --out voices/lexicon
"""
import argparse
import bz2
import json
import os
import sys
import unicodedata

TONE_MARKS = {'\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4}


def numeric(syllable):
    """'lǜ' -> 'lv4', 'zhe' -> 'zhe5', 'ń' -> 'n2'. Returns None for anything not pinyin."""
    tone = 5
    out = []
    for ch in unicodedata.normalize('NFD', syllable.strip().lower()):
        if ch in TONE_MARKS:
            tone = TONE_MARKS[ch]
        elif ch == '\u0308':  # diaeresis: u + ¨ = ü
            if not out or out[-1] != 'u':
                return None
            out[-1] = 'v'
        elif ch == '\u0302':  # ê: read as e
            continue
        elif 'a' <= ch <= 'z':
            out.append(ch)
        else:
            return None
    if not out:
        return None
    return ''.join(out) + str(tone)


def cite(word, syllables):
    """Undoes 一/不 sandhi so every syllable carries its citation tone."""
    fixed = []
    for ch, syl in zip(word, syllables):
        if ch == '一' and syl in ('yi2', 'yi4'):
            syl = 'yi1'
        elif ch == '不' and syl == 'bu2':
            syl = 'bu4'
        fixed.append(syl)
    return fixed


def is_hanzi(ch):
    cp = ord(ch)
    return (0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF
            or 0x20000 <= cp <= 0x3FFFF or cp == 0x3007)


def read_unihan(path):
    opener = bz2.open if path.endswith('.bz2') else open
    fields = {}
    with opener(path, 'rt', encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            code, key, value = line.rstrip('\n').split('\t', 2)
            if key not in ('kMandarin', 'kHanyuPinlu', 'kHanyuPinyin', 'kXHC1983', 'kTGHZ2013'):
                continue
            ch = chr(int(code[2:], 16))
            readings = []
            for item in value.split(' '):
                if key == 'kHanyuPinlu':
                    item = item.split('(')[0]
                elif ':' in item:
                    item = item.split(':', 1)[1]
                for r in item.split(','):
                    n = numeric(r)
                    if n:
                        readings.append(n)
            fields.setdefault(ch, {})[key] = readings
    return fields


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--jieba', required=True)
    ap.add_argument('--pinyin', required=True)
    ap.add_argument('--unihan', required=True)
    ap.add_argument('--out', required=True)
    args = ap.parse_args()

    unihan = read_unihan(args.unihan)
    with open(os.path.join(args.pinyin, 'complete.json'), encoding='utf-8') as f:
        complete = json.load(f)
    with open(os.path.join(args.pinyin, 'traditional.json'), encoding='utf-8') as f:
        traditional = json.load(f)
    counts = {}
    with open(args.jieba, encoding='utf-8') as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and all(is_hanzi(c) for c in parts[0]):
                counts[parts[0]] = int(parts[1])

    # Word pinyin, citation tones, only where syllables and characters line up one to one.
    word_pinyin = {}
    for word, (pinyin, freq) in complete.items():
        if not all(is_hanzi(c) for c in word):
            continue
        syllables = [numeric(s) for s in pinyin.split()]
        if len(syllables) != len(word) or None in syllables:
            continue
        word_pinyin[word] = cite(word, syllables)
        if word not in counts:
            # pinyin-pro's frequencies are jieba's counts scaled by 1e-12
            counts[word] = max(1, round(freq * 1e12))

    # Character readings: default first. pinyin-pro's single-character entry is its most common
    # reading; Unihan's kMandarin is the fallback for characters pinyin-pro does not list.
    readings = {}
    for ch, f in unihan.items():
        order = []
        for key in ('kMandarin', 'kHanyuPinlu', 'kXHC1983', 'kTGHZ2013', 'kHanyuPinyin'):
            for r in f.get(key, []):
                if r not in order:
                    order.append(r)
        if order:
            readings[ch] = order
    for word, syllables in word_pinyin.items():
        for ch, syl in zip(word, syllables):
            lst = readings.setdefault(ch, [])
            if syl not in lst and not syl.endswith('5'):
                lst.append(syl)
    default = {}
    for ch, lst in readings.items():
        default[ch] = lst[0]
    for word, syllables in word_pinyin.items():
        if len(word) == 1:
            default[word] = syllables[0]
            if syllables[0] not in readings[word]:
                readings[word].insert(0, syllables[0])

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, 'chars.txt'), 'w', encoding='utf-8') as f:
        f.write('# char\tdefault reading\tother readings (generated by scripts/lexicon/convert.py)\n')
        for ch in sorted(readings):
            others = [r for r in readings[ch] if r != default[ch]]
            f.write(f'{ch}\t{default[ch]}\t{" ".join(others)}\n')
    kept = 0
    with open(os.path.join(args.out, 'words.txt'), 'w', encoding='utf-8') as f:
        f.write('# word\tcount\tpinyin where it differs from the default readings '
                '(generated by scripts/lexicon/convert.py)\n')
        for word in sorted(counts):
            if not all(c in default for c in word):
                continue
            syl = word_pinyin.get(word)
            line = f'{word}\t{counts[word]}'
            if syl and syl != [default[c] for c in word]:
                line += '\t' + ' '.join(syl)
            f.write(line + '\n')
            kept += 1
    with open(os.path.join(args.out, 't2s.txt'), 'w', encoding='utf-8') as f:
        f.write('# traditional\tsimplified (generated by scripts/lexicon/convert.py)\n')
        for t in sorted(traditional):
            s = traditional[t]
            if len(t) == 1 and len(s) == 1 and t != s:
                f.write(f'{t}\t{s}\n')
    print(f'{len(readings)} characters, {kept} words', file=sys.stderr)


if __name__ == '__main__':
    main()
