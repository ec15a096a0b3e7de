// dict and set methods: expectations from CPython 3.11 (the Python is in the comments).
import { describe, it, expect } from 'vitest';
import '../../src/objects/all-types.js';
import { PyDict, dictType } from '../../src/objects/dict.js';
import { PyList } from '../../src/objects/list.js';
import { PyTuple } from '../../src/objects/tuple.js';
import { PySet, setType, frozensetType } from '../../src/objects/set.js';
import { PyFloat } from '../../src/objects/float.js';
import type { PyValue, KwArgs } from '../../src/objects/object.js';
import type { PyType } from '../../src/objects/type.js';
import { PyNativeFunction } from '../../src/objects/native.js';
import { PyBaseException } from '../../src/objects/exceptions.js';

function call(t: PyType, name: string, args: PyValue[], kw: KwArgs = null): PyValue {
  return (t.lookup(name) as PyNativeFunction).fn(args, kw) as PyValue;
}
function err(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.type.name}: ${String(e.args[0])}`;
    throw e;
  }
  return 'no error';
}
const T = (...xs: PyValue[]) => new PyTuple(xs);

describe('dict methods', () => {
  it('update from pairs and kwargs, repr', () => {
    // d = dict([('a', 1), ['b', 2.5]], c=None); repr(d) == "{'a': 1, 'b': 2.5, 'c': None}"
    const d = new PyDict();
    call(dictType, '__init__', [d, new PyList([T('a', 1), new PyList(['b', new PyFloat(2.5)])])], new Map([['c', d]]));
    d.setStr('c', 'x');
    expect(call(dictType, '__repr__', [d])).toBe("{'a': 1, 'b': 2.5, 'c': 'x'}");
    // dict([(1, 2, 3)]) -> ValueError: dictionary update sequence element #0 has length 3; 2 is required
    expect(err(() => call(dictType, '__init__', [new PyDict(), new PyList([T(1, 2, 3)])]))).toBe(
      'ValueError: dictionary update sequence element #0 has length 3; 2 is required',
    );
  });
  it('pop, popitem, KeyError', () => {
    const d = new PyDict();
    d.setStr('a', 1);
    d.setStr('b', 2);
    expect((call(dictType, 'popitem', [d]) as PyTuple).items).toEqual(['b', 2]);
    expect(call(dictType, 'pop', [d, 'zz', 0])).toBe(0);
    expect(err(() => call(dictType, 'pop', [d, 'zz']))).toBe('KeyError: zz');
    expect(err(() => call(dictType, '__getitem__', [d, 'x']))).toBe('KeyError: x');
    call(dictType, 'popitem', [d]);
    // {}.popitem() -> KeyError: 'popitem(): dictionary is empty'
    expect(err(() => call(dictType, 'popitem', [d]))).toBe('KeyError: popitem(): dictionary is empty');
  });
  it('views and ==', () => {
    const d = new PyDict();
    d.set(1, 'a');
    d.set(2, 'b');
    // repr(d.keys()) == 'dict_keys([1, 2])'; repr(d.items()) == "dict_items([(1, 'a'), (2, 'b')])"
    const ks = call(dictType, 'keys', [d]) as any;
    expect(call(ks.type, '__repr__', [ks])).toBe('dict_keys([1, 2])');
    const its = call(dictType, 'items', [d]) as any;
    expect(call(its.type, '__repr__', [its])).toBe("dict_items([(1, 'a'), (2, 'b')])");
    // d.keys() & {2, 3} == {2}
    const s = new PySet();
    call(setType, 'update', [s, new PyList([2, 3])]);
    const r = call(ks.type, '__and__', [ks, s]) as PySet;
    expect(r.elements()).toEqual([2]);
    const e = d.copy();
    expect(call(dictType, '__eq__', [d, e])).toBe(true);
    e.set(2, 'c');
    expect(call(dictType, '__eq__', [d, e])).toBe(false);
  });
});

describe('set', () => {
  it('reprs and operators', () => {
    const s = new PySet();
    call(setType, 'update', [s, new PyList([1, 2])]);
    expect(call(setType, '__repr__', [s])).toBe('{1, 2}');
    expect(call(setType, '__repr__', [new PySet()])).toBe('set()');
    const f = call(frozensetType, '__new__', [frozensetType, new PyList([1])]) as PySet;
    expect(call(frozensetType, '__repr__', [f])).toBe('frozenset({1})');
    // hash(frozenset({1,2,3})) == -272375401224217160; hash(frozenset()) == 133146708735736
    const g = call(frozensetType, '__new__', [frozensetType, new PyList([1, 2, 3])]) as PySet;
    expect(call(frozensetType, '__hash__', [g])).toBe(-272375401224217160n);
    expect(call(frozensetType, '__hash__', [call(frozensetType, '__new__', [frozensetType]) as PySet])).toBe(133146708735736);
    expect(err(() => call(setType, 'pop', [new PySet()]))).toBe('KeyError: pop from an empty set');
    expect(err(() => call(setType, 'add', [s, new PyList([])]))).toBe("TypeError: unhashable type: 'list'");
    // {1,2} - {2} == {1}; {1,2} ^ {2,3} == {1, 3}; {1} < {1,2}
    const t = new PySet();
    call(setType, 'update', [t, new PyList([2, 3])]);
    expect((call(setType, '__sub__', [s, t]) as PySet).elements()).toEqual([1]);
    expect((call(setType, '__xor__', [s, t]) as PySet).elements()).toEqual([1, 3]);
    expect(call(setType, '__lt__', [s, t])).toBe(false);
  });
});
