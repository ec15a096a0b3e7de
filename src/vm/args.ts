// Argument binding for Python functions (CPython: initialize_locals in Python/ceval.c), with CPython's
// exact TypeError texts. Writes a new frame's parameters into the thread's value stack at `base`.
//
// The eval loop binds the common case itself (exact positional count, no *args/**kw/kw-only, see
// interpreter.ts); everything else comes here. Order of checks is CPython's: keywords (unexpected /
// positional-only passed as keyword / multiple values), then too many positionals, then missing
// positionals (after defaults), then missing keyword-only arguments.
//
// Invariant on return: stack[base .. base + code.nlocals) holds every parameter (unbound locals are
// undefined); cells and free variables are set up by the caller (calls.ts: initFrameCells).

import type { PyValue } from '../objects/object.js';
import { pyErr, TypeError } from '../objects/exceptions.js';
import { PyTuple, emptyTuple } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import type { PyFunction } from '../objects/function.js';
import { CodeFlags, type CodeObject } from '../compile/code.js';

type Stack = (PyValue | undefined)[];

export function bindArgs(
  fn: PyFunction,
  stack: Stack,
  base: number,
  pos: PyValue[],
  kwnames: readonly string[] | null,
  kwvals: readonly PyValue[] | null,
): void {
  const co = fn.code as CodeObject;
  const argcount = co.argcount;
  const total = argcount + co.kwonlyargcount;
  const flags = co.flags;
  const nplus = co.nlocalsplus;
  for (let i = 0; i < nplus; i++) stack[base + i] = undefined;

  let kwdict: PyDict | null = null;
  if (flags & CodeFlags.VARKEYWORDS) {
    kwdict = new PyDict();
    stack[base + total + (flags & CodeFlags.VARARGS ? 1 : 0)] = kwdict;
  }
  const argc = pos.length;
  const n = argc > argcount ? argcount : argc;
  for (let j = 0; j < n; j++) stack[base + j] = pos[j];
  if (flags & CodeFlags.VARARGS) {
    stack[base + total] = argc === n ? emptyTuple : new PyTuple(pos.slice(n));
  }

  if (kwnames !== null) {
    const varnames = co.varnames;
    for (let i = 0; i < kwnames.length; i++) {
      const kw = kwnames[i];
      let j = co.posonlyargcount;
      for (; j < total; j++) if (varnames[j] === kw) break;
      if (j < total) {
        if (stack[base + j] !== undefined) {
          throw pyErr(TypeError, `${fn.qualname}() got multiple values for argument '${kw}'`);
        }
        stack[base + j] = kwvals![i];
        continue;
      }
      if (kwdict === null) {
        if (co.posonlyargcount) positionalOnlyPassedAsKeyword(fn, co, kwnames);
        throw pyErr(TypeError, `${fn.qualname}() got an unexpected keyword argument '${kw}'`);
      }
      kwdict.setStr(kw, kwvals![i]);
    }
  }

  if (argc > argcount && !(flags & CodeFlags.VARARGS)) tooManyPositional(fn, co, argc, stack, base);

  if (argc < argcount) {
    const defs = fn.defaults;
    const defcount = defs === null ? 0 : defs.length;
    const m = argcount - defcount;
    let missing = 0;
    for (let i = argc; i < m; i++) if (stack[base + i] === undefined) missing++;
    if (missing) missingArguments(fn, co, missing, defcount, stack, base);
    for (let i = n > m ? n - m : 0; i < defcount; i++) {
      if (stack[base + m + i] === undefined) stack[base + m + i] = defs![i];
    }
  }

  if (co.kwonlyargcount > 0) {
    let missing = 0;
    const kwdefs = fn.kwdefaults;
    for (let i = argcount; i < total; i++) {
      if (stack[base + i] !== undefined) continue;
      const d = kwdefs === null ? undefined : kwdefs.get(co.varnames[i]);
      if (d !== undefined) stack[base + i] = d;
      else missing++;
    }
    if (missing) missingArguments(fn, co, missing, -1, stack, base);
  }
}

function positionalOnlyPassedAsKeyword(fn: PyFunction, co: CodeObject, kwnames: readonly string[]): void {
  const names: string[] = [];
  for (let k = 0; k < co.posonlyargcount; k++) {
    if (kwnames.includes(co.varnames[k])) names.push(co.varnames[k]);
  }
  if (names.length === 0) return;
  throw pyErr(
    TypeError,
    `${fn.qualname}() got some positional-only arguments passed as keyword arguments: '${names.join(', ')}'`,
  );
}

function tooManyPositional(fn: PyFunction, co: CodeObject, given: number, stack: Stack, base: number): never {
  const argcount = co.argcount;
  let kwonlyGiven = 0;
  for (let i = argcount; i < argcount + co.kwonlyargcount; i++) if (stack[base + i] !== undefined) kwonlyGiven++;
  const defcount = fn.defaults === null ? 0 : fn.defaults.length;
  let sig: string;
  let plural: boolean;
  if (defcount) {
    plural = true;
    sig = `from ${argcount - defcount} to ${argcount}`;
  } else {
    plural = argcount !== 1;
    sig = `${argcount}`;
  }
  const kwonlySig = kwonlyGiven
    ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})`
    : '';
  throw pyErr(
    TypeError,
    `${fn.qualname}() takes ${sig} positional argument${plural ? 's' : ''} but ${given}${kwonlySig} ${
      given === 1 && !kwonlyGiven ? 'was' : 'were'
    } given`,
  );
}

function missingArguments(
  fn: PyFunction,
  co: CodeObject,
  missing: number,
  defcount: number,
  stack: Stack,
  base: number,
): never {
  const positional = defcount !== -1;
  const start = positional ? 0 : co.argcount;
  const end = positional ? co.argcount - defcount : co.argcount + co.kwonlyargcount;
  const names: string[] = [];
  for (let i = start; i < end; i++) if (stack[base + i] === undefined) names.push(`'${co.varnames[i]}'`);
  let s: string;
  if (names.length === 1) s = names[0];
  else if (names.length === 2) s = `${names[0]} and ${names[1]}`;
  else s = `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
  throw pyErr(
    TypeError,
    `${fn.qualname}() missing ${missing} required ${positional ? 'positional' : 'keyword-only'} argument${
      missing === 1 ? '' : 's'
    }: ${s}`,
  );
}
