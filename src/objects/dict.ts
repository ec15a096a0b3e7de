// dict: PyDict, the insertion-ordered mapping used everywhere (instance __dict__, module globals,
// class namespaces, kwargs). Storage and key semantics: hashtable.ts. Python methods: dict-methods.ts.
//
// Two APIs:
//   - the string-key fast API (getStr/setStr/hasStr/delStr): synchronous, allocation-free; what the VM
//     and attribute lookup use. A str key is its own Map key, so these never run Python code.
//   - the generic API (get/set/delete/has/pop...): any hashable key; returns NativeResult because
//     __hash__/__eq__ may be Python code.
// `version` changes on every mutation (LOAD_GLOBAL caches compare it).
//
// Iterating from TS without allocation:
//   for (let i = 0; i < d.keys.length; i++) { const k = d.keys[i]; if (k === undefined) continue; ... d.vals[i] }
// (do not mutate the dict inside such a loop).

import { PyObject, type NativeGen, type NativeResult, type PyValue, isPending } from './object.js';
import type { PyType } from './type.js';
import { builtinType, None } from './builtin-types.js';
import { pyErr, KeyError } from './exceptions.js';
import * as ht from './hashtable.js';
import type { Hash } from './hash.js';

export const dictType = builtinType('dict');

export class PyDict extends PyObject implements ht.Table {
  keys: (PyValue | undefined)[] = [];
  vals: (PyValue | undefined)[] = [];
  index: Map<unknown, number> = new Map();
  hindex: Map<Hash, number | number[]> | null = null;
  hashes: (Hash | undefined)[] | null = null;
  nidx: Int32Array | null = null;
  nfill = 0;
  size = 0;
  version = 0;
  layout = 0;

  constructor(type: PyType = dictType) {
    super(type);
  }

  // ---- string-key fast API ----

  getStr(name: string): PyValue | undefined {
    const i = this.index.get(name);
    return i === undefined ? undefined : this.vals[i];
  }

  setStr(name: string, v: PyValue): void {
    const i = this.index.get(name);
    if (i === undefined) {
      this.index.set(name, this.keys.length);
      this.keys.push(name);
      this.vals.push(v);
      if (this.hashes) this.hashes.push(undefined);
      this.size++;
    } else {
      this.vals[i] = v;
    }
    this.version++;
  }

  hasStr(name: string): boolean {
    return this.index.has(name);
  }

  /** Returns false if the name was absent. */
  delStr(name: string): boolean {
    const i = this.index.get(name);
    if (i === undefined) return false;
    ht.deleteAt(this, i);
    return true;
  }

  // ---- generic API (any hashable key) ----

  /** d[key], or `dflt` when absent (dict.get). */
  getOr(key: PyValue, dflt: PyValue): NativeResult {
    const i = ht.find(this, key);
    if (typeof i === 'number') return i < 0 ? dflt : (this.vals[i] as PyValue);
    return this.getOrGen(i, dflt);
  }

  private *getOrGen(g: NativeGen, dflt: PyValue): NativeGen {
    const i = (yield* g) as number;
    return i < 0 ? dflt : (this.vals[i] as PyValue);
  }

  /** d[key] for a dict that is known to have no __missing__: raises KeyError(key). */
  getItem(key: PyValue): NativeResult {
    const i = ht.find(this, key);
    if (typeof i === 'number') {
      if (i < 0) throw keyError(key);
      return this.vals[i] as PyValue;
    }
    return this.getItemGen(key, i);
  }

  private *getItemGen(key: PyValue, g: NativeGen): NativeGen {
    const i = (yield* g) as number;
    if (i < 0) throw keyError(key);
    return this.vals[i] as PyValue;
  }

  /** Synchronous lookup when possible: the value, undefined when absent, or a NativeGen (returning the value or MISSING). */
  lookup(key: PyValue): PyValue | undefined | NativeGen {
    const i = ht.find(this, key);
    if (typeof i === 'number') return i < 0 ? undefined : (this.vals[i] as PyValue);
    return this.lookupGen(i);
  }

  private *lookupGen(g: NativeGen): NativeGen {
    const i = (yield* g) as number;
    return i < 0 ? MISSING : (this.vals[i] as PyValue);
  }

  /** key in d -> JS boolean (or a generator returning one). */
  has(key: PyValue): boolean | NativeGen {
    const i = ht.find(this, key);
    if (typeof i === 'number') return i >= 0;
    return hasGen(i);
  }

  /** d[key] = v. */
  set(key: PyValue, v: PyValue): NativeResult {
    if (typeof key === 'string') {
      this.setStr(key, v);
      return None;
    }
    return ht.setItem(this, key, v);
  }

  /** del d[key]: raises KeyError when absent. */
  delete(key: PyValue): NativeResult {
    return this.pop(key, undefined);
  }

  /** d.pop(key[, dflt]): without a default, raises KeyError when absent. */
  pop(key: PyValue, dflt: PyValue | undefined): NativeResult {
    const i = ht.find(this, key);
    if (typeof i === 'number') return this.popAt(key, i, dflt);
    return this.popGen(key, i, dflt);
  }

  private *popGen(key: PyValue, g: NativeGen, dflt: PyValue | undefined): NativeGen {
    const i = (yield* g) as number;
    return this.popAt(key, i, dflt);
  }

  private popAt(key: PyValue, i: number, dflt: PyValue | undefined): PyValue {
    if (i < 0) {
      if (dflt === undefined) throw keyError(key);
      return dflt;
    }
    const v = this.vals[i] as PyValue;
    ht.deleteAt(this, i);
    return v;
  }

  setDefault(key: PyValue, dflt: PyValue): NativeResult {
    return ht.setDefault(this, key, dflt);
  }

  clear(): void {
    ht.clearTable(this);
  }

  // ---- conveniences for TS code ----

  keyList(): PyValue[] {
    return ht.liveKeys(this);
  }

  valueList(): PyValue[] {
    const out: PyValue[] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== undefined) out.push(this.vals[i] as PyValue);
    return out;
  }

  /** [key, value] pairs in order (allocates; for non-hot code). */
  *entries(): Generator<[PyValue, PyValue]> {
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k !== undefined) yield [k, this.vals[i] as PyValue];
    }
  }

  /** A shallow copy with the same order (dict.copy); `type` defaults to dict. */
  copy(type: PyType = dictType): PyDict {
    const d = new PyDict(type);
    copyInto(d, this);
    return d;
  }
}

dictType.alloc = (t) => new PyDict(t);

/** A sentinel returned by generator lookups for "absent" (never visible to Python). */
export const MISSING = new PyObject(dictType);

function* hasGen(g: NativeGen): NativeGen {
  return ((yield* g) as number) >= 0;
}

/** KeyError(key) with the key as args[0] (CPython: _PyErr_SetKeyError). */
export function keyError(key: PyValue) {
  const e = pyErr(KeyError);
  e.args = [key];
  return e;
}

/** Overwrite `dst`'s contents with a copy of `src`'s (dst must be empty). Never runs Python code. */
export function copyInto(dst: PyDict, src: ht.Table): void {
  if (dst.size === 0 && src.keys.length === src.size && src.nidx !== undefined) {
    dst.keys = src.keys.slice();
    dst.vals = src.vals.slice();
    dst.index = new Map(src.index);
    dst.nidx = src.nidx ? src.nidx.slice() : null;
    dst.nfill = src.nfill!;
    dst.hindex = src.hindex ? new Map([...src.hindex].map(([h, b]) => [h, typeof b === 'number' ? b : b.slice()])) : null;
    dst.hashes = src.hashes ? src.hashes.slice() : null;
    dst.size = src.size;
    dst.version++;
    dst.layout++;
    return;
  }
  if (dst.size !== 0) throw new Error('copyInto: destination not empty');
  for (let i = 0; i < src.keys.length; i++) {
    const k = src.keys[i];
    if (k === undefined) continue;
    ht.appendUnique(dst, k, src.vals[i] as PyValue, src.hashes ? src.hashes[i] : undefined);
  }
}

/** Insert (k, v) whose hash is known (undefined = fast key) without running Python code when possible. */
export function mergeEntry(dst: ht.Table, k: PyValue, v: PyValue, h: Hash | undefined): NativeResult {
  if (h === undefined) return ht.setItem(dst, k, v);
  const i = ht.probe(dst, k, h);
  if (typeof i === 'number') {
    if (i < 0) ht.setItem(dst, k, v);
    else {
      dst.vals[i] = v;
      dst.version++;
    }
    return None;
  }
  return ht.setItem(dst, k, v);
}

/** Make a dict from JS [key, value] string pairs (module namespaces, kwargs). */
export function dictFromStrings(entries: Iterable<[string, PyValue]>): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) d.setStr(k, v);
  return d;
}

export { isPending };
