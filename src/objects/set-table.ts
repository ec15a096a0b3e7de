// The set/frozenset hash table, laid out exactly as CPython 3.11's (Objects/setobject.c), so that
// iteration order (= slot order) matches CPython wherever the hashes do: ints (hash(i) == i, -1 -> -2,
// big ints modulo 2**61-1), floats, tuples of those, None, bools. (str hashes are randomised per run
// in CPython, so any order is right there; we use our own stable str hash.)
//
// Layout (all arrays have the table's size, mask + 1, a power of two >= 8):
//   keys[i]  the element in slot i, or undefined (unused or dummy)        -- ht.Table's `keys`
//   sh[i]    its hash; undefined = unused slot, null = dummy (deleted)    -- CPython's entry->hash
//   sk[i]    its fast Map key (hashtable.ts keyOf), or GENERIC
// Membership is decided as for dict (hashtable.ts): `index` (fast key -> slot) and `hindex`
// (hash -> slot(s), compared with ==). The CPython probe sequence only decides WHERE a new element
// goes: set_add_entry's walk (LINEAR_PROBES = 9 linear steps, then perturb >>= 5;
// i = (i*5 + 1 + perturb) & mask), taking the last dummy seen on the way, else the unused slot that
// ends the walk; resize when fill*5 >= mask*3 to `used > 50000 ? used*2 : used*4`, re-inserting in
// slot order (set_insert_clean). Deletion leaves a dummy. set.pop scans from `finger`.
//
// Do not: append or compact like dict does (hashtable.ts's mutators must never see a PySet).

import type { PyValue, NativeGen } from './object.js';
import { isPending } from './object.js';
import * as ht from './hashtable.js';
import type { Hash } from './hash.js';

export const SET_MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;

/** The fields of a PySet that this file manages (PySet declares them). */
export interface SetTable extends ht.Table {
  sh: (Hash | null | undefined)[];
  sk: unknown[];
  fill: number;
  finger: number;
}

/** Fresh 8-slot table contents. */
export function emptySlots(s: SetTable): void {
  s.keys = new Array(SET_MINSIZE).fill(undefined);
  s.sh = new Array(SET_MINSIZE).fill(undefined);
  s.sk = new Array(SET_MINSIZE).fill(undefined);
  s.index = new Map();
  s.hindex = null;
  s.fill = 0;
  s.size = 0;
}

/** Unsigned 64-bit halves of a hash (size_t)hash. */
function lo32(h: Hash): number {
  return typeof h === 'number' ? h >>> 0 : Number(BigInt.asUintN(32, h));
}
function hi32(h: Hash): number {
  return typeof h === 'number' ? Math.floor(h / 4294967296) >>> 0 : Number(BigInt.asUintN(64, h) >> 32n);
}

/**
 * The slot set_add_entry stores a new (absent) element with hash h in. Returns the slot, negated
 * minus one when it is a reused dummy (fill does not grow).
 */
function slotForNew(s: SetTable, h: Hash): number {
  const sh = s.sh;
  const mask = sh.length - 1;
  let lo = lo32(h);
  let hi = hi32(h);
  let i = lo & mask;
  let freeslot = -1;
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let e = i;
    do {
      const x = sh[e];
      if (x === undefined) return freeslot >= 0 ? -freeslot - 1 : e;
      if (x === null) freeslot = e;
      e++;
    } while (probes--);
    lo = ((lo >>> PERTURB_SHIFT) | (hi << (32 - PERTURB_SHIFT))) >>> 0;
    hi = hi >>> PERTURB_SHIFT;
    i = (i * 5 + 1 + lo) & mask;
  }
}

/** CPython: set_insert_clean (a table without dummies, no duplicates). */
function insertClean(keys: (PyValue | undefined)[], sh: (Hash | null | undefined)[], h: Hash): number {
  const mask = sh.length - 1;
  let lo = lo32(h);
  let hi = hi32(h);
  let i = lo & mask;
  for (;;) {
    if (sh[i] === undefined) return i;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) if (sh[i + j] === undefined) return i + j;
    }
    lo = ((lo >>> PERTURB_SHIFT) | (hi << (32 - PERTURB_SHIFT))) >>> 0;
    hi = hi >>> PERTURB_SHIFT;
    i = (i * 5 + 1 + lo) & mask;
  }
}

function indexSlot(s: SetTable, nk: unknown, h: Hash, slot: number): void {
  if (nk !== ht.GENERIC) {
    s.index.set(nk, slot);
    return;
  }
  const hi = s.hindex ?? (s.hindex = new Map());
  const b = hi.get(h);
  if (b === undefined) hi.set(h, slot);
  else if (typeof b === 'number') hi.set(h, [b, slot]);
  else b.push(slot);
}

function unindexSlot(s: SetTable, slot: number): void {
  const nk = s.sk[slot];
  if (nk !== ht.GENERIC) {
    s.index.delete(nk);
    return;
  }
  const h = s.sh[slot] as Hash;
  const b = s.hindex!.get(h)!;
  if (typeof b === 'number') s.hindex!.delete(h);
  else {
    b.splice(b.indexOf(slot), 1);
    if (b.length === 1) s.hindex!.set(h, b[0]);
  }
}

/** CPython: set_table_resize. */
export function resize(s: SetTable, minused: number): void {
  let newsize = SET_MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldKeys = s.keys, oldSh = s.sh, oldSk = s.sk;
  if (newsize === SET_MINSIZE && oldKeys.length === SET_MINSIZE && s.fill === s.size) return;
  const keys: (PyValue | undefined)[] = new Array(newsize).fill(undefined);
  const sh: (Hash | null | undefined)[] = new Array(newsize).fill(undefined);
  const sk: unknown[] = new Array(newsize).fill(undefined);
  s.keys = keys;
  s.sh = sh;
  s.sk = sk;
  s.index = new Map();
  s.hindex = null;
  s.fill = s.size;
  for (let i = 0; i < oldKeys.length; i++) {
    const h = oldSh[i];
    if (h === undefined || h === null) continue;
    const j = insertClean(keys, sh, h);
    keys[j] = oldKeys[i];
    sh[j] = h;
    sk[j] = oldSk[i];
    indexSlot(s, oldSk[i], h, j);
  }
  s.version++;
}

/** Store element `key` (known absent; fast key nk, hash h) as set_add_entry does, resizing after. */
export function insertNew(s: SetTable, key: PyValue, nk: unknown, h: Hash): void {
  let slot = slotForNew(s, h);
  if (slot < 0) slot = -slot - 1;
  else s.fill++;
  s.keys[slot] = key;
  s.sh[slot] = h;
  s.sk[slot] = nk;
  indexSlot(s, nk, h, slot);
  s.size++;
  s.version++;
  const mask = s.sh.length - 1;
  if (s.fill * 5 >= mask * 3) resize(s, s.size > 50000 ? s.size * 2 : s.size * 4);
}

/** Turn live slot i into a dummy (CPython: set_discard_entry). */
export function discardAt(s: SetTable, i: number): void {
  unindexSlot(s, i);
  s.keys[i] = undefined;
  s.sh[i] = null;
  s.sk[i] = undefined;
  s.size--;
  s.version++;
}

/**
 * Add `key` with hash `h` (or undefined: compute it) unless present. CPython: set_add_entry / set_add_key.
 * Returns undefined when done synchronously, else a generator (Python __hash__/__eq__ ran).
 */
export function addKey(s: SetTable, key: PyValue, h?: Hash): NativeGen | undefined {
  const nk = ht.keyOf(key);
  if (nk !== ht.GENERIC) {
    if (s.index.has(nk)) return undefined;
    if (h === undefined) {
      const hr = ht.hashValue(key);
      if (isPending(hr)) return addAfterHash(s, key, nk, hr);
      h = hr as Hash;
    }
    insertNew(s, key, nk, h);
    return undefined;
  }
  if (h === undefined) {
    const hr = ht.hashValue(key);
    if (isPending(hr)) return addAfterHash(s, key, nk, hr);
    h = hr as Hash;
  }
  const f = ht.probe(s, key, h);
  if (typeof f !== 'number') return addAfterProbe(s, key, h, f);
  if (f < 0) insertNew(s, key, nk, h);
  return undefined;
}

function* addAfterHash(s: SetTable, key: PyValue, nk: unknown, hg: NativeGen): NativeGen {
  const h = (yield* hg) as Hash;
  if (nk !== ht.GENERIC) {
    if (!s.index.has(nk)) insertNew(s, key, nk, h);
    return undefined as unknown as PyValue;
  }
  const f = ht.probe(s, key, h);
  const i = typeof f === 'number' ? f : ((yield* f) as number);
  if (i < 0) insertNew(s, key, nk, h);
  return undefined as unknown as PyValue;
}

function* addAfterProbe(s: SetTable, key: PyValue, h: Hash, g: NativeGen): NativeGen {
  const i = (yield* g) as number;
  if (i < 0) insertNew(s, key, ht.GENERIC, h);
  return undefined as unknown as PyValue;
}

/** The hash of live slot i. */
export function slotHash(s: SetTable, i: number): Hash {
  return s.sh[i] as Hash;
}

/** CPython: set_merge (so |= other, other a set). */
export function merge(so: SetTable, other: SetTable): NativeGen | undefined {
  if (other === so || other.size === 0) return undefined;
  const mask = so.sh.length - 1;
  if ((so.fill + other.size) * 5 >= mask * 3) resize(so, (so.size + other.size) * 2);
  const ok = other.keys, osh = other.sh, osk = other.sk;
  if (so.fill === 0 && so.sh.length === osh.length && other.fill === other.size) {
    // Same size, no dummies: copy the slots as they are.
    for (let i = 0; i < osh.length; i++) {
      const h = osh[i];
      if (h === undefined || h === null) continue;
      so.keys[i] = ok[i];
      so.sh[i] = h;
      so.sk[i] = osk[i];
      indexSlot(so, osk[i], h, i);
    }
    so.fill = other.fill;
    so.size = other.size;
    so.version++;
    return undefined;
  }
  if (so.fill === 0) {
    so.fill = other.size;
    so.size = other.size;
    for (let i = 0; i < osh.length; i++) {
      const h = osh[i];
      if (h === undefined || h === null) continue;
      const j = insertClean(so.keys, so.sh, h);
      so.keys[j] = ok[i];
      so.sh[j] = h;
      so.sk[j] = osk[i];
      indexSlot(so, osk[i], h, j);
    }
    so.version++;
    return undefined;
  }
  // Possible duplicates: normal insertions (a snapshot, in case __eq__ mutates `other`).
  const ks: PyValue[] = [];
  const hs: Hash[] = [];
  for (let i = 0; i < osh.length; i++) {
    const h = osh[i];
    if (h === undefined || h === null) continue;
    ks.push(ok[i] as PyValue);
    hs.push(h);
  }
  return addEach(so, ks, hs, 0);
}

/** Add ks[i..] (with hashes hs, or computed when hs is null), in order. */
export function addEach(s: SetTable, ks: readonly PyValue[], hs: readonly Hash[] | null, from: number): NativeGen | undefined {
  for (let i = from; i < ks.length; i++) {
    const r = addKey(s, ks[i], hs === null ? undefined : hs[i]);
    if (r !== undefined) return addEachGen(s, ks, hs, i, r);
  }
  return undefined;
}

function* addEachGen(s: SetTable, ks: readonly PyValue[], hs: readonly Hash[] | null, i: number, first: NativeGen): NativeGen {
  yield* first;
  for (i++; i < ks.length; i++) {
    const r = addKey(s, ks[i], hs === null ? undefined : hs[i]);
    if (r !== undefined) yield* r;
  }
  return undefined as unknown as PyValue;
}

/** Live slots' keys and hashes, in slot order (a snapshot). */
export function entries(s: SetTable): [PyValue[], Hash[]] {
  const ks: PyValue[] = [];
  const hs: Hash[] = [];
  const sh = s.sh;
  for (let i = 0; i < sh.length; i++) {
    const h = sh[i];
    if (h === undefined || h === null) continue;
    ks.push(s.keys[i] as PyValue);
    hs.push(h);
  }
  return [ks, hs];
}

/** CPython: set_pop (the search finger makes repeated pops O(1) amortised). */
export function popSlot(s: SetTable): number {
  const mask = s.sh.length - 1;
  let i = s.finger & mask;
  while (s.keys[i] === undefined) {
    i++;
    if (i > mask) i = 0;
  }
  s.finger = i + 1;
  return i;
}
