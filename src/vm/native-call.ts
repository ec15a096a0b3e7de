// CALL on a native (a PyNativeFunction, or a PyMethod wrapping one) without the generic path: no
// args array when the native has a fixed-arity entry point (PyNativeFunction.fn1 / fn2 / fn3) matching the
// call, a small literal array otherwise (never stack.slice + callAny's dispatch chain). This is what
// `lock.acquire()`, `lock.release()` and `with lock:` cost in a loop (issue 4: uncontended lock pairs
// per second vs CPython).
//
// Contract: the arguments are stack[argStart .. argStart + n), no keywords; `self` (a bound native's or
// a PyMethod's) goes first. Returns the value, or PUSHED when the native returned a generator (pushed as
// a native frame with Ret.Push at fIdx). A Python exception propagates to the caller, like callAny.

import { isPending, type PyValue } from '../objects/object.js';
import { PyNativeFunction } from '../objects/native.js';
import { pushNative, PUSHED } from './calls.js';
import { Ret } from './frame.js';
import type { PyThread } from './thread.js';

export function callNativeAt(
  t: PyThread,
  stack: (PyValue | undefined)[],
  fn: PyNativeFunction,
  self: PyValue | undefined,
  fIdx: number,
  argStart: number,
  n: number,
): PyValue {
  let r;
  if (self === undefined) {
    if (n === 1 && fn.fn1 !== null) r = fn.fn1(stack[argStart] as PyValue);
    else if (n === 2 && fn.fn2 !== null) r = fn.fn2(stack[argStart] as PyValue, stack[argStart + 1] as PyValue);
    else if (n === 3 && fn.fn3 !== null) r = fn.fn3(stack[argStart] as PyValue, stack[argStart + 1] as PyValue, stack[argStart + 2] as PyValue);
    else r = fn.fn(argsAt(stack, argStart, n), null);
  } else if (n === 0 && fn.fn1 !== null) r = fn.fn1(self);
  else if (n === 1 && fn.fn2 !== null) r = fn.fn2(self, stack[argStart] as PyValue);
  else if (n === 2 && fn.fn3 !== null) r = fn.fn3(self, stack[argStart] as PyValue, stack[argStart + 1] as PyValue);
  else {
    const args: PyValue[] = [self];
    for (let i = 0; i < n; i++) args.push(stack[argStart + i] as PyValue);
    r = fn.fn(args, null);
  }
  if (!isPending(r)) return r;
  pushNative(t, r, fIdx, Ret.Push, undefined);
  return PUSHED as unknown as PyValue;
}

function argsAt(stack: (PyValue | undefined)[], i: number, n: number): PyValue[] {
  switch (n) {
    case 0:
      return [];
    case 1:
      return [stack[i] as PyValue];
    case 2:
      return [stack[i] as PyValue, stack[i + 1] as PyValue];
    case 3:
      return [stack[i] as PyValue, stack[i + 1] as PyValue, stack[i + 2] as PyValue];
    default:
      return stack.slice(i, i + n) as PyValue[];
  }
}
