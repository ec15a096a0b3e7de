// The `itertools` module (CPython: Modules/itertoolsmodule.c): lazy iterator objects.
//
// Each itertools object is a PyIterator (src/objects/iterators.ts), so FOR_ITER drives it without
// dispatch. Its step is a generator method: pulling from an underlying Python iterator or calling a
// user predicate may run Python code, so the thread stays preemptible inside `for x in chain(a, b)`.
// The combinatoric iterators (product, permutations, combinations...) read their input pools
// eagerly at construction, as CPython does, then generate index tuples with no Python code at all.

import { PyObject, type KwArgs, type NativeGen, type PyValue } from '../src/objects/object.js';
import { PyType } from '../src/objects/type.js';
import { None, typeOf } from '../src/objects/builtin-types.js';
import { pyErr, TypeError, ValueError } from '../src/objects/exceptions.js';
import { nativeFunction, nativeMethod, methodTable } from '../src/objects/native.js';
import { PyIterator, iteratorType } from '../src/objects/iterators.js';
import { pyTuple, PyTuple } from '../src/objects/tuple.js';
import { PyFloat } from '../src/objects/float.js';
import { PyList } from '../src/objects/list.js';
import { classMethod } from '../src/objects/descriptors.js';
import { intValue } from '../src/objects/int.js';
import * as ops from '../src/objects/ops.js';
import { BinOp, CmpOp } from '../src/objects/ops.js';
import { toArray, nextGen } from '../src/objects/seq.js';
import { signature } from '../src/builtins/args.js';
import { drive, truth } from './lib/pyclass.js';
import { defineModule } from './index.js';

type G<T = PyValue> = Generator<any, T, any>;
type Step = () => G<PyValue | undefined>;

function* iterOf(v: PyValue): G {
  return yield* drive(ops.getIter(v));
}
function* listOf(v: PyValue): G<PyValue[]> {
  return yield* drive<PyValue[]>(toArray(v));
}
function syncIter(v: PyValue): PyValue | NativeGen {
  return ops.getIter(v) as PyValue | NativeGen;
}

/** An itertools object: `step` produces the next value or undefined when exhausted. */
class ItIter extends PyIterator {
  step: Step = function* () {
    return undefined;
  };
  done = false;
  repr: (() => G<string>) | null = null;
  hint: (() => number) | null = null;
  next(): NativeGen {
    const self = this;
    return (function* (): NativeGen {
      if (self.done) return undefined as unknown as PyValue;
      const v = yield* self.step();
      if (v === undefined) self.done = true;
      return v as PyValue;
    })();
  }
  override lengthHint(): number | undefined {
    return this.hint ? this.hint() : undefined;
  }
}

const types: Record<string, PyType> = {};

/** Define an itertools type whose __new__ parses `sig` and sets up the iterator. */
function defType(name: string, make: (it: ItIter, args: PyValue[], kwargs: KwArgs) => G<void> | void): PyType {
  const t = iteratorType(name);
  t.ns.set('__module__', 'itertools');
  t.alloc = (tt) => new ItIter(tt);
  t.define({
    __new__: nativeFunction('__new__', (args, kwargs) => {
      const cls = args[0] as PyType;
      const it = cls.alloc(cls) as ItIter;
      const r = make(it, args.slice(1), kwargs);
      if (r === undefined) return it;
      return (function* (): NativeGen {
        yield* r;
        return it;
      })();
    }),
    __repr__: nativeMethod(name, '__repr__', (a) => {
      const it = a[0] as ItIter;
      if (it.repr === null) return `<itertools.${name} object at ${addr(it)}>`;
      return it.repr();
    }),
  });
  types[name] = t;
  return t;
}

import { addressOf } from '../src/objects/object-methods.js';
const addr = (o: PyObject) => addressOf(o);

function noKw(name: string, kwargs: KwArgs): void {
  if (kwargs !== null && kwargs.size) throw pyErr(TypeError, `${name}() takes no keyword arguments`);
}
function nargs(name: string, args: PyValue[], min: number, max: number): void {
  if (args.length < min) throw pyErr(TypeError, `${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
  if (args.length > max) throw pyErr(TypeError, `${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
}

function* reprOf(v: PyValue): G<string> {
  return (yield* drive(ops.repr(v))) as string;
}

// ---- infinite iterators ----------------------------------------------------------------------------

const countSig = signature('count', 'start=0, step=1');
defType('count', (it, args, kwargs) => {
  const [s0, st0] = countSig.parse(args, kwargs);
  let n: PyValue = s0 ?? 0;
  const step: PyValue = st0 ?? 1;
  const isNum = (v: PyValue) => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat || (v instanceof PyObject && v.type.lookup('__add__') !== undefined);
  if (!isNum(n) || !isNum(step)) throw pyErr(TypeError, 'a number is required');
  it.step = function* () {
    const v = n;
    n = yield* drive(ops.binaryOp(n, step, BinOp.Add));
    return v;
  };
  it.repr = function* () {
    const stepIsOne = step === 1 || step === true;
    return stepIsOne ? `count(${yield* reprOf(n)})` : `count(${yield* reprOf(n)}, ${yield* reprOf(step)})`;
  };
});

defType('cycle', (it, args, kwargs) => {
  noKw('cycle', kwargs);
  nargs('cycle', args, 1, 1);
  return (function* () {
    const src = yield* iterOf(args[0]);
    const saved: PyValue[] = [];
    let i = 0;
    let exhausted = false;
    it.step = function* () {
      if (!exhausted) {
        const v = yield* nextGen(src);
        if (v !== undefined) {
          saved.push(v);
          return v;
        }
        exhausted = true;
      }
      if (saved.length === 0) return undefined;
      const v = saved[i];
      i = (i + 1) % saved.length;
      return v;
    };
  })();
});

const repeatSig = signature('repeat', 'object, times=None');
defType('repeat', (it, args, kwargs) => {
  const [obj, times] = repeatSig.parse(args, kwargs);
  let left = -1;
  if (times !== undefined && times !== None) {
    const n = intValue(times);
    if (n === undefined) throw pyErr(TypeError, `'${typeOf(times).name}' object cannot be interpreted as an integer`);
    left = Math.max(0, Number(n));
  }
  it.step = function* () {
    if (left === 0) return undefined;
    if (left > 0) left--;
    return obj as PyValue;
  };
  it.repr = function* () {
    return left < 0 ? `repeat(${yield* reprOf(obj as PyValue)})` : `repeat(${yield* reprOf(obj as PyValue)}, ${left})`;
  };
  it.hint = () => {
    if (left < 0) throw pyErr(TypeError, 'len() of unsized object');
    return left;
  };
});

// ---- iterators terminating on the shortest input ---------------------------------------------------

const accSig = signature('accumulate', 'iterable, func=None, *, initial=None');
defType('accumulate', (it, args, kwargs) => {
  const [src0, func, initial] = accSig.parse(args, kwargs);
  return (function* () {
    const src = yield* iterOf(src0 as PyValue);
    let total: PyValue | undefined = initial === undefined || initial === None ? undefined : initial;
    let first = total !== undefined;
    it.step = function* () {
      if (first) {
        first = false;
        return total;
      }
      const v = yield* nextGen(src);
      if (v === undefined) return undefined;
      if (total === undefined) total = v;
      else if (func === undefined || func === None) total = yield* drive(ops.binaryOp(total, v, BinOp.Add));
      else total = yield* drive(ops.call(func, [total, v], null));
      return total;
    };
  })();
});

function chainOver(it: ItIter, sources: () => G<PyValue | undefined>): void {
  let cur: PyValue | null = null;
  it.step = function* () {
    for (;;) {
      if (cur === null) {
        const s = yield* sources();
        if (s === undefined) return undefined;
        cur = yield* iterOf(s);
      }
      const v = yield* nextGen(cur);
      if (v !== undefined) return v;
      cur = null;
    }
  };
}

const chainType = defType('chain', (it, args, kwargs) => {
  noKw('chain', kwargs);
  let i = 0;
  chainOver(it, function* () {
    return i < args.length ? args[i++] : undefined;
  });
});
chainType.define({
  from_iterable: classMethod(nativeFunction('from_iterable', (args) => (function* (): NativeGen {
    const cls = args[0] as PyType;
    const outer = yield* iterOf(args[1]);
    const it = cls.alloc(cls) as ItIter;
    chainOver(it, () => nextGen(outer));
    return it;
  })())),
});

defType('compress', (it, args, kwargs) => {
  const [d, s] = signature('compress', 'data, selectors').parse(args, kwargs);
  return (function* () {
    const data = yield* iterOf(d as PyValue);
    const sel = yield* iterOf(s as PyValue);
    it.step = function* () {
      for (;;) {
        const v = yield* nextGen(data);
        if (v === undefined) return undefined;
        const k = yield* nextGen(sel);
        if (k === undefined) return undefined;
        if (yield* truth(k)) return v;
      }
    };
  })();
});

function predIter(name: string, kind: 'dropwhile' | 'takewhile' | 'filterfalse'): void {
  defType(name, (it, args, kwargs) => {
    noKw(name, kwargs);
    nargs(name, args, 2, 2);
    const pred = args[0];
    return (function* () {
      const src = yield* iterOf(args[1]);
      let dropping = true;
      it.step = function* () {
        for (;;) {
          const v = yield* nextGen(src);
          if (v === undefined) return undefined;
          if (kind === 'dropwhile' && !dropping) return v;
          const ok = pred === None ? yield* truth(v) : yield* truth(yield* drive(ops.call(pred, [v], null)));
          if (kind === 'dropwhile') {
            if (!ok) {
              dropping = false;
              return v;
            }
          } else if (kind === 'takewhile') {
            return ok ? v : undefined;
          } else if (!ok) return v;
        }
      };
    })();
  });
}
predIter('dropwhile', 'dropwhile');
predIter('takewhile', 'takewhile');
predIter('filterfalse', 'filterfalse');

// groupby (CPython's algorithm: groups share the underlying iterator; advancing the groupby
// object abandons the current group).
const grouperType = iteratorType('_grouper');
grouperType.ns.set('__module__', 'itertools');
grouperType.alloc = (tt) => new ItIter(tt);

const groupbySig = signature('groupby', 'iterable, key=None');
defType('groupby', (it, args, kwargs) => {
  const [src0, keyfn] = groupbySig.parse(args, kwargs);
  return (function* () {
    const src = yield* iterOf(src0 as PyValue);
    const st = { tgtkey: undefined as PyValue | undefined, currkey: undefined as PyValue | undefined, currvalue: undefined as PyValue | undefined, currgrouper: null as ItIter | null, exhausted: false };
    const advance = function* (): G<boolean> {
      const v = yield* nextGen(src);
      if (v === undefined) {
        st.exhausted = true;
        return false;
      }
      st.currvalue = v;
      st.currkey = keyfn === undefined || keyfn === None ? v : yield* drive(ops.call(keyfn, [v], null));
      return true;
    };
    const eq = function* (a: PyValue, b: PyValue): G<boolean> {
      return a === b || (yield* truth(yield* drive(ops.richCompare(a, b, CmpOp.Eq))));
    };
    it.step = function* () {
      st.currgrouper = null;
      for (;;) {
        if (st.currkey === undefined) {
          if (!(yield* advance())) return undefined;
        } else if (st.tgtkey === undefined || !(yield* eq(st.tgtkey, st.currkey))) break;
        else if (!(yield* advance())) return undefined;
      }
      st.tgtkey = st.currkey;
      const g = new ItIter(grouperType);
      st.currgrouper = g;
      const tgt = st.tgtkey as PyValue;
      g.step = function* () {
        if (st.currgrouper !== g) return undefined;
        if (st.currvalue === undefined) {
          if (!(yield* advance())) return undefined;
        }
        if (!(yield* eq(tgt, st.currkey as PyValue))) return undefined;
        const v = st.currvalue as PyValue;
        st.currvalue = undefined;
        return v;
      };
      return pyTuple([tgt, g]);
    };
  })();
});

const maxsize = Number.MAX_SAFE_INTEGER;
function isliceArg(v: PyValue | undefined, msg: string, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  const n = intValue(v);
  if (n === undefined || n < 0 || n > BigInt(maxsize) * 1024n) throw pyErr(ValueError, msg);
  return Number(n);
}

defType('islice', (it, args, kwargs) => {
  noKw('islice', kwargs);
  if (args.length < 2) throw pyErr(TypeError, `islice expected at least 2 arguments, got ${args.length}`);
  if (args.length > 4) throw pyErr(TypeError, `islice expected at most 4 arguments, got ${args.length}`);
  let start = 0;
  let stop: number;
  let step = 1;
  const idxMsg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  if (args.length === 2) {
    stop = isliceArg(args[1], 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.', Infinity);
  } else {
    start = isliceArg(args[1], idxMsg, 0);
    stop = isliceArg(args[2], idxMsg, Infinity);
    if (args.length === 4) {
      if (args[3] !== None) {
        const s = intValue(args[3]);
        if (s === undefined || s <= 0) throw pyErr(ValueError, 'Step for islice() must be a positive integer or None.');
        step = Number(s);
      }
    }
  }
  return (function* () {
    const src = yield* iterOf(args[0]);
    let i = 0; // index of the next item of src
    let next = start;
    it.step = function* () {
      if (next >= stop) {
        // CPython consumes nothing more once stop is reached
        return undefined;
      }
      while (i < next) {
        const v = yield* nextGen(src);
        if (v === undefined) return undefined;
        i++;
      }
      const v = yield* nextGen(src);
      if (v === undefined) return undefined;
      i++;
      next += step;
      return v;
    };
  })();
});

defType('pairwise', (it, args, kwargs) => {
  noKw('pairwise', kwargs);
  nargs('pairwise', args, 1, 1);
  return (function* () {
    const src = yield* iterOf(args[0]);
    let prev: PyValue | undefined;
    it.step = function* () {
      if (prev === undefined) {
        prev = yield* nextGen(src);
        if (prev === undefined) return undefined;
      }
      const v = yield* nextGen(src);
      if (v === undefined) return undefined;
      const t = pyTuple([prev, v]);
      prev = v;
      return t;
    };
  })();
});

defType('starmap', (it, args, kwargs) => {
  noKw('starmap', kwargs);
  nargs('starmap', args, 2, 2);
  const fn = args[0];
  return (function* () {
    const src = yield* iterOf(args[1]);
    it.step = function* () {
      const v = yield* nextGen(src);
      if (v === undefined) return undefined;
      return yield* drive(ops.call(fn, yield* listOf(v), null));
    };
  })();
});

const zlType = defType('zip_longest', (it, args, kwargs) => {
  let fill: PyValue = None;
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (k !== 'fillvalue') throw pyErr(TypeError, 'zip_longest() got an unexpected keyword argument \'' + k + "'");
      fill = v;
    }
  }
  return (function* () {
    const its: (PyValue | null)[] = [];
    for (const a of args) its.push(yield* iterOf(a));
    let active = its.length;
    it.step = function* () {
      if (its.length === 0 || active === 0) return undefined;
      const out: PyValue[] = [];
      for (let i = 0; i < its.length; i++) {
        const s = its[i];
        if (s === null) {
          out.push(fill);
          continue;
        }
        const v = yield* nextGen(s);
        if (v === undefined) {
          its[i] = null;
          active--;
          if (active === 0) return undefined;
          out.push(fill);
        } else out.push(v);
      }
      return pyTuple(out);
    };
  })();
});
void zlType;

// ---- tee -------------------------------------------------------------------------------------------

const teeType = iteratorType('_tee');
teeType.ns.set('__module__', 'itertools');
teeType.alloc = (tt) => new ItIter(tt);

interface TeeShared {
  src: PyValue;
  buf: PyValue[];
  base: number;
  readers: number[];
  exhausted: boolean;
}

function teeReader(sh: TeeShared, pos: number): ItIter {
  const r = new ItIter(teeType);
  const id = sh.readers.length;
  sh.readers.push(pos);
  r.step = function* () {
    const p = sh.readers[id];
    if (p - sh.base >= sh.buf.length) {
      if (sh.exhausted) return undefined;
      const v = yield* nextGen(sh.src);
      if (v === undefined) {
        sh.exhausted = true;
        return undefined;
      }
      sh.buf.push(v);
    }
    const v = sh.buf[p - sh.base];
    sh.readers[id] = p + 1;
    // drop what every reader has consumed
    const min = Math.min(...sh.readers);
    if (min > sh.base) {
      sh.buf.splice(0, min - sh.base);
      sh.base = min;
    }
    return v;
  };
  return r;
}
const teeShared = new WeakMap<ItIter, [TeeShared, number]>();
teeType.define(methodTable('_tee', {
  __copy__: (a) => {
    const r = a[0] as ItIter;
    const s = teeShared.get(r);
    if (s === undefined) return r;
    const [sh] = s;
    const n = teeReader(sh, sh.readers[s[1]]);
    teeShared.set(n, [sh, sh.readers.length - 1]);
    return n;
  },
}));

const teeFn = nativeFunction('tee', (args, kwargs) => (function* (): NativeGen {
  noKw('tee', kwargs);
  nargs('tee', args, 1, 2);
  const n = args.length > 1 ? Number(intValue(args[1]) ?? NaN) : 2;
  if (Number.isNaN(n)) throw pyErr(TypeError, `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
  if (n < 0) throw pyErr(ValueError, 'n must be >= 0');
  const sh: TeeShared = { src: yield* iterOf(args[0]), buf: [], base: 0, readers: [], exhausted: false };
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) {
    const r = teeReader(sh, 0);
    teeShared.set(r, [sh, i]);
    out.push(r);
  }
  return pyTuple(out);
})());

// ---- combinatorics ---------------------------------------------------------------------------------

function rArg(name: string, v: PyValue | undefined, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  const n = intValue(v);
  if (n === undefined) throw pyErr(TypeError, `Expected int as r`);
  if (n < 0) throw pyErr(ValueError, 'r must be non-negative');
  return Number(n);
}

function fromIndices(it: ItIter, pool: PyValue[], gen: Generator<number[]>): void {
  it.step = function* () {
    const r = gen.next();
    if (r.done) return undefined;
    return pyTuple(r.value.map((i) => pool[i]));
  };
}

function* productIdx(sizes: number[]): Generator<number[]> {
  if (sizes.some((s) => s === 0)) return;
  const idx = sizes.map(() => 0);
  for (;;) {
    yield idx.slice();
    let i = sizes.length - 1;
    for (; i >= 0; i--) {
      idx[i]++;
      if (idx[i] < sizes[i]) break;
      idx[i] = 0;
    }
    if (i < 0) return;
  }
}

defType('product', (it, args, kwargs) => {
  let repeat = 1;
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (k !== 'repeat') throw pyErr(TypeError, `product() got an unexpected keyword argument '${k}'`);
      const n = intValue(v);
      if (n === undefined) throw pyErr(TypeError, `'${typeOf(v).name}' object cannot be interpreted as an integer`);
      if (n < 0) throw pyErr(ValueError, 'repeat argument cannot be negative');
      repeat = Number(n);
    }
  }
  return (function* () {
    const pools: PyValue[][] = [];
    for (const a of args) pools.push(yield* listOf(a));
    const all: PyValue[][] = [];
    for (let r = 0; r < repeat; r++) all.push(...pools);
    const flat: PyValue[] = [];
    const offsets: number[] = [];
    for (const p of all) {
      offsets.push(flat.length);
      flat.push(...p);
    }
    const g = productIdx(all.map((p) => p.length));
    it.step = function* () {
      const r = g.next();
      if (r.done) return undefined;
      return pyTuple(r.value.map((i, k) => flat[offsets[k] + i]));
    };
  })();
});

function* permIdx(n: number, r: number): Generator<number[]> {
  if (r > n) return;
  const indices = Array.from({ length: n }, (_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  yield indices.slice(0, r);
  if (n === 0) return;
  for (;;) {
    let i = r - 1;
    for (; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        const x = indices[i];
        indices.splice(i, 1);
        indices.push(x);
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        const t = indices[i];
        indices[i] = indices[n - j];
        indices[n - j] = t;
        yield indices.slice(0, r);
        break;
      }
    }
    if (i < 0) return;
  }
}

const permSig = signature('permutations', 'iterable, r=None');
defType('permutations', (it, args, kwargs) => {
  const [src, r0] = permSig.parse(args, kwargs);
  return (function* () {
    const pool = yield* listOf(src as PyValue);
    fromIndices(it, pool, permIdx(pool.length, rArg('permutations', r0, pool.length)));
  })();
});

function* combIdx(n: number, r: number, repl: boolean): Generator<number[]> {
  if (!repl && r > n) return;
  if (repl && n === 0 && r > 0) return;
  const idx = repl ? Array(r).fill(0) : Array.from({ length: r }, (_, i) => i);
  yield idx.slice();
  for (;;) {
    let i = r - 1;
    if (repl) {
      while (i >= 0 && idx[i] === n - 1) i--;
      if (i < 0) return;
      const v = idx[i] + 1;
      for (let j = i; j < r; j++) idx[j] = v;
    } else {
      while (i >= 0 && idx[i] === i + n - r) i--;
      if (i < 0) return;
      idx[i]++;
      for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
    }
    yield idx.slice();
  }
}

const combSig = signature('combinations', 'iterable, r');
defType('combinations', (it, args, kwargs) => {
  const [src, r0] = combSig.parse(args, kwargs);
  return (function* () {
    const pool = yield* listOf(src as PyValue);
    fromIndices(it, pool, combIdx(pool.length, rArg('combinations', r0, 0), false));
  })();
});
const combrSig = signature('combinations_with_replacement', 'iterable, r');
defType('combinations_with_replacement', (it, args, kwargs) => {
  const [src, r0] = combrSig.parse(args, kwargs);
  return (function* () {
    const pool = yield* listOf(src as PyValue);
    fromIndices(it, pool, combIdx(pool.length, rArg('combinations_with_replacement', r0, 0), true));
  })();
});

// ---------------------------------------------------------------------------------------------------

export default defineModule({
  name: 'itertools',
  doc: 'Functional tools for creating and using iterators.',
  init: () => ({ ...types, tee: teeFn, _grouper: grouperType, _tee: teeType }),
});

void PyTuple;
void PyList;
void syncIter;
