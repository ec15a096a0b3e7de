// The abstract object protocol (CPython: Objects/abstract.c, Objects/object.c): what the VM, the
// builtins and the stdlib call to operate on any Python value. Each function takes fast paths for
// the builtin types inline and otherwise dispatches through the type's dunder methods (type.lookup),
// with CPython's rules (reflected operands, NotImplemented, data descriptors before instance dict...).
//
// Every function may run Python code, so each returns a NativeResult (object.ts): the value, or a
// NativeGen the caller must drive (from a generator native: `yield* settle(r)`; from the VM: a native
// frame). Fast paths return plain values and allocate nothing.
//
// OWNER: the object-protocol engineer. The signatures below are the contract other files code against;
// keep them stable (add functions freely).

import type { KwArgs, NativeResult, PyValue } from './object.js';

/** Operator numbering shared by the compiler (BINARY_OP's argument) and the VM. CPython 3.11: NB_*. */
export const enum BinOp {
  Add, And, FloorDivide, LShift, MatMul, Multiply, Remainder, Or, Power, RShift, Subtract, TrueDivide, Xor,
  InplaceAdd, InplaceAnd, InplaceFloorDivide, InplaceLShift, InplaceMatMul, InplaceMultiply,
  InplaceRemainder, InplaceOr, InplacePower, InplaceRShift, InplaceSubtract, InplaceTrueDivide, InplaceXor,
}

/** COMPARE_OP's argument. CPython: Py_LT ... Py_GE. */
export const enum CmpOp { Lt, Le, Eq, Ne, Gt, Ge }

export const enum UnaryOp { Negative, Positive, Invert, Not }

const todo = (what: string): never => {
  throw new Error(`ops.${what} not implemented yet`);
};

/** CPython: PyObject_GetAttr. Raises AttributeError in CPython's words. */
export function getAttr(obj: PyValue, name: string): NativeResult { return todo('getAttr'); }
/** Like getAttr but yields `undefined` instead of raising AttributeError (hasattr, getattr default). */
export function getAttrOpt(obj: PyValue, name: string): NativeResult | undefined { return todo('getAttrOpt'); }
/** CPython: PyObject_SetAttr. Result is None. */
export function setAttr(obj: PyValue, name: string, value: PyValue): NativeResult { return todo('setAttr'); }
/** CPython: PyObject_DelAttr (setattr with NULL). */
export function delAttr(obj: PyValue, name: string): NativeResult { return todo('delAttr'); }

/** CPython: PyObject_Call. Calling a Python function from native code yields a CallRequest. */
export function call(fn: PyValue, args: PyValue[], kwargs: KwArgs): NativeResult { return todo('call'); }

/** CPython: PyNumber_Add and friends, selected by op (in-place variants try __iadd__ first). */
export function binaryOp(a: PyValue, b: PyValue, op: BinOp): NativeResult { return todo('binaryOp'); }
export function unaryOp(v: PyValue, op: UnaryOp): NativeResult { return todo('unaryOp'); }
/** CPython: PyObject_RichCompare (returns the object, not necessarily a bool). */
export function richCompare(a: PyValue, b: PyValue, op: CmpOp): NativeResult { return todo('richCompare'); }
/** CPython: PyObject_IsTrue. Result is a JS boolean. */
export function isTrue(v: PyValue): boolean | NativeResult { return todo('isTrue'); }
/** `item in container` (CPython: PySequence_Contains). Result is a JS boolean. */
export function contains(container: PyValue, item: PyValue): boolean | NativeResult { return todo('contains'); }

export function getItem(obj: PyValue, key: PyValue): NativeResult { return todo('getItem'); }
export function setItem(obj: PyValue, key: PyValue, value: PyValue): NativeResult { return todo('setItem'); }
export function delItem(obj: PyValue, key: PyValue): NativeResult { return todo('delItem'); }
/** CPython: PyObject_Size. Result is a JS number. */
export function len(v: PyValue): NativeResult { return todo('len'); }

/** CPython: PyObject_GetIter. */
export function getIter(v: PyValue): NativeResult { return todo('getIter'); }
/** CPython: PyIter_Next. `undefined` means exhausted (no StopIteration is created on the fast path). */
export function iterNext(it: PyValue): NativeResult | undefined { return todo('iterNext'); }

/** CPython: PyObject_Repr / PyObject_Str / PyObject_Hash / PyObject_Format. Results are JS values. */
export function repr(v: PyValue): NativeResult { return todo('repr'); }
export function str(v: PyValue): NativeResult { return todo('str'); }
export function hash(v: PyValue): NativeResult { return todo('hash'); }
export function format(v: PyValue, spec: string): NativeResult { return todo('format'); }

/** isinstance / issubclass with __instancecheck__/__subclasscheck__ and tuples of types. */
export function isInstance(v: PyValue, cls: PyValue): boolean | NativeResult { return todo('isInstance'); }
export function isSubclass(sub: PyValue, cls: PyValue): boolean | NativeResult { return todo('isSubclass'); }
