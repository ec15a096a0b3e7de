// The Mersenne Twister MT19937 exactly as CPython's _randommodule.c runs it, so that `random` gives
// CPython's numbers for the same seed. Pure arithmetic on 32-bit words; no Python objects here.
//
// CPython: init_genrand, init_by_array, genrand_uint32, random_random, _random_Random_getrandbits_impl.

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class Mersenne {
  mt = new Uint32Array(N);
  mti = N + 1;

  /** CPython: init_genrand. */
  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      // 1812433253 * prev + i, mod 2^32, without losing bits to float precision.
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.mti = N;
  }

  /** CPython: init_by_array. `key` holds 32-bit words, least significant first. */
  initByArray(key: ArrayLike<number>): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    const len = key.length;
    for (let k = N > len ? N : len; k; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + (key[j] >>> 0) + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.mti = N;
  }

  /** CPython: genrand_uint32. */
  next32(): number {
    const mt = this.mt;
    if (this.mti >= N) {
      if (this.mti === N + 1) this.initGenrand(5489);
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      const y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.mti = 0;
    }
    let y = mt[this.mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** CPython: random_random: a float in [0, 1) with 53 random bits. */
  random(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** CPython: getrandbits(k) for k >= 0, as a non-negative bigint (words filled least significant first). */
  getrandbits(k: number): bigint {
    if (k === 0) return 0n;
    if (k <= 32) return BigInt(this.next32() >>> (32 - k));
    let out = 0n;
    let shift = 0n;
    for (; k > 0; k -= 32) {
      let r = this.next32();
      if (k < 32) r >>>= 32 - k;
      out |= BigInt(r) << shift;
      shift += 32n;
    }
    return out;
  }

  /** getrandbits for k <= 53, as a JS number (the common randbelow path, no bigint). */
  getrandbitsSmall(k: number): number {
    if (k === 0) return 0;
    if (k <= 32) return this.next32() >>> (32 - k);
    const lo = this.next32();
    const hi = this.next32() >>> (64 - k);
    return hi * 4294967296 + lo;
  }

  /** Seed from a non-negative integer: init_by_array over its 32-bit words (CPython: random_seed). */
  seedInt(n: bigint): void {
    const key: number[] = [];
    if (n === 0n) key.push(0);
    while (n > 0n) {
      key.push(Number(n & 0xffffffffn));
      n >>= 32n;
    }
    this.initByArray(key);
  }

  /** getstate(): the 624 words plus the index, as CPython's tuple holds them. */
  getState(): number[] {
    return [...this.mt, this.mti];
  }

  setState(words: number[]): void {
    for (let i = 0; i < N; i++) this.mt[i] = words[i] >>> 0;
    this.mti = words[N];
  }
}
