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

/**
 * x ** y, correctly rounded where V8's `**` is not but C's pow (which CPython calls) is: a negative
 * integer power of an integer, e.g. 7 ** -2 (V8: 0.020408163265306124, C: 1/49 = 0.02040816326530612).
 * When x ** -y is an integer below 2**53 it is computed exactly, and then one division rounds correctly.
 */
export function powCorrect(x: number, y: number): number {
  if (y < 0 && Number.isInteger(y) && Number.isInteger(x) && Math.abs(x) > 1) {
    let p = 1;
    for (let i = 0; i < -y; i++) {
      p *= x;
      if (Math.abs(p) > 2 ** 53) return x ** y;
    }
    return 1 / p;
  }
  return x ** y;
}
