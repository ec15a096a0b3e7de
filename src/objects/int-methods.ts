// int's and bool's Python methods (CPython: Objects/longobject.c, boolobject.c). Arithmetic helpers
// are in int.ts; literal parsing for int(str, base) in int-parse.ts; __format__ in format/.
// `self` may be a number, a bigint, a boolean (bool inherits int's methods) or a PyIntObj.

import { bigDecimal } from './int-limits.js';
import { PyObject, type KwArgs, type NativeGen, type NativeResult, type PyValue } from './object.js';
import type { PyType } from './type.js';
import { intType, boolType, floatType, None, NotImplemented, typeOf } from './builtin-types.js';
import { pyErr, TypeError, ValueError, OverflowError } from './exceptions.js';
import { nativeMethod, nativeFunction, methodTable } from './native.js';
import { classMethod, defineGetSet } from './descriptors.js';
import {
  PyIntObj, intValue, normBig, toBig, asIndex, type Int,
  intAdd, intSub, intMul, intFloorDiv, intMod, intPow, intPowMod, intLShift, intRShift,
  intAnd, intOr, intXor, intNeg, intInvert, intAbs, intTrueDiv, intToFloat,
} from './int.js';
import { intHash } from './hash.js';
import { keyHooks } from './hashtable.js';
import { PyFloat } from './float.js';
import { PyTuple } from './tuple.js';
import { PyBytes, bytesData, bytesToLatin1, pyBytes } from './bytes.js';
import { parseIntLiteral, invalidLiteral } from './int-parse.js';
import { strRepr } from './format/str-repr.js';
import { isGen } from './gen.js';
import { itemsOf } from './seq.js';
import * as ops from './ops.js';

type IntFn = (a: Int, b: Int) => PyValue;

/** self as an exact Int (bool -> 0/1). */
export function selfInt(v: PyValue): Int {
  const i = intValue(v);
  if (i === undefined) throw pyErr(TypeError, `descriptor requires a 'int' object but received a '${typeOf(v).name}'`);
  return i;
}

function binop(name: string, f: IntFn, reflected = false) {
  return nativeMethod('int', name, (args) => {
    const a = selfInt(args[0]);
    const b = intValue(args[1]);
    if (b === undefined) return NotImplemented;
    return reflected ? f(b, a) : f(a, b);
  });
}

function divmod(a: Int, b: Int): PyValue {
  return new PyTuple([intFloorDiv(a, b), intMod(a, b)]);
}

function pow3(args: PyValue[], reflected: boolean): NativeResult {
  const a = selfInt(args[0]);
  const b = intValue(args[1]);
  if (b === undefined) return NotImplemented;
  const [x, y] = reflected ? [b, a] : [a, b];
  if (args.length > 2 && args[2] !== None) {
    const m = intValue(args[2]);
    if (m === undefined) return NotImplemented;
    return intPowMod(x, y, m);
  }
  const r = intPow(x, y);
  return 'int' in r ? r.int : new PyFloat(r.float);
}

function cmp(name: string, f: (a: Int, b: Int) => boolean) {
  return nativeMethod('int', name, (args) => {
    const b = intValue(args[1]);
    if (b === undefined) return NotImplemented;
    return f(selfInt(args[0]), b);
  });
}

/** repr(int) (CPython: long_to_decimal_string, with the 4300-digit limit). */
export function intRepr(v: Int): string {
  return typeof v === 'bigint' ? bigDecimal(v) : String(v);
}

/** round(int, ndigits) with ties to even. */
function intRound(v: Int, nd: Int): Int {
  if (nd >= 0) return v;
  const p = toBig(10) ** toBig(-toBig(nd));
  const x = toBig(v);
  let q = x / p;
  let r = x % p;
  if (r < 0n) {
    r += p;
    q -= 1n;
  }
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return normBig(q * p);
}

function bitLength(v: Int): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    return a === 0 ? 0 : a < 2 ** 31 ? 32 - Math.clz32(a) : a.toString(2).length;
  }
  return (v < 0n ? -v : v).toString(2).length;
}

function bitCount(v: Int): number {
  const s = (v < 0 ? -toBig(v) : toBig(v)).toString(2);
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 49) n++;
  return n;
}

function toBytes(args: PyValue[], kwargs: KwArgs): PyValue {
  const v = toBig(selfInt(args[0]));
  let length: PyValue = 1, byteorder: PyValue = 'big', signed: PyValue = false;
  if (args.length > 1) length = args[1];
  if (args.length > 2) byteorder = args[2];
  if (args.length > 3) throw pyErr(TypeError, `to_bytes() takes at most 2 positional arguments (${args.length - 1} given)`);
  if (kwargs) {
    for (const [k, x] of kwargs) {
      if (k === 'length') length = x;
      else if (k === 'byteorder') byteorder = x;
      else if (k === 'signed') signed = x;
      else throw pyErr(TypeError, `'${k}' is an invalid keyword argument for to_bytes()`);
    }
  }
  const n = intValue(length);
  if (n === undefined) throw pyErr(TypeError, `'${typeOf(length).name}' object cannot be interpreted as an integer`);
  if (n < 0) throw pyErr(ValueError, 'length argument must be non-negative');
  if (byteorder !== 'big' && byteorder !== 'little') throw pyErr(ValueError, "byteorder must be either 'little' or 'big'");
  const isSigned = signed === true || (typeof signed === 'number' && signed !== 0);
  if (!isSigned && v < 0n) throw pyErr(OverflowError, "can't convert negative int to unsigned");
  const len = Number(n);
  const bits = BigInt(len * 8);
  if (isSigned ? v >= 1n << (bits - 1n) || v < -(1n << (bits - 1n)) : v >= 1n << bits) {
    if (!(len === 0 && v === 0n)) throw pyErr(OverflowError, 'int too big to convert');
  }
  let u = BigInt.asUintN(len * 8, v);
  const out = new Uint8Array(len);
  for (let i = 0; i < len; i++) {
    out[byteorder === 'big' ? len - 1 - i : i] = Number(u & 0xffn);
    u >>= 8n;
  }
  return pyBytes(out);
}

function fromBytes(args: PyValue[], kwargs: KwArgs): NativeResult {
  const cls = args[0] as PyType;
  let src: PyValue | undefined = args[1], byteorder: PyValue = 'big', signed: PyValue = false;
  if (args.length > 2) byteorder = args[2];
  if (kwargs) {
    for (const [k, x] of kwargs) {
      if (k === 'bytes') src = x;
      else if (k === 'byteorder') byteorder = x;
      else if (k === 'signed') signed = x;
      else throw pyErr(TypeError, `'${k}' is an invalid keyword argument for from_bytes()`);
    }
  }
  if (src === undefined) throw pyErr(TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
  if (byteorder !== 'big' && byteorder !== 'little') throw pyErr(ValueError, "byteorder must be either 'little' or 'big'");
  const finish = (data: ArrayLike<number>): PyValue => {
    let u = 0n;
    const n = data.length;
    for (let i = 0; i < n; i++) u = (u << 8n) | BigInt(data[byteorder === 'big' ? i : n - 1 - i]);
    if (signed === true && n > 0) u = BigInt.asIntN(n * 8, u);
    const r = normBig(u);
    return cls === intType ? r : wrapInt(cls, r);
  };
  const d = bytesData(src);
  if (d) return finish(d);
  const items = itemsOf(src);
  const conv = (xs: readonly PyValue[]) => finish(xs.map((x) => Number(intValue(x) ?? 0)));
  if (isGen(items)) {
    return (function* (): NativeGen {
      return conv((yield* items) as unknown as PyValue[]);
    })();
  }
  return conv(items as readonly PyValue[]);
}

function wrapInt(cls: PyType, v: Int): PyValue {
  const o = cls.alloc(cls);
  if (o instanceof PyIntObj) o.value = v;
  return o;
}

// ---- int(x, base) ---------------------------------------------------------------------------------

function intFromFloat(f: number): Int {
  if (f !== f) throw pyErr(ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(f)) throw pyErr(OverflowError, 'cannot convert float infinity to integer');
  const t = Math.trunc(f);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
}

function parseWith(x: PyValue, base: number): Int {
  let s: string;
  if (typeof x === 'string') s = x;
  else if (x instanceof PyObject && typeof (x as { value?: unknown }).value === 'string') s = (x as unknown as { value: string }).value;
  else {
    const d = bytesData(x)!;
    s = bytesToLatin1(d);
    const r = parseIntLiteral(s, base);
    if (r === undefined) {
      throw pyErr(ValueError, `invalid literal for int() with base ${base}: ${bytesReprForError(d)}`);
    }
    return r;
  }
  const r = parseIntLiteral(s, base);
  if (r === undefined) throw invalidLiteral(s, base);
  return r;
}

function bytesReprForError(d: Uint8Array): string {
  // b'...' repr, as bytes.__repr__ prints it (kept local to avoid an import cycle)
  let out = "b'";
  for (const c of d) {
    if (c === 0x27 || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c >= 0x20 && c < 0x7f) out += String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else out += '\\x' + c.toString(16).padStart(2, '0');
  }
  return out + "'";
}

function isStrLike(x: PyValue): boolean {
  return typeof x === 'string' || bytesData(x) !== undefined || (x instanceof PyObject && typeof (x as { value?: unknown }).value === 'string');
}

/** int(x) for one argument (CPython: PyNumber_Long). */
export function intOf(x: PyValue): Int | NativeGen {
  const i = intValue(x);
  if (i !== undefined) return i;
  if (x instanceof PyFloat) return intFromFloat(x.value);
  if (isStrLike(x)) return parseWith(x, 10);
  return intOfSlow(x);
}

function* intOfSlow(x: PyValue): NativeGen {
  const t = typeOf(x);
  for (const name of ['__int__', '__index__', '__trunc__']) {
    const f = t.lookup(name);
    if (f === undefined || f === None) continue;
    let r = ops.call(f, [x], null);
    if (isGen(r)) r = yield* r;
    const v = intValue(r as PyValue);
    if (v === undefined) {
      if (name === '__trunc__') {
        const again = intOf(r as PyValue);
        return isGen(again) ? yield* again : again;
      }
      throw pyErr(TypeError, `${name} returned non-int (type ${typeOf(r as PyValue).name})`);
    }
    return v;
  }
  throw pyErr(TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
}

const intNew = nativeFunction('__new__', (args, kwargs) => {
  const cls = args[0] as PyType;
  let x: PyValue | undefined = args[1];
  let base: PyValue | undefined = args[2];
  if (args.length > 3) throw pyErr(TypeError, `int() takes at most 2 arguments (${args.length - 1} given)`);
  if (kwargs) {
    for (const [k, v] of kwargs) {
      if (k === 'base' && base === undefined) base = v;
      else if (k === 'base') throw pyErr(TypeError, "argument for int() given by name ('base') and position (2)");
      else throw pyErr(TypeError, `'${k}' is an invalid keyword argument for int()`);
    }
  }
  const wrap = (v: Int): PyValue => (cls === intType ? v : wrapInt(cls, v));
  if (x === undefined) {
    if (base !== undefined) throw pyErr(TypeError, "int() missing string argument");
    return wrap(0);
  }
  if (base === undefined) {
    const r = intOf(x);
    if (isGen(r)) {
      return (function* (): NativeGen {
        return wrap((yield* r) as Int);
      })();
    }
    return wrap(r as Int);
  }
  const b = intValue(base);
  if (b === undefined) throw pyErr(TypeError, `'${typeOf(base).name}' object cannot be interpreted as an integer`);
  if (!(b === 0 || (b >= 2 && b <= 36))) throw pyErr(ValueError, 'int() base must be >= 2 and <= 36, or 0');
  if (!isStrLike(x)) throw pyErr(TypeError, "int() can't convert non-string with explicit base");
  return wrap(parseWith(x, Number(b)));
});

const m = (name: string, fn: (args: PyValue[], kwargs: KwArgs) => NativeResult) => nativeMethod('int', name, fn);
const unary = (name: string, f: (a: Int) => PyValue) => m(name, (args) => f(selfInt(args[0])));

intType.define(methodTable('int', {
  __new__: intNew,
  __add__: binop('__add__', intAdd),
  __radd__: binop('__radd__', intAdd, true),
  __sub__: binop('__sub__', intSub),
  __rsub__: binop('__rsub__', intSub, true),
  __mul__: binop('__mul__', intMul),
  __rmul__: binop('__rmul__', intMul, true),
  __floordiv__: binop('__floordiv__', intFloorDiv),
  __rfloordiv__: binop('__rfloordiv__', intFloorDiv, true),
  __mod__: binop('__mod__', intMod),
  __rmod__: binop('__rmod__', intMod, true),
  __divmod__: binop('__divmod__', divmod),
  __rdivmod__: binop('__rdivmod__', divmod, true),
  __truediv__: binop('__truediv__', (a, b) => new PyFloat(intTrueDiv(a, b))),
  __rtruediv__: binop('__rtruediv__', (a, b) => new PyFloat(intTrueDiv(a, b)), true),
  __pow__: (args) => pow3(args, false),
  __rpow__: (args) => pow3(args, true),
  __lshift__: binop('__lshift__', intLShift),
  __rlshift__: binop('__rlshift__', intLShift, true),
  __rshift__: binop('__rshift__', intRShift),
  __rrshift__: binop('__rrshift__', intRShift, true),
  __and__: binop('__and__', intAnd),
  __rand__: binop('__rand__', intAnd, true),
  __or__: binop('__or__', intOr),
  __ror__: binop('__ror__', intOr, true),
  __xor__: binop('__xor__', intXor),
  __rxor__: binop('__rxor__', intXor, true),
  __neg__: unary('__neg__', intNeg),
  __pos__: unary('__pos__', (a) => a),
  __abs__: unary('__abs__', intAbs),
  __invert__: unary('__invert__', intInvert),
  __bool__: unary('__bool__', (a) => a != 0),
  __int__: unary('__int__', (a) => a),
  __index__: unary('__index__', (a) => a),
  __trunc__: unary('__trunc__', (a) => a),
  __floor__: unary('__floor__', (a) => a),
  __ceil__: unary('__ceil__', (a) => a),
  __float__: unary('__float__', (a) => new PyFloat(intToFloat(a))),
  __round__: (args) => {
    const v = selfInt(args[0]);
    if (args.length < 2 || args[1] === None) return v;
    const nd = intValue(args[1]);
    if (nd === undefined) throw pyErr(TypeError, `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
    return intRound(v, nd);
  },
  __eq__: cmp('__eq__', (a, b) => a == b),
  __ne__: cmp('__ne__', (a, b) => a != b),
  __lt__: cmp('__lt__', (a, b) => a < b),
  __le__: cmp('__le__', (a, b) => a <= b),
  __gt__: cmp('__gt__', (a, b) => a > b),
  __ge__: cmp('__ge__', (a, b) => a >= b),
  __hash__: unary('__hash__', (a) => intHash(a)),
  __repr__: unary('__repr__', intRepr),
  __getnewargs__: unary('__getnewargs__', (a) => new PyTuple([a])),
  __sizeof__: unary('__sizeof__', (a) => 24 + 4 * Math.max(1, Math.ceil(bitLength(a) / 30))),
  bit_length: unary('bit_length', bitLength),
  bit_count: unary('bit_count', bitCount),
  conjugate: unary('conjugate', (a) => a),
  as_integer_ratio: unary('as_integer_ratio', (a) => new PyTuple([a, 1])),
  to_bytes: toBytes,
  from_bytes: classMethod(nativeFunction('from_bytes', fromBytes)),
}));

defineGetSet(intType, 'real', (o) => selfInt(o));
defineGetSet(intType, 'imag', () => 0);
defineGetSet(intType, 'numerator', (o) => selfInt(o));
defineGetSet(intType, 'denominator', () => 1);

// ---- bool -------------------------------------------------------------------------------------------

function boolOp(name: string, f: (a: boolean, b: boolean) => boolean, intF: IntFn, reflected = false) {
  return nativeMethod('bool', name, (args) => {
    const a = args[0], b = args[1];
    if (typeof a === 'boolean' && typeof b === 'boolean') return f(a, b);
    const x = intValue(a), y = intValue(b);
    if (x === undefined || y === undefined) return NotImplemented;
    return reflected ? intF(y, x) : intF(x, y);
  });
}

boolType.define(methodTable('bool', {
  __new__: nativeFunction('__new__', (args, kwargs) => {
    if (kwargs && kwargs.size) throw pyErr(TypeError, 'bool() takes no keyword arguments');
    if (args.length > 2) throw pyErr(TypeError, `bool expected at most 1 argument, got ${args.length - 1}`);
    if (args.length < 2) return false;
    return ops.isTrue(args[1]) as NativeResult;
  }),
  __repr__: (args) => (args[0] ? 'True' : 'False'),
  __and__: boolOp('__and__', (a, b) => a && b, intAnd),
  __rand__: boolOp('__rand__', (a, b) => a && b, intAnd, true),
  __or__: boolOp('__or__', (a, b) => a || b, intOr),
  __ror__: boolOp('__ror__', (a, b) => a || b, intOr, true),
  __xor__: boolOp('__xor__', (a, b) => a !== b, intXor),
  __rxor__: boolOp('__rxor__', (a, b) => a !== b, intXor, true),
}));

export { strRepr, floatType, PyBytes, asIndex };

// dict/set keys: an int or float subclass without its own __hash__/__eq__ is the same key as its value
// (CPython finds {MyInt(5): 1}[5]: equal hashes, int.__eq__).
const prevKeyHook = keyHooks.subclassKey;
keyHooks.subclassKey = (o: PyObject) => {
  if (o instanceof PyIntObj) {
    if (o.type.lookup('__hash__') === intType.ns.get('__hash__') && o.type.lookup('__eq__') === intType.ns.get('__eq__')) return o.value;
  } else if (o instanceof PyFloat) {
    if (o.type.lookup('__hash__') === floatType.ns.get('__hash__') && o.type.lookup('__eq__') === floatType.ns.get('__eq__')) {
      const v = o.value;
      if (v !== v) return o;
      return Number.isInteger(v) && !Number.isSafeInteger(v) ? BigInt(v) : v;
    }
  }
  return prevKeyHook ? prevKeyHook(o) : undefined;
};
