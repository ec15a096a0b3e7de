// Calling any Python value from native code (CPython: PyObject_Call, type_call, slot_tp_call,
// lookup_maybe_method + call_unbound).
//
//   call(fn, args, kwargs)          fn(*args, **kwargs) for any callable
//   callUnbound(f, self, args)      call `f`, found on type(self) by a type lookup, as a method of self
//                                   (how special methods are called: no instance dict, no bound method)
//   callSpecial(obj, name, args)    type(obj).name(obj, *args), or undefined when the type lacks it
//   callMethod(obj, name, args)     obj.name(*args) with full attribute lookup
//
// A Python function is never run here: calling one returns a generator that yields a CallRequest
// ({op: 'call'}), which the VM's driver turns into a frame push (DESIGN.md decision 2). Natives are
// called directly; their result (a value or a NativeGen) is passed through untouched.
// Exceptions may be thrown synchronously (argument errors) or from the returned generator.

import { PyObject, isPending, settle, type KwArgs, type NativeGen, type NativeResult, type PyValue } from './object.js';
import { PyType } from './type.js';
import { typeOf, typeType, strType, intType, None } from './builtin-types.js';
import { parseIntLiteral, invalidLiteral } from './int-parse.js';
import { functionType, methodType, PyFunction, PyMethod } from './function.js';
import { PyNativeFunction, methodDescriptorType, builtinFunctionType } from './native.js';
import { classmethodType, staticmethodType, PyClassMethod, PyStaticMethod } from './descriptors.js';
import { pyErr, TypeError } from './exceptions.js';
import { getAttr } from './attr.js';
import { objectInit, objectNew } from './object-methods.js';
import { typeCallFn } from './typeobject.js';

/** A call of a Python function, as a generator the VM drives (it yields one CallRequest). */
export function* callPy(fn: PyValue, args: PyValue[], kwargs: KwArgs): NativeGen {
  return yield { op: 'call', fn, args, kwargs };
}

/** CPython: PyObject_Call. */
export function call(fn: PyValue, args: PyValue[], kwargs: KwArgs): NativeResult {
  if (typeof fn === 'object') {
    const ft = fn.type;
    if (ft === functionType) return callPy(fn, args, kwargs);
    if (ft === methodDescriptorType || ft === builtinFunctionType) {
      const nf = fn as PyNativeFunction;
      return nf.self === undefined ? nf.fn(args, kwargs) : nf.fn([nf.self, ...args], kwargs);
    }
    if (ft === methodType) {
      const m = fn as PyMethod;
      return call(m.fn, [m.self, ...args], kwargs);
    }
    if (fn instanceof PyType) {
      // `type` itself is immutable: its __call__ is type_call (a metaclass may override it).
      if (ft === typeType || ft.lookup('__call__') === typeCallFn) return typeCall(fn, args, kwargs);
    }
  }
  const t = typeOf(fn);
  const c = t.lookup('__call__');
  if (c === undefined || c === None) throw pyErr(TypeError, `'${t.name}' object is not callable`);
  return callUnbound(c, fn, args, kwargs);
}

/**
 * Call `f` (found on type(self) by PyType.lookup) as a method of `self`. CPython: call_unbound after
 * lookup_maybe_method: functions and method descriptors get self prepended without creating a bound
 * method; other descriptors are bound through their __get__; plain callables are called as they are.
 */
export function callUnbound(f: PyValue, self: PyValue, args: PyValue[], kwargs: KwArgs = null): NativeResult {
  if (typeof f === 'object') {
    const ft = f.type;
    if (ft === functionType) return callPy(f, [self, ...args], kwargs);
    if (ft === methodDescriptorType) {
      const nf = f as PyNativeFunction;
      if (nf.self === undefined) return nf.fn([self, ...args], kwargs);
    } else if (ft === classmethodType) {
      return call(new PyMethod((f as PyClassMethod).fn, typeOf(self)), args, kwargs);
    } else if (ft === staticmethodType) {
      return call((f as PyStaticMethod).fn, args, kwargs);
    } else if (ft !== builtinFunctionType && ft !== methodType && !(f instanceof PyType)) {
      const g = ft.lookup('__get__');
      if (g !== undefined) {
        const bound = callUnbound(g, f, [self, typeOf(self)]);
        if (isPending(bound)) return callAfter(bound, args, kwargs);
        return call(bound, args, kwargs);
      }
    }
  }
  return call(f, args, kwargs);
}

function* callAfter(g: NativeGen, args: PyValue[], kwargs: KwArgs): NativeGen {
  const fn = yield* g;
  return yield* settle(call(fn, args, kwargs));
}

/** type(obj).name(obj, *args) (CPython: vectorcall_method / lookup_maybe_method); undefined if absent. */
export function callSpecial(obj: PyValue, name: string, args: PyValue[]): NativeResult | undefined {
  const f = typeOf(obj).lookup(name);
  if (f === undefined) return undefined;
  return callUnbound(f, obj, args);
}

/** obj.name(*args, **kwargs) with the full attribute rules (CPython: PyObject_CallMethod). */
export function callMethod(obj: PyValue, name: string, args: PyValue[], kwargs: KwArgs = null): NativeResult {
  const m = getAttr(obj, name);
  if (isPending(m)) return callAfter(m, args, kwargs);
  return call(m, args, kwargs);
}

/** Unwrap a `__new__` found on a type: staticmethod(f) -> f (type.__new__ wraps Python __new__). */
function newCallable(f: PyValue): PyValue {
  return typeof f === 'object' && f.type === staticmethodType ? (f as PyStaticMethod).fn : f;
}

/**
 * CPython: type_call. cls(*args, **kwargs): __new__, then __init__ when the result is an instance of cls.
 * Natives that define `__new__` on a builtin type: store a NON-binding native (nativeFunction) whose
 * args[0] is the class to instantiate; use `cls.alloc(cls)` so subclasses get the right layout.
 */
export function typeCall(cls: PyType, args: PyValue[], kwargs: KwArgs): NativeResult {
  if (args.length === 1 && kwargs === null) {
    // str(small int) / str(str) / int(str) / int(int): the hot cases (key building, parsing); the
    // slots of builtin types are immutable, so these are exactly what __new__ would do.
    const a = args[0];
    if (cls === strType) {
      if (typeof a === 'number') return String(a);
      if (typeof a === 'string') return a;
    } else if (cls === intType) {
      if (typeof a === 'number') return a;
      if (typeof a === 'string') {
        const r = parseIntLiteral(a, 10);
        if (r === undefined) throw invalidLiteral(a, 10);
        return r;
      }
    }
  }
  if (cls === typeType) {
    if (args.length === 1 && (kwargs === null || kwargs.size === 0)) return typeOf(args[0]);
    if (args.length !== 3) throw pyErr(TypeError, 'type() takes 1 or 3 arguments');
  }
  const nw = cls.lookup('__new__');
  if (nw === undefined) throw pyErr(TypeError, `cannot create '${cls.name}' instances`);
  const obj = nw === objectNew ? (objectNew as PyNativeFunction).fn([cls, ...args], kwargs) : call(newCallable(nw), [cls, ...args], kwargs);
  if (isPending(obj)) return typeCallGen(cls, obj, args, kwargs);
  return initAfterNew(cls, obj, args, kwargs);
}

function* typeCallGen(cls: PyType, g: NativeGen, args: PyValue[], kwargs: KwArgs): NativeGen {
  const obj = yield* g;
  return yield* settle(initAfterNew(cls, obj, args, kwargs));
}

function initAfterNew(cls: PyType, obj: PyValue, args: PyValue[], kwargs: KwArgs): NativeResult {
  const ot = typeOf(obj);
  if (!ot.isSubtypeOf(cls)) return obj;
  const init = ot.lookup('__init__');
  if (init === undefined) return obj;
  if (init === objectInit) {
    (objectInit as PyNativeFunction).fn([obj, ...args], kwargs);
    return obj;
  }
  const r = callUnbound(init, obj, args, kwargs);
  if (isPending(r)) return initGen(obj, r);
  if (r !== None) throw initResultError(r);
  return obj;
}

function* initGen(obj: PyValue, g: NativeGen): NativeGen {
  const r = yield* g;
  if (r !== None) throw initResultError(r);
  return obj;
}

function initResultError(r: PyValue) {
  return pyErr(TypeError, `__init__() should return None, not '${typeOf(r).name}'`);
}

/** True if `v` can be called (builtins.callable). */
export function isCallable(v: PyValue): boolean {
  if (typeof v !== 'object') return false;
  if (v instanceof PyFunction || v instanceof PyNativeFunction || v instanceof PyMethod || v instanceof PyType) return true;
  const c = (v as PyObject).type.lookup('__call__');
  return c !== undefined && c !== None;
}

/**
 * Delegates to g, tagging each call it requests with CPython's Py_EnterRecursiveCall text `where`, so a
 * RecursionError raised by that call reads "maximum recursion depth exceeded" + where.
 */
export function* guarded(g: NativeGen, where: string): NativeGen {
  let step = g.next(undefined as unknown as PyValue);
  for (;;) {
    if (step.done) return step.value;
    const req = step.value;
    if (req.op === 'call' && req.where === undefined) req.where = where;
    let v: PyValue;
    try {
      v = yield req;
    } catch (e) {
      step = g.throw(e);
      continue;
    }
    step = g.next(v);
  }
}
