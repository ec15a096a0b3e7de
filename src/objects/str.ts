// str: code-point semantics over JS strings (DESIGN.md decision 3). A Python str is a JS string;
// len/index/slice count code points, so a surrogate pair (an astral character such as an emoji) is
// one character. Strings without surrogates (nearly all) take the fast path: UTF-16 index ==
// code-point index. A one-entry cache remembers the last string checked (loops index one string).
// Instances of user subclasses of str are PyStrObj (value + type). Methods: str-methods.ts.

import { PyObject, type PyValue } from './object.js';
import type { PyType } from './type.js';
import { strType } from './builtin-types.js';

export class PyStrObj extends PyObject {
  value: string;
  constructor(type: PyType, value = '') {
    super(type);
    this.value = value;
  }
}

strType.alloc = (t) => new PyStrObj(t, '');

/**
 * s as a V8 internalized string: the engine's one copy of those characters (it internalizes the keys
 * it stores in objects). `===` between two internalized strings is a pointer compare in optimized code;
 * between others it is a call that compares the characters, and the names in two code objects
 * (`self.x = x` in __init__, `self.x` in a method) are two string objects until interned. CPython
 * interns a code object's names for the same reason (cheap attribute and global lookups).
 */
export function internStr(s: string): string {
  internTable[s] = 0;
  let k = s;
  for (const key in internTable) k = key;
  delete internTable[s];
  return k;
}
// Holds the one key being interned (a dictionary-mode object: adding and deleting makes no hidden class).
const internTable: Record<string, 0> = Object.create(null);

/** The string of an exact str or str-subclass instance, or undefined. */
export function strValue(v: PyValue): string | undefined {
  if (typeof v === 'string') return v;
  return v instanceof PyStrObj ? v.value : undefined;
}

const SURROGATE = /[\ud800-\udfff]/;
let lastStr = '';
let lastBmp = true;
let lastCps: string[] | null = null;

/** True when UTF-16 indexes equal code-point indexes (no surrogates at all). */
export function isBmp(s: string): boolean {
  if (s.length < 2) return true;
  if (s === lastStr) return lastBmp;
  const r = !SURROGATE.test(s);
  lastStr = s;
  lastBmp = r;
  lastCps = null;
  return r;
}

/** The code points of s as an array of 1- or 2-unit strings (cached for the last string). */
export function codePoints(s: string): string[] {
  if (s === lastStr && lastCps) return lastCps;
  const cps = Array.from(s);
  lastStr = s;
  lastBmp = cps.length === s.length;
  lastCps = cps;
  return cps;
}

/** len(s). */
export function strLen(s: string): number {
  if (isBmp(s)) return s.length;
  return codePoints(s).length;
}

/** s[i] for 0 <= i < len(s) (code-point index). */
export function strCharAt(s: string, i: number): string {
  if (isBmp(s)) return s[i];
  return codePoints(s)[i];
}

/** UTF-16 offset of code-point index i (0 <= i <= len). */
export function cpToUnit(s: string, i: number): number {
  if (isBmp(s)) return i;
  const cps = codePoints(s);
  let u = 0;
  for (let k = 0; k < i && k < cps.length; k++) u += cps[k].length;
  return u;
}

/** Code-point index of UTF-16 offset u. */
export function unitToCp(s: string, u: number): number {
  if (isBmp(s)) return u;
  let n = 0;
  for (let k = 0; k < u; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c < 0xdc00 && k + 1 < u + 1) {
      const d = s.charCodeAt(k + 1);
      if (d >= 0xdc00 && d < 0xe000) k++;
    }
    n++;
  }
  return n;
}

/** s[start:stop:step] with already-adjusted indices (see slice.ts). */
export function strSlice(s: string, start: number, step: number, n: number): string {
  if (isBmp(s)) {
    if (step === 1) return s.slice(start, start + n);
    let out = '';
    for (let i = 0, j = start; i < n; i++, j += step) out += s[j];
    return out;
  }
  const cps = codePoints(s);
  if (step === 1) return cps.slice(start, start + n).join('');
  let out = '';
  for (let i = 0, j = start; i < n; i++, j += step) out += cps[j];
  return out;
}

/** Python's str.isspace() characters (Unicode White_Space + the ASCII separators 0x1c-0x1f). */
export const SPACE_RE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
export const SPACE_CHARS = '\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

export function isSpaceChar(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  return SPACE_RE.test(String.fromCharCode(c));
}

/**
 * a < b in code-point order (CPython: unicode_compare). JS's `<` orders by UTF-16 unit, which agrees
 * except where the first difference pairs a surrogate (part of a character above U+FFFF) with a unit in
 * U+E000..U+FFFF. The first-character test settles most comparisons at the cost of JS's own `<`.
 */
export function strLt(a: string, b: string): boolean {
  const x = a.charCodeAt(0), y = b.charCodeAt(0);
  // Differing first units, one below the surrogates (or an empty string: NaN): `<` is exact.
  if (x !== y && (x < 0xd800 || y < 0xd800 || x !== x || y !== y)) return a < b;
  return strCmpSlow(a, b) < 0;
}

/** Three-way code-point comparison, finding the first differing unit. */
export function strCmpSlow(a: string, b: string): number {
  const n = a.length < b.length ? a.length : b.length;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  const x = a.charCodeAt(i), y = b.charCodeAt(i);
  if (x < 0xd800 || y < 0xd800) return x - y;
  return unitOrder(a, i, x) - unitOrder(b, i, y);
}

/** A unit >= U+D800 at s[i], mapped so that units of surrogate pairs sort above U+E000..U+FFFF. */
function unitOrder(s: string, i: number, u: number): number {
  if (u >= 0xe000) return u;
  const inPair =
    u < 0xdc00
      ? i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00
      : i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800;
  return inPair ? u + 0x10000 : u; // a lone surrogate is its own code point
}
