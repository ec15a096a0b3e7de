// The `weakref` module (CPython: Objects/weakrefobject.c + Lib/weakref.py): ref (ReferenceType, with
// callbacks, subclassable), proxy (ProxyType / CallableProxyType), getweakrefcount, getweakrefs,
// WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize. Also serves as `_weakref`.
//
// WHEN CALLBACKS RUN (pyts differs from CPython here; README "Differences from CPython"):
// JS has no deterministic destruction, so pyts cannot notice `del obj` dropping the last reference.
//   1. Host collection. Every weakref with a callback registers its referent with a JS
//      FinalizationRegistry. When the JS engine collects the referent (at a time of its choosing,
//      possibly never before the program ends), the weakref is marked dead and queued. The queue is
//      never run from the FinalizationRegistry callback itself: it is delivered at a safe point, by a
//      daemon green thread ("weakref-callbacks") spawned on the scheduler. That thread runs only
//      between other threads' slices, holding the GIL like any thread, so a callback never runs while
//      another Python thread is mid-bytecode, and it can block or be preempted like any Python code.
//   2. Known death. Code that knows an object is dead to Python (for example the threading engineer's
//      Thread bootstrap, once a finished Thread object is no longer reachable from Python state)
//      calls `objectDied(obj)` (queue + the same daemon delivery) or `yield* runDeathCallbacks(obj)`
//      (run them now, on the calling green thread, as CPython runs callbacks on the thread dropping
//      the last reference). Either way every ref to obj is cleared first, so `r()` returns None.
// Callbacks run newest ref first (CPython's order). An exception in a callback is printed as CPython
// prints it ("Exception ignored in: <function ...>" + traceback) and does not propagate.
// Consequence: `r = ref(o); del o; r()` gives the object back in pyts until the host collects it
// (CPython: None at once). Programs that only need "the callback eventually runs / the dict entry
// eventually goes away" (the seed's _threading_local, caches) behave as in CPython.
//
// Weak-referenceable: instances of classes with __weakref__ (class statements without __slots__,
// or with '__weakref__' in __slots__), classes, functions, methods, sets, generators, modules,
// locks, and stdlib types written in TS whose instances have a __dict__ (threading.Thread ...).
// Everything else: TypeError "cannot create weak reference to 'int' object".

import { PyObject, settle, type KwArgs, type NativeGen, type NativeResult, type PyValue } from '../src/objects/object.js';
import { PyType } from '../src/objects/type.js';
import { None, NotImplemented, builtinType, typeOf, objectType } from '../src/objects/builtin-types.js';
import { pyErr, TypeError, KeyError, ReferenceError, PyBaseException, BaseException } from '../src/objects/exceptions.js';
import { nativeFunction, nativeMethod, PyNativeFunction, methodTable } from '../src/objects/native.js';
import { PyDict, MISSING } from '../src/objects/dict.js';
import { PyList } from '../src/objects/list.js';
import { pyTuple } from '../src/objects/tuple.js';
import { addressOf, typeDisplayName } from '../src/objects/object-methods.js';
import { defineGetSet } from '../src/objects/descriptors.js';
import * as ops from '../src/objects/ops.js';
import { CmpOp } from '../src/objects/ops.js';
import { checkCount, noKwargs, signature } from '../src/builtins/args.js';
import { toArray } from '../src/objects/seq.js';
import { newThreadForCall } from '../src/vm/thread.js';
import { VmBody } from '../src/runtime/vm-bridge.js';
import { formatException } from '../src/runtime/traceback.js';
import type { Runtime } from '../src/runtime/runtime.js';
import { defineModule } from './index.js';

type G<T = PyValue> = Generator<any, T, any>;

// ---------------------------------------------------------------------------------------------------
// Which objects can be weakly referenced

const weakrefableNames = new Set([
  'function', 'method', 'builtin_function_or_method', 'set', 'frozenset', 'generator', 'module', 'lock',
  'RLock', 'code', 'property', 'ReferenceType', 'partial', 'deque', 'defaultdict', 'OrderedDict',
]);

export function canWeakref(v: PyValue): v is PyObject {
  if (typeof v !== 'object' || v === None) return false;
  if (v instanceof PyType) return true;
  const t = v.type;
  if (t.lookup('__weakref__') !== undefined) return true;
  for (const b of t.mro) {
    if (!b.isHeapType && (weakrefableNames.has(b.name) || (b.instancesHaveDict && b !== objectType && !isExcType(b)))) return true;
  }
  return false;
}

function isExcType(t: PyType): boolean {
  return t.isSubtypeOf(BaseException);
}

function cannotRef(v: PyValue): PyBaseException {
  return pyErr(TypeError, `cannot create weak reference to '${typeOf(v).name}' object`);
}

// ---------------------------------------------------------------------------------------------------
// ReferenceType

export const refType = builtinType('ReferenceType');
refType.ns.set('__module__', 'weakref');

export class PyWeakRef extends PyObject {
  target: WeakRef<PyObject> | null = null;
  callback: PyValue = None;
  hashCache: PyValue | undefined = undefined;
  /** For KeyedRef (WeakValueDictionary entries). */
  key: PyValue | undefined = undefined;
  get(): PyObject | undefined {
    const t = this.target?.deref();
    if (t === undefined) this.target = null;
    return t;
  }
}
refType.alloc = (t) => new PyWeakRef(t);
refType.instancesHaveDict = false;

/** Refs to each live referent, oldest first (weakly held, so an unreachable ref costs nothing). */
const refsOf = new WeakMap<PyObject, WeakRef<PyWeakRef>[]>();

function liveRefs(o: PyObject): PyWeakRef[] {
  const l = refsOf.get(o);
  if (l === undefined) return [];
  const out: PyWeakRef[] = [];
  for (const w of l) {
    const r = w.deref();
    if (r !== undefined && r.target !== null) out.push(r);
  }
  return out;
}

// --- callback delivery -----------------------------------------------------------------------------

let currentRt: Runtime | null = null;
const pending: PyWeakRef[] = [];
let drainerScheduled = false;

const registry = new FinalizationRegistry<WeakRef<PyWeakRef>>((held) => {
  const r = held.deref();
  if (r === undefined) return;
  r.target = null;
  if (r.callback !== None) {
    pending.push(r);
    scheduleDrain();
  }
});

function scheduleDrain(): void {
  const rt = currentRt;
  if (drainerScheduled || rt === null || pending.length === 0) return;
  drainerScheduled = true;
  const th = newThreadForCall(nativeFunction('weakref_callbacks', () => drain(rt)), [], null);
  try {
    const g = rt.sched.spawn(new VmBody(th), 'weakref-callbacks', true);
    th.data = g;
  } catch {
    drainerScheduled = false;
  }
}

function* drain(rt: Runtime): NativeGen {
  try {
    while (pending.length > 0) {
      const r = pending.shift()!;
      yield* runCallback(rt, r);
    }
  } finally {
    drainerScheduled = false;
  }
  return None;
}

/** Call r's callback with r; an exception is reported as CPython's "Exception ignored in: ..." */
function* runCallback(rt: Runtime, r: PyWeakRef): NativeGen {
  const cb = r.callback;
  r.callback = None;
  if (cb === None) return None;
  try {
    yield* settle(ops.call(cb, [r], null));
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    let where = '';
    try {
      where = (yield* settle(ops.repr(cb))) as string;
    } catch {
      where = `<object repr() failed>`;
    }
    const tb = (yield* formatException(e, rt.formatContext())) as string;
    rt.writeStderrText(`Exception ignored in: ${where}\n${tb}`);
  }
  return None;
}

function clearRefs(o: PyObject): PyWeakRef[] {
  const refs = liveRefs(o);
  refsOf.delete(o);
  for (const r of refs) {
    r.target = null;
    registry.unregister(r);
  }
  return refs.filter((r) => r.callback !== None).reverse();
}

/**
 * Hook: `obj` is dead to Python (nothing reachable refers to it). Clears every weakref to it and
 * queues their callbacks for delivery by the weakref-callbacks green thread at the next safe point.
 */
export function objectDied(obj: PyObject): void {
  const cbs = clearRefs(obj);
  if (cbs.length === 0) return;
  pending.push(...cbs);
  scheduleDrain();
}

/** Hook, from a generator native: clear every weakref to `obj` and run the callbacks on this thread now. */
export function* runDeathCallbacks(obj: PyObject): NativeGen {
  const cbs = clearRefs(obj);
  const rt = currentRt;
  if (rt === null) return None;
  for (const r of cbs) yield* runCallback(rt, r);
  return None;
}

// --- ref methods -----------------------------------------------------------------------------------

function newRef(cls: PyType, obj: PyValue, callback: PyValue): PyWeakRef {
  if (!canWeakref(obj)) throw cannotRef(obj);
  const basic = cls === refType && callback === None;
  let list = refsOf.get(obj);
  if (basic && list !== undefined) {
    for (const w of list) {
      const r = w.deref();
      if (r !== undefined && r.type === refType && r.callback === None && r.target !== null) return r;
    }
  }
  const r = cls.alloc(cls) as PyWeakRef;
  r.target = new WeakRef(obj);
  r.callback = callback;
  if (list === undefined) refsOf.set(obj, (list = []));
  const w = new WeakRef(r);
  list.push(w);
  if (callback !== None) registry.register(obj, w, r);
  return r;
}

const refNew = nativeFunction('__new__', (args, kwargs) => {
  if (args.length < 2) throw pyErr(TypeError, `__new__ expected at least 1 argument, got ${Math.max(0, args.length - 1)}`);
  if (args.length > 3) throw pyErr(TypeError, `__new__ expected at most 2 arguments, got ${args.length - 1}`);
  const cls = args[0] as PyType;
  return newRef(cls, args[1], args.length > 2 ? args[2] : None);
});

function refRepr(r: PyWeakRef): string {
  const o = r.get();
  const head = `<weakref at ${addressOf(r)}; `;
  if (o === undefined) return head + 'dead>';
  return head + `to '${typeDisplayName(o.type)}' at ${addressOf(o)}>`;
}

refType.define(methodTable('ReferenceType', {
  __new__: refNew,
  __init__: () => None,
  __call__: (args, kwargs) => {
    noKwargs('weakref', kwargs);
    if (args.length > 1) throw pyErr(TypeError, `weakref expected 0 arguments, got ${args.length - 1}`);
    return (args[0] as PyWeakRef).get() ?? None;
  },
  __repr__: (args) => refRepr(args[0] as PyWeakRef),
  __hash__: (args) => {
    const r = args[0] as PyWeakRef;
    if (r.hashCache !== undefined) return r.hashCache;
    const o = r.get();
    if (o === undefined) throw pyErr(TypeError, 'weak object has gone away');
    return (function* (): NativeGen {
      const h = yield* settle(ops.hash(o));
      r.hashCache = h;
      return h;
    })();
  },
  __eq__: (args) => refCompare(args[0] as PyWeakRef, args[1], CmpOp.Eq),
  __ne__: (args) => refCompare(args[0] as PyWeakRef, args[1], CmpOp.Ne),
  __class_getitem__: (args) => args[0],
}));
defineGetSet(refType, '__callback__', (o) => (o as PyWeakRef).callback);

function refCompare(a: PyWeakRef, b: PyValue, op: CmpOp): NativeResult {
  if (!(b instanceof PyWeakRef)) return NotImplemented;
  const x = a.get();
  const y = b.get();
  if (x === undefined || y === undefined) {
    const same = a === b;
    return op === CmpOp.Eq ? same : !same;
  }
  return ops.richCompare(x, y, op);
}

// ---------------------------------------------------------------------------------------------------
// proxy

export const proxyType = builtinType('ProxyType');
proxyType.ns.set('__module__', 'weakref');
export const callableProxyType = builtinType('CallableProxyType');
callableProxyType.ns.set('__module__', 'weakref');

class PyProxy extends PyObject {
  ref: PyWeakRef;
  constructor(t: PyType, ref: PyWeakRef) {
    super(t);
    this.ref = ref;
  }
}

function referent(p: PyValue): PyObject {
  const o = (p as PyProxy).ref.get();
  if (o === undefined) throw pyErr(ReferenceError, 'weakly-referenced object no longer exists');
  return o;
}

function proxyMethods(t: PyType): void {
  const n = t.name;
  const fwd = (name: string, f: (o: PyObject, rest: PyValue[], kw: KwArgs) => NativeResult) =>
    nativeMethod(n, name, (args, kw) => f(referent(args[0]), args.slice(1), kw));
  t.define({
    __getattribute__: fwd('__getattribute__', (o, r) => ops.getAttr(o, r[0] as string)),
    __getattr__: fwd('__getattr__', (o, r) => ops.getAttr(o, r[0] as string)),
    __setattr__: fwd('__setattr__', (o, r) => ops.setAttr(o, r[0] as string, r[1])),
    __delattr__: fwd('__delattr__', (o, r) => ops.delAttr(o, r[0] as string)),
    __repr__: nativeMethod(n, '__repr__', (args) => {
      const p = args[0] as PyProxy;
      const o = p.ref.get();
      return `<weakproxy at ${addressOf(p)}; ${o === undefined ? 'dead' : `to '${typeDisplayName(o.type)}' at ${addressOf(o)}`}>`;
    }),
    __str__: fwd('__str__', (o) => ops.str(o)),
    __bool__: fwd('__bool__', (o) => ops.isTrue(o) as NativeResult),
    __len__: fwd('__len__', (o) => ops.len(o)),
    __iter__: fwd('__iter__', (o) => ops.getIter(o)),
    __next__: fwd('__next__', (o) => ops.callMethod(o, '__next__', [])),
    __contains__: fwd('__contains__', (o, r) => ops.contains(o, r[0]) as NativeResult),
    __getitem__: fwd('__getitem__', (o, r) => ops.getItem(o, r[0])),
    __setitem__: fwd('__setitem__', (o, r) => ops.setItem(o, r[0], r[1])),
    __delitem__: fwd('__delitem__', (o, r) => ops.delItem(o, r[0])),
    __eq__: fwd('__eq__', (o, r) => ops.richCompare(o, unproxy(r[0]), CmpOp.Eq)),
    __ne__: fwd('__ne__', (o, r) => ops.richCompare(o, unproxy(r[0]), CmpOp.Ne)),
    __lt__: fwd('__lt__', (o, r) => ops.richCompare(o, unproxy(r[0]), CmpOp.Lt)),
    __le__: fwd('__le__', (o, r) => ops.richCompare(o, unproxy(r[0]), CmpOp.Le)),
    __gt__: fwd('__gt__', (o, r) => ops.richCompare(o, unproxy(r[0]), CmpOp.Gt)),
    __ge__: fwd('__ge__', (o, r) => ops.richCompare(o, unproxy(r[0]), CmpOp.Ge)),
    __hash__: None,
  });
  if (t === callableProxyType) t.define({ __call__: fwd('__call__', (o, r, kw) => ops.call(o, r, kw)) });
}
proxyMethods(proxyType);
proxyMethods(callableProxyType);

function unproxy(v: PyValue): PyValue {
  return v instanceof PyProxy ? referent(v) : v;
}

const proxySig = signature('proxy', 'object, callback=None, /');
const proxyFn = nativeFunction('proxy', (args, kwargs) => {
  const [obj, cb] = proxySig.parse(args, kwargs);
  if (!canWeakref(obj as PyValue)) throw cannotRef(obj as PyValue);
  const callable = ops.isCallable(obj as PyValue);
  // The proxy's own ref carries the callback, called with the proxy (CPython passes the proxy).
  const r = newRef(refType, obj as PyValue, None);
  const inner = refType.alloc(refType) as PyWeakRef;
  inner.target = r.target;
  const p = new PyProxy(callable ? callableProxyType : proxyType, inner);
  if (cb !== undefined && cb !== None) {
    inner.callback = nativeFunction('proxy_callback', () => ops.call(cb as PyValue, [p], null));
    const list = refsOf.get(obj as PyObject)!;
    const w = new WeakRef(inner);
    list.push(w);
    registry.register(obj as PyObject, w, inner);
  }
  return p;
});

// ---------------------------------------------------------------------------------------------------
// Module functions

const getweakrefcount = nativeFunction('getweakrefcount', (args, kwargs) => {
  noKwargs('getweakrefcount', kwargs);
  if (args.length !== 1) throw pyErr(TypeError, `getweakrefcount() takes exactly one argument (${args.length} given)`);
  const o = args[0];
  return o instanceof PyObject ? liveRefs(o).length : 0;
});

const getweakrefs = nativeFunction('getweakrefs', (args, kwargs) => {
  noKwargs('getweakrefs', kwargs);
  if (args.length !== 1) throw pyErr(TypeError, `getweakrefs() takes exactly one argument (${args.length} given)`);
  const o = args[0];
  return new PyList(o instanceof PyObject ? liveRefs(o) : []);
});

// ---------------------------------------------------------------------------------------------------
// Weak containers. Each keeps a plain dict `data`; entries go away when a referent dies (through a
// native callback, delivered like any weakref callback).

function* drive<T>(r: unknown): G<T> {
  if (Array.isArray(r)) return r as unknown as T;
  return (yield* settle(r as NativeResult)) as unknown as T;
}

function* dictLookup(d: PyDict, key: PyValue): G<PyValue | undefined> {
  const r = d.lookup(key);
  if (r === undefined || r instanceof PyObject || typeof r !== 'object') return r as PyValue | undefined;
  const v = yield* (r as NativeGen);
  return v === MISSING ? undefined : v;
}

class PyWeakContainer extends PyObject {
  data = new PyDict();
}

function wc(v: PyValue, kind: PyType): PyWeakContainer {
  if (!(v instanceof PyWeakContainer) || !v.type.isSubtypeOf(kind)) {
    throw pyErr(TypeError, `descriptor requires a '${kind.name}' object but received a '${typeOf(v).name}'`);
  }
  return v;
}

function entries(d: PyDict): [PyValue, PyValue][] {
  const out: [PyValue, PyValue][] = [];
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== undefined) out.push([k, d.vals[i] as PyValue]);
  }
  return out;
}

// --- WeakValueDictionary ---

export const weakValueDictType = builtinType('WeakValueDictionary');
weakValueDictType.ns.set('__module__', 'weakref');
weakValueDictType.alloc = (t) => new PyWeakContainer(t);
weakValueDictType.instancesHaveDict = true;

function wvdRemover(self: PyWeakContainer): PyNativeFunction {
  return nativeFunction('remove', (args) => {
    const r = args[0] as PyWeakRef;
    return (function* (): NativeGen {
      const cur = yield* dictLookup(self.data, r.key as PyValue);
      if (cur === r) yield* settle(self.data.delete(r.key as PyValue));
      return None;
    })();
  });
}

const removers = new WeakMap<PyWeakContainer, PyNativeFunction>();
function remover(self: PyWeakContainer, make: (s: PyWeakContainer) => PyNativeFunction): PyNativeFunction {
  let f = removers.get(self);
  if (f === undefined) removers.set(self, (f = make(self)));
  return f;
}

function* wvdSet(self: PyWeakContainer, k: PyValue, v: PyValue): G<void> {
  const r = newRef(refType, v, remover(self, wvdRemover));
  // a keyed ref is never shared: newRef only shares callback-less refs
  r.key = k;
  yield* drive(self.data.set(k, r));
}

function* updateFrom(self: PyWeakContainer, src: PyValue | undefined, kwargs: KwArgs, set: (s: PyWeakContainer, k: PyValue, v: PyValue) => G<void>): G<void> {
  if (src !== undefined) {
    let pairs: [PyValue, PyValue][];
    if (src instanceof PyDict) pairs = entries(src);
    else if (src instanceof PyWeakContainer) pairs = yield* itemsOfContainer(src);
    else if (ops.getAttrOpt(src, 'keys') !== undefined) {
      const ks = (yield* drive<PyValue[]>(toArray(yield* drive(ops.callMethod(src, 'keys', [])))));
      pairs = [];
      for (const k of ks) pairs.push([k, yield* drive(ops.getItem(src, k))]);
    } else {
      const items = yield* drive<PyValue[]>(toArray(src));
      pairs = [];
      for (const it of items) {
        const kv = yield* drive<PyValue[]>(toArray(it));
        pairs.push([kv[0], kv[1]]);
      }
    }
    for (const [k, v] of pairs) yield* set(self, k, v);
  }
  if (kwargs !== null) for (const [k, v] of kwargs) yield* set(self, k, v);
}

function* itemsOfContainer(c: PyWeakContainer): G<[PyValue, PyValue][]> {
  const out: [PyValue, PyValue][] = [];
  if (c.type.isSubtypeOf(weakValueDictType)) {
    for (const [k, r] of entries(c.data)) {
      const o = (r as PyWeakRef).get();
      if (o !== undefined) out.push([k, o]);
    }
  } else {
    for (const [r, v] of entries(c.data)) {
      const o = (r as PyWeakRef).get();
      if (o !== undefined) out.push([o, v]);
    }
  }
  return out;
}

const W = 'WeakValueDictionary';
function wvdGet(self: PyWeakContainer, key: PyValue): G<PyObject | undefined> {
  return (function* () {
    const r = yield* dictLookup(self.data, key);
    return r === undefined ? undefined : (r as PyWeakRef).get();
  })();
}

weakValueDictType.define({
  __init__: nativeMethod(W, '__init__', (args, kwargs) => {
    checkCount('__init__', args, 1, 2);
    const self = wc(args[0], weakValueDictType);
    return (function* (): NativeGen {
      yield* updateFrom(self, args[1], kwargs, wvdSet);
      return None;
    })();
  }),
  __getitem__: nativeMethod(W, '__getitem__', (args) => (function* (): NativeGen {
    const o = yield* wvdGet(wc(args[0], weakValueDictType), args[1]);
    if (o === undefined) throw keyErr(args[1]);
    return o;
  })()),
  __setitem__: nativeMethod(W, '__setitem__', (args) => (function* (): NativeGen {
    yield* wvdSet(wc(args[0], weakValueDictType), args[1], args[2]);
    return None;
  })()),
  __delitem__: nativeMethod(W, '__delitem__', (args) => wc(args[0], weakValueDictType).data.delete(args[1])),
  __contains__: nativeMethod(W, '__contains__', (args) => (function* (): NativeGen {
    return (yield* wvdGet(wc(args[0], weakValueDictType), args[1])) !== undefined;
  })()),
  __len__: nativeMethod(W, '__len__', (args) => liveCount(wc(args[0], weakValueDictType), true)),
  __iter__: nativeMethod(W, '__iter__', (args) => (function* (): NativeGen {
    const items = yield* itemsOfContainer(wc(args[0], weakValueDictType));
    return yield* drive(ops.getIter(new PyList(items.map((p) => p[0]))));
  })()),
  __repr__: nativeMethod(W, '__repr__', (args) => `<${typeDisplayName((args[0] as PyObject).type).replace(/^weakref\./, '')} at ${addressOf(args[0] as PyObject)}>`),
  get: nativeMethod(W, 'get', (args) => (function* (): NativeGen {
    checkCount('get', args, 2, 3);
    const o = yield* wvdGet(wc(args[0], weakValueDictType), args[1]);
    return o ?? (args[2] ?? None);
  })()),
  pop: nativeMethod(W, 'pop', (args) => (function* (): NativeGen {
    checkCount('pop', args, 2, 3);
    const self = wc(args[0], weakValueDictType);
    const r = yield* dictLookup(self.data, args[1]);
    const o = r === undefined ? undefined : (r as PyWeakRef).get();
    if (r !== undefined) yield* drive(self.data.delete(args[1]));
    if (o === undefined) {
      if (args.length > 2) return args[2];
      throw keyErr(args[1]);
    }
    return o;
  })()),
  setdefault: nativeMethod(W, 'setdefault', (args) => (function* (): NativeGen {
    checkCount('setdefault', args, 2, 3);
    const self = wc(args[0], weakValueDictType);
    const o = yield* wvdGet(self, args[1]);
    if (o !== undefined) return o;
    const d = args[2] ?? None;
    yield* wvdSet(self, args[1], d);
    return d;
  })()),
  update: nativeMethod(W, 'update', (args, kwargs) => (function* (): NativeGen {
    checkCount('update', args, 1, 2);
    yield* updateFrom(wc(args[0], weakValueDictType), args[1], kwargs, wvdSet);
    return None;
  })()),
  keys: nativeMethod(W, 'keys', (args) => (function* (): NativeGen {
    return new PyList((yield* itemsOfContainer(wc(args[0], weakValueDictType))).map((p) => p[0]));
  })()),
  values: nativeMethod(W, 'values', (args) => (function* (): NativeGen {
    return new PyList((yield* itemsOfContainer(wc(args[0], weakValueDictType))).map((p) => p[1]));
  })()),
  items: nativeMethod(W, 'items', (args) => (function* (): NativeGen {
    return new PyList((yield* itemsOfContainer(wc(args[0], weakValueDictType))).map((p) => pyTuple(p)));
  })()),
  valuerefs: nativeMethod(W, 'valuerefs', (args) => new PyList(entries(wc(args[0], weakValueDictType).data).map((p) => p[1]))),
  clear: nativeMethod(W, 'clear', (args) => {
    wc(args[0], weakValueDictType).data.clear();
    return None;
  }),
  copy: nativeMethod(W, 'copy', (args) => (function* (): NativeGen {
    const self = wc(args[0], weakValueDictType);
    const n = new PyWeakContainer(weakValueDictType);
    for (const [k, v] of yield* itemsOfContainer(self)) yield* wvdSet(n, k, v);
    return n;
  })()),
});

function keyErr(k: PyValue): PyBaseException {
  const e = pyErr(KeyError);
  e.args = [k];
  return e;
}

function liveCount(c: PyWeakContainer, valueSide: boolean): number {
  let n = 0;
  for (const [k, v] of entries(c.data)) if (((valueSide ? v : k) as PyWeakRef).get() !== undefined) n++;
  return n;
}

// --- WeakKeyDictionary and WeakSet: keys are refs (hash and == of their referents) ---

export const weakKeyDictType = builtinType('WeakKeyDictionary');
weakKeyDictType.ns.set('__module__', 'weakref');
weakKeyDictType.alloc = (t) => new PyWeakContainer(t);
weakKeyDictType.instancesHaveDict = true;

export const weakSetType = builtinType('WeakSet');
weakSetType.ns.set('__module__', '_weakrefset');
weakSetType.alloc = (t) => new PyWeakContainer(t);
weakSetType.instancesHaveDict = true;

function keyRemover(self: PyWeakContainer): PyNativeFunction {
  return nativeFunction('remove', (args) => {
    const r = args[0] as PyWeakRef;
    // the dead ref still hashes (its hash was cached on insertion) and equals itself
    return (function* (): NativeGen {
      const cur = yield* dictLookup(self.data, r);
      if (cur !== undefined) yield* drive(self.data.delete(r));
      return None;
    })();
  });
}

/** A probe ref for lookups (no callback, not registered). */
function probeRef(k: PyValue): PyWeakRef {
  if (!canWeakref(k)) throw cannotRef(k);
  const r = new PyWeakRef(refType);
  r.target = new WeakRef(k);
  return r;
}

function* wkdSet(self: PyWeakContainer, k: PyValue, v: PyValue): G<void> {
  if (!canWeakref(k)) throw cannotRef(k);
  const probe = probeRef(k);
  const existing = self.data.keys.length > 0 ? yield* dictLookup(self.data, probe) : undefined;
  if (existing !== undefined) {
    yield* drive(self.data.set(probe, v)); // keeps the existing key object
    return;
  }
  const r = newRef(refType, k, remover(self, keyRemover));
  r.hashCache = yield* drive(ops.hash(k));
  yield* drive(self.data.set(r, v));
}

const K = 'WeakKeyDictionary';
weakKeyDictType.define({
  __init__: nativeMethod(K, '__init__', (args, kwargs) => {
    checkCount('__init__', args, 1, 2);
    const self = wc(args[0], weakKeyDictType);
    return (function* (): NativeGen {
      yield* updateFrom(self, args[1], kwargs, wkdSet);
      return None;
    })();
  }),
  __getitem__: nativeMethod(K, '__getitem__', (args) => (function* (): NativeGen {
    const v = yield* dictLookup(wc(args[0], weakKeyDictType).data, probeRef(args[1]));
    if (v === undefined) throw keyErr(args[1]);
    return v;
  })()),
  __setitem__: nativeMethod(K, '__setitem__', (args) => (function* (): NativeGen {
    yield* wkdSet(wc(args[0], weakKeyDictType), args[1], args[2]);
    return None;
  })()),
  __delitem__: nativeMethod(K, '__delitem__', (args) => (function* (): NativeGen {
    const self = wc(args[0], weakKeyDictType);
    const v = yield* dictLookup(self.data, probeRef(args[1]));
    if (v === undefined) throw keyErr(args[1]);
    yield* drive(self.data.delete(probeRef(args[1])));
    return None;
  })()),
  __contains__: nativeMethod(K, '__contains__', (args) => (function* (): NativeGen {
    if (!canWeakref(args[1])) return false;
    return (yield* dictLookup(wc(args[0], weakKeyDictType).data, probeRef(args[1]))) !== undefined;
  })()),
  __len__: nativeMethod(K, '__len__', (args) => liveCount(wc(args[0], weakKeyDictType), false)),
  __iter__: nativeMethod(K, '__iter__', (args) => (function* (): NativeGen {
    const items = yield* itemsOfContainer(wc(args[0], weakKeyDictType));
    return yield* drive(ops.getIter(new PyList(items.map((p) => p[0]))));
  })()),
  __repr__: nativeMethod(K, '__repr__', (args) => `<${K} at ${addressOf(args[0] as PyObject)}>`),
  get: nativeMethod(K, 'get', (args) => (function* (): NativeGen {
    checkCount('get', args, 2, 3);
    if (!canWeakref(args[1])) return args[2] ?? None;
    const v = yield* dictLookup(wc(args[0], weakKeyDictType).data, probeRef(args[1]));
    return v ?? args[2] ?? None;
  })()),
  pop: nativeMethod(K, 'pop', (args) => (function* (): NativeGen {
    checkCount('pop', args, 2, 3);
    const self = wc(args[0], weakKeyDictType);
    const v = yield* dictLookup(self.data, probeRef(args[1]));
    if (v === undefined) {
      if (args.length > 2) return args[2];
      throw keyErr(args[1]);
    }
    yield* drive(self.data.delete(probeRef(args[1])));
    return v;
  })()),
  setdefault: nativeMethod(K, 'setdefault', (args) => (function* (): NativeGen {
    checkCount('setdefault', args, 2, 3);
    const self = wc(args[0], weakKeyDictType);
    const v = yield* dictLookup(self.data, probeRef(args[1]));
    if (v !== undefined) return v;
    const d = args[2] ?? None;
    yield* wkdSet(self, args[1], d);
    return d;
  })()),
  update: nativeMethod(K, 'update', (args, kwargs) => (function* (): NativeGen {
    checkCount('update', args, 1, 2);
    yield* updateFrom(wc(args[0], weakKeyDictType), args[1], kwargs, wkdSet);
    return None;
  })()),
  keys: nativeMethod(K, 'keys', (args) => (function* (): NativeGen {
    return new PyList((yield* itemsOfContainer(wc(args[0], weakKeyDictType))).map((p) => p[0]));
  })()),
  values: nativeMethod(K, 'values', (args) => (function* (): NativeGen {
    return new PyList((yield* itemsOfContainer(wc(args[0], weakKeyDictType))).map((p) => p[1]));
  })()),
  items: nativeMethod(K, 'items', (args) => (function* (): NativeGen {
    return new PyList((yield* itemsOfContainer(wc(args[0], weakKeyDictType))).map((p) => pyTuple(p)));
  })()),
  keyrefs: nativeMethod(K, 'keyrefs', (args) => new PyList(entries(wc(args[0], weakKeyDictType).data).map((p) => p[0]))),
  clear: nativeMethod(K, 'clear', (args) => {
    wc(args[0], weakKeyDictType).data.clear();
    return None;
  }),
});

const S = 'WeakSet';
function* wsAdd(self: PyWeakContainer, k: PyValue): G<void> {
  yield* wkdSet(self, k, None);
}
weakSetType.define({
  __init__: nativeMethod(S, '__init__', (args, kwargs) => {
    noKwargs('WeakSet', kwargs);
    checkCount('__init__', args, 1, 2);
    const self = wc(args[0], weakSetType);
    return (function* (): NativeGen {
      if (args[1] !== undefined) for (const x of yield* drive<PyValue[]>(toArray(args[1]))) yield* wsAdd(self, x);
      return None;
    })();
  }),
  add: nativeMethod(S, 'add', (args) => (function* (): NativeGen {
    yield* wsAdd(wc(args[0], weakSetType), args[1]);
    return None;
  })()),
  discard: nativeMethod(S, 'discard', (args) => (function* (): NativeGen {
    const self = wc(args[0], weakSetType);
    if (canWeakref(args[1]) && (yield* dictLookup(self.data, probeRef(args[1]))) !== undefined) {
      yield* drive(self.data.delete(probeRef(args[1])));
    }
    return None;
  })()),
  remove: nativeMethod(S, 'remove', (args) => (function* (): NativeGen {
    const self = wc(args[0], weakSetType);
    if ((yield* dictLookup(self.data, probeRef(args[1]))) === undefined) throw keyErr(args[1]);
    yield* drive(self.data.delete(probeRef(args[1])));
    return None;
  })()),
  __contains__: nativeMethod(S, '__contains__', (args) => (function* (): NativeGen {
    if (!canWeakref(args[1])) return false;
    return (yield* dictLookup(wc(args[0], weakSetType).data, probeRef(args[1]))) !== undefined;
  })()),
  __len__: nativeMethod(S, '__len__', (args) => liveCount(wc(args[0], weakSetType), false)),
  __iter__: nativeMethod(S, '__iter__', (args) => (function* (): NativeGen {
    const items = yield* itemsOfContainer(wc(args[0], weakSetType));
    return yield* drive(ops.getIter(new PyList(items.map((p) => p[0]))));
  })()),
  __repr__: nativeMethod(S, '__repr__', (args) => (function* (): NativeGen {
    const items = yield* itemsOfContainer(wc(args[0], weakSetType));
    if (items.length === 0) return 'set()';
    const parts: string[] = [];
    for (const [k] of items) parts.push((yield* drive(ops.repr(k))) as string);
    return `{${parts.join(', ')}}`;
  })()),
  clear: nativeMethod(S, 'clear', (args) => {
    wc(args[0], weakSetType).data.clear();
    return None;
  }),
  pop: nativeMethod(S, 'pop', (args) => (function* (): NativeGen {
    const self = wc(args[0], weakSetType);
    for (const [r] of entries(self.data)) {
      const o = (r as PyWeakRef).get();
      yield* drive(self.data.delete(r));
      if (o !== undefined) return o;
    }
    throw pyErr(KeyError, 'pop from empty WeakSet');
  })()),
});

// ---------------------------------------------------------------------------------------------------
// finalize

export const finalizeType = builtinType('finalize');
finalizeType.ns.set('__module__', 'weakref');
finalizeType.instancesHaveDict = true;

class PyFinalize extends PyObject {
  ref: PyWeakRef | null = null;
  fn: PyValue = None;
  args: PyValue[] = [];
  kwargs: KwArgs = null;
  alive = false;
  atexit = true;
}
finalizeType.alloc = (t) => new PyFinalize(t);

function* finalizeCall(f: PyFinalize): NativeGen {
  if (!f.alive) return None;
  f.alive = false;
  if (f.ref !== null) f.ref.callback = None;
  return yield* settle(ops.call(f.fn, f.args, f.kwargs));
}

finalizeType.define(methodTable('finalize', {
  __init__: (args, kwargs) => {
    if (args.length < 3) throw pyErr(TypeError, `finalize.__init__() missing ${3 - args.length} required positional argument${args.length === 2 ? '' : 's'}: ${args.length === 1 ? "'obj' and 'func'" : "'func'"}`);
    const f = args[0] as PyFinalize;
    f.fn = args[2];
    f.args = args.slice(3);
    f.kwargs = kwargs;
    f.alive = true;
    f.ref = newRef(refType, args[1], nativeFunction('finalize_callback', () => finalizeCall(f)));
    liveFinalizers.add(f);
    return None;
  },
  __call__: (args) => finalizeCall(args[0] as PyFinalize),
  detach: (args) => {
    const f = args[0] as PyFinalize;
    const o = f.ref?.get();
    if (!f.alive || o === undefined) return None;
    f.alive = false;
    f.ref!.callback = None;
    return pyTuple([o, f.fn, pyTuple(f.args), kwDict(f.kwargs)]);
  },
  peek: (args) => {
    const f = args[0] as PyFinalize;
    const o = f.ref?.get();
    if (!f.alive || o === undefined) return None;
    return pyTuple([o, f.fn, pyTuple(f.args), kwDict(f.kwargs)]);
  },
  __repr__: (args) => {
    const f = args[0] as PyFinalize;
    const o = f.alive ? f.ref?.get() : undefined;
    return `<finalize object at ${addressOf(f)}; ${o === undefined ? 'dead' : `for '${typeDisplayName(o.type)}' at ${addressOf(o)}`}>`;
  },
}));
defineGetSet(finalizeType, 'alive', (o) => (o as PyFinalize).alive && (o as PyFinalize).ref?.get() !== undefined);
defineGetSet(finalizeType, 'atexit', (o) => (o as PyFinalize).atexit, (o, v) => {
  (o as PyFinalize).atexit = v !== undefined && v !== false && v !== 0 && v !== None;
});

const liveFinalizers = new Set<PyFinalize>();

function kwDict(kw: KwArgs): PyValue {
  const d = new PyDict();
  if (kw !== null) for (const [k, v] of kw) d.setStr(k, v);
  return d;
}

// ---------------------------------------------------------------------------------------------------

function namespace(rt: Runtime): Record<string, PyValue> {
  currentRt = rt;
  return {
    ref: refType,
    ReferenceType: refType,
    ProxyType: proxyType,
    CallableProxyType: callableProxyType,
    ProxyTypes: pyTuple([proxyType, callableProxyType]),
    proxy: proxyFn,
    getweakrefcount,
    getweakrefs,
    WeakValueDictionary: weakValueDictType,
    WeakKeyDictionary: weakKeyDictType,
    WeakSet: weakSetType,
    KeyedRef: refType,
    WeakMethod: refType,
    finalize: finalizeType,
  };
}

export const weakrefModule = defineModule({
  name: 'weakref',
  doc: 'Weak reference support for Python.',
  init: (_mod, rt) => namespace(rt),
});

export const _weakrefModule = defineModule({
  name: '_weakref',
  doc: 'Weak-reference support module.',
  init: (_mod, rt) => {
    const ns = namespace(rt);
    return { ref: ns.ref, ReferenceType: ns.ReferenceType, ProxyType: ns.ProxyType, CallableProxyType: ns.CallableProxyType, proxy: ns.proxy, getweakrefcount: ns.getweakrefcount, getweakrefs: ns.getweakrefs };
  },
});

export default weakrefModule;
