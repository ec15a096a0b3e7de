// Frames: one small object per activation, linked through `back` into a green thread's frame stack.
//
// Two kinds share the class (so the stack is monomorphic):
// - a Python frame (`code !== null`): its fast locals (CPython's localsplus: locals, cells, frees)
//   live in the thread's ONE value stack at stack[base .. base + code.nlocalsplus), its evaluation
//   stack directly above them; `pc`/`sp` are saved here only while another frame runs.
// - a native frame (`native !== null`): a NativeGen (object.ts) that the driver in native-driver.ts
//   resumes with the value of the Python call it requested, or throws that call's exception into.
//   A native frame owns no value-stack slots; frames it calls start at `sp` (the top when it was pushed).
//
// `ret` says what happens to the value the frame produces when it leaves (see Ret). Generator frames
// belong to their PyGenerator and are re-linked under whichever frame resumes them.
//
// Invariants: a frame's `back` frame is suspended in a call (a Python frame at a CALL/FOR_ITER/SEND/...
// with its sp saved, or a native frame waiting for a request). Only the thread's top frame runs.

import type { NativeGen, PyValue } from '../objects/object.js';
import type { PyFunction } from '../objects/function.js';
import type { CodeObject } from '../compile/code.js';
import type { PyGenerator } from '../objects/generator.js';

/** What to do with the value a frame leaves with. */
export const enum Ret {
  /** Give it to the frame below (push on its stack, or resume its native generator). */
  Push,
  /** An __init__ frame started by a class call: the value must be None; give `retArg` (the instance). */
  Init,
  /** A generator frame resumed by FOR_ITER: a yield pushes the value; a return ends the loop (jump to retArg). */
  GenFor,
  /** A generator frame resumed by SEND (`yield from`/await): a return replaces the receiver and jumps to retArg. */
  GenSend,
  /** A generator frame resumed by send()/next()/throw() from native code: a return raises StopIteration(value). */
  GenNext,
  /** A generator frame resumed by close(): a yield raises RuntimeError('generator ignored GeneratorExit'). */
  GenClose,
  // --- Kinds used by native frames started by an instruction of the Python frame below ---
  /** Drop the value (STORE_ATTR, STORE_SUBSCR, DELETE_*, ...). */
  Discard,
  /** Push `not v` (v is the JS boolean from ops.isTrue). */
  Not,
  /** v is a JS boolean: jump to retArg if v is false / true (POP_JUMP_IF_*: the operand is already popped). */
  JumpIfFalse,
  JumpIfTrue,
  /** JUMP_IF_*_OR_POP: the operand is still on the stack; jump (keeping it) or pop it. */
  JumpIfFalseOrPop,
  JumpIfTrueOrPop,
  /** FOR_ITER via ops.iterNext: undefined = exhausted (pop the iterator, jump to retArg), else push. */
  ForIter,
  /** v is a JS array of values to push, in order. */
  Multi,
  /** SEND to a non-generator: a SendReturn wrapper = the receiver returned (replace it, jump to retArg); else push. */
  SendRes,
}

/** What a SEND helper returns when the receiver finished (StopIteration(value)). */
export class SendReturn {
  constructor(public value: PyValue) {}
}

export class Frame {
  /** Python frame: the code being run; null for a native frame. */
  code: CodeObject | null;
  fn: PyFunction | null;
  /** The globals dict (a PyDict) and the builtins namespace (a PyDict) for LOAD_GLOBAL/LOAD_NAME. */
  globals: any;
  builtins: any;
  /** The locals mapping for LOAD_NAME/STORE_NAME (module and class bodies, exec); null in functions. */
  locals: PyValue | null;
  /** Index in the thread's value stack of fast local 0. */
  base = 0;
  /** Saved stack pointer (absolute index of the next free slot) while this frame is not running. */
  sp = 0;
  /** Saved index of the next instruction while this frame is not running. */
  pc = 0;
  /** Index of the instruction being executed (for line numbers in tracebacks). */
  lasti = 0;
  back: Frame | null = null;
  ret: Ret = Ret.Push;
  /** Ret.Init: the instance; Ret.GenFor/GenSend: the caller's jump target. */
  retArg: PyValue | number | undefined = undefined;
  /** The generator owning this frame, if it is a generator/coroutine body. */
  gen: PyGenerator | null = null;
  /** Native frame: the generator being driven. */
  native: NativeGen | null = null;
  /** The fast-local slots as they were when an exception left this frame (tb_frame.f_locals), else null. */
  deadLocals: (PyValue | undefined)[] | null = null;
  /**
   * Set once anything may refer to this frame after it returns (a frame object, a traceback entry):
   * the eval loop recycles returned frames (interpreter.ts freeFrames) only while this is false.
   */
  captured = false;

  constructor(code: CodeObject | null, fn: PyFunction | null, globals: any, builtins: any, locals: PyValue | null) {
    this.code = code;
    this.fn = fn;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
  }
}

export function nativeFrame(gen: NativeGen, top: number): Frame {
  const f = new Frame(null, null, null, null, null);
  f.native = gen;
  f.sp = top;
  f.base = top;
  return f;
}
