// The native-generator driver (DESIGN.md decision 2). When the top frame of a thread is a native frame,
// runSlice calls driveNative: it resumes the frame's NativeGen with the thread's pending input
// (t.inKind/t.inValue: start, a value, or an exception to throw into it) and serves what it yields:
//   - CallRequest -> callAny: a Python frame is pushed (its result comes back here later, through
//                    deliver/unwind setting t.inKind), or the value is available at once (loop again);
//   - BlockRequest -> t.blockedOn = waitable; the thread parks until wake/wakeWithError;
//   - completion  -> the native frame is popped and its value delivered to the frame below (Ret);
//   - an exception thrown out of the generator -> the native frame is popped and the exception unwinds
//                    into the frame below (chained as a new exception unless it is the one thrown in).
// No Python code ever runs inside this function: Python frames run in the eval loop, so a thread inside
// a callback stays preemptible and can block.

import type { CallRequest, PyValue, Suspend } from '../objects/object.js';
import { PyBaseException } from '../objects/exceptions.js';
import { In, type PyThread } from './thread.js';
import { callAny, PUSHED } from './calls.js';
import { Ret } from './frame.js';
import { deliver, unwind, toPyExc, chainContext } from './unwind.js';

export const enum Drive {
  /** The top frame changed (or the thread finished): run the next step. */
  Continue,
  Blocked,
}

export function driveNative(t: PyThread): Drive {
  const f = t.frame!;
  const g = f.native!;
  let kind = t.inKind;
  let val = t.inValue;
  t.inKind = In.Start;
  t.inValue = undefined;
  for (;;) {
    let step: IteratorResult<Suspend, PyValue>;
    try {
      step = kind === In.Throw ? g.throw(val) : g.next(val as PyValue);
    } catch (e) {
      t.frame = f.back;
      f.back = null;
      const exc = toPyExc(e);
      if (exc !== val) chainContext(t, exc);
      unwind(t, exc, true);
      return Drive.Continue;
    }
    if (step.done) {
      t.frame = f.back;
      f.back = null;
      deliver(t, f, step.value);
      return Drive.Continue;
    }
    const req = step.value;
    if (req.op === 'block') {
      t.blockedOn = req.waitable;
      return Drive.Blocked;
    }
    try {
      const where = (req as CallRequest).where;
      if (where !== undefined) t.recursionWhere = where;
      let r: PyValue;
      try {
        r = callAny(t, (req as CallRequest).fn, (req as CallRequest).args, (req as CallRequest).kwargs, f.sp, Ret.Push, undefined);
      } finally {
        t.recursionWhere = '';
      }
      if (r === PUSHED) {
        // The callee frame (or a resumed generator that raised at once) is now on top; for an exception
        // raised immediately inside a resumed generator, unwind has already routed it.
        return Drive.Continue;
      }
      kind = In.Value;
      val = r;
    } catch (e) {
      const exc = toPyExc(e);
      chainContext(t, exc);
      kind = In.Throw;
      val = exc;
    }
  }
}

export { PyBaseException };
