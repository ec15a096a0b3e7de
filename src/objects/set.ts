// set and frozenset: PySet, on the same ordered table as dict (hashtable.ts; `vals` unused = true).
// CPython: Objects/setobject.c. Difference: iteration follows insertion order, where CPython's follows
// its hash table layout (see README "Differences from CPython").

import { PyObject, type KwArgs, type NativeGen, type NativeResult, type PyValue } from './object.js';
import type { PyType } from './type.js';
import { builtinType, None, NotImplemented, typeOf } from './builtin-types.js';
import { pyErr, TypeError, KeyError } from './exceptions.js';
import { nativeMethod, nativeFunction } from './native.js';
import * as ht from './hashtable.js';
import { keyError } from './dict.js';
import { isGen } from './gen.js';
import { frozensetHashOf, type Hash } from './hash.js';
import { itemsOf, fastItems } from './seq.js';
import { reprItems } from './repr-util.js';
import { meth0, meth1 } from './methargs.js';
import { TableIterator, TableIterKind, setIteratorType } from './iterators.js';

export const setType = builtinType('set');
export const frozensetType = builtinType('frozenset');

export class PySet extends PyObject implements ht.Table {
  keys: (PyValue | undefined)[] = [];
  vals: (PyValue | undefined)[] = [];
  index: Map<unknown, number> = new Map();
  hindex: Map<Hash, number | number[]> | null = null;
  hashes: (Hash | undefined)[] | null = null;
  size = 0;
  version = 0;
  layout = 0;
  /** frozenset's cached hash. */
  hash: Hash | undefined = undefined;
  constructor(type: PyType = setType) {
    super(type);
  }
  /** Live elements in order (allocates). */
  elements(): PyValue[] {
    return ht.liveKeys(this);
  }
}

setType.alloc = (t) => new PySet(t);
frozensetType.alloc = (t) => new PySet(t);

fastItems.push((v) => (v instanceof PySet ? ht.liveKeys(v) : undefined));

export function isFrozen(s: PySet): boolean {
  return s.type === frozensetType || s.type.isSubtypeOf(frozensetType);
}

/** Is v a set or frozenset (or subclass)? */
export function isAnySet(v: PyValue): v is PySet {
  return v instanceof PySet;
}

/** Add one element. */
export function setAdd(s: ht.Table, v: PyValue): NativeResult {
  return ht.setDefault(s, v, true);
}

/** Add every element of a JS array, sync when possible. */
export function addAll(s: ht.Table, items: readonly PyValue[], from = 0): NativeResult {
  for (let i = from; i < items.length; i++) {
    const r = ht.setDefault(s, items[i], true);
    if (isGen(r)) return addAllGen(s, items, i, r);
  }
  return None;
}

function* addAllGen(s: ht.Table, items: readonly PyValue[], i: number, first: NativeGen): NativeGen {
  yield* first;
  for (i++; i < items.length; i++) {
    const r = ht.setDefault(s, items[i], true);
    if (isGen(r)) yield* r;
  }
  return None;
}

function then<T>(r: T | NativeGen, k: (v: T) => NativeResult): NativeResult {
  if (isGen(r)) {
    return (function* (): NativeGen {
      const v = (yield* r) as unknown as T;
      const out = k(v);
      return isGen(out) ? yield* out : (out as PyValue);
    })();
  }
  return k(r as T);
}

/** Add every element of any iterable. */
export function addIterable(s: ht.Table, it: PyValue): NativeResult {
  if (it instanceof PySet) return addAll(s, it.elements());
  return then(itemsOf(it), (items: readonly PyValue[]) => addAll(s, items));
}

export function newSet(type: PyType, items?: readonly PyValue[]): PySet {
  const s = new PySet(type);
  if (items) {
    const r = addAll(s, items);
    if (isGen(r)) throw new Error('newSet: elements need Python hashing; use addIterable');
  }
  return s;
}

/** Elements of `v` as a table to test membership against (a set is used directly). */
function asTable(v: PyValue): ht.Table | NativeGen {
  if (v instanceof PySet) return v;
  const s = new PySet(setType);
  const r = addIterable(s, v);
  if (isGen(r)) {
    return (function* (): NativeGen {
      yield* r;
      return s;
    })();
  }
  return s;
}

/** Keys of a whose membership in b is `want` -> new set of `type`. */
function filterBy(type: PyType, a: readonly PyValue[], b: ht.Table, want: boolean): NativeResult {
  const out = new PySet(type);
  const rest = (i: number): NativeResult => {
    for (; i < a.length; i++) {
      const f = ht.find(b, a[i]);
      if (isGen(f)) {
        const j = i;
        return then(f, (slot: number) => {
          if ((slot >= 0) === want) ht.setDefault(out, a[j], true);
          return rest(j + 1);
        });
      }
      if (((f as number) >= 0) === want) {
        const r = ht.setDefault(out, a[i], true);
        if (isGen(r)) {
          const j = i;
          return then(r, () => rest(j + 1));
        }
      }
    }
    return out;
  };
  return rest(0);
}

function resultType(s: PySet): PyType {
  return isFrozen(s) ? frozensetType : setType;
}

export function setUnion(a: PySet, others: PyValue[]): NativeResult {
  const out = copySet(a, resultType(a));
  const rest = (i: number): NativeResult => {
    if (i >= others.length) return out;
    return then(addIterable(out, others[i]), () => rest(i + 1));
  };
  return rest(0);
}

export function copySet(s: PySet, type: PyType): PySet {
  const out = new PySet(type);
  for (let i = 0; i < s.keys.length; i++) {
    const k = s.keys[i];
    if (k !== undefined) ht.appendUnique(out, k, true, s.hashes ? s.hashes[i] : undefined);
  }
  return out;
}

export function setIntersection(a: PySet, others: PyValue[]): NativeResult {
  const step = (cur: PySet, i: number): NativeResult => {
    if (i >= others.length) return cur;
    return then(asTable(others[i]), (t: ht.Table) =>
      then(filterBy(resultType(a), cur.elements(), t, true), (next: PyValue) => step(next as PySet, i + 1)),
    );
  };
  return step(copySet(a, resultType(a)), 0);
}

export function setDifference(a: PySet, others: PyValue[]): NativeResult {
  const step = (cur: PySet, i: number): NativeResult => {
    if (i >= others.length) return cur;
    return then(asTable(others[i]), (t: ht.Table) =>
      then(filterBy(resultType(a), cur.elements(), t, false), (next: PyValue) => step(next as PySet, i + 1)),
    );
  };
  return step(copySet(a, resultType(a)), 0);
}

export function setSymDiff(a: PySet, other: PyValue): NativeResult {
  return then(asTable(other), (t: ht.Table) =>
    then(filterBy(resultType(a), a.elements(), t, false), (left: PyValue) =>
      then(filterBy(resultType(a), ht.liveKeys(t), a, false), (right: PyValue) => {
        return then(addAll(left as PySet, (right as PySet).elements()), () => left);
      }),
    ),
  );
}

/** Is every element of a in b? */
export function isSubset(a: readonly PyValue[], b: ht.Table): boolean | NativeGen {
  for (let i = 0; i < a.length; i++) {
    const f = ht.find(b, a[i]);
    if (isGen(f)) return isSubsetGen(a, b, i, f);
    if ((f as number) < 0) return false;
  }
  return true;
}

function* isSubsetGen(a: readonly PyValue[], b: ht.Table, i: number, first: NativeGen): NativeGen {
  if (((yield* first) as number) < 0) return false;
  for (i++; i < a.length; i++) {
    const f = ht.find(b, a[i]);
    const slot = isGen(f) ? ((yield* f) as number) : (f as number);
    if (slot < 0) return false;
  }
  return true;
}

function isDisjoint(a: readonly PyValue[], b: ht.Table): boolean | NativeGen {
  return then(
    filterBy(setType, a, b, true),
    (r: PyValue) => (r as PySet).size === 0,
  ) as boolean | NativeGen;
}

/** repr: {1, 2} / set() / frozenset({1}) / MySet({1}) */
export function setRepr(s: PySet): string | NativeGen {
  const name = s.type.name;
  const exactSet = s.type === setType;
  if (s.size === 0) return `${name}()`;
  const items = s.elements();
  if (exactSet) return reprItems(s, '{', items, '}', `${name}(...)`);
  return reprItems(s, `${name}({`, items, '})', `${name}(...)`);
}

function frozensetHash(s: PySet): NativeResult {
  if (s.hash !== undefined) return s.hash;
  const hs: Hash[] = [];
  for (let i = 0; i < s.keys.length; i++) {
    const k = s.keys[i];
    if (k === undefined) continue;
    const h = s.hashes ? s.hashes[i] : undefined;
    if (h !== undefined) hs.push(h);
    else {
      const r = ht.hashValue(k);
      if (isGen(r)) throw new Error('frozenset element hash must be native');
      hs.push(r as Hash);
    }
  }
  s.hash = frozensetHashOf(hs);
  return s.hash;
}

// ---- Python methods -------------------------------------------------------------------------------

const self = (args: PyValue[]) => args[0] as PySet;

function binop(name: string, f: (a: PySet, b: PySet) => NativeResult) {
  return (owner: string) =>
    nativeMethod(owner, name, (args) => (args[1] instanceof PySet ? f(self(args), args[1]) : NotImplemented));
}

function cmp(name: string, f: (a: PySet, b: PySet) => boolean | NativeGen) {
  return (owner: string) =>
    nativeMethod(owner, name, (args) => (args[1] instanceof PySet ? (f(self(args), args[1]) as NativeResult) : NotImplemented));
}

const eq = (a: PySet, b: PySet) => (a.size !== b.size ? false : isSubset(a.elements(), b));

function common(owner: string): Record<string, PyValue> {
  const m = (name: string, fn: (args: PyValue[], kwargs: KwArgs) => NativeResult) => nativeMethod(owner, name, fn);
  return {
    __len__: m('__len__', (args) => self(args).size),
    __contains__: m('__contains__', (args) => {
      const f = ht.find(self(args), args[1]);
      return isGen(f) ? then(f, (i: number) => i >= 0) : (f as number) >= 0;
    }),
    __iter__: m('__iter__', (args) => new TableIterator(setIteratorType, self(args), TableIterKind.Keys, false, true)),
    __repr__: m('__repr__', (args) => setRepr(self(args))),
    __or__: binop('__or__', (a, b) => setUnion(a, [b]))(owner),
    __ror__: binop('__ror__', (a, b) => setUnion(b, [a]))(owner),
    __and__: binop('__and__', (a, b) => setIntersection(a, [b]))(owner),
    __rand__: binop('__rand__', (a, b) => setIntersection(b, [a]))(owner),
    __sub__: binop('__sub__', (a, b) => setDifference(a, [b]))(owner),
    __rsub__: binop('__rsub__', (a, b) => setDifference(b, [a]))(owner),
    __xor__: binop('__xor__', (a, b) => setSymDiff(a, b))(owner),
    __rxor__: binop('__rxor__', (a, b) => setSymDiff(b, a))(owner),
    __eq__: cmp('__eq__', eq)(owner),
    __ne__: cmp('__ne__', (a, b) => then(eq(a, b), (e: boolean) => !e) as boolean | NativeGen)(owner),
    __le__: cmp('__le__', (a, b) => (a.size > b.size ? false : isSubset(a.elements(), b)))(owner),
    __lt__: cmp('__lt__', (a, b) => (a.size >= b.size ? false : isSubset(a.elements(), b)))(owner),
    __ge__: cmp('__ge__', (a, b) => (a.size < b.size ? false : isSubset(b.elements(), a)))(owner),
    __gt__: cmp('__gt__', (a, b) => (a.size <= b.size ? false : isSubset(b.elements(), a)))(owner),
    union: m('union', (args) => setUnion(self(args), args.slice(1))),
    intersection: m('intersection', (args) => setIntersection(self(args), args.slice(1))),
    difference: m('difference', (args) => setDifference(self(args), args.slice(1))),
    symmetric_difference: m('symmetric_difference', (args, kw) =>
      setSymDiff(self(args), meth1(`${owner}.symmetric_difference`, args, kw)),
    ),
    issubset: m('issubset', (args, kw) => {
      const o = meth1(`${owner}.issubset`, args, kw);
      return then(asTable(o), (t: ht.Table) => isSubset(self(args).elements(), t) as NativeResult);
    }),
    issuperset: m('issuperset', (args, kw) => {
      const o = meth1(`${owner}.issuperset`, args, kw);
      return then(itemsOf(o), (items: readonly PyValue[]) => isSubset(items, self(args)) as NativeResult);
    }),
    isdisjoint: m('isdisjoint', (args, kw) => {
      const o = meth1(`${owner}.isdisjoint`, args, kw);
      return then(itemsOf(o), (items: readonly PyValue[]) => isDisjoint(items, self(args)) as NativeResult);
    }),
    copy: m('copy', (args, kw) => {
      meth0(`${owner}.copy`, args, kw);
      const s = self(args);
      if (s.type === frozensetType) return s;
      return copySet(s, resultType(s));
    }),
  };
}

function inplace(name: string, f: (a: PySet, b: PyValue) => NativeResult) {
  return nativeMethod('set', name, (args) => {
    if (!(args[1] instanceof PySet)) return NotImplemented;
    return then(f(self(args), args[1]), () => args[0]);
  });
}

/** Replace a's contents with those of r (for the *_update methods). */
function assign(a: PySet, r: PyValue): PyValue {
  const src = r as PySet;
  ht.clearTable(a);
  for (let i = 0; i < src.keys.length; i++) {
    const k = src.keys[i];
    if (k !== undefined) ht.appendUnique(a, k, true, src.hashes ? src.hashes[i] : undefined);
  }
  return None;
}

function initFrom(s: PySet, args: PyValue[], kwargs: KwArgs, name: string): NativeResult {
  if (kwargs && kwargs.size) throw pyErr(TypeError, `${name}() takes no keyword arguments`);
  if (args.length > 2) throw pyErr(TypeError, `${name} expected at most 1 argument, got ${args.length - 1}`);
  if (args.length < 2) return None;
  return addIterable(s, args[1]);
}

const ms = (name: string, fn: (args: PyValue[], kwargs: KwArgs) => NativeResult) => nativeMethod('set', name, fn);

setType.define({
  ...common('set'),
  __new__: nativeFunction('__new__', (args) => new PySet(args[0] as PyType)),
  __init__: ms('__init__', (args, kwargs) => {
    ht.clearTable(self(args));
    return initFrom(self(args), args, kwargs, 'set');
  }),
  __hash__: None,
  __ior__: inplace('__ior__', (a, b) => addIterable(a, b)),
  __iand__: inplace('__iand__', (a, b) => then(setIntersection(a, [b]), (r: PyValue) => assign(a, r))),
  __isub__: inplace('__isub__', (a, b) => then(setDifference(a, [b]), (r: PyValue) => assign(a, r))),
  __ixor__: inplace('__ixor__', (a, b) => then(setSymDiff(a, b), (r: PyValue) => assign(a, r))),
  add: ms('add', (args, kw) => then(setAdd(self(args), meth1('set.add', args, kw)), () => None)),
  remove: ms('remove', (args, kw) => {
    const v = meth1('set.remove', args, kw);
    const s = self(args);
    return then(ht.find(s, v), (i: number) => {
      if (i < 0) throw keyError(v);
      ht.deleteAt(s, i);
      return None;
    });
  }),
  discard: ms('discard', (args, kw) => {
    const v = meth1('set.discard', args, kw);
    const s = self(args);
    return then(ht.find(s, v), (i: number) => {
      if (i >= 0) ht.deleteAt(s, i);
      return None;
    });
  }),
  pop: ms('pop', (args, kw) => {
    meth0('set.pop', args, kw);
    const s = self(args);
    if (s.size === 0) throw pyErr(KeyError, 'pop from an empty set');
    let i = 0;
    while (s.keys[i] === undefined) i++;
    const v = s.keys[i] as PyValue;
    ht.deleteAt(s, i);
    return v;
  }),
  clear: ms('clear', (args, kw) => {
    meth0('set.clear', args, kw);
    ht.clearTable(self(args));
    return None;
  }),
  update: ms('update', (args) => {
    const s = self(args);
    const rest = (i: number): NativeResult => (i >= args.length ? None : then(addIterable(s, args[i]), () => rest(i + 1)));
    return rest(1);
  }),
  intersection_update: ms('intersection_update', (args) =>
    then(setIntersection(self(args), args.slice(1)), (r: PyValue) => assign(self(args), r)),
  ),
  difference_update: ms('difference_update', (args) =>
    then(setDifference(self(args), args.slice(1)), (r: PyValue) => assign(self(args), r)),
  ),
  symmetric_difference_update: ms('symmetric_difference_update', (args, kw) =>
    then(setSymDiff(self(args), meth1('set.symmetric_difference_update', args, kw)), (r: PyValue) => assign(self(args), r)),
  ),
});

frozensetType.define({
  ...common('frozenset'),
  __new__: nativeFunction('__new__', (args, kwargs) => {
    const cls = args[0] as PyType;
    if (cls === frozensetType && args.length === 2 && args[1] instanceof PySet && args[1].type === frozensetType) return args[1];
    const s = new PySet(cls);
    return then(initFrom(s, args, kwargs, 'frozenset'), () => s);
  }),
  __hash__: nativeMethod('frozenset', '__hash__', (args) => frozensetHash(self(args))),
});

export { typeOf };
