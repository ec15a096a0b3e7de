// Python-level function objects: PyFunction (a `def` or lambda: code + globals + defaults + closure),
// PyMethod (a function bound to an instance), PyCell (a closure cell).
//
// OWNER: the compiler/VM engineer (fields may grow). The object model relies only on: `instanceof
// PyFunction` (binding in __get__, CallRequest from native code), PyMethod's `fn`/`self`, PyCell's `value`.

import { PyObject, type PyValue } from './object.js';
import { builtinType } from './builtin-types.js';

export const functionType = builtinType('function');
export const methodType = builtinType('method');
export const cellType = builtinType('cell');

export class PyFunction extends PyObject {
  constructor(
    /** The compiled code (a CodeObject from src/compile/code.ts). */
    public code: any,
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
