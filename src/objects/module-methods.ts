// The module type's Python-visible behaviour (CPython: Objects/moduleobject.c): module(name, doc=None),
// __repr__ (`<module 'x' from '/p/x.py'>`, `<module 'sys' (built-in)>`, `<module 'x'>`), __dict__,
// __dir__ (the dict's keys, or the module's own __dir__ function). Attribute lookup (generic, then
// the module's own `__getattr__`, PEP 562, then "module 'x' has no attribute 'y'") is attr.ts's.

import type { NativeGen, PyValue } from './object.js';
import { PyType } from './type.js';
import { typeOf, None } from './builtin-types.js';
import { nativeFunction, methodTable } from './native.js';
import { defineGetSet } from './descriptors.js';
import { pyErr, TypeError } from './exceptions.js';
import { PyModule, moduleType } from './module.js';
import { PyDict } from './dict.js';
import { pyList } from './list.js';
import { call } from './call.js';
import { repr } from './ops.js';

moduleType.alloc = (t) => new PyModule(new PyDict(), t);

/** A new module with __name__, __doc__ (None), __package__, __loader__ and __spec__ (None) set. */
export function newModule(name: string, doc: PyValue = None): PyModule {
  const d = new PyDict();
  d.setStr('__name__', name);
  d.setStr('__doc__', doc);
  d.setStr('__package__', None);
  d.setStr('__loader__', None);
  d.setStr('__spec__', None);
  return new PyModule(d);
}

function mod(v: PyValue): PyModule {
  if (!(v instanceof PyModule)) throw pyErr(TypeError, `descriptor requires a 'module' object but received a '${typeOf(v).name}'`);
  return v;
}

moduleType.define(methodTable('module', {
  __new__: nativeFunction('__new__', (a) => {
    const cls = a[0] as PyType;
    return cls.alloc(cls);
  }),
  __init__: (a, kw) => {
    const m = mod(a[0]);
    let name = a[1];
    let doc: PyValue = a.length > 2 ? a[2] : None;
    if (kw !== null) {
      name = kw.get('name') ?? name;
      doc = kw.get('doc') ?? doc;
    }
    if (typeof name !== 'string') {
      throw pyErr(TypeError, name === undefined ? "module.__init__() missing required argument 'name' (pos 1)"
        : `module.__init__() argument 'name' must be str, not ${typeOf(name).name}`);
    }
    m.dict.setStr('__name__', name);
    m.dict.setStr('__doc__', doc);
    m.dict.setStr('__package__', None);
    m.dict.setStr('__loader__', None);
    m.dict.setStr('__spec__', None);
    return None;
  },
  __repr__: function* (a) {
    const m = mod(a[0]);
    const n = m.dict.getStr('__name__');
    let name: string;
    if (n === undefined) name = '?';
    else {
      const r = repr(n);
      name = (typeof r === "string" ? r : yield* (r as NativeGen)) as string;
    }
    const file = m.dict.getStr('__file__');
    if (typeof file === 'string') return `<module ${name} from '${file}'>`;
    const loader = m.dict.getStr('__loader__');
    if (loader !== undefined && loader !== None) return `<module ${name} (built-in)>`;
    return `<module ${name}>`;
  },
  __dir__: (a) => {
    const m = mod(a[0]);
    const f = m.dict.getStr('__dir__');
    if (f !== undefined) return call(f, [], null);
    return pyList(m.dict.keyList());
  },
}));
defineGetSet(moduleType, '__dict__', (m) => mod(m).dict);
