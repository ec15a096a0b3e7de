// Call dispatch for the VM's slow paths (the eval loop inlines the common PyFunction call itself):
// pushing a Python frame for a PyFunction (binding arguments, creating cells, or creating a generator
// object for generator code), unwrapping bound methods, calling natives (pushing a native frame when a
// native returns a NativeGen), resuming generators for GenResume requests, instantiating plain classes
// with a Python __init__ without a native in between, and everything else through call.ts's `call`.
//
// Contract: `callAny` either returns the call's value (nothing pushed), returns PUSHED after pushing
// exactly one frame on top of t.frame (whose value will be delivered according to `ret`), or throws a
// Python exception synchronously (nothing pushed). It never pushes a frame and then throws.

import { PyObject, isPending, type KwArgs, type PyValue } from '../objects/object.js';
import { None, typeType, typeOf } from '../objects/builtin-types.js';
import { PyType } from '../objects/type.js';
import { pyErr, RecursionError, TypeError } from '../objects/exceptions.js';
import { PyFunction, PyMethod, PyCell } from '../objects/function.js';
import { PyNativeFunction } from '../objects/native.js';
import { PyGenerator, GenResume } from '../objects/generator.js';
import { PyDict } from '../objects/dict.js';
import { PyModule } from '../objects/module.js';
import { call } from '../objects/call.js';
import { objectNew } from '../objects/object-methods.js';
import { CodeFlags, type CodeObject } from '../compile/code.js';
import { Frame, Ret, nativeFrame } from './frame.js';
import { type PyThread, ensureStack, vmSettings } from './thread.js';
import { bindArgs } from './args.js';
import { resumeGen } from './generators.js';

/**
 * The `fn` of a CallRequest that runs a function's code with an explicit locals mapping (class bodies
 * from __build_class__, exec with separate locals). Never visible to Python code.
 */
export class RunWithLocals extends PyObject {
  constructor(
    public fn: PyFunction,
    public locals: PyValue,
  ) {
    super(typeType);
  }
}

/** callAny's "a frame was pushed" result (never a Python-visible value). */
export const PUSHED: PyValue = new PyObject(typeType);

/** The default builtins namespace (set by the runtime: setDefaultBuiltins). */
let defaultBuiltins: PyDict = new PyDict();

export function setDefaultBuiltins(d: PyDict): void {
  defaultBuiltins = d;
}

export function getDefaultBuiltins(): PyDict {
  return defaultBuiltins;
}

/** The builtins a function defined in `globals` sees (CPython: _PyEval_BuiltinsFromGlobals). */
export function builtinsFor(globals: PyDict): PyDict {
  const b = globals.getStr('__builtins__');
  if (b instanceof PyDict) return b;
  if (b instanceof PyModule) return b.dict;
  return defaultBuiltins;
}

/** The next free value-stack slot above frame f (where a frame it calls starts). */
export function topOf(f: Frame | null): number {
  return f === null ? 0 : f.sp;
}

/**
 * CPython: _Py_CheckRecursiveCall. `t.recursionWhere` is the guard text of the native call being made
 * (" while getting the repr of an object", " in comparison", ...), '' for a plain Python call.
 */
export function recursionError(t?: PyThread): never {
  throw pyErr(RecursionError, 'maximum recursion depth exceeded' + (t?.recursionWhere ?? ''));
}

/** Fill cells (from cell2arg parameters or empty) and free variables (the closure) of a new frame. */
export function initFrameCells(stack: (PyValue | undefined)[], base: number, co: CodeObject, fn: PyFunction | null): void {
  const nl = co.nlocals;
  const nc = co.cellvars.length;
  for (let i = 0; i < nc; i++) {
    const a = co.cell2arg[i];
    stack[base + nl + i] = new PyCell(a >= 0 ? (stack[base + a] as PyValue | undefined) : undefined);
  }
  const nf = co.freevars.length;
  if (nf > 0) {
    const cl = fn === null ? null : fn.closure;
    for (let i = 0; i < nf; i++) stack[base + nl + nc + i] = cl === null ? new PyCell() : cl[i];
  }
}

/**
 * Push a frame calling Python function fn with bound arguments, at value-stack index `top`.
 * For generator code, returns the new generator object instead (nothing pushed).
 */
export function callPython(
  t: PyThread,
  fn: PyFunction,
  pos: PyValue[],
  kwnames: readonly string[] | null,
  kwvals: readonly PyValue[] | null,
  top: number,
  ret: Ret,
  retArg: PyValue | number | undefined,
  locals: PyValue | null = null,
): PyValue {
  const co = fn.code as CodeObject;
  ensureStack(t, top + co.nlocalsplus + co.stacksize + 1);
  const stack = t.stack;
  bindArgs(fn, stack, top, pos, kwnames, kwvals);
  if (co.cellvars.length + co.freevars.length > 0) initFrameCells(stack, top, co, fn);
  if (co.flags & CodeFlags.GENERATOR) return makeGenerator(t, fn, co, top);
  if (t.depth >= vmSettings.recursionLimit) recursionError(t);
  const f = new Frame(
    co,
    fn,
    fn.globals,
    fn.builtins ?? (fn.builtins = builtinsFor(fn.globals as PyDict)),
    locals ?? (co.flags & CodeFlags.OPTIMIZED ? null : fn.globals),
  );
  f.base = top;
  f.sp = top + co.nlocalsplus;
  f.ret = ret;
  f.retArg = retArg;
  f.back = t.frame;
  t.frame = f;
  t.depth++;
  return PUSHED;
}

/** Create the generator for a call of generator code whose localsplus was just bound at stack[top..]. */
export function makeGenerator(t: PyThread, fn: PyFunction, co: CodeObject, top: number): PyGenerator {
  const f = new Frame(co, fn, fn.globals, fn.builtins ?? (fn.builtins = builtinsFor(fn.globals as PyDict)), null);
  const gen = new PyGenerator(f, co, fn.name, fn.qualname);
  f.gen = gen;
  const n = co.nlocalsplus;
  const saved = new Array(n);
  const stack = t.stack;
  for (let i = 0; i < n; i++) {
    saved[i] = stack[top + i];
    stack[top + i] = undefined;
  }
  gen.saved = saved;
  return gen;
}

function kwSplit(kwargs: KwArgs): [string[] | null, PyValue[] | null] {
  if (kwargs === null || kwargs.size === 0) return [null, null];
  return [Array.from(kwargs.keys()), Array.from(kwargs.values())];
}

/**
 * Call any callable with the value stack free from index `top`. Returns the value, or PUSHED.
 * (See the file header for the contract.)
 */
export function callAny(
  t: PyThread,
  fn: PyValue,
  args: PyValue[],
  kwargs: KwArgs,
  top: number,
  ret: Ret,
  retArg: PyValue | number | undefined,
): PyValue {
  for (;;) {
    if (typeof fn !== 'object') break;
    if (fn instanceof PyFunction) {
      const [names, vals] = kwSplit(kwargs);
      return callPython(t, fn, args, names, vals, top, ret, retArg);
    }
    if (fn instanceof PyMethod) {
      args = [fn.self, ...args];
      fn = fn.fn;
      continue;
    }
    if (fn instanceof PyNativeFunction) {
      const r = fn.fn(fn.self === undefined ? args : [fn.self, ...args], kwargs);
      if (!isPending(r)) return r;
      pushNative(t, r, top, ret, retArg);
      return PUSHED;
    }
    if (fn instanceof RunWithLocals) {
      return callPython(t, fn.fn, args, null, null, top, ret, retArg, fn.locals);
    }
    if (fn instanceof GenResume) {
      return resumeGen(t, fn.gen, fn.mode, fn.value, top, fn.closing ? Ret.GenClose : Ret.GenNext, undefined);
    }
    if (fn instanceof PyType) {
      const r = instantiate(t, fn, args, kwargs, top);
      if (r !== undefined) return r;
    }
    break;
  }
  const r = call(fn, args, kwargs);
  if (!isPending(r)) return r;
  pushNative(t, r, top, ret, retArg);
  return PUSHED;
}

export function pushNative(t: PyThread, g: import('../objects/object.js').NativeGen, top: number, ret: Ret, retArg: PyValue | number | undefined): void {
  const f = nativeFrame(g, top);
  f.ret = ret;
  f.retArg = retArg;
  f.back = t.frame;
  t.frame = f;
}

/**
 * Fast class call: `cls(...)` for a class whose metaclass is `type`, whose __new__ is object.__new__ and
 * whose __init__ is a Python function: allocate, then push the __init__ frame with Ret.Init (its None
 * result is replaced by the instance). Returns undefined when the fast path does not apply.
 */
function instantiate(t: PyThread, cls: PyType, args: PyValue[], kwargs: KwArgs, top: number): PyValue | undefined {
  // A builtin (non-heap) type's __init__ is never a Python function: str(i), int(s) go to typeCall.
  if (cls.type !== typeType || !cls.isHeapType || cls.lookup('__new__') !== objectNew) return undefined;
  const init = cls.lookup('__init__');
  if (!(init instanceof PyFunction) || (init.code.flags & CodeFlags.GENERATOR)) return undefined;
  const inst = (objectNew as PyNativeFunction).fn([cls], null) as PyValue;
  const [names, vals] = kwSplit(kwargs);
  // CPython's type call goes through _PyObject_MakeTpCall's recursion guard.
  const saved = t.recursionWhere;
  t.recursionWhere = ' while calling a Python object';
  try {
    return callPython(t, init, [inst, ...args], names, vals, top, Ret.Init, inst);
  } finally {
    t.recursionWhere = saved;
  }
}

/** CPython: "__init__() should return None, not 'int'". */
export function initReturnError(v: PyValue) {
  return pyErr(TypeError, `__init__() should return None, not '${typeOf(v).name}'`);
}

export { None };
