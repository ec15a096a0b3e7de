// list and tuple: expectations from CPython 3.11 (the Python is in the comments).
import { describe, it, expect } from 'vitest';
import { PyList, listGetItem, listSetItem, listType } from '../../src/objects/list.js';
import { PyTuple, tupleType } from '../../src/objects/tuple.js';
import '../../src/objects/tuple-methods.js';
import { PySlice } from '../../src/objects/slice.js';
import { PyFloat } from '../../src/objects/float.js';
import { None } from '../../src/objects/builtin-types.js';
import type { PyValue, KwArgs } from '../../src/objects/object.js';
import { PyNativeFunction } from '../../src/objects/native.js';
import { PyBaseException } from '../../src/objects/exceptions.js';

function call(t: typeof listType, name: string, args: PyValue[], kw: KwArgs = null): PyValue {
  return (t.lookup(name) as PyNativeFunction).fn(args, kw) as PyValue;
}
function err(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.type.name}: ${e.args[0]}`;
    throw e;
  }
  return 'no error';
}
const L = (...xs: PyValue[]) => new PyList(xs);

describe('list', () => {
  it('slices with steps', () => {
    const l = L(0, 1, 2, 3, 4, 5, 6);
    // [0,1,2,3,4,5,6][1:6:2] == [1, 3, 5]; [::-2] == [6, 4, 2, 0]; [-2:] == [5, 6]
    expect((listGetItem(l, new PySlice(1, 6, 2)) as PyList).items).toEqual([1, 3, 5]);
    expect((listGetItem(l, new PySlice(None, None, -2)) as PyList).items).toEqual([6, 4, 2, 0]);
    expect((listGetItem(l, new PySlice(-2, None, None)) as PyList).items).toEqual([5, 6]);
    expect(listGetItem(l, -1)).toBe(6);
    expect(err(() => listGetItem(l, 7))).toBe('IndexError: list index out of range');
  });
  it('assigns and deletes slices', () => {
    // l = [0,1,2,3,4]; l[1:3] = [9,9,9]; l == [0, 9, 9, 9, 3, 4]
    const l = L(0, 1, 2, 3, 4);
    listSetItem(l, new PySlice(1, 3, None), L(9, 9, 9));
    expect(l.items).toEqual([0, 9, 9, 9, 3, 4]);
    // del l[::2] -> [9, 9, 4]
    listSetItem(l, new PySlice(None, None, 2), undefined);
    expect(l.items).toEqual([9, 9, 4]);
    // l[::2] = [1] -> ValueError: attempt to assign sequence of size 1 to extended slice of size 2
    expect(err(() => listSetItem(l, new PySlice(None, None, 2), L(1)))).toBe(
      'ValueError: attempt to assign sequence of size 1 to extended slice of size 2',
    );
  });
  it('sorts stably, with reverse', () => {
    const l = L(3, new PyFloat(1.5), 2n ** 60n, -1, true);
    call(listType, 'sort', [l]);
    // sorted([3, 1.5, 2**60, -1, True]) == [-1, True, 1.5, 3, 1152921504606846976]
    expect(l.items.map(String)).toEqual(['-1', 'true', '[object Object]', '3', '1152921504606846976']);
    const s = L('b', 'a', 'c');
    call(listType, 'sort', [s], new Map([['reverse', true]]));
    expect(s.items).toEqual(['c', 'b', 'a']);
  });
  it('has CPython error messages', () => {
    expect(err(() => call(listType, 'pop', [L()]))).toBe('IndexError: pop from empty list');
    expect(err(() => call(listType, 'pop', [L(1), 5]))).toBe('IndexError: pop index out of range');
    expect(err(() => call(listType, 'remove', [L(), 1]))).toBe('ValueError: list.remove(x): x not in list');
    expect(err(() => call(listType, 'index', [L(), 1]))).toBe('ValueError: 1 is not in list');
    expect(err(() => call(listType, 'append', [L()]))).toBe('TypeError: list.append() takes exactly one argument (0 given)');
    expect(err(() => call(listType, 'insert', [L()]))).toBe('TypeError: insert expected 2 arguments, got 0');
    expect(err(() => call(listType, '__add__', [L(), new PyTuple([])]))).toBe(
      'TypeError: can only concatenate list (not "tuple") to list',
    );
    expect(err(() => call(listType, 'sort', [L(), 1]))).toBe('TypeError: sort() takes no positional arguments');
  });
  it('reprs', () => {
    // repr([1, 'a', 2.5, None, True, (1,)]) == "[1, 'a', 2.5, None, True, (1,)]"
    const l = L(1, 'a', new PyFloat(2.5), None, true);
    expect(call(listType, '__repr__', [l])).toBe("[1, 'a', 2.5, None, True]");
    expect(call(tupleType, '__repr__', [new PyTuple([1])])).toBe('(1,)');
    // (1, 2).index(3) -> ValueError: tuple.index(x): x not in tuple
    expect(err(() => call(tupleType, 'index', [new PyTuple([1, 2]), 3]))).toBe('ValueError: tuple.index(x): x not in tuple');
  });
  it('compares lexicographically', () => {
    // [1, 2] < [1, 3], [1, 2] < [1, 2, 0], not [2] < [1, 5]
    expect(call(listType, '__lt__', [L(1, 2), L(1, 3)])).toBe(true);
    expect(call(listType, '__lt__', [L(1, 2), L(1, 2, 0)])).toBe(true);
    expect(call(listType, '__lt__', [L(2), L(1, 5)])).toBe(false);
    expect(call(listType, '__eq__', [L(1, new PyFloat(2)), L(true, 2)])).toBe(true);
  });
});
