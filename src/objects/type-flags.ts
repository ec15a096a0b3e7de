// Per-type flags that PyType (a shared contract) has no field for. LEAF: any file may mark its types
// at load time, e.g. `markFinal(rangeType)` for a type Python code may not subclass
// (CPython: a type without Py_TPFLAGS_BASETYPE -> "type 'range' is not an acceptable base type").

import type { PyType } from './type.js';

const finalTypes = new WeakSet<PyType>();

export function markFinal(...types: PyType[]): void {
  for (const t of types) finalTypes.add(t);
}

export function isFinal(t: PyType): boolean {
  return finalTypes.has(t);
}
