// Moving values and exceptions between frames: `deliver` (a frame left with a value: give it to the
// frame below according to the leaving frame's Ret), `unwind` (an exception arrived in the top frame:
// find a handler in the exception table, or leave frames until one handles it, a native frame takes
// it, or the thread dies), plus exception hygiene: JS errors -> SystemError, implicit chaining.
//
// Invariants: both functions are called with the leaving/raising frame's pc and sp saved in the frame;
// they only touch saved state (frame.pc/sp and the value stack), never the eval loop's locals. After
// they return, the eval loop reloads from t.frame (or the driver runs a native top frame).
// Traceback entries: one per Python frame the exception enters or leaves, prepended (outermost first),
// CPython's PyTraceBack_Here; a re-raise (RERAISE) passes addTb = false for its own frame.

import type { PyValue } from '../objects/object.js';
import { None } from '../objects/builtin-types.js';
import { PyBaseException, pyErr, RecursionError, SystemError, type TracebackEntry } from '../objects/exceptions.js';
import { Ret, SendReturn, type Frame } from './frame.js';
import { In, type PyThread } from './thread.js';
import { genLeftWithError } from './generators.js';
import { initReturnError } from './calls.js';

/** Any thrown JS value as a Python exception (DESIGN: a pyts bug surfaces as SystemError). */
export function toPyExc(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return pyErr(RecursionError, 'maximum recursion depth exceeded');
  }
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const exc = pyErr(SystemError, `pyts internal error: ${msg}`);
  (exc as unknown as { jsError: unknown }).jsError = e;
  return exc;
}

/** CPython: _PyErr_SetObject's implicit chaining: a new exception's __context__ is the handled one. */
export function chainContext(t: PyThread, exc: PyBaseException): void {
  const handled = t.handledException();
  if (handled === null || handled === exc) return;
  // Avoid cycles (CPython does the same walk).
  let o: PyBaseException = handled;
  for (;;) {
    const c = o.context;
    if (!(c instanceof PyBaseException)) break;
    if (c === exc) {
      o.context = None;
      break;
    }
    o = c;
  }
  exc.context = handled;
}

/** The traceback entry for f's current instruction: its line and source range (CPython: PyCode_Addr2Location). */
function tracebackEntry(f: Frame): TracebackEntry {
  f.captured = true; // the entry keeps the frame (tb_frame): never recycle it
  const co = f.code!;
  const i = f.pc - 1;
  if (i < 0 || i >= co.ninstr) return { filename: co.filename, name: co.name, lineno: co.firstlineno, frame: f, lasti: 0 };
  const p = co.positions;
  return {
    filename: co.filename, name: co.name, lineno: p[i * 4], endLineno: p[i * 4 + 1], colno: p[i * 4 + 2], endColno: p[i * 4 + 3],
    frame: f, lasti: i,
  };
}

/**
 * An exception arrived in t's top frame (raised by its current instruction, thrown into it, or
 * propagated from the frame above). See the file header.
 */
export function unwind(t: PyThread, exc: PyBaseException, addTb: boolean): void {
  for (;;) {
    const f = t.frame;
    if (f === null) {
      t.error = exc;
      t.finished = true;
      return;
    }
    if (f.native !== null) {
      t.inKind = In.Throw;
      t.inValue = exc;
      return;
    }
    const co = f.code!;
    if (addTb) exc.traceback.unshift(tracebackEntry(f));
    addTb = true;
    const h = co.handlerFor(f.pc - 1);
    if (h >= 0) {
      const tab = co.exceptionTable;
      const dl = tab[h + 3];
      const stack = t.stack;
      let sp = f.base + co.nlocalsplus + (dl >> 1);
      if (dl & 1) stack[sp++] = f.pc - 1;
      stack[sp++] = exc;
      f.sp = sp;
      f.pc = tab[h + 2];
      return;
    }
    // No handler: the exception leaves this frame (its locals stay readable through tb_frame.f_locals).
    f.deadLocals = t.stack.slice(f.base, f.base + co.nlocalsplus) as (PyValue | undefined)[];
    t.frame = f.back;
    f.back = null;
    t.depth--;
    if (f.gen !== null) exc = genLeftWithError(t, f, exc);
  }
}

/** Raise exc in the top frame as a new exception (chained to the handled one, traceback entry added). */
export function raiseNew(t: PyThread, exc: PyBaseException): void {
  chainContext(t, exc);
  unwind(t, exc, true);
}

/**
 * Frame `f` (already unlinked: t.frame is the frame below it) left with value v. Give v to the frame
 * below according to f.ret. Generator frames use generators.ts instead.
 */
export function deliver(t: PyThread, f: Frame, v: PyValue): void {
  const ret = f.ret;
  if (ret === Ret.Init) {
    if (v !== None) {
      raiseNew(t, initReturnError(v));
      return;
    }
    v = f.retArg as PyValue;
  }
  const below = t.frame;
  if (below === null) {
    t.result = v;
    t.finished = true;
    return;
  }
  if (below.native !== null) {
    t.inKind = In.Value;
    t.inValue = v;
    return;
  }
  const stack = t.stack;
  switch (ret) {
    case Ret.Push:
    case Ret.Init:
    case Ret.GenNext:
      stack[below.sp++] = v;
      return;
    case Ret.Discard:
      return;
    case Ret.Not:
      stack[below.sp++] = !(v as unknown as boolean);
      return;
    case Ret.JumpIfFalse:
      if (!(v as unknown as boolean)) below.pc = f.retArg as number;
      return;
    case Ret.JumpIfTrue:
      if (v as unknown as boolean) below.pc = f.retArg as number;
      return;
    case Ret.JumpIfFalseOrPop:
      if (!(v as unknown as boolean)) below.pc = f.retArg as number;
      else below.sp--;
      return;
    case Ret.JumpIfTrueOrPop:
      if (v as unknown as boolean) below.pc = f.retArg as number;
      else below.sp--;
      return;
    case Ret.ForIter:
      if (v === undefined) {
        below.sp--;
        below.pc = f.retArg as number;
      } else stack[below.sp++] = v;
      return;
    case Ret.Multi: {
      const vs = v as unknown as PyValue[];
      for (let i = 0; i < vs.length; i++) stack[below.sp++] = vs[i];
      return;
    }
    case Ret.SendRes:
      if ((v as unknown) instanceof SendReturn) {
        stack[below.sp - 1] = (v as unknown as SendReturn).value;
        below.pc = f.retArg as number;
      } else stack[below.sp++] = v;
      return;
    default:
      stack[below.sp++] = v;
  }
}
