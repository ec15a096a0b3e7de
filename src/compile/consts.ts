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

/**
 * The constant value of e after CPython's AST optimizer (Python/ast_opt.c) would have folded it:
 * constants, unary +, - and ~ on numbers, and tuples of such; undefined when e is not constant.
 * (Binary operations are not folded yet.)
 */
export function foldConst(e: import('../parse/ast.js').Expr): PyValue | undefined {
  switch (e.kind) {
    case 'Constant':
      return constValue(e.value);
    case 'UnaryOp': {
      if (e.op === 'Not') return undefined;
      let v = foldConst(e.operand);
      if (typeof v === 'boolean') v = v ? 1 : 0;
      if (typeof v === 'number') {
        const r = e.op === 'USub' ? -v : e.op === 'UAdd' ? v : ~v;
        return Number.isSafeInteger(r) ? r + 0 : intConst(BigInt(e.op === 'USub' ? -v : v));
      }
      if (typeof v === 'bigint') return intConst(e.op === 'USub' ? -v : e.op === 'UAdd' ? v : ~v);
      if (v instanceof PyFloat && e.op !== 'Invert') return pyFloat(e.op === 'USub' ? -v.value : v.value);
      return undefined;
    }
    case 'Tuple': {
      const items: PyValue[] = [];
      for (const x of e.elts) {
        const v = foldConst(x);
        if (v === undefined) return undefined;
        items.push(v);
      }
      return pyTuple(items);
    }
  }
  return undefined;
}
