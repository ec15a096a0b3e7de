// Iteration and membership (CPython: PyObject_GetIter, PyIter_Next, PySequence_Contains, and the
// old-style sequence iterator of Objects/iterobject.c).
//
// getIter: __iter__ (None blocks iteration), else the sequence protocol (__getitem__ from 0 until
// IndexError/StopIteration) through PySeqIter ('iterator'). iterNext: the builtin iterators'
// `next()` fast path (iterators.ts's PyIterator), else __next__ with StopIteration turned into
// `undefined`. contains: __contains__, else a linear search with == over the iteration.

import { PyObject, isPending, settle, type NativeGen, type NativeResult, type PyValue } from './object.js';
import { typeOf, builtinType, None } from './builtin-types.js';
import { methodTable } from './native.js';
import { pyErr, TypeError, StopIteration, IndexError, isExcOf } from './exceptions.js';
import { markFinal } from './type-flags.js';
import { PyTuple, tupleType } from './tuple.js';
import { PyDict, dictType } from './dict.js';
import { PyIterator } from './iterators.js';
import { PyGenerator, generatorType, genNextOrExhausted } from './generator.js';
import { seqContains } from './seq.js';
import { eqValues } from './hashtable.js';
import { callUnbound } from './call.js';
import { isTrue } from './ops.js';

export const seqIterType = builtinType('iterator');
markFinal(seqIterType);

/** CPython: seqiterobject. Calls __getitem__(0), (1), ... until IndexError or StopIteration. */
export class PySeqIter extends PyObject {
  index = 0;
  seq: PyValue | null;
  constructor(seq: PyValue) {
    super(seqIterType);
    this.seq = seq;
  }
}

function seqIterNext(it: PySeqIter): NativeResult | undefined {
  if (it.seq === null) return undefined;
  const seq = it.seq;
  const i = it.index++;
  const f = typeOf(seq).lookup('__getitem__');
  let r: NativeResult;
  try {
    r = callUnbound(f as PyValue, seq, [i]);
  } catch (e) {
    if (isExcOf(e, IndexError) || isExcOf(e, StopIteration)) {
      it.seq = null;
      return undefined;
    }
    throw e;
  }
  if (isPending(r)) return seqIterGen(it, r);
  return r;
}

function* seqIterGen(it: PySeqIter, g: NativeGen): NativeGen {
  try {
    return yield* g;
  } catch (e) {
    if (isExcOf(e, IndexError) || isExcOf(e, StopIteration)) {
      it.seq = null;
      return undefined as unknown as PyValue;
    }
    throw e;
  }
}

seqIterType.define(methodTable('iterator', {
  __iter__: (a) => a[0],
  __next__: (a) => {
    const r = seqIterNext(a[0] as PySeqIter);
    if (r === undefined) throw pyErr(StopIteration);
    if (isPending(r)) {
      return (function* (): NativeGen {
        const v = yield* r;
        if (v === undefined) throw pyErr(StopIteration);
        return v;
      })();
    }
    return r;
  },
}));

/** CPython: PyObject_GetIter. */
export function getIter(v: PyValue): NativeResult {
  const t = typeOf(v);
  const f = t.lookup('__iter__');
  if (f === undefined || f === None) {
    if (f === undefined && t.lookup('__getitem__') !== undefined) return new PySeqIter(v);
    throw pyErr(TypeError, `'${t.name}' object is not iterable`);
  }
  const r = callUnbound(f, v, []);
  if (isPending(r)) return checkIterGen(r);
  return checkIter(r);
}

function checkIter(r: PyValue): PyValue {
  if (r instanceof PyIterator) return r;
  const n = typeOf(r).lookup('__next__');
  if (n === undefined || n === None) throw pyErr(TypeError, `iter() returned non-iterator of type '${typeOf(r).name}'`);
  return r;
}

function* checkIterGen(g: NativeGen): NativeGen {
  return checkIter(yield* g);
}

/**
 * CPython: PyIter_Next. `undefined` means exhausted; a pending result's generator also returns
 * `undefined` (cast) when exhausted. Inside a generator native: `const x = yield* nextGen(it)` (seq.ts).
 */
export function iterNext(it: PyValue): NativeResult | undefined {
  if (it instanceof PyIterator) return it.next() as NativeResult | undefined;
  if (it instanceof PySeqIter) return seqIterNext(it);
  if (it instanceof PyGenerator && it.type === generatorType) return genNextOrExhausted(it); // final type: its own __next__
  const t = typeOf(it);
  const f = t.lookup('__next__');
  if (f === undefined || f === None) throw pyErr(TypeError, `'${t.name}' object is not an iterator`);
  let r: NativeResult;
  try {
    r = callUnbound(f, it, []);
  } catch (e) {
    if (isExcOf(e, StopIteration)) return undefined;
    throw e;
  }
  if (isPending(r)) return nextGenCatch(r);
  return r;
}

function* nextGenCatch(g: NativeGen): NativeGen {
  try {
    return yield* g;
  } catch (e) {
    if (isExcOf(e, StopIteration)) return undefined as unknown as PyValue;
    throw e;
  }
}

/**
 * next(it) without a default (CPython: builtin next -> tp_iternext): like iterNext, but a StopIteration
 * raised by __next__ propagates as it is (keeping its value: `return 'v'` in a generator gives
 * StopIteration('v')); exhaustion of a native iterator raises a plain StopIteration().
 */
export function iterNextRaise(it: PyValue): NativeResult {
  if (it instanceof PyIterator || it instanceof PySeqIter) {
    const r = iterNext(it);
    if (r === undefined) throw pyErr(StopIteration);
    if (isPending(r)) return raiseWhenExhausted(r);
    return r;
  }
  const t = typeOf(it);
  const f = t.lookup('__next__');
  if (f === undefined || f === None) throw pyErr(TypeError, `'${t.name}' object is not an iterator`);
  return callUnbound(f, it, []);
}

function* raiseWhenExhausted(g: NativeGen): NativeGen {
  const v = yield* g;
  if (v === undefined) throw pyErr(StopIteration);
  return v;
}

/** `item in container` (CPython: PySequence_Contains). A JS boolean, or a generator returning one. */
export function contains(container: PyValue, item: PyValue): boolean | NativeResult {
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw pyErr(TypeError, `'in <string>' requires string as left operand, not ${typeOf(item).name}`);
    return container.includes(item);
  }
  if (typeof container === 'object') {
    const ct = (container as PyObject).type;
    if (ct === dictType) return (container as PyDict).has(item);
    if (ct === tupleType) return seqContains((container as PyTuple).items, item);
  }
  const t = typeOf(container);
  const f = t.lookup('__contains__');
  if (f !== undefined && f !== None) {
    const r = callUnbound(f, container, [item]);
    if (isPending(r)) return truthAfter(r);
    return typeof r === 'boolean' ? r : isTrue(r);
  }
  if (f === None || (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined)) {
    throw pyErr(TypeError, `argument of type '${t.name}' is not iterable`);
  }
  return searchGen(container, item);
}

function* truthAfter(g: NativeGen): NativeGen {
  const r = yield* g;
  if (typeof r === 'boolean') return r;
  return yield* settle(isTrue(r) as NativeResult);
}

function* searchGen(container: PyValue, item: PyValue): NativeGen {
  const it = yield* settle(getIter(container));
  for (;;) {
    const r = iterNext(it);
    const x = isPending(r) ? yield* r : r;
    if (x === undefined) return false;
    const eq = eqValues(x, item);
    if (typeof eq === 'boolean' ? eq : yield* eq) return true;
  }
}
