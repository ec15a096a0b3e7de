// The abstract object protocol (CPython: Objects/abstract.c, Objects/object.c): what the VM, the
// builtins and the stdlib call to operate on any Python value. Each function takes fast paths for
// the builtin types inline and otherwise dispatches through the type's dunder methods (type.lookup),
// with CPython's rules (reflected operands, NotImplemented, data descriptors before instance dict...).
//
// Every function may run Python code, so each returns a NativeResult (object.ts): the value, or a
// NativeGen the caller must drive (from a generator native: `yield* settle(r)`; from the VM: a native
// frame). Fast paths return plain values and allocate nothing. Errors may be thrown synchronously or
// from the generator; callers handle both (a try around the call and the drive).
//
// This file is the contract (signatures stable, add freely). Implementations live by concern:
//   attr.ts (getAttr/setAttr/delAttr), call.ts (call), ops-arith.ts (binaryOp/unaryOp),
//   ops-compare.ts (richCompare), ops-iter.ts (getIter/iterNext/contains); the rest is below.
// Importing this file also installs the object model's Python-visible methods (object, type,
// descriptors, super, exceptions, module): see the side-effect imports at the end.
//
// OWNER: the object-protocol engineer.

// The operator enums live in a leaf file so that types may use them at load time (import cycles).
export { BinOp, CmpOp, UnaryOp } from './op-enums.js';
import { bigDecimal } from './int-limits.js';
import { PyObject, isPending, type NativeGen, type NativeResult, type PyValue } from './object.js';
import { PyType } from './type.js';
import { typeOf, typeType, None, floatType, strType } from './builtin-types.js';
import { pyErr, TypeError, ValueError, OverflowError } from './exceptions.js';
import { PyTuple, tupleType } from './tuple.js';
import { PyDict, dictType } from './dict.js';
import { PyFloat } from './float.js';
import { intHash } from './hash.js';
import { hashValue } from './hashtable.js';
import { intValue } from './int.js';
import { reprFast } from './repr-util.js';
import { call, callUnbound, guarded } from './call.js';
import { getAttrOpt as getAttrOptImpl } from './attr.js';
import { isInstanceDefault } from './typeobject.js';
import { classGetItem } from './union-alias.js';

export { getAttr, getAttrOpt, setAttr, delAttr, genericGetAttr, genericSetAttr, noAttr } from './attr.js';
export { call, callUnbound, callSpecial, callMethod, callPy, isCallable } from './call.js';
export { binaryOp, unaryOp, ternaryPow, binOpSymbol } from './ops-arith.js';
export { richCompare, strCompare } from './ops-compare.js';
export { getIter, iterNext, iterNextRaise, contains } from './ops-iter.js';

// ---- truth and size --------------------------------------------------------------------------------

/** CPython: PyObject_IsTrue. Result is a JS boolean (or a generator returning one). */
export function isTrue(v: PyValue): boolean | NativeResult {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'bigint':
      return true; // normalised: a bigint is never 0
    case 'string':
      return v.length !== 0;
  }
  if (v === None) return false;
  const t = (v as PyObject).type;
  if (t === floatType) return (v as PyFloat).value !== 0;
  if (t === tupleType) return (v as PyTuple).items.length !== 0;
  if (t === dictType) return (v as PyDict).size !== 0;
  const b = t.lookup('__bool__');
  if (b !== undefined && b !== None) {
    const r = callUnbound(b, v, []);
    if (isPending(r)) return boolGen(r);
    return checkBool(r);
  }
  const l = t.lookup('__len__');
  if (l !== undefined && l !== None) {
    const n = len(v);
    if (isPending(n)) return nonzeroGen(n);
    return n !== 0;
  }
  return true;
}

function checkBool(r: PyValue): boolean {
  if (typeof r !== 'boolean') throw pyErr(TypeError, `__bool__ should return bool, returned ${typeOf(r).name}`);
  return r;
}

function* boolGen(g: NativeGen): NativeGen {
  return checkBool(yield* g);
}

function* nonzeroGen(g: NativeGen): NativeGen {
  return (yield* g) !== 0;
}

/** Number of code points of a JS string (Python's len). */
export function strLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** CPython: PyObject_Size. Result is a JS number. */
export function len(v: PyValue): NativeResult {
  if (typeof v === 'string') return strLen(v);
  if (typeof v === 'object') {
    const t = (v as PyObject).type;
    if (t === tupleType) return (v as PyTuple).items.length;
    if (t === dictType) return (v as PyDict).size;
  }
  const t = typeOf(v);
  const f = t.lookup('__len__');
  if (f === undefined || f === None) throw pyErr(TypeError, `object of type '${t.name}' has no len()`);
  const r = callUnbound(f, v, []);
  if (isPending(r)) return lenGen(r);
  return checkLen(r);
}

function checkLen(r: PyValue): number {
  const n = intValue(r);
  if (n === undefined) throw pyErr(TypeError, `'${typeOf(r).name}' object cannot be interpreted as an integer`);
  if (n < 0) throw pyErr(ValueError, '__len__() should return >= 0');
  if (typeof n === 'bigint') throw pyErr(OverflowError, "cannot fit 'int' into an index-sized integer");
  return n;
}

function* lenGen(g: NativeGen): NativeGen {
  return checkLen(yield* g);
}

// ---- subscription ----------------------------------------------------------------------------------

/** CPython: PyObject_GetItem (incl. __class_getitem__ on classes). */
export function getItem(obj: PyValue, key: PyValue): NativeResult {
  if (typeof obj === 'object') {
    const t = (obj as PyObject).type;
    if (t === tupleType && typeof key === 'number') {
      const items = (obj as PyTuple).items;
      const i = key < 0 ? key + items.length : key;
      if (i >= 0 && i < items.length) return items[i];
    } else if (t === dictType) {
      return (obj as PyDict).getItem(key);
    }
  }
  const t = typeOf(obj);
  const f = t.lookup('__getitem__');
  if (f !== undefined && f !== None) return callUnbound(f, obj, [key]);
  if (obj instanceof PyType) {
    const cg = getAttrOptImpl(obj, '__class_getitem__');
    if (cg !== undefined) {
      if (isPending(cg)) {
        return (function* (): NativeGen {
          const m = yield* cg;
          if (m === undefined) throw pyErr(TypeError, `type '${obj.name}' is not subscriptable`);
          const r = call(m, [key], null);
          return isPending(r) ? yield* r : r;
        })();
      }
      return call(cg, [key], null);
    }
    const ga = classGetItem(obj, key);
    if (ga !== undefined) return ga;
    throw pyErr(TypeError, `type '${obj.name}' is not subscriptable`);
  }
  throw pyErr(TypeError, `'${t.name}' object is not subscriptable`);
}

/** CPython: PyObject_SetItem. */
export function setItem(obj: PyValue, key: PyValue, value: PyValue): NativeResult {
  if (typeof obj === 'object' && (obj as PyObject).type === dictType) return (obj as PyDict).set(key, value);
  const t = typeOf(obj);
  const f = t.lookup('__setitem__');
  if (f === undefined || f === None) throw pyErr(TypeError, `'${t.name}' object does not support item assignment`);
  return callUnbound(f, obj, [key, value]);
}

/** CPython: PyObject_DelItem. */
export function delItem(obj: PyValue, key: PyValue): NativeResult {
  const t = typeOf(obj);
  const f = t.lookup('__delitem__');
  if (f === undefined || f === None) throw pyErr(TypeError, `'${t.name}' object does not support item deletion`);
  return callUnbound(f, obj, [key]);
}

// ---- repr / str / hash / format --------------------------------------------------------------------

function checkStr(r: PyValue, what: string): string {
  if (typeof r === 'string') return r;
  if (r instanceof PyObject && r.type.isSubtypeOf(strType)) return strValueOf(r);
  throw pyErr(TypeError, `${what} returned non-string (type ${typeOf(r).name})`);
}

/** The JS string of a str-subclass instance (str.ts stores it in `value`). */
function strValueOf(o: PyObject): string {
  const v = (o as unknown as { value?: unknown }).value;
  return typeof v === 'string' ? v : String(v);
}

/** CPython: PyObject_Repr. The result is a JS string (or a generator returning one). */
export function repr(v: PyValue): NativeResult {
  const t = typeOf(v);
  if (t.isHeapType === false) {
    const s = reprFast(v);
    if (s !== undefined) return s;
  }
  const f = t.lookup('__repr__') as PyValue;
  const r = callUnbound(f, v, []);
  if (isPending(r)) return strCheckGen(guarded(r, ' while getting the repr of an object'), '__repr__');
  return checkStr(r, '__repr__');
}

function* strCheckGen(g: NativeGen, what: string): NativeGen {
  return checkStr(yield* g, what);
}


/** CPython: PyObject_Str. */
export function str(v: PyValue): NativeResult {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return String(v);
    case 'bigint':
      return bigDecimal(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === None) return 'None';
  const t = (v as PyObject).type;
  const f = t.lookup('__str__') as PyValue;
  const r = callUnbound(f, v, []);
  if (isPending(r)) return strCheckGen(guarded(r, ' while getting the str of an object'), '__str__');
  return checkStr(r, '__str__');
}

/** CPython: PyObject_Hash. The result is a Python int. */
export function hash(v: PyValue): NativeResult {
  if (typeof v !== 'object') return hashValue(v) as NativeResult;
  const t = (v as PyObject).type;
  if (t === floatType || t === tupleType) return hashValue(v) as NativeResult;
  const f = t.lookup('__hash__');
  if (f === undefined || f === None) throw pyErr(TypeError, `unhashable type: '${t.name}'`);
  const r = callUnbound(f, v, []);
  if (isPending(r)) return hashGen(r);
  return checkHash(r);
}

function checkHash(r: PyValue): PyValue {
  const n = intValue(r);
  if (n === undefined) throw pyErr(TypeError, '__hash__ method should return an integer');
  if (typeof n === 'bigint') {
    return n >= -(1n << 63n) && n < 1n << 63n ? n : intHash(n);
  }
  return n === -1 ? -2 : n;
}

function* hashGen(g: NativeGen): NativeGen {
  return checkHash(yield* g);
}

/** CPython: PyObject_Format. */
export function format(v: PyValue, spec: string): NativeResult {
  if (spec === '' && typeof v === 'string') return v;
  const t = typeOf(v);
  const f = t.lookup('__format__') as PyValue;
  const r = callUnbound(f, v, [spec]);
  if (isPending(r)) return formatGen(r);
  return checkFormat(r);
}

function checkFormat(r: PyValue): string {
  if (typeof r !== 'string') throw pyErr(TypeError, `__format__ must return a str, not ${typeOf(r).name}`);
  return r;
}

function* formatGen(g: NativeGen): NativeGen {
  return checkFormat(yield* g);
}

// ---- isinstance / issubclass -----------------------------------------------------------------------

/** isinstance(v, cls): tuples of types, __instancecheck__ on the metaclass. CPython: PyObject_IsInstance. */
export function isInstance(v: PyValue, cls: PyValue): boolean | NativeResult {
  const vt = typeOf(v);
  if (vt === cls) return true;
  if (cls instanceof PyType && cls.type === typeType) return vt.isSubtypeOf(cls);
  if (cls instanceof PyTuple) return anyOf(cls.items, (c) => isInstance(v, c));
  const checker = typeOf(cls).lookup('__instancecheck__');
  if (checker !== undefined && !(cls instanceof PyType && checker === typeType.ns.get('__instancecheck__'))) {
    const r = callUnbound(checker, cls, [v]);
    return isPending(r) ? truthGen(r) : isTrue(r);
  }
  if (!(cls instanceof PyType)) throw pyErr(TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  return isInstanceDefault(v, cls);
}

/** issubclass(sub, cls). CPython: PyObject_IsSubclass. */
export function isSubclass(sub: PyValue, cls: PyValue): boolean | NativeResult {
  if (cls instanceof PyType && cls.type === typeType) {
    if (!(sub instanceof PyType)) throw pyErr(TypeError, 'issubclass() arg 1 must be a class');
    return sub.isSubtypeOf(cls);
  }
  if (cls instanceof PyTuple) return anyOf(cls.items, (c) => isSubclass(sub, c));
  const checker = typeOf(cls).lookup('__subclasscheck__');
  if (checker !== undefined && !(cls instanceof PyType && checker === typeType.ns.get('__subclasscheck__'))) {
    const r = callUnbound(checker, cls, [sub]);
    return isPending(r) ? truthGen(r) : isTrue(r);
  }
  if (!(cls instanceof PyType)) throw pyErr(TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  if (!(sub instanceof PyType)) throw pyErr(TypeError, 'issubclass() arg 1 must be a class');
  return sub.isSubtypeOf(cls);
}

function* truthGen(g: NativeGen): NativeGen {
  const r = yield* g;
  const t = isTrue(r);
  return typeof t === 'boolean' ? t : yield* (t as NativeGen);
}

function anyOf(items: PyValue[], f: (c: PyValue) => boolean | NativeResult): boolean | NativeResult {
  for (let i = 0; i < items.length; i++) {
    const r = f(items[i]);
    if (r === true) return true;
    if (r !== false) return anyGen(r as NativeGen, items, i, f);
  }
  return false;
}

function* anyGen(g: NativeGen, items: PyValue[], i: number, f: (c: PyValue) => boolean | NativeResult): NativeGen {
  if (yield* g) return true;
  for (i++; i < items.length; i++) {
    const r = f(items[i]);
    if (r === true || (r !== false && (yield* (r as NativeGen)))) return true;
  }
  return false;
}

// ---- side effects: install the object model's Python-visible methods --------------------------------
import './object-methods.js';
import './typeobject.js';
import './descriptor-methods.js';
import './super.js';
import './exception-methods.js';
import './exception-group.js';
import './module-methods.js';
import './mappingproxy.js';
import './union-alias.js';
