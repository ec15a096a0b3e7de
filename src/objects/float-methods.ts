// float's Python methods (CPython: Objects/floatobject.c): arithmetic with floats and ints (ints are
// converted exactly or raise OverflowError), Python's floor/mod sign rules, comparisons that are
// exact between floats and big ints, round() correctly rounded, hash as CPython, float(str) parsing.

import { PyObject, type NativeGen, type PyValue } from './object.js';
import type { PyType } from './type.js';
import { floatType, None, NotImplemented, typeOf } from './builtin-types.js';
import { pyErr, TypeError, ValueError, OverflowError, ZeroDivisionError } from './exceptions.js';
import { nativeMethod, nativeFunction, methodTable } from './native.js';
import { classMethod, defineGetSet } from './descriptors.js';
import { PyFloat, floatOfType } from './float.js';
import { libmPow } from './libm-pow.js';
import { PyTuple } from './tuple.js';
import { intValue, normBig, intToFloat, type Int } from './int.js';
import { floatHash, identityHash } from './hash.js';
import { floatRepr } from './format/float-repr.js';
import { strRepr } from './format/str-repr.js';
import { scaledRound, decompose } from './format/float-digits.js';
import { bytesData, bytesToLatin1 } from './bytes.js';
import { isGen } from './gen.js';
import * as ops from './ops.js';

/** The float value of a float or int operand; undefined for other types (-> NotImplemented). */
export function floatOperand(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.value;
  const i = intValue(v);
  if (i === undefined) return undefined;
  return intToFloat(i);
}

const selfF = (v: PyValue) => (v as PyFloat).value;
const F = (x: number) => new PyFloat(x);

/** CPython: float_divmod's core; returns [floordiv, mod]. */
export function floatDivMod(vx: number, wx: number, what: string): [number, number] {
  if (wx === 0) throw pyErr(ZeroDivisionError, what);
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  // `!== 0`, not C's bare `if (mod)`: a NaN is true there and falsy in JS (inf % x, x % nan must stay nan).
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else mod = wx < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  return [floordiv, mod];
}

export function floatMod(vx: number, wx: number): number {
  if (wx === 0) throw pyErr(ZeroDivisionError, 'float modulo');
  let mod = vx % wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else mod = wx < 0 ? -0 : 0;
  return mod;
}

export function floatFloorDiv(vx: number, wx: number): number {
  return floatDivMod(vx, wx, 'float floor division by zero')[0];
}

/** float ** float (CPython: float_pow). Negative base with fractional exponent -> undefined (complex). */
export function floatPow(x: number, y: number): number | undefined {
  if (y === 0) return 1.0;
  if (x !== x) return x;
  if (y !== y) return x === 1.0 ? 1.0 : y;
  if (y === Infinity || y === -Infinity) {
    // CPython decides these before 0 ** w: |v| == 1 -> 1, |v| > 1 with +inf (or |v| < 1 with -inf) -> inf, else 0.
    const ax = Math.abs(x);
    return ax === 1 ? 1.0 : y > 0 === ax > 1 ? Infinity : 0.0;
  }
  if (x === Infinity || x === -Infinity) {
    // (+-inf) ** w, also before the negative-base check: inf or 0, with x's sign when w is an odd integer.
    const odd = Number.isInteger(y) && Math.abs(y) % 2 === 1;
    return y > 0 ? (odd ? x : Infinity) : odd ? (x < 0 ? -0 : 0) : 0.0;
  }
  if (x === 0) {
    if (y < 0) throw pyErr(ZeroDivisionError, '0.0 cannot be raised to a negative power');
    return Number.isInteger(y) && Math.abs(y) % 2 === 1 ? x : 0.0;
  }
  if (x < 0 && Number.isFinite(y) && !Number.isInteger(y)) return undefined;
  if (x === -1 && !Number.isFinite(y)) return 1.0;
  const r = libmPow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) {
    throw pyErr(OverflowError, "(34, 'Numerical result out of range')");
  }
  return r;
}

/** Hook for complex results of float ** float; set by complex.ts. */
export const complexHook: { pow: ((x: number, y: number) => PyValue) | null } = { pow: null };

function arith(name: string, f: (a: number, b: number) => PyValue, reflected = false) {
  return nativeMethod('float', name, (args) => {
    const b = floatOperand(args[1]);
    if (b === undefined) return NotImplemented;
    const a = selfF(args[0]);
    return reflected ? f(b, a) : f(a, b);
  });
}

function powF(a: number, b: number): PyValue {
  const r = floatPow(a, b);
  if (r === undefined) {
    if (complexHook.pow) return complexHook.pow(a, b);
    throw pyErr(ValueError, 'math domain error');
  }
  return F(r);
}

/** Exact comparison of a float with an int or float (CPython: float_richcompare). */
export function floatCompare(x: number, other: PyValue): number | undefined {
  let y: number | bigint;
  if (other instanceof PyFloat) y = other.value;
  else {
    const i = intValue(other);
    if (i === undefined) return undefined;
    y = i;
  }
  if (x !== x || (typeof y === 'number' && y !== y)) return NaN;
  return x < y ? -1 : x > y ? 1 : 0; // JS compares number with bigint exactly
}

function cmp(name: string, test: (c: number) => boolean) {
  return nativeMethod('float', name, (args) => {
    const c = floatCompare(selfF(args[0]), args[1]);
    if (c === undefined) return NotImplemented;
    return c !== c ? name === '__ne__' : test(c);
  });
}

/** float -> int, truncating (CPython: float___trunc___impl). */
export function floatToInt(f: number): Int {
  if (f !== f) throw pyErr(ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(f)) throw pyErr(OverflowError, 'cannot convert float infinity to integer');
  const t = Math.trunc(f);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** round(x, nd) for a float (CPython: double_round, correctly rounded via exact decimal). */
export function floatRound(x: number, nd: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (nd > 323) return x;
  if (nd < -308) return x < 0 ? -0 : 0;
  const q = scaledRound(x, nd);
  const s = nd >= 0 ? `${q}e-${nd}` : `${q}e${-nd}`;
  const r = Number(s);
  if (!Number.isFinite(r)) throw pyErr(OverflowError, 'rounded value too large to represent');
  return x < 0 ? -r : r;
}

// ---- float(str) -------------------------------------------------------------------------------------

const FLOAT_RE = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** float(s) (CPython: PyOS_string_to_double with underscores); undefined when invalid. */
export function parseFloatLiteral(text: string): number | undefined {
  const s = text.trim();
  if (FLOAT_RE.test(s)) return Number(s.replace(/_/g, ''));
  const m = SPECIAL_RE.exec(s);
  if (m) {
    const v = m[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return m[1] === '-' ? -v : v;
  }
  return undefined;
}

function floatFromString(s: string, shown: string): number {
  const v = parseFloatLiteral(s);
  if (v === undefined) throw pyErr(ValueError, `could not convert string to float: ${shown}`);
  return v;
}

/** float(x) (CPython: PyNumber_Float). */
export function floatOf(x: PyValue): number | NativeGen {
  if (x instanceof PyFloat) return x.value;
  const i = intValue(x);
  if (i !== undefined) return intToFloat(i);
  if (typeof x === 'string') return floatFromString(x, strRepr(x));
  if (x instanceof PyObject && typeof (x as { value?: unknown }).value === 'string') {
    const s = (x as unknown as { value: string }).value;
    return floatFromString(s, strRepr(s));
  }
  const d = bytesData(x);
  if (d) return floatFromString(bytesToLatin1(d), bytesShown(d));
  return floatOfSlow(x);
}

function bytesShown(d: Uint8Array): string {
  let out = "b'";
  for (const c of d) out += c >= 0x20 && c < 0x7f && c !== 0x27 && c !== 0x5c ? String.fromCharCode(c) : '\\x' + c.toString(16).padStart(2, '0');
  return out + "'";
}

function* floatOfSlow(x: PyValue): NativeGen {
  const t = typeOf(x);
  const f = t.lookup('__float__');
  if (f !== undefined && f !== None) {
    let r = ops.call(f, [x], null);
    if (isGen(r)) r = yield* r;
    if (r instanceof PyFloat) return r.value as unknown as PyValue;
    throw pyErr(TypeError, `${t.name}.__float__ returned non-float (type ${typeOf(r as PyValue).name})`);
  }
  const idx = t.lookup('__index__');
  if (idx !== undefined && idx !== None) {
    let r = ops.call(idx, [x], null);
    if (isGen(r)) r = yield* r;
    const i = intValue(r as PyValue);
    if (i === undefined) throw pyErr(TypeError, `__index__ returned non-int (type ${typeOf(r as PyValue).name})`);
    return intToFloat(i);
  }
  throw pyErr(TypeError, `float() argument must be a string or a real number, not '${t.name}'`);
}

// ---- hex ----------------------------------------------------------------------------------------------

function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  const [m, e] = decompose(x);
  // normalise so the leading hex digit is 1 (normal numbers) as CPython prints
  let mant = m, exp = e + 52;
  if (mant < 1n << 52n) {
    // subnormal: CPython prints 0x0.xxxp-1022
    return `${sign}0x0.${mant.toString(16).padStart(13, '0')}p-1022`;
  }
  // CPython (float_hex) prints all 13 fraction digits, trailing zeros included
  const frac = (mant - (1n << 52n)).toString(16).padStart(13, '0');
  return `${sign}0x1.${frac}p${exp >= 0 ? '+' : ''}${exp}`;
}

function floatFromHex(s: string): number {
  const t = s.trim();
  const sp = SPECIAL_RE.exec(t);
  if (sp) return parseFloatLiteral(t)!;
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i.exec(t);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw pyErr(ValueError, 'invalid hexadecimal floating-point string');
  const intPart = m[2] || '0', frac = m[3] ?? '';
  let v = 0;
  const all = BigInt('0x' + intPart + frac || '0');
  const exp = parseInt(m[4] ?? '0', 10) - 4 * frac.length;
  v = Number(all) * 2 ** exp;
  if (!Number.isFinite(v)) throw pyErr(OverflowError, 'hexadecimal value too large to represent as a float');
  return m[1] === '-' ? -v : v;
}

// ---- methods ------------------------------------------------------------------------------------------


floatType.define(methodTable('float', {
  __new__: nativeFunction('__new__', (args, kwargs) => {
    const cls = args[0] as PyType;
    if (kwargs && kwargs.size) throw pyErr(TypeError, 'float() takes no keyword arguments');
    if (args.length > 2) throw pyErr(TypeError, `float expected at most 1 argument, got ${args.length - 1}`);
    const wrap = (v: number): PyValue => floatOfType(v, cls);
    if (args.length < 2) return wrap(0);
    const r = floatOf(args[1]);
    if (isGen(r)) {
      return (function* (): NativeGen {
        return wrap((yield* r) as unknown as number);
      })();
    }
    return wrap(r as number);
  }),
  __add__: arith('__add__', (a, b) => F(a + b)),
  __radd__: arith('__radd__', (a, b) => F(a + b), true),
  __sub__: arith('__sub__', (a, b) => F(a - b)),
  __rsub__: arith('__rsub__', (a, b) => F(a - b), true),
  __mul__: arith('__mul__', (a, b) => F(a * b)),
  __rmul__: arith('__rmul__', (a, b) => F(a * b), true),
  __truediv__: arith('__truediv__', (a, b) => {
    if (b === 0) throw pyErr(ZeroDivisionError, 'float division by zero');
    return F(a / b);
  }),
  __rtruediv__: arith('__rtruediv__', (a, b) => {
    if (b === 0) throw pyErr(ZeroDivisionError, 'float division by zero');
    return F(a / b);
  }, true),
  __floordiv__: arith('__floordiv__', (a, b) => F(floatFloorDiv(a, b))),
  __rfloordiv__: arith('__rfloordiv__', (a, b) => F(floatFloorDiv(a, b)), true),
  __mod__: arith('__mod__', (a, b) => F(floatMod(a, b))),
  __rmod__: arith('__rmod__', (a, b) => F(floatMod(a, b)), true),
  __divmod__: arith('__divmod__', (a, b) => {
    const [d, r] = floatDivMod(a, b, 'float divmod()');
    return new PyTuple([F(d), F(r)]);
  }),
  __rdivmod__: arith('__rdivmod__', (a, b) => {
    const [d, r] = floatDivMod(a, b, 'float divmod()');
    return new PyTuple([F(d), F(r)]);
  }, true),
  __pow__: (args) => {
    if (args.length > 2 && args[2] !== None) {
      throw pyErr(TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
    }
    const b = floatOperand(args[1]);
    if (b === undefined) return NotImplemented;
    return powF(selfF(args[0]), b);
  },
  __rpow__: (args) => {
    const b = floatOperand(args[1]);
    if (b === undefined) return NotImplemented;
    return powF(b, selfF(args[0]));
  },
  __neg__: (args) => F(-selfF(args[0])),
  __pos__: (args) => F(selfF(args[0])),
  __abs__: (args) => F(Math.abs(selfF(args[0]))),
  __bool__: (args) => selfF(args[0]) !== 0,
  __int__: (args) => floatToInt(selfF(args[0])),
  __trunc__: (args) => floatToInt(selfF(args[0])),
  __floor__: (args) => floatToInt(Math.floor(selfF(args[0]))),
  __ceil__: (args) => floatToInt(Math.ceil(selfF(args[0]))),
  __float__: (args) => (args[0] as PyFloat).type === floatType ? args[0] : F(selfF(args[0])),
  __round__: (args) => {
    const x = selfF(args[0]);
    if (args.length < 2 || args[1] === None) return floatToInt(roundHalfEven(x));
    const nd = intValue(args[1]);
    if (nd === undefined) throw pyErr(TypeError, `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
    return F(floatRound(x, typeof nd === 'bigint' ? (nd > 0n ? 400 : -400) : nd));
  },
  __eq__: cmp('__eq__', (c) => c === 0),
  __ne__: cmp('__ne__', (c) => c !== 0),
  __lt__: cmp('__lt__', (c) => c < 0),
  __le__: cmp('__le__', (c) => c <= 0),
  __gt__: cmp('__gt__', (c) => c > 0),
  __ge__: cmp('__ge__', (c) => c >= 0),
  __hash__: (args) => {
    const x = selfF(args[0]);
    return x !== x ? identityHash(args[0] as PyObject) : floatHash(x);
  },
  __repr__: (args) => floatRepr(selfF(args[0])),
  __getnewargs__: (args) => new PyTuple([F(selfF(args[0]))]),
  is_integer: (args) => Number.isInteger(selfF(args[0])),
  conjugate: (args) => F(selfF(args[0])),
  as_integer_ratio: (args) => {
    const x = selfF(args[0]);
    if (x !== x) throw pyErr(ValueError, 'cannot convert NaN to integer ratio');
    if (!Number.isFinite(x)) throw pyErr(OverflowError, 'cannot convert Infinity to integer ratio');
    let [mant, e] = decompose(x);
    if (mant === 0n) return new PyTuple([0, 1]);
    while (e < 0 && (mant & 1n) === 0n) {
      mant >>= 1n;
      e++;
    }
    const num = e >= 0 ? mant << BigInt(e) : mant;
    const den = e >= 0 ? 1n : 1n << BigInt(-e);
    return new PyTuple([normBig(x < 0 ? -num : num), normBig(den)]);
  },
  hex: (args) => floatHex(selfF(args[0])),
  fromhex: classMethod(nativeFunction('fromhex', (args) => {
    const s = args[1];
    if (typeof s !== 'string') throw pyErr(TypeError, `fromhex() argument must be str, not ${typeOf(s).name}`);
    const v = floatFromHex(s);
    const cls = args[0] as PyType;
    return cls === floatType ? F(v) : ops.call(cls, [F(v)], null);
  })),
  __getformat__: classMethod(nativeFunction('__getformat__', () => 'IEEE, little-endian')),
}));

defineGetSet(floatType, 'real', (o) => F(selfF(o)));
defineGetSet(floatType, 'imag', () => F(0));
