// repr helpers for the container types: a no-dispatch repr for the builtin scalars, the generic
// element repr (ops.repr, which may run Python code), and the recursion guard that makes
// `l = [1]; l.append(l); repr(l)` print `[1, [...]]` (CPython: Py_ReprEnter/Py_ReprLeave).

import { bigDecimal } from './int-limits.js';
import { PyObject, isPending, type NativeGen, type PyValue } from './object.js';
import { None, Ellipsis, NotImplemented, floatType } from './builtin-types.js';
import { PyFloat } from './float.js';
import { PyTuple, tupleType } from './tuple.js';
import { floatRepr } from './format/float-repr.js';
import { strRepr } from './format/str-repr.js';
import * as ops from './ops.js';

/** repr of a builtin scalar without dispatch, or undefined. */
export function reprFast(v: PyValue): string | undefined {
  switch (typeof v) {
    case 'string':
      return strRepr(v);
    case 'number':
      return String(v);
    case 'bigint':
      return bigDecimal(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === None) return 'None';
  const t = (v as PyObject).type;
  if (t === floatType) return floatRepr((v as PyFloat).value);
  if (t === tupleType) {
    const items = (v as PyTuple).items;
    if (items.length > 8) return undefined;
    let out = '(';
    for (let i = 0; i < items.length; i++) {
      const r = reprFast(items[i]);
      if (r === undefined) return undefined;
      out += i ? ', ' + r : r;
    }
    return out + (items.length === 1 ? ',)' : ')');
  }
  if (v === Ellipsis) return 'Ellipsis';
  if (v === NotImplemented) return 'NotImplemented';
  return undefined;
}

/** repr(v) as a JS string, or a generator producing it. */
export function reprValue(v: PyValue): string | NativeGen {
  const r = reprFast(v);
  if (r !== undefined) return r;
  return ops.repr(v) as string | NativeGen;
}

// The objects whose repr is in progress. Green threads make this shared; a concurrent repr of the
// same container in two threads may print [...] (CPython keeps the set per thread).
const inRepr = new Set<PyObject>();

/** Py_ReprEnter: false if `o` is already being repr'd (the caller prints the `[...]` form). */
export function reprEnter(o: PyObject): boolean {
  if (inRepr.has(o)) return false;
  inRepr.add(o);
  return true;
}

export function reprLeave(o: PyObject): void {
  inRepr.delete(o);
}

/**
 * `open + repr(items[0]) + ", " + ... + close`, with the recursion guard on `owner`.
 * Synchronous when every element has a native repr.
 */
export function reprItems(owner: PyObject, open: string, items: readonly PyValue[], close: string, recursed: string): string | NativeGen {
  if (!reprEnter(owner)) return recursed;
  let out = open;
  for (let i = 0; i < items.length; i++) {
    const r = reprFast(items[i]);
    if (r === undefined) return reprItemsGen(owner, out, items, i, close);
    out += i ? ', ' + r : r;
  }
  reprLeave(owner);
  return out + close;
}

function* reprItemsGen(owner: PyObject, out: string, items: readonly PyValue[], i: number, close: string): NativeGen {
  try {
    for (; i < items.length; i++) {
      let r = reprValue(items[i]);
      if (isPending(r)) r = (yield* r) as string;
      out += i ? ', ' + r : r;
    }
  } finally {
    reprLeave(owner);
  }
  return out + close;
}
