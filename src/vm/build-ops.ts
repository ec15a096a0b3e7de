// Slow-path helpers for the eval loop's less frequent instructions: building containers (sets, maps,
// call kwargs), unpacking, f-string formatting, MAKE_FUNCTION, raise, exception matching, `with`,
// SEND to non-generators, and the import instructions.
//
// Each helper either returns its value synchronously, returns a NativeGen (the loop pushes a native
// frame with the Ret the instruction needs), or throws a Python exception. None touches the value
// stack or the frame: the loop owns those.

import { PySet, setType, addAll } from '../objects/set.js';
import { PyObject, isPending, settle, type NativeGen, type NativeResult, type PyValue } from '../objects/object.js';
import { None, typeOf } from '../objects/builtin-types.js';
import { PyType } from '../objects/type.js';
import {
  PyBaseException, BaseException, pyErr, isExcOf, TypeError, ValueError, ImportError, StopIteration, AttributeError, KeyError,
} from '../objects/exceptions.js';
import { PyTuple, pyTuple, tupleType } from '../objects/tuple.js';
import { PyList, listType } from '../objects/list.js';
import { PyDict, dictType } from '../objects/dict.js';
import { PyFunction, PyMethod } from '../objects/function.js';
import { PyNativeFunction } from '../objects/native.js';
import { PyModule } from '../objects/module.js';
import { toArray } from '../objects/seq.js';
import { call, callMethod } from '../objects/call.js';
import { egMatch, prepReraiseStar } from '../objects/exception-group.js';
import * as ops from '../objects/ops.js';
import { asciiEscape } from '../objects/format/str-repr.js';
import type { CodeObject } from '../compile/code.js';
import { SendReturn } from './frame.js';
import { builtinsFor } from './calls.js';

const typeName = (v: PyValue): string => typeOf(v).name;

/** isPending for helpers whose synchronous result is not a PyValue (arrays of values). */
export function isGen<T>(r: T | NativeGen): r is NativeGen {
  return typeof r === 'object' && r !== null && !(r instanceof PyObject) && !Array.isArray(r);
}

// ---- containers ------------------------------------------------------------------------------------

function* settleAny(r: PyValue[] | NativeGen): Generator<import('../objects/object.js').Suspend, unknown, PyValue> {
  return isGen(r) ? yield* r : r;
}

/** BUILD_SET: a new set with the items added in order (as CPython; not through the name `set`). */
export function buildSet(_builtins: PyDict, items: PyValue[]): NativeResult {
  const s = new PySet(setType);
  const r = addAll(s, items);
  return isPending(r) ? setResult(r, s) : s;
}

function* setResult(g: NativeGen, s: PySet): NativeGen {
  yield* g;
  return s;
}

/** BUILD_MAP: {k1: v1, ...} in order (later duplicates win). */
export function buildMap(kvs: PyValue[]): NativeResult {
  const d = new PyDict();
  return fillMap(d, kvs, 0);
}

function fillMap(d: PyDict, kvs: PyValue[], from: number): NativeResult {
  for (let i = from; i < kvs.length; i += 2) {
    const k = kvs[i];
    if (typeof k === 'string') {
      d.setStr(k, kvs[i + 1]);
      continue;
    }
    const r = d.set(k, kvs[i + 1]);
    if (isPending(r)) return fillMapGen(d, kvs, i, r);
  }
  return d;
}

function* fillMapGen(d: PyDict, kvs: PyValue[], i: number, g: NativeGen): NativeGen {
  yield* g;
  return yield* settle(fillMap(d, kvs, i + 2));
}

/** LIST_EXTEND: list.extend(iterable) with the call-site error text. */
export function listExtend(l: PyList, it: PyValue): NativeResult {
  const r = iterItems(it, () => pyErr(TypeError, `Value after * must be an iterable, not ${typeName(it)}`));
  if (isGen(r)) return extendGen(l, r);
  for (const v of r as PyValue[]) l.items.push(v);
  return None;
}

function* extendGen(l: PyList, g: NativeGen): NativeGen {
  const arr = (yield* g) as unknown as PyValue[];
  for (const v of arr) l.items.push(v);
  return None;
}

/** toArray(it), but a non-iterable gives `err()` instead of "'int' object is not iterable". */
function iterItems(it: PyValue, err: () => PyBaseException): PyValue[] | NativeGen {
  if (!isIterable(it)) throw err();
  return toArray(it);
}

function isIterable(v: PyValue): boolean {
  const t = typeOf(v);
  return t.lookup('__iter__') !== undefined || t.lookup('__getitem__') !== undefined;
}

/** DICT_UPDATE ({**m}) and DICT_MERGE (f(**m), duplicate keys are an error naming the callee). */
export function dictUpdate(d: PyDict, m: PyValue, mergeFor: PyValue | undefined): NativeResult {
  if (m instanceof PyDict) {
    for (let i = 0; i < m.keys.length; i++) {
      const k = m.keys[i];
      if (k === undefined) continue;
      if (mergeFor !== undefined) {
        if (typeof k !== 'string') throw pyErr(TypeError, 'keywords must be strings');
        if (d.hasStr(k)) throw pyErr(TypeError, `${funcDesc(mergeFor)} got multiple values for keyword argument '${k}'`);
        d.setStr(k, m.vals[i] as PyValue);
        continue;
      }
      const r = typeof k === 'string' ? (d.setStr(k, m.vals[i] as PyValue), None) : d.set(k, m.vals[i] as PyValue);
      if (isPending(r)) return dictUpdateSlow(d, m, mergeFor);
    }
    return None;
  }
  if (typeOf(m).lookup('keys') === undefined) {
    if (mergeFor !== undefined) {
      throw pyErr(TypeError, `${funcDesc(mergeFor)} argument after ** must be a mapping, not ${typeName(m)}`);
    }
    throw pyErr(TypeError, `'${typeName(m)}' object is not a mapping`);
  }
  return dictUpdateSlow(d, m, mergeFor);
}

function* dictUpdateSlow(d: PyDict, m: PyValue, mergeFor: PyValue | undefined): NativeGen {
  const keys = (yield* settle(callMethod(m, 'keys', []))) as PyValue;
  const ks = (yield* settleAny(toArray(keys))) as PyValue[];
  for (const k of ks) {
    const v = yield* settle(ops.getItem(m, k));
    if (mergeFor !== undefined) {
      if (typeof k !== 'string') throw pyErr(TypeError, 'keywords must be strings');
      if (d.hasStr(k)) throw pyErr(TypeError, `${funcDesc(mergeFor)} got multiple values for keyword argument '${k}'`);
    }
    yield* settle(d.set(k, v));
  }
  return None;
}

/** How CPython names a callable in call errors (_PyObject_FunctionStr): "__main__.f()", "__main__.A.m()", "print()". */
export function funcDesc(f: PyValue): string {
  if (f instanceof PyMethod) return funcDesc(f.fn);
  if (f instanceof PyFunction) return withModule(f.module, f.qualname);
  if (f instanceof PyType) return withModule(f.ns.get('__module__'), f.qualname);
  if (f instanceof PyObject) {
    const q = (f as { qualname?: unknown }).qualname;
    if (typeof q === 'string') return `${q}()`;
  }
  return `${typeName(f)} object`;
}

function withModule(mod: PyValue | undefined, qualname: string): string {
  return typeof mod === 'string' && mod !== 'builtins' ? `${mod}.${qualname}()` : `${qualname}()`;
}

/** CALL_FUNCTION_EX's positional part: a tuple, or any iterable (error text as CPython). */
export function starArgs(fn: PyValue, a: PyValue): PyValue[] | NativeGen {
  if (a instanceof PyTuple) return a.items;
  return iterItems(a, () => pyErr(TypeError, `${funcDesc(fn)} argument after * must be an iterable, not ${typeName(a)}`));
}

/** CALL_FUNCTION_EX's keyword part, as KwArgs. */
export function starKwargs(fn: PyValue, d: PyValue): Map<string, PyValue> | null {
  if (!(d instanceof PyDict)) throw pyErr(TypeError, `${funcDesc(fn)} argument after ** must be a mapping, not ${typeName(d)}`);
  if (d.size === 0) return null;
  const m = new Map<string, PyValue>();
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k === undefined) continue;
    if (typeof k !== 'string') throw pyErr(TypeError, 'keywords must be strings');
    m.set(k, d.vals[i] as PyValue);
  }
  return m;
}

/** obj.name(*args) for SET_ADD / SET_UPDATE (sets are built through their Python methods). */
export function callMethodNR(obj: PyValue, name: string, args: PyValue[]): NativeResult {
  return callMethod(obj, name, args);
}

/** SETUP_ANNOTATIONS for a non-dict locals mapping. */
export function* setupAnnotationsGen(loc: PyValue): NativeGen {
  try {
    yield* settle(ops.getItem(loc, '__annotations__'));
  } catch (e) {
    if (!isExcOf(e, KeyError)) throw e;
    yield* settle(ops.setItem(loc, '__annotations__', new PyDict()));
  }
  return None;
}

// ---- unpacking -------------------------------------------------------------------------------------

/** UNPACK_SEQUENCE n: the items in order (the loop pushes them reversed). */
export function unpackItems(seq: PyValue, n: number): PyValue[] | NativeGen {
  let items: readonly PyValue[] | undefined;
  // Exact types only (CPython: PyTuple_CheckExact / PyList_CheckExact): a subclass may override __iter__.
  if ((seq instanceof PyTuple && seq.type === tupleType) || (seq instanceof PyList && seq.type === listType)) items = seq.items;
  if (items !== undefined) {
    checkUnpackLen(items.length, n);
    return items as PyValue[];
  }
  if (!isIterable(seq)) throw pyErr(TypeError, `cannot unpack non-iterable ${typeName(seq)} object`);
  return unpackGen(seq, n);
}

function checkUnpackLen(len: number, n: number): void {
  if (len > n) throw pyErr(ValueError, `too many values to unpack (expected ${n})`);
  if (len < n) throw pyErr(ValueError, `not enough values to unpack (expected ${n}, got ${len})`);
}

function* unpackGen(seq: PyValue, n: number): NativeGen {
  // CPython stops after n+1 items: an infinite iterator still raises "too many values".
  const it = yield* settle(ops.getIter(seq));
  const out: PyValue[] = [];
  for (;;) {
    const v = yield* settle(ops.iterNext(it) as NativeResult);
    if (v === undefined) break;
    if (out.length === n) throw pyErr(ValueError, `too many values to unpack (expected ${n})`);
    out.push(v);
  }
  if (out.length < n) throw pyErr(ValueError, `not enough values to unpack (expected ${n}, got ${out.length})`);
  return out as unknown as PyValue;
}

/** UNPACK_EX before|after<<8: [v_1..v_before, [middle...], w_1..w_after] in order. */
export function unpackEx(seq: PyValue, before: number, after: number): PyValue[] | NativeGen {
  if (!isIterable(seq)) throw pyErr(TypeError, `cannot unpack non-iterable ${typeName(seq)} object`);
  const r = toArray(seq);
  if (isGen(r)) return unpackExGen(r, before, after);
  return splitEx(r, before, after);
}

function* unpackExGen(g: NativeGen, before: number, after: number): NativeGen {
  const arr = (yield* g) as unknown as PyValue[];
  return splitEx(arr, before, after) as unknown as PyValue;
}

function splitEx(arr: PyValue[], before: number, after: number): PyValue[] {
  if (arr.length < before + after) {
    throw pyErr(ValueError, `not enough values to unpack (expected at least ${before + after}, got ${arr.length})`);
  }
  const out = arr.slice(0, before);
  out.push(new PyList(arr.slice(before, arr.length - after)));
  for (let i = arr.length - after; i < arr.length; i++) out.push(arr[i]);
  return out;
}

// ---- f-strings -------------------------------------------------------------------------------------

/** FORMAT_VALUE: conv 0 none, 1 str, 2 repr, 3 ascii; then format(v, spec). */
export function formatValue(v: PyValue, conv: number, spec: string): NativeResult {
  if (conv === 0 && spec === '' && typeof v === 'string') return v;
  if (conv !== 0) {
    const c = conv === 1 ? ops.str(v) : ops.repr(v);
    if (isPending(c)) return formatAfter(c, conv, spec);
    v = conv === 3 ? asciiEscape(c as string) : c;
    if (spec === '' && typeof v === 'string') return v;
  }
  return ops.format(v, spec);
}

function* formatAfter(g: NativeGen, conv: number, spec: string): NativeGen {
  let s = (yield* g) as string;
  if (conv === 3) s = asciiEscape(s);
  return spec === '' ? s : yield* settle(ops.format(s, spec));
}

// ---- functions -------------------------------------------------------------------------------------

/** MAKE_FUNCTION: a new PyFunction closing over `globals`. */
export function makeFunction(
  code: CodeObject,
  globals: PyDict,
  defaults: PyValue | undefined,
  kwdefaults: PyValue | undefined,
  annotations: PyValue | undefined,
  closure: PyValue | undefined,
): PyFunction {
  const fn = new PyFunction(code, globals, code.name, code.qualname);
  if (defaults instanceof PyTuple && defaults.items.length > 0) fn.defaults = defaults.items;
  if (kwdefaults instanceof PyDict && kwdefaults.size > 0) {
    const m = new Map<string, PyValue>();
    for (let i = 0; i < kwdefaults.keys.length; i++) {
      const k = kwdefaults.keys[i];
      if (typeof k === 'string') m.set(k, kwdefaults.vals[i] as PyValue);
    }
    fn.kwdefaults = m;
  }
  if (annotations instanceof PyTuple) {
    const d = new PyDict();
    const a = annotations.items;
    for (let i = 0; i + 1 < a.length; i += 2) d.setStr(a[i] as string, a[i + 1]);
    fn.annotations = d;
  }
  if (closure instanceof PyTuple) fn.closure = closure.items as never;
  fn.doc = code.doc ?? None;
  const mod = globals.getStr('__name__');
  if (mod !== undefined) fn.module = mod;
  fn.builtins = builtinsFor(globals);
  return fn;
}

// ---- exceptions ------------------------------------------------------------------------------------

/** An exception instance from `raise X` (X a class is instantiated with no arguments). */
export function makeException(x: PyValue): PyBaseException | NativeGen {
  if (x instanceof PyBaseException) return x;
  if (x instanceof PyType && x.isSubtypeOf(BaseException)) {
    const r = call(x, [], null);
    if (isPending(r)) return checkInstanceGen(x, r);
    return checkInstance(x, r);
  }
  throw pyErr(TypeError, 'exceptions must derive from BaseException');
}

function checkInstance(cls: PyType, r: PyValue): PyBaseException {
  if (r instanceof PyBaseException) return r;
  throw pyErr(
    TypeError,
    `calling ${reprType(cls)} should have returned an instance of BaseException, not ${typeName(r)}`,
  );
}

function* checkInstanceGen(cls: PyType, g: NativeGen): NativeGen {
  return checkInstance(cls, yield* g);
}

function reprType(t: PyType): string {
  return `<class '${t.isHeapType ? moduleOf(t) + '.' : ''}${t.qualname}'>`;
}

function moduleOf(t: PyType): string {
  const m = t.ns.get('__module__');
  return typeof m === 'string' ? m : 'builtins';
}

/**
 * RAISE_VARARGS 1/2: build the exception (and cause) to raise. Returns it; the loop throws it.
 * A generator when a class must be instantiated by Python code (the native frame then throws).
 */
export function prepareRaise(x: PyValue, cause: PyValue | undefined): PyBaseException | NativeGen {
  const e = makeException(x);
  if (cause === undefined) return e;
  if (isPending(e)) return raiseFromGen(e, cause);
  const c = makeCause(cause);
  if (isPending(c)) return raiseFromGen(e, cause);
  setCause(e, c);
  return e;
}

function makeCause(cause: PyValue): PyValue | NativeGen {
  if (cause === None) return None;
  if (cause instanceof PyBaseException) return cause;
  if (cause instanceof PyType && cause.isSubtypeOf(BaseException)) return makeException(cause) as PyValue | NativeGen;
  throw pyErr(TypeError, 'exception causes must derive from BaseException');
}

function setCause(e: PyBaseException, c: PyValue): void {
  e.cause = c;
  e.suppressContext = true;
}

function* raiseFromGen(eg: PyBaseException | NativeGen, cause: PyValue): NativeGen {
  const e = (isPending(eg) ? yield* eg : eg) as PyBaseException;
  const c = yield* settle(makeCause(cause) as NativeResult);
  setCause(e, c);
  return e;
}

/** A generator that throws the exception `prepare` builds (so a native frame raises it). */
export function* throwGen(g: NativeGen): NativeGen {
  throw yield* g;
}

/** CHECK_EXC_MATCH: isinstance-like match of e against t (a type or a tuple of types). */
export function excMatches(e: PyValue, t: PyValue): boolean {
  if (t instanceof PyTuple) {
    for (const x of t.items) checkCatchable(x);
    for (const x of t.items) if (excMatchOne(e, x)) return true;
    return false;
  }
  checkCatchable(t);
  return excMatchOne(e, t);
}

function checkCatchable(t: PyValue): void {
  if (!(t instanceof PyType) || !t.isSubtypeOf(BaseException)) {
    throw pyErr(TypeError, 'catching classes that do not inherit from BaseException is not allowed');
  }
}

function excMatchOne(e: PyValue, t: PyValue): boolean {
  return typeOf(e).isSubtypeOf(t as PyType);
}

/** CHECK_EG_MATCH after its type check: [rest, match] (match becomes the handled exception) or [e, None]. */
export function* exceptStarMatch(excState: { value: PyBaseException | null }, e: PyBaseException, t: PyValue): NativeGen {
  const [match, rest] = yield* egMatch(e, t);
  if (match === None) return [e, None] as unknown as PyValue;
  excState.value = match as PyBaseException;
  return [rest, match] as unknown as PyValue;
}

/** PREP_RERAISE_STAR: what the try-except* raises, or None. */
export function prepReraiseStarGen(orig: PyValue, excs: PyValue): NativeGen {
  return prepReraiseStar(orig as PyBaseException, (excs as PyList).items);
}

// ---- with ------------------------------------------------------------------------------------------

/** A special method looked up on the type and bound to obj (CPython: _PyObject_LookupSpecial). */
export function lookupSpecialBound(obj: PyValue, name: string): PyValue | undefined {
  const f = typeOf(obj).lookup(name);
  if (f === undefined) return undefined;
  return new PyMethod(f, obj);
}

/** BEFORE_WITH: [bound __exit__, the __enter__ result] (possibly after running __enter__). */
export function beforeWith(mgr: PyValue): PyValue[] | NativeGen {
  // Fast path: a native __enter__ (locks, files, ...) runs here directly, with no generator and no
  // native frame, unless it needs to (returns a generator itself).
  const tp = typeOf(mgr);
  const enterF = tp.lookup('__enter__');
  if (enterF instanceof PyNativeFunction && enterF.self === undefined) {
    const exitF = tp.lookup('__exit__');
    if (exitF !== undefined) {
      const exit = new PyMethod(exitF, mgr);
      const r = enterF.fn1 !== null ? enterF.fn1(mgr) : enterF.fn([mgr], null);
      return isPending(r) ? enterPending(r, exit) : [exit, r];
    }
  }
  const enter = lookupSpecialBound(mgr, '__enter__');
  if (enter === undefined) {
    throw pyErr(TypeError, `'${typeName(mgr)}' object does not support the context manager protocol`);
  }
  const exit = lookupSpecialBound(mgr, '__exit__');
  if (exit === undefined) {
    throw pyErr(
      TypeError,
      `'${typeName(mgr)}' object does not support the context manager protocol (missed __exit__ method)`,
    );
  }
  return enterGen(enter, exit);
}

function* enterPending(g: NativeGen, exit: PyValue): NativeGen {
  const r = yield* g;
  return [exit, r] as unknown as PyValue;
}

function* enterGen(enter: PyValue, exit: PyValue): NativeGen {
  const r = yield* settle(call(enter, [], null));
  return [exit, r] as unknown as PyValue;
}

// ---- SEND to a non-generator -----------------------------------------------------------------------

/** r.send(v) (next(r) when v is None); a StopIteration(x) from it becomes SendReturn(x). */
export function* sendGen(r: PyValue, v: PyValue): NativeGen {
  try {
    if (v === None) {
      const nx = typeOf(r).lookup('__next__');
      if (nx === undefined) throw pyErr(TypeError, `'${typeName(r)}' object is not an iterator`);
      return yield* settle(call(new PyMethod(nx, r), [], null));
    }
    return yield* settle(callMethod(r, 'send', [v]));
  } catch (e) {
    if (isExcOf(e, StopIteration)) {
      const fv = e.fields?.get('value');
      return new SendReturn(fv !== undefined ? fv : e.args.length ? e.args[0] : None) as unknown as PyValue;
    }
    throw e;
  }
}

// ---- imports ---------------------------------------------------------------------------------------

/** IMPORT_NAME: builtins.__import__(name, globals, locals, fromlist, level). */
export function importName(
  builtins: PyDict,
  name: string,
  globals: PyDict,
  locals: PyValue | null,
  fromlist: PyValue,
  level: PyValue,
): NativeResult {
  const imp = builtins.getStr('__import__');
  if (imp === undefined) throw pyErr(ImportError, '__import__ not found');
  return call(imp, [name, globals, locals ?? None, fromlist, level], null);
}

/** IMPORT_FROM: getattr(m, name), falling back to sys.modules['m.name'] (CPython: import_from). */
export function importFrom(m: PyValue, name: string, sysModules: PyDict | null): NativeResult {
  const r = ops.getAttrOpt(m, name);
  if (r === undefined) return importFromFallback(m, name, sysModules);
  if (isPending(r)) return importFromGen(r, m, name, sysModules);
  return r;
}

function* importFromGen(g: NativeGen, m: PyValue, name: string, sysModules: PyDict | null): NativeGen {
  const v = (yield* g) as PyValue | undefined;
  return v === undefined ? importFromFallback(m, name, sysModules) : v;
}

function importFromFallback(m: PyValue, name: string, sysModules: PyDict | null): PyValue {
  let modName: string | undefined;
  let file: string | undefined;
  if (m instanceof PyModule) {
    const n = m.dict.getStr('__name__');
    if (typeof n === 'string') modName = n;
    const f = m.dict.getStr('__file__');
    if (typeof f === 'string') file = f;
  }
  if (modName !== undefined && sysModules !== null) {
    const sub = sysModules.getStr(`${modName}.${name}`);
    if (sub !== undefined) return sub;
  }
  const msg =
    modName === undefined
      ? `cannot import name '${name}' from '<unknown module name>' (unknown location)`
      : `cannot import name '${name}' from '${modName}' (${file ?? 'unknown location'})`;
  const e = pyErr(ImportError, msg);
  (e.fields ??= new Map()).set('name', modName ?? None);
  return (() => {
    throw e;
  })();
}

/** IMPORT_STAR: copy m.__all__ (or its public names) into the locals mapping. */
export function* importStar(m: PyValue, locals: PyValue): NativeGen {
  let names: PyValue[];
  const all = yield* settle(ops.getAttrOpt(m, '__all__') as NativeResult);
  if (all !== undefined) {
    names = (yield* settleAny(toArray(all))) as PyValue[];
  } else {
    const d = m instanceof PyObject ? m.dict : null;
    if (d === null) throw pyErr(ImportError, 'from-import-* object has no __dict__ and no __all__');
    names = d.keyList().filter((k) => typeof k === 'string' && !k.startsWith('_'));
  }
  for (const n of names) {
    if (typeof n !== 'string') throw pyErr(TypeError, `Item in ${'__all__'} must be str, not ${typeName(n)}`);
    const v = yield* settle(ops.getAttr(m, n));
    if (locals instanceof PyDict && locals.type === dictType) locals.setStr(n, v);
    else yield* settle(ops.setItem(locals, n, v));
  }
  return None;
}

export { AttributeError };
