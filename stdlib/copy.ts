// The `copy` module (CPython: Lib/copy.py): copy() and deepcopy() with __copy__ / __deepcopy__(memo),
// the memo dict keyed by id() (so user __deepcopy__ methods can use it), atomic types returned as is,
// list/tuple/dict copied structurally, and other instances rebuilt the way object.__reduce_ex__(4)
// does it: cls.__new__(cls), then the state (__dict__ and __slots__ values) copied over, through
// __setstate__ when the class defines one.

import { type NativeGen, type PyValue, PyObject, settle } from '../src/objects/object.js';
import { None, builtinType } from '../src/objects/builtin-types.js';
import { PyBaseException, excTypes, pyErr } from '../src/objects/exceptions.js';
import { MISSING, PyDict } from '../src/objects/dict.js';
import { PyList } from '../src/objects/list.js';
import { PyTuple, pyTuple } from '../src/objects/tuple.js';
import { PyType } from '../src/objects/type.js';
import { PyFunction } from '../src/objects/function.js';
import { PyNativeFunction, nativeFunction } from '../src/objects/native.js';
import { call as callValue, callMethod, callSpecial } from '../src/objects/call.js';
import * as ops from '../src/objects/ops.js';
import { signature } from '../src/builtins/args.js';
import { idOf } from '../src/builtins/numeric.js';
import { PyFloat } from '../src/objects/float.js';
import { defineModule } from './index.js';

/** copy.Error (CPython: class Error(Exception)). */
export const copyErrorType = builtinType('Error', excTypes.Exception);

/** Values copy() and deepcopy() return unchanged (CPython: _copy_immutable / _deepcopy_atomic). */
function isAtomic(v: PyValue): boolean {
  if (typeof v !== 'object') return true;
  if (v === None || v instanceof PyFloat || v instanceof PyType || v instanceof PyFunction || v instanceof PyNativeFunction) {
    return true;
  }
  const n = v.type.name;
  return (!v.type.isHeapType && (n === 'NoneType' || n === 'ellipsis' || n === 'NotImplementedType' || n === 'range' ||
    n === 'complex' || n === 'bytes' || n === 'frozenset' || n === 'code' || n === 'property' || n === 'weakref'));
}

/** Rebuild an instance: cls.__new__(cls) plus a copy of its state (object.__reduce_ex__(4) + _reconstruct). */
function* reconstruct(x: PyObject, deep: PyDict | null): NativeGen {
  const cls = x.type;
  const newFn = cls.lookup('__new__');
  if (newFn === undefined) throw pyErr(excTypes.TypeError, `cannot pickle '${cls.name}' object`);
  const y = (yield* settle(callValue(newFn, [cls], null))) as PyObject;
  if (deep !== null) deep.set(idOf(x), y);
  if (x instanceof PyBaseException && y instanceof PyBaseException) {
    y.args = deep !== null ? [] : x.args.slice();
    if (deep !== null) for (const a of x.args) y.args.push(yield* deepcopy(a, deep));
  }
  // builtin containers subclassed by user classes: copy the items too
  if (x instanceof PyList && y instanceof PyList) {
    for (const it of x.items) y.items.push(deep !== null ? yield* deepcopy(it, deep) : it);
  }
  const state = x.dict;
  const setstate = cls.lookup('__setstate__');
  if (state !== null && state.size > 0) {
    let st: PyValue = state;
    if (deep !== null) st = yield* deepcopy(state, deep);
    else st = yield* settle(callMethod(state, 'copy', []));
    if (setstate !== undefined) {
      yield* settle(callValue(setstate, [y, st], null));
    } else if (y.dict !== null || y.type.instancesHaveDict) {
      if (y.dict === null) y.dict = new PyDict(); // instances get their __dict__ on first store
      const d = st as PyDict;
      for (let i = 0; i < d.keys.length; i++) {
        const k = d.keys[i];
        if (k !== undefined) yield* settle(y.dict.set(k, d.vals[i] as PyValue));
      }
    }
  }
  if (x.slots !== null && y.slots !== null) {
    for (let i = 0; i < x.slots.length; i++) {
      const v = x.slots[i];
      y.slots[i] = v === undefined ? undefined : deep !== null ? yield* deepcopy(v, deep) : v;
    }
  }
  return y;
}

function* shallow(x: PyValue): NativeGen {
  if (isAtomic(x)) return x;
  const o = x as PyObject;
  const t = o.type;
  if (!t.isHeapType) {
    if (o instanceof PyList) return new PyList(o.items.slice());
    if (o instanceof PyTuple) return o;
    if (t.lookup('copy') !== undefined && (t.name === 'dict' || t.name === 'set' || t.name === 'bytearray')) {
      return yield* settle(callMethod(o, 'copy', []));
    }
  }
  const cp = callSpecial(o, '__copy__', []);
  if (cp !== undefined) return yield* settle(cp);
  return yield* reconstruct(o, null);
}

function* deepcopy(x: PyValue, memo: PyDict): NativeGen {
  if (isAtomic(x)) return x;
  const o = x as PyObject;
  const key = idOf(o);
  const found = yield* memoGet(memo, key);
  if (found !== undefined) return found;
  const t = o.type;
  let y: PyValue;
  if (!t.isHeapType && o instanceof PyList) {
    const l = new PyList([]);
    memo.set(key, l);
    for (const it of o.items) l.items.push(yield* deepcopy(it, memo));
    y = l;
  } else if (!t.isHeapType && o instanceof PyTuple) {
    const items: PyValue[] = [];
    for (const it of o.items) items.push(yield* deepcopy(it, memo));
    // a tuple whose items are all unchanged is returned as is (CPython: _deepcopy_tuple)
    const again = yield* memoGet(memo, key);
    if (again !== undefined) return again;
    y = items.every((v, i) => v === o.items[i]) ? o : pyTuple(items);
  } else if (!t.isHeapType && o instanceof PyDict) {
    const d = new PyDict();
    memo.set(key, d);
    for (let i = 0; i < o.keys.length; i++) {
      const k = o.keys[i];
      if (k === undefined) continue;
      const nk = yield* deepcopy(k, memo);
      const nv = yield* deepcopy(o.vals[i] as PyValue, memo);
      yield* settle(d.set(nk, nv));
    }
    y = d;
  } else {
    const dc = callSpecial(o, '__deepcopy__', [memo]);
    if (dc !== undefined) y = yield* settle(dc);
    else if (!t.isHeapType && (t.name === 'set' || t.name === 'bytearray')) {
      y = yield* settle(callValue(t, [yield* settle(ops.getIter(o))], null));
    } else return yield* reconstruct(o, memo);
  }
  if (y !== o) {
    memo.set(key, y);
    yield* keepAlive(memo, o);
  }
  return y;
}

/** memo.get(key) for an int key (never runs Python code). */
function* memoGet(memo: PyDict, key: PyValue): Generator<any, PyValue | undefined, PyValue> {
  const r = memo.lookup(key);
  if (r === undefined || (typeof r === 'object' && r instanceof PyObject)) return r as PyValue | undefined;
  if (typeof r !== 'object') return r;
  const v = yield* r;
  return v === MISSING ? undefined : v;
}

/** CPython's _keep_alive: memo[id(memo)] is a list holding every original, so ids stay unique. */
function* keepAlive(memo: PyDict, x: PyValue): NativeGen {
  const k = idOf(memo);
  const l = yield* memoGet(memo, k);
  if (l instanceof PyList) l.items.push(x);
  else memo.set(k, new PyList([x]));
  return None;
}

const copySig = signature('copy', 'x');
const deepcopySig = signature('deepcopy', 'x, memo=None, _nil=[]');

/** The `copy` module's namespace. */
export function copyNamespace(): Record<string, PyValue> {
  const err = copyErrorType;
  return {
    copy: nativeFunction('copy', (args, kwargs) => shallow(copySig.parse(args, kwargs)[0] as PyValue)),
    deepcopy: nativeFunction('deepcopy', (args, kwargs) => {
      const [x, memo] = deepcopySig.parse(args, kwargs);
      const m = memo === undefined || memo === None ? new PyDict() : (memo as PyDict);
      return deepcopy(x as PyValue, m);
    }),
    Error: err,
    error: err,
  };
}

export default defineModule({ name: 'copy', doc: 'Generic (shallow and deep) copying operations.', init: () => copyNamespace() });
