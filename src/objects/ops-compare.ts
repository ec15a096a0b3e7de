// Rich comparison (CPython: Objects/object.c, do_richcompare / PyObject_RichCompare).
//
// Fast paths: int/bool/float against each other (JS compares number and bigint exactly), str against
// str (by code point, not UTF-16 unit). Otherwise: the reflected method of type(b) first when it is a
// proper subclass of type(a) that overrides it, then a.__op__(b), then b.__reflected__(a); when all
// return NotImplemented, == and != fall back to identity and the orderings raise CPython's
// "'<' not supported between instances of 'A' and 'B'".

import { PyObject, isPending, settle, type NativeGen, type NativeResult, type PyValue } from './object.js';
import { typeOf, floatType, NotImplemented } from './builtin-types.js';
import { pyErr, TypeError } from './exceptions.js';
import { PyFloat } from './float.js';
import { callUnbound, guarded } from './call.js';
import { CmpOp } from './ops.js';

const DUNDER = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const SWAPPED = [CmpOp.Gt, CmpOp.Ge, CmpOp.Eq, CmpOp.Ne, CmpOp.Lt, CmpOp.Le];
export const CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];

/** The value of an exact int/bool/float for comparison (not subclasses: they may override), or undefined. */
export function realOf(v: PyValue): number | bigint | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    case 'string':
      return undefined;
  }
  return (v as PyObject).type === floatType ? (v as PyFloat).value : undefined;
}

/** Compare two JS numbers/bigints with Python semantics (mixed number/bigint compare exactly). */
export function cmpReal(x: number | bigint, y: number | bigint, op: CmpOp): boolean {
  switch (op) {
    case CmpOp.Lt: return x < y;
    case CmpOp.Le: return x <= y;
    // eslint-disable-next-line eqeqeq
    case CmpOp.Eq: return x == y;
    // eslint-disable-next-line eqeqeq
    case CmpOp.Ne: return x != y;
    case CmpOp.Gt: return x > y;
    case CmpOp.Ge: return x >= y;
  }
}

/** Code point order of two JS strings: <0, 0, >0. */
export function strCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let c = a.charCodeAt(i);
    let d = b.charCodeAt(i);
    if (c !== d) {
      // Surrogates (0xD800-0xDFFF) encode code points >= 0x10000: move them above 0xE000-0xFFFF.
      if (c >= 0xd800 && d >= 0xd800) {
        c = c >= 0xe000 ? c - 0x800 : c + 0x2000;
        d = d >= 0xe000 ? d - 0x800 : d + 0x2000;
      }
      return c - d;
    }
  }
  return a.length - b.length;
}

function cmpNum(c: number, op: CmpOp): boolean {
  switch (op) {
    case CmpOp.Lt: return c < 0;
    case CmpOp.Le: return c <= 0;
    case CmpOp.Eq: return c === 0;
    case CmpOp.Ne: return c !== 0;
    case CmpOp.Gt: return c > 0;
    case CmpOp.Ge: return c >= 0;
  }
}

/** CPython: PyObject_RichCompare (the result may be any object). */
export function richCompare(a: PyValue, b: PyValue, op: CmpOp): NativeResult {
  const x = realOf(a);
  if (x !== undefined) {
    const y = realOf(b);
    if (y !== undefined) return cmpReal(x, y, op);
  } else if (typeof a === 'string' && typeof b === 'string') {
    return cmpNum(strCompare(a, b), op);
  }
  const ta = typeOf(a);
  const tb = typeOf(b);
  let checkedReverse = false;
  if (tb !== ta && tb.isSubtypeOf(ta)) {
    const f = tb.lookup(DUNDER[SWAPPED[op]]);
    if (f !== undefined && f !== ta.lookup(DUNDER[SWAPPED[op]])) {
      checkedReverse = true;
      const r = callUnbound(f, b, [a]);
      if (isPending(r)) return compareGen(r, a, b, op, 1, checkedReverse);
      if (r !== NotImplemented) return r;
    }
  }
  return compareFrom(a, b, op, 1, checkedReverse);
}

/** Steps 1 (a.__op__(b)) and 2 (b.__swapped__(a)), then the default. */
function compareFrom(a: PyValue, b: PyValue, op: CmpOp, step: number, checkedReverse: boolean): NativeResult {
  if (step === 1) {
    const f = typeOf(a).lookup(DUNDER[op]);
    if (f !== undefined) {
      const r = callUnbound(f, a, [b]);
      if (isPending(r)) return compareGen(r, a, b, op, 2, checkedReverse);
      if (r !== NotImplemented) return r;
    }
    step = 2;
  }
  if (step === 2 && !checkedReverse) {
    const f = typeOf(b).lookup(DUNDER[SWAPPED[op]]);
    if (f !== undefined) {
      const r = callUnbound(f, b, [a]);
      if (isPending(r)) return compareGen(r, a, b, op, 3, checkedReverse);
      if (r !== NotImplemented) return r;
    }
  }
  return compareDefault(a, b, op);
}

function* compareGen(g: NativeGen, a: PyValue, b: PyValue, op: CmpOp, next: number, checkedReverse: boolean): NativeGen {
  const r = yield* guarded(g, ' in comparison');
  if (r !== NotImplemented) return r;
  if (next === 3) return compareDefault(a, b, op);
  return yield* settle(compareFrom(a, b, op, next, checkedReverse));
}

function compareDefault(a: PyValue, b: PyValue, op: CmpOp): PyValue {
  if (op === CmpOp.Eq) return a === b;
  if (op === CmpOp.Ne) return a !== b;
  throw pyErr(TypeError, `'${CMP_SYMBOLS[op]}' not supported between instances of '${typeOf(a).name}' and '${typeOf(b).name}'`);
}
