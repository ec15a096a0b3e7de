// The object protocol from TypeScript: fast paths, error texts, the NativeGen protocol, modules,
// type creation and descriptors, driven without the VM (a tiny driver runs CallRequests for natives).

import { describe, it, expect } from 'vitest';
import * as ops from '../../src/objects/ops.js';
import { BinOp, CmpOp, UnaryOp } from '../../src/objects/ops.js';
import '../../src/objects/all-types.js';
import { PyObject, isPending, type NativeResult, type PyValue } from '../../src/objects/object.js';
import { PyType } from '../../src/objects/type.js';
import { typeType, objectType, floatType, None, NotImplemented } from '../../src/objects/builtin-types.js';
import { nativeFunction, nativeMethod } from '../../src/objects/native.js';
import { PyBaseException, TypeError as PyTypeError, AttributeError, excTypes } from '../../src/objects/exceptions.js';
import { PyDict } from '../../src/objects/dict.js';
import { pyTuple } from '../../src/objects/tuple.js';
import { PyFloat } from '../../src/objects/float.js';
import { newModule } from '../../src/objects/module-methods.js';
import { propertyType, classMethod } from '../../src/objects/descriptors.js';
import { typeNew } from '../../src/objects/typeobject.js';

/** Drive a NativeResult to its value (CallRequests must target natives: there is no VM here). */
function run(r: NativeResult | undefined): PyValue | undefined {
  if (!isPending(r)) return r;
  let step = r.next();
  while (!step.done) {
    const req = step.value;
    if (req.op !== 'call') throw new Error('block in test');
    let v: PyValue | undefined;
    try {
      v = run(ops.call(req.fn, req.args, req.kwargs));
    } catch (e) {
      step = r.throw(e);
      continue;
    }
    step = r.next(v as PyValue);
  }
  return step.value;
}

/** The Python exception `f` raises, as "Type: message". */
function err(f: () => unknown): string {
  try {
    run(f() as NativeResult);
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.type.name}: ${String(e.args[0])}`;
    throw e;
  }
  return 'no error';
}

/** class <name>(bases): ns  — through type.__new__, as the VM's __build_class__ would. */
function makeClass(name: string, bases: PyType[], ns: Record<string, PyValue>): PyType {
  const d = new PyDict();
  d.setStr('__module__', '__main__');
  for (const [k, v] of Object.entries(ns)) d.setStr(k, v);
  return run(ops.call(typeType, [name, pyTuple(bases), d], null)) as PyType;
}

describe('fast paths', () => {
  it('arithmetic and comparison on ints/floats/strs return plain values', () => {
    expect(ops.binaryOp(2, 3, BinOp.Add)).toBe(5);
    expect(ops.binaryOp(2 ** 53, 2 ** 53, BinOp.Add)).toBe(2n ** 54n);
    expect(ops.binaryOp('a', 'b', BinOp.Add)).toBe('ab');
    expect(ops.binaryOp('ab', 3, BinOp.Multiply)).toBe('ababab');
    expect((ops.binaryOp(1, new PyFloat(0.5), BinOp.Add) as PyFloat).value).toBe(1.5);
    expect(ops.richCompare(1, 2n ** 60n, CmpOp.Lt)).toBe(true);
    expect(ops.richCompare('\u{10000}', '\uffff', CmpOp.Gt)).toBe(true);
    expect(ops.unaryOp(true, UnaryOp.Negative)).toBe(-1);
    expect(ops.unaryOp(0, UnaryOp.Negative)).toBe(0);
    expect(Object.is(ops.unaryOp(0, UnaryOp.Negative), -0)).toBe(false);
    expect(ops.isTrue('')).toBe(false);
    expect(ops.len('a\u{10000}b')).toBe(3);
    expect(ops.repr('a')).toBe("'a'");
    expect(ops.str(12n ** 30n)).toBe(String(12n ** 30n));
  });

  it('a float is a PyObject without being a derived JS class (float.ts), subclass instances included', () => {
    const f = new PyFloat(1.5);
    expect(f instanceof PyObject).toBe(true);
    expect(f.type).toBe(floatType);
    expect(f.dict).toBe(null);
    expect(f.slots).toBe(null);
    const sub = makeClass('F', [floatType], {});
    const g = floatType.alloc!(sub) as PyFloat;
    expect(g instanceof PyFloat && g instanceof PyObject).toBe(true);
    expect(g.type).toBe(sub);
    expect(ops.repr(g)).toBe('0.0');
  });

  it('error messages are CPython 3.11', () => {
    expect(err(() => ops.binaryOp(1, 'a', BinOp.Add))).toBe("TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    expect(err(() => ops.binaryOp(1, 'a', BinOp.InplaceAdd))).toBe("TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
    expect(err(() => ops.binaryOp(1, 'a', BinOp.Power))).toBe("TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'");
    expect(err(() => ops.binaryOp('a', 1, BinOp.Add))).toBe('TypeError: can only concatenate str (not "int") to str');
    expect(err(() => ops.unaryOp('a', UnaryOp.Negative))).toBe("TypeError: bad operand type for unary -: 'str'");
    expect(err(() => ops.richCompare(1, 'a', CmpOp.Lt))).toBe("TypeError: '<' not supported between instances of 'int' and 'str'");
    expect(err(() => ops.getItem(1, 0))).toBe("TypeError: 'int' object is not subscriptable");
    expect(err(() => ops.setItem(1, 0, 0))).toBe("TypeError: 'int' object does not support item assignment");
    expect(err(() => ops.delItem(1, 0))).toBe("TypeError: 'int' object does not support item deletion");
    expect(err(() => ops.len(1))).toBe("TypeError: object of type 'int' has no len()");
    expect(err(() => ops.getIter(1))).toBe("TypeError: 'int' object is not iterable");
    expect(err(() => ops.contains(3, 1))).toBe("TypeError: argument of type 'int' is not iterable");
    expect(err(() => ops.contains('a', 3))).toBe("TypeError: 'in <string>' requires string as left operand, not int");
    expect(err(() => ops.call(1, [], null))).toBe("TypeError: 'int' object is not callable");
    expect(err(() => ops.getAttr(1, 'foo'))).toBe("AttributeError: 'int' object has no attribute 'foo'");
    expect(err(() => ops.getAttr(objectType, 'foo'))).toBe("AttributeError: type object 'object' has no attribute 'foo'");
    expect(err(() => ops.setAttr(objectType, 'foo', 1))).toBe("TypeError: cannot set 'foo' attribute of immutable type 'object'");
    expect(err(() => ops.isInstance(1, 1))).toBe('TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union');
  });
});

describe('attributes', () => {
  it('getAttrOpt reports absence without raising', () => {
    expect(ops.getAttrOpt(1, 'nope')).toBeUndefined();
    const A = makeClass('A', [], { x: 1 });
    const a = run(ops.call(A, [], null)) as PyValue;
    expect(ops.getAttrOpt(a, 'x')).toBe(1);
    expect(ops.getAttrOpt(a, 'y')).toBeUndefined();
    expect(err(() => ops.getAttr(a, 'y'))).toBe("AttributeError: 'A' object has no attribute 'y'");
  });

  it('instance dict, data descriptors and __getattr__ in CPython order', () => {
    const getter = nativeFunction('g', (args) => `prop of ${typeof args[0]}`);
    const prop = run(ops.call(propertyType, [getter], null)) as PyValue;
    const hook = nativeMethod('A', '__getattr__', (args) => `hook:${args[1] as string}`);
    const A = makeClass('A', [], { p: prop, __getattr__: hook, c: 5 });
    const a = run(ops.call(A, [], null)) as PyValue;
    run(ops.setAttr(a, 'c', 6));
    expect(run(ops.getAttr(a, 'c'))).toBe(6);
    expect(run(ops.getAttr(A, 'c'))).toBe(5);
    expect(run(ops.getAttr(a, 'p'))).toBe('prop of object');
    expect(err(() => ops.setAttr(a, 'p', 1))).toBe("AttributeError: property 'p' of 'A' object has no setter");
    expect(run(ops.getAttr(a, 'zz'))).toBe('hook:zz');
    expect(run(ops.getAttrOpt(a, 'zz'))).toBe('hook:zz');
  });

  it('modules: dict access, PEP 562 __getattr__, repr, errors', () => {
    const m = newModule('mod');
    m.dict.setStr('x', 1);
    expect(ops.getAttr(m, 'x')).toBe(1);
    expect(err(() => ops.getAttr(m, 'y'))).toBe("AttributeError: module 'mod' has no attribute 'y'");
    run(ops.setAttr(m, 'y', 2));
    expect(m.dict.getStr('y')).toBe(2);
    expect(run(ops.repr(m))).toBe("<module 'mod'>");
    m.dict.setStr('__file__', '/p/mod.py');
    expect(run(ops.repr(m))).toBe("<module 'mod' from '/p/mod.py'>");
    m.dict.setStr('__getattr__', nativeFunction('__getattr__', (a) => `lazy ${a[0] as string}`));
    expect(run(ops.getAttr(m, 'q'))).toBe('lazy q');
  });
});

describe('types', () => {
  it('type(name, bases, ns), __slots__, __hash__ = None beside __eq__', () => {
    const eq = nativeMethod('A', '__eq__', () => NotImplemented);
    const A = makeClass('A', [], { __slots__: pyTuple(['a', 'b']), __eq__: eq });
    expect(A.slotCount).toBe(2);
    expect(A.instancesHaveDict).toBe(false);
    expect(A.ns.get('__hash__')).toBe(None);
    const a = run(ops.call(A, [], null)) as PyValue;
    expect(err(() => ops.hash(a))).toBe("TypeError: unhashable type: 'A'");
    expect(err(() => ops.getAttr(a, 'a'))).toBe("AttributeError: 'A' object has no attribute 'a'");
    run(ops.setAttr(a, 'b', 3));
    expect(ops.getAttr(a, 'b')).toBe(3);
    expect(err(() => ops.setAttr(a, 'c', 3))).toBe("AttributeError: 'A' object has no attribute 'c'");
    expect(run(ops.repr(A))).toBe("<class '__main__.A'>");
    expect(err(() => makeClass('B', [A, excTypes.ValueError], {}))).toBe('TypeError: multiple bases have instance lay-out conflict');
  });

  it('__init_subclass__ receives class keywords', () => {
    const seen: string[] = [];
    const A = makeClass('A', [], {
      __init_subclass__: classMethod(nativeFunction('__init_subclass__', (a, kw) => {
        seen.push(`${(a[0] as PyType).name}:${kw?.get('tag') as string}`);
        return None;
      })),
    });
    const d = new PyDict();
    run(typeNew.fn([typeType, 'B', pyTuple([A]), d], new Map([['tag', 't']])));
    expect(seen).toEqual(['B:t']);
  });

  it('isinstance/issubclass', () => {
    const A = makeClass('A', [], {});
    const B = makeClass('B', [A], {});
    const b = run(ops.call(B, [], null)) as PyValue;
    expect(ops.isInstance(b, A)).toBe(true);
    expect(ops.isInstance(1, pyTuple([A, excTypes.ValueError, typeType]))).toBe(false);
    expect(ops.isSubclass(B, pyTuple([excTypes.ValueError, A]))).toBe(true);
    expect(err(() => ops.isSubclass(1, A))).toBe('TypeError: issubclass() arg 1 must be a class');
  });
});

describe('exceptions', () => {
  it('str/repr and members', () => {
    const e = run(ops.call(excTypes.KeyError, ['k'], null)) as PyValue;
    expect(run(ops.str(e))).toBe("'k'");
    expect(run(ops.repr(e))).toBe("KeyError('k')");
    const o = run(ops.call(excTypes.OSError, [2, 'No such file or directory', 'x'], null)) as PyBaseException;
    expect(o.type.name).toBe('FileNotFoundError');
    expect(run(ops.str(o))).toBe("[Errno 2] No such file or directory: 'x'");
    const s = run(ops.call(excTypes.StopIteration, [7], null)) as PyValue;
    expect(ops.getAttr(s, 'value')).toBe(7);
    expect(err(() => ops.call(excTypes.ValueError, [], new Map([['x', 1]])))).toBe('TypeError: ValueError() takes no keyword arguments');
    expect(err(() => ops.setAttr(s, '__cause__', 1))).toBe('TypeError: exception cause must be None or derive from BaseException');
    void PyTypeError;
    void AttributeError;
  });
});
