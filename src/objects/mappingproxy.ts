// mappingproxy: the read-only view `T.__dict__` returns (CPython: Objects/descrobject.c, mappingproxy).
// It wraps a type's namespace Map directly (so it sees later class attribute changes); the read
// methods (keys/items/values/get/copy/iteration) work on a PyDict snapshot of it, which keeps this
// file free of per-method reimplementations. Item assignment is refused by not defining it:
// "'mappingproxy' object does not support item assignment".

import { PyObject, type PyValue, type NativeResult } from './object.js';
import { builtinType, typeOf } from './builtin-types.js';
import { nativeMethod, methodTable } from './native.js';
import { markFinal } from './type-flags.js';
import { PyDict, dictFromStrings } from './dict.js';
import { callMethod } from './call.js';
import { repr, getItem, contains, len } from './ops.js';
import { pyErr, TypeError } from './exceptions.js';

export const mappingProxyType = builtinType('mappingproxy');
markFinal(mappingProxyType);

export class PyMappingProxy extends PyObject {
  constructor(public source: Map<string, PyValue> | PyDict) {
    super(mappingProxyType);
  }
  snapshot(): PyDict {
    return this.source instanceof PyDict ? this.source : dictFromStrings(this.source);
  }
}

export function mappingProxy(source: Map<string, PyValue> | PyDict): PyMappingProxy {
  return new PyMappingProxy(source);
}

function self(v: PyValue): PyMappingProxy {
  if (!(v instanceof PyMappingProxy)) throw pyErr(TypeError, `descriptor requires a 'mappingproxy' object but received a '${typeOf(v).name}'`);
  return v;
}

const delegate = (name: string, target: string = name) =>
  nativeMethod('mappingproxy', name, (a, kw): NativeResult => callMethod(self(a[0]).snapshot(), target, a.slice(1), kw));

mappingProxyType.define(methodTable('mappingproxy', {
  __getitem__: (a) => {
    const p = self(a[0]);
    if (!(p.source instanceof PyDict) && typeof a[1] === 'string') {
      const v = p.source.get(a[1]);
      if (v !== undefined) return v;
    }
    return getItem(p.snapshot(), a[1]);
  },
  __contains__: (a) => contains(self(a[0]).snapshot(), a[1]),
  __len__: (a) => len(self(a[0]).snapshot()),
  __iter__: delegate('__iter__'),
  __reversed__: delegate('__reversed__'),
  __or__: delegate('__or__'),
  keys: delegate('keys'),
  values: delegate('values'),
  items: delegate('items'),
  get: delegate('get'),
  copy: delegate('copy'),
  __repr__: function* (a) {
    const r = repr(self(a[0]).snapshot());
    const s = typeof r === 'string' ? r : yield* r as Generator<any, PyValue, any>;
    return `mappingproxy(${s as string})`;
  },
}));
