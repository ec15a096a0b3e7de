// Functions written in TypeScript, as Python sees them.
//
// Calling convention for every native: fn(args, kwargs) -> NativeResult (object.ts).
// - A *method* (binds = true) lives in a type's namespace; it receives `self` as args[0]. Accessed
//   through an instance it binds like a Python function does (CPython: method_descriptor).
// - A *function* (binds = false) is a module-level builtin such as `len`; it never binds
//   (CPython: builtin_function_or_method).
// - A native that may run Python code or block returns a NativeGen (write it as `function*`), see
//   object.ts. A native that never does returns its value directly (the fast, common case).

import { PyObject, type KwArgs, type NativeResult, type PyValue } from './object.js';
import { builtinType } from './builtin-types.js';

export type NativeFn = (args: PyValue[], kwargs: KwArgs) => NativeResult;

export const builtinFunctionType = builtinType('builtin_function_or_method');
export const methodDescriptorType = builtinType('method_descriptor');

export class PyNativeFunction extends PyObject {
  name: string;
  qualname: string;
  fn: NativeFn;
  binds: boolean;
  doc: string | null;
  /** For a bound builtin method (`[].append`): the object it is bound to. */
  self: PyValue | undefined;
  /**
   * Optional fixed-arity entry points, for hot natives: fn1(a) must behave exactly as fn([a], null),
   * fn2(a, b) as fn([a, b], null), fn3(a, b, c) as fn([a, b, c], null) (a method's self counts:
   * `lock.acquire()` is fn1(lock), `d.get(k, v)` is fn3(d, k, v)). The VM's CALL uses them when the argument count matches and no keywords are given, saving the args array
   * (vm/native-call.ts). Set them with withFast().
   */
  fn1: ((a: PyValue) => NativeResult) | null;
  fn2: ((a: PyValue, b: PyValue) => NativeResult) | null;
  fn3: ((a: PyValue, b: PyValue, c: PyValue) => NativeResult) | null;
  constructor(name: string, fn: NativeFn, binds: boolean, qualname?: string, doc?: string) {
    super(binds ? methodDescriptorType : builtinFunctionType);
    this.name = name;
    this.qualname = qualname ?? name;
    this.fn = fn;
    this.binds = binds;
    this.doc = doc ?? null;
    this.self = undefined;
    this.fn1 = null;
    this.fn2 = null;
    this.fn3 = null;
  }
}

/** Give `f` fixed-arity entry points (see PyNativeFunction.fn1/fn2/fn3); returns f. */
export function withFast(
  f: PyNativeFunction,
  fn1: ((a: PyValue) => NativeResult) | null,
  fn2: ((a: PyValue, b: PyValue) => NativeResult) | null = null,
  fn3: ((a: PyValue, b: PyValue, c: PyValue) => NativeResult) | null = null,
): PyNativeFunction {
  f.fn1 = fn1;
  f.fn2 = fn2;
  f.fn3 = fn3;
  return f;
}

/** A module-level builtin function (does not bind). */
export function nativeFunction(name: string, fn: NativeFn, doc?: string): PyNativeFunction {
  return new PyNativeFunction(name, fn, false, name, doc);
}

/** A method for a type's namespace: args[0] is self. `owner` is the type name, for __qualname__. */
export function nativeMethod(owner: string, name: string, fn: NativeFn, doc?: string): PyNativeFunction {
  return new PyNativeFunction(name, fn, true, `${owner}.${name}`, doc);
}

/**
 * A builtin type's namespace entries: each plain function becomes the native method its key names
 * (`{ __len__: (args) => ... }` is `{ __len__: nativeMethod(owner, '__len__', ...) }`); other values
 * (descriptors, methods made by helpers) are kept as they are.
 */
export function methodTable(owner: string, table: Record<string, NativeFn | PyValue>): Record<string, PyValue> {
  const out: Record<string, PyValue> = {};
  for (const k of Object.keys(table)) {
    const v = table[k];
    out[k] = typeof v === 'function' ? nativeMethod(owner, k, v) : v;
  }
  return out;
}
