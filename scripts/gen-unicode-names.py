#!/usr/bin/env python3
"""Write src/parse/unicode-names.ts: the Unicode character names pyts knows for \\N{...} escapes, taken
from this python3's unicodedata (CPython 3.11: Unicode 14.0).

The full name table (~33k names, 870 KB of text; ~130 KB even zlib-compressed) is too big to ship, and
the browser bundle has a size budget, so the table holds (~23 KB minified):
  - every named character of Basic Latin + Latin-1, Greek, General Punctuation, Currency Symbols, Arrows,
    Miscellaneous Symbols + Dingbats, the variation selectors, and the common emoji blocks (U+1F300-1F64F,
    1F680-1F6FF, 1F900-1F9FF), word-coded: each name is a list of indices into one word list, which
    is itself front-coded (a word stores only what differs from the word before it);
  - the common name aliases (control characters, abbreviations such as BOM or ZWSP);
and the TS side derives algorithmically what CPython's unicodedata._getcode derives: HANGUL SYLLABLE
names (from the jamo tables below) and CJK UNIFIED IDEOGRAPH-XXXX (the ranges written here).
usage: python3 scripts/gen-unicode-names.py
"""
import json, os, unicodedata

RANGES = [(0x20, 0xff), (0x370, 0x3ff), (0x2000, 0x206f), (0x20a0, 0x20c0), (0x2190, 0x21ff), (0x2600, 0x27bf),
          (0xfe00, 0xfe0f), (0x1f300, 0x1f64f), (0x1f680, 0x1f6ff), (0x1f900, 0x1f9ff)]

ALIASES = {
    0x00: 'NULL|NUL', 0x01: 'START OF HEADING|SOH', 0x02: 'START OF TEXT|STX', 0x03: 'END OF TEXT|ETX',
    0x04: 'END OF TRANSMISSION|EOT', 0x05: 'ENQUIRY|ENQ', 0x06: 'ACKNOWLEDGE|ACK', 0x07: 'ALERT|BEL',
    0x08: 'BACKSPACE|BS', 0x09: 'CHARACTER TABULATION|HORIZONTAL TABULATION|HT|TAB',
    0x0a: 'LINE FEED|NEW LINE|END OF LINE|LF|NL|EOL', 0x0b: 'LINE TABULATION|VERTICAL TABULATION|VT',
    0x0c: 'FORM FEED|FF', 0x0d: 'CARRIAGE RETURN|CR', 0x0e: 'SHIFT OUT|LOCKING-SHIFT ONE|SO',
    0x0f: 'SHIFT IN|LOCKING-SHIFT ZERO|SI', 0x10: 'DATA LINK ESCAPE|DLE', 0x11: 'DEVICE CONTROL ONE|DC1',
    0x12: 'DEVICE CONTROL TWO|DC2', 0x13: 'DEVICE CONTROL THREE|DC3', 0x14: 'DEVICE CONTROL FOUR|DC4',
    0x15: 'NEGATIVE ACKNOWLEDGE|NAK', 0x16: 'SYNCHRONOUS IDLE|SYN', 0x17: 'END OF TRANSMISSION BLOCK|ETB',
    0x18: 'CANCEL|CAN', 0x19: 'END OF MEDIUM|EOM', 0x1a: 'SUBSTITUTE|SUB', 0x1b: 'ESCAPE|ESC',
    0x1c: 'INFORMATION SEPARATOR FOUR|FILE SEPARATOR|FS', 0x1d: 'INFORMATION SEPARATOR THREE|GROUP SEPARATOR|GS',
    0x1e: 'INFORMATION SEPARATOR TWO|RECORD SEPARATOR|RS', 0x1f: 'INFORMATION SEPARATOR ONE|UNIT SEPARATOR|US',
    0x20: 'SP', 0x7f: 'DELETE|DEL', 0x85: 'NEXT LINE|NEL', 0xa0: 'NBSP', 0xad: 'SHY', 0x200b: 'ZWSP',
    0x200c: 'ZWNJ', 0x200d: 'ZWJ', 0x200e: 'LRM', 0x200f: 'RLM', 0x202a: 'LRE', 0x202b: 'RLE', 0x202c: 'PDF',
    0x202d: 'LRO', 0x202e: 'RLO', 0x202f: 'NNBSP', 0x205f: 'MMSP', 0x2060: 'WJ', 0x034f: 'CGJ',
    0xfeff: 'BYTE ORDER MARK|BOM|ZWNBSP', **{0xfe00 + i: f'VS{i + 1}' for i in range(16)},
}

names = []  # (cp, name)
for lo, hi in RANGES:
    for cp in range(lo, hi + 1):
        n = unicodedata.name(chr(cp), None)
        if n:
            names.append((cp, n))
words = {}
for _, n in names:
    for w in n.split(' '):
        words[w] = words.get(w, 0) + 1
# Alphabet: printable ASCII except '"', ',' and '\\' (91 chars); indices < 46 take one char, the rest two.
ALPHA = [chr(c) for c in range(33, 127) if chr(c) not in '",\\']
ONE = 46
# The ONE most frequent words get the one-char codes; every other code costs two chars whatever its
# index, so the rest go in alphabetical order, where neighbours share prefixes (front coding below).
by_freq = sorted(words, key=lambda w: (-words[w], w))
word_list = by_freq[:ONE] + sorted(by_freq[ONE:])
index = {w: i for i, w in enumerate(word_list)}
assert not any(c.islower() for w in word_list for c in w)

def front_coded(ws):
    """Each word as a lowercase letter (how many leading chars it shares with the word before: a = 0)
    and the rest of it; names are upper case, digits and '-', so no separator is needed."""
    out, prev = [], ''
    for w in ws:
        k = 0
        while k < min(len(prev), len(w), 25) and prev[k] == w[k]:
            k += 1
        out.append(chr(ord('a') + k) + w[k:])
        prev = w
    return ''.join(out)
assert len(word_list) < ONE + (len(ALPHA) - ONE) * len(ALPHA)

def code(i):
    if i < ONE:
        return ALPHA[i]
    i -= ONE
    return ALPHA[ONE + i // len(ALPHA)] + ALPHA[i % len(ALPHA)]

# Per range: one string, a ','-terminated entry per code point (an empty entry = no name).
blocks = []
for lo, hi in RANGES:
    by_cp = dict((cp, n) for cp, n in names if lo <= cp <= hi)
    last = max(by_cp)
    s = ''.join(''.join(code(index[w]) for w in by_cp[cp].split(' ')) + ',' if cp in by_cp else ','
                for cp in range(lo, last + 1))
    blocks.append((lo, s))
aliases = []
for cp, al in sorted(ALIASES.items()):
    for a in al.split('|'):
        assert ord(unicodedata.lookup(a)) == cp, (a, cp)
        aliases.append((a, cp))
# CJK unified ideograph ranges, as CPython's is_unified_ideograph
cjk = []
cp = 0
while cp < 0x110000:
    if unicodedata.name(chr(cp), '').startswith('CJK UNIFIED IDEOGRAPH-'):
        start = cp
        while unicodedata.name(chr(cp + 1), '').startswith('CJK UNIFIED IDEOGRAPH-'):
            cp += 1
        cjk.append((start, cp))
    cp += 1

out = os.path.join(os.path.dirname(__file__), '..', 'src', 'parse', 'unicode-names.ts')
with open(out, 'w', encoding='utf-8') as f:
    f.write('// GENERATED by scripts/gen-unicode-names.py from CPython %s unicodedata (Unicode %s): do not edit.\n'
            % ('3.11', unicodedata.unidata_version))
    f.write('// %d names in %d blocks (word-coded), %d aliases, %d CJK unified ranges; see unicode-name.ts.\n'
            % (len(names), len(blocks), len(aliases), len(cjk)))
    f.write('/** The word list, front-coded (see unicode-name.ts: decodeWords). */\n')
    f.write('export const WORDS = %s;\n' % json.dumps(front_coded(word_list)))
    f.write('export const ONE_CHAR = %d;\n' % ONE)
    f.write('export const ALPHABET = %s;\n' % json.dumps(''.join(ALPHA)))
    f.write('export const BLOCKS: [number, string][] = [\n')
    for lo, s in blocks:
        f.write('  [0x%x, %s],\n' % (lo, json.dumps(s)))
    f.write('];\n')
    f.write('export const ALIASES: [string, number][] = %s;\n' % json.dumps(aliases))
    f.write('export const CJK_UNIFIED: [number, number][] = [%s];\n' % ', '.join('[0x%x, 0x%x]' % r for r in cjk))
print(out, os.path.getsize(out), 'bytes;', len(names), 'names,', len(word_list), 'words')
