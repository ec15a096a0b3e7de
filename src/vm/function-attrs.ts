// The Python-visible surface of function, method and cell objects (CPython: Objects/funcobject.c,
// classobject.c, cellobject.c): attributes as getset descriptors, __get__ (binding), __call__, __repr__,
// method equality/hash. Imported for its side effects by src/vm/index.ts.

import { PyObject, isPending, type NativeGen, type PyValue } from '../objects/object.js';
import { None, typeOf } from '../objects/builtin-types.js';
import { pyErr, TypeError, AttributeError } from '../objects/exceptions.js';
import { PyFunction, PyMethod, PyCell, functionType, methodType, cellType, bindFunction } from '../objects/function.js';
import { methodTable } from '../objects/native.js';
import { defineGetSet } from '../objects/descriptors.js';
import { PyTuple, pyTuple } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import { addressOf } from '../objects/object-methods.js';
import { callPy, call } from '../objects/call.js';
import { getAttr } from '../objects/attr.js';
import * as ops from '../objects/ops.js';
import { CodeObject } from '../compile/code.js';
import './frame-object.js';

functionType.instancesHaveDict = true;

const fnOf = (o: PyValue): PyFunction => {
  if (!(o instanceof PyFunction)) throw pyErr(TypeError, `descriptor requires a 'function' object but received '${typeOf(o).name}'`);
  return o;
};

function mustStr(attr: string, v: PyValue | undefined): string {
  if (typeof v !== 'string') throw pyErr(TypeError, `${attr} must be set to a string object`);
  return v;
}

defineGetSet(functionType, '__name__', (o) => fnOf(o).name, (o, v) => {
  fnOf(o).name = mustStr('__name__', v);
});
defineGetSet(functionType, '__qualname__', (o) => fnOf(o).qualname, (o, v) => {
  fnOf(o).qualname = mustStr('__qualname__', v);
});
defineGetSet(functionType, '__doc__', (o) => fnOf(o).doc, (o, v) => {
  fnOf(o).doc = v ?? None;
});
defineGetSet(functionType, '__module__', (o) => fnOf(o).module, (o, v) => {
  fnOf(o).module = v ?? None;
});
defineGetSet(
  functionType,
  '__defaults__',
  (o) => {
    const d = fnOf(o).defaults;
    return d === null ? None : pyTuple(d.slice());
  },
  (o, v) => {
    const f = fnOf(o);
    if (v === undefined || v === None) f.defaults = null;
    else if (v instanceof PyTuple) f.defaults = v.items.length ? v.items.slice() : null;
    else throw pyErr(TypeError, '__defaults__ must be set to a tuple object');
  },
);
defineGetSet(
  functionType,
  '__kwdefaults__',
  (o) => {
    const d = fnOf(o).kwdefaults;
    if (d === null) return None;
    const r = new PyDict();
    for (const [k, v] of d) r.setStr(k, v);
    return r;
  },
  (o, v) => {
    const f = fnOf(o);
    if (v === undefined || v === None) f.kwdefaults = null;
    else if (v instanceof PyDict) {
      const m = new Map<string, PyValue>();
      for (let i = 0; i < v.keys.length; i++) {
        const k = v.keys[i];
        if (typeof k === 'string') m.set(k, v.vals[i] as PyValue);
      }
      f.kwdefaults = m.size ? m : null;
    } else throw pyErr(TypeError, '__kwdefaults__ must be set to a dict object');
  },
);
defineGetSet(functionType, '__closure__', (o) => {
  const c = fnOf(o).closure;
  return c === null ? None : pyTuple(c.slice());
});
defineGetSet(functionType, '__code__', (o) => fnOf(o).code as PyValue, (o, v) => {
  if (!(v instanceof CodeObject)) throw pyErr(TypeError, '__code__ must be set to a code object');
  fnOf(o).code = v;
});
defineGetSet(functionType, '__globals__', (o) => fnOf(o).globals);
defineGetSet(functionType, '__builtins__', (o) => {
  const f = fnOf(o);
  return (f.builtins as PyValue | null) ?? None;
});
defineGetSet(
  functionType,
  '__annotations__',
  (o) => {
    const f = fnOf(o);
    if (f.annotations === null) f.annotations = new PyDict();
    return f.annotations;
  },
  (o, v) => {
    const f = fnOf(o);
    if (v === undefined || v === None) f.annotations = null;
    else if (v instanceof PyDict) f.annotations = v;
    else throw pyErr(TypeError, '__annotations__ must be set to a dict object');
  },
);
defineGetSet(
  functionType,
  '__dict__',
  (o) => {
    const f = fnOf(o);
    return f.dict ?? (f.dict = new PyDict());
  },
  (o, v) => {
    if (!(v instanceof PyDict)) throw pyErr(TypeError, '__dict__ must be set to a dictionary, not a \'' + typeOf(v ?? None).name + "'");
    fnOf(o).dict = v;
  },
);

functionType.define(methodTable('function', {
  __get__: (a) => {
    const f = fnOf(a[0]);
    const obj = a.length > 1 ? a[1] : None;
    if (obj === None && (a.length < 3 || a[2] === None) && a.length < 2) {
      throw pyErr(TypeError, '__get__(None, None) is invalid');
    }
    return bindFunction(f, obj);
  },
  __call__: (a, kw) => callPy(a[0], a.slice(1), kw),
  __repr__: (a) => {
    const f = fnOf(a[0]);
    return `<function ${f.qualname} at ${addressOf(f)}>`;
  },
}));

// ---- method ----------------------------------------------------------------------------------------

const methOf = (o: PyValue): PyMethod => {
  if (!(o instanceof PyMethod)) throw pyErr(TypeError, `descriptor requires a 'method' object but received '${typeOf(o).name}'`);
  return o;
};

defineGetSet(methodType, '__func__', (o) => methOf(o).fn);
defineGetSet(methodType, '__self__', (o) => methOf(o).self);
// CPython forwards unknown attributes to __func__ (method_getattro); the common ones are spelled out.
for (const name of ['__doc__', '__name__', '__qualname__', '__module__', '__defaults__', '__kwdefaults__', '__code__', '__globals__', '__annotations__', '__wrapped__']) {
  defineGetSet(methodType, name, (o) => getAttr(methOf(o).fn, name));
}

function* reprSelf(m: PyMethod, name: string): NativeGen {
  const r = yield* (function* () {
    const v = ops.repr(m.self);
    return isPending(v) ? yield* v : v;
  })();
  return `<bound method ${name} of ${r as string}>`;
}

function methName(m: PyMethod): NativeGen {
  return (function* (): NativeGen {
    let n: PyValue | undefined;
    try {
      const q = getAttr(m.fn, '__qualname__');
      n = isPending(q) ? yield* q : q;
    } catch {
      n = undefined;
    }
    if (typeof n !== 'string') {
      try {
        const q = getAttr(m.fn, '__name__');
        n = isPending(q) ? yield* q : q;
      } catch {
        n = '?';
      }
    }
    return typeof n === 'string' ? n : '?';
  })();
}

methodType.define(methodTable('method', {
  __get__: (a) => methOf(a[0]),
  __call__: (a, kw) => {
    const m = methOf(a[0]);
    return call(m.fn, [m.self, ...a.slice(1)], kw);
  },
  __repr__: (a) => {
    const m = methOf(a[0]);
    return (function* (): NativeGen {
      const name = (yield* methName(m)) as string;
      return yield* reprSelf(m, name);
    })();
  },
  __eq__: (a) => {
    const m = methOf(a[0]);
    const o = a[1];
    if (!(o instanceof PyMethod)) return notImpl();
    if (m.self !== o.self) return false;
    return ops.richCompare(m.fn, o.fn, ops.CmpOp.Eq);
  },
  __ne__: (a) => {
    const m = methOf(a[0]);
    const o = a[1];
    if (!(o instanceof PyMethod)) return notImpl();
    if (m.self !== o.self) return true;
    return ops.richCompare(m.fn, o.fn, ops.CmpOp.Ne);
  },
  __hash__: (a) => {
    const m = methOf(a[0]);
    const hs = ops.hash(m.fn);
    const idh = typeof m.self === 'object' ? ((identity(m.self) as number) | 0) : 0;
    if (isPending(hs)) return hs;
    return typeof hs === 'number' ? (hs ^ idh) : hs;
  },
}));

function notImpl(): PyValue {
  return NotImplementedRef;
}

import { NotImplemented as NotImplementedRef } from '../objects/builtin-types.js';
import { identityHash as identity } from '../objects/hash.js';

// ---- cell ------------------------------------------------------------------------------------------

defineGetSet(
  cellType,
  'cell_contents',
  (o) => {
    const v = (o as PyCell).value;
    if (v === undefined) throw pyErr(ValueErrorRef, 'Cell is empty');
    return v;
  },
  (o, v) => {
    (o as PyCell).value = v;
  },
);

cellType.define(methodTable('cell', {
  __repr__: (a) => {
    const c = a[0] as PyCell;
    if (c.value === undefined) return `<cell at ${addressOf(c)}: empty>`;
    const v = c.value;
    const where = v instanceof PyObject ? ` at ${addressOf(v)}` : '';
    return `<cell at ${addressOf(c)}: ${typeOf(v).name} object${where}>`;
  },
}));

import { ValueError as ValueErrorRef } from '../objects/exceptions.js';

export { AttributeError };
