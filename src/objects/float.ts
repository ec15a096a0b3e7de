// float: PyFloat, the boxed JS number (boxed so that 1 and 1.0 stay distinct, DESIGN.md decision 3).
// Methods and arithmetic live in float-methods.ts; repr in format/float-repr.ts.

import { PyObject } from './object.js';
import type { PyType } from './type.js';
import { floatType } from './builtin-types.js';

export class PyFloat extends PyObject {
  value: number;
  constructor(value: number, type: PyType = floatType) {
    super(type);
    this.value = value;
  }
}

floatType.alloc = (t) => new PyFloat(0, t);

/** Box a JS number as a Python float. */
export function pyFloat(v: number): PyFloat {
  return new PyFloat(v);
}
