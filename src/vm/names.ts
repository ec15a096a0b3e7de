// Name resolution for the eval loop's slow paths: LOAD_GLOBAL (globals dict, then builtins dict, with a
// per-instruction cache keyed on both dicts' versions), LOAD_NAME / STORE_NAME / DELETE_NAME against a
// frame's locals mapping (a PyDict on the fast path; any mapping through getitem/setitem), and the
// CPython error texts for unbound names.

import { isPending, settle, type NativeGen, type NativeResult, type PyValue } from '../objects/object.js';
import { pyErr, isExcOf, NameError, UnboundLocalError, KeyError } from '../objects/exceptions.js';
import { PyDict, dictType } from '../objects/dict.js';
import * as ops from '../objects/ops.js';
import type { CodeObject } from '../compile/code.js';
import type { Frame } from './frame.js';

export function nameError(name: string) {
  const e = pyErr(NameError, `name '${name}' is not defined`);
  (e.fields ??= new Map()).set('name', name);
  return e;
}

export function unboundLocal(name: string) {
  return pyErr(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

/** LOAD_DEREF on an empty cell: slot < nlocals + ncells is a cell variable, else a free variable. */
export function unboundDeref(co: CodeObject, slot: number) {
  const name = co.slotName(slot);
  if (slot < co.nlocals + co.cellvars.length) return unboundLocal(name);
  return pyErr(
    NameError,
    `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
  );
}

/** A LOAD_GLOBAL cache entry: valid while both dicts keep the versions it saw. */
class GlobalCache {
  constructor(
    public gdict: PyDict,
    public gver: number,
    public bdict: PyDict,
    public bver: number,
    public value: PyValue,
  ) {}
}

/** LOAD_GLOBAL (CPython: LOAD_GLOBAL with its builtins fallback). `pc` keys the code's cache. */
export function loadGlobal(co: CodeObject, pc: number, globals: PyDict, builtins: PyDict, name: string): PyValue {
  let cache = co.cache;
  if (cache !== null) {
    const c = cache[pc] as GlobalCache | undefined;
    if (
      c !== undefined &&
      c.gdict === globals &&
      c.gver === globals.version &&
      c.bdict === builtins &&
      c.bver === builtins.version
    ) {
      return c.value;
    }
  }
  let v = globals.getStr(name);
  if (v === undefined) {
    v = builtins.getStr(name);
    if (v === undefined) throw nameError(name);
  }
  if (cache === null) cache = co.cache = new Array(co.ninstr);
  cache[pc] = new GlobalCache(globals, globals.version, builtins, builtins.version, v);
  return v;
}

/** LOAD_NAME: locals, then globals, then builtins. May run Python code for a non-dict locals mapping. */
export function loadName(f: Frame, name: string): NativeResult {
  const loc = f.locals;
  if (loc instanceof PyDict && loc.type === dictType) {
    const v = loc.getStr(name);
    if (v !== undefined) return v;
  } else if (loc !== null) {
    return loadNameGen(f, loc, name);
  }
  return loadGlobalOrBuiltin(f, name);
}

function loadGlobalOrBuiltin(f: Frame, name: string): PyValue {
  let v = (f.globals as PyDict).getStr(name);
  if (v !== undefined) return v;
  v = (f.builtins as PyDict).getStr(name);
  if (v !== undefined) return v;
  throw nameError(name);
}

function* loadNameGen(f: Frame, loc: PyValue, name: string): NativeGen {
  try {
    return yield* settle(ops.getItem(loc, name));
  } catch (e) {
    if (!isExcOf(e, KeyError)) throw e;
  }
  return loadGlobalOrBuiltin(f, name);
}

/** STORE_NAME. */
export function storeName(f: Frame, name: string, v: PyValue): NativeResult {
  const loc = f.locals;
  if (loc instanceof PyDict && loc.type === dictType) {
    loc.setStr(name, v);
    return v;
  }
  if (loc === null) throw pyErr(NameError, `no locals found when storing '${name}'`);
  return ops.setItem(loc, name, v);
}

/** DELETE_NAME. */
export function deleteName(f: Frame, name: string): NativeResult {
  const loc = f.locals;
  if (loc instanceof PyDict && loc.type === dictType) {
    if (!loc.delStr(name)) throw nameError(name);
    return loc;
  }
  if (loc === null) throw pyErr(NameError, `no locals when deleting '${name}'`);
  const r = ops.delItem(loc, name);
  return isPending(r) ? delNameGen(r, name) : r;
}

function* delNameGen(g: NativeGen, name: string): NativeGen {
  try {
    return yield* g;
  } catch (e) {
    if (isExcOf(e, KeyError)) throw nameError(name);
    throw e;
  }
}
