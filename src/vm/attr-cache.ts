// Per-instruction inline caches for LOAD_ATTR and LOAD_METHOD (DESIGN.md decision 4: the real lookup
// rules, made fast by caches keyed on the type's version). An entry records what the full lookup
// proved for one (type, type.version): that the type has no attribute `name` at all and uses
// object.__getattribute__ (so an instance-dict hit is the answer), or that `name` is a plain function /
// method descriptor (so LOAD_METHOD may push it unbound when the instance dict does not shadow it).
// Any change to the type or a base bumps its version, which invalidates the entry.
// Entries live in code.cache[pc] (shared with LOAD_GLOBAL's entries; one kind per instruction).

import type { PyValue } from '../objects/object.js';
import { PyObject } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import { typeOf } from '../objects/builtin-types.js';
import { PyFunction } from '../objects/function.js';
import { PyNativeFunction } from '../objects/native.js';
import { objectGetattribute } from '../objects/attr.js';
import type { CodeObject } from '../compile/code.js';

export const enum AttrKind {
  /** No type attribute: the value is the instance dict's entry. */
  InstanceDict,
  /** A plain method: LOAD_METHOD pushes `method` unbound. */
  Method,
}

export class AttrCache {
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

/** After a slow LOAD_ATTR on obj: remember an instance-dict hit when the rules allow it. */
export function noteAttr(co: CodeObject, pc: number, obj: PyValue, name: string): void {
  if (!(obj instanceof PyObject) || obj instanceof PyType || obj.dict === null) return;
  const t = obj.type;
  if (t.lookup('__getattribute__') !== objectGetattribute || t.lookup(name) !== undefined) return;
  if (!obj.dict.hasStr(name)) return;
  cacheOf(co)[pc] = new AttrCache(t, t.version, AttrKind.InstanceDict, undefined);
}

/**
 * LOAD_METHOD's lookup: the unbound method when `name` is a plain function/method descriptor of
 * type(obj), not shadowed by the instance dict, with object.__getattribute__; else undefined.
 */
export function methodFor(co: CodeObject, pc: number, obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  const c = co.cache === null ? undefined : co.cache[pc];
  let m: PyValue | undefined;
  if (c instanceof AttrCache && c.type === t && c.version === t.version) {
    m = c.method;
  } else {
    m = t.lookup(name);
    if (
      m === undefined ||
      !(m instanceof PyFunction || (m instanceof PyNativeFunction && m.binds && m.self === undefined)) ||
      t.lookup('__getattribute__') !== objectGetattribute
    ) {
      return undefined;
    }
    cacheOf(co)[pc] = new AttrCache(t, t.version, AttrKind.Method, m);
  }
  if (obj instanceof PyObject && obj.dict !== null && obj.dict.hasStr(name)) return undefined;
  return m;
}
