// The `random` module: CPython's Random on the Mersenne Twister (lib/mersenne.ts), with Lib/random.py's
// algorithms transcribed so that the same seed gives CPython's exact numbers (seed(int) via
// init_by_array of the int's 32-bit words; seed(str) version 2 via sha512; randbelow by rejection on
// getrandbits; choice/shuffle/sample/choices/gauss in random.py's order of calls).
//
// `Random` is a type (Python code may subclass it); the module-level functions are bound to one
// hidden instance, as in CPython.

import { type KwArgs, type NativeGen, type PyValue, PyObject, settle } from '../src/objects/object.js';
import { None, builtinType, typeOf } from '../src/objects/builtin-types.js';
import { IndexError, TypeError, ValueError, pyErr } from '../src/objects/exceptions.js';
import { PyFloat, pyFloat } from '../src/objects/float.js';
import { libmPow } from '../src/objects/libm-pow.js';
import { PyList } from '../src/objects/list.js';
import { PyTuple, pyTuple } from '../src/objects/tuple.js';
import { nativeFunction, nativeMethod, type PyNativeFunction } from '../src/objects/native.js';
import { floatHash } from '../src/objects/hash.js';
import { type Int, intValue, normBig, toBig } from '../src/objects/int.js';
import * as ops from '../src/objects/ops.js';
import { BinOp } from '../src/objects/ops.js';
import { signature, typeName } from '../src/builtins/args.js';
import { asDouble, bitLength, toDouble, toIndex } from '../src/builtins/num.js';
import { peekItems, toArray } from '../src/builtins/iterate.js';
import { Mersenne } from './lib/mersenne.js';
import { sha512, utf8 } from './lib/sha512.js';
import { pyBytes } from '../src/objects/bytes.js';
import { defineModule } from './index.js';

export const randomType = builtinType('Random');
randomType.instancesHaveDict = true;

export class PyRandom extends PyObject {
  mt = new Mersenne();
  gaussNext: number | null = null;
}
randomType.alloc = (t) => {
  const r = new PyRandom(t);
  r.mt.seedInt(entropy());
  return r;
};

/** Seed material when seed(None): time and Math.random (CPython uses os.urandom). */
function entropy(): bigint {
  let b = BigInt(Date.now());
  for (let i = 0; i < 4; i++) b = (b << 32n) | BigInt(Math.floor(Math.random() * 2 ** 32));
  return b;
}

// ---- the generator operations (CPython: _randommodule.c + Lib/random.py) ----

function seedOf(r: PyRandom, a: PyValue, version: number): void {
  r.gaussNext = null;
  if (a === None) return r.mt.seedInt(entropy());
  if (typeof a === 'string') {
    if (version === 2) {
      const bytes = utf8(a);
      const all = new Uint8Array(bytes.length + 64);
      all.set(bytes);
      all.set(sha512(bytes), bytes.length);
      let n = 0n;
      for (const x of all) n = (n << 8n) | BigInt(x);
      return r.mt.seedInt(n);
    }
    // version 1: CPython's old str hash
    let x = a.length > 0 ? BigInt(a.codePointAt(0)! << 7) : 0n;
    for (const ch of a) x = ((1000003n * x) ^ BigInt(ch.codePointAt(0)!)) & 0xffffffffffffffffn;
    x ^= BigInt(Array.from(a).length);
    if (x === 0xffffffffffffffffn) x = 0xfffffffffffffffen;
    return r.mt.seedInt(BigInt.asIntN(64, x) < 0n ? -BigInt.asIntN(64, x) : BigInt.asIntN(64, x));
  }
  const i = intValue(a);
  if (i !== undefined) {
    const b = toBig(i);
    return r.mt.seedInt(b < 0n ? -b : b);
  }
  if (a instanceof PyFloat) {
    const h = toBig(floatHash(a.value));
    return r.mt.seedInt(h < 0n ? -h : h);
  }
  throw pyErr(TypeError, 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
}

function getrandbits(r: PyRandom, k: number): Int {
  if (k < 0) throw pyErr(ValueError, 'number of bits must be non-negative');
  if (k <= 53) return r.mt.getrandbitsSmall(k);
  return normBig(r.mt.getrandbits(k));
}

/** Random._randbelow_with_getrandbits. */
function randbelow(r: PyRandom, n: Int): Int {
  const k = bitLength(n);
  if (typeof n === 'number') {
    if (k <= 53) {
      let x = r.mt.getrandbitsSmall(k);
      while (x >= n) x = r.mt.getrandbitsSmall(k);
      return x;
    }
  }
  const N = toBig(n);
  let x = r.mt.getrandbits(k);
  while (x >= N) x = r.mt.getrandbits(k);
  return normBig(x);
}

/** randrange's argument conversion (3.11: _index, then an integral float with a deprecation). */
function* rangeArg(v: PyValue, which: string): Generator<any, Int, PyValue> {
  const i = intValue(v);
  if (i !== undefined) return i;
  if (v instanceof PyFloat) {
    if (!Number.isInteger(v.value)) throw pyErr(ValueError, `non-integer ${which} for randrange()`);
    return Number.isSafeInteger(v.value) ? v.value : BigInt(v.value);
  }
  return yield* toIndex(v);
}

const sub = (a: Int, b: Int): Int => normBig(toBig(a) - toBig(b));
const add = (a: Int, b: Int): Int => normBig(toBig(a) + toBig(b));

function* randrange(r: PyRandom, start: PyValue, stop: PyValue | undefined, step: PyValue | undefined): NativeGen {
  const istart = yield* rangeArg(start, 'arg 1');
  if (stop === undefined || stop === None) {
    if (step !== undefined && step !== 1) throw pyErr(TypeError, 'Missing a non-None stop argument');
    if (istart > 0) return randbelow(r, istart);
    throw pyErr(ValueError, 'empty range for randrange()');
  }
  const istop = yield* rangeArg(stop, 'stop');
  const width = sub(istop, istart);
  const istep = step === undefined ? 1 : yield* rangeArg(step, 'step');
  if (istep == 1) {
    if (width > 0) return add(istart, randbelow(r, width));
    throw pyErr(ValueError, `empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  const W = toBig(width);
  const S = toBig(istep);
  let n: bigint;
  if (S > 0n) n = floorDiv(W + S - 1n, S);
  else if (S < 0n) n = floorDiv(W + S + 1n, S);
  else throw pyErr(ValueError, 'zero step for randrange()');
  if (n <= 0n) throw pyErr(ValueError, 'empty range for randrange()');
  return normBig(toBig(istart) + S * toBig(randbelow(r, normBig(n))));
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function* seqLen(seq: PyValue): Generator<any, number, PyValue> {
  const n = yield* settle(ops.len(seq));
  return n as number;
}

function* choice(r: PyRandom, seq: PyValue): NativeGen {
  const items = peekItems(seq);
  const n = items !== undefined ? items.length : yield* seqLen(seq);
  if (n === 0) throw pyErr(IndexError, 'Cannot choose from an empty sequence');
  const i = randbelow(r, n) as number;
  return items !== undefined ? items[i] : yield* settle(ops.getItem(seq, i));
}

function* shuffle(r: PyRandom, x: PyValue): NativeGen {
  if (x instanceof PyList) {
    const a = x.items;
    for (let i = a.length - 1; i > 0; i--) {
      const j = randbelow(r, i + 1) as number;
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return None;
  }
  const n = yield* seqLen(x);
  for (let i = n - 1; i > 0; i--) {
    const j = randbelow(r, i + 1) as number;
    const xi = yield* settle(ops.getItem(x, i));
    const xj = yield* settle(ops.getItem(x, j));
    yield* settle(ops.setItem(x, i, xj));
    yield* settle(ops.setItem(x, j, xi));
  }
  return None;
}

function* sample(r: PyRandom, population: PyValue, kArg: PyValue, counts: PyValue | undefined): NativeGen {
  let pool = peekItems(population);
  if (pool === undefined) {
    const t = typeOf(population);
    if (t.lookup('__getitem__') === undefined || t.lookup('__len__') === undefined || t.name === 'dict' || t.name === 'set') {
      throw pyErr(TypeError, 'Population must be a sequence.  For dicts or sets, use sorted(d).');
    }
    pool = yield* toArray(population);
  }
  if (counts !== undefined && counts !== None) {
    const cs = yield* toArray(counts);
    if (cs.length !== pool.length) throw pyErr(ValueError, 'The number of counts does not match the population');
    const expanded: PyValue[] = [];
    for (let i = 0; i < cs.length; i++) {
      const c = intValue(cs[i]);
      if (c === undefined) throw pyErr(TypeError, 'Counts must be integers');
      for (let j = 0; j < Number(c); j++) expanded.push(pool[i]);
    }
    pool = expanded;
  }
  const k = Number(yield* toIndex(kArg));
  const n = pool.length;
  if (!(k >= 0 && k <= n)) throw pyErr(ValueError, 'Sample larger than population or is negative');
  const result: PyValue[] = new Array(k);
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
  if (n <= setsize) {
    const p = pool.slice();
    for (let i = 0; i < k; i++) {
      const j = randbelow(r, n - i) as number;
      result[i] = p[j];
      p[j] = p[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = randbelow(r, n) as number;
      while (selected.has(j)) j = randbelow(r, n) as number;
      selected.add(j);
      result[i] = pool[j];
    }
  }
  return new PyList(result);
}

function bisectRight(a: number[], x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function* choices(r: PyRandom, population: PyValue, weights: PyValue | undefined, cumWeights: PyValue | undefined, kArg: PyValue): NativeGen {
  const pop = yield* toArray(population);
  const n = pop.length;
  const k = Number(yield* toIndex(kArg));
  const out: PyValue[] = [];
  if (cumWeights === undefined || cumWeights === None) {
    if (weights === undefined || weights === None) {
      for (let i = 0; i < k; i++) out.push(pop[Math.floor(r.mt.random() * n)]);
      return new PyList(out);
    }
    // cum_weights = list(itertools.accumulate(weights))
    const ws = yield* toArray(weights);
    const acc: PyValue[] = [];
    let total: PyValue | undefined;
    for (const w of ws) {
      total = total === undefined ? w : yield* settle(ops.binaryOp(total, w, BinOp.Add));
      acc.push(total);
    }
    cumWeights = new PyList(acc);
  } else if (weights !== undefined && weights !== None) {
    throw pyErr(TypeError, 'Cannot specify both weights and cumulative weights');
  }
  const cw = yield* toArray(cumWeights);
  if (cw.length !== n) throw pyErr(ValueError, 'The number of weights does not match the population');
  const cum: number[] = [];
  for (const c of cw) cum.push(asDouble(c) ?? (yield* toDouble(c)));
  const total = cum[n - 1] + 0.0;
  if (!(total > 0.0)) throw pyErr(ValueError, 'Total of weights must be greater than zero');
  if (!Number.isFinite(total)) throw pyErr(ValueError, 'Total of weights must be finite');
  const hi = n - 1;
  for (let i = 0; i < k; i++) out.push(pop[bisectRight(cum, r.mt.random() * total, 0, hi)]);
  return new PyList(out);
}

function gauss(r: PyRandom, mu: number, sigma: number): number {
  let z = r.gaussNext;
  r.gaussNext = null;
  if (z === null) {
    const x2pi = r.mt.random() * (2 * Math.PI);
    const g2rad = Math.sqrt(-2.0 * Math.log(1.0 - r.mt.random()));
    z = Math.cos(x2pi) * g2rad;
    r.gaussNext = Math.sin(x2pi) * g2rad;
  }
  return mu + z * sigma;
}

const NV_MAGICCONST = (4 * Math.exp(-0.5)) / Math.sqrt(2.0);
function normalvariate(r: PyRandom, mu: number, sigma: number): number {
  let z: number;
  for (;;) {
    const u1 = r.mt.random();
    const u2 = 1.0 - r.mt.random();
    z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    const zz = (z * z) / 4.0;
    if (zz <= -Math.log(u2)) break;
  }
  return mu + z * sigma;
}

const LOG4 = Math.log(4.0);
const SG_MAGICCONST = 1.0 + Math.log(4.5);
const TWOPI = 2.0 * Math.PI;

/** CPython: Random.gammavariate (same draws, same order). */
function gammavariate(r: PyRandom, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) throw pyErr(ValueError, 'gammavariate: alpha and beta must be > 0.0');
  if (alpha > 1.0) {
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = r.mt.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - r.mt.random();
      const v = Math.log(u1 / (1.0 - u1)) / ainv;
      const x = alpha * Math.exp(v);
      const z = u1 * u1 * u2;
      const rr = bbb + ccc * v - x;
      if (rr + SG_MAGICCONST - 4.5 * z >= 0.0 || rr >= Math.log(z)) return x * beta;
    }
  }
  if (alpha === 1.0) return -Math.log(1.0 - r.mt.random()) * beta;
  let x: number;
  for (;;) {
    const u = r.mt.random();
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    x = p <= 1.0 ? libmPow(p, 1.0 / alpha) : -Math.log((b - p) / alpha);
    const u1 = r.mt.random();
    if (p > 1.0) {
      if (u1 <= libmPow(x, alpha - 1.0)) break;
    } else if (u1 <= Math.exp(-x)) break;
  }
  return x * beta;
}

/** Python's float % (result has the sign of the divisor). */
function pyMod(a: number, b: number): number {
  const m = a % b;
  return m !== 0 && (m < 0) !== (b < 0) ? m + b : m;
}

// ---- Python-visible methods ----

type Impl = (r: PyRandom, a: (PyValue | undefined)[]) => PyValue | NativeGen;

function* floats(vals: (PyValue | undefined)[], dflts: number[]): Generator<any, number[], PyValue> {
  const out: number[] = [];
  for (let i = 0; i < dflts.length; i++) {
    const v = vals[i];
    out.push(v === undefined ? dflts[i] : asDouble(v) ?? (yield* toDouble(v)));
  }
  return out;
}

const methods: [string, string, Impl][] = [
  ['seed', 'a=None, version=2', (r, [a, v]) => (seedOf(r, a ?? None, v === undefined ? 2 : Number(intValue(v))), None)],
  ['random', '', (r) => pyFloat(r.mt.random())],
  ['getrandbits', 'k, /', (r, [k]) => (function* () {
    return getrandbits(r, Number(yield* toIndex(k as PyValue)));
  })()],
  ['randrange', 'start, stop=None, step=1', (r, [a, b, c]) => randrange(r, a as PyValue, b, c)],
  ['randint', 'a, b', (r, [a, b]) => (function* () {
    const hi = yield* rangeArg(b as PyValue, 'stop');
    return yield* randrange(r, a as PyValue, add(hi, 1), undefined);
  })()],
  ['choice', 'seq', (r, [s]) => choice(r, s as PyValue)],
  ['shuffle', 'x', (r, [x]) => shuffle(r, x as PyValue)],
  ['sample', 'population, k, *, counts=None', (r, [p, k, c]) => sample(r, p as PyValue, k as PyValue, c)],
  ['choices', 'population, weights=None, *, cum_weights=None, k=1', (r, [p, w, cw, k]) => choices(r, p as PyValue, w, cw, k ?? 1)],
  ['uniform', 'a, b', (r, v) => (function* () {
    const [a, b] = yield* floats(v, [0, 0]);
    return pyFloat(a + (b - a) * r.mt.random());
  })()],
  ['triangular', 'low=0.0, high=1.0, mode=None', (r, v) => (function* () {
    let [low, high] = yield* floats(v, [0, 1]);
    let u = r.mt.random();
    const mode = v[2];
    if (high - low === 0 && mode !== undefined && mode !== None) return pyFloat(low);
    let c = mode === undefined || mode === None ? 0.5 : ((asDouble(mode) ?? (yield* toDouble(mode))) - low) / (high - low);
    if (high - low === 0) return pyFloat(low);
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return pyFloat(low + (high - low) * Math.sqrt(u * c));
  })()],
  ['gauss', 'mu=0.0, sigma=1.0', (r, v) => (function* () {
    const [mu, sigma] = yield* floats(v, [0, 1]);
    return pyFloat(gauss(r, mu, sigma));
  })()],
  ['normalvariate', 'mu=0.0, sigma=1.0', (r, v) => (function* () {
    const [mu, sigma] = yield* floats(v, [0, 1]);
    return pyFloat(normalvariate(r, mu, sigma));
  })()],
  ['lognormvariate', 'mu, sigma', (r, v) => (function* () {
    const [mu, sigma] = yield* floats(v, [0, 0]);
    return pyFloat(Math.exp(normalvariate(r, mu, sigma)));
  })()],
  ['expovariate', 'lambd', (r, v) => (function* () {
    const [l] = yield* floats(v, [1]);
    return pyFloat(-Math.log(1.0 - r.mt.random()) / l);
  })()],
  ['gammavariate', 'alpha, beta', (r, v) => (function* () {
    const [alpha, beta] = yield* floats(v, [0, 0]);
    return pyFloat(gammavariate(r, alpha, beta));
  })()],
  ['betavariate', 'alpha, beta', (r, v) => (function* () {
    // CPython 3.11: Random.betavariate
    const [alpha, beta] = yield* floats(v, [0, 0]);
    const y = gammavariate(r, alpha, 1.0);
    return pyFloat(y !== 0 ? y / (y + gammavariate(r, beta, 1.0)) : 0.0);
  })()],
  ['vonmisesvariate', 'mu, kappa', (r, v) => (function* () {
    const [mu, kappa] = yield* floats(v, [0, 0]);
    if (kappa <= 1e-6) return pyFloat(TWOPI * r.mt.random());
    const s = 0.5 / kappa;
    const rr = s + Math.sqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = r.mt.random();
      z = Math.cos(Math.PI * u1);
      const d = z / (rr + z);
      const u2 = r.mt.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Math.exp(d)) break;
    }
    const q = 1.0 / rr;
    const f = (q + z) / (1.0 + q * z);
    const u3 = r.mt.random();
    return pyFloat(u3 > 0.5 ? pyMod(mu + Math.acos(f), TWOPI) : pyMod(mu - Math.acos(f), TWOPI));
  })()],
  ['paretovariate', 'alpha', (r, v) => (function* () {
    const [alpha] = yield* floats(v, [0]);
    return pyFloat(libmPow(1.0 - r.mt.random(), -1.0 / alpha));
  })()],
  ['weibullvariate', 'alpha, beta', (r, v) => (function* () {
    const [alpha, beta] = yield* floats(v, [0, 0]);
    return pyFloat(alpha * libmPow(-Math.log(1.0 - r.mt.random()), 1.0 / beta));
  })()],
  ['randbytes', 'n', (r, [n]) => (function* () {
    // CPython: self.getrandbits(n * 8).to_bytes(n, 'little')
    const k = Number(yield* toIndex(n as PyValue));
    if (k < 0) throw pyErr(ValueError, 'number of bits must be non-negative');
    let big = BigInt(getrandbits(r, k * 8) as number | bigint);
    const out = new Uint8Array(k);
    for (let i = 0; i < k; i++, big >>= 8n) out[i] = Number(big & 0xffn);
    return pyBytes(out);
  })()],
  ['getstate', '', (r) => pyTuple([3, pyTuple(r.mt.getState()), r.gaussNext === null ? None : pyFloat(r.gaussNext)])],
  ['setstate', 'state, /', (r, [s]) => {
    const st = s as PyTuple;
    if (!(st instanceof PyTuple) || st.items[0] !== 3) throw pyErr(ValueError, 'state with version 3 passed to Random.setstate() of version 3');
    const words = (st.items[1] as PyTuple).items.map((w) => Number(intValue(w)));
    if (words.length !== 625) throw pyErr(ValueError, 'state vector is the wrong size');
    r.mt.setState(words);
    const g = st.items[2];
    r.gaussNext = g === None ? null : (g as PyFloat).value;
    return None;
  }],
];

function asRandom(v: PyValue): PyRandom {
  if (!(v instanceof PyRandom)) throw pyErr(TypeError, `descriptor requires a 'Random' object but received '${typeName(v)}'`);
  return v;
}

for (const [name, params, impl] of methods) {
  const sig = signature(name, params);
  randomType.ns.set(name, nativeMethod('Random', name, (args: PyValue[], kwargs: KwArgs) => {
    const r = asRandom(args[0]);
    return impl(r, sig.parse(args.slice(1), kwargs));
  }));
}
randomType.ns.set('__init__', nativeMethod('Random', '__init__', (args, kwargs) => {
  const r = asRandom(args[0]);
  const [x] = signature('Random', 'x=None').parse(args.slice(1), kwargs);
  seedOf(r, x ?? None, 2);
  return None;
}));
randomType.ns.set('__new__', nativeFunction('__new__', (args) => {
  const cls = args[0];
  return (cls as typeof randomType).alloc(cls as typeof randomType);
}));
randomType.invalidate();

/** The `random` module's namespace: Random, and its methods bound to a hidden instance. */
export function randomNamespace(): Record<string, PyValue> {
  const inst = randomType.alloc(randomType) as PyRandom;
  const ns: Record<string, PyValue> = { Random: randomType };
  for (const [name, params] of methods) {
    const sig = signature(name, params);
    const impl = methods.find((m) => m[0] === name)![2];
    const f: PyNativeFunction = nativeFunction(name, (args, kwargs) => impl(inst, sig.parse(args, kwargs)));
    ns[name] = f;
  }
  return ns;
}

export default defineModule({ name: 'random', doc: 'Random variable generators.', init: () => randomNamespace() });

