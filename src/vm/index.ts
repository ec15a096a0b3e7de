// The VM's public API for the runtime, the scheduler, the builtins and the stdlib. Import from here.
//
//   Threads:   newThreadForCall(fn, args, kwargs) -> PyThread; runSlice(t, budget) -> SliceStatus;
//              wake / wakeWithError / asyncInterrupt; currentThread(); vmSettings (recursionLimit,
//              switchAtAnyInstruction).
//   Code:      makeModuleFunction(code, globals) -> a PyFunction running a module's code with
//              globals as its locals (give it to newThreadForCall, or call it from a native);
//              execGen(code, globals, locals) -> NativeGen running code (exec/eval) from a native.
//   Builtins:  buildClass (builtins.__build_class__); setDefaultBuiltins(dict).
//   Natives:   callGen(fn, args, kw) — call any callable from a generator native: `yield* callGen(...)`.
//   Errors:    toPyExc (JS error -> SystemError), t.handledException() for sys.exc_info().

import './function-attrs.js';
import './generator-methods.js';
import type { KwArgs, NativeGen, PyValue } from '../objects/object.js';
import { settle } from '../objects/object.js';
import { PyFunction } from '../objects/function.js';
import type { PyDict } from '../objects/dict.js';
import { call } from '../objects/call.js';
import type { CodeObject } from '../compile/code.js';
import { builtinsFor, RunWithLocals } from './calls.js';

export {
  PyThread,
  newThreadForCall,
  wake,
  wakeWithError,
  asyncInterrupt,
  currentThread,
  setCurrentThread,
  vmSettings,
  type SliceStatus,
} from './thread.js';
export { runSlice, vmHooks } from './interpreter.js';
export { buildClass } from './build-class.js';
export { setDefaultBuiltins, getDefaultBuiltins, builtinsFor, RunWithLocals } from './calls.js';
export { toPyExc } from './unwind.js';

/** A function whose call runs a module's (or exec'd) code object with `globals` as globals and locals. */
export function makeModuleFunction(code: CodeObject, globals: PyDict): PyFunction {
  const fn = new PyFunction(code, globals, code.name, code.qualname);
  const mod = globals.getStr('__name__');
  if (mod !== undefined) fn.module = mod;
  fn.builtins = builtinsFor(globals);
  return fn;
}

/** From a generator native: run `code` (exec/eval) with the given globals and locals; returns its value. */
export function* execGen(code: CodeObject, globals: PyDict, locals: PyValue | null): NativeGen {
  const fn = makeModuleFunction(code, globals);
  return yield { op: 'call', fn: locals === null ? fn : new RunWithLocals(fn, locals), args: [], kwargs: null };
}

/** From a generator native: `const v = yield* callGen(f, args, kw)` calls any callable (Python or native). */
export function* callGen(fn: PyValue, args: PyValue[], kwargs: KwArgs = null): NativeGen {
  return yield* settle(call(fn, args, kwargs));
}
