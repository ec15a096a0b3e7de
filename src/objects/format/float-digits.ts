// Exact decimal digits of a double, correctly rounded half-to-even (what CPython's dtoa gives for
// round(x, n), '%.nf', '%.ne'). JS's toFixed/toExponential round exact ties away from zero
// (0.125.toFixed(2) == '0.13', CPython gives '0.12'), so we compute with bigints: x == M * 2**E.

const buf = new DataView(new ArrayBuffer(8));

/** |x| = M * 2**E exactly (x finite). */
export function decompose(x: number): [bigint, number] {
  buf.setFloat64(0, Math.abs(x));
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (bexp === 0) return [m, -1074];
  m |= 1n << 52n;
  return [m, bexp - 1075];
}

/** round-half-even(|x| * 10**nd) as a bigint. */
export function scaledRound(x: number, nd: number): bigint {
  const [m, e] = decompose(x);
  let num = m, den = 1n;
  if (nd >= 0) num *= 10n ** BigInt(nd);
  else den *= 10n ** BigInt(-nd);
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  const q = num / den, r = num % den;
  const twice = r * 2n;
  if (twice > den || (twice === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** |x| with exactly `nd` digits after the point (nd >= 0), correctly rounded: '%.{nd}f' without sign. */
export function toFixedExact(x: number, nd: number): string {
  if (nd <= 15 && Math.abs(x) < 1e15) {
    // fast path: toFixed is exact unless the dropped part is an exact tie
    const s = Math.abs(x).toFixed(nd);
    if (!maybeTie(x, nd)) return s;
  }
  const q = scaledRound(x, nd).toString();
  if (nd === 0) return q;
  const padded = q.padStart(nd + 1, '0');
  return padded.slice(0, padded.length - nd) + '.' + padded.slice(padded.length - nd);
}

/** Could |x| * 10**nd end in exactly .5? Only if x has few enough binary fraction digits. */
function maybeTie(x: number, nd: number): boolean {
  const [m, e] = decompose(x);
  if (e >= 0 || m === 0n) return false;
  // x*10^nd*2 is an integer iff the fraction has at most nd+1 binary digits beyond what 5^nd... be safe:
  // a tie requires the exact value to terminate at decimal position nd+1 with digit 5.
  const tz = trailingZeros(m);
  return -e - tz === nd + 1;
}

function trailingZeros(m: bigint): number {
  let n = 0;
  while (n < 64 && ((m >> BigInt(n)) & 1n) === 0n) n++;
  return n;
}

/**
 * |x| rounded to `p` significant digits (p >= 1): [digits (length p), decimal exponent of the first digit].
 * For x == 0: ['000...', 0].
 */
export function toPrecisionExact(x: number, p: number): [string, number] {
  if (x === 0) return ['0'.repeat(p), 0];
  let e10 = Math.floor(Math.log10(Math.abs(x)));
  for (let attempt = 0; attempt < 3; attempt++) {
    const q = scaledRound(x, p - 1 - e10).toString();
    if (q.length === p) return [q, e10];
    if (q.length > p) {
      // either log10 underestimated, or rounding carried (999.. -> 1000..)
      if (q.length === p + 1 && /^10*$/.test(q)) return [q.slice(0, p), e10 + 1];
      e10 += q.length - p;
    } else e10 -= p - q.length;
  }
  const q = scaledRound(x, p - 1 - e10).toString();
  return [q.slice(0, p).padEnd(p, '0'), e10];
}
