// set and frozenset: PySet. CPython: Objects/setobject.c. The table is CPython's open-addressed layout
// (set-table.ts), so iteration order matches CPython's for ints, floats, tuples...; membership uses
// dict's key semantics (hashtable.ts). Each operation builds its result in the order CPython's C code
// does (set_merge, set_intersection iterating the smaller set, set_difference's two strategies...),
// because that order is visible when the result is printed.

import { PyObject, type KwArgs, type NativeGen, type NativeResult, type PyValue } from './object.js';
import type { PyType } from './type.js';
import { builtinType, None, NotImplemented, typeOf } from './builtin-types.js';
import { pyErr, TypeError, KeyError } from './exceptions.js';
import { nativeMethod, nativeFunction, methodTable } from './native.js';
import * as ht from './hashtable.js';
import { keyError } from './dict.js';
import { isGen, andThen as then } from './gen.js';
import { frozensetHashOf, type Hash } from './hash.js';
import { itemsOf, fastItems } from './seq.js';
import { reprItems } from './repr-util.js';
import { meth0, meth1 } from './methargs.js';
import { TableIterator, TableIterKind, setIteratorType } from './iterators.js';
import { PyDict, dictType } from './dict.js';
import * as ST from './set-table.js';

export const setType = builtinType('set');
export const frozensetType = builtinType('frozenset');

export class PySet extends PyObject implements ST.SetTable {
  // ht.Table fields; `keys` is the slot array of set-table.ts (CPython's layout), `vals` is unused.
  keys: (PyValue | undefined)[] = [];
  vals: (PyValue | undefined)[] = [];
  index: Map<unknown, number> = new Map();
  hindex: Map<Hash, number | number[]> | null = null;
  hashes: (Hash | undefined)[] | null = null;
  size = 0;
  version = 0;
  layout = 0;
  // set-table.ts fields
  sh: (Hash | null | undefined)[] = [];
  sk: unknown[] = [];
  fill = 0;
  finger = 0;
  /** frozenset's cached hash. */
  hash: Hash | undefined = undefined;
  constructor(type: PyType = setType) {
    super(type);
    ST.emptySlots(this);
  }
  /** Live elements in iteration (slot) order (allocates). */
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

const NONE_DONE = (r: NativeGen | undefined): NativeResult => (r === undefined ? None : (r as NativeResult));

/** Add one element (CPython: set_add_key). */
export function setAdd(s: PySet, v: PyValue): NativeResult {
  return NONE_DONE(ST.addKey(s, v));
}

/** Add every element of a JS array, in order. */
export function addAll(s: PySet, items: readonly PyValue[], from = 0): NativeResult {
  return NONE_DONE(ST.addEach(s, items, null, from));
}

/** Run the steps in order; each may be synchronous (returns anything) or a generator. */
function seqSteps(steps: (() => NativeResult | undefined)[], result: PyValue): NativeResult {
  const rest = (i: number): NativeResult => {
    for (; i < steps.length; i++) {
      const r = steps[i]();
      if (isGen(r)) {
        const j = i;
        return then(r, () => rest(j + 1));
      }
    }
    return result;
  };
  return rest(0);
}

/** CPython: set_update_internal (so |= any iterable). */
export function addIterable(s: PySet, it: PyValue): NativeResult {
  if (it instanceof PySet) return NONE_DONE(ST.merge(s, it));
  if (it instanceof PyDict && it.type === dictType) {
    const n = it.size;
    if ((s.fill + n) * 5 >= (s.sh.length - 1) * 3) ST.resize(s, (s.size + n) * 2);
    const ks = ht.liveKeys(it);
    const hs: Hash[] | null = [];
    for (let i = 0, j = 0; i < it.keys.length; i++) {
      if (it.keys[i] === undefined) continue;
      const h = it.hashes ? it.hashes[i] : undefined;
      if (h === undefined) {
        const hr = ht.hashValue(ks[j]);
        if (isGen(hr)) return addAll(s, ks); // not reached for fast keys
        hs.push(hr as Hash);
      } else hs.push(h);
      j++;
    }
    return NONE_DONE(ST.addEach(s, ks, hs, 0));
  }
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

/** A new set of `type` with the elements of iterable v (CPython: make_new_set). */
function makeNewSet(type: PyType, v: PyValue): PySet | NativeGen {
  const s = new PySet(type);
  const r = addIterable(s, v);
  if (isGen(r)) return then(r, () => s) as NativeGen;
  return s;
}

/** Is `key` (hash h) in table t (a set or a dict)? */
function containsEntry(t: ht.Table, key: PyValue, h: Hash): boolean | NativeGen {
  const nk = ht.keyOf(key);
  if (nk !== ht.GENERIC) return ht.findFastKey(t, nk) >= 0;
  const f = ht.probe(t, key, h);
  if (typeof f === 'number') return f >= 0;
  return then(f, (i: number) => i >= 0) as NativeGen;
}

/** Add each (key, hash) of ks/hs to out whose membership in t is `want` (in order). */
function filterInto(out: PySet, ks: readonly PyValue[], hs: readonly Hash[], t: ht.Table, want: boolean): NativeResult {
  const rest = (i: number): NativeResult => {
    for (; i < ks.length; i++) {
      const c = containsEntry(t, ks[i], hs[i]);
      if (isGen(c)) {
        const j = i;
        return then(c, (inT: boolean) => {
          if (inT !== want) return rest(j + 1);
          return then(ST.addKey(out, ks[j], hs[j]) ?? None, () => rest(j + 1));
        });
      }
      if (c === want) {
        const r = ST.addKey(out, ks[i], hs[i]);
        if (r !== undefined) {
          const j = i;
          return then(r, () => rest(j + 1));
        }
      }
    }
    return out;
  };
  return rest(0);
}

/** Hashes of ks (generator when a Python __hash__ runs). */
function hashesOf(ks: readonly PyValue[]): Hash[] | NativeGen {
  const hs: Hash[] = [];
  for (let i = 0; i < ks.length; i++) {
    const h = ht.hashValue(ks[i]);
    if (isGen(h)) {
      return (function* (): NativeGen {
        hs.push((yield* h) as Hash);
        for (let j = i + 1; j < ks.length; j++) {
          const h2 = ht.hashValue(ks[j]);
          hs.push((isGen(h2) ? yield* h2 : h2) as Hash);
        }
        return hs as unknown as PyValue;
      })();
    }
    hs.push(h as Hash);
  }
  return hs;
}

/** The result type of a set operation on s (CPython: make_new_set_basetype). */
function resultType(s: PySet): PyType {
  return isFrozen(s) ? frozensetType : setType;
}

/** CPython: set_copy / make_new_set_basetype(type, so). */
export function copySet(s: PySet, type: PyType): PySet {
  const out = new PySet(type);
  const r = ST.merge(out, s);
  if (r !== undefined) throw new Error('copySet: merging into an empty set runs no Python code');
  return out;
}

/** CPython: set_union / set_or. */
export function setUnion(a: PySet, others: PyValue[]): NativeResult {
  const out = copySet(a, resultType(a));
  return seqSteps(
    others.map((o) => () => (o === a ? undefined : addIterable(out, o))),
    out,
  );
}

/** CPython: set_intersection (one other). */
function intersectOne(so: PySet, other: PyValue): NativeResult {
  if (other === so) return copySet(so, resultType(so));
  const out = new PySet(resultType(so));
  if (other instanceof PySet) {
    let big: PySet = so, small: PySet = other;
    if (other.size > so.size) {
      big = other;
      small = so;
    }
    const [ks, hs] = ST.entries(small);
    return filterInto(out, ks, hs, big, true);
  }
  return then(itemsOf(other), (items: readonly PyValue[]) =>
    then(hashesOf(items), (hs: Hash[]) => filterInto(out, items, hs, so, true)),
  );
}

/** CPython: set_intersection_multi. */
export function setIntersection(a: PySet, others: PyValue[]): NativeResult {
  if (others.length === 0) return copySet(a, resultType(a));
  const step = (cur: PySet, i: number): NativeResult => {
    if (i >= others.length) return cur;
    return then(intersectOne(cur, others[i]), (next: PyValue) => step(next as PySet, i + 1));
  };
  return step(a, 0);
}

/** CPython: set_discard_entry for each element of ks (hashes hs). */
function discardEach(s: PySet, ks: readonly PyValue[], hs: readonly Hash[] | null): NativeResult {
  const rest = (i: number): NativeResult => {
    for (; i < ks.length; i++) {
      const f = hs === null ? ht.find(s, ks[i]) : findWithHash(s, ks[i], hs[i]);
      if (isGen(f)) {
        const j = i;
        return then(f, (slot: number) => {
          if (slot >= 0) ST.discardAt(s, slot);
          return rest(j + 1);
        });
      }
      if ((f as number) >= 0) ST.discardAt(s, f as number);
    }
    return None;
  };
  return rest(0);
}

function findWithHash(t: ht.Table, key: PyValue, h: Hash): number | NativeGen {
  const nk = ht.keyOf(key);
  if (nk !== ht.GENERIC) return ht.findFastKey(t, nk);
  return ht.probe(t, key, h);
}

/** CPython: set_difference_update_internal. */
function differenceUpdate(so: PySet, other: PyValue): NativeResult {
  if (other === so) {
    clearSet(so);
    return None;
  }
  const after = (): NativeResult => {
    // If more than 1/4th are dummies, then resize them away.
    if (so.fill - so.size > (so.sh.length - 1) >> 2) ST.resize(so, so.size > 50000 ? so.size * 2 : so.size * 4);
    return None;
  };
  if (other instanceof PySet) {
    const src = other.size >> 3 > so.size ? intersectOne(so, other) : other;
    return then(src, (o: PyValue) => {
      const [ks, hs] = ST.entries(o as PySet);
      return then(discardEach(so, ks, hs), after);
    });
  }
  return then(itemsOf(other), (items: readonly PyValue[]) => then(discardEach(so, items, null), after));
}

/** CPython: set_difference (one other). */
function differenceOne(so: PySet, other: PyValue): NativeResult {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.size;
  else if (other instanceof PyDict && other.type === dictType) otherSize = other.size;
  else otherSize = -1;
  if (otherSize < 0 || so.size >> 2 > otherSize) {
    const out = copySet(so, resultType(so));
    return then(differenceUpdate(out, other), () => out);
  }
  const out = new PySet(resultType(so));
  const [ks, hs] = ST.entries(so);
  return filterInto(out, ks, hs, other as PySet | PyDict, false);
}

/** CPython: set_difference_multi. */
export function setDifference(a: PySet, others: PyValue[]): NativeResult {
  if (others.length === 0) return copySet(a, resultType(a));
  return then(differenceOne(a, others[0]), (r: PyValue) =>
    seqSteps(
      others.slice(1).map((o) => () => differenceUpdate(r as PySet, o)),
      r,
    ),
  );
}

/** CPython: set_symmetric_difference_update. */
function symDiffUpdate(so: PySet, other: PyValue): NativeResult {
  if (other === so) {
    clearSet(so);
    return None;
  }
  const withSet = (o: PySet): NativeResult => {
    const [ks, hs] = ST.entries(o);
    return symDiffEach(so, ks, hs);
  };
  if (other instanceof PyDict && other.type === dictType) {
    const ks = ht.liveKeys(other);
    return then(hashesOf(ks), (hs: Hash[]) => symDiffEach(so, ks, hs));
  }
  if (other instanceof PySet) return withSet(other);
  return then(makeNewSet(resultType(so), other), (o: PyValue) => withSet(o as PySet));
}

function symDiffEach(so: PySet, ks: readonly PyValue[], hs: readonly Hash[]): NativeResult {
  const rest = (i: number): NativeResult => {
    for (; i < ks.length; i++) {
      const f = findWithHash(so, ks[i], hs[i]);
      if (isGen(f)) {
        const j = i;
        return then(f, (slot: number) => {
          if (slot >= 0) {
            ST.discardAt(so, slot);
            return rest(j + 1);
          }
          return then(ST.addKey(so, ks[j], hs[j]) ?? None, () => rest(j + 1));
        });
      }
      if ((f as number) >= 0) ST.discardAt(so, f as number);
      else {
        const r = ST.addKey(so, ks[i], hs[i]);
        if (r !== undefined) {
          const j = i;
          return then(r, () => rest(j + 1));
        }
      }
    }
    return None;
  };
  return rest(0);
}

/** CPython: set_symmetric_difference. */
export function setSymDiff(a: PySet, other: PyValue): NativeResult {
  return then(makeNewSet(resultType(a), other), (o: PyValue) => then(symDiffUpdate(o as PySet, a), () => o));
}

/** Elements of `v` as a table to test membership against (a set is used directly). */
function asTable(v: PyValue): ht.Table | NativeGen {
  if (v instanceof PySet) return v;
  return makeNewSet(setType, v);
}

/** CPython: set_clear_internal (the finger survives, as in CPython). */
export function clearSet(s: PySet): void {
  ST.emptySlots(s);
  s.version++;
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
  const rest = (i: number): boolean | NativeGen => {
    for (; i < a.length; i++) {
      const f = ht.find(b, a[i]);
      if (isGen(f)) {
        const j = i;
        return then(f, (slot: number) => (slot >= 0 ? false : (rest(j + 1) as NativeResult))) as boolean | NativeGen;
      }
      if ((f as number) >= 0) return false;
    }
    return true;
  };
  return rest(0);
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
  s.hash = frozensetHashOf(ST.entries(s)[1]);
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

/** Take over r's table (CPython: set_swap_bodies, for intersection_update). */
function assign(a: PySet, r: PyValue): PyValue {
  const src = r as PySet;
  if (src === a) return None;
  a.keys = src.keys;
  a.sh = src.sh;
  a.sk = src.sk;
  a.index = src.index;
  a.hindex = src.hindex;
  a.fill = src.fill;
  a.size = src.size;
  a.version++;
  ST.emptySlots(src);
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
    if (self(args).fill > 0) clearSet(self(args));
    return initFrom(self(args), args, kwargs, 'set');
  }),
  __hash__: None,
  __ior__: inplace('__ior__', (a, b) => addIterable(a, b)),
  __iand__: inplace('__iand__', (a, b) => then(intersectOne(a, b), (r: PyValue) => assign(a, r))),
  __isub__: inplace('__isub__', (a, b) => differenceUpdate(a, b)),
  __ixor__: inplace('__ixor__', (a, b) => symDiffUpdate(a, b)),
  add: ms('add', (args, kw) => then(setAdd(self(args), meth1('set.add', args, kw)), () => None)),
  remove: ms('remove', (args, kw) => {
    const v = meth1('set.remove', args, kw);
    const s = self(args);
    return then(ht.find(s, v), (i: number) => {
      if (i < 0) throw keyError(v);
      ST.discardAt(s, i);
      return None;
    });
  }),
  discard: ms('discard', (args, kw) => {
    const v = meth1('set.discard', args, kw);
    const s = self(args);
    return then(ht.find(s, v), (i: number) => {
      if (i >= 0) ST.discardAt(s, i);
      return None;
    });
  }),
  pop: ms('pop', (args, kw) => {
    meth0('set.pop', args, kw);
    const s = self(args);
    if (s.size === 0) throw pyErr(KeyError, 'pop from an empty set');
    const i = ST.popSlot(s);
    const v = s.keys[i] as PyValue;
    ST.discardAt(s, i);
    return v;
  }),
  clear: ms('clear', (args, kw) => {
    meth0('set.clear', args, kw);
    clearSet(self(args));
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
    seqSteps(
      args.slice(1).map((o) => () => differenceUpdate(self(args), o)),
      None,
    ),
  ),
  symmetric_difference_update: ms('symmetric_difference_update', (args, kw) =>
    symDiffUpdate(self(args), meth1('set.symmetric_difference_update', args, kw)),
  ),
});

frozensetType.define(methodTable('frozenset', {
  ...common('frozenset'),
  __new__: nativeFunction('__new__', (args, kwargs) => {
    const cls = args[0] as PyType;
    if (cls === frozensetType && args.length === 2 && args[1] instanceof PySet && args[1].type === frozensetType) return args[1];
    const s = new PySet(cls);
    return then(initFrom(s, args, kwargs, 'frozenset'), () => s);
  }),
  __hash__: (args) => frozensetHash(self(args)),
}));

export { typeOf };
