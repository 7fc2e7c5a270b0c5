#!/usr/bin/env python3
"""Compiles voices/lexicon/*.txt into the binary lexicon that src/mandarin/lexicon.c maps.

usage: compile.py LEXICON_DIR OUT_FILE [--no-rules] [--no-names]
  --no-rules: without the learnt rules and polyphone model (rules.txt, model.txt); --no-names: without person-name statistics (the
  segmenter then joins no given names, so every word of two or more characters in
  `tingbao pinyin --words` is a lexicon word, as learn_rules.py assumes)

The layout is described in src/mandarin/lexicon.h; both sides must change together (bump
LEX_VERSION). Everything is little-endian, every section 8-byte aligned, so the C side reads
it in place without parsing.
"""
import math
import os
import struct
import sys

MAGIC = b'TBLEX\0\0\0'
LEX_VERSION = 9
SECTIONS = ('syllables', 'entries', 'hash', 'chars', 't2s', 'rules', 'meta', 'bmp', 'names',
            'model', 'citation', 'pairs')
BMP_FIRST, BMP_END = 0x3400, 0xA000  # the hanzi blocks of the BMP get a direct table

F_WORD = 1    # a word of the lexicon (segmentation may end here)
F_PREFIX = 2  # a proper prefix of a longer word (keep extending)
F_PINYIN = 4  # the entry has syllables in the pinyin pool


def fnv1a64(data):
    h = 0xCBF29CE484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def read_tsv(path):
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            yield line.rstrip('\n').split('\t')


def citation_tones(words, default, alts):
    """The citation tone of each (character, syllable) that a word gives in the neutral tone
    (识 in 知识 → shi2), ranked by use: the one tone the lexicon's other words give the character
    for that syllable; where no word gives one, the character's default reading if it is that
    syllable, else its only full tone of that syllable. None where words use several (发: fā in
    发展, fà in 头发), so that no wrong tone reaches the braille. A rare dictionary reading
    (Unihan's jǐng for 睛) does not count: no word uses it."""
    used = {}
    neutral = set()
    for word, (count, syl) in words.items():
        if len(word) < 2 or len(syl) != len(word):
            continue
        for ch, s in zip(word, syl):
            if s.endswith('5'):
                neutral.add((ch, s))
            else:
                used.setdefault((ch, s[:-1]), set()).add(s)
    out = {}
    for ch, s in neutral:
        tones = used.get((ch, s[:-1]), set())
        if not tones:
            readings = [default[ch]] if ch in default else []
            readings += alts.get(ch, [])
            own = [r for r in readings if r[:-1] == s[:-1] and r[-1] != '5']
            tones = {own[0]} if own and own[0] == default.get(ch) else set(own)
        if len(tones) == 1:
            out[(ch, s)] = tones.pop()
    return out


def compile_model(path, sid, use):
    """The polyphone model (model.txt, scripts/lexicon/learn_model.py; applied by
    src/mandarin/model.c). A character's readings are those with a bias line `b`, in the
    file's (alphabetical) order; each (character, feature) gets one weight per reading, so a
    feature costs one probe whatever the number of readings. Layout: a header (u32 slot count,
    a power of two; u32 character count; u32 reading count; u32 weight count; f32 the shared
    weights AG, AG_IW=0, AG_IW=1; u32 0), slots (u64 FNV-1a hash of `char TAB feature`, u32
    first weight, u32 0; linear probing, hash 0 = empty, at most half full), characters (u32
    code point, u16 first reading, u16 reading count; sorted), f32 weights, u16 reading ids.
    A bitmap of the BMP characters that have a model (u8[8192], bit cp & 7 of byte cp >> 3)
    follows the header, so that the others cost one test."""
    weights, readings, shared = {}, {}, {}
    for parts in (read_tsv(path) if use and os.path.exists(path) else []):
        ch, feature, reading, weight = parts
        if ch == '*':
            shared[feature] = float(weight)
            continue
        weights.setdefault((ch, feature), {})[reading] = float(weight)
        if feature == 'b':
            readings.setdefault(ch, []).append(reading)
    size = 2
    while size < 2 * len(weights):
        size *= 2
    table = [None] * size
    pool = []
    for (ch, feature), by_reading in weights.items():
        if set(by_reading) - set(readings.get(ch, [])):
            sys.exit(f'compile.py: model.txt: {ch} {feature}: a reading without a bias line')
        full = fnv1a64(f'{ch}\t{feature}'.encode('utf-8'))
        h = full & (size - 1)
        while table[h] is not None:
            if table[h][0] == full:
                sys.exit(f'compile.py: 64-bit hash collision on {ch} {feature}')
            h = (h + 1) & (size - 1)
        table[h] = (full, len(pool))
        pool.extend(by_reading.get(r, 0.0) for r in readings[ch])
    chars, ids = [], []
    for ch in sorted(readings, key=ord):
        chars.append(struct.pack('<IHH', ord(ch), len(ids), len(readings[ch])))
        ids.extend(sid(r) for r in readings[ch])
    if len(ids) >= 1 << 16:
        sys.exit('compile.py: too many model readings for 16-bit offsets')
    head = struct.pack('<IIIIfffI', size, len(chars), len(ids), len(pool), shared.get('AG', 0.0),
                       shared.get('AG_IW=0', 0.0), shared.get('AG_IW=1', 0.0), 0)
    bitmap = bytearray(0x10000 // 8)
    for ch in readings:
        if ord(ch) < 0x10000:
            bitmap[ord(ch) >> 3] |= 1 << (ord(ch) & 7)
    return (head + bytes(bitmap) + b''.join(struct.pack('<QII', *(t or (0, 0)), 0) for t in table)
            + b''.join(chars) + struct.pack(f'<{len(pool)}f', *pool)
            + struct.pack(f'<{len(ids)}H', *ids))


def main():
    src, out = sys.argv[1], sys.argv[2]
    # Syllable ids come in groups of five, one per tone, so that changing a tone (sandhi) is
    # arithmetic: id = 1 + 5 * base_index + (tone - 1). Id 0 means "no reading".
    syllables = ['']
    base_id = {}

    def sid(s):
        base, tone = s[:-1], int(s[-1])
        if len(s) > 7 or not 1 <= tone <= 5:
            sys.exit(f'compile.py: bad syllable: {s}')
        if base not in base_id:
            base_id[base] = len(base_id)
            syllables.extend(f'{base}{t}' for t in range(1, 6))
        return 1 + 5 * base_id[base] + tone - 1

    default, alts = {}, {}
    for parts in read_tsv(os.path.join(src, 'chars.txt')):
        ch = parts[0]
        default[ch] = parts[1]
        alts[ch] = parts[2].split() if len(parts) > 2 and parts[2] else []

    words = {}
    for parts in read_tsv(os.path.join(src, 'words.txt')):
        word, count = parts[0], int(parts[1])
        syl = parts[2].split() if len(parts) > 2 else [default[c] for c in word]
        words[word] = (count, syl)
    total = sum(c for c, _ in words.values())
    min_logp = math.log(1 / total)

    # Entries: words, characters with readings, and prefixes of words.
    entries = {}  # key -> [flags, logp, syllables, nalt]
    for word, (count, syl) in words.items():
        entries[word] = [F_WORD | F_PINYIN, math.log(count / total), syl, 0]
    for ch in default:
        e = entries.setdefault(ch, [F_WORD | F_PINYIN, min_logp, [default[ch]], 0])
        e[2] = [default[ch]] + alts[ch]
        e[3] = len(alts[ch])
    for word in words:
        for n in range(1, len(word)):
            p = word[:n]
            if p in entries:
                entries[p][0] |= F_PREFIX
            else:
                entries[p] = [F_PREFIX, 0.0, [], 0]

    # Entries only for keys with syllables (words and characters); a prefix that is no word
    # lives in the hash table alone. An entry is a u16 run: (u8 nchars, u8 flags), (u8 nalt,
    # u8 0), then its syllable ids, so that a word's slot leads straight to its syllables (one
    # cache miss, not two).
    pool = [0]  # offset 0 is never used by an entry
    index = {}
    ordered = sorted(entries)
    for key in ordered:
        flags, logp, syl, nalt = entries[key]
        if not syl:
            continue
        if len(key) > 255 or nalt > 255:
            sys.exit(f'compile.py: entry too long: {key}')
        index[key] = len(pool)
        pool.extend((len(key) | flags << 8, nalt))
        pool.extend(sid(s) for s in syl)
    if len(pool) >= 1 << 24:
        sys.exit('compile.py: too many entries for 24-bit offsets')

    # Slots: u64 FNV-1a hash of the key's UTF-8, u32 (entry offset in u16 units, 0 = a prefix
    # only) | flags << 24, f32 logp. Lookups compare the 64-bit hash only (a false match is a 1
    # in 2^64 event per probe), so a probe touches one slot and no key bytes; the table is at
    # most 3/4 full.
    size = 1
    while size < len(ordered) * 4 // 3:
        size *= 2
    table = [None] * size
    for key in ordered:
        flags, logp, syl, nalt = entries[key]
        full = fnv1a64(key.encode('utf-8'))
        h = full & (size - 1)
        while table[h] is not None:
            if table[h][0] == full:
                sys.exit(f'compile.py: 64-bit hash collision on {key}')
            h = (h + 1) & (size - 1)
        meta = index.get(key, 0) | flags << 24
        table[h] = (full, meta, logp)
    empty = (0, 0, 0.0)
    hash_blob = b''.join(struct.pack('<QIf', *(t or empty)) for t in table)
    # The slots of the BMP hanzi again, indexed by code point: the segmenter looks up every
    # character of the text, and this small table stays in the cache where the big one cannot.
    chars_table = [empty] * (BMP_END - BMP_FIRST)
    for key in ordered:
        if len(key) == 1 and BMP_FIRST <= ord(key) < BMP_END:
            flags, logp, syl, nalt = entries[key]
            chars_table[ord(key) - BMP_FIRST] = (fnv1a64(key.encode('utf-8')),
                                                 index.get(key, 0) | flags << 24, logp)
    # The two-character keys of BMP hanzi again, grouped by first character and sorted by the
    # second (sorted() orders by code point): u32 group starts (one per first character, then
    # the total), u32 0, their slots, then u16 second characters. The segmenter's commonest
    # lookup after the single character searches a few hundred bytes instead of missing the
    # cache in the big table. A slot here needs no hash: that field holds instead, in its low
    # half, the third characters of the longer keys it starts (bit cp % 32 set for each), so
    # that most three-character lookups that would find nothing are never made, and in its
    # high half the word's two syllable ids, so that its pinyin needs no read of the entry.
    pair_groups = {}
    for key in ordered:
        if len(key) == 2 and all(BMP_FIRST <= ord(c) < BMP_END for c in key):
            pair_groups.setdefault(ord(key[0]), []).append(key)
    third = {}
    for key in ordered:
        if len(key) >= 3:
            third[key[:2]] = third.get(key[:2], 0) | 1 << (ord(key[2]) % 32)
    pair_first, pair_slots, pair_keys = [], [], []
    for cp in range(BMP_FIRST, BMP_END):
        pair_first.append(len(pair_keys))
        for key in pair_groups.get(cp, []):
            flags, logp, syl, nalt = entries[key]
            # what the entry holds after its head (u16 ids of the two syllables)
            two = (pool[index[key] + 2:index[key] + 4] + [0, 0])[:2] if key in index else [0, 0]
            pair_slots.append(struct.pack('<IHHIf', third.get(key, 0), *two,
                                          index.get(key, 0) | flags << 24, logp))
            pair_keys.append(ord(key[1]))
    pair_first.append(len(pair_keys))
    pairs_blob = (struct.pack(f'<{len(pair_first) + 1}I', *pair_first, 0) + b''.join(pair_slots)
                  + struct.pack(f'<{len(pair_keys)}H', *pair_keys))

    t2s = []
    for parts in read_tsv(os.path.join(src, 't2s.txt')):
        t2s.append((ord(parts[0]), ord(parts[1])))
    t2s.sort()

    # Decision lists: the hand-written rules of a character first, then the learnt ones, each
    # character's lines together (the C side indexes them by character). --no-rules leaves the
    # learnt ones out (scripts/lexicon/learn_rules.py measures what the rest does alone).
    by_char = {}
    files = ['rules_manual.txt'] + ([] if '--no-rules' in sys.argv else ['rules.txt'])
    for name in files:
        path = os.path.join(src, name)
        if os.path.exists(path):
            for parts in read_tsv(path):
                by_char.setdefault(parts[0], []).append('\t'.join(parts))
    rules = ''.join(line + '\n' for lines in by_char.values() for line in lines).encode('utf-8')

    # Direct tables for the BMP hanzi blocks: default reading id, then simplified form (0 = same).
    t2s_map = dict(t2s)
    bmp = [0] * (2 * (BMP_END - BMP_FIRST))
    for cp in range(BMP_FIRST, BMP_END):
        ch = chr(cp)
        if ch in default:
            bmp[cp - BMP_FIRST] = sid(default[ch])
        simp = t2s_map.get(cp, 0)
        if simp and BMP_FIRST <= simp < BMP_END:
            bmp[BMP_END - BMP_FIRST + cp - BMP_FIRST] = simp
    # Person names (names.txt, scripts/lexicon/names.py): i8 surname and i8 given-name scores of
    # the BMP hanzi (score x 4, -128 = no data), then compound surnames as sorted u32 pairs.
    sur = [-128] * (BMP_END - BMP_FIRST)
    giv = [-128] * (BMP_END - BMP_FIRST)
    compound = []
    path = os.path.join(src, 'names.txt')
    use_names = os.path.exists(path) and '--no-names' not in sys.argv
    for parts in (read_tsv(path) if use_names else []):
        kind, key, score = parts[0], parts[1], max(-127, min(127, round(float(parts[2]) * 4)))
        if kind == 'S' and len(key) == 2:
            compound.append((ord(key[0]), ord(key[1])))
        elif BMP_FIRST <= ord(key[0]) < BMP_END and len(key) == 1:
            (sur if kind == 'S' else giv)[ord(key) - BMP_FIRST] = score
    compound.sort()
    model = compile_model(os.path.join(src, 'model.txt'), sid,
                          '--no-rules' not in sys.argv)
    citation = sorted((ord(ch), sid(s), sid(full))
                      for (ch, s), full in citation_tones(words, default, alts).items())
    blobs = {
        'citation': b''.join(struct.pack('<IHH', *c) for c in citation),
        'model': model,
        'syllables': b''.join(s.encode('ascii').ljust(8, b'\0') for s in syllables),
        'entries': struct.pack(f'<{len(pool)}H', *pool),
        'hash': hash_blob,
        'chars': b''.join(struct.pack('<QIf', *t) for t in chars_table),
        'pairs': pairs_blob,
        't2s': b''.join(struct.pack('<II', t, s) for t, s in t2s),
        'rules': rules + b'\0',
        'meta': struct.pack('<f', min_logp),
        'bmp': struct.pack(f'<{2 * (BMP_END - BMP_FIRST)}H', *bmp),
        'names': struct.pack(f'<{2 * (BMP_END - BMP_FIRST)}b', *sur, *giv)
        + b''.join(struct.pack('<II', a, b) for a, b in compound),
    }
    header_size = 16 + 16 * len(SECTIONS)
    body = bytearray()
    index = []
    off = header_size
    for name in SECTIONS:
        blob = blobs[name]
        pad = (-off) % 8
        body += b'\0' * pad
        off += pad
        index.append((off, len(blob)))
        body += blob
        off += len(blob)
    header = MAGIC + struct.pack('<II', LEX_VERSION, len(SECTIONS))
    for o, n in index:
        header += struct.pack('<QQ', o, n)
    tmp = out + '.tmp'
    with open(tmp, 'wb') as f:
        f.write(header + body)
    os.replace(tmp, out)


if __name__ == '__main__':
    main()
