// Attribute access: the real rules, fast (DESIGN.md decision 4).
// CPython: PyObject_GetAttr / slot_tp_getattr_hook, PyObject_GenericGetAttr, type_getattro,
// module_getattro, PyObject_GenericSetAttr, type_setattro.
//
// getAttr(obj, name) looks up `__getattribute__` and `__getattr__` on type(obj) (PyType.lookup is a
// cached map hit) and, when they are object's/type's/module's own, runs the generic algorithm inline:
//   1. a data descriptor on the type (property, getset, __slots__ member, anything with __set__/__delete__)
//   2. the instance __dict__ (PyDict.getStr: no allocation)
//   3. a non-data descriptor (function -> bound method, classmethod, staticmethod...) or the class attribute
//   4. __getattr__ if the type defines it
// The builtin descriptor kinds are recognised by exact type and handled inline; any other object on
// the type is asked for __get__/__set__/__delete__ on its own type (cached lookups, too).
// The cores return `undefined` for "not found" so hasattr/getattr(default) never build an exception.

import { PyObject, isPending, settle, type NativeGen, type NativeResult, type PyValue } from './object.js';
import { PyType } from './type.js';
import { typeOf, objectType, typeType, None } from './builtin-types.js';
import { functionType, methodType, PyMethod } from './function.js';
import { PyNativeFunction, methodDescriptorType, builtinFunctionType, nativeMethod } from './native.js';
import {
  propertyType, getsetDescriptorType, memberDescriptorType, classmethodType, staticmethodType,
  PyProperty, PyGetSet, PyMember, PyClassMethod, PyStaticMethod,
} from './descriptors.js';
import { AttributeError, TypeError, pyErr, attrErr, isExcOf, type PyBaseException } from './exceptions.js';
import { PyModule, moduleType } from './module.js';
import { PyDict } from './dict.js';
import { call, callUnbound } from './call.js';

// ---- the natives whose presence on a type means "generic rules apply" -----------------------------

function nameArg(v: PyValue | undefined): string {
  if (typeof v === 'string') return v;
  throw pyErr(TypeError, `attribute name must be string, not '${v === undefined ? 'NoneType' : typeOf(v).name}'`);
}

/** object.__getattribute__ */
export const objectGetattribute = nativeMethod('object', '__getattribute__', (a) => {
  const name = nameArg(a[1]);
  const r = genericGetAttr(a[0], typeOf(a[0]), name);
  if (r === undefined) throw noAttr(a[0], name);
  return r;
}, 'Return getattr(self, name).');

/** object.__setattr__ */
export const objectSetattr = nativeMethod('object', '__setattr__', (a) => {
  return genericSetAttr(a[0], typeOf(a[0]), nameArg(a[1]), a[2]);
}, 'Implement setattr(self, name, value).');

/** object.__delattr__ */
export const objectDelattr = nativeMethod('object', '__delattr__', (a) => {
  return genericSetAttr(a[0], typeOf(a[0]), nameArg(a[1]), undefined);
}, 'Implement delattr(self, name).');

/** type.__getattribute__ */
export const typeGetattribute = nativeMethod('type', '__getattribute__', (a) => {
  const cls = a[0];
  if (!(cls instanceof PyType)) throw pyErr(TypeError, `descriptor '__getattribute__' requires a 'type' object but received a '${typeOf(cls).name}'`);
  const name = nameArg(a[1]);
  const r = typeGetAttr(cls, name);
  if (r === undefined) throw noAttr(cls, name);
  return r;
}, 'Return getattr(self, name).');

/** type.__setattr__ */
export const typeSetattr = nativeMethod('type', '__setattr__', (a) => {
  return typeSetAttr(a[0] as PyType, nameArg(a[1]), a[2]);
}, 'Implement setattr(self, name, value).');

/** type.__delattr__ */
export const typeDelattr = nativeMethod('type', '__delattr__', (a) => {
  return typeSetAttr(a[0] as PyType, nameArg(a[1]), undefined);
}, 'Implement delattr(self, name).');

/** module.__getattribute__ (generic, then the module's own __getattr__ function, PEP 562). */
export const moduleGetattribute = nativeMethod('module', '__getattribute__', (a) => {
  const name = nameArg(a[1]);
  const r = moduleGetAttr(a[0], name);
  if (r === undefined) throw noAttr(a[0], name);
  return r;
}, 'Return getattr(self, name).');

objectType.define({ __getattribute__: objectGetattribute, __setattr__: objectSetattr, __delattr__: objectDelattr });
typeType.define({ __getattribute__: typeGetattribute, __setattr__: typeSetattr, __delattr__: typeDelattr });
moduleType.define({ __getattribute__: moduleGetattribute });

// ---- public API ------------------------------------------------------------------------------------

/** CPython: PyObject_GetAttr. */
export function getAttr(obj: PyValue, name: string): NativeResult {
  const t = typeOf(obj);
  const ga = t.lookup('__getattribute__');
  const hook = t.lookup('__getattr__');
  if (hook === undefined) {
    const r = coreGet(obj, t, ga, name);
    if (r === undefined) throw noAttr(obj, name);
    return r;
  }
  let r: NativeResult | undefined;
  try {
    r = coreGet(obj, t, ga, name);
  } catch (e) {
    if (!isExcOf(e, AttributeError)) throw e;
    return callUnbound(hook, obj, [name]);
  }
  if (r === undefined) return callUnbound(hook, obj, [name]);
  if (isPending(r)) return hookGen(r, hook, obj, name);
  return r;
}

function* hookGen(g: NativeGen, hook: PyValue, obj: PyValue, name: string): NativeGen {
  try {
    const v = yield* g;
    if (v !== undefined) return v;
  } catch (e) {
    if (!isExcOf(e, AttributeError)) throw e;
  }
  return yield* settle(callUnbound(hook, obj, [name]));
}

/**
 * Like getAttr, but "no such attribute" gives `undefined` instead of raising AttributeError
 * (hasattr, getattr with a default). A pending result's generator returns undefined when absent.
 */
export function getAttrOpt(obj: PyValue, name: string): NativeResult | undefined {
  const t = typeOf(obj);
  const ga = t.lookup('__getattribute__');
  const hook = t.lookup('__getattr__');
  let r: NativeResult | undefined;
  try {
    r = coreGet(obj, t, ga, name);
    if (r === undefined && hook !== undefined) r = callUnbound(hook, obj, [name]);
  } catch (e) {
    if (!isExcOf(e, AttributeError)) throw e;
    if (hook === undefined) return undefined;
    return hookOpt(hook, obj, name);
  }
  if (isPending(r)) return optGen(r, hook, obj, name);
  return r;
}

function hookOpt(hook: PyValue, obj: PyValue, name: string): NativeResult | undefined {
  try {
    const r = callUnbound(hook, obj, [name]);
    return isPending(r) ? optGen(r, undefined, obj, name) : r;
  } catch (e) {
    if (!isExcOf(e, AttributeError)) throw e;
    return undefined;
  }
}

function* optGen(g: NativeGen, hook: PyValue | undefined, obj: PyValue, name: string): NativeGen {
  try {
    const v = yield* g;
    if (v !== undefined) return v;
  } catch (e) {
    if (!isExcOf(e, AttributeError)) throw e;
  }
  if (hook === undefined) return undefined as unknown as PyValue;
  try {
    return yield* settle(callUnbound(hook, obj, [name]));
  } catch (e) {
    if (!isExcOf(e, AttributeError)) throw e;
    return undefined as unknown as PyValue;
  }
}

/** CPython: PyObject_SetAttr. */
export function setAttr(obj: PyValue, name: string, value: PyValue): NativeResult {
  const t = typeOf(obj);
  const sa = t.lookup('__setattr__');
  if (sa === objectSetattr) return genericSetAttr(obj, t, name, value);
  if (sa === typeSetattr) return typeSetAttr(obj as PyType, name, value);
  return callUnbound(sa as PyValue, obj, [name, value]);
}

/** CPython: PyObject_DelAttr. */
export function delAttr(obj: PyValue, name: string): NativeResult {
  const t = typeOf(obj);
  const da = t.lookup('__delattr__');
  if (da === objectDelattr) return genericSetAttr(obj, t, name, undefined);
  if (da === typeDelattr) return typeSetAttr(obj as PyType, name, undefined);
  return callUnbound(da as PyValue, obj, [name]);
}

/** The AttributeError for a missing attribute, in CPython 3.11's words for obj's kind. */
export function noAttr(obj: PyValue, name: string): PyObject {
  if (obj instanceof PyType) return attrErr(`type object '${obj.name}' has no attribute '${name}'`, obj, name);
  if (obj instanceof PyModule) {
    const n = obj.dict.getStr('__name__');
    return attrErr(typeof n === 'string' ? `module '${n}' has no attribute '${name}'` : `module has no attribute '${name}'`, obj, name);
  }
  return attrErr(`'${typeOf(obj).name}' object has no attribute '${name}'`, obj, name);
}

/** noAttr's text without .name/.obj: CPython sets those only when a lookup fails, not a store or delete. */
function plainNoAttr(obj: PyValue, name: string): PyBaseException {
  const e = noAttr(obj, name) as PyBaseException;
  return pyErr(AttributeError, e.args[0] as string);
}

// ---- the cores --------------------------------------------------------------------------------------

function coreGet(obj: PyValue, t: PyType, ga: PyValue | undefined, name: string): NativeResult | undefined {
  if (ga === objectGetattribute) return genericGetAttr(obj, t, name);
  if (ga === typeGetattribute) return typeGetAttr(obj as PyType, name);
  if (ga === moduleGetattribute) return moduleGetAttr(obj, name);
  return callUnbound(ga as PyValue, obj, [name]);
}

/** True for the builtin descriptor types that are non-data and need no __get__ lookup. */
function isBuiltinNonData(dt: PyType): boolean {
  return dt === functionType || dt === methodDescriptorType || dt === classmethodType || dt === staticmethodType ||
    dt === builtinFunctionType;
}

/** A non-data builtin descriptor `d` (isBuiltinNonData) accessed through `obj` of type `t`. */
function bindBuiltin(d: PyObject, dt: PyType, obj: PyValue, t: PyType): PyValue {
  if (dt === functionType) return new PyMethod(d, obj);
  if (dt === methodDescriptorType) return bindNative(d as PyNativeFunction, obj);
  if (dt === classmethodType) return bindClassMethod(d as PyClassMethod, t);
  if (dt === staticmethodType) return (d as PyStaticMethod).fn;
  return d;
}

/** A method descriptor bound to an instance: `[].append` (CPython: method_get). */
export function bindNative(f: PyNativeFunction, obj: PyValue): PyValue {
  if (f.self !== undefined || !f.binds) return f;
  const b = new PyNativeFunction(f.name, f.fn, false, f.qualname, f.doc ?? undefined);
  b.self = obj;
  b.fn1 = f.fn1;
  b.fn2 = f.fn2;
  return b;
}

export function bindClassMethod(cm: PyClassMethod, cls: PyType): PyValue {
  return new PyMethod(cm.fn, cls);
}

function instDictGet(obj: PyValue, name: string): PyValue | undefined {
  if (typeof obj !== 'object') return undefined;
  const d = obj.dict;
  return d === null ? undefined : d.getStr(name);
}

/** Call a descriptor's __get__ found on its type. */
function descrGet(g: PyValue, d: PyValue, obj: PyValue, t: PyType): NativeResult {
  return callUnbound(g, d, [obj, t]);
}

/** CPython: _PyObject_GenericGetAttrWithDict. `undefined` = not found. */
export function genericGetAttr(obj: PyValue, t: PyType, name: string): NativeResult | undefined {
  const d = t.lookup(name);
  if (d !== undefined && typeof d === 'object') {
    const dt = (d as PyObject).type;
    if (isBuiltinNonData(dt)) {
      const v = instDictGet(obj, name);
      return v !== undefined ? v : bindBuiltin(d as PyObject, dt, obj, t);
    }
    if (dt === getsetDescriptorType) return (d as PyGetSet).get(obj);
    if (dt === memberDescriptorType) return memberGet(d as PyMember, obj);
    if (dt === propertyType) return propertyGet(d as PyProperty, obj);
    const g = dt.lookup('__get__');
    if (g !== undefined) {
      if (dt.lookup('__set__') !== undefined || dt.lookup('__delete__') !== undefined) return descrGet(g, d, obj, t);
      const v = instDictGet(obj, name);
      return v !== undefined ? v : descrGet(g, d, obj, t);
    }
  }
  const v = instDictGet(obj, name);
  return v !== undefined ? v : d;
}

function memberGet(m: PyMember, obj: PyValue): PyValue | undefined {
  const s = typeof obj === 'object' ? obj.slots : null;
  return s === null ? undefined : s[m.index];
}

/** property.__get__(obj) for an instance. */
export function propertyGet(p: PyProperty, obj: PyValue): NativeResult {
  if (p.fget === None) {
    throw pyErr(AttributeError, p.name === None
      ? `property of '${typeOf(obj).name}' object has no getter`
      : `property '${p.name as string}' of '${typeOf(obj).name}' object has no getter`);
  }
  return call(p.fget, [obj], null);
}

/** CPython: type_getattro. `undefined` = not found. */
export function typeGetAttr(cls: PyType, name: string): NativeResult | undefined {
  const meta = cls.type;
  const ma = meta.lookup(name);
  if (ma !== undefined && typeof ma === 'object') {
    const mdt = (ma as PyObject).type;
    if (mdt === getsetDescriptorType) return (ma as PyGetSet).get(cls);
    if (mdt === memberDescriptorType) return memberGet(ma as PyMember, cls);
    if (mdt === propertyType) return propertyGet(ma as PyProperty, cls);
    if (!isBuiltinNonData(mdt)) {
      const g = mdt.lookup('__get__');
      if (g !== undefined && (mdt.lookup('__set__') !== undefined || mdt.lookup('__delete__') !== undefined)) {
        return descrGet(g, ma, cls, meta);
      }
    }
  }
  const a = cls.lookup(name);
  if (a !== undefined) {
    if (typeof a !== 'object') return a;
    const dt = (a as PyObject).type;
    if (dt === classmethodType) return bindClassMethod(a as PyClassMethod, cls);
    if (dt === staticmethodType) return (a as PyStaticMethod).fn;
    if (dt === functionType || dt === methodDescriptorType || dt === builtinFunctionType || dt === propertyType ||
        dt === getsetDescriptorType || dt === memberDescriptorType || dt === methodType || a instanceof PyType) return a;
    const g = dt.lookup('__get__');
    return g !== undefined ? callUnbound(g, a, [None, cls]) : a;
  }
  if (ma !== undefined) {
    if (typeof ma !== 'object') return ma;
    const mdt = (ma as PyObject).type;
    if (isBuiltinNonData(mdt)) return bindBuiltin(ma as PyObject, mdt, cls, meta);
    const g = mdt.lookup('__get__');
    return g !== undefined ? descrGet(g, ma, cls, meta) : ma;
  }
  return undefined;
}

/** CPython: module_getattro. */
export function moduleGetAttr(obj: PyValue, name: string): NativeResult | undefined {
  const r = genericGetAttr(obj, typeOf(obj), name);
  if (r !== undefined) return r;
  const d = typeof obj === 'object' ? obj.dict : null;
  const hook = d === null ? undefined : d.getStr('__getattr__');
  if (hook === undefined) return undefined;
  return call(hook, [name], null);
}

/** CPython: _PyObject_GenericSetAttrWithDict. value undefined = delete. */
export function genericSetAttr(obj: PyValue, t: PyType, name: string, value: PyValue | undefined): NativeResult {
  const d = t.lookup(name);
  if (d !== undefined && typeof d === 'object') {
    const dt = (d as PyObject).type;
    if (!isBuiltinNonData(dt)) {
      if (dt === getsetDescriptorType) {
        const gs = d as PyGetSet;
        if (gs.set === null) throw attrErr(`attribute '${name}' of '${gs.owner.name}' objects is not writable`, obj, name);
        const r = gs.set(obj, value);
        return r === undefined ? None : r;
      }
      if (dt === memberDescriptorType) return memberSet(d as PyMember, obj, value);
      if (dt === propertyType) return propertySet(d as PyProperty, obj, value);
      const s = dt.lookup(value === undefined ? '__delete__' : '__set__');
      if (s !== undefined) return callUnbound(s, d, value === undefined ? [obj] : [obj, value]);
      if (dt.lookup(value === undefined ? '__set__' : '__delete__') !== undefined) {
        throw pyErr(AttributeError, value === undefined ? '__delete__' : '__set__');
      }
    }
  }
  if (typeof obj === 'object') {
    let dict = obj.dict;
    if (dict === null && t.instancesHaveDict && value !== undefined && !(obj instanceof PyType)) dict = obj.dict = new PyDict();
    if (dict !== null) {
      if (value === undefined) {
        if (!dict.delStr(name)) throw plainNoAttr(obj, name);
      } else {
        dict.setStr(name, value);
      }
      return None;
    }
  }
  if (d === undefined) throw plainNoAttr(obj, name);
  throw attrErr(`'${t.name}' object attribute '${name}' is read-only`, obj, name);
}

function memberSet(m: PyMember, obj: PyValue, value: PyValue | undefined): NativeResult {
  const s = typeof obj === 'object' ? obj.slots : null;
  if (s === null) throw pyErr(TypeError, `descriptor '${m.name}' for '${m.owner.name}' objects doesn't apply to a '${typeOf(obj).name}' object`);
  // CPython: member_set -> PyErr_SetString(PyExc_AttributeError, name)
  if (value === undefined && s[m.index] === undefined) throw pyErr(AttributeError, m.name);
  s[m.index] = value;
  return None;
}

/** property.__set__ / __delete__. */
export function propertySet(p: PyProperty, obj: PyValue, value: PyValue | undefined): NativeResult {
  const f = value === undefined ? p.fdel : p.fset;
  if (f === None) {
    const what = value === undefined ? 'deleter' : 'setter';
    throw pyErr(AttributeError, p.name === None
      ? `property of '${typeOf(obj).name}' object has no ${what}`
      : `property '${p.name as string}' of '${typeOf(obj).name}' object has no ${what}`);
  }
  const r = call(f, value === undefined ? [obj] : [obj, value], null);
  return isPending(r) ? noneAfter(r) : None;
}

function* noneAfter(g: NativeGen): NativeGen {
  yield* g;
  return None;
}

/** CPython: type_setattro. value undefined = delete. */
export function typeSetAttr(cls: PyType, name: string, value: PyValue | undefined): NativeResult {
  if (!cls.isHeapType) throw pyErr(TypeError, `cannot set '${name}' attribute of immutable type '${cls.name}'`);
  const meta = cls.type;
  const ma = meta.lookup(name);
  if (ma !== undefined && typeof ma === 'object') {
    const mdt = (ma as PyObject).type;
    if (mdt === getsetDescriptorType || mdt === memberDescriptorType || mdt === propertyType ||
        (!isBuiltinNonData(mdt) && (mdt.lookup('__set__') !== undefined || mdt.lookup('__delete__') !== undefined))) {
      return genericSetAttr(cls, meta, name, value);
    }
  }
  if (value === undefined) {
    if (!cls.ns.has(name)) throw plainNoAttr(cls, name);
    cls.deleteAttr(name);
  } else {
    cls.setAttr(name, value);
  }
  return None;
}
