// tuple: PyTuple, an immutable array of values. Methods live in tuple-methods.ts.
// Invariant: `items` is never mutated after the tuple has been handed to Python code.

import { PyObject, type PyValue } from './object.js';
import type { PyType } from './type.js';
import { builtinType } from './builtin-types.js';

export const tupleType = builtinType('tuple');

export class PyTuple extends PyObject {
  items: PyValue[];
  constructor(items: PyValue[], type: PyType = tupleType) {
    super(type);
    this.items = items;
  }
}

tupleType.alloc = (t) => new PyTuple([], t);

export const emptyTuple = new PyTuple([]);

/** Make a tuple from a JS array (takes ownership of the array). */
export function pyTuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? emptyTuple : new PyTuple(items);
}
