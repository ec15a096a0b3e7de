// PyThread: the state of one green thread (CPython: PyThreadState), and the VM's contract with the
// scheduler (src/sched/, owned by the runtime engineer). Interpreter-wide state (builtins, sys.modules,
// the host, the scheduler) lives in src/runtime/, not here.
//
// A thread owns ONE value stack (`stack`) shared by all its Python frames: each frame's fast locals sit
// at a base pointer with its evaluation stack above them (notes/vm-speed.md). The frame stack is the
// linked list from `frame` through Frame.back.
//
// The scheduler contract (keep these names; see interpreter.ts for runSlice):
//   runSlice(t, budget) -> 'preempted' | 'blocked' | 'finished'
//     runs until `budget` eval-breaker ticks are used (a switch is taken at the next eval-breaker point:
//     JUMP_BACKWARD or a call; or at any instruction with setSwitchAtAnyInstruction(true)), the thread
//     blocks (a native yielded a BlockRequest: t.blockedOn = request.waitable), or it finishes
//     (t.result = the return value of the bottom call, or t.error = the uncaught exception).
//   wake(t, v) / wakeWithError(t, e): the pending BlockRequest evaluates to v / raises e; then runSlice.
//   asyncInterrupt(t, e): raise e in t at its next eval-breaker point (or, if blocked, the scheduler
//     should use wakeWithError instead).
//   newThreadForCall(fn, args, kwargs): a thread whose bottom frame calls fn.
// Invariant: only runSlice changes `frame`; a thread is run by one runSlice at a time.

import type { KwArgs, PyValue } from '../objects/object.js';
import { PyBaseException } from '../objects/exceptions.js';
import type { Frame } from './frame.js';

/** One level of "the exception being handled" (CPython: _PyErr_StackItem). A generator has its own. */
export interface ExcState {
  value: PyBaseException | null;
  prev: ExcState | null;
}

/** What the top native frame receives when it is next driven. */
export const enum In {
  /** Start it (first next()). */
  Start,
  /** Resume it with `inValue` (the result of its request). */
  Value,
  /** Throw `inValue` (a PyBaseException) into it. */
  Throw,
}

export type SliceStatus = 'preempted' | 'blocked' | 'finished';

let nextIdent = 1;

export class PyThread {
  /** Thread identity (threading.get_ident()); the runtime may overwrite it. */
  ident = nextIdent++;
  /** The value stack. Unbound fast locals are `undefined`. Grown by ensureStack; replaced by a copy at each slice's start (renewStack), so read it again after a slice boundary, never keep it. */
  stack: (PyValue | undefined)[];
  /** Top of the frame stack (null before start and after finish). */
  frame: Frame | null = null;
  /** Number of Python frames on the stack (RecursionError at the recursion limit). */
  depth = 0;
  /** While a native's call request is being made: its CallRequest.where (RecursionError text), else ''. */
  recursionWhere = '';
  /** The exception being handled (sys.exc_info(), bare `raise`): the innermost non-null of this chain. */
  excState: ExcState = { value: null, prev: null };
  /** Set when runSlice returned 'blocked': the waitable of the BlockRequest. */
  blockedOn: unknown = null;
  /** Set when finished normally. */
  result: PyValue | undefined = undefined;
  /** Set when finished by an uncaught exception. */
  error: PyBaseException | null = null;
  finished = false;
  /** Input for the top native frame (see In). */
  inKind: In = In.Start;
  inValue: PyValue | undefined = undefined;
  /** An exception to raise at the next eval-breaker point (asyncInterrupt). */
  asyncExc: PyBaseException | null = null;
  /** The call to make when the thread first runs. */
  startCall: { fn: PyValue; args: PyValue[]; kwargs: KwArgs } | null = null;
  /** Eval-breaker ticks left in the current slice (runSlice sets it). */
  budget = 0;
  /** Free slot for the runtime/scheduler (its Thread record, name, ...). The VM never reads it. */
  data: unknown = undefined;

  constructor(stackSize = 256) {
    // Built by push so the array stays PACKED (a holey array makes every stack read slower).
    const s: (PyValue | undefined)[] = [];
    for (let i = 0; i < stackSize; i++) s.push(undefined);
    this.stack = s;
  }

  /** CPython: _PyErr_GetTopmostException. The exception sys.exc_info() reports, or null. */
  handledException(): PyBaseException | null {
    for (let s: ExcState | null = this.excState; s !== null; s = s.prev) if (s.value !== null) return s.value;
    return null;
  }
}

/**
 * Replace t.stack by a fresh copy (runSlice does it at the start of each slice, when nothing holds the
 * array: every user of t.stack reads it again after a slice boundary). Why: a long-lived stack array
 * sits in V8's old generation, and each store of a new object into an old array (every float result,
 * pushed or stored in a local) takes the write barrier's slow path, which records the slot for the next
 * scavenge. A copy made each slice stays young, where stores need no recording. Only small stacks are
 * copied (a deep recursion's stack is not worth copying every slice). Measured: nbody 0.92 -> 0.78 s CPU.
 */
export function renewStack(t: PyThread): void {
  if (t.stack.length <= MAX_RENEWED_STACK) t.stack = t.stack.slice();
}
const MAX_RENEWED_STACK = 2048;

/** Make sure stack[0 .. n) exists (keeps the array packed: new slots are filled with undefined). */
export function ensureStack(t: PyThread, n: number): void {
  const s = t.stack;
  let len = s.length;
  if (n <= len) return;
  const target = Math.max(n, len * 2);
  while (len < target) {
    s.push(undefined);
    len++;
  }
}

// --- The current thread (the runtime reads it from natives: sys.exc_info, threading.current_thread) ---

let current: PyThread | null = null;

/** The green thread running now (set by runSlice), or null between slices. */
export function currentThread(): PyThread | null {
  return current;
}

export function setCurrentThread(t: PyThread | null): void {
  current = t;
}

// --- Interpreter-wide VM settings (sys.setrecursionlimit / the CLI's switch option) ---

export const vmSettings = {
  /** sys.getrecursionlimit() */
  recursionLimit: 1000,
  /** Take thread switches at any instruction, not only at eval-breaker points (shows `+=` tearing). */
  switchAtAnyInstruction: false,
};

export function newThreadForCall(fn: PyValue, args: PyValue[], kwargs: KwArgs): PyThread {
  const t = new PyThread(32);
  t.startCall = { fn, args, kwargs };
  return t;
}

export function wake(t: PyThread, value: PyValue): void {
  t.blockedOn = null;
  t.inKind = In.Value;
  t.inValue = value;
}

export function wakeWithError(t: PyThread, err: PyBaseException): void {
  t.blockedOn = null;
  t.inKind = In.Throw;
  t.inValue = err;
}

export function asyncInterrupt(t: PyThread, err: PyBaseException): void {
  t.asyncExc = err;
}
