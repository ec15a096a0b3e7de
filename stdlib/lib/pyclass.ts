// Helpers for stdlib modules whose classes CPython writes in Python (logging, argparse): such classes
// are created here exactly as a class statement creates them (type.__new__ -> a heap type), so Python
// code can subclass them, override any method, set class attributes, and call `super().__init__()`.
// Their methods are natives (nativeMethod: args[0] is self); a method that may run Python code is a
// generator native (object.ts), so the calling thread stays preemptible inside it.
//
// Also small generator helpers for reading/writing attributes and calling methods from natives.

import { PyObject, isPending, settle, type KwArgs, type NativeGen, type NativeResult, type PyValue } from '../../src/objects/object.js';
import { PyType } from '../../src/objects/type.js';
import { typeType, None } from '../../src/objects/builtin-types.js';
import { PyDict } from '../../src/objects/dict.js';
import { pyTuple } from '../../src/objects/tuple.js';
import { nativeMethod, type NativeFn } from '../../src/objects/native.js';
import { typeNew } from '../../src/objects/typeobject.js';
import * as ops from '../../src/objects/ops.js';
import { CmpOp } from '../../src/objects/ops.js';
import { PyList } from '../../src/objects/list.js';
import { toArray } from '../../src/objects/seq.js';

/** Drive a NativeResult that must not suspend (class creation with native members only). */
export function runSync(r: NativeResult): PyValue {
  if (!isPending(r)) return r;
  const s = r.next();
  if (!s.done) throw new Error('pyts: unexpected suspension while creating a stdlib class');
  return s.value;
}

export type Members = Record<string, PyValue | NativeFn>;

/**
 * `class NAME(*bases): ...` in module `module`. Function members become methods (nativeMethod);
 * other values are stored as they are (class attributes, classmethod/staticmethod/property objects).
 */
export function defineClass(module: string, name: string, bases: PyType[], members: Members, doc?: string): PyType {
  const ns = new PyDict();
  ns.setStr('__module__', module);
  ns.setStr('__qualname__', name);
  if (doc !== undefined) ns.setStr('__doc__', doc);
  for (const [k, v] of Object.entries(members)) {
    ns.setStr(k, typeof v === 'function' ? nativeMethod(name, k, v) : v);
  }
  return runSync(typeNew.fn([typeType, name, pyTuple(bases), ns], null)) as PyType;
}

/** `obj.name` inside a generator native. */
export function* getA(obj: PyValue, name: string): Generator<any, PyValue, any> {
  return yield* settle(ops.getAttr(obj, name));
}

/** `getattr(obj, name, undefined)`. */
export function* getOpt(obj: PyValue, name: string): Generator<any, PyValue | undefined, any> {
  const r = ops.getAttrOpt(obj, name);
  if (r === undefined) return undefined;
  return (yield* settle(r as NativeResult)) as PyValue | undefined;
}

/** `obj.name = v`. */
export function* setA(obj: PyValue, name: string, v: PyValue): Generator<any, void, any> {
  yield* settle(ops.setAttr(obj, name, v));
}

/** `obj.name(*args, **kwargs)`. */
export function* callM(obj: PyValue, name: string, args: PyValue[] = [], kwargs: KwArgs = null): Generator<any, PyValue, any> {
  return yield* settle(ops.callMethod(obj, name, args, kwargs));
}

/** `fn(*args, **kwargs)`. */
export function* callF(fn: PyValue, args: PyValue[] = [], kwargs: KwArgs = null): Generator<any, PyValue, any> {
  return yield* settle(ops.call(fn, args, kwargs));
}

/** `str(v)` / `repr(v)` as JS strings. */
export function* strOf(v: PyValue): Generator<any, string, any> {
  if (typeof v === 'string') return v;
  return (yield* settle(ops.str(v))) as string;
}
export function* reprOf(v: PyValue): Generator<any, string, any> {
  return (yield* settle(ops.repr(v))) as string;
}
export function* truth(v: PyValue): Generator<any, boolean, any> {
  const r = ops.isTrue(v);
  return typeof r === 'boolean' ? r : ((yield* settle(r as NativeResult)) as unknown as boolean);
}
/** `a == b` as a JS boolean, with PyObject_RichCompareBool's identity shortcut. */
export function* eq(a: PyValue, b: PyValue): Generator<any, boolean, any> {
  if (a === b) return true;
  return yield* truth((yield* settle(ops.richCompare(a, b, CmpOp.Eq))) as PyValue);
}

/** The value of a result that may still be running: a NativeResult, or toArray's `PyValue[] | NativeGen`. */
export function* drive<T = PyValue>(r: unknown): Generator<any, T, any> {
  if (Array.isArray(r) || typeof r !== 'object' || r === null || r instanceof PyObject) return r as T;
  return (yield* (r as NativeGen)) as unknown as T;
}

/** The instance dict's value for `name` (plain data attributes set by __init__), or undefined. */
export function field(obj: PyValue, name: string): PyValue | undefined {
  return obj instanceof PyObject && obj.dict !== null ? obj.dict.getStr(name) : undefined;
}

/** Set a plain instance attribute directly (only for instances of classes made by defineClass). */
export function setField(obj: PyValue, name: string, v: PyValue): void {
  const o = obj as PyObject;
  (o.dict ??= new PyDict()).setStr(name, v);
}

export type G<T = PyValue> = Generator<any, T, any>;
export { None, type NativeGen };

/** `list(v)` as a JS array (a list's items are copied). */
export function* itemsOf(v: PyValue): Generator<any, PyValue[], any> {
  if (v instanceof PyList) return v.items.slice();
  const r = toArray(v);
  return Array.isArray(r) ? r : ((yield* (r as unknown as Generator<any, PyValue[], any>)) as PyValue[]);
}

/** `x in container` as a JS boolean. */
export function* containsOf(container: PyValue, x: PyValue): Generator<any, boolean, any> {
  const r = ops.contains(container, x) as unknown;
  if (typeof r === 'boolean') return r;
  return (yield* settle(r as NativeResult)) as unknown as boolean;
}
