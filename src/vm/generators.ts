// The VM side of generators: resuming a generator's frame on the current thread (copying its saved
// locals/stack onto the thread's value stack), and suspending it again on YIELD_VALUE, RETURN_VALUE or
// an exception leaving it (copying them back out, so any thread can resume it later).
// CPython: gen_send_ex2, _PyGen_yf handling lives in generator-methods.ts.
//
// How the result reaches the resumer is chosen by the Ret the frame was resumed with:
//   GenFor   (FOR_ITER)        yield -> push the value;           return -> pop the iterator, jump
//   GenSend  (SEND)            yield -> push the value;           return -> replace the receiver, jump
//   GenNext  (send/next/throw) yield -> the native gets the value; return -> StopIteration(value) raised
//   GenClose (close)           yield -> RuntimeError raised;      return -> None
// Invariants: gen.running <=> its frame is linked on a thread; the thread's excState chain includes the
// generator's own ExcState exactly while it runs.

import type { PyValue } from '../objects/object.js';
import { None } from '../objects/builtin-types.js';
import {
  PyBaseException, pyErr, isExcOf, RuntimeError, StopIteration, TypeError, ValueError,
} from '../objects/exceptions.js';
import { PyGenerator, ResumeMode } from '../objects/generator.js';
import { Ret, type Frame } from './frame.js';
import { In, type PyThread, ensureStack, vmSettings } from './thread.js';
import { PUSHED, recursionError } from './calls.js';
import { unwind, raiseNew } from './unwind.js';

/** FOR_ITER's "exhausted" result from resumeGen (never a Python value). */
export const EXHAUSTED = undefined;

/** A StopIteration carrying a return value (CPython: _PyGen_SetStopIterationValue). */
export function stopIteration(v: PyValue): PyBaseException {
  const e = pyErr(StopIteration);
  if (v !== None) e.args = [v];
  (e.fields ??= new Map()).set('value', v);
  return e;
}

/**
 * Resume gen on thread t with its frame starting at value-stack index `top`. Returns PUSHED (the frame
 * is on top; for Throw the exception has already been raised in it), or a value when nothing needed to
 * run (finished generator: GenSend -> None; GenClose -> None; GenFor -> undefined = exhausted), or throws.
 */
export function resumeGen(
  t: PyThread,
  gen: PyGenerator,
  mode: ResumeMode,
  value: PyValue,
  top: number,
  ret: Ret,
  retArg: PyValue | number | undefined,
): PyValue {
  if (gen.running) throw pyErr(ValueError, 'generator already executing');
  if (gen.finished) {
    if (mode === ResumeMode.Throw) throw value as PyBaseException;
    if (ret === Ret.GenFor) return EXHAUSTED as unknown as PyValue;
    if (ret === Ret.GenNext) throw pyErr(StopIteration);
    return None;
  }
  if (!gen.started && mode === ResumeMode.Send && value !== None) {
    throw pyErr(TypeError, "can't send non-None value to a just-started generator");
  }
  if (t.depth >= vmSettings.recursionLimit) recursionError();
  const f = gen.frame;
  const co = f.code!;
  const saved = gen.saved;
  const n = saved.length;
  ensureStack(t, top + co.nlocalsplus + co.stacksize + 1);
  const stack = t.stack;
  for (let i = 0; i < n; i++) stack[top + i] = saved[i];
  f.base = top;
  f.sp = top + n;
  f.ret = ret;
  f.retArg = retArg;
  f.back = t.frame;
  t.frame = f;
  t.depth++;
  gen.running = true;
  gen.excState.prev = t.excState;
  t.excState = gen.excState;
  if (mode === ResumeMode.Send) {
    if (gen.started) stack[f.sp++] = value;
    gen.started = true;
  } else {
    gen.started = true;
    raiseNew(t, value as PyBaseException);
  }
  return PUSHED;
}

/** Unlink generator frame f (the top frame) from t, saving its stack slots [base, sp) into the generator. */
function suspend(t: PyThread, f: Frame, keep: boolean): PyGenerator {
  const gen = f.gen!;
  const base = f.base;
  const n = f.sp - base;
  const stack = t.stack;
  if (keep) {
    const saved = gen.saved;
    // Setting an array's length is a slow runtime call; most yields leave the same depth each time.
    if (saved.length !== n) saved.length = n;
    for (let i = 0; i < n; i++) saved[i] = stack[base + i];
  } else {
    gen.saved = [];
    gen.finished = true;
  }
  for (let i = 0; i < n; i++) stack[base + i] = undefined;
  t.frame = f.back;
  f.back = null;
  t.depth--;
  gen.running = false;
  t.excState = gen.excState.prev!;
  gen.excState.prev = null;
  return gen;
}

/** YIELD_VALUE in generator frame f (pc/sp saved, value already popped). */
export function genYield(t: PyThread, f: Frame, v: PyValue): void {
  suspend(t, f, true);
  const below = t.frame!;
  if (f.ret === Ret.GenClose) {
    raiseNew(t, pyErr(RuntimeError, 'generator ignored GeneratorExit'));
    return;
  }
  if (below.native !== null) {
    t.inKind = In.Value;
    t.inValue = v;
  } else {
    t.stack[below.sp++] = v;
  }
}

/** RETURN_VALUE in generator frame f (pc/sp saved, value already popped). */
export function genReturn(t: PyThread, f: Frame, v: PyValue): void {
  suspend(t, f, false);
  const below = t.frame!;
  switch (f.ret) {
    case Ret.GenFor:
      below.sp--;
      below.pc = f.retArg as number;
      return;
    case Ret.GenSend:
      t.stack[below.sp - 1] = v;
      below.pc = f.retArg as number;
      return;
    case Ret.GenClose:
      v = None;
      break;
    default:
      // GenNext: send()/next() from native code: the return becomes StopIteration(v).
      unwind(t, stopIteration(v), false);
      return;
  }
  if (below.native !== null) {
    t.inKind = In.Value;
    t.inValue = v;
  } else {
    t.stack[below.sp++] = v;
  }
}

/**
 * Generator frame f (already unlinked by unwind) is left by exception exc: finish the generator and
 * return the exception to propagate (PEP 479: StopIteration becomes RuntimeError).
 */
export function genLeftWithError(t: PyThread, f: Frame, exc: PyBaseException): PyBaseException {
  // unwind already unlinked f; relink it momentarily so suspend() sees a consistent picture.
  f.back = t.frame;
  t.frame = f;
  t.depth++;
  suspend(t, f, false);
  if (isExcOf(exc, StopIteration)) {
    const r = pyErr(RuntimeError, 'generator raised StopIteration');
    r.cause = exc;
    r.context = exc;
    r.suppressContext = true;
    return r;
  }
  return exc;
}
