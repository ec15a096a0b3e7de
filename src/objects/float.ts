// float: PyFloat, the boxed JS number (boxed so that 1 and 1.0 stay distinct, DESIGN.md decision 3).
// Methods and arithmetic live in float-methods.ts; repr in format/float-repr.ts.

import { PyObject } from './object.js';
import type { PyType } from './type.js';
import { floatType } from './builtin-types.js';

// PyFloat is a PyObject (the interface merge gives it PyObject's members, the prototype chain below makes
// `instanceof PyObject` hold) but not a derived JS class: a derived constructor has to run PyObject's
// constructor, and where V8 does not inline it (the eval loop's inlining budget is spent long before its
// float sites) each `new PyFloat` became a generic object allocation plus a megamorphic store of
// `type`. A base-class constructor this small is always inlined: the allocation is a bump of the young
// generation. Measured: a loop of `c = a * b` on floats, 57 -> 37 ns per multiply.
export interface PyFloat extends PyObject {}
export class PyFloat {
  type: PyType;
  value: number;
  // One argument, no default: a default parameter takes the bytecode past V8's always-inline size.
  constructor(value: number) {
    this.type = floatType;
    this.value = value;
  }
}
Object.setPrototypeOf(PyFloat.prototype, PyObject.prototype);

/** An instance of float subclass `type` (float.__new__ of a subclass) with value v. */
export function floatOfType(v: number, type: PyType): PyFloat {
  const f = new PyFloat(v);
  f.type = type;
  return f;
}

floatType.alloc = (t) => floatOfType(0, t);

/** Box a JS number as a Python float. */
export function pyFloat(v: number): PyFloat {
  return new PyFloat(v);
}
