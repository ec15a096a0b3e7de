// Binary and unary operators (CPython: Objects/abstract.c, binary_op1 / binary_iop1 / PyNumber_*).
//
// binaryOp(a, b, op): inline fast paths for int (number/bigint) and float operands; otherwise the
// language-reference dispatch: a.__op__(b), then b.__rop__(a) (first when type(b) is a proper
// subclass of type(a) overriding __rop__); NotImplemented means "try the other"; in-place ops try
// a.__iop__(b) first. When everything declines: CPython's TypeError, including the sequence
// messages ('can only concatenate str (not "int") to str', "can't multiply sequence by non-int...").

import { PyObject, isPending, settle, type NativeGen, type NativeResult, type PyValue } from './object.js';
import type { PyType } from './type.js';
import { typeOf, floatType, None, NotImplemented } from './builtin-types.js';
import { pyErr, TypeError, ZeroDivisionError } from './exceptions.js';
import { PyFloat } from './float.js';
import {
  intAdd, intSub, intMul, intFloorDiv, intMod, intAnd, intOr, intXor, intLShift, intRShift, intTrueDiv, intPow, normBig,
} from './int.js';
import { callUnbound } from './call.js';
import { BinOp, UnaryOp } from './ops.js';
import { isTrue } from './ops.js';

const SYMBOLS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];
const NAMES = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];
const DUNDER = NAMES.map((n) => `__${n}__`);
const RDUNDER = NAMES.map((n) => `__r${n}__`);
const IDUNDER = NAMES.map((n) => `__i${n}__`);

/** The operator's symbol as CPython's messages print it ('+', '+=', '** or pow()'). */
export function binOpSymbol(op: BinOp): string {
  const inplace = op >= BinOp.InplaceAdd;
  const base = inplace ? op - BinOp.InplaceAdd : op;
  if (base === BinOp.Power) return inplace ? '**=' : '** or pow()';
  return SYMBOLS[base] + (inplace ? '=' : '');
}

type Int = number | bigint;

/** int (op) int for exact ints (not bools: True & True is a bool). */
function intOp(a: Int, b: Int, op: number): PyValue | undefined {
  switch (op) {
    case BinOp.Add: return intAdd(a, b);
    case BinOp.Subtract: return intSub(a, b);
    case BinOp.Multiply: return intMul(a, b);
    case BinOp.FloorDivide: return intFloorDiv(a, b);
    case BinOp.Remainder: return intMod(a, b);
    case BinOp.And: return intAnd(a, b);
    case BinOp.Or: return intOr(a, b);
    case BinOp.Xor: return intXor(a, b);
    case BinOp.LShift: return intLShift(a, b);
    case BinOp.RShift: return intRShift(a, b);
    case BinOp.TrueDivide: return new PyFloat(intTrueDiv(a, b));
    case BinOp.Power: {
      const r = intPow(a, b);
      return 'int' in r ? r.int : new PyFloat(r.float);
    }
  }
  return undefined;
}

/** float (op) float for the cheap operators; undefined = let float's methods decide. */
function floatOp(x: number, y: number, op: number): PyValue | undefined {
  switch (op) {
    case BinOp.Add: return new PyFloat(x + y);
    case BinOp.Subtract: return new PyFloat(x - y);
    case BinOp.Multiply: return new PyFloat(x * y);
    case BinOp.TrueDivide:
      if (y === 0) throw pyErr(ZeroDivisionError, 'float division by zero');
      return new PyFloat(x / y);
  }
  return undefined;
}

function floatValue(v: PyValue): number | undefined {
  switch (typeof v) {
    case 'number': return v;
    case 'object': return (v as PyObject).type === floatType ? (v as PyFloat).value : undefined;
    case 'bigint': {
      const f = Number(v);
      return Number.isFinite(f) ? f : undefined;
    }
  }
  return undefined;
}

function strRepeat(s: string, n: number): string {
  return n <= 0 || s.length === 0 ? '' : s.repeat(n);
}

/** CPython: PyNumber_Add ... PyNumber_InPlaceXor, selected by op. */
export function binaryOp(a: PyValue, b: PyValue, op: BinOp): NativeResult {
  const base = op >= BinOp.InplaceAdd ? op - BinOp.InplaceAdd : op;
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === 'number' || ta === 'bigint') && (tb === 'number' || tb === 'bigint')) {
    if (ta === 'number' && tb === 'number' && base === BinOp.Add) {
      const r = (a as number) + (b as number);
      if (Number.isSafeInteger(r)) return r;
    }
    const r = intOp(a as Int, b as Int, base);
    if (r !== undefined) return r;
  } else if (ta === 'string') {
    if (tb === 'string' && base === BinOp.Add) return (a as string) + (b as string);
    if (tb === 'number' && base === BinOp.Multiply) return strRepeat(a as string, b as number);
  } else if (tb === 'string' && ta === 'number' && base === BinOp.Multiply) {
    return strRepeat(b as string, a as number);
  } else if (ta === 'object' || tb === 'object') {
    const x = floatValue(a);
    if (x !== undefined) {
      const y = floatValue(b);
      if (y !== undefined && (ta === 'object' || tb === 'object')) {
        const r = floatOp(x, y, base);
        if (r !== undefined) return r;
      }
    }
  }
  if (base !== op) {
    const f = typeOf(a).lookup(IDUNDER[base]);
    if (f !== undefined && f !== None) {
      const r = callUnbound(f, a, [b]);
      if (isPending(r)) return inplaceGen(r, a, b, op, base);
      if (r !== NotImplemented) return r;
    }
  }
  return binaryDispatch(a, b, op, base);
}

function* inplaceGen(g: NativeGen, a: PyValue, b: PyValue, op: BinOp, base: number): NativeGen {
  const r = yield* g;
  if (r !== NotImplemented) return r;
  return yield* settle(binaryDispatch(a, b, op, base));
}

/** The two method calls to try, in order (CPython: binary_op1's slotv/slotw rules). */
function plan(a: PyValue, b: PyValue, fwd: string, rev: string): [PyValue, PyValue, PyValue][] {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const fa = ta.lookup(fwd);
  const out: [PyValue, PyValue, PyValue][] = [];
  let fb: PyValue | undefined;
  if (tb !== ta) {
    fb = tb.lookup(rev);
    if (fb !== undefined && fb !== None && tb.isSubtypeOf(ta) && fb !== ta.lookup(rev)) {
      out.push([fb, b, a]);
      fb = undefined;
    }
  }
  if (fa !== undefined && fa !== None) out.push([fa, a, b]);
  if (fb !== undefined && fb !== None) out.push([fb, b, a]);
  return out;
}

function binaryDispatch(a: PyValue, b: PyValue, op: BinOp, base: number): NativeResult {
  const steps = plan(a, b, DUNDER[base], RDUNDER[base]);
  for (let i = 0; i < steps.length; i++) {
    const [f, self, other] = steps[i];
    const r = callUnbound(f, self, [other]);
    if (isPending(r)) return dispatchGen(r, steps, i, a, b, op, base);
    if (r !== NotImplemented) return r;
  }
  throw binaryError(a, b, op, base);
}

function* dispatchGen(g: NativeGen, steps: [PyValue, PyValue, PyValue][], i: number, a: PyValue, b: PyValue, op: BinOp, base: number): NativeGen {
  let r = yield* g;
  if (r !== NotImplemented) return r;
  for (i++; i < steps.length; i++) {
    const [f, self, other] = steps[i];
    r = yield* settle(callUnbound(f, self, [other]));
    if (r !== NotImplemented) return r;
  }
  throw binaryError(a, b, op, base);
}

const SEQ_NAMES = new Set(['str', 'list', 'tuple', 'bytes', 'bytearray', 'deque']);

/** The builtin sequence type `t` is or derives from (for CPython's sq_concat/sq_repeat messages). */
function seqBase(t: PyType): PyType | undefined {
  for (const m of t.mro) if (SEQ_NAMES.has(m.name) && !m.isHeapType) return m;
  return undefined;
}

function binaryError(a: PyValue, b: PyValue, op: BinOp, base: number) {
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (base === BinOp.Add) {
    const s = seqBase(ta);
    if (s !== undefined && s.name !== 'deque') {
      return pyErr(TypeError, `can only concatenate ${s.name} (not "${tb.name}") to ${s.name}`);
    }
  } else if (base === BinOp.Multiply) {
    if (seqBase(ta) !== undefined) return pyErr(TypeError, `can't multiply sequence by non-int of type '${tb.name}'`);
    if (seqBase(tb) !== undefined) return pyErr(TypeError, `can't multiply sequence by non-int of type '${ta.name}'`);
  }
  return pyErr(TypeError, `unsupported operand type(s) for ${binOpSymbol(op)}: '${ta.name}' and '${tb.name}'`);
}

/** pow(a, b, m) (CPython: PyNumber_Power with a modulus): a.__pow__(b, m), then b.__rpow__(a, m). */
export function ternaryPow(a: PyValue, b: PyValue, m: PyValue): NativeResult {
  if (m === None) return binaryOp(a, b, BinOp.Power);
  const ta = typeOf(a);
  const f = ta.lookup('__pow__');
  const tryRev = (): NativeResult => {
    const tb = typeOf(b);
    const g = tb !== ta ? tb.lookup('__rpow__') : undefined;
    if (g === undefined || g === None) throw powError(a, b, m);
    return afterNI(callUnbound(g, b, [a, m]), () => { throw powError(a, b, m); });
  };
  if (f === undefined || f === None) return tryRev();
  return afterNI(callUnbound(f, a, [b, m]), tryRev);
}

function powError(a: PyValue, b: PyValue, m: PyValue) {
  return pyErr(TypeError, `unsupported operand type(s) for ** or pow(): '${typeOf(a).name}', '${typeOf(b).name}', '${typeOf(m).name}'`);
}

/** r, or next() when r is NotImplemented (either may be pending). */
function afterNI(r: NativeResult, next: () => NativeResult): NativeResult {
  if (isPending(r)) {
    return (function* (): NativeGen {
      const v = yield* r;
      return v !== NotImplemented ? v : yield* settle(next());
    })();
  }
  return r !== NotImplemented ? r : next();
}

const UNARY = ['__neg__', '__pos__', '__invert__'];
const UNARY_SYM = ['-', '+', '~'];

/** CPython: PyNumber_Negative / Positive / Invert, and `not`. */
export function unaryOp(v: PyValue, op: UnaryOp): NativeResult {
  if (op === UnaryOp.Not) {
    const t = isTrue(v);
    if (typeof t === 'boolean') return !t;
    return notGen(t as NativeGen);
  }
  let n: Int | undefined;
  switch (typeof v) {
    case 'number': n = v; break;
    case 'bigint': n = v; break;
    case 'boolean': n = v ? 1 : 0; break;
  }
  if (n !== undefined) {
    if (op === UnaryOp.Positive) return n;
    if (typeof n === 'number') return op === UnaryOp.Negative ? 0 - n : normIntNum(-n - 1);
    return normBig(op === UnaryOp.Negative ? -n : -n - 1n);
  }
  if (typeof v === 'object' && (v as PyObject).type === floatType && op !== UnaryOp.Invert) {
    const x = (v as PyFloat).value;
    return new PyFloat(op === UnaryOp.Negative ? -x : x);
  }
  const t = typeOf(v);
  const f = t.lookup(UNARY[op]);
  if (f === undefined || f === None) throw pyErr(TypeError, `bad operand type for unary ${UNARY_SYM[op]}: '${t.name}'`);
  return callUnbound(f, v, []);
}

function normIntNum(x: number): Int {
  return Number.isSafeInteger(x) ? x : normBig(BigInt(x));
}

function* notGen(g: NativeGen): NativeGen {
  return !(yield* g);
}
