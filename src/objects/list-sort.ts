// list.sort / sorted: stable, only `<` (CPython: listsort, a timsort; we use V8's stable sort on the
// fast path and a generator merge sort when comparisons may run Python code).
//
// Fast path: every key is an exact int/bool/float, or every key is a str -> Array.prototype.sort with
// a native comparator, no generators. Otherwise keys are compared with lessThan (ops.richCompare,
// possibly Python __lt__), inside a bottom-up merge sort written as a NativeGen so the thread stays
// preemptible. reverse=True keeps equal elements in their original order, as CPython does.
// While sorting, the list appears empty; a mutation during the sort raises
// "ValueError: list modified during sort".

import { isGen } from './gen.js';
import { PyObject, isPending, type NativeGen, type NativeResult, type PyValue } from './object.js';
import { None, floatType } from './builtin-types.js';
import { pyErr, ValueError } from './exceptions.js';
import { PyFloat } from './float.js';
import { lessThan, truthGen } from './seq.js';
import * as ops from './ops.js';
import type { PyList } from './list.js';

const enum Kind { Num, Str, Other }

function kindOf(keys: readonly PyValue[]): Kind {
  const n = keys.length;
  if (n === 0) return Kind.Num;
  if (typeof keys[0] === 'string') {
    for (let i = 1; i < n; i++) if (typeof keys[i] !== 'string') return Kind.Other;
    return Kind.Str;
  }
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    const t = typeof k;
    if (t === 'number' || t === 'bigint' || t === 'boolean') continue;
    if (t === 'object' && (k as PyObject).type === floatType && (k as PyFloat).value === (k as PyFloat).value) continue;
    return Kind.Other;
  }
  return Kind.Num;
}

function numKey(k: PyValue): number | bigint {
  switch (typeof k) {
    case 'number':
    case 'bigint':
      return k;
    case 'boolean':
      return k ? 1 : 0;
  }
  return (k as PyFloat).value;
}

/** Sort `items` (a fresh array we own) by `keys` (same length, or null = the items themselves). */
export function sortArray(items: PyValue[], keys: PyValue[] | null, reverse: boolean): PyValue[] | NativeGen {
  const ks = keys ?? items;
  const kind = kindOf(ks);
  if (kind !== Kind.Other) {
    const dir = reverse ? -1 : 1;
    if (keys === null) {
      if (kind === Kind.Str) {
        (items as string[]).sort((a, b) => (a < b ? -dir : a > b ? dir : 0));
      } else if (items.every((v) => typeof v === 'number')) {
        (items as number[]).sort(reverse ? (a, b) => b - a : (a, b) => a - b);
      } else {
        items.sort((a, b) => {
          const x = numKey(a), y = numKey(b);
          return x < y ? -dir : x > y ? dir : 0;
        });
      }
      return items;
    }
    const idx = new Array(items.length);
    for (let i = 0; i < idx.length; i++) idx[i] = i;
    const nk = kind === Kind.Num ? ks.map(numKey) : (ks as (string | number | bigint)[]);
    idx.sort((i: number, j: number) => {
      const x = nk[i], y = nk[j];
      return x < y ? -dir : x > y ? dir : 0;
    });
    return idx.map((i: number) => items[i]);
  }
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
