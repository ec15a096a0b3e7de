// str.format / str.format_map (CPython: Objects/stringlib/unicode_format.h): literal text with {{ }}
// escapes, replacement fields {name.attr[key]!conv:spec} with automatic or manual numbering, and
// nested fields inside the spec ({:{width}}). Values are formatted with formatValue (builtin fast
// paths, else ops.format -> __format__). One generator, run through syncOrGen.

import { PyObject, isPending, type KwArgs, type NativeGen, type NativeResult, type PyValue } from '../object.js';
import { None, floatType } from '../builtin-types.js';
import { pyErr, ValueError, IndexError } from '../exceptions.js';
import { PyFloat } from '../float.js';
import { keyError } from '../dict.js';
import { syncOrGen } from '../gen.js';
import { formatInt, formatFloat, formatStr } from './spec.js';
import { strOf } from './percent.js';
import { asciiEscape } from './str-repr.js';
import { reprValue } from '../repr-util.js';
import * as ops from '../ops.js';

/** format(v, spec) with no dispatch for exact int/bool/float/str. */
export function formatValue(v: PyValue, spec: string): string | NativeGen {
  switch (typeof v) {
    case 'string':
      return formatStr(v, spec);
    case 'number':
    case 'bigint':
      return formatInt(v, spec);
    case 'boolean':
      return spec === '' ? (v ? 'True' : 'False') : formatInt(v, spec, 'bool');
  }
  if ((v as PyObject).type === floatType) return formatFloat((v as PyFloat).value, spec);
  return ops.format(v, spec) as string | NativeGen;
}

export function strFormat(fmt: string, args: PyValue[], kwargs: KwArgs, mapping?: PyValue): NativeResult {
  return syncOrGen(formatGen(fmt, args, kwargs, mapping, 2, { auto: 0, mode: 0 }));
}

interface Numbering {
  auto: number;
  /** 0 = undecided, 1 = automatic, 2 = manual */
  mode: number;
}

function* formatGen(fmt: string, args: PyValue[], kwargs: KwArgs, mapping: PyValue | undefined, depth: number, num: Numbering): NativeGen {
  if (depth < 0) throw pyErr(ValueError, 'Max string recursion exceeded');
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i];
    if (c === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      throw pyErr(ValueError, "Single '}' encountered in format string");
    }
    if (c !== '{') {
      let j = i;
      while (j < n && fmt[j] !== '{' && fmt[j] !== '}') j++;
      out += fmt.slice(i, j);
      i = j;
      continue;
    }
    if (fmt[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    // a replacement field: find its end, honouring nested braces and [..] in the field name
    let j = i + 1;
    let level = 1;
    let inBracket = false;
    while (j < n) {
      const d = fmt[j];
      if (inBracket) {
        if (d === ']') inBracket = false;
      } else if (d === '[') inBracket = true;
      else if (d === '{') level++;
      else if (d === '}') {
        level--;
        if (level === 0) break;
      }
      j++;
    }
    if (j >= n) {
      throw pyErr(ValueError, i + 1 >= n ? "Single '{' encountered in format string" : "expected '}' before end of string");
    }
    const field = fmt.slice(i + 1, j);
    i = j + 1;
    // split field into name, conversion, spec
    let name = field, conv = '', spec = '';
    let k = 0;
    let br = false;
    for (; k < field.length; k++) {
      const d = field[k];
      if (br) {
        if (d === ']') br = false;
        continue;
      }
      if (d === '[') br = true;
      else if (d === '!' || d === ':') break;
    }
    name = field.slice(0, k);
    if (field[k] === '!') {
      conv = field[k + 1] ?? '';
      if (k + 2 < field.length && field[k + 2] !== ':') throw pyErr(ValueError, 'expected \':\' after conversion specifier');
      if (k + 1 >= field.length) throw pyErr(ValueError, 'end of string while looking for conversion specifier');
      k += 2;
    }
    if (field[k] === ':') spec = field.slice(k + 1);
    let value = yield* lookupField(name, args, kwargs, mapping, num);
    if (conv) {
      if (conv === 'r') value = yield* settle(reprValue(value));
      else if (conv === 's') value = yield* settle(strOf(value));
      else if (conv === 'a') value = asciiEscape((yield* settle(reprValue(value))) as string);
      else throw pyErr(ValueError, `Unknown conversion specifier ${conv}`);
    }
    if (spec.includes('{')) spec = (yield* formatGen(spec, args, kwargs, mapping, depth - 1, num)) as string;
    out += yield* settle(formatValue(value, spec));
  }
  return out;
}

function* settle(r: string | NativeGen): Generator<any, string, any> {
  return typeof r === 'string' ? r : ((yield* r) as string);
}

function* lookupField(name: string, args: PyValue[], kwargs: KwArgs, mapping: PyValue | undefined, num: Numbering): Generator<any, PyValue, any> {
  // first part: up to '.' or '['
  let k = 0;
  while (k < name.length && name[k] !== '.' && name[k] !== '[') k++;
  const first = name.slice(0, k);
  let value: PyValue;
  if (first === '') {
    if (num.mode === 2) throw pyErr(ValueError, 'cannot switch from manual field specification to automatic field numbering');
    num.mode = 1;
    value = positional(args, num.auto++);
  } else if (/^\d+$/.test(first)) {
    if (num.mode === 1) throw pyErr(ValueError, 'cannot switch from automatic field numbering to manual field specification');
    num.mode = 2;
    value = positional(args, parseInt(first, 10));
  } else if (mapping !== undefined) {
    const r = ops.getItem(mapping, first);
    value = isPending(r) ? yield* r : r;
  } else {
    const v = kwargs ? kwargs.get(first) : undefined;
    if (v === undefined) throw keyError(first);
    value = v;
  }
  // then .attr and [key] parts
  while (k < name.length) {
    if (name[k] === '.') {
      let e = k + 1;
      while (e < name.length && name[e] !== '.' && name[e] !== '[') e++;
      const attr = name.slice(k + 1, e);
      if (attr === '') throw pyErr(ValueError, 'Empty attribute in format string');
      const r = ops.getAttr(value, attr);
      value = isPending(r) ? yield* r : r;
      k = e;
    } else if (name[k] === '[') {
      const e = name.indexOf(']', k);
      if (e < 0) throw pyErr(ValueError, "Missing ']' in format string");
      const key = name.slice(k + 1, e);
      if (key === '') throw pyErr(ValueError, 'Empty attribute in format string');
      const r = ops.getItem(value, /^\d+$/.test(key) ? parseInt(key, 10) : key);
      value = isPending(r) ? yield* r : r;
      k = e + 1;
      if (k < name.length && name[k] !== '.' && name[k] !== '[') {
        throw pyErr(ValueError, 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
      }
    } else break;
  }
  return value;
}

function positional(args: PyValue[], i: number): PyValue {
  if (i >= args.length) throw pyErr(IndexError, `Replacement index ${i} out of range for positional args tuple`);
  return args[i];
}

export { None };
