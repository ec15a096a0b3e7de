// The `abc` module (CPython: Lib/abc.py over Modules/_abc.c; semantics as in Lib/_py_abc.py):
// ABCMeta, ABC, abstractmethod, abstractclassmethod/abstractstaticmethod/abstractproperty,
// get_cache_token, update_abstractmethods.
//
// ABCMeta.__new__ computes __abstractmethods__ (a frozenset) from the namespace and the bases'
// abstract names still abstract in the new class; object.__new__ refuses to instantiate a class whose
// __abstractmethods__ is non-empty (object-methods.ts, CPython's message). Virtual subclasses
// (register), __subclasshook__ and the positive/negative caches live in a JS-side AbcState per
// class (CPython keeps them in the C `_abc_data`), not in the class __dict__. The registry holds its
// classes strongly (CPython: weakly); classes are rarely garbage in practice.
//
// `makeAbc` lets TS modules (collections.abc) define ABCs exactly as a class statement would.

import { settle, type KwArgs, type NativeGen, type PyValue } from '../src/objects/object.js';
import { PyType } from '../src/objects/type.js';
import { None, NotImplemented, typeType, typeOf, objectType } from '../src/objects/builtin-types.js';
import { pyErr, TypeError, RuntimeError } from '../src/objects/exceptions.js';
import { nativeFunction, nativeMethod, type NativeFn, methodTable } from '../src/objects/native.js';
import { PyDict } from '../src/objects/dict.js';
import { pyTuple } from '../src/objects/tuple.js';
import { newSet, frozensetType } from '../src/objects/set.js';
import { staticMethod, classmethodType, staticmethodType, propertyType } from '../src/objects/descriptors.js';
import { typeNew } from '../src/objects/typeobject.js';
import * as ops from '../src/objects/ops.js';
import { defineClass, runSync, getOpt, truth, itemsOf, callM } from './lib/pyclass.js';
import { PyObject } from '../src/objects/object.js';
import { builtinType } from '../src/objects/builtin-types.js';
import { defineInstanceDict, addressOf } from '../src/objects/object-methods.js';
import { PyMethod } from '../src/objects/function.js';
import { defineModule } from './index.js';

type G<T = PyValue> = Generator<any, T, any>;

// ---------------------------------------------------------------------------------------------------
// Per-class ABC state

interface AbcState {
  registry: Set<PyType>;
  cache: Set<PyType>;
  negCache: Set<PyType>;
  negVersion: number;
}
const states = new WeakMap<PyType, AbcState>();
/** CPython: abc_invalidation_counter (bumped by every register()). */
let invalidationCounter = 0;

function stateOf(cls: PyType): AbcState {
  let s = states.get(cls);
  if (s === undefined) {
    s = { registry: new Set(), cache: new Set(), negCache: new Set(), negVersion: invalidationCounter };
    states.set(cls, s);
  }
  return s;
}

function* isAbstract(v: PyValue | undefined): G<boolean> {
  if (v === undefined) return false;
  const a = yield* getOpt(v, '__isabstractmethod__');
  return a === undefined ? false : yield* truth(a);
}

/** CPython: _abc._abc_init's compute_abstract_methods. */
function* computeAbstracts(cls: PyType): G<void> {
  const names: string[] = [];
  for (const [k, v] of cls.ns) if (yield* isAbstract(v)) names.push(k);
  for (const base of cls.bases) {
    const abs = yield* getOpt(base, '__abstractmethods__');
    if (abs === undefined) continue;
    for (const n of yield* itemsOf(abs)) {
      if (typeof n !== 'string' || names.includes(n)) continue;
      const value = yield* getOpt(cls, n);
      if (yield* isAbstract(value)) names.push(n);
    }
  }
  cls.setAttr('__abstractmethods__', newSet(frozensetType, names));
}

function* abcNewGen(a: PyValue[], kw: KwArgs): G {
  const cls = yield* settle(ops.call(typeNew, a, kw));
  if (cls instanceof PyType) {
    yield* computeAbstracts(cls);
    stateOf(cls);
  }
  return cls;
}

function* isSub(sub: PyValue, cls: PyValue): G<boolean> {
  const r = ops.isSubclass(sub, cls);
  return typeof r === 'boolean' ? r : yield* truth(yield* settle(r as NativeGen));
}

function asType(v: PyValue, what: string): PyType {
  if (!(v instanceof PyType)) throw pyErr(TypeError, what);
  return v;
}

/** CPython: _abc__abc_subclasscheck_impl. */
function* subclassCheck(cls: PyType, subclass: PyValue): G<boolean> {
  const sub = asType(subclass, 'issubclass() arg 1 must be a class');
  const st = stateOf(cls);
  if (st.cache.has(sub)) return true;
  if (st.negVersion < invalidationCounter) {
    st.negCache.clear();
    st.negVersion = invalidationCounter;
  } else if (st.negCache.has(sub)) return false;
  // 1. the subclass hook
  const ok = yield* callM(cls, '__subclasshook__', [sub]);
  if (ok !== NotImplemented) {
    const b = yield* truth(ok);
    (b ? st.cache : st.negCache).add(sub);
    return b;
  }
  // 2. a direct subclass
  if (sub.mro.includes(cls)) {
    st.cache.add(sub);
    return true;
  }
  // 3. registered virtual subclasses (recursively)
  for (const r of [...st.registry]) {
    if (yield* isSub(sub, r)) {
      st.cache.add(sub);
      return true;
    }
  }
  // 4. subclasses (recursively)
  for (const s of cls.subclasses()) {
    if (yield* isSub(sub, s)) {
      st.cache.add(sub);
      return true;
    }
  }
  st.negCache.add(sub);
  return false;
}

/** CPython: _abc__abc_instancecheck_impl. */
function* instanceCheck(cls: PyType, instance: PyValue): G<boolean> {
  const subclass = yield* getOpt(instance, '__class__');
  const st = stateOf(cls);
  if (subclass instanceof PyType && st.cache.has(subclass)) return true;
  const subtype = typeOf(instance);
  if (subtype === subclass || subclass === undefined) {
    if (st.negVersion === invalidationCounter && st.negCache.has(subtype)) return false;
    return yield* truth(yield* callM(cls, '__subclasscheck__', [subtype]));
  }
  if (yield* truth(yield* callM(cls, '__subclasscheck__', [subclass]))) return true;
  return yield* truth(yield* callM(cls, '__subclasscheck__', [subtype]));
}

/** ABCMeta.register / the TS side of it: make `sub` a virtual subclass of `cls`. */
export function* register(cls: PyType, subclass: PyValue): G {
  const sub = asType(subclass, 'Can only register classes');
  if (yield* isSub(sub, cls)) return sub; // already a subclass
  if (yield* isSub(cls, sub)) throw pyErr(RuntimeError, 'Refusing to create an inheritance cycle');
  stateOf(cls).registry.add(sub);
  invalidationCounter++;
  return sub;
}

/** Register builtin types while building a module (no Python code can run: plain types only). */
export function registerNative(cls: PyType, ...subs: PyType[]): void {
  for (const s of subs) {
    stateOf(cls).registry.add(s);
  }
  invalidationCounter++;
}

// ---------------------------------------------------------------------------------------------------
// ABCMeta and ABC

export const abcNew = nativeFunction('__new__', (a, kw) => abcNewGen(a, kw));
abcNew.qualname = 'ABCMeta.__new__';

export const ABCMeta: PyType = defineClass('abc', 'ABCMeta', [typeType], {
  __new__: staticMethod(abcNew),
  register: (a) => register(a[0] as PyType, a[1]),
  __instancecheck__: (a) => instanceCheck(a[0] as PyType, a[1]),
  __subclasscheck__: (a) => subclassCheck(a[0] as PyType, a[1]),
  _abc_registry_clear: (a) => (stateOf(a[0] as PyType).registry.clear(), None),
  _abc_caches_clear: (a) => {
    const st = stateOf(a[0] as PyType);
    st.cache.clear();
    st.negCache.clear();
    return None;
  },
  _dump_registry: function* (a): NativeGen {
    const cls = a[0] as PyType;
    const st = stateOf(cls);
    const out = a[1] ?? None;
    const lines = [`Class: ${cls.qualname}`, `Inv. counter: ${invalidationCounter}`,
      `_abc_registry: ${st.registry.size}`, `_abc_cache: ${st.cache.size}`, `_abc_negative_cache: ${st.negCache.size}`];
    for (const l of lines) {
      if (out !== None) yield* callM(out, 'write', [l + '\n']);
    }
    return None;
  },
}, 'Metaclass for defining Abstract Base Classes (ABCs).');

// Abstract methods made in TS: function-like objects with a __dict__ (so they carry
// __isabstractmethod__ = True, __name__, __qualname__) that bind through an instance like functions.
// (Not functools' wrapper type: functools -> collections -> collections.abc -> abc would be a cycle.)
const abstractFnType = builtinType('function');
abstractFnType.ns.set('__module__', 'builtins');
defineInstanceDict(abstractFnType);
abstractFnType.instancesHaveDict = true;

class PyAbstractFn extends PyObject {
  constructor(public impl: NativeFn) {
    super(abstractFnType);
    this.dict = new PyDict();
  }
}
abstractFnType.define(methodTable('function', {
  __call__: (a, kw) => (a[0] as PyAbstractFn).impl(a.slice(1), kw),
  __get__: (a) => (a[1] === undefined || a[1] === None ? a[0] : new PyMethod(a[0], a[1])),
  __repr__: (a) => `<function ${String((a[0] as PyObject).dict?.getStr('__qualname__'))} at ${addressOf(a[0] as PyObject)}>`,
}));

/** A Python-visible abstract method: a function-like object with __isabstractmethod__ = True. */
export function abstractFn(qualname: string, impl: NativeFn = () => None): PyValue {
  const w = new PyAbstractFn(impl);
  const name = qualname.slice(qualname.lastIndexOf('.') + 1);
  w.dict!.setStr('__name__', name);
  w.dict!.setStr('__qualname__', qualname);
  w.dict!.setStr('__isabstractmethod__', true);
  return w;
}

/**
 * `class NAME(*bases, metaclass=ABCMeta)` made from TS: function members become methods, `abstract`
 * names become abstract methods (with the given bodies), other values are stored as they are.
 */
export function makeAbc(module: string, name: string, bases: PyType[], members: Record<string, PyValue | NativeFn>,
  abstract: Record<string, NativeFn> = {}, doc?: string): PyType {
  const ns = new PyDict();
  ns.setStr('__module__', module);
  ns.setStr('__qualname__', name);
  if (doc !== undefined) ns.setStr('__doc__', doc);
  ns.setStr('__slots__', pyTuple([]));
  for (const [k, f] of Object.entries(abstract)) ns.setStr(k, abstractFn(`${name}.${k}`, f));
  for (const [k, v] of Object.entries(members)) ns.setStr(k, typeof v === 'function' ? nativeMethod(name, k, v) : v);
  return runSync(abcNew.fn([ABCMeta, name, pyTuple(bases), ns], null)) as PyType;
}

export const ABC = makeAbc('abc', 'ABC', [objectType], {}, {}, 'Helper class that provides a standard way to create an ABC using\ninheritance.');

// ---------------------------------------------------------------------------------------------------
// Decorators

function* setAbstract(f: PyValue): G {
  yield* settle(ops.setAttr(f, '__isabstractmethod__', true));
  return f;
}

const abstractmethod = nativeFunction('abstractmethod', (a) => {
  if (a.length !== 1) throw pyErr(TypeError, `abstractmethod() takes 1 positional argument but ${a.length} were given`);
  return setAbstract(a[0]);
});

/** abstractclassmethod / abstractstaticmethod / abstractproperty: deprecated subclasses that mark their function abstract. */
function deprecatedAbstract(name: string, base: PyType): PyType {
  return defineClass('abc', name, [base], {
    __isabstractmethod__: true,
    __init__: function* (a, kw): NativeGen {
      if (a[1] !== undefined && a[1] !== None) yield* setAbstract(a[1]);
      yield* settle(ops.callUnbound(base.lookup('__init__')!, a[0], a.slice(1), kw));
      return None;
    },
  });
}

// ---------------------------------------------------------------------------------------------------

export default defineModule({
  name: 'abc',
  doc: 'Abstract Base Classes (ABCs) according to PEP 3119.',
  init: () => ({
    ABCMeta,
    ABC,
    abstractmethod,
    abstractclassmethod: deprecatedAbstract('abstractclassmethod', classmethodType),
    abstractstaticmethod: deprecatedAbstract('abstractstaticmethod', staticmethodType),
    abstractproperty: deprecatedAbstract('abstractproperty', propertyType),
    get_cache_token: () => invalidationCounter,
    update_abstractmethods: (a) => (function* (): G {
      const cls = a[0];
      if (!(cls instanceof PyType) || !cls.ns.has('__abstractmethods__') && (yield* getOpt(cls, '__abstractmethods__')) === undefined) return cls;
      yield* computeAbstracts(cls);
      return cls;
    })(),
  }),
});
