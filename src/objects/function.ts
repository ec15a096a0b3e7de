// Python-level function objects: PyFunction (a `def` or lambda: code + globals + defaults + closure),
// PyMethod (a function bound to an instance), PyCell (a closure cell).
//
// OWNER: the VM engineer. The object model relies only on: `instanceof PyFunction` (binding in __get__,
// CallRequest from native code), PyMethod's `fn`/`self`, PyCell's `value`.
// The Python-visible attributes (__name__, __defaults__, ...) are attached in function-attrs.ts (src/vm),
// which needs descriptor helpers; this file stays import-light so every file can import it.
//
// Invariants: `defaults` is null or a non-empty JS array (what `__defaults__` shows as a tuple);
// `kwdefaults` is null or a Map from name to value; `closure` has one cell per code.freevars entry.

import { PyObject, type PyValue } from './object.js';
import { builtinType, None } from './builtin-types.js';

export const functionType = builtinType('function');
export const methodType = builtinType('method');
export const cellType = builtinType('cell');

export class PyFunction extends PyObject {
  /** Positional defaults (for the last len(defaults) positional parameters), or null. */
  defaults: PyValue[] | null = null;
  /** Keyword-only defaults, or null. */
  kwdefaults: Map<string, PyValue> | null = null;
  /** Cells for the code's free variables, in code.freevars order, or null. */
  closure: PyCell[] | null = null;
  doc: PyValue = None;
  /** __module__ (globals['__name__'] at definition time). */
  module: PyValue = None;
  /** __annotations__: a dict, or null until first asked for. */
  annotations: PyValue | null = null;
  /** The builtins namespace resolved at creation (from globals['__builtins__'] or the runtime). */
  builtins: any = null;
  constructor(
    /** The compiled code (a CodeObject from src/compile/code.ts). */
    public code: any,
    /** The globals dict (a PyDict). */
    public globals: PyObject,
    public name: string,
    public qualname: string,
  ) {
    super(functionType);
  }
}

export class PyMethod extends PyObject {
  constructor(public fn: PyValue, public self: PyValue) {
    super(methodType);
  }
}

export class PyCell extends PyObject {
  /** undefined = empty cell (reading it raises NameError/UnboundLocalError in the VM). */
  value: PyValue | undefined;
  constructor(value?: PyValue) {
    super(cellType);
    this.value = value;
  }
}

/** CPython: func_descr_get. A function accessed through an instance becomes a bound method. */
export function bindFunction(fn: PyFunction, obj: PyValue): PyValue {
  return obj === None ? fn : new PyMethod(fn, obj);
}
