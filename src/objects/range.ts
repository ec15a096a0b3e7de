// range: PyRange (start/stop/step as Python ints) and its iterator (CPython: Objects/rangeobject.c).
// Iteration over number-sized ranges allocates nothing per step (RangeIterator keeps JS numbers).

import { PyObject, type NativeGen, type PyValue } from './object.js';
import type { PyType } from './type.js';
import { builtinType, None, NotImplemented, typeOf } from './builtin-types.js';
import { pyErr, TypeError, ValueError, IndexError, OverflowError } from './exceptions.js';
import { nativeFunction, methodTable } from './native.js';
import { defineGetSet } from './descriptors.js';
import { asIndex, intValue, normBig, toBig, type Int } from './int.js';
import { PySlice, sliceIndices, type SliceIdx } from './slice.js';
import { PyTuple } from './tuple.js';
import { isGen } from './gen.js';
import { PyIterator, iteratorType } from './iterators.js';
import { fastItems, seqCount, seqIndex } from './seq.js';
import { tupleHashOf } from './hash.js';
import { intHash } from './hash.js';

export const rangeType = builtinType('range');
export const rangeIteratorType = iteratorType('range_iterator');
export const longRangeIteratorType = iteratorType('longrange_iterator');

export class PyRange extends PyObject {
  len: Int;
  constructor(public start: Int, public stop: Int, public step: Int) {
    super(rangeType);
    this.len = rangeLen(start, stop, step);
  }
  /** The i-th item (0 <= i < len). */
  item(i: Int): Int {
    if (typeof this.start === 'number' && typeof this.step === 'number' && typeof i === 'number') {
      const v = this.start + i * this.step;
      if (Number.isSafeInteger(v)) return v;
    }
    return normBig(toBig(this.start) + toBig(i) * toBig(this.step));
  }
}

function rangeLen(start: Int, stop: Int, step: Int): Int {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const a = toBig(start), b = toBig(stop), s = toBig(step);
  if (s > 0n) return a < b ? normBig((b - a - 1n) / s + 1n) : 0;
  return a > b ? normBig((a - b - 1n) / -s + 1n) : 0;
}

export class RangeIterator extends PyIterator {
  constructor(public cur: number, public step: number, public left: number) {
    super(rangeIteratorType);
  }
  next(): PyValue | undefined {
    if (this.left <= 0) return undefined;
    this.left--;
    const v = this.cur;
    this.cur += this.step;
    return v;
  }
  override lengthHint(): number {
    return Math.max(0, this.left);
  }
}

/** For ranges beyond safe integers. */
class LongRangeIterator extends PyIterator {
  i: Int = 0;
  constructor(public r: PyRange, public reverse: boolean) {
    super(longRangeIteratorType);
  }
  next(): PyValue | undefined {
    if (this.i >= this.r.len) return undefined;
    const k = this.reverse ? normBig(toBig(this.r.len) - 1n - toBig(this.i)) : this.i;
    this.i = normBig(toBig(this.i) + 1n);
    return this.r.item(k);
  }
}

export function rangeIter(r: PyRange, reverse = false): PyIterator {
  const last = r.len === 0 ? r.start : r.item(normBig(toBig(r.len) - 1n));
  if (typeof r.start === 'number' && typeof r.step === 'number' && typeof r.len === 'number' && typeof last === 'number') {
    return reverse ? new RangeIterator(last, -r.step, r.len) : new RangeIterator(r.start, r.step, r.len);
  }
  return new LongRangeIterator(r, reverse);
}

fastItems.push((v) => {
  if (!(v instanceof PyRange) || typeof v.len !== 'number') return undefined;
  const out: PyValue[] = new Array(v.len);
  for (let i = 0; i < v.len; i++) out[i] = v.item(i);
  return out;
});

const rangeArgMsg = (tn: string) => `'${tn}' object cannot be interpreted as an integer`;

function* argsGen(vals: PyValue[]): NativeGen {
  const out: Int[] = [];
  for (const v of vals) {
    const r = asIndex(v, rangeArgMsg);
    out.push((isGen(r) ? yield* r : r) as Int);
  }
  return out as unknown as PyValue;
}

function makeRange(ints: Int[]): PyRange {
  if (ints.length === 1) return new PyRange(0, ints[0], 1);
  const step = ints.length > 2 ? ints[2] : 1;
  if (step == 0) throw pyErr(ValueError, 'range() arg 3 must not be zero');
  return new PyRange(ints[0], ints[1], step);
}

function contains(r: PyRange, v: Int): boolean {
  const a = toBig(r.start), b = toBig(r.stop), s = toBig(r.step), x = toBig(v);
  if (s > 0n ? x < a || x >= b : x > a || x <= b) return false;
  return (x - a) % s === 0n;
}

const R = (args: PyValue[]) => args[0] as PyRange;

function repr(r: PyRange): string {
  return r.step == 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
}

rangeType.define(methodTable('range', {
  __new__: nativeFunction('__new__', (args, kwargs) => {
    if (kwargs && kwargs.size) throw pyErr(TypeError, 'range() takes no keyword arguments');
    const vals = args.slice(1);
    if (vals.length === 0) throw pyErr(TypeError, 'range expected at least 1 argument, got 0');
    if (vals.length > 3) throw pyErr(TypeError, `range expected at most 3 arguments, got ${vals.length}`);
    const ints: Int[] = [];
    for (const v of vals) {
      const i = intValue(v);
      if (i === undefined) {
        const g = argsGen(vals);
        return (function* (): NativeGen {
          return makeRange((yield* g) as unknown as Int[]);
        })();
      }
      ints.push(i);
    }
    return makeRange(ints);
  }),
  __len__: (args) => {
    const n = R(args).len;
    if (typeof n === 'bigint' && n > 9223372036854775807n) throw pyErr(OverflowError, 'Python int too large to convert to C ssize_t');
    return n;
  },
  __bool__: (args) => R(args).len != 0,
  __iter__: (args) => rangeIter(R(args)),
  __reversed__: (args) => rangeIter(R(args), true),
  __getitem__: (args) => {
    const r = R(args);
    const key = args[1];
    if (key instanceof PySlice) {
      if (typeof r.len !== 'number') throw pyErr(OverflowError, 'Python int too large to convert to C ssize_t');
      const x = sliceIndices(key, r.len);
      const mk = ([start, , step, n]: SliceIdx) => {
        const newStep = normBig(toBig(r.step) * BigInt(step));
        const s0 = r.item(start);
        const stop = normBig(toBig(s0) + BigInt(n) * toBig(newStep));
        return new PyRange(s0, stop, newStep);
      };
      if (isGen(x)) {
        return (function* (): NativeGen {
          return mk((yield* x) as unknown as SliceIdx);
        })();
      }
      return mk(x as SliceIdx);
    }
    const at = (iv: Int) => {
      let i = toBig(iv);
      if (i < 0n) i += toBig(r.len);
      if (i < 0n || i >= toBig(r.len)) throw pyErr(IndexError, 'range object index out of range');
      return r.item(normBig(i));
    };
    const iv = intValue(key);
    if (iv !== undefined) return at(iv);
    // an object with __index__ (CPython: PyNumber_AsSsize_t in range_subscript)
    const x = asIndex(key, (t) => `range indices must be integers or slices, not ${t}`);
    if (!isGen(x)) return at(x as Int);
    return (function* (): NativeGen {
      return at((yield* x) as unknown as Int);
    })();
  },
  __contains__: (args) => {
    const r = R(args);
    const v = args[1];
    const iv = typeof v === 'boolean' ? +v : intValue(v);
    if (iv !== undefined) return contains(r, iv);
    const items = fastItems[fastItems.length - 1](r);
    if (!items) return false;
    const f = seqIndex(items, v);
    return typeof f === 'number' ? f >= 0 : f;
  },
  index: (args) => {
    const r = R(args);
    const iv = intValue(args[1]);
    if (iv !== undefined && contains(r, iv)) return normBig((toBig(iv) - toBig(r.start)) / toBig(r.step));
    throw pyErr(ValueError, `${typeof args[1] === 'object' ? 'value' : String(args[1])} is not in range`);
  },
  count: (args) => {
    const r = R(args);
    const iv = intValue(args[1]);
    if (iv !== undefined) return contains(r, iv) ? 1 : 0;
    const items = fastItems[fastItems.length - 1](r) ?? [];
    return seqCount(items, args[1]);
  },
  __eq__: (args) => {
    const a = R(args), b = args[1];
    if (!(b instanceof PyRange)) return NotImplemented;
    if (a.len != b.len) return false;
    if (a.len == 0) return true;
    if (a.start != b.start) return false;
    return a.len == 1 || a.step == b.step;
  },
  __ne__: (args) => {
    const a = R(args), b = args[1];
    if (!(b instanceof PyRange)) return NotImplemented;
    if (a.len != b.len) return true;
    if (a.len == 0) return false;
    if (a.start != b.start) return true;
    return !(a.len == 1 || a.step == b.step);
  },
  __hash__: (args) => {
    const r = R(args);
    // CPython: hash((len, start, step)) with start/step None when irrelevant
    const hs = [intHash(r.len), r.len == 0 ? 4238894112 : intHash(r.start), r.len == 0 || r.len == 1 ? 4238894112 : intHash(r.step)];
    return tupleHashOf(hs);
  },
  __repr__: (args) => repr(R(args)),
  __reduce__: (args) => new PyTuple([rangeType, new PyTuple([R(args).start, R(args).stop, R(args).step])]),
}));

defineGetSet(rangeType, 'start', (o) => (o as PyRange).start);
defineGetSet(rangeType, 'stop', (o) => (o as PyRange).stop);
defineGetSet(rangeType, 'step', (o) => (o as PyRange).step);

export { None };
