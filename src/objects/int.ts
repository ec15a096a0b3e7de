// int: the representation helpers and exact arithmetic (DESIGN.md decision 3: a JS number while the
// value is a safe integer, a bigint beyond; always normalised). bool is a JS boolean and is accepted
// wherever an int is. Instances of user subclasses of int are PyIntObj (value + type).
// The fast helpers (intAdd, intMul, ...) are what the VM and ops inline; Python-level methods live
// in int-methods.ts.

import { PyObject, isPending, type NativeGen, type PyValue } from './object.js';
import type { PyType } from './type.js';
import { intType, boolType, typeOf } from './builtin-types.js';
import { pyErr, TypeError, ZeroDivisionError, ValueError, OverflowError } from './exceptions.js';
import * as ops from './ops.js';
import { libmPow } from './libm-pow.js';

export type Int = number | bigint;

/** An instance of a user subclass of int (class MyInt(int)). */
export class PyIntObj extends PyObject {
  value: Int;
  constructor(type: PyType, value: Int = 0) {
    super(type);
    this.value = value;
  }
}

intType.alloc = (t) => new PyIntObj(t, 0);

const MAX_SAFE_BIG = 9007199254740991n;

/** A bigint result as a Python int (a number when safe). */
export function normBig(b: bigint): Int {
  return b >= -MAX_SAFE_BIG && b <= MAX_SAFE_BIG ? Number(b) : b;
}

export function toBig(v: Int | boolean): bigint {
  return typeof v === 'bigint' ? v : BigInt(typeof v === 'boolean' ? +v : v);
}

/** The int value of an exact int, bool or int-subclass instance; undefined for anything else. */
export function intValue(v: PyValue): Int | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    case 'string':
      return undefined;
  }
  return v instanceof PyIntObj ? v.value : undefined;
}

/** True for Python ints (number, bigint, bool, int-subclass instance). */
export function isInt(v: PyValue): boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean' || v instanceof PyIntObj;
}

// ---- __index__ ----------------------------------------------------------------------------------

/**
 * operator.index(v) (CPython: PyNumber_Index). Ints return synchronously; other objects call their
 * __index__. `what` builds the TypeError message for objects without __index__.
 */
export function asIndex(v: PyValue, what?: (typeName: string) => string): Int | NativeGen {
  const i = intValue(v);
  if (i !== undefined) return i;
  return indexSlow(v, what);
}

function* indexSlow(v: PyValue, what?: (typeName: string) => string): NativeGen {
  const t = typeOf(v);
  const m = t.lookup('__index__');
  if (m === undefined) {
    throw pyErr(
      TypeError,
      what ? what(t.name) : `'${t.name}' object cannot be interpreted as an integer`,
    );
  }
  let r = ops.call(m, [v], null);
  if (isPending(r)) r = yield* r;
  const i = intValue(r);
  if (i === undefined) throw pyErr(TypeError, `__index__ returned non-int (type ${typeOf(r).name})`);
  return i;
}

/** A JS number for an index-sized int, or throws IndexError/OverflowError like CPython's Py_ssize_t conversion. */
export function toSsize(v: Int, err: PyType = OverflowError): number {
  if (typeof v === 'number') return v;
  throw pyErr(err, `cannot fit 'int' into an index-sized integer`);
}

// ---- arithmetic fast helpers (CPython: Objects/longobject.c) -------------------------------------

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(toBig(a) + toBig(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(toBig(a) - toBig(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return normBig(toBig(a) * toBig(b));
}

export function intNeg(a: Int): Int {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return normBig(-a);
}

/** a // b (floor). */
export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw pyErr(ZeroDivisionError, 'integer division or modulo by zero');
    const q = Math.floor(a / b);
    // a / b is exact enough when both are below 2**53 except for rounding at huge magnitudes
    if (Math.abs(a) < 2 ** 52) return q === 0 ? 0 : q;
  }
  const x = toBig(a), y = toBig(b);
  if (y === 0n) throw pyErr(ZeroDivisionError, 'integer division or modulo by zero');
  let q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return normBig(q);
}

/** a % b with the sign of b. */
export function intMod(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw pyErr(ZeroDivisionError, 'integer modulo by zero');
    const r = a % b;
    return r !== 0 && (r < 0) !== (b < 0) ? r + b : r === 0 ? 0 : r;
  }
  const x = toBig(a), y = toBig(b);
  if (y === 0n) throw pyErr(ZeroDivisionError, 'integer modulo by zero');
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return normBig(r);
}

/** a ** b for b >= 0 (int result). Negative b: the caller produces a float (intPow handles it). */
export function intPowInt(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a ** b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(toBig(a) ** toBig(b));
}

/** int ** int: an int, or a JS number (to be boxed as float) when the exponent is negative. */
export function intPow(a: Int, b: Int): { int: Int } | { float: number } {
  if (b < 0) {
    if (a == 0) throw pyErr(ZeroDivisionError, '0.0 cannot be raised to a negative power');
    return { float: libmPow(Number(a), Number(b)) };
  }
  return { int: intPowInt(a, b) };
}

/** pow(a, b, m). */
export function intPowMod(a: Int, b: Int, m: Int): Int {
  let mod = toBig(m);
  if (mod === 0n) throw pyErr(ValueError, 'pow() 3rd argument cannot be 0');
  let base = toBig(a);
  let e = toBig(b);
  const neg = mod < 0n;
  if (neg) mod = -mod;
  if (e < 0n) {
    base = modInverse(base, mod);
    e = -e;
  }
  base %= mod;
  if (base < 0n) base += mod;
  let r = 1n % mod;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % mod;
    base = (base * base) % mod;
    e >>= 1n;
  }
  if (neg && r !== 0n) r -= mod;
  return normBig(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [g, x] = egcd(((a % m) + m) % m, m);
  if (g !== 1n) throw pyErr(ValueError, 'base is not invertible for the given modulus');
  return ((x % m) + m) % m;
}

function egcd(a: bigint, b: bigint): [bigint, bigint] {
  let [r0, r1, s0, s1] = [a, b, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return [r0, s0];
}

/** Three-way compare: -1, 0, 1. Number and bigint compare correctly with JS relational operators. */
export function intCompare(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function intLShift(a: Int, b: Int): Int {
  if (b < 0) throw pyErr(ValueError, 'negative shift count');
  if (typeof a === 'number' && typeof b === 'number' && b < 32) {
    const r = a * 2 ** b;
    if (Number.isSafeInteger(r)) return r;
  }
  if (a == 0) return 0;
  if (typeof b === 'bigint') throw pyErr(OverflowError, 'too many digits in integer');
  return normBig(toBig(a) << BigInt(b));
}

export function intRShift(a: Int, b: Int): Int {
  if (b < 0) throw pyErr(ValueError, 'negative shift count');
  if (typeof a === 'number' && typeof b === 'number') {
    if (b >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** b);
  }
  if (typeof b === 'bigint') return a < 0 ? -1 : 0;
  return normBig(toBig(a) >> BigInt(b));
}

function bothInt32(a: Int, b: Int): boolean {
  return typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b;
}

export function intAnd(a: Int, b: Int): Int {
  if (bothInt32(a, b)) return (a as number) & (b as number);
  return normBig(toBig(a) & toBig(b));
}

export function intOr(a: Int, b: Int): Int {
  if (bothInt32(a, b)) return (a as number) | (b as number);
  return normBig(toBig(a) | toBig(b));
}

export function intXor(a: Int, b: Int): Int {
  if (bothInt32(a, b)) return (a as number) ^ (b as number);
  return normBig(toBig(a) ^ toBig(b));
}

export function intInvert(a: Int): Int {
  return typeof a === 'number' ? -a - 1 : normBig(-a - 1n);
}

export function intAbs(a: Int): Int {
  return typeof a === 'number' ? Math.abs(a) : normBig(a < 0n ? -a : a);
}

/** int true division a / b -> JS number (CPython: long_true_divide, correctly rounded). */
export function intTrueDiv(a: Int, b: Int): number {
  if (b == 0) throw pyErr(ZeroDivisionError, 'division by zero');
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  return bigTrueDiv(toBig(a), toBig(b));
}

/** Correctly rounded big / big. */
function bigTrueDiv(a: bigint, b: bigint): number {
  const neg = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  // scale so the quotient has 55+ significant bits, then let Number() round the integer quotient
  const shift = BigInt(b.toString(2).length - a.toString(2).length + 55);
  let q: bigint, r: bigint;
  if (shift >= 0n) {
    q = (a << shift) / b;
    r = (a << shift) % b;
  } else {
    q = a / (b << -shift);
    r = a % (b << -shift);
  }
  // sticky bit keeps round-half-even right
  if (r !== 0n) q |= 1n;
  const sh = Number(shift);
  const half = Math.trunc(sh / 2);
  const v = Number(q) * 2 ** -half * 2 ** -(sh - half);
  if (!Number.isFinite(v)) throw pyErr(OverflowError, 'integer division result too large for a float');
  return neg ? -v : v;
}

/** int -> float conversion (CPython: PyLong_AsDouble). */
export function intToFloat(a: Int): number {
  if (typeof a === 'number') return a;
  const f = Number(a);
  if (!Number.isFinite(f)) throw pyErr(OverflowError, 'int too large to convert to float');
  return f;
}

export function isBool(v: PyValue): v is boolean {
  return typeof v === 'boolean';
}

export { boolType, intType };
