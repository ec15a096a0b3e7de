// list: PyList (a JS array of values) and its Python methods. CPython: Objects/listobject.c.
// Invariant: `items` may be replaced wholesale (sort, clear); iterators re-read it on every step.
// Sorting lives in list-sort.ts.

import { isGen } from './gen.js';
import { PyObject, isPending, type KwArgs, type NativeGen, type NativeResult, type PyValue } from './object.js';
import type { PyType } from './type.js';
import { builtinType, None, NotImplemented, typeOf } from './builtin-types.js';
import { pyErr, IndexError, TypeError, ValueError } from './exceptions.js';
import { nativeMethod, nativeFunction, methodTable } from './native.js';
import { PySlice, sliceIndices, sliceArray, type SliceIdx } from './slice.js';
import { asIndex, type Int } from './int.js';
import { toArray, seqCompare, seqContains, seqIndex, seqCount, repeatCount, repeatArray, cantMultiply, fastItems } from './seq.js';
import { reprItems } from './repr-util.js';
import { meth0, meth1, methRange, noKw } from './methargs.js';
import { SeqIterator, ReverseSeqIterator, listIteratorType, listReverseIteratorType } from './iterators.js';
import { listSort } from './list-sort.js';
import { CmpOp } from './ops.js';

export const listType = builtinType('list');

export class PyList extends PyObject {
  items: PyValue[];
  constructor(items: PyValue[] = [], type: PyType = listType) {
    super(type);
    this.items = items;
  }
}

listType.alloc = (t) => new PyList([], t);

/** Make a list from a JS array (takes ownership). */
export function pyList(items: PyValue[]): PyList {
  return new PyList(items);
}

fastItems.push((v) => (v instanceof PyList ? v.items : undefined));

// ---- indexing helpers (exported for ops fast paths) ---------------------------------------------

function idxErr(kind: string) {
  return (tn: string) => `${kind} indices must be integers or slices, not ${tn}`;
}
const listIdxMsg = idxErr('list');

/** Index value of a subscript, or a generator for __index__ objects. */
function subscriptIndex(key: PyValue, kind: string): Int | NativeGen {
  return asIndex(key, kind === 'list' ? listIdxMsg : idxErr(kind));
}

function withInt<T extends PyValue>(r: Int | NativeGen, k: (i: Int) => T | NativeGen): NativeResult {
  if (isGen(r)) {
    return (function* (): NativeGen {
      const i = (yield* r as NativeGen) as Int;
      const out = k(i);
      return isGen(out) ? yield* (out as NativeGen) : (out as PyValue);
    })();
  }
  return k(r as Int) as NativeResult;
}

function withSlice(s: PySlice, len: number, k: (x: SliceIdx) => PyValue | NativeGen): NativeResult {
  const r = sliceIndices(s, len);
  if (isGen(r)) {
    return (function* (): NativeGen {
      const x = (yield* r as NativeGen) as unknown as SliceIdx;
      const out = k(x);
      return isGen(out) ? yield* (out as NativeGen) : (out as PyValue);
    })();
  }
  return k(r as SliceIdx) as NativeResult;
}

/** items[i] for a Python int i with negative indexing; throws IndexError(msg). */
export function itemAt(items: readonly PyValue[], i: Int, msg: string): PyValue {
  let n = typeof i === 'number' ? i : -1 - items.length;
  if (n < 0) n += items.length;
  if (n < 0 || n >= items.length) throw pyErr(IndexError, msg);
  return items[n];
}

/** CPython: list_subscript. */
export function listGetItem(l: PyList, key: PyValue): NativeResult {
  if (typeof key === 'number') return itemAt(l.items, key, 'list index out of range');
  if (key instanceof PySlice) return withSlice(key, l.items.length, (x) => new PyList(sliceArray(l.items, x), listType));
  return withInt(subscriptIndex(key, 'list'), (i) => itemAt(l.items, i, 'list index out of range'));
}

/** CPython: list_ass_subscript (value undefined = delete). */
export function listSetItem(l: PyList, key: PyValue, value: PyValue | undefined): NativeResult {
  if (key instanceof PySlice) {
    return withSlice(key, l.items.length, (x) => (value === undefined ? delSlice(l, x) : setSlice(l, x, value)));
  }
  return withInt(typeof key === 'number' ? key : subscriptIndex(key, 'list'), (i) => {
    const items = l.items;
    let n = typeof i === 'number' ? i : -1 - items.length;
    if (n < 0) n += items.length;
    if (n < 0 || n >= items.length) throw pyErr(IndexError, 'list assignment index out of range');
    if (value === undefined) items.splice(n, 1);
    else items[n] = value;
    return None;
  });
}

function delSlice(l: PyList, [start, , step, n]: SliceIdx): PyValue {
  if (n === 0) return None;
  if (step === 1) l.items.splice(start, n);
  else if (step === -1) l.items.splice(start - n + 1, n);
  else {
    const drop = new Set<number>();
    for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
    l.items = l.items.filter((_, j) => !drop.has(j));
  }
  return None;
}

function setSlice(l: PyList, x: SliceIdx, value: PyValue): NativeResult {
  const src = value === l ? l.items.slice() : toArray(value);
  const finish = (vals: PyValue[]): PyValue => {
    const [start, stop, step, n] = x;
    if (step === 1) {
      const end = Math.max(start, stop);
      l.items.splice(start, end - start, ...vals);
      return None;
    }
    if (vals.length !== n) {
      throw pyErr(ValueError, `attempt to assign sequence of size ${vals.length} to extended slice of size ${n}`);
    }
    for (let i = 0, j = start; i < n; i++, j += step) l.items[j] = vals[i];
    return None;
  };
  if (isGen(src)) {
    return (function* (): NativeGen {
      let vals: PyValue[];
      try {
        vals = (yield* src as NativeGen) as unknown as PyValue[];
      } catch (e) {
        throw notIterableAssign(e, value);
      }
      return finish(vals);
    })();
  }
  return finish(src as PyValue[]);
}

function notIterableAssign(e: unknown, value: PyValue): unknown {
  // CPython: "can only assign an iterable" when the value is not iterable at all
  if (typeOf(value).lookup('__iter__') === undefined && typeOf(value).lookup('__getitem__') === undefined) {
    return pyErr(TypeError, 'can only assign an iterable');
  }
  return e;
}

// ---- Python methods -----------------------------------------------------------------------------

const m = (name: string, fn: (args: PyValue[], kwargs: KwArgs) => NativeResult) => nativeMethod('list', name, fn);
const self = (args: PyValue[]) => args[0] as PyList;

function extendWith(l: PyList, iterable: PyValue): NativeResult {
  if (iterable instanceof PyList) {
    const src = iterable.items;
    const items = l.items;
    for (let i = 0, n = src.length; i < n; i++) items.push(src[i]);
    return None;
  }
  const r = toArray(iterable);
  if (isGen(r)) {
    return (function* (): NativeGen {
      const vals = (yield* r as NativeGen) as unknown as PyValue[];
      for (const v of vals) l.items.push(v);
      return None;
    })();
  }
  for (const v of r as PyValue[]) l.items.push(v);
  return None;
}

function cmpMethod(name: string, op: CmpOp) {
  return m(name, (args) => {
    const b = args[1];
    if (!(b instanceof PyList)) return NotImplemented;
    return seqCompare(self(args).items, b.items, op) as NativeResult;
  });
}

listType.define(methodTable('list', {
  __new__: nativeFunction('__new__', (args) => (args[0] as PyType).alloc(args[0] as PyType)),
  __init__: (args, kwargs) => {
    if (kwargs && kwargs.size) throw pyErr(TypeError, 'list() takes no keyword arguments');
    if (args.length > 2) throw pyErr(TypeError, `list expected at most 1 argument, got ${args.length - 1}`);
    const l = self(args);
    l.items = [];
    return args.length === 2 ? extendWith(l, args[1]) : None;
  },
  __len__: (args) => self(args).items.length,
  __getitem__: (args) => listGetItem(self(args), args[1]),
  __setitem__: (args) => listSetItem(self(args), args[1], args[2]),
  __delitem__: (args) => listSetItem(self(args), args[1], undefined),
  __contains__: (args) => seqContains(self(args).items, args[1]),
  __iter__: (args) => new SeqIterator(listIteratorType, self(args)),
  __reversed__: (args) => new ReverseSeqIterator(listReverseIteratorType, self(args)),
  __add__: (args) => {
    const b = args[1];
    if (!(b instanceof PyList)) {
      throw pyErr(TypeError, `can only concatenate list (not "${typeOf(b).name}") to list`);
    }
    return new PyList(self(args).items.concat(b.items));
  },
  __iadd__: (args) => {
    const r = extendWith(self(args), args[1]);
    if (isPending(r)) {
      return (function* (): NativeGen {
        yield* r;
        return args[0];
      })();
    }
    return args[0];
  },
  __mul__: (args) => {
    const n = repeatCount(args[1]);
    if (n === undefined) return cantMultiply(args[1]);
    return new PyList(repeatArray(self(args).items, n));
  },
  __rmul__: (args) => {
    const n = repeatCount(args[1]);
    if (n === undefined) return cantMultiply(args[1]);
    return new PyList(repeatArray(self(args).items, n));
  },
  __imul__: (args) => {
    const n = repeatCount(args[1]);
    if (n === undefined) return cantMultiply(args[1]);
    const l = self(args);
    l.items = repeatArray(l.items, n);
    return l;
  },
  __eq__: cmpMethod('__eq__', CmpOp.Eq),
  __ne__: cmpMethod('__ne__', CmpOp.Ne),
  __lt__: cmpMethod('__lt__', CmpOp.Lt),
  __le__: cmpMethod('__le__', CmpOp.Le),
  __gt__: cmpMethod('__gt__', CmpOp.Gt),
  __ge__: cmpMethod('__ge__', CmpOp.Ge),
  __repr__: (args) => reprItems(self(args), '[', self(args).items, ']', '[...]'),
  __hash__: None,
  __sizeof__: (args) => 40 + 8 * self(args).items.length,

  append: (args, kwargs) => {
    const v = meth1('list.append', args, kwargs);
    self(args).items.push(v);
    return None;
  },
  extend: (args, kwargs) => extendWith(self(args), meth1('list.extend', args, kwargs)),
  insert: (args, kwargs) => {
    methRange('insert', args, kwargs, 2, 2, 'list.insert');
    return withInt(asIndex(args[1]), (i) => {
      const items = self(args).items;
      let n = typeof i === 'number' ? i : i < 0n ? -Infinity : Infinity;
      if (n < 0) n = Math.max(0, n + items.length);
      if (n >= items.length) items.push(args[2]);
      else items.splice(n, 0, args[2]);
      return None;
    });
  },
  pop: (args, kwargs) => {
    methRange('pop', args, kwargs, 0, 1, 'list.pop');
    const items = self(args).items;
    if (args.length === 1) {
      if (items.length === 0) throw pyErr(IndexError, 'pop from empty list');
      return items.pop()!;
    }
    return withInt(asIndex(args[1]), (i) => {
      if (items.length === 0) throw pyErr(IndexError, 'pop from empty list');
      let n = typeof i === 'number' ? i : -1 - items.length;
      if (n < 0) n += items.length;
      if (n < 0 || n >= items.length) throw pyErr(IndexError, 'pop index out of range');
      return n === items.length - 1 ? items.pop()! : items.splice(n, 1)[0];
    });
  },
  remove: (args, kwargs) => {
    const v = meth1('list.remove', args, kwargs);
    const l = self(args);
    const done = (i: number): PyValue => {
      if (i < 0) throw pyErr(ValueError, 'list.remove(x): x not in list');
      l.items.splice(i, 1);
      return None;
    };
    const r = seqIndex(l.items, v);
    if (typeof r === 'number') return done(r);
    return (function* (): NativeGen {
      return done((yield* r) as number);
    })();
  },
  index: (args, kwargs) => {
    methRange('index', args, kwargs, 1, 3, 'list.index');
    const l = self(args);
    return seqIndexMethod(l.items, args, 'list');
  },
  count: (args, kwargs) => seqCount(self(args).items, meth1('list.count', args, kwargs)),
  reverse: (args, kwargs) => {
    meth0('list.reverse', args, kwargs);
    self(args).items.reverse();
    return None;
  },
  copy: (args, kwargs) => {
    meth0('list.copy', args, kwargs);
    return new PyList(self(args).items.slice());
  },
  clear: (args, kwargs) => {
    meth0('list.clear', args, kwargs);
    self(args).items = [];
    return None;
  },
  sort: (args, kwargs) => {
    if (args.length > 1) throw pyErr(TypeError, 'sort() takes no positional arguments');
    let key: PyValue = None;
    let reverse: PyValue = false;
    if (kwargs) {
      for (const [k, v] of kwargs) {
        if (k === 'key') key = v;
        else if (k === 'reverse') reverse = v;
        else throw pyErr(TypeError, `'${k}' is an invalid keyword argument for sort()`);
      }
    }
    return listSort(self(args), key, reverse);
  },
}));

/** list.index / tuple.index with optional start/stop (CPython: list_index_impl). */
export function seqIndexMethod(items: PyValue[], args: PyValue[], kind: string): NativeResult {
  const v = args[1];
  const clamp = (x: PyValue | undefined, dflt: number): number => {
    if (x === undefined) return dflt;
    const i = typeof x === 'boolean' ? +x : x;
    if (typeof i === 'bigint') return i < 0n ? 0 : items.length;
    if (typeof i !== 'number') {
      throw pyErr(TypeError, 'slice indices must be integers or have an __index__ method');
    }
    return i < 0 ? Math.max(0, i + items.length) : Math.min(i, items.length);
  };
  const start = clamp(args[2], 0);
  const stop = clamp(args[3], items.length);
  const fail = () => {
    if (kind === 'tuple') return pyErr(ValueError, 'tuple.index(x): x not in tuple');
    return undefined;
  };
  const done = (i: number): NativeResult => {
    if (i >= 0) return i;
    const e = fail();
    if (e) throw e;
    const rr = reprItems(notInListMarker, '', [v], '', '');
    if (typeof rr === 'string') throw pyErr(ValueError, `${rr} is not in list`);
    return (function* (): NativeGen {
      throw pyErr(ValueError, `${(yield* rr) as string} is not in list`);
    })();
  };
  const r = seqIndex(items, v, start, stop);
  if (typeof r === 'number') return done(r);
  return (function* (): NativeGen {
    const d = done((yield* r) as number);
    return isPending(d) ? yield* d : d;
  })();
}

const notInListMarker = new PyObject(listType);

export { noKw };
