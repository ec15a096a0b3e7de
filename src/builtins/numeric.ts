// Numeric builtins: abs, round, divmod, pow, hex, oct, bin, chr, ord, hash, id.
// CPython: Python/bltinmodule.c (builtin_abs, builtin_round, ...), Objects/floatobject.c (float___round__).
//
// Builtin int/float arguments take synchronous fast paths; anything else dispatches to its dunder
// method (__abs__, __round__, __divmod__, __index__ ...), which may be Python code (a NativeGen).

import { type PyValue, PyObject, settle } from '../objects/object.js';
import { None, NotImplemented, floatType, typeOf } from '../objects/builtin-types.js';
import { OverflowError, TypeError, ValueError, ZeroDivisionError, pyErr } from '../objects/exceptions.js';
import { PyFloat, pyFloat } from '../objects/float.js';
import { floatDivMod } from '../objects/float-methods.js';
import { pyTuple } from '../objects/tuple.js';
import { nativeFunction, type PyNativeFunction } from '../objects/native.js';
import { type Int, intAbs, intFloorDiv, intMod, intPowMod, intValue, normBig, toBig } from '../objects/int.js';
import { identityHash } from '../objects/hash.js';
import { callSpecial } from '../objects/call.js';
import * as ops from '../objects/ops.js';
import { BinOp } from '../objects/ops.js';
import { checkCount, noKwargs, oneArg, signature, typeName } from './args.js';
import { asIndex, intFromDouble, toIndex } from './num.js';
import { frexp } from './float-math.js';

const isExactFloat = (v: PyValue): v is PyFloat => v instanceof PyFloat && v.type === floatType;

// ---- abs ----

export const abs = nativeFunction('abs', (args, kwargs) => {
  const v = oneArg('abs', args, kwargs);
  if (typeof v === 'number') return Math.abs(v);
  const i = typeof v === 'object' ? undefined : intValue(v);
  if (i !== undefined) return intAbs(i);
  if (isExactFloat(v)) return pyFloat(Math.abs(v.value));
  const r = callSpecial(v, '__abs__', []);
  if (r === undefined) throw pyErr(TypeError, `bad operand type for abs(): '${typeName(v)}'`);
  return r;
});

// ---- round ----

/** Round half to even on an exact rational num/den (den > 0). */
function roundHalfEven(num: bigint, den: bigint): bigint {
  let q = num / den;
  let r = num % den;
  if (r < 0n) {
    q -= 1n;
    r += den;
  }
  const twice = 2n * r;
  if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  return q;
}

/** float.__round__ with ndigits: correctly rounded, half to even on the exact binary value (CPython: double_round). */
export function roundFloat(x: number, nd: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (nd > 323) return x;
  if (nd < -308) return 0.0 * x;
  const [m, e] = frexp(x);
  // x = M * 2**E exactly, M a 53-bit integer
  const M = BigInt(m * 2 ** 53);
  const E = e - 53;
  let num = M;
  let den = 1n;
  if (E >= 0) num <<= BigInt(E);
  else den <<= BigInt(-E);
  if (nd >= 0) num *= 10n ** BigInt(nd);
  else den *= 10n ** BigInt(-nd);
  const q = roundHalfEven(num, den);
  const r = Number(`${q}e${-nd}`);
  if (!Number.isFinite(r)) throw pyErr(OverflowError, 'overflow occurred during round');
  return r === 0 && x < 0 ? -0 : r;
}

/** int.__round__ with ndigits (negative ndigits round to tens, half to even). */
function roundInt(n: Int, nd: Int): Int {
  if (nd >= 0) return n;
  const p = 10n ** toBig(-nd as Int);
  const q = roundHalfEven(toBig(n), p);
  return normBig(q * p);
}

/** float -> int, half to even (round(x) with no ndigits). */
function roundToInt(x: number): Int {
  if (Number.isNaN(x)) throw pyErr(ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw pyErr(OverflowError, 'cannot convert float infinity to integer');
  let r = Math.round(x);
  if (r - x === 0.5 && r % 2 !== 0) r -= 1;
  return intFromDouble(r);
}

const roundSig = signature('round', 'number, ndigits=None');
export const round = nativeFunction('round', (args, kwargs) => {
  const [number, ndArg] = roundSig.parse(args, kwargs);
  const v = number as PyValue;
  const nd = ndArg === undefined || ndArg === None ? undefined : ndArg;
  if (nd === undefined) {
    if (typeof v === 'number') return v;
    if (isExactFloat(v)) return roundToInt(v.value);
  } else if (typeof v === 'number' || typeof v === 'bigint' || isExactFloat(v)) {
    const apply = (n: Int): PyValue =>
      isExactFloat(v) ? pyFloat(roundFloat(v.value, typeof n === 'bigint' ? (n > 0n ? 400 : -400) : n)) : roundInt(v as Int, n);
    const n = asIndex(nd);
    if (n !== undefined) return apply(n);
    return (function* () {
      return apply(yield* toIndex(nd));
    })();
  }
  const meth = typeOf(v).lookup('__round__');
  if (meth === undefined) throw pyErr(TypeError, `type ${typeName(v)} doesn't define __round__ method`);
  return ops.call(meth, nd === undefined ? [v] : [v, nd], null);
});

// ---- divmod / pow ----

function floatDivmod(x: number, y: number): PyValue {
  const [floordiv, mod] = floatDivMod(x, y, 'float divmod()');
  return pyTuple([pyFloat(floordiv), pyFloat(mod)]);
}

function* binaryDunder(a: PyValue, b: PyValue, name: string, rname: string, opname: string): Generator<any, PyValue, PyValue> {
  const ta = typeOf(a);
  const tb = typeOf(b);
  // Reflected first when b's type is a proper subclass of a's that overrides the reflected method.
  const rfirst = tb !== ta && tb.isSubtypeOf(ta) && tb.lookup(rname) !== undefined && tb.lookup(rname) !== ta.lookup(rname);
  const tries: [PyValue, string, PyValue][] = rfirst
    ? [[b, rname, a], [a, name, b]]
    : tb === ta ? [[a, name, b]] : [[a, name, b], [b, rname, a]];
  for (const [self, n, other] of tries) {
    const r = callSpecial(self, n, [other]);
    if (r === undefined) continue;
    const v = yield* settle(r);
    if (v !== NotImplemented) return v;
  }
  throw pyErr(TypeError, `unsupported operand type(s) for ${opname}: '${ta.name}' and '${tb.name}'`);
}

export const divmod = nativeFunction('divmod', (args, kwargs) => {
  noKwargs('divmod', kwargs);
  checkCount('divmod', args, 2, 2);
  const [a, b] = args;
  const ia = typeof a === 'object' ? undefined : intValue(a);
  const ib = typeof b === 'object' ? undefined : intValue(b);
  if (ia !== undefined && ib !== undefined) {
    if (ib === 0 || ib === 0n) throw pyErr(ZeroDivisionError, 'integer division or modulo by zero');
    return pyTuple([intFloorDiv(ia, ib), intMod(ia, ib)]);
  }
  const fa = ia !== undefined ? Number(ia) : isExactFloat(a) ? a.value : undefined;
  const fb = ib !== undefined ? Number(ib) : isExactFloat(b) ? b.value : undefined;
  if (fa !== undefined && fb !== undefined) return floatDivmod(fa, fb);
  return binaryDunder(a, b, '__divmod__', '__rdivmod__', 'divmod()');
});

const powSig = signature('pow', 'base, exp, mod=None');
export const pow = nativeFunction('pow', (args, kwargs) => {
  const [base, exp, mod] = powSig.parse(args, kwargs) as PyValue[];
  if (mod === undefined || mod === None) return ops.binaryOp(base, exp, BinOp.Power);
  const ib = intValue(base);
  const ie = intValue(exp);
  const im = intValue(mod);
  if (ib !== undefined && ie !== undefined && im !== undefined) return intPowMod(ib, ie, im);
  if (base instanceof PyFloat || exp instanceof PyFloat || mod instanceof PyFloat) {
    if ((base instanceof PyFloat || ib !== undefined) && (exp instanceof PyFloat || ie !== undefined)) {
      throw pyErr(TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
    }
  }
  const r = callSpecial(base, '__pow__', [exp, mod]);
  if (r === undefined) {
    throw pyErr(TypeError, `unsupported operand type(s) for ** or pow(): '${typeName(base)}', '${typeName(exp)}', '${typeName(mod)}'`);
  }
  return r;
});

// ---- hex / oct / bin ----

function radix(name: string, base: number, prefix: string): PyNativeFunction {
  const fmt = (i: Int) => {
    const neg = i < 0;
    const digits = (neg ? -toBig(i) : toBig(i)).toString(base);
    return (neg ? '-' : '') + prefix + digits;
  };
  return nativeFunction(name, (args, kwargs) => {
    const v = oneArg(name, args, kwargs);
    if (typeof v === 'number') return v < 0 ? '-' + prefix + (-v).toString(base) : prefix + v.toString(base);
    const i = asIndex(v);
    if (i !== undefined) return fmt(i);
    return (function* () {
      return fmt(yield* toIndex(v));
    })();
  });
}

export const hex = radix('hex', 16, '0x');
export const oct = radix('oct', 8, '0o');
export const bin = radix('bin', 2, '0b');

// ---- chr / ord ----

function chrOf(i: Int): string {
  if (typeof i === 'bigint') throw pyErr(OverflowError, 'Python int too large to convert to C int');
  if (i < 0 || i > 0x10ffff) {
    if (i > 2147483647 || i < -2147483648) throw pyErr(OverflowError, 'Python int too large to convert to C int');
    throw pyErr(ValueError, 'chr() arg not in range(0x110000)');
  }
  return String.fromCodePoint(i);
}

export const chr = nativeFunction('chr', (args, kwargs) => {
  const v = oneArg('chr', args, kwargs);
  const i = asIndex(v);
  if (i !== undefined) return chrOf(i);
  return (function* () {
    return chrOf(yield* toIndex(v));
  })();
});

/** Hook for bytes/bytearray (their file registers it): the byte value of a length-1 bytes, or a length. */
export const ordHooks: ((v: PyValue) => { len: number; code?: number } | undefined)[] = [];

export const ord = nativeFunction('ord', (args, kwargs) => {
  const v = oneArg('ord', args, kwargs);
  if (typeof v === 'string') {
    const cp = v.codePointAt(0);
    if (cp !== undefined && v.length === (cp > 0xffff ? 2 : 1)) return cp;
    const n = Array.from(v).length;
    throw pyErr(TypeError, `ord() expected a character, but string of length ${n} found`);
  }
  for (const h of ordHooks) {
    const r = h(v);
    if (r === undefined) continue;
    if (r.code !== undefined) return r.code;
    throw pyErr(TypeError, `ord() expected a character, but string of length ${r.len} found`);
  }
  throw pyErr(TypeError, `ord() expected string of length 1, but ${typeName(v)} found`);
});

// ---- hash / id ----

export const hash = nativeFunction('hash', (args, kwargs) => ops.hash(oneArg('hash', args, kwargs)));

const primitiveIds = new Map<PyValue, number>();
let nextPrimitiveId = 1;
/** id(v): stable for the object's lifetime; equal for equal small ints and identical strings. */
export function idOf(v: PyValue): number {
  if (v instanceof PyObject) return identityHash(v) * 16;
  let id = primitiveIds.get(v);
  if (id === undefined) {
    id = 0x7e0000000 + (nextPrimitiveId++) * 32;
    primitiveIds.set(v, id);
  }
  return id;
}

export const id = nativeFunction('id', (args, kwargs) => idOf(oneArg('id', args, kwargs)));

export const numericBuiltins: PyNativeFunction[] = [abs, round, divmod, pow, hex, oct, bin, chr, ord, hash, id];
