// Per-instruction inline caches for LOAD_ATTR and LOAD_METHOD (DESIGN.md decision 4: the real lookup
// rules, made fast by caches keyed on the type's version). An entry records what the full lookup
// proved for one (type, type.version): that the type has no attribute `name` at all and uses
// object.__getattribute__ (so an instance-dict hit is the answer), or that `name` is a plain function /
// method descriptor (so LOAD_METHOD may push it unbound when the instance dict does not shadow it).
// Any change to the type or a base bumps its version, which invalidates the entry.
// STORE_ATTR (StoreCache) and class calls in CALL (InitCache) use the same scheme.
// Entries live in code.cache[pc] (shared with LOAD_GLOBAL's entries; one kind per instruction).

import type { PyValue } from '../objects/object.js';
import { PyObject } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import { typeOf } from '../objects/builtin-types.js';
import { PyFunction } from '../objects/function.js';
import { PyNativeFunction } from '../objects/native.js';
import { PyProperty, propertyType } from '../objects/descriptors.js';
import { objectGetattribute, objectSetattr } from '../objects/attr.js';
import { objectNew } from '../objects/object-methods.js';
import { typeType } from '../objects/builtin-types.js';
import { CodeFlags } from '../compile/code.js';
import type { CodeObject } from '../compile/code.js';

export const enum AttrKind {
  /** No type attribute: the value is the instance dict's entry. */
  InstanceDict,
  /** A plain method: LOAD_METHOD pushes `method` unbound. */
  Method,
  /**
   * An exact `property` (a data descriptor: it wins over the instance dict): `method` is the property;
   * LOAD_ATTR runs its fget inline when that is a Python function of one parameter.
   */
  Property,
}

export class AttrCache {
  /**
   * InstanceDict: where `name` was last found in an instance dict (a hint: valid for a dict exactly when
   * its key at this slot is the same string; instances built by the same __init__ share slots).
   */
  slot = 0;
  /**
   * Method: the key array of the last instance dict seen not to shadow `name` (a copy, small dicts
   * only). A dict whose `keys` match it slot for slot has exactly those keys, so it lacks `name` too.
   */
  shape: (PyValue | undefined)[] | null = null;
  constructor(
    public type: PyType,
    public version: number,
    public kind: AttrKind,
    public method: PyValue | undefined,
  ) {}
}

function cacheOf(co: CodeObject): unknown[] {
  return co.cache ?? (co.cache = new Array(co.ninstr));
}

/** After a slow LOAD_ATTR on obj: remember an instance-dict hit or a property when the rules allow it. */
export function noteAttr(co: CodeObject, pc: number, obj: PyValue, name: string): void {
  if (!(obj instanceof PyObject) || obj instanceof PyType) return;
  const t = obj.type;
  if (t.lookup('__getattribute__') !== objectGetattribute) return;
  const d = t.lookup(name);
  if (d instanceof PyProperty && d.type === propertyType) {
    cacheOf(co)[pc] = new AttrCache(t, t.version, AttrKind.Property, d);
    return;
  }
  if (obj.dict === null || d !== undefined || !obj.dict.hasStr(name)) return;
  cacheOf(co)[pc] = new AttrCache(t, t.version, AttrKind.InstanceDict, undefined);
}

/**
 * LOAD_METHOD's lookup: the unbound method when `name` is a plain function/method descriptor of
 * type(obj), not shadowed by the instance dict, with object.__getattribute__; else undefined.
 */
export function methodFor(co: CodeObject, pc: number, obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  const c = co.cache === null ? undefined : co.cache[pc];
  let e: AttrCache;
  if (c instanceof AttrCache && c.type === t && c.version === t.version) {
    e = c;
  } else {
    const m = t.lookup(name);
    if (
      m === undefined ||
      !(m instanceof PyFunction || (m instanceof PyNativeFunction && m.binds && m.self === undefined)) ||
      t.lookup('__getattribute__') !== objectGetattribute
    ) {
      return undefined;
    }
    cacheOf(co)[pc] = e = new AttrCache(t, t.version, AttrKind.Method, m);
  }
  if (obj instanceof PyObject && obj.dict !== null) {
    const ks = obj.dict.keys;
    const sh = e.shape;
    if (!sameKeys(ks, sh)) {
      if (obj.dict.hasStr(name)) return undefined;
      e.shape = ks.length <= 8 ? ks.slice() : null;
    }
  }
  return e.method;
}

function sameKeys(ks: (PyValue | undefined)[], sh: (PyValue | undefined)[] | null): boolean {
  if (sh === null || ks.length !== sh.length) return false;
  for (let i = 0; i < ks.length; i++) if (ks[i] !== sh[i]) return false;
  return true;
}

/** STORE_ATTR's cache: instances of `type` (at `version`) store `name` straight into their __dict__. */
export class StoreCache {
  /** The slot hint, as AttrCache.slot. */
  slot = 0;
  constructor(
    public type: PyType,
    public version: number,
  ) {}
}

/**
 * STORE_ATTR's fast path: when type(obj) uses object.__setattr__ and has no attribute `name` at all
 * (so no descriptor can intercept), obj.__dict__[name] = v. Returns false when the full rules must run.
 */
export function storeAttrFast(co: CodeObject, pc: number, obj: PyValue, name: string, v: PyValue): boolean {
  if (typeof obj !== 'object' || obj.dict === null) return false;
  const t = obj.type;
  const c = co.cache === null ? undefined : co.cache[pc];
  if (c instanceof StoreCache && c.type === t && c.version === t.version) {
    const d = obj.dict;
    const s = c.slot;
    if (d.keys[s] === name) {
      // What setStr does for an existing key, without the Map lookup.
      d.vals[s] = v;
      d.version++;
      return true;
    }
    d.setStr(name, v);
    c.slot = d.index.get(name)!;
    return true;
  }
  if (obj instanceof PyType || t.lookup('__setattr__') !== objectSetattr || t.lookup(name) !== undefined) return false;
  cacheOf(co)[pc] = new StoreCache(t, t.version);
  obj.dict.setStr(name, v);
  return true;
}

/** A CALL instruction's cache for `cls(...)`: the class's Python __init__ while cls keeps `version`. */
export class InitCache {
  constructor(
    public type: PyType,
    public version: number,
    public init: PyFunction,
  ) {}
}

/**
 * For a class call `cls(...)`: the Python __init__ to run on a freshly allocated instance, when the
 * metaclass is `type`, __new__ is object.__new__ (with nothing for it to check: no abstract methods)
 * and __init__ is a plain (non-generator) Python function; else undefined.
 */
export function initFor(co: CodeObject, pc: number, cls: PyType): PyFunction | undefined {
  const c = co.cache === null ? undefined : co.cache[pc];
  if (c instanceof InitCache && c.type === cls && c.version === cls.version) return c.init;
  if (cls.type !== typeType || cls.lookup('__new__') !== objectNew || cls.lookup('__abstractmethods__') !== undefined) return undefined;
  const init = cls.lookup('__init__');
  if (!(init instanceof PyFunction) || init.code.flags & CodeFlags.GENERATOR) return undefined;
  cacheOf(co)[pc] = new InitCache(cls, cls.version, init);
  return init;
}
