// The module object (CPython: Objects/moduleobject.c): a namespace dict with a name.
// `PyModule.dict` (the inherited PyObject field) IS the module's globals dict, shared with the
// functions defined in it, so attribute access on a module is a dict lookup.
//
// LEAF file (no behaviour): the methods (__repr__, __getattribute__ with PEP 562 __getattr__, __dir__)
// are attached by module-methods.ts. Create modules with `newModule(name)` from module-methods.ts, or
// `new PyModule(dict)` when you already have the globals dict.

import { PyObject, type PyValue } from './object.js';
import type { PyDict } from './dict.js';
import { builtinType } from './builtin-types.js';

export const moduleType = builtinType('module');
moduleType.instancesHaveDict = true;

export class PyModule extends PyObject {
  declare dict: PyDict;
  constructor(dict: PyDict, type = moduleType) {
    super(type);
    this.dict = dict;
  }

  /** The module's __name__ (or '?' when missing or not a str). */
  get name(): string {
    const n: PyValue | undefined = this.dict.getStr('__name__');
    return typeof n === 'string' ? n : '?';
  }
}
