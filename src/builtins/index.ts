// The `builtins` module's namespace: every builtin function (this folder), the builtin types under
// their Python names, every builtin exception type, the constants, __build_class__ and __import__.
//
// The runtime calls fillBuiltins(dict) once when it creates the builtins module (and hands the same
// dict to the VM as the default builtins), after connectBuiltins(...) (runtime-hooks.ts).
//
// Types and functions owned by other files that land later are added with registerBuiltin(name, value)
// from their owner (or from the runtime); fillBuiltins includes everything registered so far, and a
// registration after fillBuiltins also updates the dicts already filled.

import type { PyValue } from '../objects/object.js';
import {
  Ellipsis, None, NotImplemented, boolType, floatType, intType, objectType, strType, typeType,
} from '../objects/builtin-types.js';
import { excTypes } from '../objects/exceptions.js';
import { PyDict } from '../objects/dict.js';
import { listType } from '../objects/list.js';
import { tupleType } from '../objects/tuple.js';
import { dictType } from '../objects/dict.js';
import { sliceType } from '../objects/slice.js';
import { enumerateType, filterType, mapType, reversedType, zipType } from '../objects/iterators.js';
import { classmethodType, propertyType, staticmethodType } from '../objects/descriptors.js';
import { frozensetType, setType } from '../objects/set.js';
import { bytearrayType, bytesType } from '../objects/bytes.js';
import { superType } from '../objects/super.js';
import { rangeType } from '../objects/range.js';
import { complexType } from '../objects/complex.js';
import { buildClass } from '../vm/build-class.js';
import type { PyNativeFunction } from '../objects/native.js';
import '../objects/all-types.js';
import { numericBuiltins } from './numeric.js';
import { iterationBuiltins } from './iteration.js';
import { introspectionBuiltins } from './introspection.js';
import { ioBuiltins } from './io.js';
import { execBuiltins } from './exec.js';

export { connectBuiltins, runtime as builtinsRuntime } from './runtime-hooks.js';

const registered = new Map<string, PyValue>();
const filled: PyDict[] = [];

/** Add (or replace) a builtins entry: a type or function owned by another file. */
export function registerBuiltin(name: string, value: PyValue): void {
  registered.set(name, value);
  for (const d of filled) d.setStr(name, value);
}

/** The builtins namespace entries, in a stable order. */
export function builtinsEntries(): [string, PyValue][] {
  const out: [string, PyValue][] = [
    ['__name__', 'builtins'],
    ['__doc__', "Built-in functions, types, exceptions, and other objects."],
    ['None', None],
    ['True', true],
    ['False', false],
    ['Ellipsis', Ellipsis],
    ['NotImplemented', NotImplemented],
    ['__debug__', true],
  ];
  const types = {
    object: objectType, type: typeType, int: intType, bool: boolType, float: floatType, str: strType,
    list: listType, tuple: tupleType, dict: dictType, slice: sliceType,
    enumerate: enumerateType, zip: zipType, map: mapType, filter: filterType, reversed: reversedType,
    property: propertyType, classmethod: classmethodType, staticmethod: staticmethodType,
    set: setType, frozenset: frozensetType, bytes: bytesType, bytearray: bytearrayType, super: superType, range: rangeType, complex: complexType,
  };
  for (const [k, v] of Object.entries(types)) out.push([k, v]);
  const fns: PyNativeFunction[] = [
    ...numericBuiltins, ...iterationBuiltins, ...introspectionBuiltins, ...ioBuiltins, ...execBuiltins,
  ];
  for (const f of fns) out.push([f.name, f]);
  out.push(['__build_class__', buildClass]);
  for (const [k, v] of Object.entries(excTypes)) out.push([k, v]);
  out.push(['EnvironmentError', excTypes.OSError], ['IOError', excTypes.OSError]);
  for (const [k, v] of registered) out.push([k, v]);
  return out;
}

/** Fill a dict with the builtins namespace (the runtime's builtins module dict). */
export function fillBuiltins(d: PyDict): PyDict {
  for (const [k, v] of builtinsEntries()) d.setStr(k, v);
  filled.push(d);
  return d;
}
