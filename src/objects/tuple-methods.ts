// tuple's Python methods (CPython: Objects/tupleobject.c). The PyTuple class is in tuple.ts.

import { isGen } from './gen.js';
import { isPending, type KwArgs, type NativeGen, type NativeResult, type PyValue } from './object.js';
import type { PyType } from './type.js';
import { None, NotImplemented, typeOf } from './builtin-types.js';
import { pyErr, TypeError } from './exceptions.js';
import { nativeMethod, nativeFunction, methodTable } from './native.js';
import { PyTuple, tupleType, emptyTuple } from './tuple.js';
import { PySlice, sliceIndices, sliceArray, type SliceIdx } from './slice.js';
import { asIndex, type Int } from './int.js';
import { toArray, seqCompare, seqContains, seqCount, repeatCount, repeatArray, cantMultiply } from './seq.js';
import { reprItems } from './repr-util.js';
import { meth1, methRange } from './methargs.js';
import { SeqIterator, tupleIteratorType } from './iterators.js';
import { itemAt, seqIndexMethod } from './list.js';
import { tupleHash } from './hashtable.js';
import { CmpOp } from './ops.js';

const m = (name: string, fn: (args: PyValue[], kwargs: KwArgs) => NativeResult) => nativeMethod('tuple', name, fn);
const self = (args: PyValue[]) => args[0] as PyTuple;

const tupleIdxMsg = (tn: string) => `tuple indices must be integers or slices, not ${tn}`;

/** CPython: tuplesubscript. */
export function tupleGetItem(t: PyTuple, key: PyValue): NativeResult {
  if (typeof key === 'number') return itemAt(t.items, key, 'tuple index out of range');
  if (key instanceof PySlice) {
    const r = sliceIndices(key, t.items.length);
    const mk = (x: SliceIdx) =>
      x[2] === 1 && x[0] === 0 && x[3] === t.items.length && t.type === tupleType ? t : new PyTuple(sliceArray(t.items, x));
    if (isGen(r)) {
      return (function* (): NativeGen {
        return mk((yield* r as NativeGen) as unknown as SliceIdx);
      })();
    }
    return mk(r as SliceIdx);
  }
  const i = asIndex(key, tupleIdxMsg);
  if (isGen(i)) {
    return (function* (): NativeGen {
      return itemAt(t.items, (yield* i as NativeGen) as Int, 'tuple index out of range');
    })();
  }
  return itemAt(t.items, i as Int, 'tuple index out of range');
}

function cmpMethod(name: string, op: CmpOp) {
  return m(name, (args) => {
    const b = args[1];
    if (!(b instanceof PyTuple)) return NotImplemented;
    return seqCompare(self(args).items, b.items, op) as NativeResult;
  });
}

tupleType.define(methodTable('tuple', {
  __new__: nativeFunction('__new__', (args, kwargs) => {
    const cls = args[0] as PyType;
    if (kwargs && kwargs.size) throw pyErr(TypeError, 'tuple() takes no keyword arguments');
    if (args.length > 2) throw pyErr(TypeError, `tuple expected at most 1 argument, got ${args.length - 1}`);
    const exact = cls === tupleType;
    if (args.length === 1) return exact ? emptyTuple : new PyTuple([], cls);
    const src = args[1];
    if (exact && src instanceof PyTuple && src.type === tupleType) return src;
    const r = toArray(src);
    const mk = (items: PyValue[]) => (exact && items.length === 0 ? emptyTuple : new PyTuple(items, cls));
    if (isGen(r)) {
      return (function* (): NativeGen {
        return mk((yield* r as NativeGen) as unknown as PyValue[]);
      })();
    }
    return mk(r as PyValue[]);
  }),
  __len__: (args) => self(args).items.length,
  __getitem__: (args) => tupleGetItem(self(args), args[1]),
  __contains__: (args) => seqContains(self(args).items, args[1]),
  __iter__: (args) => new SeqIterator(tupleIteratorType, self(args)),
  __hash__: (args) => tupleHash(self(args)) as NativeResult,
  __add__: (args) => {
    const b = args[1];
    if (!(b instanceof PyTuple)) {
      throw pyErr(TypeError, `can only concatenate tuple (not "${typeOf(b).name}") to tuple`);
    }
    const a = self(args);
    if (b.items.length === 0 && a.type === tupleType) return a;
    if (a.items.length === 0 && b.type === tupleType) return b;
    return new PyTuple(a.items.concat(b.items));
  },
  __mul__: (args) => {
    const n = repeatCount(args[1]);
    if (n === undefined) return cantMultiply(args[1]);
    const t = self(args);
    if (n === 1 && t.type === tupleType) return t;
    return new PyTuple(repeatArray(t.items, n));
  },
  __rmul__: (args) => {
    const n = repeatCount(args[1]);
    if (n === undefined) return cantMultiply(args[1]);
    return new PyTuple(repeatArray(self(args).items, n));
  },
  __eq__: cmpMethod('__eq__', CmpOp.Eq),
  __ne__: cmpMethod('__ne__', CmpOp.Ne),
  __lt__: cmpMethod('__lt__', CmpOp.Lt),
  __le__: cmpMethod('__le__', CmpOp.Le),
  __gt__: cmpMethod('__gt__', CmpOp.Gt),
  __ge__: cmpMethod('__ge__', CmpOp.Ge),
  __repr__: (args) => {
    const t = self(args);
    if (t.items.length === 1) return reprItems(t, '(', t.items, ',)', '(...)');
    return reprItems(t, '(', t.items, ')', '(...)');
  },
  __getnewargs__: (args) => new PyTuple([new PyTuple(self(args).items.slice())]),
  index: (args, kwargs) => {
    methRange('index', args, kwargs, 1, 3, 'tuple.index');
    return seqIndexMethod(self(args).items, args, 'tuple');
  },
  count: (args, kwargs) => seqCount(self(args).items, meth1('tuple.count', args, kwargs)),
}));

export { None };
