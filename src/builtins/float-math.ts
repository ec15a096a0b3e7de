// Pure double-precision algorithms behind the `math` module and round(), ported from CPython's mathmodule.c so
// results agree bit for bit where CPython does its own arithmetic (fsum, hypot/dist, remainder, pow's
// special values, frexp/ldexp). No Python objects here: numbers in, numbers out, `MathError` out.

import { libmPow } from '../objects/libm-pow.js';

/** Thrown by the algorithms; math.ts turns it into ValueError/OverflowError with CPython's text. */
export class MathError extends Error {
  constructor(public kind: 'domain' | 'range' | 'value' | 'overflow', msg: string) {
    super(msg);
  }
}
export const domainError = (): MathError => new MathError('domain', 'math domain error');
export const rangeError = (): MathError => new MathError('range', 'math range error');

const isFinite = Number.isFinite;

/** CPython: math_1 — call `f` and map NaN/inf results of finite inputs to errors. */
export function math1(x: number, f: (x: number) => number, canOverflow: boolean): number {
  const r = f(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
  if (!isFinite(r) && isFinite(x)) throw canOverflow ? rangeError() : domainError();
  return r;
}

/** CPython: math_2. */
export function math2(x: number, y: number, f: (x: number, y: number) => number): number {
  const r = f(x, y);
  if (Number.isNaN(r)) {
    if (!Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
  } else if (!isFinite(r) && isFinite(x) && isFinite(y)) {
    throw domainError();
  }
  return r;
}

/** C frexp: [m, e] with x = m * 2**e, 0.5 <= |m| < 1 (m = x for 0, inf, nan). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !isFinite(x)) return [x, 0];
  let e = 0;
  let m = Math.abs(x);
  if (m < 2 ** -1022) {
    m *= 2 ** 64;
    e -= 64;
  }
  const k = Math.floor(Math.log2(m));
  m = m / 2 ** k;
  e += k;
  // log2 may be off by one near powers of two: normalise into [1, 2)
  while (m >= 2) {
    m /= 2;
    e++;
  }
  while (m < 1) {
    m *= 2;
    e--;
  }
  return [(x < 0 ? -m : m) / 2, e + 1];
}

// glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c), which CPython's math.cbrt calls on Linux: a polynomial
// first guess refined by one Halley step. It is not correctly rounded (cbrt(27) is 3.0000000000000004),
// and neither is V8's Math.cbrt, differently: this is glibc's arithmetic, operation for operation
// (checked against python3 on 500,000 doubles including subnormals and every power of two).
const CBRT2 = 1.2599210498948731648; // 2 ** (1/3)
const SQR_CBRT2 = 1.5874010519681994748; // 2 ** (2/3)
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/** glibc cbrt(x). */
export function cbrt(x: number): number {
  if (x === 0 || !isFinite(x)) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u = 0.354895765043919860
    + ((1.50819193781584896
      + ((-2.11499494167371287
        + ((2.44693122563534430
          + ((-1.83469277483613086
            + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
            * xm))
          * xm))
        * xm))
      * xm);
  const t2 = u * u * u;
  // C's % and / truncate toward zero: factor index 0..4, exponent xe / 3 rounded toward zero
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + (xe % 3)];
  return ldexp(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}

/** C ldexp: x * 2**e with a single rounding (steps keep intermediate values exact). */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !isFinite(x)) return x;
  if (e > 2100) e = 2100;
  if (e < -2200) e = -2200;
  let r = x;
  while (e > 1000) {
    r *= 2 ** 1000;
    e -= 1000;
  }
  // Going down, scale in steps that stay normal until the last one, so only the last step rounds.
  while (e < -1000) {
    const [, fe] = frexp(r);
    // stop early if the next step would produce a subnormal before the final one
    if (fe - 1000 < -1021) break;
    r *= 2 ** -1000;
    e += 1000;
  }
  if (e < -1000) {
    const [m, fe] = frexp(r);
    // r = m * 2**fe; result = m * 2**(fe + e): bring the exponent into range in one rounding step.
    const target = fe + e;
    return target < -1075 ? (x < 0 ? -0 : 0) : m * 2 ** (target + 1074) * 2 ** -1074;
  }
  return r * 2 ** e;
}

/** CPython: m_remainder (IEEE 754 remainder). */
export function remainder(x: number, y: number): number {
  if (isFinite(x) && isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return (Object.is(x, -0) || x < 0 ? -1 : 1) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!isFinite(x)) return NaN;
  return x;
}

/** CPython: math_pow_impl, including its IEEE special cases. */
export function pow(x: number, y: number): number {
  if (!isFinite(x) || !isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!isFinite(x)) {
      const oddY = isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? (x < 0 ? -0 : 0) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  if (x === 1 || y === 0) return 1;
  const r = libmPow(x, y);
  if (!isFinite(r)) {
    if (Number.isNaN(r) || x === 0) throw domainError();
    throw rangeError();
  }
  return r;
}

/** CPython: math_fsum_impl (Shewchuk's msum with exact final rounding). */
export function fsum(xs: number[]): number {
  const p: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (let x of xs) {
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!isFinite(x)) {
        if (isFinite(xsave)) throw new MathError('overflow', 'intermediate overflow in fsum');
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else {
        p.push(x);
      }
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw new MathError('value', '-inf + inf in fsum');
    return specialSum;
  }
  let n = p.length;
  let hi = 0;
  let lo = 0;
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

const T27 = 134217729.0;
const DBL_MIN = 2.2250738585072014e-308;

/** CPython 3.11: vector_norm (hypot and dist), accurate to within 1 ulp. `vec` holds |coordinates|. */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const [, maxE] = frexp(max);
  if (maxE < -1023) {
    return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0;
  let frac1 = 0;
  let frac2 = 0;
  let frac3 = 0;
  let x: number, t: number, hi: number, lo: number, oldcsum: number;
  for (let i = 0; i < n; i++) {
    x = vec[i] * scale;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += oldcsum - csum + x;
    x = 2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += oldcsum - csum + x;
    frac3 += lo * lo;
  }
  const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  x = h;
  t = x * T27;
  hi = t - (t - x);
  lo = x - hi;
  x = -hi * hi;
  oldcsum = csum;
  csum += x;
  frac1 += oldcsum - csum + x;
  x = -2.0 * hi * lo;
  oldcsum = csum;
  csum += x;
  frac2 += oldcsum - csum + x;
  x = -lo * lo;
  oldcsum = csum;
  csum += x;
  frac3 += oldcsum - csum + x;
  x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

/** Norm of a list of coordinates (CPython: math_hypot). */
export function hypot(coords: number[]): number {
  let max = 0;
  let foundNan = false;
  const vec = coords.map((c) => {
    const x = Math.abs(c);
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
    return x;
  });
  return vectorNorm(vec, max, foundNan);
}

// ---- gamma family: Lanczos approximation as in CPython's mathmodule.c (N=13, g=6.0246800407767296) ----

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
  1925.0, 66.0, 1.0,
];
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
  6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
  121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];

function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = Math.sin(Math.PI * y); break;
    case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
    case 2: r = Math.sin(Math.PI * (1.0 - y)); break;
    case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
    default: r = -Math.sin(Math.PI * (y - 2.0)); break;
  }
  return (x < 0 ? -1 : 1) * r;
}

/** CPython: m_tgamma. */
export function gamma(x: number): number {
  if (!isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    throw domainError();
  }
  if (x === 0) throw domainError();
  if (x === Math.floor(x)) {
    if (x < 0) throw domainError();
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!isFinite(r)) throw rangeError();
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    throw rangeError();
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let q: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    q = y - absx;
    q -= LANCZOS_G_MINUS_HALF;
  } else {
    q = y - LANCZOS_G_MINUS_HALF;
    q -= absx;
  }
  const z = (q * LANCZOS_G) / y;
  let r: number;
  if (x < 0.0) {
    r = -Math.PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= libmPow(y, absx - 0.5);
    } else {
      const sqrtpow = libmPow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / Math.exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= libmPow(y, absx - 0.5);
    } else {
      const sqrtpow = libmPow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!isFinite(r)) throw rangeError();
  return r;
}

/** CPython: m_lgamma. */
export function lgamma(x: number): number {
  if (!isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) throw domainError();
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -Math.log(absx);
  let r = Math.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = Math.log(Math.PI) - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
  if (!isFinite(r)) throw rangeError();
  return r;
}

/** erf/erfc: series / continued fraction as in CPython's fallback implementation (m_erf_series, m_erfc_contfrac). */
const ERF_SERIES_CUTOFF = 1.5;
const ERF_SERIES_TERMS = 25;
const ERFC_CONTFRAC_CUTOFF = 30.0;
const ERFC_CONTFRAC_TERMS = 50;
const SQRTPI = 1.772453850905516027298167483341145182798;

function erfSeries(x: number): number {
  const x2 = x * x;
  let acc = 0.0;
  let fk = ERF_SERIES_TERMS + 0.5;
  for (let i = 0; i < ERF_SERIES_TERMS; i++) {
    acc = 2.0 + (x2 * acc) / fk;
    fk -= 1.0;
  }
  return (acc * x * Math.exp(-x2)) / SQRTPI;
}

function erfcContfrac(x: number): number {
  if (x >= ERFC_CONTFRAC_CUTOFF) return 0.0;
  const x2 = x * x;
  let a = 0.0;
  let da = 0.5;
  let p = 1.0;
  let pLast = 0.0;
  let q = da + x2;
  let qLast = 1.0;
  for (let i = 0; i < ERFC_CONTFRAC_TERMS; i++) {
    a += da;
    da += 2.0;
    const b = da + x2;
    let temp = p;
    p = b * p - a * pLast;
    pLast = temp;
    temp = q;
    q = b * q - a * qLast;
    qLast = temp;
  }
  return ((p / q) * x * Math.exp(-x2)) / SQRTPI;
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const absx = Math.abs(x);
  if (absx < ERF_SERIES_CUTOFF) return erfSeries(x);
  const cf = erfcContfrac(absx);
  return x > 0.0 ? 1.0 - cf : cf - 1.0;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  const absx = Math.abs(x);
  if (absx < ERF_SERIES_CUTOFF) return 1.0 - erfSeries(x);
  const cf = erfcContfrac(absx);
  return x > 0.0 ? cf : 2.0 - cf;
}
