// Introspection builtins: isinstance, issubclass, hasattr, getattr, setattr, delattr, callable, vars,
// dir, globals, locals, repr, ascii, format. CPython: Python/bltinmodule.c.
//
// globals()/locals()/vars()/dir() with no argument read the *calling* Python frame: the top frame
// of the current green thread, skipping native frames (a builtin called from a CALL runs without a
// frame of its own; a generator native runs in a native frame above its caller).

import { type NativeGen, type PyValue, isPending, settle } from '../objects/object.js';
import { AttributeError, SystemError, TypeError, isExcOf, pyErr } from '../objects/exceptions.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { PyCell } from '../objects/function.js';
import { nativeFunction } from '../objects/native.js';
import { isCallable, callSpecial } from '../objects/call.js';
import * as ops from '../objects/ops.js';
import { asciiEscape } from '../objects/format/str-repr.js';
import { currentThread } from '../vm/thread.js';
import type { Frame } from '../vm/frame.js';
import { noArgs, oneArg, positional, signature, typeName } from './args.js';
import { toArray } from './iterate.js';
import { sorted } from './iteration.js';

// ---- isinstance / issubclass / callable ----

export const isinstance = nativeFunction('isinstance', (args, kwargs) => {
  positional('isinstance', args, kwargs, 2, 2);
  return ops.isInstance(args[0], args[1]) as PyValue;
});

export const issubclass = nativeFunction('issubclass', (args, kwargs) => {
  positional('issubclass', args, kwargs, 2, 2);
  return ops.isSubclass(args[0], args[1]) as PyValue;
});

export const callable = nativeFunction('callable', (args, kwargs) => isCallable(oneArg('callable', args, kwargs)));

// ---- attributes ----

function attrName(v: PyValue): string {
  if (typeof v !== 'string') throw pyErr(TypeError, `attribute name must be string, not '${typeName(v)}'`);
  return v;
}

export const getattr = nativeFunction('getattr', (args, kwargs) => {
  positional('getattr', args, kwargs, 2, 3);
  const name = attrName(args[1]);
  if (args.length === 2) return ops.getAttr(args[0], name);
  const dflt = args[2];
  const r = ops.getAttrOpt(args[0], name);
  if (r === undefined) return dflt;
  if (!isPending(r)) return r;
  return (function* (): NativeGen {
    try {
      const v = yield* r;
      return v === undefined ? dflt : v;
    } catch (e) {
      if (isExcOf(e, AttributeError)) return dflt;
      throw e;
    }
  })();
});

export const hasattr = nativeFunction('hasattr', (args, kwargs) => {
  positional('hasattr', args, kwargs, 2, 2);
  const name = attrName(args[1]);
  const r = ops.getAttrOpt(args[0], name);
  if (r === undefined) return false;
  if (!isPending(r)) return true;
  return (function* (): NativeGen {
    try {
      return (yield* r) !== undefined;
    } catch (e) {
      if (isExcOf(e, AttributeError)) return false;
      throw e;
    }
  })();
});

export const setattr = nativeFunction('setattr', (args, kwargs) => {
  positional('setattr', args, kwargs, 3, 3);
  return ops.setAttr(args[0], attrName(args[1]), args[2]);
});

export const delattr = nativeFunction('delattr', (args, kwargs) => {
  positional('delattr', args, kwargs, 2, 2);
  return ops.delAttr(args[0], attrName(args[1]));
});

// ---- the calling frame: globals / locals / vars / dir ----

/** The innermost Python frame of the current thread (the caller of a builtin). */
export function callerFrame(): Frame {
  let f = currentThread()?.frame ?? null;
  while (f !== null && f.code === null) f = f.back;
  if (f === null) throw pyErr(SystemError, 'no current frame');
  return f;
}

/** CPython: PyEval_GetLocals. A function's fast locals are snapshotted into a fresh dict. */
export function frameLocals(f: Frame): PyValue {
  if (f.locals !== null) return f.locals;
  const co = f.code!;
  const stack = currentThread()!.stack;
  const d = new PyDict();
  for (let i = 0; i < co.nlocalsplus; i++) {
    let v = stack[f.base + i];
    if (i >= co.nlocals && v instanceof PyCell) v = v.value;
    if (v !== undefined) d.setStr(co.slotName(i), v);
  }
  return d;
}

export const globals = nativeFunction('globals', (args, kwargs) => {
  noArgs('globals', args, kwargs);
  return callerFrame().globals as PyDict;
});

export const locals = nativeFunction('locals', (args, kwargs) => {
  noArgs('locals', args, kwargs);
  return frameLocals(callerFrame());
});

export const vars = nativeFunction('vars', (args, kwargs) => {
  positional('vars', args, kwargs, 0, 1);
  if (args.length === 0) return frameLocals(callerFrame());
  const r = ops.getAttrOpt(args[0], '__dict__');
  const fail = () => pyErr(TypeError, 'vars() argument must have __dict__ attribute');
  if (r === undefined) throw fail();
  if (!isPending(r)) return r;
  return (function* (): NativeGen {
    let v: PyValue | undefined;
    try {
      v = yield* r;
    } catch (e) {
      if (isExcOf(e, AttributeError)) throw fail();
      throw e;
    }
    if (v === undefined) throw fail();
    return v;
  })();
});

/** Keys of a mapping-ish namespace as a JS array (a PyDict directly; else list(mapping)). */
function* namesOf(ns: PyValue): NativeGen {
  if (ns instanceof PyDict) return new PyList(ns.keys.filter((k): k is PyValue => k !== undefined));
  return new PyList(yield* toArray(ns));
}

export const dir = nativeFunction('dir', (args, kwargs) => {
  positional('dir', args, kwargs, 0, 1);
  return (function* (): NativeGen {
    let names: PyValue;
    if (args.length === 0) {
      names = yield* namesOf(frameLocals(callerFrame()));
    } else {
      const r = callSpecial(args[0], '__dir__', []);
      if (r === undefined) throw pyErr(TypeError, 'object does not provide __dir__');
      names = new PyList(yield* toArray(yield* settle(r)));
    }
    return yield* settle(sorted.fn([names], null));
  })();
});

// ---- repr / ascii / format ----

export const repr = nativeFunction('repr', (args, kwargs) => ops.repr(oneArg('repr', args, kwargs)));

export const ascii = nativeFunction('ascii', (args, kwargs) => {
  const r = ops.repr(oneArg('ascii', args, kwargs));
  if (!isPending(r)) return asciiEscape(r as string);
  return (function* (): NativeGen {
    return asciiEscape((yield* r) as string);
  })();
});

const formatSig = signature('format', 'value, format_spec=, /');
export const format = nativeFunction('format', (args, kwargs) => {
  const [value, spec] = formatSig.parse(args, kwargs);
  if (spec !== undefined && typeof spec !== 'string') {
    throw pyErr(TypeError, `format() argument 2 must be str, not ${typeName(spec)}`);
  }
  return ops.format(value as PyValue, (spec as string | undefined) ?? '');
});

export const introspectionBuiltins = [
  isinstance, issubclass, callable, getattr, hasattr, setattr, delattr, globals, locals, vars, dir, repr, ascii, format,
];
