// list.sort / sorted: stable, only `<` (CPython: listsort, a timsort; we use V8's stable sort on the
// fast path and a generator merge sort when comparisons may run Python code).
//
// Fast path (sortNative): every key is an exact int/bool/float (not NaN), str, or exact tuple of those
// (nested tuples too) -> keys decorated once, Array.prototype.sort with a native comparator, no
// generators; a plain list of ints sorts as a Float64Array. Otherwise keys are compared with lessThan
// (ops.richCompare, possibly Python __lt__), inside a bottom-up merge sort written as a NativeGen so the
// thread stays preemptible. reverse=True keeps equal elements in their original order, as CPython does.
// While sorting, the list appears empty; a mutation during the sort raises
// "ValueError: list modified during sort".

import { isGen } from './gen.js';
import { PyObject, isPending, type NativeGen, type NativeResult, type PyValue } from './object.js';
import { None, floatType } from './builtin-types.js';
import { pyErr, ValueError } from './exceptions.js';
import { PyTuple, tupleType } from './tuple.js';
import { strCompare } from './ops-compare.js';
import { PyFloat } from './float.js';
import { lessThan, truthGen } from './seq.js';
import * as ops from './ops.js';
import type { PyList } from './list.js';

// ---- native fast path ---------------------------------------------------------------------------
//
// CPython's listsort pre-scans the keys and picks unsafe_long_compare / unsafe_float_compare /
// unsafe_latin_compare / unsafe_tuple_compare when every key has the same simple type. We do the same
// once per sort: each key is "decorated" into a Prim (a JS number/bigint/string, or an array of Prims
// for an exact tuple) and sorted with a native comparator. A pair the comparator cannot order the way
// Python would (str vs number inside tuples, which raises TypeError in Python) throws MISMATCH and the
// whole sort falls back to the generator merge sort, which runs Python's rules (and raises).

type Prim = number | bigint | string | readonly Prim[];

const MISMATCH = { mismatch: true };
/** Set while decorating: some string key has a code unit >= 0xD800 (JS `<` is not code point order). */
let highChars = false;
const HIGH = /[\ud800-\uffff]/;

/** The native sort key for k, or undefined when k's ordering may need Python code (or NaN is involved). */
function primOf(k: PyValue, depth: number): Prim | undefined {
  switch (typeof k) {
    case 'number':
    case 'bigint':
      return k;
    case 'string':
      if (!highChars && HIGH.test(k)) highChars = true;
      return k;
    case 'boolean':
      return k ? 1 : 0;
  }
  const t = (k as PyObject).type;
  if (t === floatType) {
    const v = (k as PyFloat).value;
    return v === v ? v : undefined;
  }
  if (t === tupleType && depth < 8) {
    const items = (k as PyTuple).items;
    let out: Prim[] | null = null;
    for (let i = 0; i < items.length; i++) {
      const v = items[i];
      const tv = typeof v;
      if (tv === 'number' || tv === 'string' || tv === 'bigint') {
        if (tv === 'string' && !highChars && HIGH.test(v as string)) highChars = true;
        if (out !== null) out.push(v as Prim);
        continue;
      }
      const p = primOf(v, depth + 1);
      if (p === undefined) return undefined;
      if (out === null) out = items.slice(0, i) as Prim[];
      out.push(p);
    }
    // Tuples of only ints/strs are their own key: no allocation.
    return out ?? (items as Prim[]);
  }
  return undefined;
}

function strCmp(x: string, y: string): number {
  if (highChars) return strCompare(x, y);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Python order of two Prims (tuple compare: first unequal item decides, then length). */
function cmpPrim(x: Prim, y: Prim): number {
  const tx = typeof x;
  if (tx === 'number' && typeof y === 'number') return (x as number) < y ? -1 : (x as number) > y ? 1 : 0;
  if (tx === 'string') {
    if (typeof y !== 'string') throw MISMATCH;
    return strCmp(x as string, y);
  }
  if (tx === 'object') {
    if (typeof y !== 'object') throw MISMATCH;
    const a = x as readonly Prim[], b = y as readonly Prim[];
    const n = a.length < b.length ? a.length : b.length;
    for (let i = 0; i < n; i++) {
      const u = a[i], v = b[i];
      if (u === v) continue;
      if (typeof u === 'number' && typeof v === 'number') return u < v ? -1 : 1;
      const c = cmpPrim(u, v);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  if (typeof y === 'string' || typeof y === 'object') throw MISMATCH;
  return (x as number | bigint) < y ? -1 : (x as number | bigint) > y ? 1 : 0;
}

/** Decorate every key, or null when some key is not native-orderable. */
function primKeys(ks: readonly PyValue[]): Prim[] | null {
  const n = ks.length;
  const out: Prim[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const k = ks[i];
    if (typeof k === 'number') {
      out[i] = k;
      continue;
    }
    const p = primOf(k, 0);
    if (p === undefined) return null;
    out[i] = p;
  }
  return out;
}

function allSafeInts(ks: readonly PyValue[]): boolean {
  for (let i = 0; i < ks.length; i++) if (typeof ks[i] !== 'number') return false;
  return true;
}

/** Stable native sort of items by decorated keys; null when a pair cannot be ordered natively. */
function sortNative(items: PyValue[], ks: readonly PyValue[], keysGiven: boolean, reverse: boolean): PyValue[] | null {
  const n = items.length;
  if (n < 2) return items;
  if (!keysGiven && allSafeInts(ks)) {
    // Equal ints are indistinguishable: an unstable typed-array sort (no comparator calls) is exact.
    const f = Float64Array.from(items as number[]).sort();
    if (reverse) f.reverse();
    for (let i = 0; i < n; i++) items[i] = f[i] + 0;
    return items;
  }
  highChars = false;
  const pk = primKeys(ks);
  if (pk === null) return null;
  const idx = new Array<number>(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  try {
    // Array.prototype.sort is stable; with reverse, equal keys keep their original order (as CPython).
    if (reverse) idx.sort((i, j) => cmpPrim(pk[j], pk[i]));
    else idx.sort((i, j) => cmpPrim(pk[i], pk[j]));
  } catch (e) {
    if (e === MISMATCH) return null;
    throw e;
  }
  const out = new Array<PyValue>(n);
  for (let i = 0; i < n; i++) out[i] = items[idx[i]];
  return out;
}

/** Sort `items` (a fresh array we own) by `keys` (same length, or null = the items themselves). */
export function sortArray(items: PyValue[], keys: PyValue[] | null, reverse: boolean): PyValue[] | NativeGen {
  const ks = keys ?? items;
  const r = sortNative(items, ks, keys !== null, reverse);
  if (r !== null) return r;
  return mergeSortGen(items, ks, reverse);
}

/** Stable bottom-up merge sort of indexes by keys with Python `<`. */
function* mergeSortGen(items: PyValue[], keys: PyValue[], reverse: boolean): NativeGen {
  const n = items.length;
  let a: number[] = new Array(n);
  for (let i = 0; i < n; i++) a[i] = reverse ? n - 1 - i : i;
  let b: number[] = new Array(n);
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        const r = lessThan(keys[a[j]], keys[a[i]]);
        const lt = typeof r === 'boolean' ? r : ((yield* r) as boolean);
        b[k++] = lt ? a[j++] : a[i++];
      }
      while (i < mid) b[k++] = a[i++];
      while (j < hi) b[k++] = a[j++];
    }
    [a, b] = [b, a];
  }
  if (reverse) a.reverse();
  return a.map((i) => items[i]) as unknown as PyValue;
}

/** Compute key(x) for every item. */
export function computeKeys(items: readonly PyValue[], key: PyValue): PyValue[] | NativeGen {
  const out: PyValue[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const r = ops.call(key, [items[i]], null);
    if (isPending(r)) return computeKeysGen(items, key, out, i, r);
    out[i] = r;
  }
  return out;
}

function* computeKeysGen(items: readonly PyValue[], key: PyValue, out: PyValue[], i: number, first: NativeGen): NativeGen {
  out[i] = yield* first;
  for (i++; i < items.length; i++) {
    const r = ops.call(key, [items[i]], null);
    out[i] = isPending(r) ? yield* r : r;
  }
  return out as unknown as PyValue;
}

/** Sort a fresh array with key/reverse as Python values (sorted(), list.sort). */
export function sortWith(items: PyValue[], key: PyValue, reverse: PyValue): PyValue[] | NativeGen {
  if (key === None && typeof reverse === 'boolean') return sortArray(items, null, reverse);
  return sortWithGen(items, key, reverse);
}

function* sortWithGen(items: PyValue[], key: PyValue, reverse: PyValue): NativeGen {
  const rev = (yield* truthGen(reverse)) as boolean;
  let keys: PyValue[] | null = null;
  if (key !== None) {
    const k = computeKeys(items, key);
    keys = isGen(k) ? ((yield* k as NativeGen) as unknown as PyValue[]) : (k as PyValue[]);
  }
  const r = sortArray(items, keys, rev);
  return (isGen(r) ? yield* r as NativeGen : r) as unknown as PyValue;
}

/** list.sort(key=, reverse=). */
export function listSort(l: PyList, key: PyValue, reverse: PyValue): NativeResult {
  const items = l.items;
  l.items = [];
  const finish = (sorted: PyValue[]): PyValue => {
    const modified = l.items.length !== 0;
    l.items = sorted;
    if (modified) throw pyErr(ValueError, 'list modified during sort');
    return None;
  };
  let r: PyValue[] | NativeGen;
  try {
    r = key === None && typeof reverse === 'boolean' ? sortArray(items, null, reverse) : sortWith(items, key, reverse);
  } catch (e) {
    l.items = items;
    throw e;
  }
  if (!isGen(r)) return finish(r as PyValue[]);
  return (function* (): NativeGen {
    let sorted: PyValue[];
    try {
      sorted = (yield* r as NativeGen) as unknown as PyValue[];
    } catch (e) {
      if (l.items.length === 0) l.items = items;
      throw e;
    }
    return finish(sorted);
  })();
}
