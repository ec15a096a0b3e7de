// Iterator objects of the builtin containers and the iterator builtins (enumerate, zip, map, filter,
// reversed). Every one extends PyIterator, whose `next()` is the fast path the VM's FOR_ITER and
// ops.iterNext call without dispatch:
//   next() -> the value | undefined (exhausted) | a NativeGen (may run Python code) whose return
//             value is the next value, or `undefined` (cast) when exhausted.
// Python sees `__iter__` (returns self) and `__next__` (raises StopIteration when exhausted).
// Container iterators check for mutation as CPython does ("dictionary changed size during iteration").

import { isGen } from './gen.js';
import { PyObject, isPending, type NativeGen, type PyValue, type NativeResult } from './object.js';
import type { PyType } from './type.js';
import { builtinType, None, typeOf } from './builtin-types.js';
import { pyErr, RuntimeError, StopIteration, TypeError, ValueError } from './exceptions.js';
import { nativeMethod, nativeFunction } from './native.js';
import type { Table } from './hashtable.js';
import { PyTuple } from './tuple.js';
import * as ops from './ops.js';
import { CmpOp } from './ops.js';
import { nextGen, truthGen } from './seq.js';

export abstract class PyIterator extends PyObject {
  abstract next(): PyValue | undefined | NativeGen;
  /** Remaining items, for __length_hint__ (undefined = unknown). */
  lengthHint(): number | undefined {
    return undefined;
  }
}

/** Shared __next__: StopIteration when exhausted. */
function nextOrRaise(it: PyIterator): NativeResult {
  const r = it.next();
  if (r === undefined) throw pyErr(StopIteration);
  if (isPending(r)) {
    return (function* (): NativeGen {
      const v = (yield* r) as PyValue | undefined;
      if (v === undefined) throw pyErr(StopIteration);
      return v;
    })();
  }
  return r;
}

/** Create an iterator type with __iter__/__next__/__length_hint__. */
export function iteratorType(name: string): PyType {
  const t = builtinType(name);
  t.define({
    __iter__: nativeMethod(name, '__iter__', (args) => args[0]),
    __next__: nativeMethod(name, '__next__', (args) => nextOrRaise(args[0] as PyIterator)),
    __length_hint__: nativeMethod(name, '__length_hint__', (args) => (args[0] as PyIterator).lengthHint() ?? 0),
  });
  return t;
}

// ---- sequences -----------------------------------------------------------------------------------

export const listIteratorType = iteratorType('list_iterator');
export const tupleIteratorType = iteratorType('tuple_iterator');
export const listReverseIteratorType = iteratorType('list_reverseiterator');

/** Iterates `seq.items` live (a list may grow while it is iterated). */
export class SeqIterator extends PyIterator {
  seq: { items: PyValue[] } | null;
  i = 0;
  constructor(type: PyType, seq: { items: PyValue[] }) {
    super(type);
    this.seq = seq;
  }
  next(): PyValue | undefined {
    const s = this.seq;
    if (s === null) return undefined;
    if (this.i < s.items.length) return s.items[this.i++];
    this.seq = null;
    return undefined;
  }
  override lengthHint(): number {
    return this.seq ? Math.max(0, this.seq.items.length - this.i) : 0;
  }
}

export class ReverseSeqIterator extends PyIterator {
  seq: { items: PyValue[] } | null;
  i: number;
  constructor(type: PyType, seq: { items: PyValue[] }) {
    super(type);
    this.seq = seq;
    this.i = seq.items.length - 1;
  }
  next(): PyValue | undefined {
    const s = this.seq;
    if (s === null) return undefined;
    if (this.i >= 0 && this.i < s.items.length) return s.items[this.i--];
    this.seq = null;
    return undefined;
  }
  override lengthHint(): number {
    return this.seq ? Math.max(0, Math.min(this.i + 1, this.seq.items.length)) : 0;
  }
}

// ---- str ------------------------------------------------------------------------------------------

export const strIteratorType = iteratorType('str_iterator');
export const strAsciiIteratorType = iteratorType('str_ascii_iterator');

/** Iterates code points (a surrogate pair is one character). */
export class StrIterator extends PyIterator {
  s: string;
  i = 0;
  constructor(s: string) {
    super(/^[\x00-\x7f]*$/.test(s) ? strAsciiIteratorType : strIteratorType);
    this.s = s;
  }
  next(): PyValue | undefined {
    const s = this.s;
    const i = this.i;
    if (i >= s.length) return undefined;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        this.i = i + 2;
        return s.slice(i, i + 2);
      }
    }
    this.i = i + 1;
    return s[i];
  }
}

// ---- dict / set ------------------------------------------------------------------------------------

export const dictKeyIteratorType = iteratorType('dict_keyiterator');
export const dictValueIteratorType = iteratorType('dict_valueiterator');
export const dictItemIteratorType = iteratorType('dict_itemiterator');
export const dictRevKeyIteratorType = iteratorType('dict_reversekeyiterator');
export const dictRevValueIteratorType = iteratorType('dict_reversevalueiterator');
export const dictRevItemIteratorType = iteratorType('dict_reverseitemiterator');
export const setIteratorType = iteratorType('set_iterator');

export const enum TableIterKind { Keys, Values, Items }

/** Iterates a dict's or set's table in insertion order; CPython's mutation checks. */
export class TableIterator extends PyIterator {
  t: Table | null;
  pos: number;
  size0: number;
  layout0: number;
  kind: TableIterKind;
  reverse: boolean;
  isSet: boolean;
  constructor(type: PyType, t: Table, kind: TableIterKind, reverse = false, isSet = false) {
    super(type);
    this.t = t;
    this.kind = kind;
    this.reverse = reverse;
    this.isSet = isSet;
    this.pos = reverse ? t.keys.length - 1 : 0;
    this.size0 = t.size;
    this.layout0 = t.layout;
  }
  next(): PyValue | undefined {
    const t = this.t;
    if (t === null) return undefined;
    if (t.size !== this.size0) {
      this.size0 = -1; // CPython keeps failing afterwards
      throw pyErr(RuntimeError, `${this.isSet ? 'Set' : 'dictionary'} changed size during iteration`);
    }
    if (t.layout !== this.layout0) {
      throw pyErr(RuntimeError, `${this.isSet ? 'Set' : 'dictionary'} keys changed during iteration`);
    }
    const ks = t.keys;
    let p = this.pos;
    if (this.reverse) {
      while (p >= 0 && ks[p] === undefined) p--;
      if (p < 0) {
        this.t = null;
        return undefined;
      }
      this.pos = p - 1;
    } else {
      const n = ks.length;
      while (p < n && ks[p] === undefined) p++;
      if (p >= n) {
        this.t = null;
        return undefined;
      }
      this.pos = p + 1;
    }
    switch (this.kind) {
      case TableIterKind.Keys:
        return ks[p];
      case TableIterKind.Values:
        return t.vals[p];
      default:
        return new PyTuple([ks[p] as PyValue, t.vals[p] as PyValue]);
    }
  }
  override lengthHint(): number {
    return this.t ? this.t.size : 0;
  }
}

// ---- generic iterator-driving builtins --------------------------------------------------------------

/** next() of any iterator: the fast path for PyIterator, else ops.iterNext. */
export function nextOf(it: PyValue): PyValue | undefined | NativeGen {
  if (it instanceof PyIterator) return it.next();
  return ops.iterNext(it) as PyValue | undefined | NativeGen;
}

export const enumerateType = iteratorType('enumerate');
export const zipType = iteratorType('zip');
export const mapType = iteratorType('map');
export const filterType = iteratorType('filter');
export const reversedType = iteratorType('reversed');
export const callableIteratorType = iteratorType('callable_iterator');

export class EnumerateIterator extends PyIterator {
  constructor(type: PyType, public it: PyValue, public n: number | bigint) {
    super(type);
  }
  next(): PyValue | undefined | NativeGen {
    const r = nextOf(this.it);
    if (r === undefined) return undefined;
    if (isPending(r)) {
      const self = this;
      return (function* (): NativeGen {
        const v = (yield* nextGen(self.it)) as PyValue | undefined;
        return v === undefined ? (undefined as unknown as PyValue) : self.pair(v);
      })();
    }
    return this.pair(r);
  }
  private pair(v: PyValue): PyTuple {
    const n = this.n;
    this.n = typeof n === 'number' && n < Number.MAX_SAFE_INTEGER ? n + 1 : BigInt(n) + 1n;
    return new PyTuple([n, v]);
  }
}

export class ZipIterator extends PyIterator {
  constructor(type: PyType, public its: PyValue[], public strict: boolean) {
    super(type);
  }
  next(): PyValue | undefined | NativeGen {
    const its = this.its;
    if (its.length === 0) return undefined;
    const out: PyValue[] = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const r = nextOf(its[i]);
      if (isPending(r)) return this.nextGen(out, i, r);
      if (r === undefined) return this.exhausted(i);
      out[i] = r;
    }
    return new PyTuple(out);
  }
  private *nextGen(out: PyValue[], i: number, first: NativeGen): NativeGen {
    let r: PyValue | undefined = (yield* first) as PyValue | undefined;
    for (;;) {
      if (r === undefined) {
        const e = this.exhausted(i);
        if (isPending(e)) return yield* e;
        return e as unknown as PyValue;
      }
      out[i] = r;
      if (++i >= this.its.length) return new PyTuple(out);
      const n = nextOf(this.its[i]);
      r = isPending(n) ? ((yield* n) as PyValue | undefined) : n;
    }
  }
  /** Iterator i ran out: fine unless strict (CPython: zip_next with strict=True). */
  private exhausted(i: number): undefined | NativeGen {
    if (!this.strict) {
      this.its = [];
      return undefined;
    }
    const its = this.its;
    this.its = [];
    const plural = (k: number) => (k === 1 ? ' ' : 's 1-');
    if (i > 0) {
      throw pyErr(ValueError, `zip() argument ${i + 1} is shorter than argument${plural(i)}${i}`);
    }
    return (function* (): NativeGen {
      for (let j = 1; j < its.length; j++) {
        const n = nextOf(its[j]);
        const v = isPending(n) ? yield* n : n;
        if (v !== undefined) {
          throw pyErr(ValueError, `zip() argument ${j + 1} is longer than argument${plural(j)}${j}`);
        }
      }
      return undefined as unknown as PyValue;
    })();
  }
}

export class MapIterator extends PyIterator {
  constructor(type: PyType, public fn: PyValue, public its: PyValue[]) {
    super(type);
  }
  next(): PyValue | undefined | NativeGen {
    const its = this.its;
    const args: PyValue[] = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const r = nextOf(its[i]);
      if (isPending(r)) return this.nextGen(args, i, r);
      if (r === undefined) return undefined;
      args[i] = r;
    }
    return ops.call(this.fn, args, null) as PyValue | NativeGen;
  }
  private *nextGen(args: PyValue[], i: number, first: NativeGen): NativeGen {
    let r = (yield* first) as PyValue | undefined;
    for (;;) {
      if (r === undefined) return undefined as unknown as PyValue;
      args[i] = r;
      if (++i >= this.its.length) break;
      const n = nextOf(this.its[i]);
      r = isPending(n) ? ((yield* n) as PyValue | undefined) : n;
    }
    const c = ops.call(this.fn, args, null);
    return isPending(c) ? yield* c : c;
  }
}

export class FilterIterator extends PyIterator {
  constructor(type: PyType, public fn: PyValue, public it: PyValue) {
    super(type);
  }
  next(): PyValue | undefined | NativeGen {
    if (this.fn === None) {
      // filter(None, xs): keep truthy items; stay synchronous while truth needs no Python code
      for (;;) {
        const r = nextOf(this.it);
        if (r === undefined) return undefined;
        if (isPending(r)) return this.nextGen(r);
        const t = ops.isTrue(r);
        if (isGen(t)) return this.nextGen(undefined, r, t as NativeGen);
        if (t) return r;
      }
    }
    return this.nextGen();
  }
  private *nextGen(first?: NativeGen, pendingItem?: PyValue, pendingTruth?: NativeGen): NativeGen {
    if (pendingTruth !== undefined) {
      if ((yield* pendingTruth) as boolean) return pendingItem as PyValue;
    }
    let firstGen = first;
    for (;;) {
      let v: PyValue | undefined;
      if (firstGen) {
        v = (yield* firstGen) as PyValue | undefined;
        firstGen = undefined;
      } else {
        const n = nextOf(this.it);
        v = isPending(n) ? ((yield* n) as PyValue | undefined) : n;
      }
      if (v === undefined) return undefined as unknown as PyValue;
      let keep: PyValue;
      if (this.fn === None) keep = v;
      else {
        const c = ops.call(this.fn, [v], null);
        keep = isPending(c) ? yield* c : c;
      }
      if (yield* truthGen(keep)) return v;
    }
  }
}

/** reversed() over any object with __len__ and __getitem__ (CPython: reversed_new fallback). */
export class ReversedIterator extends PyIterator {
  constructor(type: PyType, public seq: PyValue, public i: number) {
    super(type);
  }
  next(): PyValue | undefined | NativeGen {
    if (this.i < 0) return undefined;
    const i = this.i--;
    const r = ops.getItem(this.seq, i);
    return r as PyValue | NativeGen;
  }
  override lengthHint(): number {
    return this.i + 1;
  }
}

/** iter(callable, sentinel). */
export class CallableIterator extends PyIterator {
  constructor(type: PyType, public fn: PyValue | null, public sentinel: PyValue) {
    super(type);
  }
  next(): PyValue | undefined | NativeGen {
    const fn = this.fn;
    if (fn === null) return undefined;
    const self = this;
    return (function* (): NativeGen {
      const c = ops.call(fn, [], null);
      const v = isPending(c) ? yield* c : c;
      const eq = ops.richCompare(v, self.sentinel, CmpOp.Eq);
      const e = isPending(eq) ? yield* eq : eq;
      if (yield* truthGen(e)) {
        self.fn = null;
        return undefined as unknown as PyValue;
      }
      return v;
    })();
  }
}

// Constructors (the builtins module exposes these types; type-call runs __new__).

function getIterSync(v: PyValue): NativeResult {
  return ops.getIter(v);
}

function* allIters(vals: PyValue[]): NativeGen {
  const out: PyValue[] = [];
  for (const v of vals) {
    const r = getIterSync(v);
    out.push(isPending(r) ? yield* r : r);
  }
  return out as unknown as PyValue;
}

function itersOf(vals: PyValue[]): PyValue[] | NativeGen {
  const out: PyValue[] = new Array(vals.length);
  for (let i = 0; i < vals.length; i++) {
    const r = getIterSync(vals[i]);
    if (isPending(r)) return allIters(vals);
    out[i] = r;
  }
  return out;
}

function withIters(vals: PyValue[], k: (its: PyValue[]) => PyValue): NativeResult {
  const r = itersOf(vals);
  if (isGen(r)) {
    return (function* (): NativeGen {
      return k((yield* (r as NativeGen)) as unknown as PyValue[]);
    })();
  }
  return k(r as PyValue[]);
}

enumerateType.define({
  __new__: nativeFunction('__new__', (args, kwargs) => {
    const cls = args[0] as PyType;
    let iterable = args[1];
    let start: PyValue = args.length > 2 ? args[2] : 0;
    if (kwargs) {
      for (const [k, v] of kwargs) {
        if (k === 'iterable' && args.length < 2) iterable = v;
        else if (k === 'start' && args.length < 3) start = v;
        else throw pyErr(TypeError, `'${k}' is an invalid keyword argument for enumerate()`);
      }
    }
    if (args.length > 3) throw pyErr(TypeError, `enumerate() takes at most 2 arguments (${args.length - 1} given)`);
    if (iterable === undefined) throw pyErr(TypeError, "enumerate() missing required argument 'iterable' (pos 1)");
    const st = start === true ? 1 : start === false ? 0 : start;
    if (typeof st !== 'number' && typeof st !== 'bigint') {
      throw pyErr(TypeError, `'${typeOf(start).name}' object cannot be interpreted as an integer`);
    }
    return withIters([iterable], ([it]) => new EnumerateIterator(cls, it, st));
  }),
});

zipType.define({
  __new__: nativeFunction('__new__', (args, kwargs) => {
    const cls = args[0] as PyType;
    let strict = false;
    if (kwargs) {
      for (const [k, v] of kwargs) {
        if (k !== 'strict') throw pyErr(TypeError, `zip() got an unexpected keyword argument '${k}'`);
        const t = ops.isTrue(v);
        strict = t === true;
      }
    }
    return withIters(args.slice(1), (its) => new ZipIterator(cls, its, strict));
  }),
});

mapType.define({
  __new__: nativeFunction('__new__', (args, kwargs) => {
    if (kwargs && kwargs.size) throw pyErr(TypeError, 'map() takes no keyword arguments');
    if (args.length < 3) throw pyErr(TypeError, 'map() must have at least two arguments.');
    const cls = args[0] as PyType;
    return withIters(args.slice(2), (its) => new MapIterator(cls, args[1], its));
  }),
});

filterType.define({
  __new__: nativeFunction('__new__', (args, kwargs) => {
    if (kwargs && kwargs.size) throw pyErr(TypeError, 'filter() takes no keyword arguments');
    if (args.length !== 3) throw pyErr(TypeError, `filter expected 2 arguments, got ${args.length - 1}`);
    const cls = args[0] as PyType;
    return withIters([args[2]], ([it]) => new FilterIterator(cls, args[1], it));
  }),
});

reversedType.define({
  __new__: nativeFunction('__new__', (args, kwargs) => {
    if (kwargs && kwargs.size) throw pyErr(TypeError, 'reversed() takes no keyword arguments');
    if (args.length !== 2) throw pyErr(TypeError, `reversed expected 1 argument, got ${args.length - 1}`);
    const cls = args[0] as PyType;
    const seq = args[1];
    const t = typeOf(seq);
    const rev = t.lookup('__reversed__');
    if (rev === None) throw pyErr(TypeError, `'${t.name}' object is not reversible`);
    if (rev !== undefined) return ops.call(rev, [seq], null);
    if (t.lookup('__getitem__') === undefined || t.lookup('__len__') === undefined) {
      throw pyErr(TypeError, `'${t.name}' object is not reversible`);
    }
    const n = ops.len(seq);
    if (isPending(n)) {
      return (function* (): NativeGen {
        return new ReversedIterator(cls, seq, ((yield* n) as number) - 1);
      })();
    }
    return new ReversedIterator(cls, seq, (n as number) - 1);
  }),
});
