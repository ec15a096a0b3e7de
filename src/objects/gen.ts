// isGen: "is this a NativeGen still to be driven?" for helper results that may be JS arrays or
// tuples-as-arrays (SliceIdx, item lists). object.ts's isPending treats every non-PyObject object as
// pending, which is right for NativeResult but wrong for `PyValue[] | NativeGen`.

import { PyObject, type NativeGen, type NativeResult, type PyValue } from './object.js';

export function isGen(x: unknown): x is NativeGen {
  return typeof x === 'object' && x !== null && typeof (x as { next?: unknown }).next === 'function' && !(x instanceof PyObject);
}

/**
 * Run `k` on the value of `r` once it settles (r: a value, or a NativeGen still to be driven).
 * Not exported as `then`: a module exporting `then` is a thenable, and `await import()` of it breaks.
 */
export function andThen<T>(r: T | NativeGen, k: (v: T) => NativeResult): NativeResult {
  if (isGen(r)) {
    return (function* (): NativeGen {
      const v = (yield* r) as unknown as T;
      const out = k(v);
      return isGen(out) ? yield* out : (out as PyValue);
    })();
  }
  return k(r as T);
}

/**
 * Run a generator-written native synchronously as far as it goes: its value if it finishes without
 * suspending (the common case: no Python code needed), else a NativeGen that replays the pending
 * request and drives the rest. Lets a native be written once, as a generator, with a sync fast path.
 */
export function syncOrGen(g: NativeGen): import('./object.js').NativeResult {
  const first = g.next();
  if (first.done) return first.value;
  return (function* (): NativeGen {
    let req = first.value;
    for (;;) {
      let step: IteratorResult<import('./object.js').Suspend, import('./object.js').PyValue>;
      let sent: import('./object.js').PyValue;
      let thrown = false;
      let err: unknown;
      try {
        sent = yield req;
      } catch (e) {
        thrown = true;
        err = e;
        sent = undefined as unknown as import('./object.js').PyValue;
      }
      step = thrown ? g.throw(err) : g.next(sent);
      if (step.done) return step.value;
      req = step.value;
    }
  })();
}
