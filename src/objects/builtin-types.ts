// The bootstrap: the core type objects, created before any methods exist, so every other file can
// import them without import cycles. Each type's methods are attached by its own file
// (int.ts defines int's methods on intType, and so on). Also: typeOf, and the None/NotImplemented/
// Ellipsis singletons.

import { PyObject, type PyValue } from './object.js';
import { PyType, type Alloc } from './type.js';

export const objectType = new PyType(null, 'object', [], (t) => new PyObject(t), false);
export const typeType = new PyType(null, 'type', [objectType], null, false);
objectType.type = typeType;
typeType.type = typeType;

/** Create a builtin (non-heap) type. `alloc` gives its instances' JS layout; default: the base's. */
export function builtinType(name: string, base: PyType = objectType, alloc: Alloc | null = null): PyType {
  return new PyType(typeType, name, [base], alloc, false);
}

export const intType = builtinType('int');
export const boolType = builtinType('bool', intType);
export const floatType = builtinType('float');
export const strType = builtinType('str');
export const noneType = builtinType('NoneType');
export const notImplementedType = builtinType('NotImplementedType');
export const ellipsisType = builtinType('ellipsis');

/** The singletons. Compare with ===. */
export const None = new PyObject(noneType);
export const NotImplemented = new PyObject(notImplementedType);
export const Ellipsis = new PyObject(ellipsisType);

/** CPython: Py_TYPE. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    default:
      return (v as PyObject).type;
  }
}
