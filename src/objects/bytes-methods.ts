// bytes' and bytearray's Python methods (CPython: Objects/bytesobject.c, bytearrayobject.c).
// Searching and splitting reuse the str algorithms on a latin-1 view (one char per byte).

import { PyObject, type KwArgs, type NativeGen, type NativeResult, type PyValue } from './object.js';
import type { PyType } from './type.js';
import { None, NotImplemented, typeOf } from './builtin-types.js';
import { pyErr, TypeError, ValueError, IndexError } from './exceptions.js';
import { nativeMethod, nativeFunction } from './native.js';
import { classMethod } from './descriptors.js';
import { PyBytes, PyByteArray, bytesType, bytearrayType, bytesData, bytesToLatin1, latin1ToBytes } from './bytes.js';
import { PyList } from './list.js';
import { PyTuple } from './tuple.js';
import { PySlice, sliceIndices, sliceArray, type SliceIdx } from './slice.js';
import { intValue } from './int.js';
import { strValue } from './str.js';
import { strHash } from './hash.js';
import { isGen } from './gen.js';
import { itemsOf, repeatCount, cantMultiply, fastItems, seqCompare } from './seq.js';
import { SeqIterator, iteratorType } from './iterators.js';
import { encodeStr, decodeBytes } from './codecs.js';
import { splitWhitespace, strSplit } from './str-methods.js';
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
  const i = intValue(key);
  if (i === undefined) {
    throw pyErr(TypeError, `${self instanceof PyByteArray ? 'bytearray' : 'byte'} indices must be integers or slices, not ${typeOf(key).name}`);
  }
  let n = Number(i);
  if (n < 0) n += d.length;
  if (n < 0 || n >= d.length) throw pyErr(IndexError, `${self instanceof PyByteArray ? 'bytearray' : 'index'} index out of range`);
  return d[n];
}

function find(self: PyValue, args: PyValue[], reverse: boolean): number {
  const s = bytesToLatin1(D(self));
  const subv = args[1];
  const iv = intValue(subv);
  const sub = iv !== undefined ? String.fromCharCode(Number(iv)) : bytesToLatin1(argBytes(subv, 'argument should be integer or bytes-like object, not '.slice(0, 0)));
  const n = s.length;
  const clamp = (v: PyValue | undefined, dflt: number) => {
    if (v === undefined || v === None) return dflt;
    let x = Number(intValue(v) ?? 0);
    if (x < 0) x = Math.max(0, x + n);
    return Math.min(x, n);
  };
  const a = clamp(args[2], 0), b = clamp(args[3], n);
  const region = s.slice(a, b);
  const i = reverse ? region.lastIndexOf(sub) : region.indexOf(sub);
  return i < 0 || b < a ? -1 : i + a;
}

function cmp(name: string, op: CmpOp) {
  return (owner: string) =>
    nativeMethod(owner, name, (args) => {
      const b = bytesData(args[1]);
      if (!b) return NotImplemented;
      return seqCompare(Array.from(D(args[0])), Array.from(b), op) as NativeResult;
    });
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
    hex: m('hex', (args) => {
      let out = '';
      for (const c of D(args[0])) out += c.toString(16).padStart(2, '0');
      const sep = args.length > 1 ? strValue(args[1]) : undefined;
      if (sep !== undefined && out.length) return out.match(/../g)!.join(sep);
      return out;
    }),
    find: m('find', (args) => find(args[0], args, false)),
    rfind: m('rfind', (args) => find(args[0], args, true)),
    index: m('index', (args) => {
      const i = find(args[0], args, false);
      if (i < 0) throw pyErr(ValueError, 'subsection not found');
      return i;
    }),
    count: m('count', (args) => {
      const s = L(args);
      const iv = intValue(args[1]);
      const sub = iv !== undefined ? String.fromCharCode(Number(iv)) : bytesToLatin1(argBytes(args[1], ''));
      if (sub.length === 0) return s.length + 1;
      return s.split(sub).length - 1;
    }),
    startswith: m('startswith', (args) => {
      const s = L(args);
      const x = args[1];
      const ps = x instanceof PyTuple ? x.items : [x];
      return ps.some((p) => s.startsWith(bytesToLatin1(argBytes(p, ''))));
    }),
    endswith: m('endswith', (args) => {
      const s = L(args);
      const x = args[1];
      const ps = x instanceof PyTuple ? x.items : [x];
      return ps.some((p) => s.endsWith(bytesToLatin1(argBytes(p, ''))));
    }),
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
      let sep: PyValue = args.length > 1 ? args[1] : None;
      let ms: PyValue = args.length > 2 ? args[2] : -1;
      if (kwargs) {
        if (kwargs.has('sep')) sep = kwargs.get('sep')!;
        if (kwargs.has('maxsplit')) ms = kwargs.get('maxsplit')!;
      }
      const s = L(args);
      const n = Number(intValue(ms) ?? -1);
      const parts = sep === None ? splitWhitespace(s, n) : strSplit(s, bytesToLatin1(argBytes(sep, '')), n);
      return new PyList(parts.map((p) => fromL(args, p)));
    }),
    replace: m('replace', (args) => {
      const s = L(args);
      const old = bytesToLatin1(argBytes(args[1], '')), rep = bytesToLatin1(argBytes(args[2], ''));
      return fromL(args, old === '' ? s : s.split(old).join(rep));
    }),
    strip: m('strip', (args) => {
      const chars = args.length > 1 && args[1] !== None ? bytesToLatin1(argBytes(args[1], '')) : ' \t\n\r\x0b\x0c';
      const s = L(args);
      let a = 0, b = s.length;
      while (a < b && chars.includes(s[a])) a++;
      while (b > a && chars.includes(s[b - 1])) b--;
      return fromL(args, s.slice(a, b));
    }),
    upper: m('upper', (args) => fromL(args, L(args).replace(/[a-z]+/g, (x) => x.toUpperCase()))),
    lower: m('lower', (args) => fromL(args, L(args).replace(/[A-Z]+/g, (x) => x.toLowerCase()))),
    isdigit: m('isdigit', (args) => /^[0-9]+$/.test(L(args))),
    isalpha: m('isalpha', (args) => /^[a-zA-Z]+$/.test(L(args))),
    isspace: m('isspace', (args) => /^[ \t\n\r\x0b\x0c]+$/.test(L(args))),
    fromhex: classMethod(nativeFunction('fromhex', (args) => {
      const s = strValue(args[1]);
      if (s === undefined) throw pyErr(TypeError, `fromhex() argument must be str, not ${typeOf(args[1]).name}`);
      const t = s.replace(/\s+/g, '');
      if (!/^([0-9a-fA-F]{2})*$/.test(t)) throw pyErr(ValueError, 'non-hexadecimal number found in fromhex() arg');
      const out = new Uint8Array(t.length / 2);
      for (let i = 0; i < out.length; i++) out[i] = parseInt(t.slice(2 * i, 2 * i + 2), 16);
      const cls = args[0] as PyType;
      return cls.isSubtypeOf(bytearrayType) ? new PyByteArray(out, cls) : new PyBytes(out, cls);
    })),
  };
}

bytesType.define({
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
  __hash__: nativeMethod('bytes', '__hash__', (args) => strHash(bytesToLatin1(D(args[0])))),
  __getnewargs__: nativeMethod('bytes', '__getnewargs__', (args) => new PyTuple([new PyBytes(D(args[0]))])),
});

bytearrayType.define({
  ...common('bytearray'),
  __new__: nativeFunction('__new__', (args) => new PyByteArray(new Uint8Array(0), args[0] as PyType)),
  __init__: nativeMethod('bytearray', '__init__', (args, kwargs) => {
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
  }),
  __hash__: None,
  __setitem__: nativeMethod('bytearray', '__setitem__', (args) => {
    const self = args[0] as PyByteArray;
    const i = intValue(args[1]);
    const v = intValue(args[2]);
    if (i === undefined) throw pyErr(TypeError, `bytearray indices must be integers or slices, not ${typeOf(args[1]).name}`);
    if (v === undefined) throw pyErr(TypeError, `'${typeOf(args[2]).name}' object cannot be interpreted as an integer`);
    if (v < 0 || v > 255) throw pyErr(ValueError, 'byte must be in range(0, 256)');
    let n = Number(i);
    if (n < 0) n += self.data.length;
    if (n < 0 || n >= self.data.length) throw pyErr(IndexError, 'bytearray index out of range');
    self.data[n] = Number(v);
    return None;
  }),
  append: nativeMethod('bytearray', 'append', (args) => {
    const self = args[0] as PyByteArray;
    const v = intValue(args[1]);
    if (v === undefined) throw pyErr(TypeError, `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
    if (v < 0 || v > 255) throw pyErr(ValueError, 'byte must be in range(0, 256)');
    const out = new Uint8Array(self.data.length + 1);
    out.set(self.data);
    out[self.data.length] = Number(v);
    self.data = out;
    return None;
  }),
  extend: nativeMethod('bytearray', 'extend', (args) => {
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
  }),
  pop: nativeMethod('bytearray', 'pop', (args) => {
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
  }),
  clear: nativeMethod('bytearray', 'clear', (args) => {
    (args[0] as PyByteArray).data = new Uint8Array(0);
    return None;
  }),
  copy: nativeMethod('bytearray', 'copy', (args) => new PyByteArray((args[0] as PyByteArray).data.slice())),
});
