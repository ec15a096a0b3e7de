// Python generators (CPython: Objects/genobject.c): the object a generator function's call returns.
//
// A generator owns its frame. While suspended, the frame's fast locals and evaluation stack are copied
// out of the thread's value stack into `saved` (so any green thread can resume it: the VM copies them
// back on top of the resuming thread's stack, see src/vm/generators.ts). The generator's own "exception
// being handled" state (`excState`) is linked into the resuming thread's chain while it runs.
//
// Resuming from native code (next(g), g.send(v), g.throw(e), list(g)...): the methods below are
// generator natives that yield a CallRequest whose `fn` is a GenResume; the VM recognises it and pushes
// the generator's frame (no nested eval loop). The VM resumes generators directly for FOR_ITER and SEND.
//
// Invariants: `running` is true exactly while the frame is linked on some thread's frame stack;
// `finished` generators keep no frame state (`saved` empty).

import { PyObject, type NativeGen, type PyValue } from './object.js';
import { builtinType, None } from './builtin-types.js';
import { StopIteration, isExcOf } from './exceptions.js';
import type { Frame } from '../vm/frame.js';
import type { ExcState } from '../vm/thread.js';
import type { CodeObject } from '../compile/code.js';

export const generatorType = builtinType('generator');
const genResumeType = builtinType('generator_resume');

export class PyGenerator extends PyObject {
  frame: Frame;
  code: CodeObject;
  name: string;
  qualname: string;
  /** The frame's fast locals + evaluation stack while suspended (length = saved depth). */
  saved: (PyValue | undefined)[] = [];
  started = false;
  running = false;
  finished = false;
  excState: ExcState = { value: null, prev: null };
  constructor(frame: Frame, code: CodeObject, name: string, qualname: string) {
    super(generatorType);
    this.frame = frame;
    this.code = code;
    this.name = name;
    this.qualname = qualname;
  }
}

export const enum ResumeMode {
  Send,
  Throw,
}

/** The `fn` of a CallRequest that resumes a generator (never visible to Python code). */
export class GenResume extends PyObject {
  constructor(
    public gen: PyGenerator,
    public mode: ResumeMode,
    /** The value to send, or the exception (a PyBaseException) to throw. */
    public value: PyValue,
    /** true for close(): a yield raises RuntimeError, a return gives None. */
    public closing = false,
  ) {
    super(genResumeType);
  }
}

/** Inside a generator native: resume `gen` with send(value); returns the yielded value (or raises StopIteration). */
export function* resumeSend(gen: PyGenerator, value: PyValue = None): NativeGen {
  return yield { op: 'call', fn: new GenResume(gen, ResumeMode.Send, value), args: [], kwargs: null };
}

/**
 * next(gen) for natives iterating a generator (ops.iterNext): the yielded value, or undefined when it is
 * exhausted. One native generator per step instead of generator.__next__'s plus a StopIteration catcher.
 */
export function* genNextOrExhausted(gen: PyGenerator): NativeGen {
  try {
    return yield { op: 'call', fn: new GenResume(gen, ResumeMode.Send, None), args: [], kwargs: null };
  } catch (e) {
    if (isExcOf(e, StopIteration)) return undefined as unknown as PyValue;
    throw e;
  }
}
