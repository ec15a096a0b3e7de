// The runtime's only contact points with the VM's internals:
//   - VmBody: a PyThread as the scheduler's ThreadBody (runSlice / wake / where);
//   - codeRunner / runCode: run a code object with given globals and locals mapping (module bodies,
//     exec/eval) as a new Python frame on the CURRENT green thread, never a nested eval loop.
//
// codeRunner is a native function that pushes the frame itself and answers the VM's PUSHED sentinel
// (callAny then treats it like a Python call it pushed). It must be called from a native generator's
// CallRequest (yield) or as a thread's start call, where the value stack top is the native frame's sp.

import type { NativeGen, PyValue } from '../objects/object.js';
import { PyBaseException, pyErr, SystemError } from '../objects/exceptions.js';
import { nativeFunction, type PyNativeFunction } from '../objects/native.js';
import type { PyDict } from '../objects/dict.js';
import type { CodeObject } from '../compile/code.js';
import { Frame, Ret } from '../vm/frame.js';
import { runSlice } from '../vm/interpreter.js';
import { asyncInterrupt, currentThread, ensureStack, wake, wakeWithError, vmSettings, type PyThread } from '../vm/thread.js';
import { PUSHED, builtinsFor, initFrameCells, recursionError, topOf } from '../vm/calls.js';
import { toPyExc } from '../vm/unwind.js';
import type { Location, SliceResult, ThreadBody } from '../sched/scheduler.js';

export class VmBody implements ThreadBody {
  constructor(readonly thread: PyThread) {}

  runSlice(budget: number): SliceResult {
    try {
      return runSlice(this.thread, budget);
    } catch (e) {
      // A JS error escaped the VM: a pyts bug. Surface it as SystemError (DESIGN: never a raw JS trace).
      const t = this.thread;
      t.error = toPyExc(e);
      t.finished = true;
      t.frame = null;
      return 'finished';
    }
  }

  blockedOn(): unknown {
    return this.thread.blockedOn;
  }

  wake(value: PyValue): void {
    wake(this.thread, value);
  }

  wakeWithError(err: PyBaseException): void {
    wakeWithError(this.thread, err);
  }

  asyncInterrupt(err: PyBaseException): void {
    asyncInterrupt(this.thread, err);
  }

  where(): Location | null {
    for (let f = this.thread.frame; f !== null; f = f.back) {
      const co = f.code;
      if (co !== null) {
        const lineno = co.lineOf(Math.max(0, f.pc - 1));
        return { filename: co.filename, lineno: lineno > 0 ? lineno : co.firstlineno, name: co.name };
      }
    }
    return null;
  }
}

/** A callable that, called from a native CallRequest, runs `code` in a new frame (see header). */
export function codeRunner(code: CodeObject, globals: PyDict, locals: PyValue): PyNativeFunction {
  return nativeFunction(code.name, () => {
    const t = currentThread();
    if (t === null) throw pyErr(SystemError, 'pyts: code runner called outside a thread');
    if (t.depth >= vmSettings.recursionLimit) recursionError();
    const top = topOf(t.frame);
    ensureStack(t, top + code.nlocalsplus + code.stacksize + 1);
    const stack = t.stack;
    for (let i = 0; i < code.nlocalsplus; i++) stack[top + i] = undefined;
    if (code.cellvars.length + code.freevars.length > 0) initFrameCells(stack, top, code, null);
    const f = new Frame(code, null, globals, builtinsFor(globals), locals);
    f.base = top;
    f.sp = top + code.nlocalsplus;
    f.ret = Ret.Push;
    f.back = t.frame;
    t.frame = f;
    t.depth++;
    return PUSHED;
  });
}

/** Run `code` with these namespaces on the current thread; the generator returns the code's value. */
export function* runCode(code: CodeObject, globals: PyDict, locals: PyValue): NativeGen {
  return (yield { op: 'call', fn: codeRunner(code, globals, locals), args: [], kwargs: null }) as PyValue;
}

export { PyBaseException };
