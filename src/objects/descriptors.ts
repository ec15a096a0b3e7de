// The descriptor objects: property, classmethod, staticmethod, getset descriptors (native attributes
// such as `function.__name__`, `type.__mro__`) and member descriptors (`__slots__` entries).
// CPython: Objects/descrobject.c, funcobject.c (classmethod/staticmethod).
//
// This file holds only their data shapes, types and constructors; it is a LEAF (imports object/type/
// builtin-types/exceptions only), so any file may create descriptors at load time. Their behaviour:
//   - the attribute machinery (attr.ts) recognises these classes by exact type and acts inline;
//   - their Python-visible methods (__get__, __set__, property.setter...) are in descriptor-methods.ts.
//
// Using getset descriptors from other files (the usual way to expose a native attribute):
//   defineGetSet(functionType, '__name__', (f) => (f as PyFunction).name,
//                (f, v) => { if (typeof v !== 'string') throw pyErr(TypeError, '...'); (f as PyFunction).name = v; });
// A getter returns a NativeResult (usually a plain value). A setter receives `undefined` for `del`;
// pass no setter for a read-only attribute (CPython's "attribute '__x__' of 'T' objects is not writable").

import { PyObject, type NativeResult, type PyValue } from './object.js';
import { PyType } from './type.js';
import { builtinType, None } from './builtin-types.js';

export const propertyType = builtinType('property');
export const classmethodType = builtinType('classmethod');
export const staticmethodType = builtinType('staticmethod');
export const getsetDescriptorType = builtinType('getset_descriptor');
export const memberDescriptorType = builtinType('member_descriptor');

export class PyProperty extends PyObject {
  fget: PyValue = None;
  fset: PyValue = None;
  fdel: PyValue = None;
  doc: PyValue = None;
  /** The attribute name (set by __set_name__), used in error messages; None when unknown. */
  name: PyValue = None;
  /** True when `doc` was taken from fget.__doc__ (then getter() copies refresh it, as in CPython). */
  getterDoc = false;
}
propertyType.alloc = (t) => new PyProperty(t);

export class PyClassMethod extends PyObject {
  constructor(type: PyType, public fn: PyValue) {
    super(type);
  }
}
classmethodType.alloc = (t) => new PyClassMethod(t, None);
classmethodType.instancesHaveDict = true;

export class PyStaticMethod extends PyObject {
  constructor(type: PyType, public fn: PyValue) {
    super(type);
  }
}
staticmethodType.alloc = (t) => new PyStaticMethod(t, None);
staticmethodType.instancesHaveDict = true;

export function classMethod(fn: PyValue): PyClassMethod {
  return new PyClassMethod(classmethodType, fn);
}

export function staticMethod(fn: PyValue): PyStaticMethod {
  return new PyStaticMethod(staticmethodType, fn);
}

export type Getter = (obj: PyValue) => NativeResult;
/** `v` is undefined for `del obj.name`. */
export type Setter = (obj: PyValue, v: PyValue | undefined) => NativeResult | void;

export class PyGetSet extends PyObject {
  constructor(
    public name: string,
    public owner: PyType,
    public get: Getter,
    public set: Setter | null,
    public doc: string | null,
  ) {
    super(getsetDescriptorType);
  }
}

/** Create a getset descriptor and store it in `owner`'s namespace. */
export function defineGetSet(owner: PyType, name: string, get: Getter, set: Setter | null = null, doc?: string): PyGetSet {
  const d = new PyGetSet(name, owner, get, set, doc ?? null);
  owner.setAttr(name, d);
  return d;
}

/** A __slots__ member: reads and writes `obj.slots[index]` (undefined = unset). */
export class PyMember extends PyObject {
  constructor(
    public name: string,
    public owner: PyType,
    public index: number,
  ) {
    super(memberDescriptorType);
  }
}
