// The insertion-ordered hash table behind dict, set and frozenset (CPython: Objects/dictobject.c's
// compact dict, in JS shapes).
//
// Layout: parallel arrays `keys`/`vals` in insertion order (a deleted entry leaves `undefined` in
// `keys`, squeezed out by compact()), and two indexes from key to slot:
//   - `nidx` (dicts only): the fast keys that are JS numbers (ints, and floats equal to them), in an
//     open-addressed Int32Array of slot numbers probed as CPython's dict does (hash(i) == i, perturbed
//     probing), so consecutive int keys touch consecutive memory. A JS Map scatters them, which costs a
//     cache miss per lookup on big dicts. Sets leave `nidx` undefined and keep numbers in `index`.
//   - `index`: a JS Map for (the other) keys whose Python equality JS can decide itself. The Map key is the
//     "fast key" (keyOf): a str is itself; an int is its number/bigint; True/False are 1/0; a float
//     is its JS number (so 1, 1.0 and True are one key, and 0.5 can never collide with an int);
//     an object with object's own __hash__/__eq__ (identity semantics) is the object itself.
//   - `hindex`: for everything else (tuples, frozensets, objects with __hash__/__eq__ written in
//     Python): Python hash -> slot(s); candidates are compared with ==, which may run Python code.
//     The hash of each such slot is kept in `hashes` (no Python code runs when we compact).
// Mixing is fine because a key's kind is fixed by its type: a fast key never equals a generic one
// (documented difference: a user object whose __eq__ claims equality with a str is not found by it).
//
// Functions that may run Python code return `X | NativeGen`; the generic probe restarts if the table
// changed while Python code ran (CPython does the same). `version` changes on every mutation,
// `layout` whenever slot numbers change (iterators use it).

import { PyObject, isPending, type NativeGen, type NativeResult, type PyValue } from './object.js';
import { None, objectType, floatType } from './builtin-types.js';
import { pyErr, TypeError } from './exceptions.js';
import { PyFloat } from './float.js';
import { PyTuple, tupleType } from './tuple.js';
import { intHash, floatHash, strHash, tupleHashOf, identityHash, type Hash } from './hash.js';
import * as ops from './ops.js';
import { CmpOp } from './ops.js';

export interface Table {
  keys: (PyValue | undefined)[];
  vals: (PyValue | undefined)[];
  index: Map<unknown, number>;
  hindex: Map<Hash, number | number[]> | null;
  hashes: (Hash | undefined)[] | null;
  /** Dicts: the number-key index (null until the first number key). Undefined for sets. */
  nidx?: Int32Array | null;
  /** Dicts: buckets of nidx in use (live + deleted). */
  nfill?: number;
  size: number;
  version: number;
  layout: number;
}

/** The marker keyOf returns for keys that need the generic (hash + ==) path. */
export const GENERIC: unknown = Object.freeze({ generic: true });

/** Hooks for other value types (int/str subclasses) to normalise; set by their files. */
export const keyHooks: { subclassKey: ((k: PyObject) => unknown) | null } = { subclassKey: null };

/** The fast Map key for `k`, or GENERIC. Throws TypeError for unhashable keys. */
export function keyOf(k: PyValue): unknown {
  switch (typeof k) {
    case 'string':
    case 'number':
    case 'bigint':
      return k;
    case 'boolean':
      return k ? 1 : 0;
  }
  const o = k as PyObject;
  const t = o.type;
  if (t === floatType) {
    const v = (o as PyFloat).value;
    if (v !== v) return o; // NaN: equal only to itself
    if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
    return v;
  }
  if (t === tupleType) return GENERIC;
  const h = t.lookup('__hash__');
  if (h === None) throw pyErr(TypeError, `unhashable type: '${t.name}'`);
  if (h === objectType.ns.get('__hash__') && t.lookup('__eq__') === objectType.ns.get('__eq__')) return o;
  if (keyHooks.subclassKey) {
    const sk = keyHooks.subclassKey(o);
    if (sk !== undefined) return sk;
  }
  return GENERIC;
}

/** hash(v) with fast paths for the builtin value types. CPython: PyObject_Hash. */
export function hashValue(v: PyValue): Hash | NativeGen {
  switch (typeof v) {
    case 'string':
      return strHash(v);
    case 'number':
      return v === -1 ? -2 : v;
    case 'bigint':
    case 'boolean':
      return intHash(v);
  }
  const o = v as PyObject;
  if (o.type === floatType) {
    const f = (o as PyFloat).value;
    return f !== f ? identityHash(o) : floatHash(f);
  }
  if (o.type === tupleType) return tupleHash(o as PyTuple);
  const r = ops.hash(v);
  return r as Hash | NativeGen;
}

/** CPython: tuplehash. Synchronous when every element hashes natively. */
export function tupleHash(t: PyTuple): Hash | NativeGen {
  const items = t.items;
  const hs: Hash[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const h = hashValue(items[i]);
    if (isPending(h)) return tupleHashGen(items, hs, i, h);
    hs[i] = h as Hash;
  }
  return tupleHashOf(hs);
}

function* tupleHashGen(items: PyValue[], hs: Hash[], i: number, first: NativeGen): NativeGen {
  hs[i] = (yield* first) as Hash;
  for (i++; i < items.length; i++) {
    const h = hashValue(items[i]);
    hs[i] = (isPending(h) ? yield* h : h) as Hash;
  }
  return tupleHashOf(hs);
}

/** Python == decided without running Python code, or undefined when Python code would be needed. */
export function eqFast(a: PyValue, b: PyValue): boolean | undefined {
  if (a === b) return true;
  const ta = typeof a;
  const tb = typeof b;
  if (ta !== 'object' && tb !== 'object') {
    if (ta === 'string' || tb === 'string') return false;
    const x = ta === 'boolean' ? (a ? 1 : 0) : a;
    const y = tb === 'boolean' ? (b ? 1 : 0) : b;
    return x === y; // ints are normalised: a number never equals a bigint
  }
  if (ta === 'object' && (a as PyObject).type === floatType) {
    return floatEq((a as PyFloat).value, b);
  }
  if (tb === 'object' && (b as PyObject).type === floatType) {
    return floatEq((b as PyFloat).value, a);
  }
  if (ta === 'object' && tb === 'object') {
    const oa = a as PyObject, ob = b as PyObject;
    if (oa.type === tupleType && ob.type === tupleType) {
      const x = (oa as PyTuple).items, y = (ob as PyTuple).items;
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) {
        const r = eqFast(x[i], y[i]);
        if (r !== true) return r;
      }
      return true;
    }
  }
  return undefined;
}

function floatEq(f: number, other: PyValue): boolean | undefined {
  switch (typeof other) {
    case 'number':
      return f === other;
    case 'boolean':
      return f === (other ? 1 : 0);
    case 'bigint':
      return Number.isInteger(f) && BigInt(f) === other;
    case 'string':
      return false;
  }
  if ((other as PyObject).type === floatType) return f === (other as PyFloat).value;
  return undefined;
}

/** `a == b` as a JS boolean (CPython: PyObject_RichCompareBool with Py_EQ, identity first). */
export function eqValues(a: PyValue, b: PyValue): boolean | NativeGen {
  const r = eqFast(a, b);
  if (r !== undefined) return r;
  return eqSlow(a, b);
}

function* eqSlow(a: PyValue, b: PyValue): NativeGen {
  let r = ops.richCompare(a, b, CmpOp.Eq);
  if (isPending(r)) r = yield* r;
  if (typeof r === 'boolean') return r;
  let t = ops.isTrue(r as PyValue);
  if (isPending(t as NativeResult)) t = yield* (t as NativeGen);
  return t as boolean;
}

// ---- the number index (CPython: dictobject.c's indices, lookdict / insertdict / build_indices) ------

const EMPTY = -1;
const DUMMY = -2;
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** Bucket hash of a number fast key: the int itself when it fits in 32 bits (as CPython's hash(int)). */
function numHash(x: number): number {
  if ((x | 0) === x) return x;
  f64[0] = x;
  return (u32[0] ^ Math.imul(u32[1], 0x9e3779b1)) | 0;
}

/** Does the live key in slot s have fast key nk? */
function numKeyIs(t: Table, s: number, nk: number): boolean {
  const k = t.keys[s];
  return k === nk || (typeof k !== 'number' && keyOf(k as PyValue) === nk);
}

/** The slot of number fast key nk in a dict, or -1. */
export function numFind(t: Table, nk: number): number {
  const tab = t.nidx;
  if (!tab) return -1;
  const mask = tab.length - 1;
  const h = numHash(nk);
  let i = h & mask;
  let p = h >>> 0;
  for (;;) {
    const s = tab[i];
    if (s === EMPTY) return -1;
    if (s >= 0 && numKeyIs(t, s, nk)) return s;
    p >>>= 5;
    i = (i * 5 + p + 1) & mask;
  }
}

function numPlace(tab: Int32Array, nk: number, slot: number): void {
  const mask = tab.length - 1;
  const h = numHash(nk);
  let i = h & mask;
  let p = h >>> 0;
  while (tab[i] !== EMPTY) {
    p >>>= 5;
    i = (i * 5 + p + 1) & mask;
  }
  tab[i] = slot;
}

/** Rebuild nidx from the slots (after growth or compaction), sized for `extra` more keys. */
function numRebuild(t: Table, extra: number): void {
  const ks = t.keys;
  let n = extra;
  for (let s = 0; s < ks.length; s++) {
    const k = ks[s];
    if (k === undefined || (t.hashes !== null && t.hashes[s] !== undefined)) continue;
    if (typeof k === 'number' || typeof keyOf(k) === 'number') n++;
  }
  let size = 8;
  while (size < n * 3) size *= 2;
  const tab = new Int32Array(size).fill(EMPTY);
  let fill = 0;
  if (n > extra) {
    const hs = t.hashes;
    for (let s = 0; s < ks.length; s++) {
      const k = ks[s];
      if (k === undefined || (hs !== null && hs[s] !== undefined)) continue;
      const nk = typeof k === 'number' ? k : keyOf(k);
      if (typeof nk !== 'number') continue;
      numPlace(tab, nk, s);
      fill++;
    }
  }
  t.nidx = tab;
  t.nfill = fill;
}

function numInsert(t: Table, nk: number, slot: number): void {
  let tab = t.nidx;
  if (!tab || (t.nfill! + 1) * 3 >= tab.length * 2) {
    numRebuild(t, 1);
    tab = t.nidx!;
  }
  numPlace(tab, nk, slot);
  t.nfill!++;
}

function numDelete(t: Table, nk: number, slot: number): void {
  const tab = t.nidx!;
  const mask = tab.length - 1;
  const h = numHash(nk);
  let i = h & mask;
  let p = h >>> 0;
  while (tab[i] !== slot) {
    p >>>= 5;
    i = (i * 5 + p + 1) & mask;
  }
  tab[i] = DUMMY;
}

/** The slot of a fast key (keyOf's result, not GENERIC), or -1. */
export function findFastKey(t: Table, nk: unknown): number {
  if (typeof nk === 'number' && t.nidx !== undefined) return numFind(t, nk);
  const i = t.index.get(nk);
  return i === undefined ? -1 : i;
}

/** The slot of an int or str key in a dict or set (never runs Python code), or -1. */
export function findNumOrStr(t: Table, k: number | string): number {
  if (typeof k === 'number' && t.nidx !== undefined) return numFind(t, k);
  const i = t.index.get(k);
  return i === undefined ? -1 : i;
}

// ---- lookup -------------------------------------------------------------------------------------

/** The slot of `key`, or -1. */
export function find(t: Table, key: PyValue): number | NativeGen {
  if (typeof key === 'number' && t.nidx !== undefined) return numFind(t, key);
  const nk = keyOf(key);
  if (nk !== GENERIC) return findFastKey(t, nk);
  const h = hashValue(key);
  if (isPending(h)) return findAfterHash(t, key, h);
  return probe(t, key, h as Hash);
}

function* findAfterHash(t: Table, key: PyValue, hg: NativeGen): NativeGen {
  const h = (yield* hg) as Hash;
  return yield* settleNum(probe(t, key, h));
}

function* settleNum(r: number | NativeGen): NativeGen {
  return typeof r === 'number' ? r : yield* r;
}

/** Candidates with hash `h`: sync when == is decidable natively. */
export function probe(t: Table, key: PyValue, h: Hash): number | NativeGen {
  const b = t.hindex?.get(h);
  if (b === undefined) return -1;
  if (typeof b === 'number') {
    const r = eqFast(key, t.keys[b] as PyValue);
    if (r === true) return b;
    if (r === false) return -1;
    return probeGen(t, key, h);
  }
  for (let j = 0; j < b.length; j++) if (t.keys[b[j]] === key) return b[j];
  for (let j = 0; j < b.length; j++) {
    const r = eqFast(key, t.keys[b[j]] as PyValue);
    if (r === true) return b[j];
    if (r === undefined) return probeGen(t, key, h);
  }
  return -1;
}

function* probeGen(t: Table, key: PyValue, h: Hash): NativeGen {
  restart: for (;;) {
    const layout = t.layout;
    const version = t.version;
    const b = t.hindex?.get(h);
    if (b === undefined) return -1;
    const cands = typeof b === 'number' ? [b] : b.slice();
    for (const i of cands) {
      const k2 = t.keys[i] as PyValue;
      if (k2 === key) return i;
      const r = eqValues(key, k2);
      const eq = typeof r === 'boolean' ? r : ((yield* r) as boolean);
      if (t.layout !== layout || (t.version !== version && t.keys[i] !== k2)) continue restart;
      if (eq) return i;
    }
    return -1;
  }
}

// ---- mutation -----------------------------------------------------------------------------------

function appendFast(t: Table, nk: unknown, key: PyValue, val: PyValue): void {
  const i = t.keys.length;
  if (typeof nk === 'number' && t.nidx !== undefined) numInsert(t, nk, i);
  else t.index.set(nk, i);
  t.keys.push(key);
  t.vals.push(val);
  if (t.hashes) t.hashes.push(undefined);
  t.size++;
  t.version++;
}

function appendGeneric(t: Table, key: PyValue, val: PyValue, h: Hash): void {
  const i = t.keys.length;
  if (!t.hindex) {
    t.hindex = new Map();
    t.hashes = new Array(i).fill(undefined);
  }
  const b = t.hindex.get(h);
  if (b === undefined) t.hindex.set(h, i);
  else if (typeof b === 'number') t.hindex.set(h, [b, i]);
  else b.push(i);
  t.keys.push(key);
  t.vals.push(val);
  t.hashes!.push(h);
  t.size++;
  t.version++;
}

/** Append an entry known to be absent (copying another table); `h` undefined = fast key. */
export function appendUnique(t: Table, key: PyValue, val: PyValue, h: Hash | undefined): void {
  if (h === undefined) appendFast(t, keyOf(key), key, val);
  else appendGeneric(t, key, val, h);
}

/** t[key] = val. Result None (or a generator when Python code decides hashing/equality). */
export function setItem(t: Table, key: PyValue, val: PyValue): NativeResult {
  const nk = typeof key === 'number' ? key : keyOf(key);
  if (nk !== GENERIC) {
    const i = findFastKey(t, nk);
    if (i < 0) appendFast(t, nk, key, val);
    else {
      t.vals[i] = val;
      t.version++;
    }
    return None;
  }
  const h = hashValue(key);
  if (isPending(h)) return setGen(t, key, val, h);
  const i = probe(t, key, h as Hash);
  if (typeof i !== 'number') return setGen2(t, key, val, h as Hash, i);
  storeAt(t, key, val, h as Hash, i);
  return None;
}

function storeAt(t: Table, key: PyValue, val: PyValue, h: Hash, i: number): void {
  if (i < 0) appendGeneric(t, key, val, h);
  else {
    t.vals[i] = val;
    t.version++;
  }
}

function* setGen(t: Table, key: PyValue, val: PyValue, hg: NativeGen): NativeGen {
  const h = (yield* hg) as Hash;
  const i = yield* settleNum(probe(t, key, h));
  storeAt(t, key, val, h, i as number);
  return None;
}

function* setGen2(t: Table, key: PyValue, val: PyValue, h: Hash, g: NativeGen): NativeGen {
  const i = (yield* g) as number;
  storeAt(t, key, val, h, i);
  return None;
}

/** Insert only if absent; returns the slot's value afterwards (dict.setdefault, set.add). */
export function setDefault(t: Table, key: PyValue, val: PyValue): NativeResult {
  const nk = keyOf(key);
  if (nk !== GENERIC) {
    const i = findFastKey(t, nk);
    if (i < 0) {
      appendFast(t, nk, key, val);
      return val;
    }
    return t.vals[i] as PyValue;
  }
  return setDefaultGen(t, key, val);
}

function* setDefaultGen(t: Table, key: PyValue, val: PyValue): NativeGen {
  const hr = hashValue(key);
  const h = (isPending(hr) ? yield* hr : hr) as Hash;
  const i = (yield* settleNum(probe(t, key, h))) as number;
  if (i >= 0) return t.vals[i] as PyValue;
  appendGeneric(t, key, val, h as Hash);
  return val;
}

/** Remove the entry at slot i (which must be live). */
export function deleteAt(t: Table, i: number): void {
  const k = t.keys[i] as PyValue;
  const h = t.hashes ? t.hashes[i] : undefined;
  if (h !== undefined) {
    const b = t.hindex!.get(h)!;
    if (typeof b === 'number') t.hindex!.delete(h);
    else {
      b.splice(b.indexOf(i), 1);
      if (b.length === 1) t.hindex!.set(h, b[0]);
    }
    t.hashes![i] = undefined;
  } else {
    const nk = keyOf(k);
    if (typeof nk === 'number' && t.nidx !== undefined) numDelete(t, nk, i);
    else t.index.delete(nk);
  }
  t.keys[i] = undefined;
  t.vals[i] = undefined;
  t.size--;
  t.version++;
  const n = t.keys.length;
  if (i === n - 1) {
    // trim trailing holes (keeps popitem O(1))
    let m = n - 1;
    while (m > 0 && t.keys[m - 1] === undefined) m--;
    t.keys.length = m;
    t.vals.length = m;
    if (t.hashes) t.hashes.length = m;
    t.layout++;
  } else if (n - t.size > 16 && n - t.size > t.size) {
    compact(t);
  }
}

/** Squeeze out deleted slots and renumber both indexes. */
export function compact(t: Table): void {
  const ok = t.keys, ov = t.vals, oh = t.hashes;
  const nk: PyValue[] = [], nv: PyValue[] = [];
  const nh: (Hash | undefined)[] | null = oh ? [] : null;
  for (let i = 0; i < ok.length; i++) {
    const k = ok[i];
    if (k === undefined) continue;
    const j = nk.length;
    nk.push(k);
    nv.push(ov[i] as PyValue);
    const h = oh ? oh[i] : undefined;
    if (nh) nh.push(h);
    if (h === undefined) {
      const fk = keyOf(k);
      if (typeof fk !== 'number' || t.nidx === undefined) t.index.set(fk, j);
    }
  }
  t.keys = nk;
  t.vals = nv;
  t.hashes = nh;
  if (t.hindex) {
    t.hindex.clear();
    for (let j = 0; j < nh!.length; j++) {
      const h = nh![j];
      if (h === undefined) continue;
      const b = t.hindex.get(h);
      if (b === undefined) t.hindex.set(h, j);
      else if (typeof b === 'number') t.hindex.set(h, [b, j]);
      else b.push(j);
    }
  }
  if (t.nidx) numRebuild(t, 0);
  t.layout++;
}

export function clearTable(t: Table): void {
  t.keys = [];
  t.vals = [];
  t.index = new Map();
  t.hindex = null;
  t.hashes = null;
  if (t.nidx !== undefined) {
    t.nidx = null;
    t.nfill = 0;
  }
  t.size = 0;
  t.version++;
  t.layout++;
}

/** Slot numbers of live entries, in order: use `for (let i = 0; i < t.keys.length; i++) if (t.keys[i] !== undefined)`. */
export function liveKeys(t: Table): PyValue[] {
  const out: PyValue[] = [];
  const ks = t.keys;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k !== undefined) out.push(k);
  }
  return out;
}
