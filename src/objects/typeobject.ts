// The `type` type's behaviour (CPython: Objects/typeobject.c, type_new / type_call / type_* getsets):
//   - type.__new__: creating heap types (class statements via the VM's __build_class__, and
//     type(name, bases, ns)): metaclass calculation, best base / instance layout, __slots__ (member
//     descriptors, '__dict__'/'__weakref__' entries), __qualname__/__module__/__doc__, implicit
//     staticmethod/classmethod wrapping, __hash__ = None beside __eq__, __classcell__, __set_name__,
//     __init_subclass__ with class keywords;
//   - type.__call__ (the logic is call.ts's typeCall), type.__init__, type.__prepare__;
//   - the type attributes (__name__, __qualname__, __bases__, __mro__, __dict__, __module__, __doc__,
//     __base__), mro(), __subclasses__(), __instancecheck__, __subclasscheck__, __repr__.
// type.__getattribute__/__setattr__ are in attr.ts.

import { PyObject, settle, type KwArgs, type NativeGen, type PyValue } from './object.js';
import { PyType, MroError, type Alloc } from './type.js';
import { typeOf, objectType, typeType, None, NotImplemented } from './builtin-types.js';
import { functionType, PyFunction, PyCell, PyMethod } from './function.js';
import { nativeFunction, nativeMethod } from './native.js';
import {
  classMethod, staticMethod, defineGetSet, PyMember, PyClassMethod, classmethodType,
} from './descriptors.js';
import { pyErr, TypeError, ValueError, RuntimeError, excTypes } from './exceptions.js';
import { isFinal, markFinal } from './type-flags.js';
import { PyDict } from './dict.js';
import { PyTuple, pyTuple } from './tuple.js';
import { call, callUnbound, typeCall } from './call.js';
import { defineInstanceDict, typeModule, typeDisplayName } from './object-methods.js';
import { mappingProxy } from './mappingproxy.js';
import { toArray } from './seq.js';
import { pyList } from './list.js';
import { currentThread } from '../vm/thread.js';
import { isInstance, isSubclass } from './ops.js';

/** type.__call__ */
export const typeCallFn = nativeMethod('type', '__call__', (a, kw) => {
  const cls = a[0];
  if (!(cls instanceof PyType)) throw pyErr(TypeError, `descriptor '__call__' requires a 'type' object but received a '${typeOf(cls).name}'`);
  return typeCall(cls, a.slice(1), kw);
}, 'Call self as a function.');

/** The __name__ of the module running now (type() called with 3 args sets __module__ from it). */
function callerModuleName(): PyValue | undefined {
  const f = currentThread()?.frame;
  const g = f?.globals;
  return g instanceof PyDict ? g.getStr('__name__') : undefined;
}

/** CPython: _PyType_CalculateMetaclass. */
export function calculateMetaclass(meta: PyType, bases: PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtypeOf(bt)) continue;
    if (bt.isSubtypeOf(winner)) {
      winner = bt;
      continue;
    }
    throw pyErr(TypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** The solid base (instance layout) of a type. CPython: solid_base. */
export function solidBase(t: PyType): PyType {
  if (t.slotNames.length > 0) return t;
  if (t.isHeapType) return bestBase(t.bases)[1];
  const p = t.bases[0];
  if (p === undefined || t.alloc !== p.alloc) return t;
  return solidBase(p);
}

/** CPython: tp_base, the base whose layout `t` extends (undefined for object). */
export function layoutBase(t: PyType): PyType | undefined {
  return t.bases.length ? bestBase(t.bases)[0] : undefined;
}

/** CPython: best_base. [the base whose layout the new type extends, that layout's solid type]. */
function bestBase(bases: PyType[]): [PyType, PyType] {
  let base: PyType | null = null;
  let solid: PyType | null = null;
  for (const b of bases) {
    const s = solidBase(b);
    if (solid === null) {
      base = b;
      solid = s;
    } else if (solid.isSubtypeOf(s)) {
      // keep
    } else if (s.isSubtypeOf(solid)) {
      base = b;
      solid = s;
    } else {
      throw pyErr(TypeError, 'multiple bases have instance lay-out conflict');
    }
  }
  return [base ?? objectType, solid ?? objectType];
}

/** The first non-heap alloc of a type's layout chain, wrapped so that instances get their slot storage. */
const heapAllocs = new Map<Alloc, Alloc>();
function heapAlloc(base: PyType): Alloc {
  if (base.isHeapType) return base.alloc;
  let a = heapAllocs.get(base.alloc);
  if (a === undefined) {
    const root = base.alloc;
    a = (t: PyType) => {
      const o = root(t);
      if (t.slotCount > 0) o.slots = new Array(t.slotCount).fill(undefined);
      return o;
    };
    heapAllocs.set(root, a);
  }
  return a;
}

function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]*$/u.test(s);
}

/** CPython: _Py_Mangle. */
export function mangle(className: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = className.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

function typeArg(v: PyValue, n: number, what: string, ok: boolean): void {
  if (!ok) throw pyErr(TypeError, `type.__new__() argument ${n} must be ${what}, not ${typeOf(v).name}`);
}

/** type.__new__(meta, name, bases, ns, **kwds). A non-binding native (args[0] = the metatype). */
export const typeNew = nativeFunction('__new__', (a, kw) => typeNewGen(a, kw, callerModuleName()),
  'Create and return a new object.  See help(type) for accurate signature.');
typeNew.qualname = 'type.__new__';

function* typeNewGen(a: PyValue[], kw: KwArgs, callerModule: PyValue | undefined): NativeGen {
  const meta = a[0];
  if (!(meta instanceof PyType)) throw pyErr(TypeError, `type.__new__(X): X is not a type object (${typeOf(meta).name})`);
  if (a.length === 2 && (kw === null || kw.size === 0) && meta === typeType) return typeOf(a[1]);
  if (a.length !== 4) throw pyErr(TypeError, a.length === 2 ? 'type() takes 1 or 3 arguments' : 'type.__new__() takes exactly 3 arguments (' + (a.length - 1) + ' given)');
  const [, name, basesObj, nsObj] = a;
  typeArg(name, 1, 'str', typeof name === 'string');
  typeArg(basesObj, 2, 'tuple', basesObj instanceof PyTuple);
  typeArg(nsObj, 3, 'dict', nsObj instanceof PyDict);
  const className = name as string;
  let bases = (basesObj as PyTuple).items;
  const ns = nsObj as PyDict;

  const winner = calculateMetaclass(meta, bases);
  if (winner !== meta) {
    const wn = winner.lookup('__new__');
    if (wn !== typeNew) return yield* settle(call(wn instanceof PyObject && wn.type.name === 'staticmethod' ? (wn as any).fn : wn!, [winner, ...a.slice(1)], kw));
  }
  if (bases.length === 0) bases = [objectType];
  for (const b of bases) {
    if (!(b instanceof PyType)) throw pyErr(TypeError, 'bases must be types');
    if (isFinal(b)) throw pyErr(TypeError, `type '${b.name}' is not an acceptable base type`);
  }
  for (let i = 0; i < bases.length; i++) {
    if (bases.indexOf(bases[i]) !== i) throw pyErr(TypeError, `duplicate base class ${(bases[i] as PyType).name}`);
  }
  const typedBases = bases as PyType[];
  const [base] = bestBase(typedBases);

  // The namespace, in order (str keys only).
  const own = new Map<string, PyValue>();
  for (let i = 0; i < ns.keys.length; i++) {
    const k = ns.keys[i];
    if (typeof k === 'string') own.set(k, ns.vals[i] as PyValue);
  }

  // __slots__
  let hasDict = typedBases.some((b) => b.instancesHaveDict);
  let addDict = false;
  let addWeakref = false;
  let slotNames: string[] = [];
  const slotsObj = own.get('__slots__');
  if (slotsObj === undefined) {
    addDict = !hasDict;
    addWeakref = !typedBases.some((b) => b.isHeapType || b.lookup('__weakref__') !== undefined);
    hasDict = true;
  } else {
    let items: PyValue[];
    if (typeof slotsObj === 'string') items = [slotsObj];
    else {
      const r = toArray(slotsObj);
      items = Array.isArray(r) ? r : ((yield* r) as unknown as PyValue[]);
    }
    for (const s of items) {
      if (typeof s !== 'string') throw pyErr(TypeError, `__slots__ items must be strings, not '${typeOf(s).name}'`);
      if (!isIdentifier(s)) throw pyErr(TypeError, '__slots__ must be identifiers');
      if (s === '__dict__') {
        if (hasDict || addDict) throw pyErr(TypeError, '__dict__ slot disallowed: we already got one');
        addDict = true;
      } else if (s === '__weakref__') {
        if (addWeakref || typedBases.some((b) => b.lookup('__weakref__') !== undefined)) {
          throw pyErr(TypeError, '__weakref__ slot disallowed: either we already got one, or the base type does not support weakrefs');
        }
        addWeakref = true;
      } else {
        const m = mangle(className, s);
        if (slotNames.includes(m)) throw pyErr(TypeError, `duplicate slot name '${s}'`);
        slotNames.push(m);
      }
    }
    for (const m of slotNames) {
      if (own.has(m)) throw pyErr(ValueError, `'${m}' in __slots__ conflicts with class variable`);
    }
    slotNames = slotNames.sort();
    if (slotNames.length > 0 && isVarSized(solidBase(base))) {
      throw pyErr(TypeError, `nonempty __slots__ not supported for subtype of '${solidBase(base).name}'`);
    }
    hasDict = hasDict || addDict;
  }

  let qualname: string = className;
  const q = own.get('__qualname__');
  if (q !== undefined) {
    if (typeof q !== 'string') throw pyErr(TypeError, `type __qualname__ must be a str, not ${typeOf(q).name}`);
    qualname = q;
    own.delete('__qualname__');
  }
  const classcell = own.get('__classcell__');
  own.delete('__classcell__');
  if (!own.has('__module__')) {
    const m = callerModule;
    if (m !== undefined) {
      const rest = [...own];
      own.clear();
      own.set('__module__', m);
      for (const [k, v] of rest) own.set(k, v);
    }
  }

  const alloc = slotNames.length > 0 || !base.isHeapType ? heapAlloc(base) : base.alloc;
  let t: PyType;
  try {
    t = new PyType(meta, className, typedBases, alloc, true);
  } catch (e) {
    if (e instanceof MroError) throw pyErr(TypeError, e.message);
    throw e;
  }
  t.qualname = qualname;
  t.instancesHaveDict = hasDict;
  t.slotNames = slotNames;
  const baseSlots = Math.max(0, ...typedBases.map((b) => b.slotCount));
  t.slotCount = baseSlots + slotNames.length;

  // Implicit wrappers (CPython: type_new_set_attrs / type_new_set_classcell ...).
  const nw = own.get('__new__');
  if (nw instanceof PyFunction) own.set('__new__', staticMethod(nw));
  for (const k of ['__init_subclass__', '__class_getitem__']) {
    const f = own.get(k);
    if (f instanceof PyFunction) own.set(k, classMethod(f));
  }
  if (own.has('__eq__') && !own.has('__hash__')) own.set('__hash__', None);
  slotNames.forEach((m, i) => own.set(m, new PyMember(m, t, baseSlots + i)));
  t.ns = own;
  if (addDict) defineInstanceDict(t);
  if (addWeakref) defineGetSet(t, '__weakref__', () => None, null, 'list of weak references to the object');
  if (!own.has('__doc__')) own.set('__doc__', None);
  t.invalidate();

  if (classcell !== undefined) {
    if (!(classcell instanceof PyCell)) throw pyErr(TypeError, `__classcell__ must be a nonlocal cell, not ${typeOf(classcell).name}`);
    classcell.value = t;
  }

  // __set_name__ (CPython 3.11: errors are wrapped in RuntimeError).
  for (const [k, v] of [...own]) {
    const sn = typeOf(v).lookup('__set_name__');
    if (sn === undefined) continue;
    try {
      yield* settle(callUnbound(sn, v, [t, k]));
    } catch (e) {
      if (!(e instanceof PyObject)) throw e;
      const err = pyErr(RuntimeError, `Error calling __set_name__ on '${typeOf(v).name}' instance '${k}' in '${className}'`);
      err.cause = e;
      err.context = e;
      throw err;
    }
  }

  // super(t, t).__init_subclass__(**kw)
  const mro = t.mro;
  for (let i = 1; i < mro.length; i++) {
    const f = mro[i].ns.get('__init_subclass__');
    if (f === undefined) continue;
    const bound = f instanceof PyClassMethod || (f instanceof PyObject && f.type === classmethodType)
      ? new PyMethod((f as PyClassMethod).fn, t)
      : f;
    yield* settle(call(bound, [], kw));
    break;
  }
  return t;
}

/** Types whose instances have variable size in CPython (no nonempty __slots__ in subclasses). */
function isVarSized(t: PyType): boolean {
  const n = t.name;
  return n === 'int' || n === 'tuple' || n === 'bytes' || n === 'bool';
}

function setName(which: '__name__' | '__qualname__') {
  return (cls: PyValue, v: PyValue | undefined) => {
    const t = cls as PyType;
    if (!t.isHeapType || v === undefined) {
      throw pyErr(TypeError, `cannot ${v === undefined ? 'delete' : 'set'} '${which}' attribute of immutable type '${t.name}'`);
    }
    if (typeof v !== 'string') throw pyErr(TypeError, `can only assign string to ${t.name}.${which}, not '${typeOf(v).name}'`);
    if (which === '__name__') {
      if (v.includes('\0')) throw pyErr(ValueError, 'type name must not contain null characters');
      t.name = v;
    } else {
      t.qualname = v;
    }
  };
}

function getDoc(cls: PyValue): PyValue {
  const t = cls as PyType;
  const d = t.ns.get('__doc__');
  if (d === undefined) return None;
  if (!t.isHeapType) return d;
  const g = typeOf(d).lookup('__get__');
  return g === undefined ? d : (callUnbound(g, d, [None, t]) as PyValue);
}

function reprType(t: PyType): string {
  return `<class '${typeDisplayName(t)}'>`;
}

typeType.define({
  __new__: typeNew,
  __call__: typeCallFn,
  __init__: nativeMethod('type', '__init__', (a, kw) => {
    const n = a.length - 1;
    if (n === 1 && kw !== null && kw.size > 0) throw pyErr(TypeError, 'type.__init__() takes no keyword arguments');
    if (n !== 1 && n !== 3) throw pyErr(TypeError, 'type.__init__() takes 1 or 3 arguments');
    return None;
  }, 'Initialize self.  See help(type(self)) for accurate signature.'),
  __prepare__: classMethod(nativeFunction('__prepare__', () => new PyDict(),
    '__prepare__() -> dict\nused to create the namespace for the class statement')),
  __repr__: nativeMethod('type', '__repr__', (a) => reprType(a[0] as PyType), 'Return repr(self).'),
  __instancecheck__: nativeMethod('type', '__instancecheck__', (a) => isInstanceDefault(a[1], a[0]),
    'Check if an object is an instance.'),
  __subclasscheck__: nativeMethod('type', '__subclasscheck__', (a) => isSubclassDefault(a[1], a[0]),
    'Check if a class is a subclass.'),
  __subclasses__: nativeMethod('type', '__subclasses__', (a) => listOf((a[0] as PyType).subclasses()),
    'Return a list of immediate subclasses.'),
  mro: nativeMethod('type', 'mro', (a) => listOf(computeMroOf(a[0] as PyType)), "Return a type's method resolution order."),
  __dir__: nativeMethod('type', '__dir__', (a) => {
    const names = new Set<string>();
    for (const t of (a[0] as PyType).mro) for (const k of t.ns.keys()) names.add(k);
    return listOf([...names]);
  }, 'Specialized __dir__ implementation for types.'),
  __doc__: "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
});

function computeMroOf(t: PyType): PyValue[] {
  return t.mro.slice();
}

function listOf(items: PyValue[]): PyValue {
  return pyList(items);
}

defineGetSet(typeType, '__name__', (c) => (c as PyType).name, setName('__name__'));
defineGetSet(typeType, '__qualname__', (c) => (c as PyType).qualname, setName('__qualname__'));
defineGetSet(typeType, '__bases__', (c) => pyTuple((c as PyType).bases.slice()), (c, v) => {
  const t = c as PyType;
  if (!t.isHeapType || v === undefined) throw pyErr(TypeError, `cannot ${v === undefined ? 'delete' : 'set'} '__bases__' attribute of immutable type '${t.name}'`);
  if (!(v instanceof PyTuple)) throw pyErr(TypeError, `can only assign tuple to ${t.name}.__bases__, not ${typeOf(v).name}`);
  if (v.items.length === 0) throw pyErr(TypeError, `can only assign non-empty tuple to ${t.name}.__bases__, not ()`);
  for (const b of v.items) {
    if (!(b instanceof PyType)) throw pyErr(TypeError, `${t.name}.__bases__ must be tuple of classes, not '${typeOf(b).name}'`);
    if (b.isSubtypeOf(t)) throw pyErr(TypeError, 'a __bases__ item causes an inheritance cycle');
  }
  try {
    t.setBases(v.items as PyType[]);
  } catch (e) {
    if (e instanceof MroError) throw pyErr(TypeError, e.message);
    throw e;
  }
});
defineGetSet(typeType, '__base__', (c) => {
  const t = c as PyType;
  return t.bases.length ? bestBase(t.bases)[0] : None;
});
defineGetSet(typeType, '__mro__', (c) => pyTuple((c as PyType).mro.slice()));
defineGetSet(typeType, '__dict__', (c) => mappingProxy((c as PyType).ns));
defineGetSet(typeType, '__module__', (c) => {
  const t = c as PyType;
  return t.isHeapType ? (t.ns.get('__module__') ?? None) : typeModule(t);
}, (c, v) => {
  const t = c as PyType;
  if (!t.isHeapType || v === undefined) throw pyErr(TypeError, `cannot ${v === undefined ? 'delete' : 'set'} '__module__' attribute of immutable type '${t.name}'`);
  t.setAttr('__module__', v);
});
defineGetSet(typeType, '__doc__', getDoc, (c, v) => {
  const t = c as PyType;
  if (!t.isHeapType || v === undefined) throw pyErr(TypeError, `cannot ${v === undefined ? 'delete' : 'set'} '__doc__' attribute of immutable type '${t.name}'`);
  t.setAttr('__doc__', v);
});
defineGetSet(typeType, '__abstractmethods__', (c) => {
  const v = (c as PyType).ns.get('__abstractmethods__');
  if (v === undefined || c === typeType) throw pyErr(excTypes.AttributeError, '__abstractmethods__');
  return v;
}, (c, v) => {
  const t = c as PyType;
  if (v === undefined) t.deleteAttr('__abstractmethods__');
  else t.setAttr('__abstractmethods__', v);
});

/** isinstance without __instancecheck__ dispatch (CPython: object_isinstance / recursive_isinstance). */
export function isInstanceDefault(v: PyValue, cls: PyValue): boolean {
  if (!(cls instanceof PyType)) return false;
  return typeOf(v).isSubtypeOf(cls);
}

/** issubclass without __subclasscheck__ dispatch (CPython: recursive_issubclass). */
export function isSubclassDefault(sub: PyValue, cls: PyValue): boolean {
  if (!(sub instanceof PyType)) throw pyErr(TypeError, 'issubclass() arg 1 must be a class');
  if (!(cls instanceof PyType)) throw pyErr(TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return sub.isSubtypeOf(cls);
}

// Types Python code may not subclass.
markFinal(typeOf(None), typeOf(NotImplemented), functionType, typeOf(true));

export { isInstance, isSubclass, reprType };
