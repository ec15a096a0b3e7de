// Argument parsing for natives, with CPython's exact error messages.
//
// CPython checks builtin arguments in a few distinct styles and each has its own wording; natives
// pick the helper matching the CPython function they mirror:
//
//   oneArg('len', args, kwargs)              METH_O:            "len() takes exactly one argument (2 given)"
//   noArgs('globals', args, kwargs)          METH_NOARGS:       "globals() takes no arguments (1 given)"
//   noKwargs('divmod', kwargs)               _PyArg_NoKeywords: "divmod() takes no keyword arguments"
//   checkCount('sorted', args, 1, 1)         _PyArg_CheckPositional: "sorted expected 1 argument, got 0"
//   signature('round', 'number, ndigits=None').parse(args, kwargs)
//                                            Argument Clinic (_PyArg_UnpackKeywords):
//                                            "round() missing required argument 'number' (pos 1)",
//                                            "round() takes at most 2 arguments (3 given)",
//                                            "'x' is an invalid keyword argument for round()",
//                                            "argument for round() given by name ('number') and position (1)"
//
// A Signature is built once (module load time) from a Python-like parameter list: names, `/` after the
// positional-only ones, `*` before the keyword-only ones, `=...` marking an optional parameter (the text
// after `=` is documentation only; a missing optional argument comes back as `undefined`).
// parse() allocates nothing on the common path (positional arguments only, count in range): it returns
// the caller's own `args` array. Treat the result as read-only.

import type { KwArgs, PyValue } from '../objects/object.js';
import { typeOf } from '../objects/builtin-types.js';
import { TypeError, pyErr } from '../objects/exceptions.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The Python type name of a value, as error messages print it (`'int' object ...`). */
export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

/** CPython METH_O: exactly one positional argument and no keywords. Returns it. */
export function oneArg(fname: string, args: PyValue[], kwargs: KwArgs): PyValue {
  if (kwargs !== null && kwargs.size > 0) throw pyErr(TypeError, `${fname}() takes no keyword arguments`);
  if (args.length !== 1) throw pyErr(TypeError, `${fname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** CPython METH_NOARGS. */
export function noArgs(fname: string, args: PyValue[], kwargs: KwArgs): void {
  if (kwargs !== null && kwargs.size > 0) throw pyErr(TypeError, `${fname}() takes no keyword arguments`);
  if (args.length !== 0) throw pyErr(TypeError, `${fname}() takes no arguments (${args.length} given)`);
}

/** CPython _PyArg_NoKeywords. */
export function noKwargs(fname: string, kwargs: KwArgs): void {
  if (kwargs !== null && kwargs.size > 0) throw pyErr(TypeError, `${fname}() takes no keyword arguments`);
}

/** CPython _PyArg_CheckPositional: `min <= args.length <= max` (max may be Infinity). */
export function checkCount(fname: string, args: PyValue[], min: number, max: number): void {
  const n = args.length;
  if (n < min) {
    throw pyErr(TypeError, `${fname} expected ${min === max ? '' : 'at least '}${plural(min, 'argument')}, got ${n}`);
  }
  if (n > max) {
    throw pyErr(TypeError, `${fname} expected ${min === max ? '' : 'at most '}${plural(max, 'argument')}, got ${n}`);
  }
}

/** CPython _PyArg_NoKeywords + _PyArg_CheckPositional, the pair many builtins start with. */
export function positional(fname: string, args: PyValue[], kwargs: KwArgs, min: number, max: number): void {
  noKwargs(fname, kwargs);
  checkCount(fname, args, min, max);
}

/** Take keyword `name` out of kwargs if present (for natives that accept **kwargs-like extras). */
export function kwArg(kwargs: KwArgs, name: string): PyValue | undefined {
  return kwargs === null ? undefined : kwargs.get(name);
}

/** Reject any keyword argument not in `allowed`: "'x' is an invalid keyword argument for print()". */
export function onlyKwargs(fname: string, kwargs: KwArgs, allowed: readonly string[]): void {
  if (kwargs === null) return;
  for (const k of kwargs.keys()) {
    if (!allowed.includes(k)) throw pyErr(TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
  }
}

/** An Argument-Clinic-style signature. Build once with signature(); call parse() per call. */
export class Signature {
  readonly fname: string;
  readonly names: string[];
  /** Parameters [0, posOnly) are positional-only. */
  readonly posOnly: number;
  /** Parameters [0, maxPos) may be given positionally; [maxPos, names.length) are keyword-only. */
  readonly maxPos: number;
  /** Positional parameters [0, minPos) are required. */
  readonly minPos: number;
  /** Per parameter: required? (keyword-only ones may be required too). */
  readonly required: boolean[];

  constructor(fname: string, names: string[], posOnly: number, maxPos: number, required: boolean[]) {
    this.fname = fname;
    this.names = names;
    this.posOnly = posOnly;
    this.maxPos = maxPos;
    this.required = required;
    let m = 0;
    while (m < maxPos && required[m]) m++;
    this.minPos = m;
  }

  /**
   * Bind args/kwargs to the parameters: result[i] is parameter i's value, or undefined if it was not
   * given (optional). CPython: _PyArg_UnpackKeywords.
   */
  parse(args: PyValue[], kwargs: KwArgs): (PyValue | undefined)[] {
    const nargs = args.length;
    if ((kwargs === null || kwargs.size === 0) && nargs >= this.minPos && nargs <= this.maxPos) return args;
    return this.slowParse(args, kwargs);
  }

  private slowParse(args: PyValue[], kwargs: KwArgs): (PyValue | undefined)[] {
    const f = this.fname;
    const nargs = args.length;
    const nkw = kwargs === null ? 0 : kwargs.size;
    const maxArgs = this.names.length;
    if (nargs + nkw > maxArgs) {
      throw pyErr(
        TypeError,
        `${f}() takes at most ${maxArgs} ${nargs === 0 ? 'keyword ' : ''}argument${maxArgs === 1 ? '' : 's'} (${nargs + nkw} given)`,
      );
    }
    if (nargs > this.maxPos) {
      if (this.maxPos === 0) throw pyErr(TypeError, `${f}() takes no positional arguments`);
      throw pyErr(
        TypeError,
        `${f}() takes ${this.minPos < this.maxPos ? 'at most' : 'exactly'} ${plural(this.maxPos, 'positional argument')} (${nargs} given)`,
      );
    }
    const out: (PyValue | undefined)[] = new Array(maxArgs);
    for (let i = 0; i < nargs; i++) out[i] = args[i];
    let used = 0;
    for (let i = nargs; i < maxArgs; i++) {
      const name = this.names[i];
      const v = i < this.posOnly || kwargs === null ? undefined : kwargs.get(name);
      if (v !== undefined) {
        out[i] = v;
        used++;
        continue;
      }
      if (!this.required[i]) continue;
      if (i < this.posOnly) {
        const min = Math.min(this.posOnly, this.minPos);
        throw pyErr(
          TypeError,
          `${f}() takes ${min < this.maxPos ? 'at least' : 'exactly'} ${plural(min, 'positional argument')} (${nargs} given)`,
        );
      }
      if (i < this.maxPos) throw pyErr(TypeError, `${f}() missing required argument '${name}' (pos ${i + 1})`);
      throw pyErr(TypeError, `${f}() missing required keyword-only argument '${name}'`);
    }
    if (used < nkw && kwargs !== null) {
      // Something left over: a positional-only name, a duplicate, or an unknown keyword.
      for (const k of kwargs.keys()) {
        const idx = this.names.indexOf(k);
        if (idx >= this.posOnly && idx < nargs) {
          throw pyErr(TypeError, `argument for ${f}() given by name ('${k}') and position (${idx + 1})`);
        }
        if (idx < this.posOnly) throw pyErr(TypeError, `'${k}' is an invalid keyword argument for ${f}()`);
      }
    }
    return out;
  }
}

/**
 * Build a Signature from a Python-like parameter list, e.g.
 *   signature('round', 'number, ndigits=None')
 *   signature('sum', 'iterable, /, start=0')
 *   signature('sort', '*, key=None, reverse=False')
 */
export function signature(fname: string, params: string): Signature {
  const names: string[] = [];
  const required: boolean[] = [];
  let posOnly = 0;
  let maxPos = -1;
  for (const raw of params.split(',')) {
    const p = raw.trim();
    if (p === '') continue;
    if (p === '/') {
      posOnly = names.length;
      continue;
    }
    if (p === '*') {
      maxPos = names.length;
      continue;
    }
    const eq = p.indexOf('=');
    names.push(eq < 0 ? p : p.slice(0, eq).trim());
    required.push(eq < 0);
  }
  return new Signature(fname, names, posOnly, maxPos < 0 ? names.length : maxPos, required);
}
