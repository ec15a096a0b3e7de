// str's Python methods (CPython: Objects/unicodeobject.c). Code-point helpers: str.ts. Formatting:
// format/percent.ts (%), format/str-format.ts (str.format), format/spec.ts (__format__).
// `self` may be a JS string or a PyStrObj (str subclass instance).

import { PyObject, type KwArgs, type NativeGen, type NativeResult, type PyValue } from './object.js';
import type { PyType } from './type.js';
import { strType, None, NotImplemented, typeOf, objectType } from './builtin-types.js';
import { pyErr, TypeError, ValueError, IndexError, OverflowError } from './exceptions.js';
import { nativeMethod, nativeFunction, methodTable } from './native.js';
import { staticMethod } from './descriptors.js';
import {
  PyStrObj, strValue, isBmp, codePoints, strLen, strCharAt, cpToUnit, unitToCp, strSlice, SPACE_CHARS, SPACE_RE, strLt,
} from './str.js';
import { PySlice, sliceIndices, type SliceIdx } from './slice.js';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { PyDict } from './dict.js';
import { intValue, asIndex, type Int } from './int.js';
import { strHash } from './hash.js';
import { strRepr } from './format/str-repr.js';
import { NON_PRINTABLE } from './format/str-repr.js';
import { isGen } from './gen.js';
import { itemsOf, repeatCount, cantMultiply, fastItems } from './seq.js';
import { StrIterator } from './iterators.js';
import { meth0, meth1, methRange, noKw } from './methargs.js';
import { encodeStr, decodeBytes } from './codecs.js';
import { bytesData } from './bytes.js';
import { keyHooks } from './hashtable.js';
import { percentFormat } from './format/percent.js';
import { strFormat } from './format/str-format.js';
import { formatStr } from './format/spec.js';
import * as ops from './ops.js';

/** self as a JS string. */
export function selfStr(v: PyValue): string {
  const s = strValue(v);
  if (s === undefined) throw pyErr(TypeError, `descriptor requires a 'str' object but received a '${typeOf(v).name}'`);
  return s;
}

fastItems.push((v) => {
  const s = strValue(v);
  return s === undefined ? undefined : isBmp(s) ? s.split('') : codePoints(s);
});

// dict/set keys: a str subclass without its own __hash__/__eq__ is the same key as its string
const strHashFn = () => strType.ns.get('__hash__');
const strEqFn = () => strType.ns.get('__eq__');
const prevHook = keyHooks.subclassKey;
keyHooks.subclassKey = (o: PyObject) => {
  if (o instanceof PyStrObj && o.type.lookup('__hash__') === strHashFn() && o.type.lookup('__eq__') === strEqFn()) return o.value;
  return prevHook ? prevHook(o) : undefined;
};

// ---- argument helpers --------------------------------------------------------------------------------

/** A str argument or TypeError "<fname>() argument N must be str, not X". */
function strArg(v: PyValue, what: string): string {
  const s = strValue(v);
  if (s === undefined) throw pyErr(TypeError, `${what} must be str, not ${typeOf(v).name}`);
  return s;
}

function sepArg(v: PyValue): string {
  const s = strValue(v);
  if (s === undefined) throw pyErr(TypeError, `must be str, not ${typeOf(v).name}`);
  return s;
}

/** start/end arguments of find/count/startswith...: code-point indexes clamped to [0, len]. */
function range(s: string, a: PyValue | undefined, b: PyValue | undefined): [number, number] {
  const n = strLen(s);
  const conv = (v: PyValue | undefined, dflt: number): number => {
    if (v === undefined || v === None) return dflt;
    const i = intValue(v);
    if (i === undefined) throw pyErr(TypeError, 'slice indices must be integers or None or have an __index__ method');
    let x = typeof i === 'bigint' ? (i < 0n ? -Infinity : Infinity) : i;
    if (x < 0) x = Math.max(0, x + n);
    return Math.min(x, n);
  };
  return [conv(a, 0), conv(b, n)];
}

/** Index (code points) of sub in s[start:end], or -1. */
export function strFind(s: string, sub: string, start: number, end: number, reverse: boolean): number {
  if (end - start < 0) return -1;
  if (isBmp(s)) {
    if (sub.length > end - start) return -1;
    if (!reverse) {
      const i = s.indexOf(sub, start);
      return i >= 0 && i + sub.length <= end ? i : -1;
    }
    const i = s.lastIndexOf(sub, end - sub.length);
    return i >= start ? i : -1;
  }
  const us = cpToUnit(s, start), ue = cpToUnit(s, end);
  const region = s.slice(us, ue);
  const i = reverse ? region.lastIndexOf(sub) : region.indexOf(sub);
  return i < 0 ? -1 : unitToCp(s, us + i);
}

function strCount(s: string, sub: string, start: number, end: number): number {
  if (end < start) return 0;
  const us = cpToUnit(s, start), ue = cpToUnit(s, end);
  if (sub.length === 0) return end - start + 1;
  const region = us === 0 && ue === s.length ? s : s.slice(us, ue);
  let n = 0;
  for (let i = region.indexOf(sub); i >= 0; i = region.indexOf(sub, i + sub.length)) n++;
  return n;
}

// ---- split family -------------------------------------------------------------------------------------

function isWs(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  return SPACE_RE.test(ch);
}

export function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isWs(s[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isWs(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isWs(s[i - 1])) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !isWs(s[j - 1])) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

export function strSplit(s: string, sep: string | null, maxsplit: number): string[] {
  if (sep === null) return splitWhitespace(s, maxsplit);
  if (sep.length === 0) throw pyErr(ValueError, 'empty separator');
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let i = 0;
  while (out.length < maxsplit) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

function strRSplit(s: string, sep: string | null, maxsplit: number): string[] {
  if (sep === null) return rsplitWhitespace(s, maxsplit);
  if (sep.length === 0) throw pyErr(ValueError, 'empty separator');
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let end = s.length;
  while (out.length < maxsplit) {
    const j = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

function splitArgs(args: PyValue[], kwargs: KwArgs, name: string): [string | null, number] {
  let sep: PyValue = args.length > 1 ? args[1] : None;
  let maxsplit: PyValue = args.length > 2 ? args[2] : -1;
  if (args.length > 3) throw pyErr(TypeError, `${name}() takes at most 2 arguments (${args.length - 1} given)`);
  if (kwargs) {
    for (const [k, v] of kwargs) {
      if (k === 'sep') sep = v;
      else if (k === 'maxsplit') maxsplit = v;
      else throw pyErr(TypeError, `'${k}' is an invalid keyword argument for ${name}()`);
    }
  }
  const ms = intValue(maxsplit);
  if (ms === undefined) throw pyErr(TypeError, `'${typeOf(maxsplit).name}' object cannot be interpreted as an integer`);
  if (sep === None) return [null, Number(ms)];
  const ss = strValue(sep);
  if (ss === undefined) throw pyErr(TypeError, `must be str or None, not ${typeOf(sep).name}`);
  return [ss, Number(ms)];
}

const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

export function splitLines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let last = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(s); m; m = LINE_BREAK.exec(s)) {
    out.push(s.slice(last, keepends ? m.index + m[0].length : m.index));
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

// ---- strip, case, padding -------------------------------------------------------------------------------

function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
  const set = chars === null ? SPACE_CHARS : chars;
  const bmp = isBmp(set);
  const has = bmp ? (ch: string) => set.includes(ch) : (ch: string) => codePoints(set).includes(ch);
  let a = 0, b = s.length;
  if (left) while (a < b && has(s[a])) a++;
  if (right) while (b > a && has(s[b - 1])) b--;
  if (!bmp || !isBmp(s)) {
    // astral characters: strip whole code points
    const cps = codePoints(s);
    const cset = codePoints(set);
    let i = 0, j = cps.length;
    if (left) while (i < j && cset.includes(cps[i])) i++;
    if (right) while (j > i && cset.includes(cps[j - 1])) j--;
    return cps.slice(i, j).join('');
  }
  return s.slice(a, b);
}

function stripArg(args: PyValue[], name: string): string | null {
  if (args.length > 2) throw pyErr(TypeError, `${name} expected at most 1 argument, got ${args.length - 1}`);
  if (args.length < 2 || args[1] === None) return null;
  const c = strValue(args[1]);
  if (c === undefined) throw pyErr(TypeError, `${name} arg must be None or str`);
  return c;
}

const CASED = /[\p{Lu}\p{Ll}\p{Lt}]/u;

export function strTitle(s: string): string {
  let out = '';
  let prevCased = false;
  for (const ch of s) {
    if (CASED.test(ch)) {
      out += prevCased ? ch.toLowerCase() : titleChar(ch);
      prevCased = true;
    } else {
      out += ch;
      prevCased = false;
    }
  }
  return out;
}

const TITLE_SPECIAL: Record<string, string> = { ǆ: 'ǅ', ǅ: 'ǅ', Ǆ: 'ǅ', ǉ: 'ǈ', Ǉ: 'ǈ', ǈ: 'ǈ', ǌ: 'ǋ', Ǌ: 'ǋ', ǋ: 'ǋ', ǳ: 'ǲ', Ǳ: 'ǲ', ǲ: 'ǲ', ß: 'Ss', ﬁ: 'Fi', ﬂ: 'Fl', ﬀ: 'Ff' };
function titleChar(ch: string): string {
  return TITLE_SPECIAL[ch] ?? ch.toUpperCase();
}

function swapcase(s: string): string {
  let out = '';
  for (const ch of s) {
    const u = ch.toUpperCase(), l = ch.toLowerCase();
    out += ch === u && ch !== l ? l : ch === l && ch !== u ? u : ch;
  }
  return out;
}

function fillArgs(args: PyValue[], name: string): [number, string] {
  if (args.length < 2) throw pyErr(TypeError, `${name} expected at least 1 argument, got 0`);
  if (args.length > 3) throw pyErr(TypeError, `${name} expected at most 2 arguments, got ${args.length - 1}`);
  const w = intValue(args[1]);
  if (w === undefined) throw pyErr(TypeError, `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
  let fill = ' ';
  if (args.length > 2) {
    const f = strValue(args[2]);
    if (f === undefined) throw pyErr(TypeError, `${name}() argument 2 must be str, not ${typeOf(args[2]).name}`);
    if (strLen(f) !== 1) throw pyErr(TypeError, 'The fill character must be exactly one character long');
    fill = f;
  }
  return [typeof w === 'bigint' ? (w > 0n ? Infinity : 0) : w, fill];
}

export function padCenter(s: string, width: number, fill: string): string {
  const n = strLen(s);
  if (width <= n) return s;
  const pad = width - n;
  const left = Math.floor(pad / 2) + (pad & width & 1);
  return fill.repeat(left) + s + fill.repeat(pad - left);
}

function zfill(s: string, width: number): string {
  const n = strLen(s);
  if (width <= n) return s;
  const pad = '0'.repeat(width - n);
  if (s[0] === '+' || s[0] === '-') return s[0] + pad + s.slice(1);
  return pad + s;
}

function expandTabs(s: string, tabsize: number): string {
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

// ---- predicates -----------------------------------------------------------------------------------------

const RE = {
  alpha: /^\p{L}+$/u,
  decimal: /^\p{Nd}+$/u,
  digit: /^[\p{Nd}\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u{1f100}-\u{1f10a}]+$/u,
  numeric: /^[\p{N}\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u5104\u96f6\u58f9\u8cb3\u53c3\u8086\u4f0d\u9678\u67d2\u634c\u7396\u62fe\u4f70\u4edf]+$/u,
  alnum: /^[\p{L}\p{N}]+$/u,
  ident: /^[\p{XID_Start}_][\p{XID_Continue}]*$/u,
  ascii: /^[\x00-\x7f]*$/,
  lower: /\p{Ll}/u,
  upper: /\p{Lu}/u,
  title: /\p{Lt}/u,
};

function isLower(s: string): boolean {
  return RE.lower.test(s) && !RE.upper.test(s) && !RE.title.test(s);
}

function isUpper(s: string): boolean {
  return RE.upper.test(s) && !RE.lower.test(s) && !RE.title.test(s);
}

function isTitle(s: string): boolean {
  let cased = false, prevCased = false;
  for (const ch of s) {
    if (RE.upper.test(ch) || RE.title.test(ch)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (RE.lower.test(ch)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

function isSpace(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isWs(s[i])) return false;
  return true;
}

// ---- join, replace, translate ---------------------------------------------------------------------------

export function strJoin(sep: string, items: readonly PyValue[]): string {
  const parts: string[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (typeof it === 'string') parts[i] = it;
    else {
      const s = strValue(it);
      if (s === undefined) throw pyErr(TypeError, `sequence item ${i}: expected str instance, ${typeOf(it).name} found`);
      parts[i] = s;
    }
  }
  return parts.join(sep);
}

function strReplace(s: string, old: string, rep: string, count: number): string {
  if (count < 0) {
    if (old.length === 0) {
      const cps = isBmp(s) ? s.split('') : codePoints(s);
      return rep + cps.join(rep) + (cps.length ? rep : '');
    }
    return s.split(old).join(rep);
  }
  if (count === 0) return s;
  if (old.length === 0) {
    const cps = isBmp(s) ? s.split('') : codePoints(s);
    let out = '';
    let k = 0;
    for (; k < cps.length && k < count; k++) out += rep + cps[k];
    if (k < count && k === cps.length) out += rep;
    return out + cps.slice(k).join('');
  }
  let out = '';
  let i = 0, done = 0;
  while (done < count) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + rep;
    i = j + old.length;
    done++;
  }
  return out + s.slice(i);
}

function translate(s: string, table: PyValue): NativeResult {
  const out: string[] = [];
  const cps = codePoints(s);
  const step = (i: number): NativeResult => {
    for (; i < cps.length; i++) {
      const ch = cps[i];
      const r = ops.getItem(table, ch.codePointAt(0)!);
      let v: PyValue;
      try {
        if (isGen(r)) {
          const j = i;
          return (function* (): NativeGen {
            let vv: PyValue;
            try {
              vv = yield* r;
            } catch (e) {
              if (isLookupError(e)) {
                out.push(ch);
                const rest = step(j + 1);
                return isGen(rest) ? yield* rest : (rest as PyValue);
              }
              throw e;
            }
            pushMapped(out, vv, ch);
            const rest = step(j + 1);
            return isGen(rest) ? yield* rest : (rest as PyValue);
          })();
        }
        v = r as PyValue;
      } catch (e) {
        if (isLookupError(e)) {
          out.push(ch);
          continue;
        }
        throw e;
      }
      pushMapped(out, v, ch);
    }
    return out.join('');
  };
  return step(0);
}

function isLookupError(e: unknown): boolean {
  return e instanceof PyObject && (e.type.name === 'KeyError' || e.type.name === 'IndexError' || e.type.name === 'LookupError');
}

function pushMapped(out: string[], v: PyValue, _ch: string): void {
  if (v === None) return;
  const s = strValue(v);
  if (s !== undefined) {
    out.push(s);
    return;
  }
  const i = intValue(v);
  if (i !== undefined) {
    if (i < 0 || i > 0x10ffff) throw pyErr(ValueError, 'character mapping must be in range(0x110000)');
    out.push(String.fromCodePoint(Number(i)));
    return;
  }
  throw pyErr(TypeError, 'character mapping must return integer, None or str');
}

function maketrans(args: PyValue[]): PyValue {
  const d = new PyDict();
  if (args.length === 1) {
    const m = args[0];
    if (!(m instanceof PyDict)) throw pyErr(TypeError, 'if you give only one argument to maketrans it must be a dict');
    for (const [k, v] of m.entries()) {
      const ks = strValue(k);
      if (ks !== undefined) {
        if (strLen(ks) !== 1) throw pyErr(ValueError, 'string keys in translate table must be of length 1');
        d.set(ks.codePointAt(0)!, v);
      } else if (intValue(k) !== undefined) d.set(k, v);
      else throw pyErr(TypeError, 'keys in translate table must be strings or integers');
    }
    return d;
  }
  if (args.length < 1) throw pyErr(TypeError, 'maketrans() takes at least 1 argument (0 given)');
  const x = strValue(args[0]), y = strValue(args[1]);
  if (x === undefined) throw pyErr(TypeError, 'first maketrans argument must be a string if there is a second argument');
  if (y === undefined) throw pyErr(TypeError, `maketrans() argument 2 must be str, not ${typeOf(args[1]).name}`);
  const xs = codePoints(x), ys = codePoints(y);
  if (xs.length !== ys.length) throw pyErr(ValueError, 'the first two maketrans arguments must have equal length');
  for (let i = 0; i < xs.length; i++) d.set(xs[i].codePointAt(0)!, ys[i].codePointAt(0)!);
  if (args.length > 2) {
    const z = strValue(args[2]);
    if (z === undefined) throw pyErr(TypeError, `maketrans() argument 3 must be str, not ${typeOf(args[2]).name}`);
    for (const ch of z) d.set(ch.codePointAt(0)!, None);
  }
  return d;
}

// ---- subscripting ----------------------------------------------------------------------------------------

export function strGetItem(s: string, key: PyValue): NativeResult {
  if (typeof key === 'number') {
    const n = strLen(s);
    let i = key;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw pyErr(IndexError, 'string index out of range');
    return strCharAt(s, i);
  }
  if (key instanceof PySlice) {
    const r = sliceIndices(key, strLen(s));
    const mk = (x: SliceIdx) => strSlice(s, x[0], x[2], x[3]);
    if (isGen(r)) {
      return (function* (): NativeGen {
        return mk((yield* r) as unknown as SliceIdx);
      })();
    }
    return mk(r as SliceIdx);
  }
  const i = asIndex(key, (tn) => `string indices must be integers, not '${tn}'`);
  const at = (iv: Int): PyValue => strGetItem(s, typeof iv === 'bigint' ? (iv < 0n ? -Infinity : Infinity) : iv) as PyValue;
  if (isGen(i)) {
    return (function* (): NativeGen {
      return at((yield* i) as Int);
    })();
  }
  return at(i as Int);
}

// ---- the method table ------------------------------------------------------------------------------------

const m = (name: string, fn: (args: PyValue[], kwargs: KwArgs) => NativeResult) => nativeMethod('str', name, fn);
const S = (args: PyValue[]) => selfStr(args[0]);

function cmp(name: string, f: (a: string, b: string) => boolean) {
  return m(name, (args) => {
    const b = strValue(args[1]);
    if (b === undefined) return NotImplemented;
    return f(S(args), b);
  });
}

/** Python orders strings by code point; JS by UTF-16 unit. They differ only around surrogates. */
export function strLess(a: string, b: string): boolean {
  return strLt(a, b);
}

function findMethod(name: string, reverse: boolean, raise: boolean) {
  return m(name, (args, kwargs) => {
    noKw(`str.${name}`, kwargs);
    if (args.length < 2) throw pyErr(TypeError, `${name}() takes at least 1 argument (0 given)`);
    if (args.length > 4) throw pyErr(TypeError, `${name}() takes at most 3 arguments (${args.length - 1} given)`);
    const s = S(args);
    const sub = strValue(args[1]);
    if (sub === undefined) throw pyErr(TypeError, `must be str, not ${typeOf(args[1]).name}`);
    const [a, b] = range(s, args[2], args[3]);
    const i = strFind(s, sub, a, b, reverse);
    if (i < 0 && raise) throw pyErr(ValueError, 'substring not found');
    return i;
  });
}

function affixMethod(name: string, suffix: boolean) {
  return m(name, (args, kwargs) => {
    noKw(`str.${name}`, kwargs);
    if (args.length < 2) throw pyErr(TypeError, `${name}() takes at least 1 argument (0 given)`);
    const s = S(args);
    const [a, b] = range(s, args[2], args[3]);
    const us = cpToUnit(s, a), ue = cpToUnit(s, b);
    const test = (p: string) => {
      if (ue - us < p.length) return false;
      return suffix ? s.startsWith(p, ue - p.length) : s.startsWith(p, us);
    };
    const x = args[1];
    if (x instanceof PyTuple) {
      for (const p of x.items) {
        const ps = strValue(p);
        if (ps === undefined) {
          throw pyErr(TypeError, `tuple for ${name} must only contain str, not ${typeOf(p).name}`);
        }
        if (test(ps)) return true;
      }
      return false;
    }
    const p = strValue(x);
    if (p === undefined) {
      throw pyErr(TypeError, `${name} first arg must be str or a tuple of str, not ${typeOf(x).name}`);
    }
    return test(p);
  });
}

function newStr(cls: PyType, s: string): PyValue {
  return cls === strType ? s : new PyStrObj(cls, s);
}

const strNew = nativeFunction('__new__', (args, kwargs) => {
  const cls = args[0] as PyType;
  let obj: PyValue | undefined = args[1];
  let encoding: PyValue | undefined = args[2];
  let errors: PyValue | undefined = args[3];
  if (args.length > 4) throw pyErr(TypeError, `str() takes at most 3 arguments (${args.length - 1} given)`);
  if (kwargs) {
    for (const [k, v] of kwargs) {
      if (k === 'object') obj = v;
      else if (k === 'encoding') encoding = v;
      else if (k === 'errors') errors = v;
      else throw pyErr(TypeError, `'${k}' is an invalid keyword argument for str()`);
    }
  }
  if (obj === undefined) return newStr(cls, '');
  if (encoding !== undefined || errors !== undefined) {
    if (encoding !== undefined && strValue(encoding) === undefined) {
      throw pyErr(TypeError, `str() argument 'encoding' must be str, not ${typeOf(encoding).name}`);
    }
    if (errors !== undefined && strValue(errors) === undefined) {
      throw pyErr(TypeError, `str() argument 'errors' must be str, not ${typeOf(errors).name}`);
    }
    const data = bytesData(obj);
    if (!data) {
      if (strValue(obj) !== undefined) throw pyErr(TypeError, 'decoding str is not supported');
      throw pyErr(TypeError, `decoding to str: need a bytes-like object, ${typeOf(obj).name} found`);
    }
    return newStr(cls, decodeBytes(data, encoding === undefined ? 'utf-8' : strValue(encoding)!, errors === undefined ? 'strict' : strValue(errors)!));
  }
  if (typeof obj === 'string') return newStr(cls, obj);
  const r = ops.str(obj);
  if (isGen(r)) {
    return (function* (): NativeGen {
      return newStr(cls, (yield* r) as string);
    })();
  }
  return newStr(cls, r as string);
});

strType.define(methodTable('str', {
  __new__: strNew,
  __len__: (args) => strLen(S(args)),
  __getitem__: (args) => strGetItem(S(args), args[1]),
  __contains__: (args) => {
    const sub = strValue(args[1]);
    if (sub === undefined) throw pyErr(TypeError, `'in <string>' requires string as left operand, not ${typeOf(args[1]).name}`);
    return S(args).includes(sub);
  },
  __iter__: (args) => new StrIterator(S(args)),
  __add__: (args) => {
    const b = strValue(args[1]);
    if (b === undefined) throw pyErr(TypeError, `can only concatenate str (not "${typeOf(args[1]).name}") to str`);
    return S(args) + b;
  },
  __mul__: (args) => {
    const n = repeatCount(args[1]);
    if (n === undefined) return cantMultiply(args[1]);
    const s = S(args);
    if (s.length * n > 2 ** 29) throw pyErr(OverflowError, 'repeated string is too long');
    return s.repeat(n);
  },
  __rmul__: (args) => {
    const n = repeatCount(args[1]);
    if (n === undefined) return cantMultiply(args[1]);
    return S(args).repeat(n);
  },
  __mod__: (args) => percentFormat(S(args), args[1]),
  __rmod__: () => NotImplemented,
  __eq__: cmp('__eq__', (a, b) => a === b),
  __ne__: cmp('__ne__', (a, b) => a !== b),
  __lt__: cmp('__lt__', (a, b) => strLess(a, b)),
  __le__: cmp('__le__', (a, b) => a === b || strLess(a, b)),
  __gt__: cmp('__gt__', (a, b) => strLess(b, a)),
  __ge__: cmp('__ge__', (a, b) => a === b || strLess(b, a)),
  __hash__: (args) => strHash(S(args)),
  __repr__: (args) => strRepr(S(args)),
  __str__: (args) => S(args),
  __format__: (args) => {
    const spec = strValue(args[1]);
    if (spec === undefined) throw pyErr(TypeError, `format() argument 2 must be str, not ${typeOf(args[1]).name}`);
    return formatStr(S(args), spec);
  },
  __getnewargs__: (args) => new PyTuple([S(args)]),
  __sizeof__: (args) => 49 + S(args).length,

  split: (args, kwargs) => {
    const [sep, ms] = splitArgs(args, kwargs, 'split');
    return new PyList(strSplit(S(args), sep, ms));
  },
  rsplit: (args, kwargs) => {
    const [sep, ms] = splitArgs(args, kwargs, 'rsplit');
    return new PyList(strRSplit(S(args), sep, ms));
  },
  splitlines: (args, kwargs) => {
    let keep: PyValue = args.length > 1 ? args[1] : false;
    if (kwargs && kwargs.has('keepends')) keep = kwargs.get('keepends')!;
    return new PyList(splitLines(S(args), keep === true || (typeof keep === 'number' && keep !== 0)));
  },
  join: (args, kwargs) => {
    const it = meth1('str.join', args, kwargs);
    const sep = S(args);
    const items = itemsOf(it);
    if (isGen(items)) {
      return (function* (): NativeGen {
        return strJoin(sep, (yield* items) as unknown as PyValue[]);
      })();
    }
    return strJoin(sep, items as readonly PyValue[]);
  },
  strip: (args) => stripChars(S(args), stripArg(args, 'strip'), true, true),
  lstrip: (args) => stripChars(S(args), stripArg(args, 'lstrip'), true, false),
  rstrip: (args) => stripChars(S(args), stripArg(args, 'rstrip'), false, true),
  replace: (args, kwargs) => {
    methRange('replace', args, kwargs, 2, 3, 'str.replace');
    const old = strArg(args[1], 'replace() argument 1');
    const rep = strArg(args[2], 'replace() argument 2');
    const c = args.length > 3 ? intValue(args[3]) : -1;
    if (c === undefined) throw pyErr(TypeError, `'${typeOf(args[3]).name}' object cannot be interpreted as an integer`);
    return strReplace(S(args), old, rep, Number(c));
  },
  find: findMethod('find', false, false),
  rfind: findMethod('rfind', true, false),
  index: findMethod('index', false, true),
  rindex: findMethod('rindex', true, true),
  count: (args, kwargs) => {
    noKw('str.count', kwargs);
    if (args.length < 2) throw pyErr(TypeError, 'count() takes at least 1 argument (0 given)');
    const s = S(args);
    const sub = strValue(args[1]);
    if (sub === undefined) throw pyErr(TypeError, `must be str, not ${typeOf(args[1]).name}`);
    const [a, b] = range(s, args[2], args[3]);
    return strCount(s, sub, a, b);
  },
  startswith: affixMethod('startswith', false),
  endswith: affixMethod('endswith', true),
  upper: (args, kw) => (meth0('str.upper', args, kw), S(args).toUpperCase()),
  lower: (args, kw) => (meth0('str.lower', args, kw), S(args).toLowerCase()),
  casefold: (args, kw) => (meth0('str.casefold', args, kw), S(args).toUpperCase().toLowerCase().replace(/\u00df/g, 'ss')),
  title: (args, kw) => (meth0('str.title', args, kw), strTitle(S(args))),
  capitalize: (args, kw) => {
    meth0('str.capitalize', args, kw);
    const cps = codePoints(S(args));
    if (cps.length === 0) return '';
    return titleChar(cps[0]) + cps.slice(1).join('').toLowerCase();
  },
  swapcase: (args, kw) => (meth0('str.swapcase', args, kw), swapcase(S(args))),
  isdigit: (args) => RE.digit.test(S(args)),
  isdecimal: (args) => RE.decimal.test(S(args)),
  isnumeric: (args) => RE.numeric.test(S(args)),
  isalpha: (args) => RE.alpha.test(S(args)),
  isalnum: (args) => RE.alnum.test(S(args)),
  isspace: (args) => isSpace(S(args)),
  islower: (args) => isLower(S(args)),
  isupper: (args) => isUpper(S(args)),
  istitle: (args) => isTitle(S(args)),
  isidentifier: (args) => RE.ident.test(S(args)),
  isprintable: (args) => !NON_PRINTABLE.test(S(args)),
  isascii: (args) => RE.ascii.test(S(args)),
  center: (args) => {
    const [w, f] = fillArgs(args, 'center');
    return padCenter(S(args), w, f);
  },
  ljust: (args) => {
    const [w, f] = fillArgs(args, 'ljust');
    const s = S(args);
    const n = strLen(s);
    return w <= n ? s : s + f.repeat(w - n);
  },
  rjust: (args) => {
    const [w, f] = fillArgs(args, 'rjust');
    const s = S(args);
    const n = strLen(s);
    return w <= n ? s : f.repeat(w - n) + s;
  },
  zfill: (args, kw) => {
    const w = intValue(meth1('str.zfill', args, kw));
    if (w === undefined) throw pyErr(TypeError, `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
    return zfill(S(args), Number(w));
  },
  partition: (args, kw) => {
    const sep = sepArg(meth1('str.partition', args, kw));
    if (sep.length === 0) throw pyErr(ValueError, 'empty separator');
    const s = S(args);
    const i = s.indexOf(sep);
    if (i < 0) return new PyTuple([s, '', '']);
    return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
  },
  rpartition: (args, kw) => {
    const sep = sepArg(meth1('str.rpartition', args, kw));
    if (sep.length === 0) throw pyErr(ValueError, 'empty separator');
    const s = S(args);
    const i = s.lastIndexOf(sep);
    if (i < 0) return new PyTuple(['', '', s]);
    return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
  },
  expandtabs: (args, kwargs) => {
    let t: PyValue = args.length > 1 ? args[1] : 8;
    if (kwargs && kwargs.has('tabsize')) t = kwargs.get('tabsize')!;
    const n = intValue(t);
    if (n === undefined) throw pyErr(TypeError, `'${typeOf(t).name}' object cannot be interpreted as an integer`);
    return expandTabs(S(args), Number(n));
  },
  encode: (args, kwargs) => {
    let enc: PyValue = args.length > 1 ? args[1] : 'utf-8';
    let errs: PyValue = args.length > 2 ? args[2] : 'strict';
    if (kwargs) {
      for (const [k, v] of kwargs) {
        if (k === 'encoding') enc = v;
        else if (k === 'errors') errs = v;
        else throw pyErr(TypeError, `'${k}' is an invalid keyword argument for encode()`);
      }
    }
    return encodeStr(S(args), strArg(enc, "encode() argument 'encoding'"), strArg(errs, "encode() argument 'errors'"));
  },
  format: (args, kwargs) => strFormat(S(args), args.slice(1), kwargs),
  format_map: (args, kw) => strFormat(S(args), [], null, meth1('str.format_map', args, kw)),
  maketrans: staticMethod(nativeFunction('maketrans', (args) => maketrans(args))),
  translate: (args, kw) => translate(S(args), meth1('str.translate', args, kw)),
  removeprefix: (args, kw) => {
    const p = strArg(meth1('str.removeprefix', args, kw), 'removeprefix() argument');
    const s = S(args);
    return p && s.startsWith(p) ? s.slice(p.length) : s;
  },
  removesuffix: (args, kw) => {
    const p = strArg(meth1('str.removesuffix', args, kw), 'removesuffix() argument');
    const s = S(args);
    return p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
  },
}));

export { objectType, methRange };
