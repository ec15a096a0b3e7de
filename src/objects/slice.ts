// slice objects and the index arithmetic every sequence shares (CPython: Objects/sliceobject.c,
// PySlice_Unpack + PySlice_AdjustIndices), plus normIndex for `seq[i]` with negative indices.

import { isGen } from './gen.js';
import { PyObject, isPending, type NativeGen, type NativeResult, type PyValue } from './object.js';
import { builtinType, None, NotImplemented } from './builtin-types.js';
import { pyErr, TypeError, ValueError } from './exceptions.js';
import { nativeFunction, methodTable } from './native.js';
import { asIndex, intValue, type Int } from './int.js';
import { reprValue } from './repr-util.js';
import { PyTuple } from './tuple.js';
import { eqValues } from './hashtable.js';
import { defineGetSet } from './descriptors.js';

export const sliceType = builtinType('slice');

export class PySlice extends PyObject {
  constructor(public start: PyValue, public stop: PyValue, public step: PyValue) {
    super(sliceType);
  }
}

/** [start, stop, step, length] of a slice applied to a sequence of `len` items. */
export type SliceIdx = [number, number, number, number];

const MAXS = Number.MAX_SAFE_INTEGER;

function clampInt(v: Int): number {
  if (typeof v === 'number') return v;
  return v < 0n ? -MAXS : MAXS;
}

const sliceIndexMsg = () => 'slice indices must be integers or None or have an __index__ method';

/** Component as a number; undefined means None. */
function component(v: PyValue): number | undefined | NativeGen {
  if (v === None) return undefined;
  const i = intValue(v);
  if (i !== undefined) return clampInt(i);
  return componentSlow(v);
}

function* componentSlow(v: PyValue): NativeGen {
  const r = asIndex(v, sliceIndexMsg);
  return clampInt((isPending(r) ? yield* r : r) as Int);
}

/** CPython: PySlice_Unpack + PySlice_AdjustIndices. Synchronous unless a component has __index__. */
export function sliceIndices(s: PySlice, len: number): SliceIdx | NativeGen {
  const a = component(s.step), b = component(s.start), c = component(s.stop);
  if (isGen(a) || isGen(b) || isGen(c)) {
    return sliceIndicesGen(s, len);
  }
  return adjust(a as number | undefined, b as number | undefined, c as number | undefined, len);
}

function* sliceIndicesGen(s: PySlice, len: number): NativeGen {
  const out: (number | undefined)[] = [];
  for (const v of [s.step, s.start, s.stop]) {
    const r = component(v);
    out.push(isGen(r) ? ((yield* r as NativeGen) as number) : (r as number | undefined));
  }
  return adjust(out[0], out[1], out[2], len) as unknown as PyValue;
}

export function adjust(stepv: number | undefined, startv: number | undefined, stopv: number | undefined, len: number): SliceIdx {
  let step = stepv === undefined ? 1 : stepv;
  if (step === 0) throw pyErr(ValueError, 'slice step cannot be zero');
  let start: number, stop: number;
  if (startv === undefined) start = step < 0 ? len - 1 : 0;
  else {
    start = startv;
    if (start < 0) {
      start += len;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= len) start = step < 0 ? len - 1 : len;
  }
  if (stopv === undefined) stop = step < 0 ? -1 : len;
  else {
    stop = stopv;
    if (stop < 0) {
      stop += len;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= len) stop = step < 0 ? len - 1 : len;
  }
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

/** Sync slice indices or throw a SystemError-like JS error: for callers that cannot suspend. */
export function sliceIndicesSync(s: PySlice, len: number): SliceIdx | undefined {
  const r = sliceIndices(s, len);
  return isGen(r) ? undefined : (r as SliceIdx);
}

/** Collect items[start:stop:step] from an array. */
export function sliceArray<T>(items: readonly T[], [start, , step, n]: SliceIdx): T[] {
  if (step === 1) return items.slice(start, start + n);
  const out: T[] = new Array(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
  return out;
}

// ---- Python methods -----------------------------------------------------------------------------

sliceType.define(methodTable('slice', {
  __new__: nativeFunction('__new__', (args) => {
    const n = args.length - 1;
    if (n < 1) throw pyErr(TypeError, 'slice expected at least 1 argument, got 0');
    if (n > 3) throw pyErr(TypeError, `slice expected at most 3 arguments, got ${n}`);
    if (n === 1) return new PySlice(None, args[1], None);
    return new PySlice(args[1], args[2], n === 3 ? args[3] : None);
  }),
  __repr__: (args) => {
    const s = args[0] as PySlice;
    const parts = [reprValue(s.start), reprValue(s.stop), reprValue(s.step)];
    if (parts.some((p) => typeof p !== 'string')) {
      return (function* (): NativeGen {
        const out: string[] = [];
        for (const p of parts) out.push(typeof p === 'string' ? p : ((yield* p) as string));
        return `slice(${out.join(', ')})`;
      })();
    }
    return `slice(${parts.join(', ')})`;
  },
  indices: (args) => {
    if (args.length !== 2) throw pyErr(TypeError, `slice.indices() takes exactly one argument (${args.length - 1} given)`);
    const s = args[0] as PySlice;
    const lv = intValue(args[1]);
    if (lv === undefined) throw pyErr(TypeError, `'${(args[1] as PyObject).type?.name ?? typeof args[1]}' object cannot be interpreted as an integer`);
    if (lv < 0) throw pyErr(ValueError, 'length should not be negative');
    const r = sliceIndices(s, clampInt(lv));
    const fin = (x: SliceIdx) => new PyTuple([x[0], x[1], x[2]]);
    if (isGen(r)) {
      return (function* (): NativeGen {
        return fin((yield* r as NativeGen) as unknown as SliceIdx);
      })();
    }
    return fin(r as SliceIdx);
  },
  __eq__: (args) => sliceCmp(args[0], args[1]),
  __hash__: None,
}));

for (const k of ['start', 'stop', 'step'] as const) {
  defineGetSet(sliceType, k, (o) => (o as PySlice)[k]);
}

function sliceCmp(a: PyValue, b: PyValue): NativeResult {
  if (!(b instanceof PySlice)) return NotImplemented;
  const sa = a as PySlice;
  const x = [sa.start, sa.stop, sa.step], y = [b.start, b.stop, b.step];
  return (function* (): NativeGen {
    for (let i = 0; i < 3; i++) {
      const r = eqValues(x[i], y[i]);
      if (!(typeof r === 'boolean' ? r : yield* r)) return false;
    }
    return true;
  })();
}

/** Normalise a sequence index (negative from the end); -1 when out of range. */
export function normIndex(i: number, len: number): number {
  if (i < 0) i += len;
  return i >= 0 && i < len ? i : -1;
}
