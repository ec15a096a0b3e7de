// The value representation every part of pyts shares (DESIGN.md decision 3).
//
//   Python int    -> JS number while it is a safe integer, JS bigint beyond (always normalised:
//                    a bigint in safe range is a bug; use intFrom*/normInt helpers in int.ts)
//   Python bool   -> JS boolean (bool is a subclass of int: numeric code must accept booleans)
//   Python str    -> JS string (len/index/slice count code points, see str.ts)
//   everything else -> an instance of PyObject (or a JS subclass of it), which points at its PyType.
//
// Native code that may run Python code (a user __eq__, __repr__, __init__, a key= function...) is
// written as a JS generator function (DESIGN.md decision 2). It `yield`s a Suspend request when it
// needs the VM: the VM pushes a Python frame for a 'call' request, or parks the thread for a 'block'
// request, and resumes the generator with the result (or throws the Python exception into it).
// So a thread inside a callback stays preemptible and can block, and no nested eval loop exists.
//
// A native's result is a NativeResult: either the value, or a NativeGen still to be driven.
// Because every object value is a PyObject, "object but not PyObject" identifies a generator cheaply
// (isPending). Natives that call natives use `yield* settle(r)` or the helpers in call.ts.

import type { PyType } from './type.js';
import type { PyDict } from './dict.js';

export type PyValue = number | bigint | boolean | string | PyObject;

export class PyObject {
  type: PyType;
  /**
   * The instance __dict__, or null when the object has none (builtin instances, __slots__ classes).
   * Defaults to null on the prototype: most objects (floats, tuples...) never get one, and not
   * initialising it in the constructor keeps allocation of small objects cheap.
   */
  declare dict: PyDict | null;
  /** Storage for __slots__ members (undefined = unset), or null; null on the prototype like dict. */
  declare slots: (PyValue | undefined)[] | null;
  constructor(type: PyType) {
    this.type = type;
  }
}
PyObject.prototype.dict = null;
PyObject.prototype.slots = null;

/** Keyword arguments of a call: names in call order, or null when there are none. */
export type KwArgs = Map<string, PyValue> | null;

/** The VM calls a Python callable and resumes the generator with its return value. */
export interface CallRequest {
  op: 'call';
  fn: PyValue;
  args: PyValue[];
  kwargs: KwArgs;
  /**
   * CPython's Py_EnterRecursiveCall(where) text for the C-level guard around this call (e.g.
   * " while getting the repr of an object"): the RecursionError message suffix when this call is the one
   * that exceeds the recursion limit. Absent for plain calls.
   */
  where?: string;
}

/**
 * The thread parks until `waitable` wakes it (the scheduler defines Waitable);
 * the generator is resumed with the value the waker passes (e.g. true/false for lock acquire).
 */
export interface BlockRequest {
  op: 'block';
  waitable: unknown;
}

export type Suspend = CallRequest | BlockRequest;
export type NativeGen = Generator<Suspend, PyValue, PyValue>;
export type NativeResult = PyValue | NativeGen;

/** True when a native returned a generator that the caller must drive. */
export function isPending(r: NativeResult | undefined): r is NativeGen {
  return typeof r === 'object' && !(r instanceof PyObject);
}

/** Inside a generator native: `const v = yield* settle(r)` turns any NativeResult into its value. */
export function* settle(r: NativeResult): NativeGen {
  return isPending(r) ? yield* r : r;
}
