// Compile-time constants -> runtime values for code.consts, and the keys that deduplicate them
// (CPython: _PyCode_ConstantKey — 1, 1.0, True, -0.0 and 0.0 must all stay distinct constants).
// Complex and bytes literals are built through hooks that their type files install (constHooks), so
// the compiler does not depend on those types.

import type { ConstantValue } from '../parse/ast.js';
import { PyObject, type PyValue } from '../objects/object.js';
import { None, Ellipsis, builtinType } from '../objects/builtin-types.js';
import { PyFloat, pyFloat } from '../objects/float.js';
import { PyTuple, pyTuple } from '../objects/tuple.js';

/** Stand-in for a literal whose type has not registered its hook yet (compiles; unusable at run time). */
export class PendingLiteral extends PyObject {
  constructor(readonly literal: 'complex' | 'bytes', readonly data: number | Uint8Array) {
    super(pendingLiteralType);
  }
}
const pendingLiteralType = builtinType('pyts_pending_literal');

/** complex.ts / bytes.ts install these at load time (e.g. `constHooks.bytes = (d) => new PyBytes(d)`). */
export const constHooks = {
  complex: (imag: number): PyValue => new PendingLiteral('complex', imag),
  bytes: (data: Uint8Array): PyValue => new PendingLiteral('bytes', data),
};

/** Python int from a bigint literal: a JS number when safe. */
export function intConst(v: bigint): number | bigint {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

export function constValue(c: ConstantValue): PyValue {
  switch (c.kind) {
    case 'int': return intConst(c.value);
    case 'float': return pyFloat(c.value);
    case 'complex': return constHooks.complex(c.imag);
    case 'str': return c.value;
    case 'bytes': return constHooks.bytes(c.value);
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
