// The `functools` module (CPython: Modules/_functoolsmodule.c + Lib/functools.py): partial, reduce,
// update_wrapper/wraps, lru_cache/cache, total_ordering, cmp_to_key, cached_property,
// singledispatch/singledispatchmethod.
//
// Wrappers made in TS (the function @contextmanager returns, ContextDecorator's wrapper) are
// instances of a small native function-like type with a __dict__ (so update_wrapper can copy
// __name__/__doc__/__wrapped__ onto them) and a __get__ that binds them like a function.
// lru_cache's wrapper is its own type, `functools._lru_cache_wrapper`, as in CPython. The cache runs
// no lock around the user function (CPython's C version does not either): two threads may compute
// the same missing key; both results are correct and the later one is kept.

import { PyObject, type KwArgs, type NativeGen, type NativeResult, type PyValue } from '../src/objects/object.js';
import { PyType } from '../src/objects/type.js';
import { None, NotImplemented, builtinType, typeOf, objectType } from '../src/objects/builtin-types.js';
import { pyErr, TypeError, ValueError, AttributeError, isExcOf } from '../src/objects/exceptions.js';
import { nativeFunction, nativeMethod, type NativeFn, methodTable } from '../src/objects/native.js';
import { PyDict, MISSING } from '../src/objects/dict.js';
import { PyTuple, pyTuple } from '../src/objects/tuple.js';
import { PyMethod } from '../src/objects/function.js';
import { PyGetSet } from '../src/objects/descriptors.js';
import { addressOf, defineInstanceDict } from '../src/objects/object-methods.js';
import { intValue } from '../src/objects/int.js';
import { reprEnter, reprLeave } from '../src/objects/repr-util.js';
import * as ops from '../src/objects/ops.js';
import { CmpOp } from '../src/objects/ops.js';
import { toArray } from '../src/objects/seq.js';
import { nextGen } from '../src/objects/seq.js';
import { signature } from '../src/builtins/args.js';
import { makeNamedTuple } from './collections.js';
import { PyUnion } from '../src/objects/union-alias.js';
import { mappingProxy } from '../src/objects/mappingproxy.js';
import { drive, truth } from './lib/pyclass.js';
import { defineModule } from './index.js';

type G<T = PyValue> = Generator<any, T, any>;

function meth(owner: string, t: PyType, fns: Record<string, NativeFn>): void {
  const e: Record<string, PyValue> = {};
  for (const [k, f] of Object.entries(fns)) e[k] = nativeMethod(owner, k, f);
  t.define(e);
}
function kwMap(d: PyDict): KwArgs {
  if (d.size === 0) return null;
  const m = new Map<string, PyValue>();
  for (const [k, v] of d.entries()) m.set(k as string, v);
  return m;
}

// ---------------------------------------------------------------------------------------------------
// Function-like wrappers made by natives

export const wrapperType = builtinType('function');
wrapperType.ns.set('__module__', 'builtins');
defineInstanceDict(wrapperType);
wrapperType.instancesHaveDict = true;

export class PyWrapperFn extends PyObject {
  constructor(public impl: (args: PyValue[], kwargs: KwArgs) => NativeResult) {
    super(wrapperType);
  }
}

export function makeWrapper(impl: (args: PyValue[], kwargs: KwArgs) => NativeResult): PyWrapperFn {
  const w = new PyWrapperFn(impl);
  w.dict = new PyDict();
  return w;
}

/** Bind like a function: through an instance, a bound method. */
function bindGet(a: PyValue[]): PyValue {
  const obj = a[1];
  return obj === undefined || obj === None ? a[0] : new PyMethod(a[0], obj);
}

function wrapperName(o: PyObject): string {
  const q = o.dict?.getStr('__qualname__') ?? o.dict?.getStr('__name__');
  return typeof q === 'string' ? q : '<wrapper>';
}

meth('function', wrapperType, {
  __call__: (a, kw) => (a[0] as PyWrapperFn).impl(a.slice(1), kw),
  __get__: bindGet,
  __repr__: (a) => `<function ${wrapperName(a[0] as PyObject)} at ${addressOf(a[0] as PyObject)}>`,
});

// ---------------------------------------------------------------------------------------------------
// update_wrapper / wraps

const WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];
const WRAPPER_UPDATES = ['__dict__'];

/** CPython: functools.update_wrapper. */
export function* updateWrapper(wrapper: PyValue, wrapped: PyValue, assigned: string[] = WRAPPER_ASSIGNMENTS, updated: string[] = WRAPPER_UPDATES): G {
  for (const name of assigned) {
    let v: PyValue | undefined;
    try {
      const r = ops.getAttrOpt(wrapped, name);
      v = r === undefined ? undefined : ((yield* drive(r)) as PyValue | undefined);
    } catch (e) {
      if (isExcOf(e, AttributeError)) continue;
      throw e;
    }
    if (v !== undefined) yield* drive(ops.setAttr(wrapper, name, v));
  }
  for (const name of updated) {
    const target = yield* drive(ops.getAttr(wrapper, name));
    const r = ops.getAttrOpt(wrapped, name);
    const src = r === undefined ? undefined : ((yield* drive(r)) as PyValue | undefined);
    if (src !== undefined) yield* drive(ops.callMethod(target, 'update', [src]));
  }
  yield* drive(ops.setAttr(wrapper, '__wrapped__', wrapped));
  return wrapper;
}

function* strList(v: PyValue | undefined, dflt: string[]): G<string[]> {
  if (v === undefined) return dflt;
  const items = yield* drive<PyValue[]>(toArray(v));
  return items.map((x) => String(x));
}

const updateWrapperSig = signature('update_wrapper', 'wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES');
const updateWrapperFn = nativeFunction('update_wrapper', (args, kwargs) => (function* (): G {
  const [wrapper, wrapped, assigned, updated] = updateWrapperSig.parse(args, kwargs);
  return yield* updateWrapper(wrapper as PyValue, wrapped as PyValue, yield* strList(assigned, WRAPPER_ASSIGNMENTS), yield* strList(updated, WRAPPER_UPDATES));
})());

const wrapsSig = signature('wraps', 'wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES');
const wrapsFn = nativeFunction('wraps', (args, kwargs) => {
  const [wrapped, assigned, updated] = wrapsSig.parse(args, kwargs);
  const kw = new Map<string, PyValue>([['wrapped', wrapped as PyValue]]);
  if (assigned !== undefined) kw.set('assigned', assigned);
  if (updated !== undefined) kw.set('updated', updated);
  return newPartial(partialType, updateWrapperFn, [], kw);
});

// ---------------------------------------------------------------------------------------------------
// partial

export const partialType = builtinType('partial');
partialType.ns.set('__module__', 'functools');
partialType.instancesHaveDict = true;

class PyPartial extends PyObject {
  func: PyValue = None;
  args: PyValue[] = [];
  kw = new PyDict();
}
partialType.alloc = (t) => new PyPartial(t);

function newPartial(cls: PyType, func: PyValue, args: PyValue[], kwargs: KwArgs): PyPartial {
  if (!ops.isCallable(func)) throw pyErr(TypeError, 'the first argument must be callable');
  const p = cls.alloc(cls) as PyPartial;
  p.dict = new PyDict();
  let kw = new PyDict();
  if (func instanceof PyPartial && func.type === partialType && func.dict !== null && func.dict.size === 0) {
    args = [...func.args, ...args];
    kw = func.kw.copy();
    func = func.func;
  }
  if (kwargs !== null) for (const [k, v] of kwargs) kw.setStr(k, v);
  p.func = func;
  p.args = args;
  p.kw = kw;
  return p;
}

partialType.define({
  __new__: nativeFunction('__new__', (args, kwargs) => {
    if (args.length < 2) throw pyErr(TypeError, "type 'partial' takes at least one argument");
    return newPartial(args[0] as PyType, args[1], args.slice(2), kwargs);
  }),
});
meth('partial', partialType, {
  __call__: (a, kw) => {
    const p = a[0] as PyPartial;
    let merged: KwArgs = kwMap(p.kw);
    if (kw !== null && kw.size) {
      merged = new Map(merged ?? []);
      for (const [k, v] of kw) merged.set(k, v);
    }
    return ops.call(p.func, [...p.args, ...a.slice(1)], merged);
  },
  __repr__: (a) => (function* (): G {
    const p = a[0] as PyPartial;
    const q = p.type === partialType ? 'functools.partial' : p.type.qualname;
    if (!reprEnter(p)) return '...';
    try {
      const parts = [(yield* drive(ops.repr(p.func))) as string];
      for (const x of p.args) parts.push((yield* drive(ops.repr(x))) as string);
      for (const [k, v] of p.kw.entries()) parts.push(`${k as string}=${(yield* drive(ops.repr(v))) as string}`);
      return `${q}(${parts.join(', ')})`;
    } finally {
      reprLeave(p);
    }
  })(),
  __reduce__: (a) => {
    const p = a[0] as PyPartial;
    return pyTuple([p.type, pyTuple([p.func]), pyTuple([p.func, pyTuple(p.args), p.kw, p.dict ?? None])]);
  },
  __class_getitem__: (a) => a[0],
});
partialType.define({
  func: new PyGetSet('func', partialType, (o) => (o as PyPartial).func, null, 'function object to use in future partial calls'),
  args: new PyGetSet('args', partialType, (o) => pyTuple((o as PyPartial).args.slice()), null, 'tuple of arguments to future partial calls'),
  keywords: new PyGetSet('keywords', partialType, (o) => (o as PyPartial).kw, null, 'dictionary of keyword arguments to future partial calls'),
});

// ---------------------------------------------------------------------------------------------------
// partialmethod (CPython: functools.partialmethod, Python code there; a native type here)

export const partialmethodType = builtinType('partialmethod');
partialmethodType.ns.set('__module__', 'functools');
partialmethodType.instancesHaveDict = true;

class PyPartialMethod extends PyObject {
  func: PyValue = None;
  args: PyValue[] = [];
  kw = new PyDict();
}
partialmethodType.alloc = (t) => new PyPartialMethod(t);

function pmOf(v: PyValue): PyPartialMethod {
  if (!(v instanceof PyPartialMethod)) throw pyErr(TypeError, `descriptor requires a 'partialmethod' object but received '${typeOf(v).name}'`);
  return v;
}

meth('partialmethod', partialmethodType, {
  __init__: (a, kw) => {
    const self = pmOf(a[0]);
    if (a.length < 2) throw pyErr(TypeError, "partialmethod.__init__() missing 1 required positional argument: 'func'");
    let func = a[1];
    let args = a.slice(2);
    const keywords = new PyDict();
    return (function* (): G {
      if (!ops.isCallable(func) && ops.getAttrOpt(func, '__get__') === undefined) {
        throw pyErr(TypeError, `${(yield* drive(ops.repr(func))) as string} is not callable or a descriptor`);
      }
      if (func instanceof PyPartialMethod) {
        // flattening is mandatory in order to place cls/self before all other arguments
        args = [...func.args, ...args];
        for (const [k, v] of func.kw.entries()) keywords.set(k, v);
        func = func.func;
      }
      if (kw !== null) for (const [k, v] of kw) keywords.setStr(k, v);
      self.func = func;
      self.args = args;
      self.kw = keywords;
      return None;
    })();
  },
  __get__: (a) => (function* (): G {
    const self = pmOf(a[0]);
    const obj = a[1] ?? None;
    const cls = a[2] ?? None;
    const getR = ops.getAttrOpt(self.func, '__get__');
    const get = getR === undefined ? undefined : ((yield* drive(getR)) as PyValue | undefined);
    if (get !== undefined) {
      const newFunc = (yield* drive(ops.call(get, [obj, cls], null))) as PyValue;
      if (newFunc !== self.func) {
        const result = newPartial(partialType, newFunc, self.args.slice(), kwMap(self.kw));
        const sr = ops.getAttrOpt(newFunc, '__self__');
        const selfAttr = sr === undefined ? undefined : ((yield* drive(sr)) as PyValue | undefined);
        if (selfAttr !== undefined) result.dict!.setStr('__self__', selfAttr);
        return result;
      }
    }
    // _make_unbound_method().__get__(obj, cls)
    const w = makeWrapper((args, kw) => {
      if (args.length < 1) throw pyErr(TypeError, "_method() missing 1 required positional argument: 'cls_or_self'");
      let merged: KwArgs = kwMap(self.kw);
      if (kw !== null && kw.size) {
        merged = new Map(merged ?? []);
        for (const [k, v] of kw) merged.set(k, v);
      }
      return ops.call(self.func, [args[0], ...self.args, ...args.slice(1)], merged);
    });
    w.dict!.setStr('__isabstractmethod__', false);
    w.dict!.setStr('_partialmethod', self);
    return obj === None ? w : new PyMethod(w, obj);
  })(),
  __repr__: (a) => (function* (): G {
    const p = pmOf(a[0]);
    const parts = [(yield* drive(ops.repr(p.func))) as string];
    for (const x of p.args) parts.push((yield* drive(ops.repr(x))) as string);
    for (const [k, v] of p.kw.entries()) parts.push(`${k as string}=${(yield* drive(ops.repr(v))) as string}`);
    return `functools.partialmethod(${parts.join(', ')})`;
  })(),
  __class_getitem__: (a) => a[0],
});
partialmethodType.define({
  func: new PyGetSet('func', partialmethodType, (o) => (o as PyPartialMethod).func, null, null),
  args: new PyGetSet('args', partialmethodType, (o) => pyTuple((o as PyPartialMethod).args.slice()), null, null),
  keywords: new PyGetSet('keywords', partialmethodType, (o) => (o as PyPartialMethod).kw, null, null),
  __isabstractmethod__: new PyGetSet('__isabstractmethod__', partialmethodType, (o) => {
    const r = ops.getAttrOpt((o as PyPartialMethod).func, '__isabstractmethod__');
    if (r === undefined) return false;
    return (function* (): G {
      const v = (yield* drive(r)) as PyValue | undefined;
      return v === undefined ? false : yield* truth(v);
    })();
  }, null, null),
});

// ---------------------------------------------------------------------------------------------------
// reduce

const reduceFn = nativeFunction('reduce', (args, kwargs) => (function* (): G {
  if (kwargs !== null && kwargs.size) throw pyErr(TypeError, 'reduce() takes no keyword arguments');
  if (args.length < 2) throw pyErr(TypeError, `reduce expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3) throw pyErr(TypeError, `reduce expected at most 3 arguments, got ${args.length}`);
  const [fn, seq] = args;
  let it: PyValue;
  try {
    it = yield* drive(ops.getIter(seq));
  } catch (e) {
    if (isExcOf(e, TypeError)) {
      const err = pyErr(TypeError, 'reduce() arg 2 must support iteration');
      throw err;
    }
    throw e;
  }
  let acc: PyValue | undefined = args[2];
  for (;;) {
    const v = yield* nextGen(it);
    if (v === undefined) break;
    acc = acc === undefined ? v : yield* drive(ops.call(fn, [acc, v], null));
  }
  if (acc === undefined) throw pyErr(TypeError, 'reduce() of empty iterable with no initial value');
  return acc;
})());

// ---------------------------------------------------------------------------------------------------
// lru_cache

const cacheInfoType = makeNamedTuple({ typename: 'CacheInfo', fields: ['hits', 'misses', 'maxsize', 'currsize'], module: 'functools' });

export const lruWrapperType = builtinType('_lru_cache_wrapper');
lruWrapperType.ns.set('__module__', 'functools');
lruWrapperType.instancesHaveDict = true;
defineInstanceDict(lruWrapperType);

class PyLru extends PyObject {
  fn: PyValue = None;
  maxsize: number | null = 128;
  typed = false;
  cache = new PyDict();
  hits = 0;
  misses = 0;
}

/** A marker separating positional from keyword parts of a key (CPython: kwd_mark). */
const kwdMark = new PyObject(objectType);

function* makeKey(args: PyValue[], kwargs: KwArgs, typed: boolean): G {
  const parts: PyValue[] = args.slice();
  if (kwargs !== null && kwargs.size) {
    parts.push(kwdMark);
    for (const [k, v] of kwargs) parts.push(k, v);
  }
  if (typed) {
    for (const a of args) parts.push(typeOf(a));
    if (kwargs !== null) for (const v of kwargs.values()) parts.push(typeOf(v));
  } else if (parts.length === 1 && (typeof parts[0] === 'number' || typeof parts[0] === 'string')) {
    return parts[0];
  }
  return new PyTuple(parts);
}

function* lruCall(c: PyLru, args: PyValue[], kwargs: KwArgs): G {
  if (c.maxsize === 0) {
    c.misses++;
    return yield* drive(ops.call(c.fn, args, kwargs));
  }
  const key = yield* makeKey(args, kwargs, c.typed);
  const hit = c.cache.lookup(key);
  let found: PyValue | undefined;
  if (hit === undefined || hit instanceof PyObject || typeof hit !== 'object') found = hit as PyValue | undefined;
  else found = yield* (hit as NativeGen);
  if (found === MISSING) found = undefined;
  if (found !== undefined) {
    c.hits++;
    if (c.maxsize !== null) {
      // move to the most recently used end
      yield* drive(c.cache.delete(key));
      yield* drive(c.cache.set(key, found as PyValue));
    }
    return found as PyValue;
  }
  c.misses++;
  const r = yield* drive(ops.call(c.fn, args, kwargs));
  yield* drive(c.cache.set(key, r));
  if (c.maxsize !== null && c.cache.size > c.maxsize) {
    const oldest = c.cache.keyList()[0];
    yield* drive(c.cache.delete(oldest));
  }
  return r;
}


meth('_lru_cache_wrapper', lruWrapperType, {
  __call__: (a, kw) => lruCall(a[0] as PyLru, a.slice(1), kw),
  __get__: bindGet,
  cache_info: (a) => {
    const c = a[0] as PyLru;
    const t = cacheInfoType.alloc(cacheInfoType) as PyTuple;
    t.items = [c.hits, c.misses, c.maxsize ?? None, c.cache.size];
    return t;
  },
  cache_clear: (a) => {
    const c = a[0] as PyLru;
    c.cache.clear();
    c.hits = c.misses = 0;
    return None;
  },
  cache_parameters: (a) => {
    const c = a[0] as PyLru;
    const d = new PyDict();
    d.setStr('maxsize', c.maxsize ?? None);
    d.setStr('typed', c.typed);
    return d;
  },
  __copy__: (a) => a[0],
  __deepcopy__: (a) => a[0],
});

function* makeLru(fn: PyValue, maxsize: number | null, typed: boolean): G {
  const c = new PyLru(lruWrapperType);
  c.dict = new PyDict();
  c.fn = fn;
  c.maxsize = maxsize;
  c.typed = typed;
  yield* updateWrapper(c, fn);
  return c;
}

const lruSig = signature('lru_cache', 'maxsize=128, typed=False');
const lruCacheFn = nativeFunction('lru_cache', (args, kwargs) => (function* (): G {
  const [ms, ty] = lruSig.parse(args, kwargs);
  const typed = ty !== undefined && (yield* truth(ty));
  let maxsize: number | null = 128;
  if (ms !== undefined && ms !== None && typeof ms !== 'boolean' && intValue(ms) !== undefined) {
    maxsize = Math.max(0, Number(intValue(ms)));
  } else if (ms !== undefined && ops.isCallable(ms) && typeof ms !== 'boolean') {
    return yield* makeLru(ms, 128, typed);
  } else if (ms === None) {
    maxsize = null;
  } else if (ms !== undefined) {
    throw pyErr(TypeError, 'Expected first argument to be an integer, a callable, or None');
  }
  return nativeFunction('decorating_function', (a) => makeLru(a[0], maxsize, typed));
})());

const cacheFn = nativeFunction('cache', (args) => makeLru(args[0], null, false));

// ---------------------------------------------------------------------------------------------------
// total_ordering

type Derive = [string, boolean, 'and_ne' | 'or_eq' | null];
const convert: Record<string, Derive[]> = {
  __lt__: [['__gt__', true, 'and_ne'], ['__le__', false, 'or_eq'], ['__ge__', true, null]],
  __le__: [['__ge__', true, 'or_eq'], ['__lt__', false, 'and_ne'], ['__gt__', true, null]],
  __gt__: [['__lt__', true, 'and_ne'], ['__ge__', false, 'or_eq'], ['__le__', true, null]],
  __ge__: [['__le__', true, 'or_eq'], ['__gt__', false, 'and_ne'], ['__lt__', true, null]],
};

function derived(root: string, [name, negate, combine]: Derive): PyValue {
  return nativeMethod('total_ordering', name, (a) => (function* (): G {
    const [self, other] = a;
    const rootFn = typeOf(self).lookup(root)!;
    const r = yield* drive(ops.callUnbound(rootFn, self, [other]));
    if (r === NotImplemented) return r;
    // Python's `not r and self != other` / `r or self == other` with `and`/`or` value semantics
    const base: PyValue = negate ? !(yield* truth(r)) : r;
    if (combine === null) return base;
    if (combine === 'and_ne') {
      if (!(yield* truth(base))) return base;
      return yield* drive(ops.richCompare(self, other, CmpOp.Ne));
    }
    if (yield* truth(base)) return base;
    return yield* drive(ops.richCompare(self, other, CmpOp.Eq));
  })());
}

const totalOrdering = nativeFunction('total_ordering', (args) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw pyErr(AttributeError, `'${typeOf(cls).name}' object has no attribute '__lt__'`);
  const roots = Object.keys(convert).filter((op) => {
    const v = cls.lookup(op);
    return v !== undefined && v !== objectType.lookup(op);
  });
  if (roots.length === 0) throw pyErr(ValueError, 'must define at least one ordering operation: < > <= >=');
  const root = roots.reduce((a, b) => (a > b ? a : b));
  for (const d of convert[root]) if (!roots.includes(d[0])) cls.setAttr(d[0], derived(root, d));
  return cls;
});

// ---------------------------------------------------------------------------------------------------
// cmp_to_key

export const keyWrapperType = builtinType('KeyWrapper');
keyWrapperType.ns.set('__module__', 'functools');
class PyKeyWrapper extends PyObject {
  constructor(public cmp: PyValue, public obj: PyValue) {
    super(keyWrapperType);
  }
}
for (const [name, op] of [['__lt__', CmpOp.Lt], ['__le__', CmpOp.Le], ['__gt__', CmpOp.Gt], ['__ge__', CmpOp.Ge], ['__eq__', CmpOp.Eq], ['__ne__', CmpOp.Ne]] as const) {
  keyWrapperType.define({
    [name]: nativeMethod('KeyWrapper', name, (a) => (function* (): G {
      const [self, other] = a as [PyKeyWrapper, PyValue];
      if (!(other instanceof PyKeyWrapper)) throw pyErr(TypeError, 'other argument must be K instance');
      const r = yield* drive(ops.call(self.cmp, [self.obj, other.obj], null));
      return yield* drive(ops.richCompare(r, 0, op));
    })()),
  });
}
keyWrapperType.define(methodTable('KeyWrapper', {
  __hash__: None,
  __call__: (a) => new PyKeyWrapper((a[0] as PyKeyWrapper).cmp, a[1]),
  obj: new PyGetSet('obj', keyWrapperType, (o) => (o as PyKeyWrapper).obj, (o, v) => {
    (o as PyKeyWrapper).obj = v ?? None;
  }, 'Value wrapped by a key function.'),
}));
const cmpToKey = nativeFunction('cmp_to_key', (args, kwargs) => {
  const [f] = signature('cmp_to_key', 'mycmp').parse(args, kwargs);
  return new PyKeyWrapper(f as PyValue, None);
});

// ---------------------------------------------------------------------------------------------------
// cached_property

export const cachedPropertyType = builtinType('cached_property');
cachedPropertyType.ns.set('__module__', 'functools');
cachedPropertyType.instancesHaveDict = true;
defineInstanceDict(cachedPropertyType);

meth('cached_property', cachedPropertyType, {
  __init__: (a) => {
    const self = a[0] as PyObject;
    self.dict ??= new PyDict();
    self.dict.setStr('func', a[1]);
    self.dict.setStr('attrname', None);
    return (function* (): G {
      const doc = ops.getAttrOpt(a[1], '__doc__');
      self.dict!.setStr('__doc__', doc === undefined ? None : ((yield* drive(doc)) as PyValue));
      return None;
    })();
  },
  __set_name__: (a) => {
    const self = a[0] as PyObject;
    const cur = self.dict!.getStr('attrname');
    if (cur === None || cur === undefined) self.dict!.setStr('attrname', a[2]);
    else if (cur !== a[2]) {
      throw pyErr(TypeError, `Cannot assign the same cached_property to two different names (${ops.repr(cur) as string} and ${ops.repr(a[2]) as string}).`);
    }
    return None;
  },
  __get__: (a) => (function* (): G {
    const [self, inst] = a as [PyObject, PyValue];
    if (inst === undefined || inst === None) return self;
    const name = self.dict!.getStr('attrname');
    if (typeof name !== 'string') throw pyErr(TypeError, 'Cannot use cached_property instance without calling __set_name__ on it.');
    const d = (inst as PyObject).dict;
    if (!(inst instanceof PyObject) || d === null) {
      throw pyErr(TypeError, `No '__dict__' attribute on '${typeOf(inst).name}' instance to cache '${name}' property.`);
    }
    const cached = d.getStr(name);
    if (cached !== undefined) return cached;
    const v = yield* drive(ops.call(self.dict!.getStr('func')!, [inst], null));
    d.setStr(name, v);
    return v;
  })(),
  __class_getitem__: (a) => a[0],
});


// ---------------------------------------------------------------------------------------------------
// singledispatch / singledispatchmethod (CPython: Lib/functools.py)
//
// The registry is a dict {class: implementation}; dispatch(cls) walks cls.__mro__ and returns the first
// registered class's implementation (CPython's _compose_mro also places registered ABCs and virtual
// subclasses; pyts has no abc module, so the plain MRO is the whole story). Results are cached per
// class until the next register().

function isDispatchType(v: PyValue): boolean {
  if (v instanceof PyType) return true;
  if (v instanceof PyUnion) return v.args.every((a) => a instanceof PyType);
  return false;
}

function* singledispatchOf(func: PyValue): G {
  const registry = new PyDict();
  yield* drive(registry.set(objectType, func));
  const cache = new Map<PyType, PyValue>();
  const nameV = ops.getAttrOpt(func, '__name__');
  const funcname = nameV === undefined ? 'singledispatch function' : ((yield* drive(nameV)) as string);

  const dispatch = (cls: PyType): PyValue => {
    const hit = cache.get(cls);
    if (hit !== undefined) return hit;
    let impl: PyValue = func;
    for (const t of cls.mro) {
      const v = registry.lookup(t);
      if (v !== undefined && !(typeof v === 'object' && !(v instanceof PyObject))) {
        impl = v as PyValue;
        break;
      }
    }
    cache.set(cls, impl);
    return impl;
  };

  function* register(cls: PyValue, fn: PyValue | undefined): G {
    if (isDispatchType(cls)) {
      if (fn === undefined) return nativeFunction('<lambda>', (a) => register(cls, a[0]));
    } else {
      if (fn !== undefined) {
        throw pyErr(TypeError, `Invalid first argument to \`register()\`. ${(yield* drive(ops.repr(cls))) as string} is not a class or union type.`);
      }
      const annV = ops.getAttrOpt(cls, '__annotations__');
      const ann = annV === undefined ? undefined : ((yield* drive(annV)) as PyValue);
      if (!(ann instanceof PyDict) || ann.size === 0) {
        throw pyErr(TypeError, `Invalid first argument to \`register()\`: ${(yield* drive(ops.repr(cls))) as string}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`);
      }
      fn = cls;
      const [argname, annType] = ann.entries().next().value as [PyValue, PyValue];
      cls = annType;
      if (!isDispatchType(cls)) {
        if (cls instanceof PyUnion) {
          throw pyErr(TypeError, `Invalid annotation for '${argname as string}'. ${(yield* drive(ops.repr(cls))) as string} not all arguments are classes.`);
        }
        throw pyErr(TypeError, `Invalid annotation for '${argname as string}'. ${(yield* drive(ops.repr(cls))) as string} is not a class.`);
      }
    }
    const classes = cls instanceof PyUnion ? cls.args : [cls];
    for (const c of classes) yield* drive(registry.set(c, fn as PyValue));
    cache.clear();
    return fn as PyValue;
  }

  const wrapper = makeWrapper((args, kwargs) => {
    if (args.length === 0) throw pyErr(TypeError, `${funcname} requires at least 1 positional argument`);
    const cls = ops.getAttr(args[0], '__class__');
    if (cls instanceof PyType) return ops.call(dispatch(cls), args, kwargs);
    return (function* (): G {
      const c = yield* drive(cls);
      return yield* drive(ops.call(dispatch(c as PyType), args, kwargs));
    })();
  });
  const regSig = signature('register', 'cls, func=None');
  const d = wrapper.dict!;
  d.setStr('register', nativeFunction('register', (a, kw) => {
    const [cls, fn] = regSig.parse(a, kw);
    return register(cls as PyValue, fn === None ? undefined : fn);
  }));
  d.setStr('dispatch', nativeFunction('dispatch', (a) => {
    if (!(a[0] instanceof PyType)) throw pyErr(AttributeError, `'${typeOf(a[0]).name}' object has no attribute '__mro__'`);
    return dispatch(a[0]);
  }));
  d.setStr('registry', mappingProxy(registry));
  d.setStr('_clear_cache', nativeFunction('_clear_cache', () => (cache.clear(), None)));
  yield* updateWrapper(wrapper, func);
  return wrapper;
}

const singledispatchFn = nativeFunction('singledispatch', (a, kw) => {
  const [func] = signature('singledispatch', 'func').parse(a, kw);
  return singledispatchOf(func as PyValue);
});

export const singledispatchmethodType = builtinType('singledispatchmethod');
singledispatchmethodType.ns.set('__module__', 'functools');
singledispatchmethodType.instancesHaveDict = true;
defineInstanceDict(singledispatchmethodType);

meth('singledispatchmethod', singledispatchmethodType, {
  __init__: (a) => (function* (): G {
    const [self, func] = a as [PyObject, PyValue];
    if (!ops.isCallable(func) && ops.getAttrOpt(func, '__get__') === undefined) {
      throw pyErr(TypeError, `${(yield* drive(ops.repr(func))) as string} is not callable or a descriptor`);
    }
    self.dict ??= new PyDict();
    self.dict.setStr('dispatcher', yield* singledispatchOf(func));
    self.dict.setStr('func', func);
    return None;
  })(),
  register: (a, kw) => {
    const [cls, method] = signature('register', 'cls, method=None').parse(a.slice(1), kw);
    const disp = (a[0] as PyObject).dict!.getStr('dispatcher')!;
    return ops.callMethod(disp, 'register', method === undefined || method === None ? [cls as PyValue] : [cls as PyValue, method]);
  },
  __get__: (a) => (function* (): G {
    const [self, obj, cls] = a as [PyObject, PyValue, PyValue | undefined];
    const disp = self.dict!.getStr('dispatcher')!;
    const dispatchM = yield* drive(ops.getAttr(disp, 'dispatch'));
    const m = makeWrapper((args, kwargs) => (function* (): G {
      if (args.length === 0) throw pyErr(TypeError, `${'singledispatchmethod method'} requires at least 1 positional argument`);
      const impl = yield* drive(ops.call(dispatchM, [(yield* drive(ops.getAttr(args[0], '__class__'))) as PyValue], null));
      const bound = yield* drive(ops.callMethod(impl, '__get__', [obj ?? None, cls ?? None]));
      return yield* drive(ops.call(bound, args, kwargs));
    })());
    yield* updateWrapper(m, self.dict!.getStr('func')!);
    m.dict!.setStr('register', yield* drive(ops.getAttr(self, 'register')));
    return m;
  })(),
});

// ---------------------------------------------------------------------------------------------------

export default defineModule({
  name: 'functools',
  doc: 'Tools for working with functions and callable objects',
  init: () => ({
    WRAPPER_ASSIGNMENTS: pyTuple(WRAPPER_ASSIGNMENTS.slice()),
    WRAPPER_UPDATES: pyTuple(WRAPPER_UPDATES.slice()),
    update_wrapper: updateWrapperFn,
    wraps: wrapsFn,
    partial: partialType,
    partialmethod: partialmethodType,
    reduce: reduceFn,
    lru_cache: lruCacheFn,
    cache: cacheFn,
    _lru_cache_wrapper: lruWrapperType,
    total_ordering: totalOrdering,
    cmp_to_key: cmpToKey,
    cached_property: cachedPropertyType,
    singledispatch: singledispatchFn,
    singledispatchmethod: singledispatchmethodType,
  }),
});

