// Helpers shared by the sequence types (list, tuple, str, range, deque...): element equality and
// ordering with native fast paths, lexicographic comparison, contains/index/count, repeat counts,
// and toArray (materialise any iterable). Each returns synchronously unless Python code must run.
// CPython: list_richcompare, PySequence_Contains, PySequence_Index...

import { isGen } from './gen.js';
import { PyObject, isPending, type NativeGen, type NativeResult, type PyValue } from './object.js';
import { floatType, typeOf, None } from './builtin-types.js';
import { pyErr, TypeError, OverflowError, StopIteration, isExcOf } from './exceptions.js';
import { PyFloat } from './float.js';
import { strLt } from './str.js';
import { PyTuple, tupleType } from './tuple.js';
import { eqFast, eqValues } from './hashtable.js';
import * as ops from './ops.js';
import { CmpOp } from './ops.js';
import { realOf, cmpReal } from './ops-compare.js';

/** a < b decided natively (numbers compare exactly across number/bigint in JS), or undefined. */
export function ltFast(a: PyValue, b: PyValue): boolean | undefined {
  if (typeof a === 'string') return typeof b === 'string' ? strLt(a, b) : undefined;
  const x = realOf(a);
  if (x === undefined) return undefined;
  const y = realOf(b);
  return y === undefined ? undefined : x < y;
}

/** Compare natively with any op, or undefined. */
export function cmpFast(a: PyValue, b: PyValue, op: CmpOp): boolean | undefined {
  if (typeof a === 'string') {
    if (typeof b !== 'string') return op === CmpOp.Eq ? false : op === CmpOp.Ne ? true : undefined;
    switch (op) {
      case CmpOp.Lt: return strLt(a, b);
      case CmpOp.Le: return a === b || strLt(a, b);
      case CmpOp.Eq: return a === b;
      case CmpOp.Ne: return a !== b;
      case CmpOp.Gt: return strLt(b, a);
      case CmpOp.Ge: return a === b || strLt(b, a);
    }
  }
  const x = realOf(a);
  if (x === undefined) return undefined;
  const y = realOf(b);
  return y === undefined ? undefined : cmpReal(x, y, op);
}

/** bool(a OP b) (CPython: PyObject_RichCompareBool, with the identity shortcut for == and !=). */
export function compareBool(a: PyValue, b: PyValue, op: CmpOp): boolean | NativeGen {
  if (op === CmpOp.Eq) return eqValues(a, b);
  if (op === CmpOp.Ne) {
    const r = eqFast(a, b);
    if (r !== undefined) return !r;
  }
  const r = cmpFast(a, b, op);
  if (r !== undefined) return r;
  return compareSlow(a, b, op);
}

function* compareSlow(a: PyValue, b: PyValue, op: CmpOp): NativeGen {
  let r = ops.richCompare(a, b, op);
  if (isPending(r)) r = yield* r;
  return yield* truthGen(r as PyValue);
}

/** bool(v) inside a generator. */
export function* truthGen(v: PyValue): NativeGen {
  if (typeof v === 'boolean') return v;
  const t = ops.isTrue(v);
  return (isGen(t) ? yield* (t as NativeGen) : t) as boolean;
}

/** a < b as a JS boolean (sort, min, max, heapq). */
export function lessThan(a: PyValue, b: PyValue): boolean | NativeGen {
  const r = ltFast(a, b);
  if (r !== undefined) return r;
  return compareSlow(a, b, CmpOp.Lt);
}

/** Lexicographic comparison of two item arrays (CPython: list_richcompare / tuplerichcompare). */
export function seqCompare(x: readonly PyValue[], y: readonly PyValue[], op: CmpOp): PyValue | NativeGen {
  if ((op === CmpOp.Eq || op === CmpOp.Ne) && x.length !== y.length) return op === CmpOp.Ne;
  const n = Math.min(x.length, y.length);
  let i = 0;
  for (; i < n; i++) {
    const r = eqFast(x[i], y[i]);
    if (r === undefined) return seqCompareGen(x, y, op, i);
    if (!r) break;
  }
  return seqFinish(x, y, op, i);
}

function seqFinish(x: readonly PyValue[], y: readonly PyValue[], op: CmpOp, i: number): PyValue | NativeGen {
  if (i >= x.length || i >= y.length) {
    const a = x.length, b = y.length;
    switch (op) {
      case CmpOp.Lt: return a < b;
      case CmpOp.Le: return a <= b;
      case CmpOp.Eq: return a === b;
      case CmpOp.Ne: return a !== b;
      case CmpOp.Gt: return a > b;
      case CmpOp.Ge: return a >= b;
    }
  }
  if (op === CmpOp.Eq) return false;
  if (op === CmpOp.Ne) return true;
  const r = cmpFast(x[i], y[i], op);
  if (r !== undefined) return r;
  return ops.richCompare(x[i], y[i], op) as PyValue | NativeGen;
}

function* seqCompareGen(x: readonly PyValue[], y: readonly PyValue[], op: CmpOp, i: number): NativeGen {
  for (; i < x.length && i < y.length; i++) {
    const r = eqValues(x[i], y[i]);
    if (!(typeof r === 'boolean' ? r : yield* r)) break;
  }
  const f = seqFinish(x, y, op, i);
  return isGen(f) ? yield* (f as NativeGen) : (f as PyValue);
}

/** Index of the first item == v in items[start:stop], or -1. */
export function seqIndex(items: readonly PyValue[], v: PyValue, start = 0, stop = items.length): number | NativeGen {
  if (stop > items.length) stop = items.length;
  for (let i = start; i < stop; i++) {
    const r = eqFast(items[i], v);
    if (r === true) return i;
    if (r === undefined) return seqIndexGen(items, v, i, stop);
  }
  return -1;
}

function* seqIndexGen(items: readonly PyValue[], v: PyValue, i: number, stop: number): NativeGen {
  for (; i < stop && i < items.length; i++) {
    const r = eqValues(items[i], v);
    if (typeof r === 'boolean' ? r : yield* r) return i;
  }
  return -1;
}

export function seqContains(items: readonly PyValue[], v: PyValue): boolean | NativeGen {
  const r = seqIndex(items, v);
  if (typeof r === 'number') return r >= 0;
  return (function* (): NativeGen {
    return ((yield* r) as number) >= 0;
  })();
}

export function seqCount(items: readonly PyValue[], v: PyValue): number | NativeGen {
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    const r = eqFast(items[i], v);
    if (r === undefined) return seqCountGen(items, v, i, n);
    if (r) n++;
  }
  return n;
}

function* seqCountGen(items: readonly PyValue[], v: PyValue, i: number, n: number): NativeGen {
  for (; i < items.length; i++) {
    const r = eqValues(items[i], v);
    if (typeof r === 'boolean' ? r : yield* r) n++;
  }
  return n;
}

/** The count in `seq * n`, or undefined when n is not an int (the caller returns NotImplemented). */
export function repeatCount(n: PyValue): number | undefined {
  switch (typeof n) {
    case 'number':
      return n < 0 ? 0 : n;
    case 'boolean':
      return n ? 1 : 0;
    case 'bigint':
      if (n <= 0n) return 0;
      throw pyErr(OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  const v = (n as { value?: unknown }).value; // int subclass instance
  if (typeof v === 'number' && typeOf(n).lookup('__index__')) return v < 0 ? 0 : v;
  return undefined;
}

export function repeatArray<T>(items: readonly T[], n: number): T[] {
  if (n <= 0 || items.length === 0) return [];
  if (items.length * n > 2 ** 32 - 1) throw pyErr(TypeError, 'repeated sequence too long');
  if (items.length === 1) return new Array(n).fill(items[0]);
  const out: T[] = new Array(items.length * n);
  for (let k = 0, j = 0; k < n; k++) for (let i = 0; i < items.length; i++) out[j++] = items[i];
  return out;
}

/** "can't multiply sequence by non-int of type 'X'" */
export function cantMultiply(n: PyValue): never {
  throw pyErr(TypeError, `can't multiply sequence by non-int of type '${typeOf(n).name}'`);
}

// ---- iteration -----------------------------------------------------------------------------------

/** Native item arrays of the builtin iterables; set by their files (avoids import cycles). */
export const fastItems: Array<(v: PyValue) => readonly PyValue[] | undefined> = [];

/**
 * All items of an iterable as a fresh JS array (list(x), tuple(x), extend, join...).
 * Synchronous for the builtin containers; otherwise drives the iterator protocol.
 */
export function toArray(v: PyValue): PyValue[] | NativeGen {
  if (v instanceof PyObject && v.type === tupleType) return (v as PyTuple).items.slice();
  for (let i = 0; i < fastItems.length; i++) {
    const r = fastItems[i](v);
    if (r !== undefined) return r.slice();
  }
  return toArrayGen(v);
}

/** Like toArray, but may return the container's own array (read it, never mutate it). */
export function itemsOf(v: PyValue): readonly PyValue[] | NativeGen {
  if (v instanceof PyObject && v.type === tupleType) return (v as PyTuple).items;
  for (let i = 0; i < fastItems.length; i++) {
    const r = fastItems[i](v);
    if (r !== undefined) return r;
  }
  return toArrayGen(v);
}

function toArrayGen(v: PyValue): NativeGen {
  const it = ops.getIter(v);
  if (!isPending(it)) return collectRest(it);
  return (function* (): NativeGen {
    return yield* collectRest(yield* it);
  })();
}

/**
 * The remaining items of iterator `it` as a JS array. item-loop.ts installs `collect` (an ItemLoop:
 * nothing allocated per item); it is a hook because seq.ts loads before the iterator types it needs.
 */
export const seqLoops: { collect: ((it: PyValue) => NativeGen) | null } = { collect: null };

function collectRest(it: PyValue): NativeGen {
  return seqLoops.collect !== null ? seqLoops.collect(it) : collectGen(it);
}

function* collectGen(it: PyValue): NativeGen {
  const out: PyValue[] = [];
  for (;;) {
    const x = yield* nextGen(it);
    if (x === undefined) break;
    out.push(x);
  }
  return out as unknown as PyValue;
}

/** next(it) inside a generator: the value, or undefined when exhausted. */
export function* nextGen(it: PyValue): Generator<any, PyValue | undefined, any> {
  let r: NativeResult | undefined;
  try {
    r = ops.iterNext(it);
    if (isGen(r)) r = yield* r as NativeGen;
  } catch (e) {
    if (isExcOf(e, StopIteration)) return undefined;
    throw e;
  }
  return r as PyValue | undefined;
}

export { None };
