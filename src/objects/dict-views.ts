// dict views: dict_keys, dict_values, dict_items (CPython: Objects/dictobject.c, dictview_*).
// Live views over a PyDict; keys and items views are set-like (& | ^ - return sets, comparisons
// against any set or view, isdisjoint).

import { PyObject, type KwArgs, type NativeGen, type NativeResult, type PyValue } from './object.js';
import type { PyType } from './type.js';
import { builtinType, NotImplemented } from './builtin-types.js';
import { nativeMethod, methodTable } from './native.js';
import type { PyDict } from './dict.js';
import * as ht from './hashtable.js';
import { isGen, andThen as then } from './gen.js';
import { PyTuple } from './tuple.js';
import { reprItems } from './repr-util.js';
import { fastItems, itemsOf } from './seq.js';
import {
  TableIterator, TableIterKind,
  dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType,
  dictRevKeyIteratorType, dictRevValueIteratorType, dictRevItemIteratorType,
} from './iterators.js';
import { PySet, setType, addAll, setUnion, setIntersection, setDifference, setSymDiff, isSubset } from './set.js';
import { eqValues } from './hashtable.js';

export const dictKeysType = builtinType('dict_keys');
export const dictValuesType = builtinType('dict_values');
export const dictItemsType = builtinType('dict_items');

export class PyDictView extends PyObject {
  constructor(type: PyType, public map: PyDict) {
    super(type);
  }
  kind(): TableIterKind {
    return this.type === dictKeysType ? TableIterKind.Keys : this.type === dictValuesType ? TableIterKind.Values : TableIterKind.Items;
  }
  /** The view's elements as a fresh array (items as tuples). */
  elements(): PyValue[] {
    const d = this.map;
    const out: PyValue[] = [];
    const k = this.kind();
    for (let i = 0; i < d.keys.length; i++) {
      const key = d.keys[i];
      if (key === undefined) continue;
      out.push(k === TableIterKind.Keys ? key : k === TableIterKind.Values ? (d.vals[i] as PyValue) : new PyTuple([key, d.vals[i] as PyValue]));
    }
    return out;
  }
}

fastItems.push((v) => (v instanceof PyDictView ? v.elements() : undefined));

const self = (args: PyValue[]) => args[0] as PyDictView;

/** A set holding the elements of any iterable (for the set-like operators). */
function toSet(v: PyValue): PySet | NativeGen {
  if (v instanceof PySet) return v;
  const s = new PySet(setType);
  const r = then(itemsOf(v), (items: readonly PyValue[]) => addAll(s, items));
  if (isGen(r)) {
    return (function* (): NativeGen {
      yield* r;
      return s;
    })();
  }
  return s;
}

function viewSet(v: PyDictView): PySet | NativeGen {
  const s = new PySet(setType);
  const r = addAll(s, v.elements());
  if (isGen(r)) {
    return (function* (): NativeGen {
      yield* r;
      return s;
    })();
  }
  return s;
}

/** items-view membership: (k, v) in d.items(). */
function itemsContains(d: PyDict, x: PyValue): boolean | NativeGen {
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const v = d.lookup(x.items[0]);
  if (v === undefined) return false;
  return then(v, (val: PyValue) => {
    if (val === undefined || (val as unknown) === undefined) return false;
    return eqValues(val, x.items[1]) as NativeResult;
  }) as boolean | NativeGen;
}

function setLike(v: PyValue): boolean {
  return v instanceof PySet || (v instanceof PyDictView && v.type !== dictValuesType);
}

function viewOp(name: string, f: (a: PySet, b: PyValue) => NativeResult, reflected = false) {
  return (owner: string) =>
    nativeMethod(owner, name, (args) => {
      const a = self(args);
      const b = args[1];
      // CPython: the operand must be iterable; the result is always a set
      return then(viewSet(a), (sa: PySet) =>
        then(toSet(b), (sb: PySet) => (reflected ? f(sb, sa) : f(sa, sb))),
      );
    });
}

function setLikeMethods(owner: string): Record<string, PyValue> {
  const cmp = (name: string, f: (a: PySet, b: PySet) => boolean | NativeGen) =>
    nativeMethod(owner, name, (args) => {
      if (!setLike(args[1])) return NotImplemented;
      return then(viewSet(self(args)), (a: PySet) => then(toSet(args[1]), (b: PySet) => f(a, b) as NativeResult));
    });
  return {
    __and__: viewOp('__and__', (a, b) => setIntersection(a, [b]))(owner),
    __rand__: viewOp('__rand__', (a, b) => setIntersection(a, [b]), true)(owner),
    __or__: viewOp('__or__', (a, b) => setUnion(a, [b]))(owner),
    __ror__: viewOp('__ror__', (a, b) => setUnion(a, [b]), true)(owner),
    __sub__: viewOp('__sub__', (a, b) => setDifference(a, [b]))(owner),
    __rsub__: viewOp('__rsub__', (a, b) => setDifference(a, [b]), true)(owner),
    __xor__: viewOp('__xor__', (a, b) => setSymDiff(a, b))(owner),
    __rxor__: viewOp('__rxor__', (a, b) => setSymDiff(a, b), true)(owner),
    __eq__: cmp('__eq__', (a, b) => (a.size === b.size ? isSubset(a.elements(), b) : false)),
    __ne__: cmp('__ne__', (a, b) => then(a.size === b.size ? isSubset(a.elements(), b) : false, (e: boolean) => !e) as boolean | NativeGen),
    __le__: cmp('__le__', (a, b) => (a.size <= b.size ? isSubset(a.elements(), b) : false)),
    __lt__: cmp('__lt__', (a, b) => (a.size < b.size ? isSubset(a.elements(), b) : false)),
    __ge__: cmp('__ge__', (a, b) => (a.size >= b.size ? isSubset(b.elements(), a) : false)),
    __gt__: cmp('__gt__', (a, b) => (a.size > b.size ? isSubset(b.elements(), a) : false)),
    isdisjoint: nativeMethod(owner, 'isdisjoint', (args) =>
      then(viewSet(self(args)), (a: PySet) =>
        then(itemsOf(args[1]), (items: readonly PyValue[]) =>
          then(setIntersection(a, [new PyTuple(items.slice())]), (r: PyValue) => (r as PySet).size === 0),
        ),
      ),
    ),
  };
}

function common(owner: string, iterType: PyType, revType: PyType, kind: TableIterKind): Record<string, PyValue> {
  const m = (name: string, fn: (args: PyValue[], kwargs: KwArgs) => NativeResult) => nativeMethod(owner, name, fn);
  return {
    __len__: m('__len__', (args) => self(args).map.size),
    __iter__: m('__iter__', (args) => new TableIterator(iterType, self(args).map, kind)),
    __reversed__: m('__reversed__', (args) => new TableIterator(revType, self(args).map, kind, true)),
    __repr__: m('__repr__', (args) => reprItems(self(args), `${owner}([`, self(args).elements(), '])', '...')),
  };
}

dictKeysType.define(methodTable('dict_keys', {
  ...common('dict_keys', dictKeyIteratorType, dictRevKeyIteratorType, TableIterKind.Keys),
  ...setLikeMethods('dict_keys'),
  __contains__: (args) => self(args).map.has(args[1]),
}));

dictItemsType.define(methodTable('dict_items', {
  ...common('dict_items', dictItemIteratorType, dictRevItemIteratorType, TableIterKind.Items),
  ...setLikeMethods('dict_items'),
  __contains__: (args) => itemsContains(self(args).map, args[1]),
}));

dictValuesType.define({
  ...common('dict_values', dictValueIteratorType, dictRevValueIteratorType, TableIterKind.Values),
});

export { ht };
