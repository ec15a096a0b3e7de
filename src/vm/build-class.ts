// __build_class__(func, name, *bases, metaclass=None, **kwds) — what a `class` statement calls
// (CPython: builtin___build_class__ in Python/bltinmodule.c). Resolves __mro_entries__, picks the most
// derived metaclass, calls __prepare__ for the namespace, runs the class body function with that
// namespace as its locals (a RunWithLocals call request: a frame like any other, preemptible), then
// calls the metaclass and checks the __class__ cell.
//
// The builtins engineer installs `buildClass` as builtins.__build_class__.

import { PyObject, settle, type KwArgs, type NativeGen, type PyValue } from '../objects/object.js';
import { None, typeOf, typeType } from '../objects/builtin-types.js';
import { PyType } from '../objects/type.js';
import { pyErr, TypeError } from '../objects/exceptions.js';
import { PyFunction, PyCell } from '../objects/function.js';
import { nativeFunction } from '../objects/native.js';
import { PyTuple, pyTuple } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import { call } from '../objects/call.js';
import * as ops from '../objects/ops.js';
import { calculateMetaclass } from '../objects/typeobject.js';
import { RunWithLocals } from './calls.js';

function reprType(t: PyType): string {
  const m = t.ns.get('__module__');
  const mod = typeof m === 'string' && m !== 'builtins' ? `${m}.` : '';
  return `<class '${mod}${t.qualname}'>`;
}

function* updateBases(bases: PyValue[]): Generator<import('../objects/object.js').Suspend, PyValue[] | null, PyValue> {
  let out: PyValue[] | null = null;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    if (b instanceof PyType) {
      if (out) out.push(b);
      continue;
    }
    const me = yield* settle((ops.getAttrOpt(b, '__mro_entries__') ?? None) as PyValue);
    if (me === None || me === undefined) {
      if (out) out.push(b);
      continue;
    }
    const r = yield* settle(call(me, [pyTuple(bases.slice())], null));
    if (!(r instanceof PyTuple)) throw pyErr(TypeError, '__mro_entries__ must return a tuple');
    if (!out) out = bases.slice(0, i);
    out.push(...r.items);
  }
  return out;
}

function* buildClassGen(args: PyValue[], kwargs: KwArgs): NativeGen {
  if (args.length < 2) throw pyErr(TypeError, '__build_class__: not enough arguments');
  const func = args[0];
  if (!(func instanceof PyFunction)) throw pyErr(TypeError, '__build_class__: func must be a function');
  const name = args[1];
  if (typeof name !== 'string') throw pyErr(TypeError, '__build_class__: name is not a string');
  const origBases = args.slice(2);
  const updated = yield* updateBases(origBases);
  const bases = updated ?? origBases;

  let kw: Map<string, PyValue> | null = kwargs && kwargs.size ? new Map(kwargs) : null;
  let meta: PyValue | undefined = kw?.get('metaclass');
  if (meta !== undefined) kw!.delete('metaclass');
  if (kw && kw.size === 0) kw = null;
  let isClass = false;
  if (meta === undefined) {
    meta = bases.length === 0 ? typeType : typeOf(bases[0]);
    isClass = true;
  } else {
    isClass = meta instanceof PyType;
  }
  if (isClass) meta = calculateMetaclass(meta as PyType, bases);

  const basesTuple = pyTuple(bases.slice());
  let ns: PyValue;
  const prep = yield* settle((ops.getAttrOpt(meta, '__prepare__') ?? None) as PyValue);
  if (prep === None || prep === undefined) {
    ns = new PyDict();
  } else {
    ns = yield* settle(call(prep, [name, basesTuple], kw));
    if (!isMapping(ns)) {
      const who = isClass ? `${(meta as PyType).name}.__prepare__()` : '<metaclass>.__prepare__()';
      throw pyErr(TypeError, `${who} must return a mapping, not ${typeOf(ns).name}`);
    }
  }
  const cell = (yield { op: 'call', fn: new RunWithLocals(func, ns), args: [], kwargs: null }) as PyValue;
  if (updated !== null) yield* settle(ops.setItem(ns, '__orig_bases__', pyTuple(origBases)));
  const cls = yield* settle(call(meta, [name, basesTuple, ns], kw));
  if (cls instanceof PyType && cell instanceof PyCell) {
    const cellCls = cell.value;
    if (cellCls !== cls) {
      if (cellCls === undefined) {
        throw pyErr(
          TypeError,
          `__class__ not set defining '${name}' as ${reprType(cls)}. Was __classcell__ propagated to type.__new__?`,
        );
      }
      throw pyErr(
        TypeError,
        `__class__ set to ${cellCls instanceof PyType ? reprType(cellCls) : String(cellCls)} defining '${name}' as ${reprType(cls)}`,
      );
    }
  }
  return cls;
}

function isMapping(v: PyValue): boolean {
  if (v instanceof PyDict) return true;
  return v instanceof PyObject && v.type.lookup('__getitem__') !== undefined;
}

/** builtins.__build_class__ */
export const buildClass = nativeFunction(
  '__build_class__',
  (args, kwargs) => buildClassGen(args, kwargs),
  '__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the class statement.',
);
