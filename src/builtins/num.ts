// Numeric conversions the builtins and math/random need, with CPython's error messages:
// Python int <-> JS number/bigint (object.ts invariant: a bigint is never in safe range),
// index conversion (__index__), float conversion (__float__, then __index__).
//
// Each conversion has a fast path that returns `undefined` when the value is not a builtin number
// (no allocation), and a generator slow path that may run Python code (DESIGN.md decision 2).

import { type NativeGen, type PyValue, type Suspend, PyObject, settle } from '../objects/object.js';
import { typeOf } from '../objects/builtin-types.js';
import { OverflowError, TypeError, pyErr } from '../objects/exceptions.js';
import { PyFloat } from '../objects/float.js';
import * as ops from '../objects/ops.js';
import { type Int, intValue, isInt as isIntValue, normBig, toBig } from '../objects/int.js';

export type { Int };
export { normBig, toBig };
export type Conv<T> = Generator<Suspend, T, PyValue>;

/** A JS integer-valued number (maybe beyond 2**53) as a Python int. */
export function intFromDouble(d: number): Int {
  return Number.isSafeInteger(d) ? (Object.is(d, -0) ? 0 : d) : BigInt(d);
}

/** True for Python int values (including bool and int-subclass instances). */
export const isInt: (v: PyValue) => boolean = isIntValue;

/** An exact int (bool becomes 0/1). */
export function exactInt(v: number | bigint | boolean): Int {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

/** Python int -> double, raising OverflowError like CPython's PyLong_AsDouble. */
export function intToDouble(v: number | bigint | boolean): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const d = Number(v);
  if (!Number.isFinite(d)) throw pyErr(OverflowError, 'int too large to convert to float');
  return d;
}

/** Fast path of index conversion: the int, or undefined when __index__ would have to run. */
export function asIndex(v: PyValue): Int | undefined {
  return intValue(v);
}

/** CPython: PyNumber_Index. Calls __index__ for non-int objects. */
export function* toIndex(v: PyValue): Conv<Int> {
  const fast = asIndex(v);
  if (fast !== undefined) return fast;
  const meth = v instanceof PyObject ? typeOf(v).lookup('__index__') : undefined;
  if (meth === undefined) throw pyErr(TypeError, `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  const r = yield* settle(ops.call(meth, [v], null));
  const i = asIndex(r);
  if (i === undefined) {
    throw pyErr(TypeError, `__index__ returned non-int (type ${typeOf(r).name})`);
  }
  return i;
}

/** Index conversion to a JS number, for sizes/counts (OverflowError beyond safe range, like Py_ssize_t). */
export function* toSmallIndex(v: PyValue): Conv<number> {
  const i = yield* toIndex(v);
  if (typeof i === 'bigint') {
    throw pyErr(OverflowError, "Python int too large to convert to C ssize_t");
  }
  return i;
}

/** Fast path of float conversion (int, bool, float); undefined for anything else. */
export function asDouble(v: PyValue): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.value;
  const i = intValue(v);
  return i === undefined ? undefined : intToDouble(i);
}

/** CPython: PyFloat_AsDouble — __float__, then __index__; "must be real number, not str". */
export function* toDouble(v: PyValue): Conv<number> {
  const fast = asDouble(v);
  if (fast !== undefined) return fast;
  const t = typeOf(v);
  const f = t.lookup('__float__');
  if (f !== undefined) {
    const r = yield* settle(ops.call(f, [v], null));
    if (!(r instanceof PyFloat)) {
      throw pyErr(TypeError, `${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
    }
    return r.value;
  }
  if (t.lookup('__index__') !== undefined) return intToDouble(yield* toIndex(v));
  throw pyErr(TypeError, `must be real number, not ${t.name}`);
}

/** Run a conversion generator to completion when it cannot suspend (fast-path values). */
export function runSync<T>(g: Conv<T>): T {
  const r = g.next();
  if (!r.done) throw new Error('runSync: conversion suspended');
  return r.value;
}

/** Bit length of |n|. */
export function bitLength(n: Int): number {
  if (typeof n === 'number') {
    const a = Math.abs(n);
    return a < 2 ** 31 ? 32 - Math.clz32(a) : a.toString(2).length;
  }
  return (n < 0n ? -n : n).toString(2).length;
}

/** Floor division and modulo of Python ints (CPython semantics: result has the divisor's sign). */
export function intDivmod(a: Int, b: Int): [Int, Int] {
  if (typeof a === 'number' && typeof b === 'number') {
    const q = Math.floor(a / b);
    const r = a - q * b;
    if (Number.isSafeInteger(q) && Number.isSafeInteger(r) && Math.abs(a) < 2 ** 52) return [q, r];
  }
  const A = toBig(a);
  const B = toBig(b);
  let q = A / B;
  let r = A % B;
  if (r !== 0n && (r < 0n) !== (B < 0n)) {
    q -= 1n;
    r += B;
  }
  return [normBig(q), normBig(r)];
}

export type { NativeGen };
