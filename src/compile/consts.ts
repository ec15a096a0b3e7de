// Compile-time constants -> runtime values for code.consts, and the keys that deduplicate them
// (CPython: _PyCode_ConstantKey — 1, 1.0, True, -0.0 and 0.0 must all stay distinct constants).

import type { ConstantValue } from '../parse/ast.js';
import type { PyValue } from '../objects/object.js';
import { None, Ellipsis } from '../objects/builtin-types.js';
import { PyBytes } from '../objects/bytes.js';
import { PyComplex } from '../objects/complex.js';
import { PyFloat, pyFloat } from '../objects/float.js';
import { PyTuple, pyTuple } from '../objects/tuple.js';

/** Python int from a bigint literal: a JS number when safe. */
export function intConst(v: bigint): number | bigint {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

export function constValue(c: ConstantValue): PyValue {
  switch (c.kind) {
    case 'int': return intConst(c.value);
    case 'float': return pyFloat(c.value);
    case 'complex': return new PyComplex(0, c.imag);
    case 'str': return c.value;
    case 'bytes': return new PyBytes(c.value);
    case 'bool': return c.value;
    case 'None': return None;
    case 'Ellipsis': return Ellipsis;
  }
}

/** A key equal for two constants iff they may share one consts slot; null = never share. */
export function constKey(v: PyValue): string | null {
  switch (typeof v) {
    case 'number': return 'i' + v;
    case 'bigint': return 'i' + v.toString();
    case 'string': return 's' + v;
    case 'boolean': return v ? 'T' : 'F';
  }
  if (v === None) return 'N';
  if (v === Ellipsis) return 'E';
  if (v instanceof PyFloat) return Object.is(v.value, -0) ? 'f-0' : 'f' + v.value;
  if (v instanceof PyTuple) {
    const parts: string[] = [];
    for (const x of v.items) {
      const k = constKey(x);
      if (k === null) return null;
      parts.push(k);
    }
    return '(' + parts.map((p) => p.length + ':' + p).join('') + ')';
  }
  return null;
}

export { pyTuple };
