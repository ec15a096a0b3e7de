// `object`: the root type's methods (CPython: Objects/typeobject.c, object_* functions).
// __getattribute__/__setattr__/__delattr__ live in attr.ts (the attribute machinery compares against
// them); everything else object provides is here: __new__/__init__ with CPython's excess-argument
// rules, __repr__ with a stable fake address, __str__, __eq__/__ne__ and the other comparisons,
// __hash__, __class__ (get/set), __format__, __dir__, __init_subclass__, __subclasshook__, __sizeof__.
//
// object ids: `objectId(o)` gives every object a stable fake address (CPython: id()), consistent
// with hash.ts's identityHash (hash(o) == id(o) >> 4 as in CPython).

import { PyObject, isPending, type NativeGen, type PyValue } from './object.js';
import { PyType } from './type.js';
import { typeOf, objectType, None, NotImplemented } from './builtin-types.js';
import { nativeFunction, nativeMethod } from './native.js';
import { classMethod, defineGetSet } from './descriptors.js';
import { pyErr, TypeError } from './exceptions.js';
import { identityHash } from './hash.js';
import { PyDict } from './dict.js';
import { callUnbound } from './call.js';
import { repr, str, isTrue } from './ops.js';
import { noKw } from './methargs.js';
import { solidBase, layoutBase } from './typeobject.js';
import { pyList } from './list.js';
import { entries as setEntries, type SetTable } from './set-table.js';

/** id(o) for an object: a stable fake address (CPython: the object's address). */
export function objectId(o: PyObject): number {
  return identityHash(o) * 16;
}

/** `0x7f...` as CPython's %p prints it. */
export function addressOf(o: PyObject): string {
  return '0x' + objectId(o).toString(16).padStart(12, '0');
}

/** The __module__ of a type: its own `__module__` entry, else 'builtins'. CPython: type_module. */
export function typeModule(t: PyType): string {
  const m = t.ns.get('__module__');
  return typeof m === 'string' ? m : 'builtins';
}

/** 'mod.Qual' for heap/stdlib types, 'name' for builtins (what reprs print). */
export function typeDisplayName(t: PyType): string {
  const m = typeModule(t);
  return m === 'builtins' ? t.qualname : `${m}.${t.qualname}`;
}

function excessArgs(args: PyValue[], kwargs: Map<string, PyValue> | null): boolean {
  return args.length > 1 || (kwargs !== null && kwargs.size > 0);
}

/** object.__new__ (a non-binding builtin: args[0] is the class). CPython: object_new. */
export const objectNew = nativeFunction('__new__', (args, kwargs) => {
  if (args.length === 0) throw pyErr(TypeError, 'object.__new__(): not enough arguments');
  const cls = args[0];
  if (!(cls instanceof PyType)) throw pyErr(TypeError, `object.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (excessArgs(args, kwargs)) {
    if (cls.lookup('__new__') !== objectNew) {
      throw pyErr(TypeError, 'object.__new__() takes exactly one argument (the type to instantiate)');
    }
    if (cls.lookup('__init__') === objectInit) throw pyErr(TypeError, `${cls.name}() takes no arguments`);
  }
  // CPython: tp_new_wrapper's "is not safe" check, for object.__new__(int). Walk past the classes whose
  // __new__ is Python code (slot_tp_new); the first other one must use object's own __new__. A builtin
  // type without a __new__ of its own (e.g. a stdlib type like string.Template) is fine.
  let staticBase: PyType | undefined = cls;
  while (staticBase !== undefined && staticBase.isHeapType && hasPythonNew(staticBase)) staticBase = layoutBase(staticBase);
  if (staticBase !== undefined && staticBase.lookup('__new__') !== objectNew) {
    throw pyErr(TypeError, `object.__new__(${cls.name}) is not safe, use ${staticBase.name}.__new__()`);
  }
  const abs = cls.lookup('__abstractmethods__');
  if (abs !== undefined) checkAbstract(cls, abs);
  return cls.alloc(cls);
}, 'Create and return a new object.  See help(type) for accurate signature.');
objectNew.qualname = 'object.__new__';

/** True when t's __new__ comes from a class statement (CPython: tp_new == slot_tp_new). */
function hasPythonNew(t: PyType): boolean {
  for (const u of t.mro) {
    if (u.ns.has('__new__')) return u.isHeapType;
  }
  return false;
}

function checkAbstract(cls: PyType, abs: PyValue): void {
  // __abstractmethods__ is a frozenset/set/tuple set by abc; only a non-empty one blocks instantiation.
  // (a set/frozenset is a set table: its members are entries()[0])
  const items = (abs as { items?: PyValue[] }).items ?? (abs as { keyList?: () => PyValue[] }).keyList?.() ??
    ('sk' in (abs as object) ? setEntries(abs as unknown as SetTable)[0] : undefined);
  if (!items || items.length === 0) return;
  const names = items.map(String).sort();
  throw pyErr(TypeError, `Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
}

/** object.__init__. CPython: object_init. */
export const objectInit = nativeMethod('object', '__init__', (args, kwargs) => {
  if (excessArgs(args, kwargs)) {
    const t = typeOf(args[0]);
    if (t.lookup('__init__') !== objectInit) {
      throw pyErr(TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
    }
    if (t.lookup('__new__') === objectNew) throw pyErr(TypeError, `${t.name}() takes no arguments`);
  }
  return None;
}, 'Initialize self.  See help(type(self)) for accurate signature.');

/** CPython: object_repr. */
export function objectRepr(o: PyValue): string {
  const t = typeOf(o);
  return `<${typeDisplayName(t)} object at ${typeof o === 'object' ? addressOf(o) : '0x0'}>`;
}

/** object.__ne__: the inverse of __eq__ unless that is NotImplemented. CPython: object_richcompare. */
function objectNe(self: PyValue, other: PyValue): PyValue | NativeGen {
  const eq = typeOf(self).lookup('__eq__');
  if (eq === objectEq) return self === other ? false : NotImplemented;
  const r = callUnbound(eq as PyValue, self, [other]);
  if (isPending(r)) return neGen(r);
  return invertEq(r);
}

function* neGen(g: NativeGen): NativeGen {
  const r = yield* g;
  const v = invertEq(r);
  return isPending(v) ? yield* v : v;
}

function invertEq(r: PyValue): PyValue | NativeGen {
  if (r === NotImplemented) return r;
  if (typeof r === 'boolean') return !r;
  return invertTruth(r);
}

function* invertTruth(r: PyValue): NativeGen {
  const t = isTrue(r);
  return !(typeof t === 'boolean' ? t : yield* (t as NativeGen));
}

const objectEq = nativeMethod('object', '__eq__', (a) => (a[0] === a[1] ? true : NotImplemented), 'Return self==value.');

const notImpl = (name: string, doc: string) => nativeMethod('object', name, () => NotImplemented, doc);

objectType.define({
  __new__: objectNew,
  __init__: objectInit,
  __repr__: nativeMethod('object', '__repr__', (a) => objectRepr(a[0]), 'Return repr(self).'),
  __str__: nativeMethod('object', '__str__', (a) => repr(a[0]), 'Return str(self).'),
  __hash__: nativeMethod('object', '__hash__', (a) => {
    const o = a[0];
    return typeof o === 'object' ? identityHash(o) : 0;
  }, 'Return hash(self).'),
  __eq__: objectEq,
  __ne__: nativeMethod('object', '__ne__', (a) => objectNe(a[0], a[1]), 'Return self!=value.'),
  __lt__: notImpl('__lt__', 'Return self<value.'),
  __le__: notImpl('__le__', 'Return self<=value.'),
  __gt__: notImpl('__gt__', 'Return self>value.'),
  __ge__: notImpl('__ge__', 'Return self>=value.'),
  __format__: nativeMethod('object', '__format__', (a) => {
    const spec = a[1];
    if (typeof spec !== 'string') throw pyErr(TypeError, `__format__() argument must be str, not ${typeOf(spec).name}`);
    if (spec !== '') throw pyErr(TypeError, `unsupported format string passed to ${typeOf(a[0]).name}.__format__`);
    return str(a[0]);
  }, 'Default object formatter.'),
  __dir__: nativeMethod('object', '__dir__', (a) => {
    // CPython: object___dir___impl: the instance __dict__'s keys, then every attribute of the class's MRO.
    const o = a[0];
    const names = new Set<PyValue>();
    const d = typeof o === 'object' ? o.dict : null;
    if (d !== null) for (const k of d.keyList()) names.add(k);
    for (const t of typeOf(o).mro) for (const k of t.ns.keys()) names.add(k);
    return pyList([...names]);
  }, 'Default dir() implementation.'),
  __sizeof__: nativeMethod('object', '__sizeof__', () => 16, 'Size of object in memory, in bytes.'),
  __init_subclass__: classMethod(nativeFunction('__init_subclass__', (a, kw) => {
    noKw(`${(a[0] as PyType).name}.__init_subclass__`, kw);
    return None;
  }, 'This method is called when a class is subclassed.\n\nThe default implementation does nothing. It may be\noverridden to extend subclasses.\n')),
  __subclasshook__: classMethod(nativeFunction('__subclasshook__', () => NotImplemented,
    'Abstract classes can override this to customize issubclass().')),
  __doc__: 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n',
});

defineGetSet(objectType, '__class__', (o) => typeOf(o), (o, v) => setClass(o, v), "the object's class");

function setClass(o: PyValue, v: PyValue | undefined): void {
  if (v === undefined) throw pyErr(TypeError, "can't delete __class__ attribute");
  if (!(v instanceof PyType)) throw pyErr(TypeError, `__class__ must be set to a class, not '${typeOf(v).name}' object`);
  const old = typeOf(o);
  if (typeof o !== 'object' || !(old.isHeapType && v.isHeapType)) {
    throw pyErr(TypeError, '__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  if (solidBase(old) !== solidBase(v) || old.slotCount !== v.slotCount || old.instancesHaveDict !== v.instancesHaveDict) {
    throw pyErr(TypeError, `__class__ assignment: '${v.name}' object layout differs from '${old.name}'`);
  }
  o.type = v;
}

/** A `__dict__` getset for instances of `owner` (CPython: subtype_dict / subtype_setdict). */
export function defineInstanceDict(owner: PyType): void {
  defineGetSet(owner, '__dict__', (o) => {
    if (typeof o !== 'object') throw pyErr(TypeError, 'This object has no __dict__');
    return (o.dict ??= new PyDict());
  }, (o, v) => {
    if (typeof o !== 'object') throw pyErr(TypeError, 'This object has no __dict__');
    if (v === undefined) throw pyErr(TypeError, 'cannot delete __dict__');
    if (!(v instanceof PyDict)) throw pyErr(TypeError, `__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
    o.dict = v;
  }, 'dictionary for instance variables (if defined)');
}
