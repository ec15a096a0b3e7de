// Assignment targets (CPython: the Store/Del contexts of compiler_visit_expr1, compiler_augassign,
// compiler_annassign, unpack_helper): `a = b = v`, `x, *y = v`, `o.a += v`, `del a[i]`, `x: int = v`.

import type * as A from '../parse/ast.js';
import type { Compiler } from './compiler.js';
import { Op } from './opcodes.js';
import { binopArg } from './codegen-expr.js';

/** Store the value on TOS into `t` (pops it). */
export function compileTarget(c: Compiler, t: A.Expr): void {
  const u = c.u;
  const saved = [u.line, u.endLine, u.col, u.endCol];
  u.setLoc(t);
  switch (t.kind) {
    case 'Name':
      c.nameop(t.id, 'Store', t);
      break;
    case 'Attribute':
      c.expr(t.value);
      u.setLoc(t);
      c.emit(Op.STORE_ATTR, u.addName(c.mangle(t.attr)));
      break;
    case 'Subscript':
      c.expr(t.value);
      c.expr(t.slice);
      c.emit(Op.STORE_SUBSCR);
      break;
    case 'Tuple':
    case 'List':
      unpack(c, t.elts, t);
      for (const x of t.elts) compileTarget(c, x.kind === 'Starred' ? x.value : x);
      break;
    case 'Starred':
      c.error('starred assignment target must be in a list or tuple', t);
      break;
    default:
      c.error(`cannot assign to ${describe(t)}`, t);
  }
  [u.line, u.endLine, u.col, u.endCol] = saved;
}

// CPython: unpack_helper
function unpack(c: Compiler, elts: A.Expr[], loc: A.Expr): void {
  let star = -1;
  elts.forEach((x, i) => {
    if (x.kind === 'Starred') {
      if (star >= 0) c.error('multiple starred expressions in assignment', x);
      star = i;
    }
  });
  if (star < 0) return c.emit(Op.UNPACK_SEQUENCE, elts.length);
  const after = elts.length - star - 1;
  if (star >= 256 || after >= 1 << 23) c.error('too many expressions in star-unpacking assignment', loc);
  c.emit(Op.UNPACK_EX, star | (after << 8));
}

/** Human description of a non-assignable expression (CPython: _PyPegen_get_expr_name). */
function describe(e: A.Expr): string {
  switch (e.kind) {
    case 'Call': return 'function call';
    case 'Constant': return e.value.kind === 'None' || e.value.kind === 'bool' ? String(e.value.kind === 'None' ? 'None' : e.value.value ? 'True' : 'False') : e.value.kind === 'Ellipsis' ? 'ellipsis' : 'literal';
    case 'Lambda': return 'lambda';
    case 'BinOp': case 'UnaryOp': return 'expression';
    case 'BoolOp': return 'expression';
    case 'Compare': return 'comparison';
    default: return 'expression';
  }
}

// del_stmt: 'del' targets
export function compileDelete(c: Compiler, t: A.Expr): void {
  const u = c.u;
  u.setLoc(t);
  switch (t.kind) {
    case 'Name':
      return c.nameop(t.id, 'Del', t);
    case 'Attribute':
      c.expr(t.value);
      u.setLoc(t);
      return c.emit(Op.DELETE_ATTR, u.addName(c.mangle(t.attr)));
    case 'Subscript':
      c.expr(t.value);
      c.expr(t.slice);
      return c.emit(Op.DELETE_SUBSCR);
    case 'Tuple':
    case 'List':
      for (const x of t.elts) compileDelete(c, x);
      return;
    default:
      c.error(`cannot delete ${describe(t)}`, t);
  }
}

// expr_stmt: targets '=' value (chained assignment stores left to right)
export function compileAssign(c: Compiler, s: A.Assign): void {
  c.expr(s.value);
  s.targets.forEach((t, i) => {
    if (i < s.targets.length - 1) c.emit(Op.COPY, 1);
    compileTarget(c, t);
  });
}

// augassign: target augop value
export function compileAugAssign(c: Compiler, s: A.AugAssign): void {
  const u = c.u;
  const t = s.target;
  const op = binopArg(s.op, true);
  switch (t.kind) {
    case 'Name':
      c.nameop(t.id, 'Load', t);
      c.expr(s.value);
      u.setLoc(s);
      c.emit(Op.BINARY_OP, op);
      return c.nameop(t.id, 'Store', t);
    case 'Attribute': {
      const name = u.addName(c.mangle(t.attr));
      c.expr(t.value);
      c.emit(Op.COPY, 1);
      u.setLoc(t);
      c.emit(Op.LOAD_ATTR, name);
      c.expr(s.value);
      u.setLoc(s);
      c.emit(Op.BINARY_OP, op);
      c.emit(Op.SWAP, 2);
      u.setLoc(t);
      return c.emit(Op.STORE_ATTR, name);
    }
    case 'Subscript':
      c.expr(t.value);
      c.expr(t.slice);
      c.emit(Op.COPY, 2);
      c.emit(Op.COPY, 2);
      u.setLoc(t);
      c.emit(Op.BINARY_SUBSCR);
      c.expr(s.value);
      u.setLoc(s);
      c.emit(Op.BINARY_OP, op);
      c.emit(Op.SWAP, 3);
      c.emit(Op.SWAP, 2);
      return c.emit(Op.STORE_SUBSCR);
    default:
      c.error(`'${describe(t)}' is an illegal expression for augmented assignment`, t);
  }
}

// annassign: target ':' annotation ['=' value]
export function compileAnnAssign(c: Compiler, s: A.AnnAssign): void {
  const u = c.u;
  const t = s.target;
  if (s.value) {
    c.expr(s.value);
    compileTarget(c, t);
  }
  if (t.kind === 'Name') {
    // Module and class bodies record simple annotations in __annotations__; functions don't evaluate them.
    if (s.simple && u.scope.kind !== 'function') {
      c.expr(s.annotation);
      c.emit(Op.LOAD_NAME, u.addName('__annotations__'));
      u.loadConst(c.mangle(t.id));
      c.emit(Op.STORE_SUBSCR);
    }
  } else if (t.kind === 'Attribute') {
    if (!s.value) {
      c.expr(t.value);
      c.emit(Op.POP_TOP);
    }
    if (u.scope.kind !== 'function') {
      c.expr(s.annotation);
      c.emit(Op.POP_TOP);
    }
  } else if (t.kind === 'Subscript') {
    if (!s.value) {
      c.expr(t.value);
      c.emit(Op.POP_TOP);
      c.expr(t.slice);
      c.emit(Op.POP_TOP);
    }
    if (u.scope.kind !== 'function') {
      c.expr(s.annotation);
      c.emit(Op.POP_TOP);
    }
  }
}
