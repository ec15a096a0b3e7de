// int(str, base) literal parsing with CPython's rules (Objects/longobject.c: PyLong_FromString):
// surrounding whitespace, one sign, a 0x/0o/0b prefix (required to match base 16/8/2 or chosen by
// base 0), single underscores between digits (and right after a prefix), no leading zeros with
// base 0 ('010' is invalid), and the 4300-digit limit for decimal strings.

import { checkParseDigits } from './int-limits.js';
import { pyErr, ValueError } from './exceptions.js';
import { strRepr } from './format/str-repr.js';
import { normBig, type Int } from './int.js';

const WS = /^[\s\x1c-\x1f\x85]+|[\s\x1c-\x1f\x85]+$/gu;

function digitVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/** Non-ASCII decimal digits (Arabic-Indic, fullwidth...) -> ASCII, as CPython does first. */
function asciiDigits(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  const nd = /\p{Nd}/u;
  return s.replace(/\p{Nd}/gu, (ch) => {
    const c = ch.codePointAt(0)!;
    // Nd digits come in contiguous runs of ten starting at a zero
    let start = c;
    while (c - start < 60 && nd.test(String.fromCodePoint(start - 1))) start--;
    return String((c - start) % 10);
  });
}

/** The int value of `text` in `base` (0 or 2..36), or undefined when it is not a valid literal. */
export function parseIntLiteral(text: string, base: number): Int | undefined {
  let s = asciiDigits(text.replace(WS, ''));
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let afterPrefix = false;
  if (s.length >= 2 && s[0] === '0') {
    const p = s[1].toLowerCase();
    const pb = p === 'x' ? 16 : p === 'o' ? 8 : p === 'b' ? 2 : 0;
    if (pb && (base === 0 || base === pb)) {
      base = pb;
      s = s.slice(2);
      afterPrefix = true;
    }
  }
  if (base === 0) {
    base = 10;
    // base 0: a decimal literal may not have leading zeros unless it is all zeros
    if (s[0] === '0' && /[1-9]/.test(s)) return undefined;
  }
  if (s.length === 0) return undefined;
  let digits = '';
  let prevUnderscore = !afterPrefix;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) return undefined;
      prevUnderscore = true;
      continue;
    }
    if (digitVal(c) >= base) return undefined;
    digits += s[i];
    prevUnderscore = false;
  }
  if (prevUnderscore || digits.length === 0) return undefined;
  let v: Int;
  if (base === 10) {
    checkParseDigits(digits.length);
    v = digits.length < 16 ? parseInt(digits, 10) : normBig(BigInt(digits));
  } else if (base === 16 || base === 8 || base === 2) {
    const pre = base === 16 ? '0x' : base === 8 ? '0o' : '0b';
    v = normBig(BigInt(pre + digits));
  } else {
    let acc = 0n;
    const B = BigInt(base);
    for (let i = 0; i < digits.length; i++) acc = acc * B + BigInt(digitVal(digits.charCodeAt(i)));
    v = normBig(acc);
  }
  if (neg) v = typeof v === 'number' ? (v === 0 ? 0 : -v) : normBig(-v);
  return v;
}

export function invalidLiteral(s: string, base: number) {
  return pyErr(ValueError, `invalid literal for int() with base ${base}: ${strRepr(s)}`);
}
