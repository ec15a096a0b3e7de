// Iteration helpers for natives: collect an iterable into a JS array, step an iterator, with fast
// paths for the builtin sequences (no generator is created when the whole iteration is native) and
// the generic protocol (ops.getIter / ops.iterNext, which may run Python __iter__/__next__).
//
// ops.iterNext returns `undefined` when the iterator is exhausted; when it has to run Python code it
// returns a NativeGen whose StopIteration (or an undefined result) also means "exhausted".

import { type NativeGen, type NativeResult, type PyValue, isPending } from '../objects/object.js';
import { StopIteration, isExcOf } from '../objects/exceptions.js';
import { PyTuple } from '../objects/tuple.js';
import { PyGenerator } from '../objects/generator.js';
import * as ops from '../objects/ops.js';
import type { Conv } from './num.js';
import { itemsOf, toArray as seqToArray } from '../objects/seq.js';

/** Settle an iterNext result: the next value, or undefined when exhausted. */
export function* settleNext(r: NativeResult | undefined): Conv<PyValue | undefined> {
  if (r === undefined || !isPending(r)) return r;
  try {
    return yield* r;
  } catch (e) {
    if (isExcOf(e, StopIteration)) return undefined;
    throw e;
  }
}

/** The next value of iterator `it`, or undefined when exhausted. */
export function* nextOf(it: PyValue): Conv<PyValue | undefined> {
  const r = ops.iterNext(it);
  // A generator's step (genNextOrExhausted) already turns StopIteration into undefined.
  if (it instanceof PyGenerator && r !== undefined && isPending(r)) return yield* r;
  return yield* settleNext(r);
}

/** CPython: PyObject_GetIter, settled. */
export function* iterOf(v: PyValue): Conv<PyValue> {
  const r = ops.getIter(v);
  return isPending(r) ? yield* r : r;
}

/** All items of an iterable as a fresh JS array (CPython: PySequence_List). */
export function* toArray(v: PyValue): Conv<PyValue[]> {
  const fast = peekItems(v);
  if (fast !== undefined) return fast.slice();
  // seq.toArray pulls an iterator through an ItemLoop (nothing allocated per item).
  const r = seqToArray(v);
  return Array.isArray(r) ? r : ((yield* r as NativeGen) as unknown as PyValue[]);
}

/**
 * Fast path: the items of a builtin sequence (list, tuple, str as chars, ...) without running Python
 * code, or undefined. The array may be the container's own storage: read it, never keep or mutate it.
 */
export function peekItems(v: PyValue): readonly PyValue[] | undefined {
  if (typeof v === 'string') return Array.from(v);
  const r = itemsOf(v);
  if (Array.isArray(r)) return r;
  (r as NativeGen).return(undefined as unknown as PyValue); // not a builtin container: drop the unstarted generator
  return undefined;
}

export { PyTuple };
