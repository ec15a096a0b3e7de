// bytes' and bytearray's Python methods (CPython: Objects/bytesobject.c, bytearrayobject.c).
// Searching and splitting reuse the str algorithms on a latin-1 view (one char per byte).

import { PyObject, type KwArgs, type NativeGen, type NativeResult, type PyValue } from './object.js';
import type { PyType } from './type.js';
import { None, NotImplemented, typeOf } from './builtin-types.js';
import { pyErr, TypeError, ValueError, IndexError } from './exceptions.js';
import { nativeMethod, nativeFunction, methodTable } from './native.js';
import { classMethod, staticMethod } from './descriptors.js';
import { bytesPercentFormat } from './format/percent.js';
import { PyBytes, PyByteArray, bytesType, bytearrayType, bytesData, bytesToLatin1, latin1ToBytes } from './bytes.js';
import { PyList } from './list.js';
import { PyTuple } from './tuple.js';
import { PySlice, sliceIndices, sliceArray, type SliceIdx } from './slice.js';
import { asIndex, intValue } from './int.js';
import { strValue } from './str.js';
import { strHash } from './hash.js';
import { isGen } from './gen.js';
import { itemsOf, repeatCount, cantMultiply, fastItems, seqCompare } from './seq.js';
import { SeqIterator, iteratorType } from './iterators.js';
import { encodeStr, decodeBytes } from './codecs.js';
import { CmpOp } from './ops.js';

type AnyBytes = PyBytes | PyByteArray;

export const bytesIteratorType = iteratorType('bytes_iterator');
export const bytearrayIteratorType = iteratorType('bytearray_iterator');

fastItems.push((v) => (v instanceof PyBytes || v instanceof PyByteArray ? Array.from(v.data) : undefined));

/** repr body b'...' (CPython: PyBytes_Repr: prefers ' unless the data has ' and no "). */
export function bytesRepr(d: Uint8Array): string {
  let hasSq = false, hasDq = false;
  for (const c of d) {
    if (c === 0x27) hasSq = true;
    else if (c === 0x22) hasDq = true;
  }
  const q = hasSq && !hasDq ? '"' : "'";
  let out = 'b' + q;
  for (const c of d) {
    if (c === q.charCodeAt(0) || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + q;
}

const D = (v: PyValue) => (v as AnyBytes).data;

function make(like: PyValue, data: Uint8Array): PyValue {
  return like instanceof PyByteArray ? new PyByteArray(data) : new PyBytes(data);
}

function argBytes(v: PyValue, what: string): Uint8Array {
  const d = bytesData(v);
  if (d) return d;
  throw pyErr(TypeError, `${what}a bytes-like object is required, not '${typeOf(v).name}'`);
}

/** Bytes from any constructor argument: int (zeros), iterable of ints, bytes-like, str+encoding. */
function bytesFrom(args: PyValue[], kwargs: KwArgs, name: string): Uint8Array | NativeGen {
  let src: PyValue | undefined = args[1];
  let encoding: PyValue | undefined = args[2];
  let errors: PyValue | undefined = args[3];
  if (kwargs) {
    for (const [k, v] of kwargs) {
      if (k === 'source') src = v;
      else if (k === 'encoding') encoding = v;
      else if (k === 'errors') errors = v;
      else throw pyErr(TypeError, `'${k}' is an invalid keyword argument for ${name}()`);
    }
  }
  if (src === undefined) return new Uint8Array(0);
  const s = strValue(src);
  if (s !== undefined) {
    if (encoding === undefined) throw pyErr(TypeError, 'string argument without an encoding');
    return encodeStr(s, strValue(encoding) ?? 'utf-8', errors === undefined ? 'strict' : strValue(errors) ?? 'strict').data;
  }
  if (encoding !== undefined) throw pyErr(TypeError, 'encoding without a string argument');
  const d = bytesData(src);
  if (d) return d.slice();
  const n = intValue(src);
  if (n !== undefined) {
    if (n < 0) throw pyErr(ValueError, 'negative count');
    return new Uint8Array(Number(n));
  }
  if (typeof src === 'object' && (src as PyObject).type.lookup('__iter__') === undefined && (src as PyObject).type.lookup('__getitem__') === undefined) {
    throw pyErr(TypeError, `cannot convert '${typeOf(src).name}' object to ${name}`);
  }
  const items = itemsOf(src);
  const conv = (xs: readonly PyValue[]): Uint8Array => {
    const out = new Uint8Array(xs.length);
    for (let i = 0; i < xs.length; i++) {
      const b = intValue(xs[i]);
      if (b === undefined) throw pyErr(TypeError, `'${typeOf(xs[i]).name}' object cannot be interpreted as an integer`);
      if (b < 0 || b > 255) throw pyErr(ValueError, 'bytes must be in range(0, 256)');
      out[i] = Number(b);
    }
    return out;
  };
  if (isGen(items)) {
    return (function* (): NativeGen {
      return conv((yield* items) as unknown as PyValue[]) as unknown as PyValue;
    })();
  }
  return conv(items as readonly PyValue[]);
}

function getItem(self: AnyBytes, key: PyValue): NativeResult {
  const d = self.data;
  if (key instanceof PySlice) {
    const r = sliceIndices(key, d.length);
    const mk = (x: SliceIdx) => make(self, Uint8Array.from(sliceArray(Array.from(d), x)));
    if (isGen(r)) {
      return (function* (): NativeGen {
        return mk((yield* r) as unknown as SliceIdx);
      })();
    }
    return mk(r as SliceIdx);
  }
  const at = (i: number | bigint) => {
    let n = Number(i);
    if (n < 0) n += d.length;
    if (n < 0 || n >= d.length) throw pyErr(IndexError, `${self instanceof PyByteArray ? 'bytearray' : 'index'} index out of range`);
    return d[n];
  };
  const i = intValue(key);
  if (i !== undefined) return at(i);
  const x = asIndex(key, (t) => `${self instanceof PyByteArray ? 'bytearray' : 'byte'} indices must be integers or slices, not ${t}`);
  if (!isGen(x)) return at(x as number | bigint);
  return (function* (): NativeGen {
    return at((yield* x) as unknown as number);
  })();
}

function find(self: PyValue, args: PyValue[], reverse: boolean): number {
  const s = bytesToLatin1(D(self));
  const sub = subArg(args[1]);
  const [a, b] = range(args, s.length);
  if (b - a < sub.length) return -1;
  const i = reverse ? s.lastIndexOf(sub, b - sub.length) : s.indexOf(sub, a);
  return i < a || i + sub.length > b ? -1 : i;
}

function cmp(name: string, op: CmpOp) {
  return (owner: string) =>
    nativeMethod(owner, name, (args) => {
      const b = bytesData(args[1]);
      if (!b) return NotImplemented;
      return seqCompare(Array.from(D(args[0])), Array.from(b), op) as NativeResult;
    });
}

/** An int argument (no __index__ objects here). */
function intArg(v: PyValue): number | bigint {
  const i = intValue(v);
  if (i === undefined) throw pyErr(TypeError, `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return i;
}

/** The sub-sequence argument of find/count/index: bytes-like or an int 0..255 (latin-1 string). */
function subArg(v: PyValue): string {
  const iv = intValue(v);
  if (iv !== undefined) {
    if (iv < 0 || iv > 255) throw pyErr(ValueError, 'byte must be in range(0, 256)');
    return String.fromCharCode(Number(iv));
  }
  const d = bytesData(v);
  if (!d) throw pyErr(TypeError, `argument should be integer or bytes-like object, not '${typeOf(v).name}'`);
  return bytesToLatin1(d);
}

/** args[2], args[3] as slice bounds over n bytes (CPython: ADJUST_INDICES). */
function range(args: PyValue[], n: number): [number, number] {
  const clamp = (v: PyValue | undefined, dflt: number) => {
    if (v === undefined || v === None) return dflt;
    let x = Number(intArg(v));
    if (x < 0) x = Math.max(0, x + n);
    return x;
  };
  // start may exceed n (then nothing matches, not even b''); end is clamped to n
  return [clamp(args[2], 0), Math.min(clamp(args[3], n), n)];
}

function affix(args: PyValue[], owner: string, name: string): boolean {
  const s = bytesToLatin1(D(args[0]));
  const x = args[1];
  const [a, b] = range(args, s.length);
  const ps = x instanceof PyTuple ? x.items : [x];
  return ps.some((p) => {
    const d = bytesData(p);
    if (!d) {
      throw pyErr(TypeError, x instanceof PyTuple ? `a bytes-like object is required, not '${typeOf(p).name}'`
        : `${name} first arg must be bytes or a tuple of bytes, not ${typeOf(p).name}`);
    }
    const q = bytesToLatin1(d);
    if (b - a < q.length) return false;
    return name === 'startswith' ? s.startsWith(q, a) : s.slice(0, b).endsWith(q);
  });
  void owner;
}

function splitArgs(args: PyValue[], kwargs: KwArgs, name: string): [string | null, number] {
  let sep: PyValue = args.length > 1 ? args[1] : None;
  let ms: PyValue = args.length > 2 ? args[2] : -1;
  if (kwargs) {
    for (const [k, v] of kwargs) {
      if (k === 'sep') sep = v;
      else if (k === 'maxsplit') ms = v;
      else throw pyErr(TypeError, `${name}() got an unexpected keyword argument '${k}'`);
    }
  }
  const n = Number(intArg(ms));
  if (sep === None) return [null, n];
  const sp = bytesToLatin1(argBytes(sep, ''));
  if (sp === '') throw pyErr(ValueError, 'empty separator');
  return [sp, n];
}

const isSpace = (c: string) => c === ' ' || (c >= '\t' && c <= '\r');

/** bytes.split / rsplit on a latin-1 view (whitespace = ASCII space, \t \n \v \f \r only). */
function split(s: string, sep: string | null, maxsplit: number, fromRight: boolean): string[] {
  if (maxsplit < 0) maxsplit = Infinity;
  const out: string[] = [];
  if (sep !== null) {
    if (!fromRight) {
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
  if (!fromRight) {
    let i = 0;
    const n = s.length;
    while (true) {
      while (i < n && isSpace(s[i])) i++;
      if (i >= n) break;
      if (out.length >= maxsplit) { out.push(s.slice(i)); break; }
      let j = i;
      while (j < n && !isSpace(s[j])) j++;
      out.push(s.slice(i, j));
      i = j;
    }
    return out;
  }
  let i = s.length;
  while (true) {
    while (i > 0 && isSpace(s[i - 1])) i--;
    if (i <= 0) break;
    if (out.length >= maxsplit) { out.push(s.slice(0, i)); break; }
    let j = i;
    while (j > 0 && !isSpace(s[j - 1])) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

function partition(args: PyValue[], fromRight: boolean): PyTuple {
  const s = bytesToLatin1(D(args[0]));
  const sep = bytesToLatin1(argBytes(args[1], ''));
  if (sep === '') throw pyErr(ValueError, 'empty separator');
  const mk = (x: string) => make(args[0], latin1ToBytes(x));
  const i = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (i < 0) return new PyTuple(fromRight ? [mk(''), mk(''), mk(s)] : [mk(s), mk(''), mk('')]);
  return new PyTuple([mk(s.slice(0, i)), mk(sep), mk(s.slice(i + sep.length))]);
}

function strip(s: string, charsArg: PyValue | undefined, left: boolean, right: boolean): string {
  const chars = charsArg !== undefined && charsArg !== None ? bytesToLatin1(argBytes(charsArg, '')) : ' \t\n\r\x0b\x0c';
  let a = 0, b = s.length;
  if (left) while (a < b && chars.includes(s[a])) a++;
  if (right) while (b > a && chars.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

function pad(args: PyValue[], owner: string, name: string): string {
  const s = bytesToLatin1(D(args[0]));
  const w = Number(intArg(args[1]));
  let fill = ' ';
  if (args.length > 2) {
    const d = bytesData(args[2]);
    if (!d || d.length !== 1) {
      throw pyErr(TypeError, `${name}() argument 2 must be a byte string of length 1, not ${typeOf(args[2]).name}`);
    }
    fill = String.fromCharCode(d[0]);
  }
  if (w <= s.length) return s;
  const n = w - s.length;
  if (name === 'ljust') return s + fill.repeat(n);
  if (name === 'rjust') return fill.repeat(n) + s;
  const left = Math.floor(n / 2) + (n & w & 1);
  void owner;
  return fill.repeat(left) + s + fill.repeat(n - left);
}

function common(owner: string): Record<string, PyValue> {
  const m = (name: string, fn: (args: PyValue[], kwargs: KwArgs) => NativeResult) => nativeMethod(owner, name, fn);
  const L = (args: PyValue[]) => bytesToLatin1(D(args[0]));
  const fromL = (args: PyValue[], s: string) => make(args[0], latin1ToBytes(s));
  return {
    __len__: m('__len__', (args) => D(args[0]).length),
    __getitem__: m('__getitem__', (args) => getItem(args[0] as AnyBytes, args[1])),
    __iter__: m('__iter__', (args) => new SeqIterator(owner === 'bytes' ? bytesIteratorType : bytearrayIteratorType, { items: Array.from(D(args[0])) })),
    __contains__: m('__contains__', (args) => {
      const iv = intValue(args[1]);
      if (iv !== undefined) {
        if (iv < 0 || iv > 255) throw pyErr(ValueError, 'byte must be in range(0, 256)');
        return D(args[0]).includes(Number(iv));
      }
      return L(args).includes(bytesToLatin1(argBytes(args[1], '')));
    }),
    __add__: m('__add__', (args) => {
      const b = bytesData(args[1]);
      if (!b) throw pyErr(TypeError, `can't concat ${typeOf(args[1]).name} to ${owner}`);
      const a = D(args[0]);
      const out = new Uint8Array(a.length + b.length);
      out.set(a);
      out.set(b, a.length);
      return make(args[0], out);
    }),
    __mul__: m('__mul__', (args) => {
      const n = repeatCount(args[1]);
      if (n === undefined) return cantMultiply(args[1]);
      return fromL(args, L(args).repeat(n));
    }),
    __rmul__: m('__rmul__', (args) => {
      const n = repeatCount(args[1]);
      if (n === undefined) return cantMultiply(args[1]);
      return fromL(args, L(args).repeat(n));
    }),
    __eq__: cmp('__eq__', CmpOp.Eq)(owner),
    __ne__: cmp('__ne__', CmpOp.Ne)(owner),
    __lt__: cmp('__lt__', CmpOp.Lt)(owner),
    __le__: cmp('__le__', CmpOp.Le)(owner),
    __gt__: cmp('__gt__', CmpOp.Gt)(owner),
    __ge__: cmp('__ge__', CmpOp.Ge)(owner),
    __repr__: m('__repr__', (args) => (owner === 'bytes' ? bytesRepr(D(args[0])) : `bytearray(${bytesRepr(D(args[0]))})`)),
    decode: m('decode', (args, kwargs) => {
      let enc: PyValue = args.length > 1 ? args[1] : 'utf-8';
      let errs: PyValue = args.length > 2 ? args[2] : 'strict';
      if (kwargs) {
        if (kwargs.has('encoding')) enc = kwargs.get('encoding')!;
        if (kwargs.has('errors')) errs = kwargs.get('errors')!;
      }
      return decodeBytes(D(args[0]), strValue(enc) ?? 'utf-8', strValue(errs) ?? 'strict');
    }),
    hex: m('hex', (args, kwargs) => {
      // CPython: _Py_strhex_impl — sep every bytes_per_sep bytes, counted from the right (from the
      // left when negative)
      const d = D(args[0]);
      const sepv = kwargs?.get('sep') ?? args[1];
      const per = Number(intArg(kwargs?.get('bytes_per_sep') ?? args[2] ?? 1));
      const hx = Array.from(d, (c) => c.toString(16).padStart(2, '0'));
      if (sepv === undefined || sepv === None || per === 0 || !hx.length) return hx.join('');
      const sep = strValue(sepv) ?? (bytesData(sepv) ? bytesToLatin1(bytesData(sepv)!) : undefined);
      if (sep === undefined) throw pyErr(TypeError, 'sep must be str or bytes.');
      if (sep.length !== 1) throw pyErr(ValueError, 'sep must be length 1.');
      const k = Math.abs(per), groups: string[] = [];
      if (per > 0) for (let e = hx.length; e > 0; e -= k) groups.unshift(hx.slice(Math.max(0, e - k), e).join(''));
      else for (let b = 0; b < hx.length; b += k) groups.push(hx.slice(b, b + k).join(''));
      return groups.join(sep);
    }),
    find: m('find', (args) => find(args[0], args, false)),
    rfind: m('rfind', (args) => find(args[0], args, true)),
    index: m('index', (args) => {
      const i = find(args[0], args, false);
      if (i < 0) throw pyErr(ValueError, 'subsection not found');
      return i;
    }),
    rindex: m('rindex', (args) => {
      const i = find(args[0], args, true);
      if (i < 0) throw pyErr(ValueError, 'subsection not found');
      return i;
    }),
    count: m('count', (args) => {
      const s = L(args);
      const sub = subArg(args[1]);
      const [a, b] = range(args, s.length);
      if (b < a) return 0;
      if (sub.length === 0) return b - a + 1;
      const region = s.slice(a, b);
      let n = 0;
      for (let i = region.indexOf(sub); i >= 0; i = region.indexOf(sub, i + sub.length)) n++;
      return n;
    }),
    startswith: m('startswith', (args) => affix(args, owner, 'startswith')),
    endswith: m('endswith', (args) => affix(args, owner, 'endswith')),
    join: m('join', (args) => {
      const sep = L(args);
      const items = itemsOf(args[1]);
      const fin = (xs: readonly PyValue[]) =>
        fromL(args, xs.map((x, i) => {
          const d = bytesData(x);
          if (!d) throw pyErr(TypeError, `sequence item ${i}: expected a bytes-like object, ${typeOf(x).name} found`);
          return bytesToLatin1(d);
        }).join(sep));
      if (isGen(items)) {
        return (function* (): NativeGen {
          return fin((yield* items) as unknown as PyValue[]);
        })();
      }
      return fin(items as readonly PyValue[]);
    }),
    split: m('split', (args, kwargs) => {
      const [sep, n] = splitArgs(args, kwargs, 'split');
      return new PyList(split(L(args), sep, n, false).map((p) => fromL(args, p)));
    }),
    rsplit: m('rsplit', (args, kwargs) => {
      const [sep, n] = splitArgs(args, kwargs, 'rsplit');
      return new PyList(split(L(args), sep, n, true).map((p) => fromL(args, p)));
    }),
    partition: m('partition', (args) => partition(args, false)),
    rpartition: m('rpartition', (args) => partition(args, true)),
    splitlines: m('splitlines', (args, kwargs) => {
      const ke = kwargs?.get('keepends') ?? args[1];
      const keep = ke !== undefined && ke !== false && ke !== 0 && ke !== None;
      const s = L(args);
      const out: PyValue[] = [];
      const re = /\r\n|[\n\r]/g;
      let last = 0;
      for (let mm = re.exec(s); mm; mm = re.exec(s)) {
        out.push(fromL(args, s.slice(last, keep ? mm.index + mm[0].length : mm.index)));
        last = mm.index + mm[0].length;
      }
      if (last < s.length) out.push(fromL(args, s.slice(last)));
      return new PyList(out);
    }),
    replace: m('replace', (args) => {
      const s = L(args);
      const old = bytesToLatin1(argBytes(args[1], '')), rep = bytesToLatin1(argBytes(args[2], ''));
      let count = args.length > 3 ? Number(intArg(args[3])) : -1;
      if (count < 0) count = Infinity;
      let out = '', i = 0, done = 0;
      if (old === '') {
        // an empty pattern matches before every byte and at the end
        for (; i <= s.length && done < count; i++, done++) out += rep + (i < s.length ? s[i] : '');
        return fromL(args, out + s.slice(i));
      }
      for (let j = s.indexOf(old); j >= 0 && done < count; j = s.indexOf(old, i), done++) {
        out += s.slice(i, j) + rep;
        i = j + old.length;
      }
      return fromL(args, out + s.slice(i));
    }),
    strip: m('strip', (args) => fromL(args, strip(L(args), args[1], true, true))),
    lstrip: m('lstrip', (args) => fromL(args, strip(L(args), args[1], true, false))),
    rstrip: m('rstrip', (args) => fromL(args, strip(L(args), args[1], false, true))),
    center: m('center', (args) => fromL(args, pad(args, owner, 'center'))),
    ljust: m('ljust', (args) => fromL(args, pad(args, owner, 'ljust'))),
    rjust: m('rjust', (args) => fromL(args, pad(args, owner, 'rjust'))),
    zfill: m('zfill', (args) => {
      const s = L(args);
      const w = Number(intArg(args[1]));
      if (w <= s.length) return make(args[0], D(args[0]).slice());
      const z = '0'.repeat(w - s.length);
      return fromL(args, s[0] === '+' || s[0] === '-' ? s[0] + z + s.slice(1) : z + s);
    }),
    expandtabs: m('expandtabs', (args, kwargs) => {
      const ts = Number(intArg(kwargs?.get('tabsize') ?? args[1] ?? 8));
      let out = '', col = 0;
      for (const c of L(args)) {
        if (c === '\t') { if (ts > 0) { const n = ts - (col % ts); out += ' '.repeat(n); col += n; } }
        else { out += c; col = c === '\n' || c === '\r' ? 0 : col + 1; }
      }
      return fromL(args, out);
    }),
    removeprefix: m('removeprefix', (args) => {
      const s = L(args), p = bytesToLatin1(argBytes(args[1], ''));
      return fromL(args, p && s.startsWith(p) ? s.slice(p.length) : s);
    }),
    removesuffix: m('removesuffix', (args) => {
      const s = L(args), p = bytesToLatin1(argBytes(args[1], ''));
      return fromL(args, p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
    }),
    upper: m('upper', (args) => fromL(args, L(args).replace(/[a-z]+/g, (x) => x.toUpperCase()))),
    lower: m('lower', (args) => fromL(args, L(args).replace(/[A-Z]+/g, (x) => x.toLowerCase()))),
    swapcase: m('swapcase', (args) => fromL(args, L(args).replace(/[a-zA-Z]/g, (x) => (x < 'a' ? x.toLowerCase() : x.toUpperCase())))),
    capitalize: m('capitalize', (args) => {
      const s = L(args);
      return fromL(args, s.slice(0, 1).replace(/[a-z]/, (x) => x.toUpperCase()) + s.slice(1).replace(/[A-Z]+/g, (x) => x.toLowerCase()));
    }),
    title: m('title', (args) => fromL(args, L(args).replace(/[a-zA-Z]+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase()))),
    isdigit: m('isdigit', (args) => /^[0-9]+$/.test(L(args))),
    isalpha: m('isalpha', (args) => /^[a-zA-Z]+$/.test(L(args))),
    isalnum: m('isalnum', (args) => /^[a-zA-Z0-9]+$/.test(L(args))),
    isspace: m('isspace', (args) => /^[ \t\n\r\x0b\x0c]+$/.test(L(args))),
    isascii: m('isascii', (args) => D(args[0]).every((c) => c < 0x80)),
    isupper: m('isupper', (args) => /[A-Z]/.test(L(args)) && !/[a-z]/.test(L(args))),
    islower: m('islower', (args) => /[a-z]/.test(L(args)) && !/[A-Z]/.test(L(args))),
    istitle: m('istitle', (args) => {
      // CPython: bytes_istitle — cased runs start upper, continue lower; at least one cased byte
      let cased = false, prevCased = false;
      for (const c of L(args)) {
        if (c >= 'A' && c <= 'Z') { if (prevCased) return false; prevCased = cased = true; }
        else if (c >= 'a' && c <= 'z') { if (!prevCased) return false; prevCased = cased = true; }
        else prevCased = false;
      }
      return cased;
    }),
    translate: m('translate', (args, kwargs) => {
      const tv = args[1];
      const del = kwargs?.get('delete') ?? args[2];
      let table: Uint8Array | null = null;
      if (tv !== None) {
        table = argBytes(tv, '');
        if (table.length !== 256) throw pyErr(ValueError, 'translation table must be 256 characters long');
      }
      const drop = del === undefined ? null : new Set(argBytes(del, ''));
      const out: number[] = [];
      for (const c of D(args[0])) if (!drop || !drop.has(c)) out.push(table ? table[c] : c);
      return make(args[0], Uint8Array.from(out));
    }),
    maketrans: staticMethod(nativeFunction('maketrans', (args) => {
      const from = argBytes(args[0], ''), to = argBytes(args[1], '');
      if (from.length !== to.length) throw pyErr(ValueError, 'maketrans arguments must have same length');
      const t = new Uint8Array(256);
      for (let i = 0; i < 256; i++) t[i] = i;
      for (let i = 0; i < from.length; i++) t[from[i]] = to[i];
      return new PyBytes(t);
    })),
    __mod__: m('__mod__', (args) => {
      const r = bytesPercentFormat(L(args), args[1]);
      const fin = (x: PyValue) => fromL(args, x as string);
      if (isGen(r)) {
        return (function* (): NativeGen {
          return fin((yield* r) as unknown as PyValue);
        })();
      }
      return fin(r as PyValue);
    }),
    __rmod__: m('__rmod__', () => NotImplemented),
    fromhex: classMethod(nativeFunction('fromhex', (args) => {
      const s = strValue(args[1]);
      if (s === undefined) throw pyErr(TypeError, `fromhex() argument must be str, not ${typeOf(args[1]).name}`);
      // CPython: _PyBytes_FromHex — pairs of hex digits, ASCII whitespace allowed between pairs
      const out: number[] = [];
      const hexv = (ch: string) => (/[0-9a-fA-F]/.test(ch) ? parseInt(ch, 16) : -1);
      let i = 0;
      while (i < s.length) {
        if (/[ \t\n\r\x0b\x0c]/.test(s[i])) { i++; continue; }
        const hi = hexv(s[i]);
        if (hi < 0) throw pyErr(ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
        const lo = i + 1 < s.length ? hexv(s[i + 1]) : -1;
        if (lo < 0) throw pyErr(ValueError, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
        out.push(hi * 16 + lo);
        i += 2;
      }
      const cls = args[0] as PyType;
      const data = Uint8Array.from(out);
      return cls.isSubtypeOf(bytearrayType) ? new PyByteArray(data, cls) : new PyBytes(data, cls);
    })),
  };
}

/** bytearray[i] for an int or __index__ object i, in range (CPython: bytearray_ass_subscript). */
function withIndex(self: PyByteArray, key: PyValue, f: (n: number) => PyValue): NativeResult {
  const at = (i: number | bigint) => {
    let n = Number(i);
    if (n < 0) n += self.data.length;
    if (n < 0 || n >= self.data.length) throw pyErr(IndexError, 'bytearray index out of range');
    return f(n);
  };
  const iv = intValue(key);
  if (iv !== undefined) return at(iv);
  const x = asIndex(key, (t) => `bytearray indices must be integers or slices, not ${t}`);
  if (!isGen(x)) return at(x as number | bigint);
  return (function* (): NativeGen {
    return at((yield* x) as unknown as number);
  })();
}

/** bytearray[slice] = value / del bytearray[slice] (value undefined). CPython: bytearray_setslice,
 * bytearray_ass_subscript. */
function setSlice(self: PyByteArray, key: PySlice, value: PyValue | undefined): NativeResult {
  let src: Uint8Array | NativeGen | undefined;
  if (value !== undefined) {
    const d = bytesData(value);
    if (d) src = d.slice();
    else if (intValue(value) !== undefined || strValue(value) !== undefined || value === None) {
      throw pyErr(TypeError, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
    } else src = bytesFrom([self, value], null, 'bytearray');
  }
  const r = sliceIndices(key, self.data.length);
  const apply = ([start, stop, step, n]: SliceIdx, data: Uint8Array | undefined): PyValue => {
    const old = self.data;
    if (step === 1 || (data === undefined && n === 0)) {
      if (step !== 1) return None;
      if (stop < start) stop = start;
      const ins = data ?? new Uint8Array(0);
      const out = new Uint8Array(old.length - (stop - start) + ins.length);
      out.set(old.subarray(0, start));
      out.set(ins, start);
      out.set(old.subarray(stop), start + ins.length);
      self.data = out;
      return None;
    }
    if (data === undefined) {
      const drop = new Set<number>();
      for (let k = 0, i = start; k < n; k++, i += step) drop.add(i);
      self.data = old.filter((_, i) => !drop.has(i));
      return None;
    }
    if (data.length !== n) throw pyErr(ValueError, `attempt to assign bytes of size ${data.length} to extended slice of size ${n}`);
    for (let k = 0, i = start; k < n; k++, i += step) old[i] = data[k];
    return None;
  };
  if (!isGen(src) && !isGen(r)) return apply(r as SliceIdx, src as Uint8Array | undefined);
  return (function* (): NativeGen {
    const data = isGen(src) ? ((yield* src) as unknown as Uint8Array) : src;
    const idx = isGen(r) ? ((yield* r) as unknown as SliceIdx) : r;
    return apply(idx as SliceIdx, data as Uint8Array | undefined);
  })();
}

bytesType.define(methodTable('bytes', {
  ...common('bytes'),
  __new__: nativeFunction('__new__', (args, kwargs) => {
    const cls = args[0] as PyType;
    if (args.length === 2 && !kwargs && args[1] instanceof PyBytes && args[1].type === bytesType && cls === bytesType) return args[1];
    const r = bytesFrom(args, kwargs, 'bytes');
    if (isGen(r)) {
      return (function* (): NativeGen {
        return new PyBytes((yield* r) as unknown as Uint8Array, cls);
      })();
    }
    return new PyBytes(r as Uint8Array, cls);
  }),
  __hash__: (args) => strHash(bytesToLatin1(D(args[0]))),
  __getnewargs__: (args) => new PyTuple([new PyBytes(D(args[0]))]),
}));

bytearrayType.define(methodTable('bytearray', {
  ...common('bytearray'),
  __new__: nativeFunction('__new__', (args) => new PyByteArray(new Uint8Array(0), args[0] as PyType)),
  __init__: (args, kwargs) => {
    const self = args[0] as PyByteArray;
    const r = bytesFrom(args, kwargs, 'bytearray');
    if (isGen(r)) {
      return (function* (): NativeGen {
        self.data = (yield* r) as unknown as Uint8Array;
        return None;
      })();
    }
    self.data = r as Uint8Array;
    return None;
  },
  __hash__: None,
  __setitem__: (args) => {
    const self = args[0] as PyByteArray;
    if (args[1] instanceof PySlice) return setSlice(self, args[1], args[2]);
    const v = intValue(args[2]);
    if (v === undefined) throw pyErr(TypeError, `'${typeOf(args[2]).name}' object cannot be interpreted as an integer`);
    if (v < 0 || v > 255) throw pyErr(ValueError, 'byte must be in range(0, 256)');
    return withIndex(self, args[1], (n) => { self.data[n] = Number(v); return None; });
  },
  __delitem__: (args) => {
    const self = args[0] as PyByteArray;
    if (args[1] instanceof PySlice) return setSlice(self, args[1], undefined);
    return withIndex(self, args[1], (n) => {
      const out = new Uint8Array(self.data.length - 1);
      out.set(self.data.subarray(0, n));
      out.set(self.data.subarray(n + 1), n);
      self.data = out;
      return None;
    });
  },
  insert: (args) => {
    const self = args[0] as PyByteArray;
    const n = self.data.length;
    let i = Number(intArg(args[1]));
    const v = intArg(args[2]);
    if (v < 0 || v > 255) throw pyErr(ValueError, 'byte must be in range(0, 256)');
    if (i < 0) i = Math.max(0, i + n);
    i = Math.min(i, n);
    const out = new Uint8Array(n + 1);
    out.set(self.data.subarray(0, i));
    out[i] = Number(v);
    out.set(self.data.subarray(i), i + 1);
    self.data = out;
    return None;
  },
  remove: (args) => {
    const self = args[0] as PyByteArray;
    const v = intArg(args[1]);
    if (v < 0 || v > 255) throw pyErr(ValueError, 'byte must be in range(0, 256)');
    const i = self.data.indexOf(Number(v));
    if (i < 0) throw pyErr(ValueError, 'value not found in bytearray');
    const out = new Uint8Array(self.data.length - 1);
    out.set(self.data.subarray(0, i));
    out.set(self.data.subarray(i + 1), i);
    self.data = out;
    return None;
  },
  reverse: (args) => {
    (args[0] as PyByteArray).data.reverse();
    return None;
  },
  __iadd__: (args) => {
    const self = args[0] as PyByteArray;
    const b = bytesData(args[1]);
    if (!b) throw pyErr(TypeError, `can't concat ${typeOf(args[1]).name} to bytearray`);
    const out = new Uint8Array(self.data.length + b.length);
    out.set(self.data);
    out.set(b, self.data.length);
    self.data = out;
    return self;
  },
  __imul__: (args) => {
    const self = args[0] as PyByteArray;
    const n = repeatCount(args[1]);
    if (n === undefined) return cantMultiply(args[1]);
    self.data = latin1ToBytes(bytesToLatin1(self.data).repeat(Math.max(0, n)));
    return self;
  },
  append: (args) => {
    const self = args[0] as PyByteArray;
    const v = intValue(args[1]);
    if (v === undefined) throw pyErr(TypeError, `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
    if (v < 0 || v > 255) throw pyErr(ValueError, 'byte must be in range(0, 256)');
    const out = new Uint8Array(self.data.length + 1);
    out.set(self.data);
    out[self.data.length] = Number(v);
    self.data = out;
    return None;
  },
  extend: (args) => {
    const self = args[0] as PyByteArray;
    const r = bytesFrom([args[0], args[1]], null, 'bytearray');
    const fin = (d: Uint8Array) => {
      const out = new Uint8Array(self.data.length + d.length);
      out.set(self.data);
      out.set(d, self.data.length);
      self.data = out;
      return None;
    };
    if (isGen(r)) {
      return (function* (): NativeGen {
        return fin((yield* r) as unknown as Uint8Array);
      })();
    }
    return fin(r as Uint8Array);
  },
  pop: (args) => {
    const self = args[0] as PyByteArray;
    if (self.data.length === 0) throw pyErr(IndexError, 'pop from empty bytearray');
    let i = args.length > 1 ? Number(intValue(args[1]) ?? -1) : -1;
    if (i < 0) i += self.data.length;
    if (i < 0 || i >= self.data.length) throw pyErr(IndexError, 'pop index out of range');
    const v = self.data[i];
    const out = new Uint8Array(self.data.length - 1);
    out.set(self.data.subarray(0, i));
    out.set(self.data.subarray(i + 1), i);
    self.data = out;
    return v;
  },
  clear: (args) => {
    (args[0] as PyByteArray).data = new Uint8Array(0);
    return None;
  },
  copy: (args) => new PyByteArray((args[0] as PyByteArray).data.slice()),
}));
