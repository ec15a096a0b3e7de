// Iteration builtins: iter, next, sorted, min, max, sum, any, all, len.
// (enumerate, zip, map, filter and reversed are types, in src/objects/iterators.ts; the namespace
// assembly in index.ts exposes them.) CPython: Python/bltinmodule.c.
//
// Each function works synchronously while only builtin values are involved (a list of ints, a
// tuple of strs...) and switches to a generator (DESIGN.md decision 2) the moment Python code may run:
// a key function, a user __iter__/__next__, a user __lt__, a Python __bool__.

import { type NativeGen, type NativeResult, type PyValue, PyObject, isPending, settle } from '../objects/object.js';
import { None, floatType, typeOf } from '../objects/builtin-types.js';
import { TypeError, ValueError, StopIteration, pyErr } from '../objects/exceptions.js';
import { PyFloat, pyFloat } from '../objects/float.js';
import { PyList, listType } from '../objects/list.js';
import { nativeFunction, withFast } from '../objects/native.js';
import { intAdd } from '../objects/int.js';
import { PyIterator, CallableIterator, callableIteratorType } from '../objects/iterators.js';
import { isCallable, call as callValue } from '../objects/call.js';
import { cmpFast, truthGen } from '../objects/seq.js';
import * as ops from '../objects/ops.js';
import { BinOp, CmpOp } from '../objects/ops.js';
import { checkCount, oneArg, onlyKwargs, positional, signature, typeName } from './args.js';
import { iterOf, nextOf, peekItems, settleNext, toArray } from './iterate.js';
import { ItemLoop } from '../objects/item-loop.js';

// ---- iter / next ----

export const iter = nativeFunction('iter', (args, kwargs) => {
  positional('iter', args, kwargs, 1, 2);
  if (args.length === 1) return ops.getIter(args[0]);
  if (!isCallable(args[0])) throw pyErr(TypeError, 'iter(v, w): v must be callable');
  return new CallableIterator(callableIteratorType, args[0], args[1]);
});

function notIterator(it: PyValue): boolean {
  return !(it instanceof PyIterator) && typeOf(it).lookup('__next__') === undefined;
}

export const next = nativeFunction('next', (args, kwargs) => {
  positional('next', args, kwargs, 1, 2);
  const it = args[0];
  if (notIterator(it)) throw pyErr(TypeError, `'${typeName(it)}' object is not an iterator`);
  // Without a default, __next__'s own StopIteration propagates as is (it carries a generator's value).
  if (args.length === 1) return ops.iterNextRaise(it);
  const r = it instanceof PyIterator ? it.next() : ops.iterNext(it);
  if (r === undefined) {
    if (args.length === 2) return args[1];
    throw pyErr(StopIteration);
  }
  if (!isPending(r)) return r;
  return (function* (): NativeGen {
    const v = yield* settleNext(r);
    if (v !== undefined) return v;
    if (args.length === 2) return args[1];
    throw pyErr(StopIteration);
  })();
});

// ---- len ----

export const len = withFast(
  nativeFunction('len', (args, kwargs) => ops.len(oneArg('len', args, kwargs))),
  (a) => ops.len(a),
);

// ---- sorted ----

/** list.sort, looked up once the list type has its methods (list-methods.ts). */
function listSort(): PyValue {
  const s = listType.lookup('sort');
  if (s === undefined) throw new Error('list.sort is not defined');
  return s;
}

export const sorted = nativeFunction('sorted', (args, kwargs) => {
  checkCount('sorted', args, 1, 1);
  const fast = peekItems(args[0]);
  const sortKw = kwargs !== null && kwargs.size > 0 ? kwargs : null;
  if (fast !== undefined) {
    const l = new PyList(fast.slice());
    const r = callValue(listSort(), [l], sortKw);
    if (!isPending(r)) return l;
    return (function* (): NativeGen {
      yield* r;
      return l;
    })();
  }
  return (function* (): NativeGen {
    const l = new PyList(yield* toArray(args[0]));
    yield* settle(callValue(listSort(), [l], sortKw));
    return l;
  })();
});

// ---- min / max ----

function* minmaxGen(
  name: string,
  op: CmpOp,
  items: readonly PyValue[] | null,
  it: PyValue | null,
  key: PyValue,
  dflt: PyValue | undefined,
  start: number,
  best: PyValue | undefined,
  bestKey: PyValue | undefined,
): NativeGen {
  let i = start;
  for (;;) {
    let item: PyValue | undefined;
    if (items !== null) item = i < items.length ? items[i++] : undefined;
    else item = yield* nextOf(it as PyValue);
    if (item === undefined) break;
    const k = key === None ? item : yield* settle(callValue(key, [item], null));
    if (best === undefined) {
      best = item;
      bestKey = k;
      continue;
    }
    const fast = cmpFast(k, bestKey as PyValue, op);
    const better = fast !== undefined ? fast : yield* truthGen(yield* settle(ops.richCompare(k, bestKey as PyValue, op)));
    if (better) {
      best = item;
      bestKey = k;
    }
  }
  if (best !== undefined) return best;
  if (dflt !== undefined) return dflt;
  throw pyErr(ValueError, `${name}() arg is an empty sequence`);
}

function minmax(name: string, op: CmpOp) {
  return nativeFunction(name, (args, kwargs) => {
    if (args.length === 0) throw pyErr(TypeError, `${name} expected at least 1 argument, got 0`);
    onlyKwargs(name, kwargs, ['key', 'default']);
    const key = kwargs?.get('key') ?? None;
    const dflt = kwargs?.get('default');
    if (args.length > 1 && dflt !== undefined) {
      throw pyErr(TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
    }
    const items = args.length > 1 ? args : peekItems(args[0]);
    if (items !== undefined && key === None) {
      // Fast path: builtin numbers/strs compare without Python code.
      if (items.length === 0) {
        if (dflt !== undefined) return dflt;
        throw pyErr(ValueError, `${name}() arg is an empty sequence`);
      }
      let best = items[0];
      for (let i = 1; i < items.length; i++) {
        const c = cmpFast(items[i], best, op);
        if (c === undefined) return minmaxGen(name, op, items, null, key, dflt, i, best, best);
        if (c) best = items[i];
      }
      return best;
    }
    if (items !== undefined) return minmaxGen(name, op, items, null, key, dflt, 0, undefined, undefined);
    const it = ops.getIter(args[0]);
    if (!isPending(it)) return minmaxLoop(name, op, it, key, dflt);
    return (function* (): NativeGen {
      return yield* minmaxLoop(name, op, yield* it, key, dflt);
    })();
  });
}

/** min/max over an iterator, driven item by item by the VM (ItemLoop: nothing allocated per item). */
function minmaxLoop(name: string, op: CmpOp, it: PyValue, key: PyValue, dflt: PyValue | undefined): NativeGen {
  let best: PyValue | undefined;
  let bestKey: PyValue | undefined;
  const consider = (item: PyValue, k: PyValue): NativeGen | undefined => {
    if (best === undefined) {
      best = item;
      bestKey = k;
      return undefined;
    }
    const fast = cmpFast(k, bestKey as PyValue, op);
    if (fast !== undefined) {
      if (fast) {
        best = item;
        bestKey = k;
      }
      return undefined;
    }
    return (function* (): NativeGen {
      if (yield* truthGen(yield* settle(ops.richCompare(k, bestKey as PyValue, op)))) {
        best = item;
        bestKey = k;
      }
      return undefined as unknown as PyValue;
    })();
  };
  return new ItemLoop(
    it,
    key === None
      ? (item) => consider(item, item)
      : (item) =>
          (function* (): NativeGen {
            const k = yield* settle(callValue(key, [item], null));
            const g = consider(item, k);
            if (g !== undefined) yield* g;
            return undefined as unknown as PyValue;
          })(),
    () => {
      if (best !== undefined) return best;
      if (dflt !== undefined) return dflt;
      throw pyErr(ValueError, `${name}() arg is an empty sequence`);
    },
  );
}

export const min = minmax('min', CmpOp.Lt);
export const max = minmax('max', CmpOp.Gt);

// ---- sum ----

const sumSig = signature('sum', 'iterable, /, start=0');

/** Add without Python code when both are builtin numbers; undefined otherwise. CPython 3.11 adds floats naively. */
function addFast(a: PyValue, b: PyValue): PyValue | undefined {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    return Number.isSafeInteger(r) ? r : intAdd(a, b);
  }
  const fa = a instanceof PyFloat && a.type === floatType;
  const fb = b instanceof PyFloat && b.type === floatType;
  if (fa && fb) return pyFloat(a.value + b.value);
  if (fa && typeof b === 'number') return pyFloat(a.value + b);
  if (fb && typeof a === 'number') return pyFloat(a + b.value);
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) return intAdd(a, b);
  return undefined;
}

export const sum = nativeFunction('sum', (args, kwargs) => {
  const [iterable, startArg] = sumSig.parse(args, kwargs);
  const start = startArg ?? 0;
  if (typeof start === 'string') throw pyErr(TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (start instanceof PyObject) {
    const n = start.type.name;
    if (n === 'bytes') throw pyErr(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (n === 'bytearray') throw pyErr(TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  const items = peekItems(iterable as PyValue);
  if (items !== undefined) {
    let acc: PyValue = start;
    for (let i = 0; i < items.length; i++) {
      const r = addFast(acc, items[i]);
      if (r === undefined) return sumGen(acc, items, i, null);
      acc = r;
    }
    return acc;
  }
  const it = ops.getIter(iterable as PyValue);
  if (!isPending(it)) return sumLoop(start, it);
  return (function* (): NativeGen {
    return yield* sumLoop(start, yield* it);
  })();
});

/** sum over an iterator, driven item by item by the VM (ItemLoop: nothing allocated per item). */
function sumLoop(start: PyValue, it: PyValue): NativeGen {
  let acc = start;
  return new ItemLoop(
    it,
    (x) => {
      const r = addFast(acc, x);
      if (r !== undefined) {
        acc = r;
        return undefined;
      }
      return (function* (): NativeGen {
        acc = yield* settle(ops.binaryOp(acc, x, BinOp.Add));
        return undefined as unknown as PyValue;
      })();
    },
    () => acc,
  );
}

function* sumGen(acc: PyValue, items: readonly PyValue[] | null, i: number, it: PyValue | null): NativeGen {
  for (;;) {
    let x: PyValue | undefined;
    if (items !== null) x = i < items.length ? items[i++] : undefined;
    else x = yield* nextOf(it as PyValue);
    if (x === undefined) return acc;
    acc = addFast(acc, x) ?? (yield* settle(ops.binaryOp(acc, x, BinOp.Add)));
  }
}

// ---- any / all ----

function truthFast(v: PyValue): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (v === None) return false;
  return undefined;
}

function anyAll(name: string, want: boolean) {
  return nativeFunction(name, (args, kwargs) => {
    const v = oneArg(name, args, kwargs);
    const items = peekItems(v);
    if (items !== undefined) {
      for (let i = 0; i < items.length; i++) {
        const t = truthFast(items[i]);
        if (t === undefined) return anyAllGen(want, items, i, null);
        if (t === want) return want;
      }
      return !want;
    }
    const it = ops.getIter(v);
    if (!isPending(it)) return anyAllLoop(want, it);
    return (function* (): NativeGen {
      return yield* anyAllLoop(want, yield* it);
    })();
  });
}

/** any/all over an iterator (ItemLoop: nothing allocated per item; stops at the first decisive item). */
function anyAllLoop(want: boolean, it: PyValue): NativeGen {
  return new ItemLoop(
    it,
    (x) => {
      const t = truthFast(x);
      if (t !== undefined) return t === want ? want : undefined;
      return (function* (): NativeGen {
        return ((yield* truthGen(x)) === want ? want : undefined) as unknown as PyValue;
      })();
    },
    () => !want,
  );
}

function* anyAllGen(want: boolean, items: readonly PyValue[] | null, i: number, it: PyValue | null): NativeGen {
  for (;;) {
    let x: PyValue | undefined;
    if (items !== null) x = i < items.length ? items[i++] : undefined;
    else x = yield* nextOf(it as PyValue);
    if (x === undefined) return !want;
    const t = truthFast(x) ?? (yield* truthGen(x));
    if (t === want) return want;
  }
}

export const any = anyAll('any', true);
export const all = anyAll('all', false);

export const iterationBuiltins = [iter, next, len, sorted, min, max, sum, any, all];

export type { NativeResult };
