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

// Which types `case [...]` and `case {...}` accept (CPython: Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING,
// inherited by subclasses): list, tuple, range, deque, collections.abc.Sequence; dict, mappingproxy,
// collections.abc.Mapping. Each type's own file (or the VM's match code) marks it.
const sequenceTypes = new WeakSet<PyType>();
const mappingTypes = new WeakSet<PyType>();

export function markSequence(...types: PyType[]): void {
  for (const t of types) sequenceTypes.add(t);
}

export function markMapping(...types: PyType[]): void {
  for (const t of types) mappingTypes.add(t);
}

export function isSequenceType(t: PyType): boolean {
  return t.mro.some((x) => sequenceTypes.has(x));
}

export function isMappingType(t: PyType): boolean {
  return t.mro.some((x) => mappingTypes.has(x));
}
