// The `math` module (CPython: Modules/mathmodule.c). Float functions convert their arguments like
// PyFloat_AsDouble (int, float, then __float__/__index__ — the latter may run Python code, so those
// paths are generator natives); integer functions use __index__. The double algorithms live in
// lib/float-math.ts; this file is argument handling and the module's namespace.

import { type NativeResult, type PyValue, PyObject, settle } from '../src/objects/object.js';
import { None, typeOf } from '../src/objects/builtin-types.js';
import { OverflowError, TypeError, ValueError, ZeroDivisionError, pyErr } from '../src/objects/exceptions.js';
import { PyFloat, pyFloat } from '../src/objects/float.js';
import { pyTuple } from '../src/objects/tuple.js';
import { nativeFunction, type PyNativeFunction } from '../src/objects/native.js';
import * as ops from '../src/objects/ops.js';
import { BinOp } from '../src/objects/ops.js';
import { checkCount, noKwargs, oneArg, signature } from '../src/builtins/args.js';
import {
  type Int, asDouble, asIndex, bitLength, intFromDouble, isInt, normBig, toBig, toDouble, toIndex,
} from '../src/builtins/num.js';
import { toArray } from '../src/builtins/iterate.js';
import * as fm from '../src/builtins/float-math.js';
import { defineModule } from './index.js';

/** Run a float algorithm, mapping MathError to Python exceptions. */
function guard(f: () => number): number {
  try {
    return f();
  } catch (e) {
    if (e instanceof fm.MathError) {
      if (e.kind === 'range' || e.kind === 'overflow') throw pyErr(OverflowError, e.message);
      throw pyErr(ValueError, e.message);
    }
    throw e;
  }
}

/** A one-argument float function: fast path for int/float, generator path for __float__ objects. */
function float1(name: string, f: (x: number) => number, canOverflow = false): PyNativeFunction {
  const apply = (x: number) => pyFloat(guard(() => fm.math1(x, f, canOverflow)));
  return nativeFunction(name, (args, kwargs) => {
    const v = oneArg(name, args, kwargs);
    const x = asDouble(v);
    if (x !== undefined) return apply(x);
    return (function* () {
      return apply(yield* toDouble(v));
    })();
  });
}

/** A two-argument float function (CPython: math_2 callers). */
function float2(name: string, f: (x: number, y: number) => number, raw = false): PyNativeFunction {
  const apply = (x: number, y: number) => pyFloat(guard(() => (raw ? f(x, y) : fm.math2(x, y, f))));
  return nativeFunction(name, (args, kwargs) => {
    noKwargs(name, kwargs);
    checkCount(name, args, 2, 2);
    const x = asDouble(args[0]);
    const y = asDouble(args[1]);
    if (x !== undefined && y !== undefined) return apply(x, y);
    return (function* () {
      return apply(yield* toDouble(args[0]), yield* toDouble(args[1]));
    })();
  });
}

// ---- rounding: floor / ceil / trunc ----

function floatToInt(d: number): Int {
  if (Number.isNaN(d)) throw pyErr(ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(d)) throw pyErr(OverflowError, 'cannot convert float infinity to integer');
  return intFromDouble(d);
}

function rounder(name: string, dunder: string, f: (x: number) => number): PyNativeFunction {
  return nativeFunction(name, (args, kwargs) => {
    const v = oneArg(name, args, kwargs);
    if (isInt(v)) return typeof v === 'boolean' ? (v ? 1 : 0) : v;
    if (v instanceof PyFloat && v.type === typeOf(pyFloat(0))) return floatToInt(f(v.value));
    const meth = v instanceof PyObject ? typeOf(v).lookup(dunder) : undefined;
    if (meth !== undefined) return ops.call(meth, [v], null);
    if (name === 'trunc') throw pyErr(TypeError, `type ${typeOf(v).name} doesn't define __trunc__ method`);
    return (function* () {
      return floatToInt(f(yield* toDouble(v)));
    })();
  });
}

// ---- logarithms (ints of any size, CPython: loghelper) ----

function logOf(v: PyValue, f: (x: number) => number): number | undefined {
  if (typeof v === 'bigint') {
    if (v <= 0n) throw pyErr(ValueError, 'math domain error');
    const d = Number(v);
    if (Number.isFinite(d)) return fm.math1(d, f, false);
    // x = m * 2**e with m in [0.5, 1): log(x) = log(m) + log(2) * e
    const e = bitLength(v);
    const shift = BigInt(e - 60);
    const m = Number(v >> shift) / 2 ** 60;
    return f(m) + f(2.0) * e;
  }
  const x = asDouble(v);
  if (x === undefined) return undefined;
  if (isInt(v) && x <= 0) throw pyErr(ValueError, 'math domain error');
  return guard(() => {
    if (x <= 0 && !Number.isNaN(x)) {
      if (x === 0 || Number.isFinite(x) || x < 0) throw fm.domainError();
    }
    return fm.math1(x, f, false);
  });
}

function* logOfGen(v: PyValue, f: (x: number) => number) {
  const r = logOf(v, f);
  if (r !== undefined) return r;
  return logOf(yield* toDouble(v), f) as number;
}

function logFn(name: string, f: (x: number) => number): PyNativeFunction {
  return nativeFunction(name, (args, kwargs) => {
    const v = oneArg(name, args, kwargs);
    const r = logOf(v, f);
    if (r !== undefined) return pyFloat(r);
    return (function* () {
      return pyFloat(yield* logOfGen(v, f));
    })();
  });
}

const logSig = signature('log', 'x, base=, /');
function* logImpl(x: PyValue, base: PyValue | undefined) {
  const num = yield* logOfGen(x, Math.log);
  if (base === undefined) return pyFloat(num);
  const den = yield* logOfGen(base, Math.log);
  if (den === 0) throw pyErr(ZeroDivisionError, 'float division by zero');
  return pyFloat(num / den);
}

// ---- integer functions ----

function bigGcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return a;
}

function gcd2(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b) [a, b] = [b, a % b];
    return a;
  }
  return normBig(bigGcd(toBig(a), toBig(b)));
}

function* indexArgs(args: PyValue[]) {
  const out: Int[] = [];
  for (const a of args) out.push(asIndex(a) ?? (yield* toIndex(a)));
  return out;
}

function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (x === 0n) x = 1n;
  // Newton from an estimate (the double estimate may be far off for huge n)
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x && x * x <= n && (x + 1n) * (x + 1n) > n) return x;
    if (y === x) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

function isqrt(n: Int): Int {
  if (n < 0) throw pyErr(ValueError, 'isqrt() argument must be nonnegative');
  if (typeof n === 'number') {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  return normBig(isqrtBig(n));
}

function factorial(n: Int): Int {
  if (n < 0) throw pyErr(ValueError, 'factorial() not defined for negative values');
  if (typeof n === 'bigint') throw pyErr(OverflowError, 'factorial() argument should not exceed 9223372036854775807');
  if (n <= 18) {
    let r = 1;
    for (let i = 2; i <= n; i++) r *= i;
    return r;
  }
  // product of a range by binary splitting keeps bigint multiplications balanced
  const prod = (lo: number, hi: number): bigint => {
    if (hi - lo < 8) {
      let r = 1n;
      for (let i = lo; i <= hi; i++) r *= BigInt(i);
      return r;
    }
    const mid = (lo + hi) >> 1;
    return prod(lo, mid) * prod(mid + 1, hi);
  };
  return normBig(prod(2, n));
}

function perm(n: Int, k: Int | undefined): Int {
  if (n < 0) throw pyErr(ValueError, 'n must be a non-negative integer');
  if (k === undefined) return factorial(n);
  if (k < 0) throw pyErr(ValueError, 'k must be a non-negative integer');
  const N = toBig(n);
  const K = toBig(k);
  if (K > N) return 0;
  let r = 1n;
  for (let i = 0n; i < K; i++) r *= N - i;
  return normBig(r);
}

function comb(n: Int, k: Int): Int {
  if (n < 0) throw pyErr(ValueError, 'n must be a non-negative integer');
  if (k < 0) throw pyErr(ValueError, 'k must be a non-negative integer');
  const N = toBig(n);
  let K = toBig(k);
  if (K > N) return 0;
  if (N - K < K) K = N - K;
  let r = 1n;
  for (let i = 1n; i <= K; i++) r = (r * (N - K + i)) / i;
  return normBig(r);
}

// ---- sequences of floats: fsum, hypot, dist, prod ----

function* floatsOf(v: PyValue) {
  const items = yield* toArray(v);
  const xs: number[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) xs[i] = asDouble(items[i]) ?? (yield* toDouble(items[i]));
  return xs;
}

const prodSig = signature('prod', 'iterable, /, *, start=1');
function* prodImpl(iterable: PyValue, start: PyValue) {
  const items = yield* toArray(iterable);
  let acc = start;
  for (const x of items) {
    if (typeof acc === 'number' && typeof x === 'number') {
      const p = acc * x;
      if (Number.isSafeInteger(p)) {
        acc = p;
        continue;
      }
    }
    acc = yield* settle(ops.binaryOp(acc, x, BinOp.Multiply));
  }
  return acc;
}

const iscloseSig = signature('isclose', 'a, b, *, rel_tol=1e-09, abs_tol=0.0');
function isclose(a: number, b: number, relTol: number, absTol: number): boolean {
  if (relTol < 0 || absTol < 0) throw pyErr(ValueError, 'tolerances must be non-negative');
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

function gen(f: () => Generator<any, PyValue, PyValue>): NativeResult {
  return f();
}

/** The `math` module's namespace. */
export function mathNamespace(): Record<string, PyValue> {
  const fns: PyNativeFunction[] = [
    float1('sqrt', Math.sqrt),
    float1('exp', Math.exp, true),
    float1('exp2', (x) => Math.pow(2, x), true),
    float1('expm1', Math.expm1, true),
    float1('log1p', (x) => (x === -1 ? NaN : Math.log1p(x))),
    float1('cbrt', fm.cbrt),
    float1('fabs', Math.abs),
    float1('sin', Math.sin),
    float1('cos', Math.cos),
    float1('tan', Math.tan),
    float1('asin', Math.asin),
    float1('acos', Math.acos),
    float1('atan', Math.atan),
    float1('sinh', Math.sinh, true),
    float1('cosh', Math.cosh, true),
    float1('tanh', Math.tanh),
    float1('asinh', Math.asinh),
    float1('acosh', Math.acosh),
    float1('atanh', (x) => (Math.abs(x) === 1 ? NaN : Math.atanh(x))),
    float1('erf', fm.erf),
    float1('erfc', fm.erfc),
    float1('gamma', (x) => guard(() => fm.gamma(x)), true),
    float1('lgamma', (x) => guard(() => fm.lgamma(x)), true),
    float1('degrees', (x) => x * (180.0 / Math.PI)),
    float1('radians', (x) => x * (Math.PI / 180.0)),
    float2('atan2', Math.atan2),
    float2('copysign', copysign, true),
    float2('fmod', (x, y) => {
      if (!Number.isFinite(y) && Number.isFinite(x)) return x;
      return x % y;
    }),
    float2('remainder', fm.remainder),
    float2('pow', (x, y) => guard(() => fm.pow(x, y)), true),
    float2('nextafter', nextafter, true),
    rounder('floor', '__floor__', Math.floor),
    rounder('ceil', '__ceil__', Math.ceil),
    rounder('trunc', '__trunc__', Math.trunc),
    logFn('log2', Math.log2),
    logFn('log10', Math.log10),
    nativeFunction('log', (args, kwargs) => {
      const [x, base] = logSig.parse(args, kwargs);
      return gen(() => logImpl(x as PyValue, base));
    }),
    nativeFunction('isfinite', (args, kwargs) => {
      const v = oneArg('isfinite', args, kwargs);
      const x = asDouble(v);
      return x !== undefined ? Number.isFinite(x) : gen(function* () { return Number.isFinite(yield* toDouble(v)); });
    }),
    nativeFunction('isinf', (args, kwargs) => {
      const v = oneArg('isinf', args, kwargs);
      const x = asDouble(v);
      const inf = (d: number) => d === Infinity || d === -Infinity;
      return x !== undefined ? inf(x) : gen(function* () { return inf(yield* toDouble(v)); });
    }),
    nativeFunction('isnan', (args, kwargs) => {
      const v = oneArg('isnan', args, kwargs);
      const x = asDouble(v);
      return x !== undefined ? Number.isNaN(x) : gen(function* () { return Number.isNaN(yield* toDouble(v)); });
    }),
    nativeFunction('ulp', (args, kwargs) => {
      const v = oneArg('ulp', args, kwargs);
      return gen(function* () { return pyFloat(ulp(asDouble(v) ?? (yield* toDouble(v)))); });
    }),
    nativeFunction('modf', (args, kwargs) => {
      const v = oneArg('modf', args, kwargs);
      return gen(function* () {
        const x = asDouble(v) ?? (yield* toDouble(v));
        if (!Number.isFinite(x)) {
          if (Number.isNaN(x)) return pyTuple([pyFloat(x), pyFloat(x)]);
          return pyTuple([pyFloat(x < 0 ? -0 : 0), pyFloat(x)]);
        }
        const ip = Math.trunc(x);
        return pyTuple([pyFloat(copysign(x - ip, x)), pyFloat(ip)]);
      });
    }),
    nativeFunction('frexp', (args, kwargs) => {
      const v = oneArg('frexp', args, kwargs);
      return gen(function* () {
        const [m, e] = fm.frexp(asDouble(v) ?? (yield* toDouble(v)));
        return pyTuple([pyFloat(m), e]);
      });
    }),
    nativeFunction('ldexp', (args, kwargs) => {
      noKwargs('ldexp', kwargs);
      checkCount('ldexp', args, 2, 2);
      return gen(function* () {
        const x = asDouble(args[0]) ?? (yield* toDouble(args[0]));
        if (!isInt(args[1])) throw pyErr(TypeError, 'Expected an int as second argument to ldexp.');
        const e = args[1];
        const ei = typeof e === 'bigint' ? (e > 0n ? 1e6 : -1e6) : Number(e);
        const r = fm.ldexp(x, ei);
        if (!Number.isFinite(r) && Number.isFinite(x)) throw pyErr(OverflowError, 'math range error');
        return pyFloat(r);
      });
    }),
    nativeFunction('fsum', (args, kwargs) => {
      const v = oneArg('fsum', args, kwargs);
      return gen(function* () {
        const xs = yield* floatsOf(v);
        return pyFloat(guard(() => fm.fsum(xs)));
      });
    }),
    nativeFunction('hypot', (args, kwargs) => {
      noKwargs('hypot', kwargs);
      return gen(function* () {
        const xs: number[] = [];
        for (const a of args) xs.push(asDouble(a) ?? (yield* toDouble(a)));
        return pyFloat(fm.hypot(xs));
      });
    }),
    nativeFunction('dist', (args, kwargs) => {
      noKwargs('dist', kwargs);
      checkCount('dist', args, 2, 2);
      return gen(function* () {
        const p = yield* floatsOf(args[0]);
        const q = yield* floatsOf(args[1]);
        if (p.length !== q.length) throw pyErr(ValueError, 'both points must have the same number of dimensions');
        return pyFloat(fm.hypot(p.map((x, i) => x - q[i])));
      });
    }),
    nativeFunction('prod', (args, kwargs) => {
      const [it, start] = prodSig.parse(args, kwargs);
      return gen(() => prodImpl(it as PyValue, start ?? 1));
    }),
    nativeFunction('isclose', (args, kwargs) => {
      const [a, b, rel, abs] = iscloseSig.parse(args, kwargs);
      return gen(function* () {
        const d = (v: PyValue | undefined, dflt: number) => (v === undefined ? dflt : asDouble(v));
        const ad = d(a, 0) ?? (yield* toDouble(a as PyValue));
        const bd = d(b, 0) ?? (yield* toDouble(b as PyValue));
        const rd = d(rel, 1e-9) ?? (yield* toDouble(rel as PyValue));
        const abd = d(abs, 0) ?? (yield* toDouble(abs as PyValue));
        return isclose(ad, bd, rd, abd);
      });
    }),
    nativeFunction('isqrt', (args, kwargs) => {
      const v = oneArg('isqrt', args, kwargs);
      const i = asIndex(v);
      if (i !== undefined) return isqrt(i);
      return gen(function* () { return isqrt(yield* toIndex(v)); });
    }),
    nativeFunction('factorial', (args, kwargs) => {
      const v = oneArg('factorial', args, kwargs);
      const i = asIndex(v);
      if (i !== undefined) return factorial(i);
      return gen(function* () { return factorial(yield* toIndex(v)); });
    }),
    nativeFunction('gcd', (args, kwargs) => {
      noKwargs('gcd', kwargs);
      return gen(function* () {
        const xs = yield* indexArgs(args);
        let g: Int = 0;
        for (const x of xs) g = gcd2(g, x);
        return xs.length === 1 && typeof xs[0] === 'number' ? Math.abs(xs[0]) : g;
      });
    }),
    nativeFunction('lcm', (args, kwargs) => {
      noKwargs('lcm', kwargs);
      return gen(function* () {
        const xs = yield* indexArgs(args);
        let l = 1n;
        for (const x of xs) {
          const b = toBig(x);
          if (b === 0n || l === 0n) {
            l = 0n;
            continue;
          }
          l = (l / bigGcd(l, b)) * (b < 0n ? -b : b);
        }
        return normBig(l);
      });
    }),
    nativeFunction('comb', (args, kwargs) => {
      noKwargs('comb', kwargs);
      checkCount('comb', args, 2, 2);
      return gen(function* () {
        const [n, k] = yield* indexArgs(args);
        return comb(n, k);
      });
    }),
    nativeFunction('perm', (args, kwargs) => {
      noKwargs('perm', kwargs);
      checkCount('perm', args, 1, 2);
      return gen(function* () {
        const [n, k] = yield* indexArgs(args.length === 2 && args[1] === None ? [args[0]] : args);
        return perm(n, k);
      });
    }),
  ];
  const ns: Record<string, PyValue> = {
    pi: pyFloat(Math.PI),
    e: pyFloat(Math.E),
    tau: pyFloat(2 * Math.PI),
    inf: pyFloat(Infinity),
    nan: pyFloat(NaN),
  };
  for (const f of fns) ns[f.name] = f;
  return ns;
}

// ---- small float helpers ----


function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0);
  return neg ? -Math.abs(x) : Math.abs(x);
}

const f64 = new Float64Array(1);
const u64 = new BigInt64Array(f64.buffer);

function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  f64[0] = x;
  u64[0] += (y > x) === (x > 0) ? 1n : -1n;
  return f64[0];
}

function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) return x - nextafter(x, -Infinity);
  return x2 - x;
}

export default defineModule({ name: 'math', doc: 'Mathematical functions (CPython: mathmodule.c).', init: () => mathNamespace() });
