// `collections.abc` (CPython: Lib/_collections_abc.py): the container ABCs, made with abc.ts's makeAbc
// so they are real ABCMeta classes (subclassable, register(), isinstance through __subclasshook__).
//
// - The "one-trick ponies" (Hashable, Iterable, Iterator, Sized, Container, Callable, Reversible,
//   Collection, Generator, Awaitable, AsyncIterable ...) recognise any class structurally through
//   __subclasshook__ (CPython's _check_methods: the method is in some class __dict__ along the MRO and
//   is not None).
// - The builtin types are registered as in CPython: list -> MutableSequence, tuple/str/range ->
//   Sequence, dict -> MutableMapping, mappingproxy -> Mapping, set -> MutableSet, frozenset -> Set,
//   dict views -> KeysView/ItemsView/ValuesView, bytes/bytearray -> ByteString, deque -> MutableSequence.
// - Mixin methods are natives that call the subclass's own methods (self[i], len(self), iter(self)),
//   so a user class defining the abstract methods gets get/keys/items/pop/update/index/count... as in
//   CPython. Set's binary operators build results with cls._from_iterable.
// Not here: the async ABCs' mixins beyond __aiter__, Buffer (3.12).

import { settle, type NativeGen, type PyValue } from '../src/objects/object.js';
import { PyType } from '../src/objects/type.js';
import { None, NotImplemented, objectType, typeOf, strType } from '../src/objects/builtin-types.js';
import { pyErr, TypeError, ValueError, IndexError, KeyError, StopIteration, NotImplementedError, GeneratorExit, RuntimeError, isExcOf } from '../src/objects/exceptions.js';
import type { NativeFn } from '../src/objects/native.js';
import { PyList, listType } from '../src/objects/list.js';
import { tupleType, pyTuple } from '../src/objects/tuple.js';
import { rangeType } from '../src/objects/range.js';
import { dictType } from '../src/objects/dict.js';
import { setType, frozensetType } from '../src/objects/set.js';
import { bytesType, bytearrayType } from '../src/objects/bytes.js';
import { dictKeysType, dictValuesType, dictItemsType } from '../src/objects/dict-views.js';
import { mappingProxyType } from '../src/objects/mappingproxy.js';
import { generatorType } from '../src/objects/generator.js';
import { classMethod } from '../src/objects/descriptors.js';
import { nativeFunction } from '../src/objects/native.js';
import { markGeneric } from '../src/objects/union-alias.js';
import { nextGen } from '../src/objects/seq.js';
import * as ops from '../src/objects/ops.js';
import { PyModule } from '../src/objects/module.js';
import { makeAbc, registerNative } from './abc.js';
import { markSequence, markMapping } from '../src/objects/type-flags.js';
import { callM, getA, setA, truth, itemsOf, containsOf, reprOf, eq } from './lib/pyclass.js';
import { dequeType } from './collections.js';
import type { Runtime } from '../src/runtime/runtime.js';

type G<T = PyValue> = Generator<any, T, any>;
const M = 'collections.abc';

// ---------------------------------------------------------------------------------------------------
// Helpers

/** CPython: _collections_abc._check_methods. */
function checkMethods(C: PyValue, names: string[]): PyValue {
  if (!(C instanceof PyType)) return NotImplemented;
  for (const n of names) {
    let found = false;
    for (const B of C.mro) {
      if (B.ns.has(n)) {
        if (B.ns.get(n) === None) return NotImplemented;
        found = true;
        break;
      }
    }
    if (!found) return NotImplemented;
  }
  return true;
}

/** __subclasshook__ = classmethod: `if cls is <this ABC>: return _check_methods(C, *names)`. */
function hook(names: string[], self: () => PyType): PyValue {
  return classMethod(nativeFunction('__subclasshook__', (a) => (a[0] === self() ? checkMethods(a[1], names) : NotImplemented)));
}

function* len(v: PyValue): G<number> {
  return Number(yield* settle(ops.len(v) as never));
}

function* iterAll(v: PyValue): G<PyValue[]> {
  return yield* itemsOf(v);
}

function* getitem(o: PyValue, k: PyValue): G {
  return yield* settle(ops.getItem(o, k));
}

function gen(f: () => G): NativeGen {
  return f() as NativeGen;
}

/** An iterator object over a JS generator (used for __iter__/__reversed__ mixins). */
function* pyIter(items: PyValue[]): G {
  return yield* settle(ops.getIter(new PyList(items)));
}

/** Coroutine.close / Generator.close: throw GeneratorExit in, and expect it (or StopIteration) back out. */
function closeByThrow(kind: 'coroutine' | 'generator'): NativeFn {
  return (a) => gen(function* () {
    try {
      yield* callM(a[0], 'throw', [GeneratorExit]);
    } catch (e) {
      if (isExcOf(e, GeneratorExit) || isExcOf(e, StopIteration)) return None;
      throw e;
    }
    throw pyErr(RuntimeError, `${kind} ignored GeneratorExit`);
  });
}

/** The mixin clear() of MutableSet/MutableMapping/MutableSequence: call `method` until it raises `empty`. */
function popUntil(method: 'pop' | 'popitem', empty: PyType): NativeFn {
  return (a) => gen(function* () {
    for (;;) {
      try {
        yield* callM(a[0], method);
      } catch (e) {
        if (isExcOf(e, empty)) return None;
        throw e;
      }
    }
  });
}

// ---------------------------------------------------------------------------------------------------
// The ABCs

let Hashable: PyType, Awaitable: PyType, Coroutine: PyType, AsyncIterable: PyType, AsyncIterator: PyType, AsyncGenerator: PyType;
let Iterable: PyType, Iterator: PyType, Reversible: PyType, Generator: PyType, Sized: PyType, Container: PyType;
let Collection: PyType, Callable: PyType, SetABC: PyType, MutableSet: PyType, Mapping: PyType, MappingView: PyType;
let KeysView: PyType, ItemsView: PyType, ValuesView: PyType, MutableMapping: PyType, Sequence: PyType;
let ByteString: PyType, MutableSequence: PyType;

Hashable = makeAbc(M, 'Hashable', [objectType], { __subclasshook__: hook(['__hash__'], () => Hashable) }, { __hash__: () => 0 });
Awaitable = makeAbc(M, 'Awaitable', [objectType], { __subclasshook__: hook(['__await__'], () => Awaitable) }, { __await__: () => None });
Coroutine = makeAbc(M, 'Coroutine', [Awaitable], {
  __subclasshook__: hook(['__await__', 'send', 'throw', 'close'], () => Coroutine),
  close: closeByThrow('coroutine'),
}, { send: () => { throw pyErr(StopIteration); }, throw: (a) => { throw a[1]; } });
AsyncIterable = makeAbc(M, 'AsyncIterable', [objectType], { __subclasshook__: hook(['__aiter__'], () => AsyncIterable) }, { __aiter__: () => None });
AsyncIterator = makeAbc(M, 'AsyncIterator', [AsyncIterable], {
  __subclasshook__: hook(['__anext__', '__aiter__'], () => AsyncIterator),
  __aiter__: (a) => a[0],
}, { __anext__: () => None });
AsyncGenerator = makeAbc(M, 'AsyncGenerator', [AsyncIterator], {
  __subclasshook__: hook(['__aiter__', '__anext__', 'asend', 'athrow', 'aclose'], () => AsyncGenerator),
}, { asend: () => None, athrow: () => None });

Iterable = makeAbc(M, 'Iterable', [objectType], { __subclasshook__: hook(['__iter__'], () => Iterable) }, {
  __iter__: () => gen(function* () { return yield* pyIter([]); }),
});
Iterator = makeAbc(M, 'Iterator', [Iterable], {
  __subclasshook__: hook(['__iter__', '__next__'], () => Iterator),
  __iter__: (a) => a[0],
}, { __next__: () => { throw pyErr(StopIteration); } });
Reversible = makeAbc(M, 'Reversible', [Iterable], { __subclasshook__: hook(['__reversed__', '__iter__'], () => Reversible) }, {
  __reversed__: () => gen(function* () { return yield* pyIter([]); }),
});
Generator = makeAbc(M, 'Generator', [Iterator], {
  __subclasshook__: hook(['__iter__', '__next__', 'send', 'throw', 'close'], () => Generator),
  __next__: (a) => gen(function* () { return yield* callM(a[0], 'send', [None]); }),
  close: closeByThrow('generator'),
}, { send: () => { throw pyErr(StopIteration); }, throw: (a) => { throw a[1]; } });
Sized = makeAbc(M, 'Sized', [objectType], { __subclasshook__: hook(['__len__'], () => Sized) }, { __len__: () => 0 });
Container = makeAbc(M, 'Container', [objectType], { __subclasshook__: hook(['__contains__'], () => Container) }, { __contains__: () => false });
Collection = makeAbc(M, 'Collection', [Sized, Iterable, Container], { __subclasshook__: hook(['__len__', '__iter__', '__contains__'], () => Collection) });
Callable = makeAbc(M, 'Callable', [objectType], { __subclasshook__: hook(['__call__'], () => Callable) }, { __call__: () => false });

// ---- Set / MutableSet ----

function* fromIterable(cls: PyValue, it: PyValue): G {
  return yield* callM(cls, '_from_iterable', [it]);
}
function* isSetLikeG(v: PyValue): G<boolean> {
  const r = ops.isInstance(v, SetABC);
  return typeof r === 'boolean' ? r : yield* truth(yield* settle(r as NativeGen));
}
function* isIterableG(v: PyValue): G<boolean> {
  const r = ops.isInstance(v, Iterable);
  return typeof r === 'boolean' ? r : yield* truth(yield* settle(r as NativeGen));
}

function* subsetOf(a: PyValue, b: PyValue): G<boolean> {
  if ((yield* len(a)) > (yield* len(b))) return false;
  for (const x of yield* iterAll(a)) if (!(yield* containsOf(b, x))) return false;
  return true;
}

function setCmp(op: 'le' | 'lt' | 'gt' | 'ge' | 'eq'): NativeFn {
  return (a) => gen(function* () {
    const [self, other] = a;
    if (!(yield* isSetLikeG(other))) return NotImplemented;
    const ls = yield* len(self);
    const lo = yield* len(other);
    switch (op) {
      case 'le': return yield* subsetOf(self, other);
      case 'lt': return ls < lo && (yield* subsetOf(self, other));
      case 'ge': return yield* subsetOf(other, self);
      case 'gt': return ls > lo && (yield* subsetOf(other, self));
      case 'eq': return ls === lo && (yield* subsetOf(self, other));
    }
  });
}

function setOp(kind: 'and' | 'or' | 'sub' | 'xor', reflected = false): NativeFn {
  return (a) => gen(function* () {
    let [self, other] = a;
    if (!(yield* isIterableG(other))) return NotImplemented;
    const cls = typeOf(self);
    if (reflected) {
      if (kind === 'sub' || kind === 'xor') {
        if (!(yield* isSetLikeG(other))) other = yield* fromIterable(cls, other);
        [self, other] = [other, self];
      }
    }
    if (kind === 'and') {
      const out: PyValue[] = [];
      for (const v of yield* iterAll(other)) if (yield* containsOf(self, v)) out.push(v);
      return yield* fromIterable(cls, new PyList(out));
    }
    if (kind === 'or') {
      const out = [...(yield* iterAll(self)), ...(yield* iterAll(other))];
      return yield* fromIterable(cls, new PyList(out));
    }
    if (kind === 'sub') {
      if (!reflected && !(yield* isSetLikeG(other))) other = yield* fromIterable(cls, other);
      const out: PyValue[] = [];
      for (const v of yield* iterAll(self)) if (!(yield* containsOf(other, v))) out.push(v);
      return yield* fromIterable(typeOf(self) === cls ? cls : cls, new PyList(out));
    }
    // xor
    if (!reflected && !(yield* isSetLikeG(other))) other = yield* fromIterable(cls, other);
    const out: PyValue[] = [];
    for (const v of yield* iterAll(self)) if (!(yield* containsOf(other, v))) out.push(v);
    for (const v of yield* iterAll(other)) if (!(yield* containsOf(self, v))) out.push(v);
    return yield* fromIterable(cls, new PyList(out));
  });
}

SetABC = makeAbc(M, 'Set', [Collection], {
  __le__: setCmp('le'), __lt__: setCmp('lt'), __gt__: setCmp('gt'), __ge__: setCmp('ge'), __eq__: setCmp('eq'),
  _from_iterable: classMethod(nativeFunction('_from_iterable', (a) => ops.call(a[0], [a[1]], null))),
  __and__: setOp('and'), __rand__: setOp('and', true), __or__: setOp('or'), __ror__: setOp('or', true),
  __sub__: setOp('sub'), __rsub__: setOp('sub', true), __xor__: setOp('xor'), __rxor__: setOp('xor', true),
  isdisjoint: (a) => gen(function* () {
    for (const v of yield* iterAll(a[1])) if (yield* containsOf(a[0], v)) return false;
    return true;
  }),
  _hash: (a) => gen(function* () {
    // CPython: Set._hash (frozenset's algorithm over hash(x) of the members)
    const MASK = (1n << 64n) - 1n;
    const toS64 = (x: bigint) => (x & (1n << 63n) ? x - (1n << 64n) : x);
    const items = yield* iterAll(a[0]);
    let h = (1927868237n * BigInt(items.length + 1)) & MASK;
    for (const x of items) {
      const hx = BigInt((yield* settle(ops.hash(x))) as number | bigint) & MASK;
      h = (h ^ (((hx ^ (hx << 16n)) ^ 89869747n) * 3644798167n)) & MASK;
    }
    h = (h * 69069n + 907133923n) & MASK;
    let r = toS64(h);
    if (r === -1n) r = 590923713n;
    return Number(r);
  }),
}, { __contains__: () => false, __iter__: () => gen(function* () { return yield* pyIter([]); }), __len__: () => 0 });
SetABC.setAttr('__hash__', None);

MutableSet = makeAbc(M, 'MutableSet', [SetABC], {
  remove: (a) => gen(function* () {
    if (!(yield* containsOf(a[0], a[1]))) throw keyErr(a[1]);
    yield* callM(a[0], 'discard', [a[1]]);
    return None;
  }),
  pop: (a) => gen(function* () {
    const it = yield* settle(ops.getIter(a[0]));
    const v = yield* nextGen(it);
    if (v === undefined) throw pyErr(KeyError);
    yield* callM(a[0], 'discard', [v]);
    return v;
  }),
  clear: popUntil('pop', KeyError),
  __ior__: (a) => gen(function* () {
    for (const v of yield* iterAll(a[1])) yield* callM(a[0], 'add', [v]);
    return a[0];
  }),
  __iand__: (a) => gen(function* () {
    const other = a[1];
    for (const v of yield* iterAll(a[0])) if (!(yield* containsOf(other, v))) yield* callM(a[0], 'discard', [v]);
    return a[0];
  }),
  __ixor__: (a) => gen(function* () {
    const [self, it] = a;
    if (it === self) {
      yield* callM(self, 'clear');
      return self;
    }
    const other = (yield* isSetLikeG(it)) ? it : yield* fromIterable(typeOf(self), it);
    for (const v of yield* iterAll(other)) {
      if (yield* containsOf(self, v)) yield* callM(self, 'discard', [v]);
      else yield* callM(self, 'add', [v]);
    }
    return self;
  }),
  __isub__: (a) => gen(function* () {
    const [self, it] = a;
    if (it === self) {
      yield* callM(self, 'clear');
      return self;
    }
    for (const v of yield* iterAll(it)) yield* callM(self, 'discard', [v]);
    return self;
  }),
}, {
  add: () => { throw pyErr(NotImplementedError); },
  discard: () => { throw pyErr(NotImplementedError); },
});

function keyErr(k: PyValue) {
  const e = pyErr(KeyError);
  e.args = [k];
  return e;
}

// ---- Mapping / views / MutableMapping ----

Mapping = makeAbc(M, 'Mapping', [Collection], {
  get: (a) => gen(function* () {
    try {
      return yield* getitem(a[0], a[1]);
    } catch (e) {
      if (isExcOf(e, KeyError)) return a[2] ?? None;
      throw e;
    }
  }),
  __contains__: (a) => gen(function* () {
    try {
      yield* getitem(a[0], a[1]);
      return true;
    } catch (e) {
      if (isExcOf(e, KeyError)) return false;
      throw e;
    }
  }),
  keys: (a) => ops.call(KeysView, [a[0]], null),
  items: (a) => ops.call(ItemsView, [a[0]], null),
  values: (a) => ops.call(ValuesView, [a[0]], null),
  __eq__: (a) => gen(function* () {
    const [self, other] = a;
    const r = ops.isInstance(other, Mapping);
    const isMap = typeof r === 'boolean' ? r : yield* truth(yield* settle(r as NativeGen));
    if (!isMap) return NotImplemented;
    const d1 = yield* settle(ops.call(dictType, [yield* callM(self, 'items')], null));
    const d2 = yield* settle(ops.call(dictType, [yield* callM(other, 'items')], null));
    return yield* eq(d1, d2);
  }),
  __reversed__: None,
}, { __getitem__: (a) => { throw keyErr(a[1]); } });
Mapping.setAttr('__hash__', None);

MappingView = makeAbc(M, 'MappingView', [Sized], {
  __init__: (a) => gen(function* () {
    yield* setA(a[0], '_mapping', a[1]);
    return None;
  }),
  __len__: (a) => gen(function* () { return yield* len(yield* getA(a[0], '_mapping')); }),
  __repr__: (a) => gen(function* () {
    return `${typeOf(a[0]).name}(${yield* reprOf(yield* getA(a[0], '_mapping'))})`;
  }),
});
// MappingView has __slots__ = '_mapping' in CPython; ours keeps it in the instance dict
MappingView.instancesHaveDict = true;

const fromIterableSet = classMethod(nativeFunction('_from_iterable', (a) => ops.call(setType, [a[1]], null)));

KeysView = makeAbc(M, 'KeysView', [MappingView, SetABC], {
  _from_iterable: fromIterableSet,
  __contains__: (a) => gen(function* () { return yield* containsOf(yield* getA(a[0], '_mapping'), a[1]); }),
  __iter__: (a) => gen(function* () { return yield* settle(ops.getIter(yield* getA(a[0], '_mapping'))); }),
});
ItemsView = makeAbc(M, 'ItemsView', [MappingView, SetABC], {
  _from_iterable: fromIterableSet,
  __contains__: (a) => gen(function* () {
    const m = yield* getA(a[0], '_mapping');
    const kv = yield* itemsOf(a[1]);
    if (kv.length !== 2) return false;
    let v: PyValue;
    try {
      v = yield* getitem(m, kv[0]);
    } catch (e) {
      if (isExcOf(e, KeyError)) return false;
      throw e;
    }
    return v === kv[1] || (yield* eq(v, kv[1]));
  }),
  __iter__: (a) => gen(function* () {
    const m = yield* getA(a[0], '_mapping');
    const out: PyValue[] = [];
    for (const k of yield* iterAll(m)) out.push(tuple2(k, yield* getitem(m, k)));
    return yield* pyIter(out);
  }),
});
ValuesView = makeAbc(M, 'ValuesView', [MappingView, Collection], {
  __contains__: (a) => gen(function* () {
    const m = yield* getA(a[0], '_mapping');
    for (const k of yield* iterAll(m)) {
      const v = yield* getitem(m, k);
      if (v === a[1] || (yield* eq(v, a[1]))) return true;
    }
    return false;
  }),
  __iter__: (a) => gen(function* () {
    const m = yield* getA(a[0], '_mapping');
    const out: PyValue[] = [];
    for (const k of yield* iterAll(m)) out.push(yield* getitem(m, k));
    return yield* pyIter(out);
  }),
});

const tuple2 = (a: PyValue, b: PyValue): PyValue => pyTuple([a, b]);

const MARKER = {};

MutableMapping = makeAbc(M, 'MutableMapping', [Mapping], {
  pop: (a) => gen(function* () {
    const [self, key] = a;
    const dflt = a.length > 2 ? a[2] : MARKER;
    let v: PyValue;
    try {
      v = yield* getitem(self, key);
    } catch (e) {
      if (isExcOf(e, KeyError) && dflt !== MARKER) return dflt as PyValue;
      throw e;
    }
    yield* settle(ops.delItem(self, key));
    return v;
  }),
  popitem: (a) => gen(function* () {
    const it = yield* settle(ops.getIter(a[0]));
    const k = yield* nextGen(it);
    if (k === undefined) throw pyErr(KeyError);
    const v = yield* getitem(a[0], k);
    yield* settle(ops.delItem(a[0], k));
    return tuple2(k, v);
  }),
  clear: popUntil('popitem', KeyError),
  update: (a, kw) => gen(function* () {
    const self = a[0];
    if (a.length > 2) throw pyErr(TypeError, `update expected at most 1 argument, got ${a.length - 1}`);
    const other = a[1];
    if (other !== undefined) {
      const r = ops.isInstance(other, Mapping);
      const isMap = typeof r === 'boolean' ? r : yield* truth(yield* settle(r as NativeGen));
      if (isMap) {
        for (const k of yield* iterAll(other)) yield* settle(ops.setItem(self, k, yield* getitem(other, k)));
      } else if ((yield* getOptAttr(other, 'keys')) !== undefined) {
        for (const k of yield* iterAll(yield* callM(other, 'keys'))) yield* settle(ops.setItem(self, k, yield* getitem(other, k)));
      } else {
        for (const kv of yield* iterAll(other)) {
          const p = yield* itemsOf(kv);
          yield* settle(ops.setItem(self, p[0], p[1]));
        }
      }
    }
    if (kw !== null) for (const [k, v] of kw) yield* settle(ops.setItem(self, k, v));
    return None;
  }),
  setdefault: (a) => gen(function* () {
    const [self, key] = a;
    const dflt = a[2] ?? None;
    try {
      return yield* getitem(self, key);
    } catch (e) {
      if (!isExcOf(e, KeyError)) throw e;
    }
    yield* settle(ops.setItem(self, key, dflt));
    return dflt;
  }),
}, {
  __setitem__: (a) => { throw keyErr(a[1]); },
  __delitem__: (a) => { throw keyErr(a[1]); },
});

function* getOptAttr(o: PyValue, n: string): G<PyValue | undefined> {
  const r = ops.getAttrOpt(o, n);
  return r === undefined ? undefined : ((yield* settle(r as never)) as PyValue | undefined);
}

// ---- Sequence / MutableSequence ----

function* seqItems(self: PyValue): G<PyValue[]> {
  // CPython: Sequence.__iter__ -- self[0], self[1], ... until IndexError
  const out: PyValue[] = [];
  for (let i = 0; ; i++) {
    try {
      out.push(yield* getitem(self, i));
    } catch (e) {
      if (isExcOf(e, IndexError)) return out;
      throw e;
    }
  }
}

Sequence = makeAbc(M, 'Sequence', [Reversible, Collection], {
  __iter__: (a) => gen(function* () { return yield* pyIter(yield* seqItems(a[0])); }),
  __contains__: (a) => gen(function* () {
    for (const v of yield* iterAll(a[0])) if (v === a[1] || (yield* eq(v, a[1]))) return true;
    return false;
  }),
  __reversed__: (a) => gen(function* () {
    const n = yield* len(a[0]);
    const out: PyValue[] = [];
    for (let i = n - 1; i >= 0; i--) out.push(yield* getitem(a[0], i));
    return yield* pyIter(out);
  }),
  index: (a) => gen(function* () {
    const [self, value] = a;
    const n = yield* len(self);
    let start = a[2] === undefined || a[2] === None ? 0 : Number(a[2]);
    let stop = a[3] === undefined || a[3] === None ? n : Number(a[3]);
    if (start < 0) start = Math.max(n + start, 0);
    if (stop < 0) stop += n;
    for (let i = start; i < stop; i++) {
      let v: PyValue;
      try {
        v = yield* getitem(self, i);
      } catch (e) {
        if (isExcOf(e, IndexError)) break;
        throw e;
      }
      if (v === value || (yield* eq(v, value))) return i;
    }
    throw pyErr(ValueError);
  }),
  count: (a) => gen(function* () {
    let c = 0;
    for (const v of yield* iterAll(a[0])) if (v === a[1] || (yield* eq(v, a[1]))) c++;
    return c;
  }),
}, { __getitem__: () => { throw pyErr(IndexError); }, __len__: () => 0 });

ByteString = makeAbc(M, 'ByteString', [Sequence], {});

MutableSequence = makeAbc(M, 'MutableSequence', [Sequence], {
  append: (a) => gen(function* () {
    yield* callM(a[0], 'insert', [yield* len(a[0]), a[1]]);
    return None;
  }),
  clear: popUntil('pop', IndexError),
  reverse: (a) => gen(function* () {
    const n = yield* len(a[0]);
    for (let i = 0; i < Math.floor(n / 2); i++) {
      const x = yield* getitem(a[0], i);
      const y = yield* getitem(a[0], n - i - 1);
      yield* settle(ops.setItem(a[0], i, y));
      yield* settle(ops.setItem(a[0], n - i - 1, x));
    }
    return None;
  }),
  extend: (a) => gen(function* () {
    const vals = a[1] === a[0] ? yield* iterAll(new PyList(yield* iterAll(a[1]))) : yield* iterAll(a[1]);
    for (const v of vals) yield* callM(a[0], 'append', [v]);
    return None;
  }),
  pop: (a) => gen(function* () {
    const idx = a[1] === undefined ? -1 : a[1];
    const v = yield* getitem(a[0], idx);
    yield* settle(ops.delItem(a[0], idx));
    return v;
  }),
  remove: (a) => gen(function* () {
    const i = yield* callM(a[0], 'index', [a[1]]);
    yield* settle(ops.delItem(a[0], i));
    return None;
  }),
  __iadd__: (a) => gen(function* () {
    yield* callM(a[0], 'extend', [a[1]]);
    return a[0];
  }),
}, {
  __setitem__: () => { throw pyErr(IndexError); },
  __delitem__: () => { throw pyErr(IndexError); },
  insert: () => { throw pyErr(IndexError); },
});

// ---------------------------------------------------------------------------------------------------
// Registrations (CPython: the .register() calls in _collections_abc.py and collections/__init__.py)

registerNative(Generator, generatorType);
registerNative(SetABC, frozensetType);
registerNative(MutableSet, setType);
registerNative(Mapping, mappingProxyType);
registerNative(KeysView, dictKeysType);
registerNative(ItemsView, dictItemsType);
registerNative(ValuesView, dictValuesType);
registerNative(MutableMapping, dictType);
registerNative(Sequence, tupleType, strType, rangeType);
registerNative(ByteString, bytesType, bytearrayType);
registerNative(MutableSequence, listType);
// Their subclasses match `case [...]` / `case {...}` (CPython: __abc_tpflags__)
markSequence(Sequence);
markMapping(Mapping);

const all: Record<string, PyType> = {
  Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Hashable, Iterable, Iterator, Generator,
  Reversible, Sized, Container, Callable, Collection, Set: SetABC, MutableSet, Mapping, MutableMapping, MappingView,
  KeysView, ItemsView, ValuesView, Sequence, MutableSequence, ByteString,
};
markGeneric(...Object.values(all));

/** The collections.abc module, registered in sys.modules (also as _collections_abc). */
export function collectionsAbcModule(rt: Runtime): PyModule {
  const cached = rt.sysModules.getStr('collections.abc');
  if (cached instanceof PyModule) return cached;
  registerNative(MutableSequence, dequeType); // (collections.ts imports this module: bind deque late)
  const m = rt.newModule('collections.abc');
  for (const [k, v] of Object.entries(all)) m.dict.setStr(k, v);
  m.dict.setStr('__all__', new PyList(Object.keys(all)));
  rt.sysModules.setStr('collections.abc', m);
  rt.sysModules.setStr('_collections_abc', m);
  return m;
}

export { all as abcClasses };
