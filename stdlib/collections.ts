// The `collections` module (CPython: Modules/_collectionsmodule.c + Lib/collections/__init__.py):
// deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap.
//
// deque is a native type over a JS array. Its appends/pops/rotate run no Python code, so under the
// GIL each is atomic (a thread switch can only happen between them) exactly as in CPython, and
// producer/consumer code that relies on that is safe. Methods that compare items (count, index,
// remove, ==) may run Python __eq__ and are preemptible generators; they detect mutation during
// the comparison ("deque mutated during iteration") as CPython does.
//
// defaultdict, OrderedDict and Counter are native subclasses of dict (PyDict layout), so every dict
// method works on them; ChainMap and the namedtuple classes are real Python-visible classes created
// through type.__new__ (namedtuple classes subclass tuple and may be subclassed again).

import { PyObject, settle, type KwArgs, type NativeGen, type NativeResult, type PyValue } from '../src/objects/object.js';
import { PyType } from '../src/objects/type.js';
import { None, NotImplemented, builtinType, typeOf, typeType } from '../src/objects/builtin-types.js';
import { pyErr, AttributeError, TypeError, ValueError, IndexError, KeyError, RuntimeError, PyBaseException, StopIteration, NotImplementedError } from '../src/objects/exceptions.js';
import { nativeFunction, nativeMethod, type NativeFn } from '../src/objects/native.js';
import { PyDict, dictType, MISSING } from '../src/objects/dict.js';
import { dictRepr, dictUpdateArg } from '../src/objects/dict-methods.js';
import { PyList } from '../src/objects/list.js';
import { PyTuple, pyTuple, tupleType } from '../src/objects/tuple.js';
import { PyGetSet, classMethod, staticMethod } from '../src/objects/descriptors.js';
import { reprEnter, reprLeave, reprItems } from '../src/objects/repr-util.js';
import { typeDisplayName } from '../src/objects/object-methods.js';
import { typeNew } from '../src/objects/typeobject.js';
import { intValue } from '../src/objects/int.js';
import * as ops from '../src/objects/ops.js';
import { CmpOp, BinOp } from '../src/objects/ops.js';
import { toArray, nextGen, seqCompare } from '../src/objects/seq.js';
import { checkCount, noKwargs, signature } from '../src/builtins/args.js';
import { runSync, drive, truth, eq } from './lib/pyclass.js';
import { currentThread } from '../src/vm/thread.js';
import { defineModule } from './index.js';
import { markSequence } from '../src/objects/type-flags.js';
import { collectionsAbcModule } from './collections_abc.js';

type G<T = PyValue> = Generator<any, T, any>;

function* listOf(v: PyValue): G<PyValue[]> {
  return yield* drive<PyValue[]>(toArray(v));
}

function meth(owner: string, t: PyType, fns: Record<string, NativeFn>): void {
  const entries: Record<string, PyValue> = {};
  for (const [k, f] of Object.entries(fns)) entries[k] = nativeMethod(owner, k, f);
  t.define(entries);
}

function gen(f: () => NativeGen): NativeGen {
  return f();
}

// ---------------------------------------------------------------------------------------------------
// deque

export const dequeType = builtinType('deque');
dequeType.ns.set('__module__', 'collections');
markSequence(dequeType); // `case [...]` matches a deque

export class PyDeque extends PyObject {
  items: PyValue[] = [];
  maxlen: number | null = null;
  /** Bumped by every mutation (iterators and comparisons detect concurrent changes). */
  state = 0;
}
dequeType.alloc = (t) => new PyDeque(t);

function dq(v: PyValue): PyDeque {
  if (!(v instanceof PyDeque)) throw pyErr(TypeError, `descriptor requires a 'collections.deque' object but received a '${typeOf(v).name}'`);
  return v;
}

function dqAppend(d: PyDeque, v: PyValue): void {
  d.state++;
  if (d.maxlen === 0) return;
  d.items.push(v);
  if (d.maxlen !== null && d.items.length > d.maxlen) d.items.shift();
}

function dqAppendLeft(d: PyDeque, v: PyValue): void {
  d.state++;
  if (d.maxlen === 0) return;
  d.items.unshift(v);
  if (d.maxlen !== null && d.items.length > d.maxlen) d.items.pop();
}

function dqIndex(d: PyDeque, i: PyValue): number {
  const n = intValue(i);
  if (n === undefined) throw pyErr(TypeError, `sequence index must be integer, not '${typeOf(i).name}'`);
  let k = Number(n);
  if (k < 0) k += d.items.length;
  if (k < 0 || k >= d.items.length) throw pyErr(IndexError, 'deque index out of range');
  return k;
}

function dqRotate(d: PyDeque, n: number): void {
  const len = d.items.length;
  if (len <= 1) return;
  d.state++;
  n %= len;
  if (n < 0) n += len;
  if (n === 0) return;
  d.items = d.items.slice(len - n).concat(d.items.slice(0, len - n));
}

function* dqFind(d: PyDeque, v: PyValue, start: number, stop: number): G<number> {
  const st = d.state;
  for (let i = start; i < Math.min(stop, d.items.length); i++) {
    const found = yield* eq(d.items[i], v);
    if (d.state !== st) throw pyErr(RuntimeError, 'deque mutated during iteration');
    if (found) return i;
  }
  return -1;
}

function dqRepr(d: PyDeque): NativeResult {
  const name = d.type === dequeType ? 'deque' : d.type.name;
  if (!reprEnter(d)) return '[...]';
  reprLeave(d);
  const r = reprItems(d, `${name}([`, d.items.slice(), ']', '[...]');
  const tail = d.maxlen === null ? ')' : `, maxlen=${d.maxlen})`;
  if (typeof r === 'string') return r + tail;
  return gen(function* () {
    return ((yield* r) as string) + tail;
  });
}

const dequeIterType = builtinType('_collections._deque_iterator');
dequeIterType.name = '_deque_iterator';
class PyDequeIter extends PyObject {
  i = 0;
  constructor(public d: PyDeque, public st: number, public rev: boolean) {
    super(dequeIterType);
  }
}
meth('_deque_iterator', dequeIterType, {
  __iter__: (a) => a[0],
  __next__: (a) => {
    const it = a[0] as PyDequeIter;
    if (it.d.state !== it.st) throw pyErr(RuntimeError, 'deque mutated during iteration');
    if (it.i >= it.d.items.length) throw pyErr(StopIteration);
    const k = it.rev ? it.d.items.length - 1 - it.i : it.i;
    it.i++;
    return it.d.items[k];
  },
  __length_hint__: (a) => Math.max(0, (a[0] as PyDequeIter).d.items.length - (a[0] as PyDequeIter).i),
});

const dequeInitSig = signature('deque', 'iterable=(), maxlen=None');

meth('deque', dequeType, {
  __init__: (args, kwargs) => {
    const d = dq(args[0]);
    const [it, ml] = dequeInitSig.parse(args.slice(1), kwargs);
    if (ml !== undefined && ml !== None) {
      const n = intValue(ml);
      if (n === undefined) throw pyErr(TypeError, `'${typeOf(ml).name}' object cannot be interpreted as an integer`);
      if (n < 0) throw pyErr(ValueError, 'maxlen must be non-negative');
      d.maxlen = Number(n);
    } else d.maxlen = null;
    d.items = [];
    d.state++;
    if (it === undefined) return None;
    return gen(function* () {
      for (const v of yield* listOf(it)) dqAppend(d, v);
      return None;
    });
  },
  append: (a) => (checkCount('append', a, 2, 2), dqAppend(dq(a[0]), a[1]), None),
  appendleft: (a) => (checkCount('appendleft', a, 2, 2), dqAppendLeft(dq(a[0]), a[1]), None),
  pop: (a) => {
    const d = dq(a[0]);
    if (d.items.length === 0) throw pyErr(IndexError, 'pop from an empty deque');
    d.state++;
    return d.items.pop()!;
  },
  popleft: (a) => {
    const d = dq(a[0]);
    if (d.items.length === 0) throw pyErr(IndexError, 'pop from an empty deque');
    d.state++;
    return d.items.shift()!;
  },
  extend: (a) => gen(function* () {
    const d = dq(a[0]);
    const vs = a[1] === d ? d.items.slice() : yield* listOf(a[1]);
    for (const v of vs) dqAppend(d, v);
    return None;
  }),
  extendleft: (a) => gen(function* () {
    const d = dq(a[0]);
    const vs = a[1] === d ? d.items.slice() : yield* listOf(a[1]);
    for (const v of vs) dqAppendLeft(d, v);
    return None;
  }),
  rotate: (a) => {
    checkCount('rotate', a, 1, 2);
    const n = a.length > 1 ? intValue(a[1]) : 1;
    if (n === undefined) throw pyErr(TypeError, `'${typeOf(a[1]).name}' object cannot be interpreted as an integer`);
    dqRotate(dq(a[0]), Number(n));
    return None;
  },
  clear: (a) => {
    const d = dq(a[0]);
    d.items = [];
    d.state++;
    return None;
  },
  copy: (a) => {
    const d = dq(a[0]);
    const c = d.type.alloc(d.type) as PyDeque;
    c.items = d.items.slice();
    c.maxlen = d.maxlen;
    return c;
  },
  __copy__: (a) => {
    const d = dq(a[0]);
    const c = d.type.alloc(d.type) as PyDeque;
    c.items = d.items.slice();
    c.maxlen = d.maxlen;
    return c;
  },
  count: (a) => gen(function* () {
    const d = dq(a[0]);
    const st = d.state;
    let n = 0;
    for (let i = 0; i < d.items.length; i++) {
      if (yield* eq(d.items[i], a[1])) n++;
      if (d.state !== st) throw pyErr(RuntimeError, 'deque mutated during iteration');
    }
    return n;
  }),
  index: (a) => gen(function* () {
    checkCount('index', a, 2, 4);
    const d = dq(a[0]);
    const len = d.items.length;
    const norm = (v: PyValue | undefined, dflt: number) => {
      if (v === undefined) return dflt;
      let k = Number(intValue(v) ?? 0);
      if (k < 0) k = Math.max(0, k + len);
      return Math.min(k, len);
    };
    const i = yield* dqFind(d, a[1], norm(a[2], 0), norm(a[3], len));
    if (i < 0) throw pyErr(ValueError, `${(yield* drive(ops.repr(a[1]))) as string} is not in deque`);
    return i;
  }),
  insert: (a) => {
    checkCount('insert', a, 3, 3);
    const d = dq(a[0]);
    if (d.maxlen !== null && d.items.length >= d.maxlen) throw pyErr(IndexError, 'deque already at its maximum size');
    let k = Number(intValue(a[1]) ?? 0);
    if (k < 0) k = Math.max(0, k + d.items.length);
    d.items.splice(Math.min(k, d.items.length), 0, a[2]);
    d.state++;
    return None;
  },
  remove: (a) => gen(function* () {
    const d = dq(a[0]);
    const i = yield* dqFind(d, a[1], 0, d.items.length);
    if (i < 0) throw pyErr(ValueError, `${(yield* drive(ops.repr(a[1]))) as string} is not in deque`);
    d.items.splice(i, 1);
    d.state++;
    return None;
  }),
  reverse: (a) => {
    const d = dq(a[0]);
    d.items.reverse();
    d.state++;
    return None;
  },
  __len__: (a) => dq(a[0]).items.length,
  __bool__: (a) => dq(a[0]).items.length > 0,
  __iter__: (a) => new PyDequeIter(dq(a[0]), dq(a[0]).state, false),
  __reversed__: (a) => new PyDequeIter(dq(a[0]), dq(a[0]).state, true),
  __getitem__: (a) => {
    const d = dq(a[0]);
    return d.items[dqIndex(d, a[1])];
  },
  __setitem__: (a) => {
    const d = dq(a[0]);
    d.items[dqIndex(d, a[1])] = a[2];
    return None;
  },
  __delitem__: (a) => {
    const d = dq(a[0]);
    d.items.splice(dqIndex(d, a[1]), 1);
    d.state++;
    return None;
  },
  __contains__: (a) => gen(function* () {
    const d = dq(a[0]);
    return (yield* dqFind(d, a[1], 0, d.items.length)) >= 0;
  }),
  __repr__: (a) => dqRepr(dq(a[0])),
  __iadd__: (a) => gen(function* () {
    const d = dq(a[0]);
    for (const v of a[1] === d ? d.items.slice() : yield* listOf(a[1])) dqAppend(d, v);
    return d;
  }),
  __add__: (a) => {
    const d = dq(a[0]);
    if (!(a[1] instanceof PyDeque)) {
      throw pyErr(TypeError, `can only concatenate deque (not "${typeOf(a[1]).name}") to deque`);
    }
    const c = new PyDeque(dequeType);
    c.maxlen = d.maxlen;
    for (const v of [...d.items, ...a[1].items]) dqAppend(c, v);
    return c;
  },
  __mul__: (a) => {
    const d = dq(a[0]);
    const n = Number(intValue(a[1]) ?? 0);
    const c = new PyDeque(dequeType);
    c.maxlen = d.maxlen;
    for (let i = 0; i < n; i++) for (const v of d.items) dqAppend(c, v);
    return c;
  },
  __reduce__: (a) => {
    const d = dq(a[0]);
    return pyTuple([d.type, pyTuple([new PyList(d.items.slice()), d.maxlen ?? None])]);
  },
  __class_getitem__: (a) => a[0],
});
for (const [name, op] of [['__eq__', CmpOp.Eq], ['__ne__', CmpOp.Ne], ['__lt__', CmpOp.Lt], ['__le__', CmpOp.Le], ['__gt__', CmpOp.Gt], ['__ge__', CmpOp.Ge]] as const) {
  dequeType.define({
    [name]: nativeMethod('deque', name, (a) => {
      if (!(a[1] instanceof PyDeque)) return NotImplemented;
      return seqCompare(dq(a[0]).items.slice(), a[1].items.slice(), op) as NativeResult;
    }),
  });
}
dequeType.define({ __hash__: None });
dequeType.define({
  maxlen: new PyGetSet('maxlen', dequeType, (o) => (o as PyDeque).maxlen ?? None, null, 'maximum size of a deque or None if unbounded'),
});

// ---------------------------------------------------------------------------------------------------
// defaultdict

export const defaultdictType = builtinType('defaultdict', dictType);
defaultdictType.ns.set('__module__', 'collections');

class PyDefaultDict extends PyDict {
  factory: PyValue = None;
}
defaultdictType.alloc = (t) => new PyDefaultDict(t);

function ddRepr(d: PyDefaultDict): NativeResult {
  return gen(function* () {
    const f = d.factory === None ? 'None' : reprEnter(d) ? (yield* reprFactory(d)) : '...';
    const body = (yield* drive(dictRepr(d))) as string;
    return `${d.type === defaultdictType ? 'defaultdict' : d.type.name}(${f}, ${body})`;
  });
}

function* reprFactory(d: PyDefaultDict): G<string> {
  try {
    return (yield* drive(ops.repr(d.factory))) as string;
  } finally {
    reprLeave(d);
  }
}

meth('defaultdict', defaultdictType, {
  __init__: (args, kwargs) => {
    const d = args[0] as PyDefaultDict;
    let rest = args.slice(1);
    if (rest.length > 0) {
      const f = rest[0];
      if (f !== None && !ops.isCallable(f)) throw pyErr(TypeError, 'first argument must be callable or None');
      d.factory = f;
      rest = rest.slice(1);
    }
    return ops.callUnbound(dictType.ns.get('__init__') as PyValue, d, rest, kwargs);
  },
  __missing__: (a) => {
    const d = a[0] as PyDefaultDict;
    if (d.factory === None) {
      const e = pyErr(KeyError);
      e.args = [a[1]];
      throw e;
    }
    return gen(function* () {
      const v = yield* drive(ops.call(d.factory, [], null));
      yield* drive(d.set(a[1], v));
      return v;
    });
  },
  __repr__: (a) => ddRepr(a[0] as PyDefaultDict),
  copy: (a) => ddCopy(a[0] as PyDefaultDict),
  __copy__: (a) => ddCopy(a[0] as PyDefaultDict),
  __reduce__: (a) => {
    const d = a[0] as PyDefaultDict;
    return pyTuple([d.type, d.factory === None ? pyTuple([]) : pyTuple([d.factory]), None, None, ops.callMethod(d, 'items', []) as PyValue]);
  },
});
defaultdictType.define({
  default_factory: new PyGetSet('default_factory', defaultdictType, (o) => (o as PyDefaultDict).factory, (o, v) => {
    (o as PyDefaultDict).factory = v ?? None;
  }, 'Factory for default value called by __missing__().'),
});

function ddCopy(d: PyDefaultDict): PyDefaultDict {
  const c = d.type.alloc(d.type) as PyDefaultDict;
  c.factory = d.factory;
  for (const [k, v] of d.entries()) c.set(k, v);
  return c;
}

// ---------------------------------------------------------------------------------------------------
// OrderedDict

export const orderedDictType = builtinType('OrderedDict', dictType);
orderedDictType.ns.set('__module__', 'collections');
orderedDictType.instancesHaveDict = true;

function odRepr(d: PyDict): NativeResult {
  const name = d.type === orderedDictType ? 'OrderedDict' : d.type.name;
  if (d.size === 0) return `${name}()`;
  if (!reprEnter(d)) return '...';
  reprLeave(d);
  const items = [...d.entries()].map(([k, v]) => pyTuple([k, v]));
  return gen(function* () {
    const body = (yield* drive(reprItems(d, '[', items, ']', '...'))) as string;
    return `${name}(${body})`;
  });
}

function* rebuild(d: PyDict, order: [PyValue, PyValue][]): G<void> {
  d.clear();
  for (const [k, v] of order) yield* drive(d.set(k, v));
}

const popitemSig = signature('popitem', 'last=True');
const moveSig = signature('move_to_end', 'key, last=True');

meth('OrderedDict', orderedDictType, {
  __repr__: (a) => odRepr(a[0] as PyDict),
  move_to_end: (a, kw) => gen(function* () {
    const d = a[0] as PyDict;
    const [key, last] = moveSig.parse(a.slice(1), kw);
    const all = [...d.entries()];
    let idx = -1;
    for (let i = 0; i < all.length; i++) if (yield* eq(all[i][0], key as PyValue)) { idx = i; break; }
    if (idx < 0) {
      const e = pyErr(KeyError);
      e.args = [key as PyValue];
      throw e;
    }
    const [item] = all.splice(idx, 1);
    if (last === undefined || (yield* truth(last))) all.push(item);
    else all.unshift(item);
    yield* rebuild(d, all);
    return None;
  }),
  popitem: (a, kw) => gen(function* () {
    const d = a[0] as PyDict;
    const [last] = popitemSig.parse(a.slice(1), kw);
    if (d.size === 0) throw pyErr(KeyError, 'dictionary is empty');
    const all = [...d.entries()];
    const item = last === undefined || (yield* truth(last)) ? all[all.length - 1] : all[0];
    yield* drive(d.delete(item[0]));
    return pyTuple(item);
  }),
  __eq__: (a) => gen(function* () {
    const x = a[0] as PyDict;
    const y = a[1];
    if (!(y instanceof PyDict)) return NotImplemented;
    const eqDict = yield* drive(ops.callUnbound(dictType.ns.get('__eq__') as PyValue, x, [y]));
    if (eqDict !== true || !y.type.isSubtypeOf(orderedDictType)) return eqDict;
    const ka = x.keyList();
    const kb = y.keyList();
    for (let i = 0; i < ka.length; i++) if (!(yield* eq(ka[i], kb[i]))) return false;
    return true;
  }),
  __ne__: (a) => gen(function* () {
    const r = yield* drive(ops.callMethod(a[0], '__eq__', [a[1]]));
    return r === NotImplemented ? r : !(yield* truth(r));
  }),
  copy: (a) => {
    const d = a[0] as PyDict;
    const c = d.type.alloc(d.type) as PyDict;
    for (const [k, v] of d.entries()) c.set(k, v);
    return c;
  },
  __reversed__: (a) => ops.getIter(new PyList((a[0] as PyDict).keyList().reverse())),
});
orderedDictType.define({ __hash__: None });
orderedDictType.define({
  fromkeys: classMethod(nativeFunction('fromkeys', (a) => gen(function* () {
    checkCount('fromkeys', a, 2, 3);
    const cls = a[0] as PyType;
    const d = (yield* drive(ops.call(cls, [], null))) as PyDict;
    for (const k of yield* listOf(a[1])) yield* drive(ops.setItem(d, k, a[2] ?? None));
    return d;
  }))),
});

// ---------------------------------------------------------------------------------------------------
// Counter

export const counterType = builtinType('Counter', dictType);
counterType.ns.set('__module__', 'collections');
counterType.instancesHaveDict = true;

function* counterUpdate(d: PyDict, src: PyValue | undefined, kwargs: KwArgs, sign: 1 | -1): G<void> {
  const add = function* (k: PyValue, n: PyValue): G<void> {
    const cur = (yield* drive(d.getOr(k, 0))) as PyValue;
    const r = yield* drive(ops.binaryOp(cur, n, sign === 1 ? BinOp.Add : BinOp.Subtract));
    yield* drive(ops.setItem(d, k, r));
  };
  if (src !== undefined && src !== None) {
    if (src instanceof PyDict) {
      for (const [k, v] of [...src.entries()]) yield* add(k, v);
    } else if (ops.getAttrOpt(src, 'keys') !== undefined) {
      for (const k of yield* listOf(yield* drive(ops.callMethod(src, 'keys', [])))) yield* add(k, yield* drive(ops.getItem(src, k)));
    } else {
      for (const k of yield* listOf(src)) yield* add(k, 1);
    }
  }
  if (kwargs !== null) for (const [k, v] of kwargs) yield* add(k, v);
}

function* sortedByCount(d: PyDict): G<[PyValue, PyValue][]> {
  const items = [...d.entries()];
  // stable insertion sort descending by count (Python's sorted(key=itemgetter(1), reverse=True))
  const out: [PyValue, PyValue][] = [];
  for (const it of items) {
    let i = out.length;
    while (i > 0 && (yield* truth(yield* drive(ops.richCompare(out[i - 1][1], it[1], CmpOp.Lt))))) i--;
    out.splice(i, 0, it);
  }
  return out;
}

function newCounter(t: PyType = counterType): PyDict {
  return t.alloc(t) as PyDict;
}

function* counterBinary(a: PyValue, b: PyValue, f: (x: PyValue, y: PyValue) => G<PyValue | undefined>, keysOfB: boolean): G<PyValue> {
  if (!(b instanceof PyDict) || !b.type.isSubtypeOf(counterType)) return NotImplemented;
  const x = a as PyDict;
  const out = newCounter();
  const keys = [...x.keyList()];
  if (keysOfB) for (const k of b.keyList()) if (!(yield* drive(x.has(k)))) keys.push(k);
  for (const k of keys) {
    const r = yield* f((yield* drive(x.getOr(k, 0))) as PyValue, (yield* drive(b.getOr(k, 0))) as PyValue);
    if (r !== undefined) yield* drive(out.set(k, r));
  }
  return out;
}

function* positive(v: PyValue): G<boolean> {
  return yield* truth(yield* drive(ops.richCompare(v, 0, CmpOp.Gt)));
}

meth('Counter', counterType, {
  __init__: (a, kw) => gen(function* () {
    checkCount('__init__', a, 1, 2);
    yield* counterUpdate(a[0] as PyDict, a[1], kw, 1);
    return None;
  }),
  __missing__: () => 0,
  update: (a, kw) => gen(function* () {
    checkCount('update', a, 1, 2);
    yield* counterUpdate(a[0] as PyDict, a[1], kw, 1);
    return None;
  }),
  subtract: (a, kw) => gen(function* () {
    checkCount('subtract', a, 1, 2);
    yield* counterUpdate(a[0] as PyDict, a[1], kw, -1);
    return None;
  }),
  most_common: (a) => gen(function* () {
    checkCount('most_common', a, 1, 2);
    const items = yield* sortedByCount(a[0] as PyDict);
    const n = a[1] === undefined || a[1] === None ? items.length : Math.max(0, Number(intValue(a[1]) ?? 0));
    return new PyList(items.slice(0, n).map((p) => pyTuple(p)));
  }),
  elements: (a) => gen(function* () {
    const out: PyValue[] = [];
    for (const [k, v] of (a[0] as PyDict).entries()) {
      const n = intValue(v);
      if (n === undefined) throw pyErr(TypeError, `'${typeOf(v).name}' object cannot be interpreted as an integer`);
      for (let i = 0; i < Number(n); i++) out.push(k);
    }
    return yield* drive(ops.getIter(new PyList(out)));
  }),
  total: (a) => gen(function* () {
    let s: PyValue = 0;
    for (const v of (a[0] as PyDict).valueList()) s = yield* drive(ops.binaryOp(s, v, BinOp.Add));
    return s;
  }),
  copy: (a) => {
    const d = a[0] as PyDict;
    const c = newCounter(d.type);
    for (const [k, v] of d.entries()) c.set(k, v);
    return c;
  },
  __repr__: (a) => gen(function* () {
    const d = a[0] as PyDict;
    const name = d.type.name;
    if (d.size === 0) return `${name}()`;
    if (!reprEnter(d)) return '...';
    try {
      const parts: string[] = [];
      for (const [k, v] of yield* sortedByCount(d)) {
        parts.push(`${(yield* drive(ops.repr(k))) as string}: ${(yield* drive(ops.repr(v))) as string}`);
      }
      return `${name}({${parts.join(', ')}})`;
    } finally {
      reprLeave(d);
    }
  }),
  __delitem__: (a) => gen(function* () {
    const d = a[0] as PyDict;
    if (yield* drive(d.has(a[1]))) yield* drive(d.delete(a[1]));
    return None;
  }),
  __add__: (a) => gen(function* () {
    return yield* counterBinary(a[0], a[1], function* (x, y) {
      const s = yield* drive(ops.binaryOp(x, y, BinOp.Add));
      return (yield* positive(s)) ? s : undefined;
    }, true);
  }),
  __sub__: (a) => gen(function* () {
    return yield* counterBinary(a[0], a[1], function* (x, y) {
      const s = yield* drive(ops.binaryOp(x, y, BinOp.Subtract));
      return (yield* positive(s)) ? s : undefined;
    }, true);
  }),
  __or__: (a) => gen(function* () {
    return yield* counterBinary(a[0], a[1], function* (x, y) {
      const m = (yield* truth(yield* drive(ops.richCompare(x, y, CmpOp.Lt)))) ? y : x;
      return (yield* positive(m)) ? m : undefined;
    }, true);
  }),
  __and__: (a) => gen(function* () {
    return yield* counterBinary(a[0], a[1], function* (x, y) {
      const m = (yield* truth(yield* drive(ops.richCompare(x, y, CmpOp.Lt)))) ? x : y;
      return (yield* positive(m)) ? m : undefined;
    }, false);
  }),
  __pos__: (a) => gen(function* () {
    const out = newCounter();
    for (const [k, v] of (a[0] as PyDict).entries()) if (yield* positive(v)) yield* drive(out.set(k, v));
    return out;
  }),
  __neg__: (a) => gen(function* () {
    const out = newCounter();
    for (const [k, v] of (a[0] as PyDict).entries()) {
      if (yield* truth(yield* drive(ops.richCompare(v, 0, CmpOp.Lt)))) yield* drive(out.set(k, yield* drive(ops.binaryOp(0, v, BinOp.Subtract))));
    }
    return out;
  }),
});
counterType.define({
  fromkeys: classMethod(nativeFunction('fromkeys', () => {
    throw pyErr(NotImplementedError, 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.');
  })),
});

// ---------------------------------------------------------------------------------------------------
// namedtuple

const nonIdent = /^[A-Za-z_][A-Za-z0-9_]*$/;
const keywords = new Set(('False None True and as assert async await break class continue def del elif else except finally for from ' +
  'global if import in is lambda nonlocal not or pass raise return try while with yield').split(' '));

function* fieldNames(v: PyValue): G<string[]> {
  if (typeof v === 'string') return v.replace(/,/g, ' ').split(/\s+/).filter((s) => s !== '');
  const out: string[] = [];
  for (const x of yield* listOf(v)) out.push((yield* drive(ops.str(x))) as string);
  return out;
}

export interface NamedTupleSpec {
  typename: string;
  fields: string[];
  defaults?: PyValue[];
  module?: string;
}

/** Create a namedtuple class (CPython: collections.namedtuple). Synchronous when names are given as strings. */
export function makeNamedTuple(spec: NamedTupleSpec): PyType {
  const { typename, fields } = spec;
  const defaults = spec.defaults ?? [];
  const nf = fields.length;
  const ns = new PyDict();
  let cls: PyType;
  ns.setStr('__doc__', `${typename}(${fields.join(', ')})`);
  ns.setStr('__slots__', pyTuple([]));
  ns.setStr('_fields', pyTuple(fields.slice()));
  const fd = new PyDict();
  const firstDefault = nf - defaults.length;
  defaults.forEach((d, i) => fd.setStr(fields[firstDefault + i], d));
  ns.setStr('_field_defaults', fd);
  ns.setStr('__match_args__', pyTuple(fields.slice()));
  ns.setStr('__module__', spec.module ?? '__main__');
  const qual = `${typename}.__new__`;
  const bind = (cls: PyType, args: PyValue[], kwargs: KwArgs): PyTuple => {
    if (args.length > nf) {
      const lo = firstDefault + 1;
      const range = defaults.length ? `from ${lo + 0} to ${nf + 1}` : `${nf + 1}`;
      throw pyErr(TypeError, `${qual}() takes ${range} positional argument${nf + 1 === 1 && !defaults.length ? '' : 's'} but ${args.length + 1} were given`);
    }
    const vals: (PyValue | undefined)[] = args.slice();
    if (kwargs !== null) {
      for (const [k, v] of kwargs) {
        const i = fields.indexOf(k);
        if (i < 0) throw pyErr(TypeError, `${qual}() got an unexpected keyword argument '${k}'`);
        if (i < args.length) throw pyErr(TypeError, `${qual}() got multiple values for argument '${k}'`);
        vals[i] = v;
      }
    }
    const missing: string[] = [];
    for (let i = 0; i < nf; i++) {
      if (vals[i] === undefined) {
        if (i >= firstDefault) vals[i] = defaults[i - firstDefault];
        else missing.push(`'${fields[i]}'`);
      }
    }
    if (missing.length) {
      const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
      throw pyErr(TypeError, `${qual}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
    }
    const t = cls.alloc(cls) as PyTuple;
    t.items = vals as PyValue[];
    return t;
  };
  ns.setStr('__new__', staticMethod(nativeFunction('__new__', (args, kwargs) => {
    if (args.length === 0) throw pyErr(TypeError, `${qual}() missing 1 required positional argument: '_cls'`);
    return bind(args[0] as PyType, args.slice(1), kwargs);
  })));
  ns.setStr('_make', classMethod(nativeFunction('_make', (args) => gen(function* () {
    const c = args[0] as PyType;
    const items = yield* listOf(args[1]);
    if (items.length !== nf) throw pyErr(TypeError, `Expected ${nf} arguments, got ${items.length}`);
    const t = c.alloc(c) as PyTuple;
    t.items = items;
    return t;
  }))));
  ns.setStr('_replace', nativeMethod(typename, '_replace', (args, kwargs) => {
    const self = args[0] as PyTuple;
    const items = self.items.slice();
    const bad: string[] = [];
    if (kwargs !== null) {
      for (const [k, v] of kwargs) {
        const i = fields.indexOf(k);
        if (i < 0) bad.push(k);
        else items[i] = v;
      }
    }
    if (bad.length) throw pyErr(ValueError, `Got unexpected field names: [${bad.map((b) => `'${b}'`).join(', ')}]`);
    const t = self.type.alloc(self.type) as PyTuple;
    t.items = items;
    return t;
  }));
  ns.setStr('__repr__', nativeMethod(typename, '__repr__', (args) => gen(function* () {
    const self = args[0] as PyTuple;
    const parts: string[] = [];
    for (let i = 0; i < nf; i++) parts.push(`${fields[i]}=${(yield* drive(ops.repr(self.items[i]))) as string}`);
    return `${self.type.name}(${parts.join(', ')})`;
  })));
  ns.setStr('_asdict', nativeMethod(typename, '_asdict', (args) => {
    const self = args[0] as PyTuple;
    const d = new PyDict();
    fields.forEach((f, i) => d.setStr(f, self.items[i]));
    return d;
  }));
  ns.setStr('__getnewargs__', nativeMethod(typename, '__getnewargs__', (args) => pyTuple((args[0] as PyTuple).items.slice())));
  cls = runSync(typeNew.fn([typeType, typename, pyTuple([tupleType]), ns], null)) as PyType;
  fields.forEach((f, i) => {
    // CPython: _collections._tuplegetter (its __set__/__delete__ messages)
    cls.setAttr(f, new PyGetSet(f, cls, (o) => (o as PyTuple).items[i], (_o, v) => {
      throw pyErr(AttributeError, v === undefined ? "can't delete attribute" : "can't set attribute");
    }, `Alias for field number ${i}`));
  });
  return cls;
}

const namedtupleSig = signature('namedtuple', 'typename, field_names, *, rename=False, defaults=None, module=None');

const namedtupleFn = nativeFunction('namedtuple', (args, kwargs) => gen(function* () {
  const [tn, fnames, rename, defaults, module] = namedtupleSig.parse(args, kwargs);
  const typename = (yield* drive(ops.str(tn as PyValue))) as string;
  const fields = yield* fieldNames(fnames as PyValue);
  const doRename = rename !== undefined && (yield* truth(rename));
  if (doRename) {
    const seen = new Set<string>();
    fields.forEach((n, i) => {
      if (!nonIdent.test(n) || keywords.has(n) || n.startsWith('_') || seen.has(n)) fields[i] = `_${i}`;
      seen.add(fields[i]);
    });
  }
  for (const n of [typename, ...fields]) {
    if (!nonIdent.test(n)) throw pyErr(ValueError, `Type names and field names must be valid identifiers: '${n}'`);
    if (keywords.has(n)) throw pyErr(ValueError, `Type names and field names cannot be a keyword: '${n}'`);
  }
  const seen = new Set<string>();
  for (const n of fields) {
    if (n.startsWith('_') && !doRename) throw pyErr(ValueError, `Field names cannot start with an underscore: '${n}'`);
    if (seen.has(n)) throw pyErr(ValueError, `Encountered duplicate field name: '${n}'`);
    seen.add(n);
  }
  let dflt: PyValue[] = [];
  if (defaults !== undefined && defaults !== None) {
    dflt = yield* listOf(defaults);
    if (dflt.length > fields.length) throw pyErr(TypeError, 'Got more default values than field names');
  }
  let mod = module !== undefined && module !== None ? ((yield* drive(ops.str(module))) as string) : undefined;
  if (mod === undefined) mod = callerModule();
  return makeNamedTuple({ typename, fields, defaults: dflt, module: mod });
}));

/** The calling frame's module name (what sys._getframe(1).f_globals['__name__'] gives namedtuple). */
function callerModule(): string {
  const g = currentThread()?.frame?.globals;
  const n = g instanceof PyDict ? g.getStr('__name__') : undefined;
  return typeof n === 'string' ? n : '__main__';
}

// ---------------------------------------------------------------------------------------------------
// ChainMap

export const chainMapType = builtinType('ChainMap');
chainMapType.ns.set('__module__', 'collections');
chainMapType.instancesHaveDict = true;

function maps(self: PyValue): PyList {
  const m = (self as PyObject).dict?.getStr('maps');
  if (!(m instanceof PyList)) throw pyErr(TypeError, 'ChainMap.maps is not a list');
  return m;
}

function* cmLookup(self: PyValue, key: PyValue): G<PyValue | undefined> {
  for (const m of maps(self).items) {
    if (m instanceof PyDict && m.type === dictType) {
      const r = yield* drive(m.getOr(key, MISSING));
      if (r !== MISSING) return r as PyValue;
      continue;
    }
    if (yield* truth((yield* drive(ops.contains(m, key))) as PyValue)) return yield* drive(ops.getItem(m, key));
  }
  return undefined;
}

function* cmKeys(self: PyValue): G<PyValue[]> {
  const d = new PyDict();
  const ms = maps(self).items.slice().reverse();
  for (const m of ms) for (const k of yield* listOf(m)) yield* drive(d.set(k, None));
  return d.keyList();
}

meth('ChainMap', chainMapType, {
  __init__: (a) => {
    const self = a[0] as PyObject;
    (self.dict ??= new PyDict()).setStr('maps', new PyList(a.length > 1 ? a.slice(1) : [new PyDict()]));
    return None;
  },
  __getitem__: (a) => gen(function* () {
    const v = yield* cmLookup(a[0], a[1]);
    if (v !== undefined) return v;
    return yield* drive(ops.callMethod(a[0], '__missing__', [a[1]]));
  }),
  __missing__: (a) => {
    const e = pyErr(KeyError);
    e.args = [a[1]];
    throw e;
  },
  get: (a) => gen(function* () {
    const v = yield* cmLookup(a[0], a[1]);
    return v ?? a[2] ?? None;
  }),
  __contains__: (a) => gen(function* () {
    for (const m of maps(a[0]).items) if (yield* truth((yield* drive(ops.contains(m, a[1]))) as PyValue)) return true;
    return false;
  }),
  __len__: (a) => gen(function* () {
    return (yield* cmKeys(a[0])).length;
  }),
  __iter__: (a) => gen(function* () {
    return yield* drive(ops.getIter(new PyList(yield* cmKeys(a[0]))));
  }),
  __bool__: (a) => gen(function* () {
    for (const m of maps(a[0]).items) if (yield* truth(m)) return true;
    return false;
  }),
  __setitem__: (a) => ops.setItem(maps(a[0]).items[0], a[1], a[2]),
  __delitem__: (a) => gen(function* () {
    try {
      yield* drive(ops.delItem(maps(a[0]).items[0], a[1]));
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtypeOf(KeyError)) {
        throw pyErr(KeyError, `Key not found in the first mapping: ${(yield* drive(ops.repr(a[1]))) as string}`);
      }
      throw e;
    }
    return None;
  }),
  keys: (a) => gen(function* () {
    return new PyList(yield* cmKeys(a[0]));
  }),
  items: (a) => gen(function* () {
    const out: PyValue[] = [];
    for (const k of yield* cmKeys(a[0])) out.push(pyTuple([k, (yield* cmLookup(a[0], k)) as PyValue]));
    return new PyList(out);
  }),
  values: (a) => gen(function* () {
    const out: PyValue[] = [];
    for (const k of yield* cmKeys(a[0])) out.push((yield* cmLookup(a[0], k)) as PyValue);
    return new PyList(out);
  }),
  new_child: (a, kw) => gen(function* () {
    const self = a[0] as PyObject;
    const m = a[1] === undefined || a[1] === None ? new PyDict() : a[1];
    return yield* drive(ops.call(self.type, [m, ...maps(self).items], null));
  }),
  copy: (a) => gen(function* () {
    const self = a[0] as PyObject;
    const ms = maps(self).items;
    const first = yield* drive(ops.callMethod(ms[0], 'copy', []));
    return yield* drive(ops.call(self.type, [first, ...ms.slice(1)], null));
  }),
  pop: (a) => gen(function* () {
    checkCount('pop', a, 2, 3);
    const first = maps(a[0]).items[0];
    try {
      return yield* drive(ops.callMethod(first, 'pop', [a[1]]));
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtypeOf(KeyError)) {
        if (a.length > 2) return a[2];
        throw pyErr(KeyError, `Key not found in the first mapping: ${(yield* drive(ops.repr(a[1]))) as string}`);
      }
      throw e;
    }
  }),
  __repr__: (a) => gen(function* () {
    const self = a[0] as PyObject;
    if (!reprEnter(self)) return '...';
    try {
      const parts: string[] = [];
      for (const m of maps(self).items) parts.push((yield* drive(ops.repr(m))) as string);
      return `${self.type.name}(${parts.join(', ')})`;
    } finally {
      reprLeave(self);
    }
  }),
});
chainMapType.define({
  parents: new PyGetSet('parents', chainMapType, (o) => ops.call((o as PyObject).type, maps(o).items.slice(1), null), null, null),
});

// ---------------------------------------------------------------------------------------------------

export default defineModule({
  name: 'collections',
  doc: 'High-performance container datatypes.',
  init: (_mod, rt) => {
    return {
      abc: collectionsAbcModule(rt),
      deque: dequeType,
      defaultdict: defaultdictType,
      OrderedDict: orderedDictType,
      Counter: counterType,
      namedtuple: namedtupleFn,
      ChainMap: chainMapType,
    };
  },
});

void noKwargs;
void dictUpdateArg;
void typeDisplayName;
void settle;
