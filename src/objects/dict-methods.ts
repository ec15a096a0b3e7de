// dict's Python methods (CPython: Objects/dictobject.c). Storage: dict.ts + hashtable.ts; views:
// dict-views.ts. Everything that may hash or compare user objects returns NativeResult.

import { PyObject, type KwArgs, type NativeGen, type NativeResult, type PyValue } from './object.js';
import type { PyType } from './type.js';
import { None, NotImplemented, typeOf } from './builtin-types.js';
import { pyErr, TypeError, ValueError, KeyError } from './exceptions.js';
import { nativeMethod, nativeFunction, withFast, methodTable } from './native.js';
import { PyDict, dictType, keyError, copyInto, MISSING } from './dict.js';
import * as ht from './hashtable.js';
import { isGen } from './gen.js';
import { PyTuple } from './tuple.js';
import { reprFast, reprValue, reprEnter, reprLeave } from './repr-util.js';
import { meth0, meth1, methRange } from './methargs.js';
import { TableIterator, TableIterKind, dictKeyIteratorType, dictRevKeyIteratorType } from './iterators.js';
import { itemsOf, nextGen } from './seq.js';
import { eqValues } from './hashtable.js';
import { PyDictView, dictKeysType, dictValuesType, dictItemsType } from './dict-views.js';
import * as ops from './ops.js';

const m = (name: string, fn: (args: PyValue[], kwargs: KwArgs) => NativeResult) => nativeMethod('dict', name, fn);
const self = (args: PyValue[]) => args[0] as PyDict;

/** `self` of a dict method: a dict (or subclass) instance, else CPython's descriptor TypeError. */
function dictSelf(v: PyValue | undefined, name: string): PyDict {
  if (v instanceof PyDict) return v;
  if (v === undefined) throw pyErr(TypeError, `unbound method dict.${name}() needs an argument`);
  throw pyErr(TypeError, `descriptor '${name}' for 'dict' objects doesn't apply to a '${typeOf(v).name}' object`);
}

/** Run `k` after `r` settles (r: a value or a NativeGen). */
function then<T>(r: T | NativeGen, k: (v: T) => NativeResult): NativeResult {
  if (isGen(r)) {
    return (function* (): NativeGen {
      const v = (yield* r) as unknown as T;
      const out = k(v);
      return isGen(out) ? yield* out : (out as PyValue);
    })();
  }
  return k(r as T);
}

/** d[key] with __missing__ for subclasses (CPython: dict_subscript). */
export function dictGetItem(d: PyDict, key: PyValue): NativeResult {
  const r = d.lookup(key);
  if (r === undefined) return missing(d, key);
  if (!isGen(r)) return r;
  return (function* (): NativeGen {
    const v = yield* r;
    if (v !== MISSING) return v;
    const mm = missing(d, key);
    return isGen(mm) ? yield* mm : (mm as PyValue);
  })();
}

function missing(d: PyDict, key: PyValue): NativeResult {
  if (d.type !== dictType) {
    const mm = d.type.lookup('__missing__');
    if (mm !== undefined) return ops.call(mm, [d, key], null);
  }
  throw keyError(key);
}

/** dict.update(arg) semantics for one positional argument (CPython: dict_update_arg). */
export function dictUpdateArg(d: PyDict, arg: PyValue): NativeResult {
  if (arg instanceof PyDict) return mergeDict(d, arg);
  const t = typeOf(arg);
  if (t.lookup('keys') !== undefined) return mergeMapping(d, arg);
  return mergeSeq(d, arg);
}

function mergeDict(d: PyDict, src: PyDict): NativeResult {
  if (d.size === 0 && src !== d) {
    copyInto(d, src);
    return None;
  }
  const ks = src.keys, vs = src.vals;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k === undefined) continue;
    const r = ht.setItem(d, k, vs[i] as PyValue);
    if (isGen(r)) return mergeDictGen(d, src, i, r);
  }
  return None;
}

function* mergeDictGen(d: PyDict, src: PyDict, i: number, first: NativeGen): NativeGen {
  yield* first;
  const entries: [PyValue, PyValue][] = [];
  for (let j = i + 1; j < src.keys.length; j++) {
    const k = src.keys[j];
    if (k !== undefined) entries.push([k, src.vals[j] as PyValue]);
  }
  for (const [k, v] of entries) {
    const r = ht.setItem(d, k, v);
    if (isGen(r)) yield* r;
  }
  return None;
}

function* mergeMapping(d: PyDict, src: PyValue): NativeGen {
  let keys = ops.call(yield* attr(src, 'keys'), [], null);
  if (isGen(keys)) keys = yield* keys;
  let it = ops.getIter(keys as PyValue);
  if (isGen(it)) it = yield* it;
  for (;;) {
    const k = yield* nextGen(it as PyValue);
    if (k === undefined) break;
    let v = ops.getItem(src, k);
    if (isGen(v)) v = yield* v;
    const r = ht.setItem(d, k, v as PyValue);
    if (isGen(r)) yield* r;
  }
  return None;
}

function* attr(o: PyValue, name: string): NativeGen {
  const r = ops.getAttr(o, name);
  return isGen(r) ? yield* r : (r as PyValue);
}

function mergeSeq(d: PyDict, src: PyValue): NativeResult {
  const items = itemsOf(src);
  return then(items, (arr: readonly PyValue[]) => {
    for (let i = 0; i < arr.length; i++) {
      const pair = arr[i];
      let kv: readonly PyValue[];
      if (pair instanceof PyTuple) kv = pair.items;
      else {
        const r = itemsOf(pair);
        if (isGen(r)) return mergeSeqGen(d, arr, i);
        kv = r as readonly PyValue[];
      }
      if (kv.length !== 2) {
        throw pyErr(ValueError, `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
      }
      const s = ht.setItem(d, kv[0], kv[1]);
      if (isGen(s)) return then(s, () => mergeSeqGen(d, arr, i + 1));
    }
    return None;
  });
}

function* mergeSeqGen(d: PyDict, arr: readonly PyValue[], i: number): NativeGen {
  for (; i < arr.length; i++) {
    const pair = arr[i];
    let kv: readonly PyValue[];
    if (pair instanceof PyTuple) kv = pair.items;
    else {
      const t = typeOf(pair);
      if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
        throw pyErr(TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
      }
      const r = itemsOf(pair);
      kv = isGen(r) ? ((yield* r) as unknown as PyValue[]) : (r as readonly PyValue[]);
    }
    if (kv.length !== 2) {
      throw pyErr(ValueError, `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
    }
    const s = ht.setItem(d, kv[0], kv[1]);
    if (isGen(s)) yield* s;
  }
  return None;
}


/** dict.update(*args, **kwargs) / dict(*args, **kwargs). */
function updateFrom(d: PyDict, args: PyValue[], kwargs: KwArgs, fname: string): NativeResult {
  if (args.length > 2) throw pyErr(TypeError, `${fname} expected at most 1 argument, got ${args.length - 1}`);
  const addKw = (): PyValue => {
    if (kwargs) for (const [k, v] of kwargs) d.setStr(k, v);
    return None;
  };
  if (args.length === 2) {
    const a = args[1];
    // non-iterable, non-mapping argument: CPython's message names the type
    if (!(a instanceof PyDict)) {
      const t = typeOf(a);
      if (t.lookup('keys') === undefined && t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
        throw pyErr(TypeError, `'${t.name}' object is not iterable`);
      }
    }
    return then(dictUpdateArg(d, a), addKw);
  }
  return addKw();
}

/** dict == dict (CPython: dict_equal). */
export function dictEqual(a: PyDict, b: PyDict): boolean | NativeGen {
  if (a.size !== b.size) return false;
  for (let i = 0; i < a.keys.length; i++) {
    const k = a.keys[i];
    if (k === undefined) continue;
    const bv = b.lookup(k);
    if (bv === undefined) return false;
    if (isGen(bv)) return dictEqualGen(a, b, i);
    const e = ht.eqFast(a.vals[i] as PyValue, bv);
    if (e === false) return false;
    if (e === undefined) return dictEqualGen(a, b, i);
  }
  return true;
}

function* dictEqualGen(a: PyDict, b: PyDict, i: number): NativeGen {
  const entries: [PyValue, PyValue][] = [];
  for (let j = i; j < a.keys.length; j++) {
    const k = a.keys[j];
    if (k !== undefined) entries.push([k, a.vals[j] as PyValue]);
  }
  for (const [k, v] of entries) {
    let bv = b.lookup(k);
    if (isGen(bv)) bv = yield* bv;
    if (bv === undefined || bv === MISSING) return false;
    const e = eqValues(v, bv as PyValue);
    if (!(typeof e === 'boolean' ? e : yield* e)) return false;
  }
  return true;
}

/** repr(dict) (CPython: dict_repr), with the `{...}` recursion guard. */
export function dictRepr(d: PyDict): string | NativeGen {
  if (d.size === 0) return '{}';
  if (!reprEnter(d)) return '{...}';
  let out = '{';
  let first = true;
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k === undefined) continue;
    const kr = reprFast(k);
    const vr = reprFast(d.vals[i] as PyValue);
    if (kr === undefined || vr === undefined) return dictReprGen(d, out, i, first);
    out += (first ? '' : ', ') + kr + ': ' + vr;
    first = false;
  }
  reprLeave(d);
  return out + '}';
}

function* dictReprGen(d: PyDict, out: string, i: number, first: boolean): NativeGen {
  try {
    for (; i < d.keys.length; i++) {
      const k = d.keys[i];
      if (k === undefined) continue;
      const v = d.vals[i] as PyValue;
      let kr = reprValue(k);
      if (isGen(kr)) kr = (yield* kr) as string;
      let vr = reprValue(v);
      if (isGen(vr)) vr = (yield* vr) as string;
      out += (first ? '' : ', ') + kr + ': ' + vr;
      first = false;
    }
  } finally {
    reprLeave(d);
  }
  return out + '}';
}

/** dict.keys / values / items. */
function view(name: string, vt: PyType) {
  const qual = `dict.${name}`;
  return withFast(
    m(name, (args, kwargs) => {
      meth0(qual, args, kwargs);
      return new PyDictView(vt, dictSelf(args[0], name));
    }),
    (d) => new PyDictView(vt, dictSelf(d, name)),
  );
}

function newDictOfType(t: PyType): PyDict {
  return t.alloc(t) as PyDict;
}

dictType.define(methodTable('dict', {
  __new__: nativeFunction('__new__', (args) => newDictOfType(args[0] as PyType)),
  __init__: (args, kwargs) => updateFrom(self(args), args, kwargs, 'dict'),
  __len__: (args) => self(args).size,
  __getitem__: (args) => dictGetItem(self(args), args[1]),
  __setitem__: (args) => self(args).set(args[1], args[2]),
  __delitem__: (args) => then(self(args).delete(args[1]), () => None),
  __contains__: withFast(
    m('__contains__', (args) => {
      meth1('dict.__contains__', args, null);
      return dictSelf(args[0], '__contains__').has(args[1]);
    }),
    null,
    (d, k) => dictSelf(d, '__contains__').has(k),
  ),
  __iter__: (args) => new TableIterator(dictKeyIteratorType, self(args), TableIterKind.Keys),
  __reversed__: (args) => new TableIterator(dictRevKeyIteratorType, self(args), TableIterKind.Keys, true),
  __eq__: (args) => (args[1] instanceof PyDict ? dictEqual(self(args), args[1]) : NotImplemented),
  __ne__: (args) => {
    if (!(args[1] instanceof PyDict)) return NotImplemented;
    return then(dictEqual(self(args), args[1]), (e: boolean) => !e);
  },
  __repr__: (args) => dictRepr(self(args)),
  __hash__: None,
  __or__: (args) => {
    if (!(args[1] instanceof PyDict)) return NotImplemented;
    const d = self(args).copy(dictType);
    return then(mergeDict(d, args[1]), () => d);
  },
  __ror__: (args) => {
    if (!(args[1] instanceof PyDict)) return NotImplemented;
    const d = (args[1] as PyDict).copy(dictType);
    return then(mergeDict(d, self(args)), () => d);
  },
  __ior__: (args) => then(dictUpdateArg(self(args), args[1]), () => args[0]),
  __sizeof__: (args) => 48 + 24 * self(args).keys.length,

  // The hot methods have fixed-arity entry points (native.ts withFast): d.get(k) is fn2(d, k),
  // d.get(k, v) fn3(d, k, v), d.keys() fn1(d); each behaves exactly as fn([...], null).
  get: withFast(
    m('get', (args, kwargs) => {
      methRange('get', args, kwargs, 1, 2, 'dict.get');
      return dictSelf(args[0], 'get').getOr(args[1], args.length > 2 ? args[2] : None);
    }),
    null,
    (d, k) => dictSelf(d, 'get').getOr(k, None),
    (d, k, v) => dictSelf(d, 'get').getOr(k, v),
  ),
  setdefault: withFast(
    m('setdefault', (args, kwargs) => {
      methRange('setdefault', args, kwargs, 1, 2, 'dict.setdefault');
      return dictSelf(args[0], 'setdefault').setDefault(args[1], args.length > 2 ? args[2] : None);
    }),
    null,
    (d, k) => dictSelf(d, 'setdefault').setDefault(k, None),
    (d, k, v) => dictSelf(d, 'setdefault').setDefault(k, v),
  ),
  pop: withFast(
    m('pop', (args, kwargs) => {
      methRange('pop', args, kwargs, 1, 2, 'dict.pop');
      return dictSelf(args[0], 'pop').pop(args[1], args.length > 2 ? args[2] : undefined);
    }),
    null,
    (d, k) => dictSelf(d, 'pop').pop(k, undefined),
    (d, k, v) => dictSelf(d, 'pop').pop(k, v),
  ),
  popitem: (args, kwargs) => {
    meth0('dict.popitem', args, kwargs);
    const d = self(args);
    if (d.size === 0) throw pyErr(KeyError, 'popitem(): dictionary is empty');
    const i = d.keys.length - 1;
    const pair = new PyTuple([d.keys[i] as PyValue, d.vals[i] as PyValue]);
    ht.deleteAt(d, i);
    return pair;
  },
  keys: view('keys', dictKeysType),
  values: view('values', dictValuesType),
  items: view('items', dictItemsType),
  update: (args, kwargs) => updateFrom(self(args), args, kwargs, 'update'),
  copy: (args, kwargs) => {
    meth0('dict.copy', args, kwargs);
    return self(args).copy(dictType);
  },
  clear: (args, kwargs) => {
    meth0('dict.clear', args, kwargs);
    self(args).clear();
    return None;
  },
  // CPython: a classmethod. Called on the class (dict.fromkeys / D.fromkeys) it gets the class via the
  // descriptor protocol once classmethod natives exist; as a plain function it builds a dict.
  fromkeys: nativeFunction('fromkeys', (args, kwargs) => {
    if (kwargs && kwargs.size) throw pyErr(TypeError, 'dict.fromkeys() takes no keyword arguments');
    let cls: PyType = dictType;
    let a = args;
    if (a.length > 0 && a[0] instanceof PyObject && (a[0] as PyObject).type === typeOf(dictType) && (a[0] as PyType).isSubtypeOf?.(dictType)) {
      cls = a[0] as PyType;
      a = a.slice(1);
    }
    if (a.length < 1) throw pyErr(TypeError, 'fromkeys expected at least 1 argument, got 0');
    if (a.length > 2) throw pyErr(TypeError, `fromkeys expected at most 2 arguments, got ${a.length}`);
    const value = a.length > 1 ? a[1] : None;
    const d = newDictOfType(cls);
    return then(itemsOf(a[0]), (keys: readonly PyValue[]) => {
      const rest = (i: number): NativeResult => {
        for (; i < keys.length; i++) {
          const r = cls === dictType ? ht.setItem(d, keys[i], value) : ops.setItem(d, keys[i], value);
          if (isGen(r)) {
            const j = i;
            return then(r, () => rest(j + 1));
          }
        }
        return d;
      };
      return rest(0);
    });
  }),
}));

export { meth1 };
