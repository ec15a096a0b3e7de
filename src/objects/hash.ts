// Hash functions of the builtin value types, bit-compatible with CPython 3.11 where Python code can
// observe it: int (modulo 2**61-1), float (same modulus, so hash(1.0) == hash(1)), tuple (xxHash-based
// tuplehash), frozenset. str uses our own stable hash (CPython's is randomised per run anyway).
//
// A Python hash is a Python int: a JS number when it is a safe integer, otherwise a bigint.
// 64-bit unsigned arithmetic (tuple hash) is done on two 32-bit halves to avoid bigint allocation.

import type { PyValue } from './object.js';

export type Hash = number | bigint;

const MODULUS = (1n << 61n) - 1n;
const TWO32 = 4294967296;

/** Normalise a bigint to a number when it is a safe integer (object.ts invariant). */
function normBig(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** CPython: long_hash. */
export function intHash(v: number | bigint | boolean): Hash {
  if (typeof v === 'number') return v === -1 ? -2 : v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  let r = (v < 0n ? -v : v) % MODULUS;
  if (v < 0n) r = -r;
  if (r === -1n) r = -2n;
  return normBig(r);
}

/** CPython: _Py_HashDouble (NaN is hashed by identity by the caller). */
export function floatHash(v: number): Hash {
  if (Number.isInteger(v)) {
    return Number.isSafeInteger(v) ? (v === -1 ? -2 : v === 0 ? 0 : v) : intHash(BigInt(v));
  }
  if (v === Infinity) return 314159;
  if (v === -Infinity) return -314159;
  // v = n / 2**k exactly; 2**61 == 1 (mod P), so 1/2**k == 2**(61 - k % 61).
  let m = Math.abs(v);
  let k = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    k++;
  }
  let x = ((BigInt(m) % MODULUS) << BigInt((61 - (k % 61)) % 61)) % MODULUS;
  if (v < 0) x = -x;
  if (x === -1n) x = -2n;
  return normBig(x);
}

/** A stable string hash (FNV-1a over UTF-16 units, 32 bits). hash('') == 0 as in CPython. */
export function strHash(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < n; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h |= 0;
  return h === -1 ? -2 : h;
}

// ---- 64-bit unsigned helpers on (hi, lo) halves -------------------------------------------------

let rHi = 0;
let rLo = 0;

/** Split a Python hash into unsigned 64-bit halves (two's complement), into rHi/rLo. */
function split(h: Hash): void {
  if (typeof h === 'number') {
    rLo = ((h % TWO32) + TWO32) % TWO32;
    rHi = Math.floor(h / TWO32) >>> 0;
  } else {
    const u = BigInt.asUintN(64, h);
    rLo = Number(u & 0xffffffffn);
    rHi = Number(u >> 32n);
  }
}

/** Low 64 bits of (ah,al) * (bh,bl), into rHi/rLo. */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const m = a1 * b0 + a0 * b1;
  const low = a0 * b0 + (m % 65536) * 65536;
  const lo = low % TWO32;
  const carry = Math.floor(low / TWO32);
  const hi = a1 * b1 + Math.floor(m / 65536) + carry;
  rLo = lo;
  rHi = (hi + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

/** Signed 64-bit (hi, lo) as a Python int. */
function toSigned(hi: number, lo: number): Hash {
  if (hi >= 0x80000000) {
    // negative: value = (hi - 2**32) * 2**32 + lo
    const h = hi - TWO32;
    if (h >= -0x200000) return h * TWO32 + lo;
    return (BigInt(h) << 32n) + BigInt(lo);
  }
  if (hi < 0x200000) return hi * TWO32 + lo;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

const P1H = 0x9e3779b1, P1L = 0x85ebca87;
const P2H = 0xc2b2ae3d, P2L = 0x27d4eb4f;
const P5H = 0x27d4eb2f, P5L = 0x165667c5;

/**
 * CPython: tuplehash. `hashes` are the element hashes (already computed, possibly by Python code).
 */
export function tupleHashOf(hashes: Hash[]): Hash {
  let accH = P5H, accL = P5L;
  for (let i = 0; i < hashes.length; i++) {
    split(hashes[i]);
    mul64(rHi, rLo, P2H, P2L);
    // acc += lane * P2
    let lo = accL + rLo;
    let hi = accH + rHi + (lo >= TWO32 ? 1 : 0);
    lo %= TWO32;
    hi %= TWO32;
    // rotate left 31
    const nh = ((lo >>> 1) | (hi << 31)) >>> 0;
    const nl = ((hi >>> 1) | (lo << 31)) >>> 0;
    // acc *= P1
    mul64(nh, nl, P1H, P1L);
    accH = rHi;
    accL = rLo;
  }
  // acc += len ^ (P5 ^ 3527539)
  const addL = ((hashes.length ^ P5L ^ 3527539) >>> 0);
  let lo = accL + addL;
  let hi = accH + P5H + (lo >= TWO32 ? 1 : 0);
  lo %= TWO32;
  hi %= TWO32;
  if (hi === 0xffffffff && lo === 0xffffffff) return 1546275796;
  return toSigned(hi, lo);
}

const M64 = (1n << 64n) - 1n;

function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & M64;
}

/** CPython: frozenset_hash (for a set without dummy entries). */
export function frozensetHashOf(hashes: Hash[]): Hash {
  let h = 0n;
  for (const x of hashes) h ^= shuffleBits(BigInt.asUintN(64, BigInt(x)));
  h ^= ((BigInt(hashes.length) + 1n) * 1927868237n) & M64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M64;
  if (h === M64) h = 590923713n;
  return normBig(BigInt.asIntN(64, h));
}

/** Identity hash for objects without __hash__ override (CPython: _Py_HashPointer), stable per object. */
const idHashes = new WeakMap<object, number>();
let nextId = 1;
export function identityHash(o: object): number {
  let h = idHashes.get(o);
  if (h === undefined) {
    // CPython hashes id(o) >> 4; we number objects instead, spaced like 16-byte aligned addresses.
    h = 0x7f0000000 + nextId++ * 16;
    h = h / 16;
    idHashes.set(o, h);
  }
  return h;
}

export type { PyValue };
