// The `operator` module (CPython: Modules/_operator.c): every operator as a function (add, lt,
// getitem, ...) with its dunder alias (__add__ ...), plus itemgetter, attrgetter and methodcaller.
// All dispatch goes through ops (the abstract protocol): no operator semantics are reimplemented here.

import { type KwArgs, type NativeGen, type NativeResult, type PyValue, PyObject, settle } from '../src/objects/object.js';
import { None, builtinType } from '../src/objects/builtin-types.js';
import { TypeError, ValueError, pyErr } from '../src/objects/exceptions.js';
import { pyTuple } from '../src/objects/tuple.js';
import { abs as builtinAbs } from '../src/builtins/numeric.js';
import { nativeFunction, methodTable } from '../src/objects/native.js';
import type { PyType } from '../src/objects/type.js';
import { call as callValue } from '../src/objects/call.js';
import * as ops from '../src/objects/ops.js';
import { BinOp, CmpOp, UnaryOp } from '../src/objects/ops.js';
import { checkCount, noKwargs, positional, typeName } from '../src/builtins/args.js';
import { toIndex } from '../src/builtins/num.js';
import { nextOf, iterOf } from '../src/builtins/iterate.js';
import { defineModule } from './index.js';

type Fn = (args: PyValue[]) => NativeResult;

function fn(name: string, nargs: number, f: Fn) {
  return nativeFunction(name, (args, kwargs) => {
    positional(name, args, kwargs, nargs, nargs);
    return f(args);
  });
}

const binaries: [string, BinOp][] = [
  ['add', BinOp.Add], ['and_', BinOp.And], ['floordiv', BinOp.FloorDivide], ['lshift', BinOp.LShift],
  ['matmul', BinOp.MatMul], ['mod', BinOp.Remainder], ['mul', BinOp.Multiply], ['or_', BinOp.Or],
  ['pow', BinOp.Power], ['rshift', BinOp.RShift], ['sub', BinOp.Subtract], ['truediv', BinOp.TrueDivide],
  ['xor', BinOp.Xor],
  ['iadd', BinOp.InplaceAdd], ['iand', BinOp.InplaceAnd], ['ifloordiv', BinOp.InplaceFloorDivide],
  ['ilshift', BinOp.InplaceLShift], ['imatmul', BinOp.InplaceMatMul], ['imod', BinOp.InplaceRemainder],
  ['imul', BinOp.InplaceMultiply], ['ior', BinOp.InplaceOr], ['ipow', BinOp.InplacePower],
  ['irshift', BinOp.InplaceRShift], ['isub', BinOp.InplaceSubtract], ['itruediv', BinOp.InplaceTrueDivide],
  ['ixor', BinOp.InplaceXor],
];

const compares: [string, CmpOp][] = [
  ['lt', CmpOp.Lt], ['le', CmpOp.Le], ['eq', CmpOp.Eq], ['ne', CmpOp.Ne], ['gt', CmpOp.Gt], ['ge', CmpOp.Ge],
];

const unaries: [string, UnaryOp][] = [['neg', UnaryOp.Negative], ['pos', UnaryOp.Positive], ['invert', UnaryOp.Invert], ['inv', UnaryOp.Invert]];

function isSeqLike(v: PyValue): boolean {
  return typeof v === 'string' || (v instanceof PyObject && v.type.lookup('__getitem__') !== undefined && v.type.name !== 'dict');
}

function* countOrIndex(seq: PyValue, item: PyValue, wantIndex: boolean): NativeGen {
  const it = yield* iterOf(seq);
  let n = 0;
  let i = 0;
  for (;;) {
    const x = yield* nextOf(it);
    if (x === undefined) break;
    const same = x === item || (yield* truth(x, item));
    if (same) {
      if (wantIndex) return i;
      n++;
    }
    i++;
  }
  if (wantIndex) throw pyErr(ValueError, 'sequence.index(x): x not in sequence');
  return n;
}

function* truth(x: PyValue, item: PyValue): Generator<any, boolean, PyValue> {
  const r = yield* settle(ops.richCompare(x, item, CmpOp.Eq));
  const t = ops.isTrue(r);
  return typeof t === 'boolean' ? t : ((yield* settle(t as NativeResult)) as unknown as boolean);
}


// ---- itemgetter / attrgetter / methodcaller ----

class Getter extends PyObject {
  constructor(type: PyType, public items: PyValue[]) {
    super(type);
  }
}

class MethodCaller extends PyObject {
  constructor(type: PyType, public name: string, public args: PyValue[], public kwargs: KwArgs) {
    super(type);
  }
}

export const itemgetterType = builtinType('itemgetter');
export const attrgetterType = builtinType('attrgetter');
export const methodcallerType = builtinType('methodcaller');

function* reprList(items: PyValue[]): NativeGen {
  const parts: string[] = [];
  for (const x of items) parts.push((yield* settle(ops.repr(x))) as string);
  return parts.join(', ');
}

itemgetterType.define(methodTable('itemgetter', {
  __new__: (args, kwargs) => {
    noKwargs('itemgetter', kwargs);
    checkCount('itemgetter', args.slice(1), 1, Infinity);
    return new Getter(args[0] as PyType, args.slice(1));
  },
  __call__: (args, kwargs) => {
    const g = args[0] as Getter;
    positional('itemgetter', args.slice(1), kwargs, 1, 1);
    const obj = args[1];
    if (g.items.length === 1) return ops.getItem(obj, g.items[0]);
    return (function* (): NativeGen {
      const out: PyValue[] = [];
      for (const k of g.items) out.push(yield* settle(ops.getItem(obj, k)));
      return pyTuple(out);
    })();
  },
  __repr__: (args) => (function* (): NativeGen {
    return `operator.itemgetter(${yield* reprList((args[0] as Getter).items)})`;
  })(),
}));

function* getDotted(obj: PyValue, name: string): NativeGen {
  let v = obj;
  for (const part of name.split('.')) v = yield* settle(ops.getAttr(v, part));
  return v;
}

attrgetterType.define(methodTable('attrgetter', {
  __new__: (args, kwargs) => {
    noKwargs('attrgetter', kwargs);
    checkCount('attrgetter', args.slice(1), 1, Infinity);
    for (const a of args.slice(1)) if (typeof a !== 'string') throw pyErr(TypeError, 'attribute name must be a string');
    return new Getter(args[0] as PyType, args.slice(1));
  },
  __call__: (args, kwargs) => {
    const g = args[0] as Getter;
    positional('attrgetter', args.slice(1), kwargs, 1, 1);
    const obj = args[1];
    return (function* (): NativeGen {
      if (g.items.length === 1) return yield* getDotted(obj, g.items[0] as string);
      const out: PyValue[] = [];
      for (const k of g.items) out.push(yield* getDotted(obj, k as string));
      return pyTuple(out);
    })();
  },
  __repr__: (args) => (function* (): NativeGen {
    return `operator.attrgetter(${yield* reprList((args[0] as Getter).items)})`;
  })(),
}));

methodcallerType.define(methodTable('methodcaller', {
  __new__: (args, kwargs) => {
    if (args.length < 2) throw pyErr(TypeError, 'methodcaller needs at least one argument, the method name');
    if (typeof args[1] !== 'string') throw pyErr(TypeError, 'method name must be a string');
    return new MethodCaller(args[0] as PyType, args[1], args.slice(2), kwargs && kwargs.size ? new Map(kwargs) : null);
  },
  __call__: (args, kwargs) => {
    const m = args[0] as MethodCaller;
    positional('methodcaller', args.slice(1), kwargs, 1, 1);
    return (function* (): NativeGen {
      const f = yield* settle(ops.getAttr(args[1], m.name));
      return yield* settle(callValue(f, m.args, m.kwargs));
    })();
  },
  __repr__: (args) => (function* (): NativeGen {
    const m = args[0] as MethodCaller;
    const parts = [(yield* settle(ops.repr(m.name))) as string];
    if (m.args.length) parts.push((yield* reprList(m.args)) as string);
    if (m.kwargs) for (const [k, v] of m.kwargs) parts.push(`${k}=${(yield* settle(ops.repr(v))) as string}`);
    return `operator.methodcaller(${parts.join(', ')})`;
  })(),
}));

/** The `operator` module's namespace. */
export function operatorNamespace(): Record<string, PyValue> {
  const ns: Record<string, PyValue> = {};
  const put = (name: string, f: PyValue, alias = true) => {
    ns[name] = f;
    if (alias) ns[`__${name.replace(/_$/, '')}__`] = f;
  };
  for (const [name, op] of binaries) put(name, fn(name, 2, ([a, b]) => ops.binaryOp(a, b, op)));
  for (const [name, op] of compares) put(name, fn(name, 2, ([a, b]) => ops.richCompare(a, b, op)));
  for (const [name, op] of unaries) put(name, fn(name, 1, ([a]) => ops.unaryOp(a, op)));
  put('not_', fn('not_', 1, ([a]) => (function* (): NativeGen {
    const t = ops.isTrue(a);
    return !(typeof t === 'boolean' ? t : yield* settle(t as NativeResult));
  })()));
  put('truth', fn('truth', 1, ([a]) => ops.isTrue(a) as NativeResult), false);
  put('abs', fn('abs', 1, ([a]) => builtinAbs.fn([a], null)));
  put('index', fn('index', 1, ([a]) => toIndex(a) as unknown as NativeGen));
  put('is_', fn('is_', 2, ([a, b]) => a === b), false);
  put('is_not', fn('is_not', 2, ([a, b]) => a !== b), false);
  put('contains', fn('contains', 2, ([a, b]) => ops.contains(a, b) as NativeResult));
  put('getitem', fn('getitem', 2, ([a, b]) => ops.getItem(a, b)));
  put('setitem', fn('setitem', 3, ([a, b, c]) => ops.setItem(a, b, c)));
  put('delitem', fn('delitem', 2, ([a, b]) => ops.delItem(a, b)));
  put('concat', fn('concat', 2, ([a, b]) => {
    if (!isSeqLike(a)) throw pyErr(TypeError, `'${typeName(a)}' object can't be concatenated`);
    return ops.binaryOp(a, b, BinOp.Add);
  }));
  put('iconcat', fn('iconcat', 2, ([a, b]) => {
    if (!isSeqLike(a)) throw pyErr(TypeError, `'${typeName(a)}' object can't be concatenated`);
    return ops.binaryOp(a, b, BinOp.InplaceAdd);
  }));
  put('countOf', fn('countOf', 2, ([a, b]) => countOrIndex(a, b, false)), false);
  put('indexOf', fn('indexOf', 2, ([a, b]) => countOrIndex(a, b, true)), false);
  put('length_hint', nativeFunction('length_hint', (args, kwargs) => {
    positional('length_hint', args, kwargs, 1, 2);
    return (function* (): NativeGen {
      try {
        return yield* settle(ops.len(args[0]));
      } catch (e) {
        if (!(e instanceof PyObject) || (e.type !== TypeError && !e.type.isSubtypeOf(TypeError))) throw e;
      }
      const h = args[0] instanceof PyObject ? args[0].type.lookup('__length_hint__') : undefined;
      if (h !== undefined) {
        const r = yield* settle(callValue(h, [args[0]], null));
        if (r !== None) return r;
      }
      return args[1] ?? 0;
    })();
  }), false);
  ns.itemgetter = itemgetterType;
  ns.attrgetter = attrgetterType;
  ns.methodcaller = methodcallerType;
  return ns;
}


export default defineModule({ name: 'operator', doc: 'Operator interface.', init: () => operatorNamespace() });
