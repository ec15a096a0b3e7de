// super (CPython: Objects/typeobject.c, super_init / super_getattro).
//
// super(type, obj) / super(type, type2) / super(type) and the zero-argument form. Zero-argument
// super() reads the calling Python frame: its first argument (localsplus slot 0, or the cell that
// captured it) and its `__class__` free variable (the cell the compiler creates for methods that
// mention super or __class__; type.__new__ fills it from __classcell__). This works because the VM
// calls natives synchronously with the caller as the thread's top frame.
// Attribute lookup on a super object searches type(obj).__mro__ after `type`, binding what it finds
// to obj (or to the class, for super(type, type2)).

import { PyObject, type PyValue, type NativeResult } from './object.js';
import { PyType } from './type.js';
import { builtinType, typeOf, None } from './builtin-types.js';
import { functionType, PyMethod, PyCell } from './function.js';
import { PyNativeFunction, nativeFunction, methodDescriptorType, builtinFunctionType, methodTable } from './native.js';
import { classmethodType, staticmethodType, PyClassMethod, PyStaticMethod, defineGetSet } from './descriptors.js';
import { pyErr, TypeError, RuntimeError } from './exceptions.js';
import { genericGetAttr, noAttr, bindNative } from './attr.js';
import { callUnbound } from './call.js';
import { currentThread } from '../vm/thread.js';
import { repr } from './ops.js';

export const superType = builtinType('super');

export class PySuper extends PyObject {
  thisType: PyType | null = null;
  obj: PyValue | null = null;
  objType: PyType | null = null;
}
superType.alloc = (t) => new PySuper(t);

/** CPython: supercheck. The type whose MRO is searched. */
function superCheck(type: PyType, obj: PyValue): PyType {
  if (obj instanceof PyType && obj.isSubtypeOf(type)) return obj;
  const t = typeOf(obj);
  if (t.isSubtypeOf(type)) return t;
  throw pyErr(TypeError, 'super(type, obj): obj must be an instance or subtype of type');
}

/** CPython: super_init_without_args. [__class__, first argument] of the calling frame. */
function zeroArgs(): [PyType, PyValue] {
  const th = currentThread();
  const f = th?.frame;
  const co = f?.code;
  if (!th || !f || !co) throw pyErr(RuntimeError, 'super(): no current frame');
  if (co.argcount === 0) throw pyErr(RuntimeError, 'super(): no arguments');
  let first = th.stack[f.base];
  for (let i = 0; i < co.cellvars.length; i++) {
    if (co.cell2arg[i] === 0) first = (th.stack[f.base + co.nlocals + i] as PyCell).value;
  }
  if (first === undefined) throw pyErr(RuntimeError, 'super(): arg[0] deleted');
  const k = co.freevars.indexOf('__class__');
  if (k < 0) throw pyErr(RuntimeError, 'super(): __class__ cell not found');
  const cell = th.stack[f.base + co.nlocals + co.cellvars.length + k] as PyCell | undefined;
  const cls = cell?.value;
  if (cls === undefined) throw pyErr(RuntimeError, 'super(): empty __class__ cell');
  if (!(cls instanceof PyType)) throw pyErr(RuntimeError, `super(): __class__ is not a type (${typeOf(cls).name})`);
  return [cls, first];
}

function superInit(self: PySuper, args: PyValue[]): void {
  let type: PyValue;
  let obj: PyValue | null = null;
  if (args.length === 0) {
    [type, obj] = zeroArgs();
  } else {
    if (args.length > 2) throw pyErr(TypeError, `super() takes at most 2 arguments (${args.length} given)`);
    type = args[0];
    if (args.length === 2) obj = args[1] === None ? null : args[1];
  }
  if (!(type instanceof PyType)) throw pyErr(TypeError, `super() argument 1 must be a type, not ${typeOf(type).name}`);
  self.thisType = type;
  self.obj = obj;
  self.objType = obj === null ? null : superCheck(type, obj);
}

/** CPython: super_getattro. `undefined` = not found on the MRO (caller falls back to generic). */
export function superLookup(s: PySuper, name: string): NativeResult | undefined {
  const st = s.objType;
  if (st === null || name === '__class__' || s.thisType === null) return undefined;
  const mro = st.mro;
  let i = mro.indexOf(s.thisType);
  if (i < 0) return undefined;
  for (i++; i < mro.length; i++) {
    const res = mro[i].ns.get(name);
    if (res === undefined) continue;
    if (typeof res !== 'object') return res;
    const obj = s.obj as PyValue;
    const inst: PyValue = obj === st ? None : obj;
    const dt = res.type;
    if (dt === functionType) return inst === None ? res : new PyMethod(res, inst);
    if (dt === methodDescriptorType) return inst === None ? res : bindNative(res as PyNativeFunction, inst);
    if (dt === classmethodType) return new PyMethod((res as PyClassMethod).fn, st);
    if (dt === staticmethodType) return (res as PyStaticMethod).fn;
    if (dt === builtinFunctionType) return res;
    const g = dt.lookup('__get__');
    return g === undefined ? res : callUnbound(g, res, [inst, st]);
  }
  return undefined;
}

superType.define(methodTable('super', {
  __new__: nativeFunction('__new__', (a) => {
    const cls = a[0] as PyType;
    return cls.alloc(cls);
  }),
  __init__: (a, kw) => {
    if (kw !== null && kw.size > 0) throw pyErr(TypeError, 'super() takes no keyword arguments');
    superInit(a[0] as PySuper, a.slice(1));
    return None;
  },
  __getattribute__: (a) => {
    const s = a[0] as PySuper;
    const name = a[1];
    if (typeof name !== 'string') throw pyErr(TypeError, `attribute name must be string, not '${typeOf(name).name}'`);
    const r = superLookup(s, name);
    if (r !== undefined) return r;
    const g = genericGetAttr(s, superType, name);
    if (g === undefined) throw noAttr(s, name);
    return g;
  },
  __get__: (a) => {
    const s = a[0] as PySuper;
    const obj = a[1];
    if (obj === undefined || obj === None || s.obj !== null) return s;
    const n = new PySuper(superType);
    superInit(n, [s.thisType as PyType, obj]);
    return n;
  },
  __repr__: function* (a) {
    const s = a[0] as PySuper;
    const t = s.thisType ? ((yield* reprOf(s.thisType)) as string) : 'NULL';
    if (s.objType === null) return `<super: ${t}, NULL>`;
    return `<super: ${t}, <${s.objType.name} object>>`;
  },
  __doc__: 'super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\nsuper(type, obj) -> bound super object; requires isinstance(obj, type)\nsuper(type, type2) -> bound super object; requires issubclass(type2, type)',
}));

function* reprOf(v: PyValue) {
  const r = repr(v);
  return typeof r === 'string' ? r : yield* (r as Generator<any, PyValue, any>);
}

defineGetSet(superType, '__thisclass__', (s) => (s as PySuper).thisType ?? None);
defineGetSet(superType, '__self__', (s) => (s as PySuper).obj ?? None);
defineGetSet(superType, '__self_class__', (s) => (s as PySuper).objType ?? None);
