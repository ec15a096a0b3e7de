// MT19937 and SHA-512 cores of `random`; expected values printed by CPython 3.11.
import { describe, expect, it } from 'vitest';
import { Mersenne } from '../../stdlib/lib/mersenne.js';
import { sha512, utf8 } from '../../stdlib/lib/sha512.js';

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

describe('Mersenne', () => {
  it('matches random.seed(42)', () => {
    const m = new Mersenne();
    m.seedInt(42n);
    expect(m.random()).toBe(0.6394267984578837);
    expect(m.random()).toBe(0.025010755222666936);
    expect(m.getrandbits(100)).toBe(176140902141063639299770569303n);
  });
});

describe('sha512', () => {
  it('hashes like hashlib', () => {
    expect(hex(sha512(utf8('hello')))).toBe(
      '9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043',
    );
    expect(hex(sha512(new Uint8Array(0)))).toBe(
      'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
    );
    expect(hex(sha512(new Uint8Array(200).fill(97))).slice(0, 16)).toBe('4b11459c33f52a22');
  });
});
