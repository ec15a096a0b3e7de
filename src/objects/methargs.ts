// Argument-count checks for builtin *methods* (args[0] is self and is not counted), with the exact
// wording CPython uses for each calling convention:
//   METH_NOARGS  "list.copy() takes no arguments (1 given)"
//   METH_O       "list.append() takes exactly one argument (0 given)"
//   positional   "insert expected 2 arguments, got 0" / "index expected at least 1 argument, got 0"
//   no keywords  "list.index() takes no keyword arguments"

import type { KwArgs, PyValue } from './object.js';
import { pyErr, TypeError } from './exceptions.js';

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

export function noKw(qual: string, kwargs: KwArgs): void {
  if (kwargs !== null && kwargs.size > 0) throw pyErr(TypeError, `${qual}() takes no keyword arguments`);
}

export function meth0(qual: string, args: PyValue[], kwargs: KwArgs): void {
  noKw(qual, kwargs);
  if (args.length !== 1) throw pyErr(TypeError, `${qual}() takes no arguments (${args.length - 1} given)`);
}

export function meth1(qual: string, args: PyValue[], kwargs: KwArgs): PyValue {
  noKw(qual, kwargs);
  if (args.length !== 2) throw pyErr(TypeError, `${qual}() takes exactly one argument (${args.length - 1} given)`);
  return args[1];
}

/** `name` is unqualified here, as in CPython's _PyArg_CheckPositional messages. */
export function methRange(name: string, args: PyValue[], kwargs: KwArgs, min: number, max: number, qual?: string): void {
  noKw(qual ?? name, kwargs);
  const n = args.length - 1;
  if (n < min) throw pyErr(TypeError, `${name} expected ${min === max ? '' : 'at least '}${plural(min, 'argument')}, got ${n}`);
  if (n > max) throw pyErr(TypeError, `${name} expected ${min === max ? '' : 'at most '}${plural(max, 'argument')}, got ${n}`);
}
