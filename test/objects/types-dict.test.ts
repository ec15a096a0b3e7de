// PyDict storage and key semantics. Expectations from CPython 3.11 (the Python is in the comments).
import { describe, it, expect } from 'vitest';
import { PyDict } from '../../src/objects/dict.js';
import { PyFloat } from '../../src/objects/float.js';
import { PyTuple } from '../../src/objects/tuple.js';
import { tupleHash, hashValue } from '../../src/objects/hashtable.js';

describe('PyDict', () => {
  it('treats 1, 1.0 and True as one key, keeping the first key object', () => {
    // d = {1: 'a'}; d[1.0] = 'b'; d[True] = 'c'; list(d.items()) == [(1, 'c')]
    const d = new PyDict();
    d.set(1, 'a');
    d.set(new PyFloat(1), 'b');
    d.set(true, 'c');
    expect(d.size).toBe(1);
    expect(d.keyList()).toEqual([1]);
    expect(d.valueList()).toEqual(['c']);
  });
  it('keeps insertion order across deletes and compaction', () => {
    const d = new PyDict();
    for (let i = 0; i < 100; i++) d.set(i, i * 2);
    for (let i = 0; i < 90; i++) d.delete(i);
    d.setStr('x', 1);
    expect(d.keyList()).toEqual([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 'x']);
    expect(d.getOr(95, 0)).toBe(190);
    expect(d.getStr('x')).toBe(1);
  });
  it('finds tuple keys by content', () => {
    const d = new PyDict();
    d.set(new PyTuple([1, 2]), 'a');
    expect(d.getOr(new PyTuple([1, new PyFloat(2)]), 0)).toBe('a');
    expect(d.has(new PyTuple([2, 1]))).toBe(false);
    d.delete(new PyTuple([1, 2]));
    expect(d.size).toBe(0);
  });
  it('bumps version on every mutation', () => {
    const d = new PyDict();
    const v0 = d.version;
    d.setStr('a', 1);
    d.setStr('a', 2);
    expect(d.version).toBe(v0 + 2);
  });
  it('hashes like CPython', () => {
    // hash((1,2)) == -3550055125485641917; hash(()) == 5740354900026072187; hash((1,)) == -6644214454873602895
    expect(tupleHash(new PyTuple([1, 2]))).toBe(-3550055125485641917n);
    expect(tupleHash(new PyTuple([]))).toBe(5740354900026072187n);
    expect(tupleHash(new PyTuple([1]))).toBe(-6644214454873602895n);
    // hash(0.5), hash(1.5), hash(-2.5), hash(1e300), hash(2**100), hash(-1)
    expect(hashValue(new PyFloat(0.5))).toBe(1152921504606846976n);
    expect(hashValue(new PyFloat(1.5))).toBe(1152921504606846977n);
    expect(hashValue(new PyFloat(-2.5))).toBe(-1152921504606846978n);
    expect(hashValue(new PyFloat(1e300))).toBe(1224995262755759164n);
    expect(hashValue(2n ** 100n)).toBe(549755813888);
    expect(hashValue(-1)).toBe(-2);
  });
});
