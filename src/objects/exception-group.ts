// BaseExceptionGroup / ExceptionGroup (CPython 3.11: Objects/exceptions.c, the BaseExceptionGroup
// section): the constructor's rules, .message / .exceptions, __str__, derive, split, subgroup; and
// the two helpers the VM's `except*` needs: egMatch (CHECK_EG_MATCH) and prepReraiseStar
// (PREP_RERAISE_STAR: what a try-except* re-raises once its clauses have run).
//
// A group keeps its message and its exceptions tuple in PyBaseException.fields ('message',
// 'exceptions'); args stay what the caller passed (repr shows the original list).
// split() calls the group's derive() for every part it builds, so a subclass's derive is honoured,
// and may run Python code: everything below that can reach it is a generator.

import { settle, type NativeGen, type PyValue } from './object.js';
import { PyType } from './type.js';
import { typeOf, None } from './builtin-types.js';
import { nativeFunction, nativeMethod, methodTable } from './native.js';
import { defineGetSet } from './descriptors.js';
import {
  PyBaseException, BaseException, BaseExceptionGroup, ExceptionGroup, Exception, AttributeError, TypeError,
  ValueError, excField, setExcField, pyErr, type TracebackEntry,
} from './exceptions.js';
import { PyTuple, pyTuple, tupleType } from './tuple.js';
import { PyList } from './list.js';
import { PyDict, dictType } from './dict.js';
import { toArray } from './seq.js';
import { functionType } from './function.js';
import { call, callMethod } from './call.js';
import { isTrue, str } from './ops.js';
import { markGeneric } from './union-alias.js';

/** True for instances of BaseExceptionGroup (CPython: _PyBaseExceptionGroup_Check). */
export function isExceptionGroup(v: PyValue): v is PyBaseException {
  return v instanceof PyBaseException && v.type.isSubtypeOf(BaseExceptionGroup);
}

/** The group's exceptions (never empty for a group built by __new__). */
export function groupExceptions(eg: PyBaseException): readonly PyValue[] {
  const t = excField(eg, 'exceptions');
  return t instanceof PyTuple ? t.items : [];
}

function group(v: PyValue): PyBaseException {
  if (!isExceptionGroup(v)) {
    throw pyErr(TypeError, `descriptor requires a 'BaseExceptionGroup' object but received a '${typeOf(v).name}'`);
  }
  return v;
}

/** CPython: PySequence_Check (a str, or a non-dict type with __getitem__). */
function isSequence(v: PyValue): boolean {
  if (typeof v === 'string') return true;
  if (typeof v !== 'object') return false;
  const t = typeOf(v);
  return !t.isSubtypeOf(dictType) && t.lookup('__getitem__') !== undefined;
}

// CPython: BaseExceptionGroup_new.
function* groupNew(a: PyValue[]): NativeGen {
  const cls = a[0] as PyType;
  const args = a.slice(1);
  if (args.length !== 2) throw pyErr(TypeError, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [message, seq] = args;
  if (typeof message !== 'string') {
    throw pyErr(TypeError, `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(message).name}`);
  }
  if (!isSequence(seq)) throw pyErr(TypeError, 'second argument (exceptions) must be a sequence');
  const r = toArray(seq);
  const excs = Array.isArray(r) ? r : ((yield* r) as unknown as PyValue[]);
  if (excs.length === 0) throw pyErr(ValueError, 'second argument (exceptions) must be a non-empty sequence');
  let nestedBase = false;
  excs.forEach((e, i) => {
    if (!(e instanceof PyBaseException)) throw pyErr(ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
    if (!e.type.isSubtypeOf(Exception)) nestedBase = true;
  });
  let type = cls;
  if (cls === ExceptionGroup) {
    if (nestedBase) throw pyErr(TypeError, 'Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (cls === BaseExceptionGroup) {
    if (!nestedBase) type = ExceptionGroup; // all are Exceptions: wrap them in an ExceptionGroup
  } else if (nestedBase && cls.isSubtypeOf(Exception)) {
    throw pyErr(TypeError, `Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const eg = type.alloc(type) as PyBaseException;
  eg.args = args;
  setExcField(eg, 'message', message);
  setExcField(eg, 'exceptions', pyTuple(excs));
  return eg;
}

// ---- split / subgroup --------------------------------------------------------------------------------

/** What split() matches leaves against (CPython: _exceptiongroup_split_matcher_type). */
type Matcher =
  | { kind: 'type'; value: PyValue }
  | { kind: 'predicate'; value: PyValue }
  | { kind: 'ids'; value: Set<PyBaseException> };

/** CPython: get_matcher_type. */
function matcherOf(v: PyValue): Matcher {
  if (typeof v === 'object' && v.type === functionType) return { kind: 'predicate', value: v };
  const isExcClass = (x: PyValue) => x instanceof PyType && x.isSubtypeOf(BaseException);
  if (isExcClass(v) || (v instanceof PyTuple && v.type === tupleType && v.items.every(isExcClass))) {
    return { kind: 'type', value: v };
  }
  throw pyErr(TypeError, 'expected a function, exception type or tuple of exception types');
}

function matchesType(e: PyBaseException, t: PyValue): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => e.type.isSubtypeOf(x as PyType));
  return e.type.isSubtypeOf(t as PyType);
}

function* isMatch(e: PyBaseException, m: Matcher): Generator<any, boolean, any> {
  switch (m.kind) {
    case 'type':
      return matchesType(e, m.value);
    case 'ids':
      return m.value.has(e);
    case 'predicate': {
      const r = yield* settle(call(m.value, [e], null));
      return (yield* settle(isTrue(r) as PyValue)) as unknown as boolean;
    }
  }
}

interface SplitResult {
  match: PyBaseException | null;
  rest: PyBaseException | null;
}

// CPython: exceptiongroup_split_recursive. A full match keeps the exception itself; a group that
// matches in part is rebuilt from its matching (and non-matching) members by exceptiongroup_subset.
function* splitRecursive(e: PyBaseException, m: Matcher, constructRest: boolean): Generator<any, SplitResult, any> {
  if (yield* isMatch(e, m)) return { match: e, rest: null };
  if (!isExceptionGroup(e)) return { match: null, rest: constructRest ? e : null };
  const matches: PyValue[] = [];
  const rests: PyValue[] = [];
  for (const sub of groupExceptions(e)) {
    const r = yield* splitRecursive(sub as PyBaseException, m, constructRest);
    if (r.match) matches.push(r.match);
    if (r.rest) rests.push(r.rest);
  }
  const match = yield* subset(e, matches);
  const rest = constructRest ? yield* subset(e, rests) : null;
  return { match, rest };
}

// CPython: exceptiongroup_subset. A group of `excs` made by orig.derive(), carrying orig's traceback,
// cause, context and a copy of its notes; null when excs is empty.
function* subset(orig: PyBaseException, excs: PyValue[]): Generator<any, PyBaseException | null, any> {
  if (excs.length === 0) return null;
  const eg = yield* settle(callMethod(orig, 'derive', [new PyList(excs)]));
  if (!isExceptionGroup(eg)) throw pyErr(TypeError, 'derive must return an instance of BaseExceptionGroup');
  eg.tb = orig.tb; // the same traceback object, as CPython
  eg.context = orig.context;
  eg.cause = orig.cause; // PyException_SetCause: also sets __suppress_context__
  eg.suppressContext = true;
  const notes = orig.dict?.getStr('__notes__');
  if (notes !== undefined && isSequence(notes)) {
    const r = toArray(notes);
    const copy = Array.isArray(r) ? r : ((yield* r) as unknown as PyValue[]);
    (eg.dict ??= new PyDict()).setStr('__notes__', new PyList(copy));
  }
  return eg;
}

function* splitMethod(a: PyValue[], name: string, constructRest: boolean): NativeGen {
  const eg = group(a[0]);
  if (a.length !== 2) throw pyErr(TypeError, `${name} expected 1 argument, got ${a.length - 1}`);
  const r = yield* splitRecursive(eg, matcherOf(a[1]), constructRest);
  if (!constructRest) return r.match ?? None;
  return pyTuple([r.match ?? None, r.rest ?? None]);
}

// ---- the type's methods ------------------------------------------------------------------------------

BaseExceptionGroup.define(methodTable('BaseExceptionGroup', {
  __new__: nativeFunction('__new__', (a) => groupNew(a)),
  __init__: (a, kw) => {
    const eg = group(a[0]);
    if (kw !== null && kw.size > 0) throw pyErr(TypeError, `${eg.type.name}() takes no keyword arguments`);
    eg.args = a.slice(1);
    return None;
  },
  __str__: nativeMethod('BaseExceptionGroup', '__str__', function* (a): NativeGen {
    const eg = group(a[0]);
    const n = groupExceptions(eg).length;
    const msg = (yield* settle(str(excField(eg, 'message') ?? ''))) as string;
    return `${msg} (${n} sub-exception${n > 1 ? 's' : ''})`;
  }, 'Return str(self).'),
  derive: (a) => {
    const eg = group(a[0]);
    if (a.length !== 2) throw pyErr(TypeError, `function takes exactly 1 argument (${a.length - 1} given)`);
    return call(BaseExceptionGroup, [excField(eg, 'message') ?? '', a[1]], null);
  },
  split: (a) => splitMethod(a, 'split', true),
  subgroup: (a) => splitMethod(a, 'subgroup', false),
  __doc__: 'A combination of multiple unrelated exceptions.',
}));
ExceptionGroup.define({ __doc__: None });
markGeneric(BaseExceptionGroup);

const readonly = () => {
  throw pyErr(AttributeError, 'readonly attribute');
};
defineGetSet(BaseExceptionGroup, 'message', (e) => excField(group(e), 'message') ?? None, readonly, 'exception message');
defineGetSet(BaseExceptionGroup, 'exceptions', (e) => excField(group(e), 'exceptions') ?? None, readonly, 'nested exceptions');

// ---- except* -----------------------------------------------------------------------------------------

/**
 * CPython: exception_group_match, for CHECK_EG_MATCH. [match, rest]: a full match of a group is the
 * group itself, of a naked exception a new ExceptionGroup('', (exc,)) (no traceback, as 3.11); a group
 * that matches in part is split; no match is [None, None].
 */
export function* egMatch(exc: PyBaseException, type: PyValue): Generator<any, [PyValue, PyValue], any> {
  if (matchesType(exc, type)) {
    if (isExceptionGroup(exc)) return [exc, None];
    const wrapped = (yield* settle(call(BaseExceptionGroup, ['', pyTuple([exc])], null))) as PyValue;
    return [wrapped, None];
  }
  if (isExceptionGroup(exc)) {
    const pair = (yield* settle(callMethod(exc, 'split', [type]))) as PyTuple;
    return [pair.items[0], pair.items[1]];
  }
  return [None, None];
}

/** CHECK_EG_MATCH's check of an except* type: a BaseException subclass (or a tuple of them), not a group. */
export function checkExceptStarType(t: PyValue): void {
  const types = t instanceof PyTuple ? t.items : [t];
  for (const x of types) {
    if (!(x instanceof PyType) || !x.isSubtypeOf(BaseException)) {
      throw pyErr(TypeError, 'catching classes that do not inherit from BaseException is not allowed');
    }
  }
  for (const x of types) {
    if ((x as PyType).isSubtypeOf(BaseExceptionGroup)) {
      throw pyErr(TypeError, 'catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  }
}

function sameTraceback(a: readonly TracebackEntry[], b: readonly TracebackEntry[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

// CPython: is_same_exception_metadata. A part of `orig` that was re-raised (bare `raise`, or left
// unhandled) still has orig's traceback, cause and context; an exception raised anew does not.
function sameMetadata(e: PyBaseException, orig: PyBaseException): boolean {
  return sameTraceback(e.traceback, orig.traceback) && e.cause === orig.cause && e.context === orig.context;
}

function collectLeaves(e: PyValue, into: Set<PyBaseException>): void {
  if (!(e instanceof PyBaseException)) return;
  if (!isExceptionGroup(e)) {
    into.add(e);
    return;
  }
  for (const x of groupExceptions(e)) collectLeaves(x, into);
}

/**
 * CPython: _PyExc_PrepReraiseStar. `orig` is the exception the try-except* caught, `excs` what its
 * clauses raised or re-raised plus the unhandled rest (None entries are skipped). Re-raised parts are
 * projected back onto orig's shape; exceptions raised anew are grouped with that projection in
 * ExceptionGroup(''). None when nothing is left to raise.
 */
export function* prepReraiseStar(orig: PyBaseException, excs: readonly PyValue[]): NativeGen {
  if (excs.length === 0) return None;
  if (!isExceptionGroup(orig)) return excs[0]; // a naked exception: at most one clause ran
  const raised: PyValue[] = [];
  const reraised: PyBaseException[] = [];
  for (const e of excs) {
    if (!(e instanceof PyBaseException)) continue;
    if (sameMetadata(e, orig)) reraised.push(e);
    else raised.push(e);
  }
  // CPython: exception_group_projection
  const keep = new Set<PyBaseException>();
  for (const e of reraised) collectLeaves(e, keep);
  const projection = (yield* splitRecursive(orig, { kind: 'ids', value: keep }, false)).match;
  if (raised.length === 0) return projection ?? None;
  if (projection) raised.push(projection);
  if (raised.length === 1) return raised[0];
  return yield* settle(call(BaseExceptionGroup, ['', new PyList(raised)], null));
}
