// Code generation for expressions (CPython: compiler_visit_expr1 and helpers): each case leaves exactly
// one value on the stack. Calls follow the convention in opcodes.ts ([callable, self_or_NULL, args...]).
// Functions, lambdas and classes are in codegen-func.ts; comprehensions in codegen-comp.ts.

import { newSet, frozensetType } from '../objects/set.js';
import type * as A from '../parse/ast.js';
// Type-only (see opcodes.ts): the numbers below are checked against ops.ts's enums at compile time.
import type { BinOp, CmpOp } from '../objects/ops.js';
import { None } from '../objects/builtin-types.js';
import type { Compiler } from './compiler.js';
import { constValue, foldConst, pyTuple } from './consts.js';
import type { PyValue } from '../objects/object.js';
import { Op } from './opcodes.js';
import { compileLambda } from './codegen-func.js';
import { compileComprehension } from './codegen-comp.js';

const BINOPS = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7, Pow: 8, RShift: 9, Sub: 10,
  Div: 11, BitXor: 12,
} as const satisfies Record<A.OperatorKind, number>;
const INPLACE = 13;
const _checkBin: [BinOp.Add, BinOp.And, BinOp.FloorDivide, BinOp.LShift, BinOp.MatMul, BinOp.Multiply,
  BinOp.Remainder, BinOp.Or, BinOp.Power, BinOp.RShift, BinOp.Subtract, BinOp.TrueDivide, BinOp.Xor,
  BinOp.InplaceAdd] = [BINOPS.Add, BINOPS.BitAnd, BINOPS.FloorDiv, BINOPS.LShift, BINOPS.MatMult, BINOPS.Mult,
  BINOPS.Mod, BINOPS.BitOr, BINOPS.Pow, BINOPS.RShift, BINOPS.Sub, BINOPS.Div, BINOPS.BitXor, INPLACE];
const CMP = { Lt: 0, Le: 1, Eq: 2, Ne: 3, Gt: 4, Ge: 5 } as const;
const _checkCmp: [CmpOp.Lt, CmpOp.Le, CmpOp.Eq, CmpOp.Ne, CmpOp.Gt, CmpOp.Ge] = [CMP.Lt, CMP.Le, CMP.Eq, CMP.Ne, CMP.Gt, CMP.Ge];
void _checkBin;
void _checkCmp;

/** BINARY_OP argument for `a op b` (inplace: `a op= b`). */
export function binopArg(op: A.OperatorKind, inplace: boolean): number {
  return BINOPS[op] + (inplace ? INPLACE : 0);
}

/** Emit the comparison instruction for one operator. */
export function emitCompare(c: Compiler, op: A.CmpOpKind): void {
  switch (op) {
    case 'Eq': return c.emit(Op.COMPARE_OP, CMP.Eq);
    case 'NotEq': return c.emit(Op.COMPARE_OP, CMP.Ne);
    case 'Lt': return c.emit(Op.COMPARE_OP, CMP.Lt);
    case 'LtE': return c.emit(Op.COMPARE_OP, CMP.Le);
    case 'Gt': return c.emit(Op.COMPARE_OP, CMP.Gt);
    case 'GtE': return c.emit(Op.COMPARE_OP, CMP.Ge);
    case 'Is': return c.emit(Op.IS_OP, 0);
    case 'IsNot': return c.emit(Op.IS_OP, 1);
    case 'In': return c.emit(Op.CONTAINS_OP, 0);
    case 'NotIn': return c.emit(Op.CONTAINS_OP, 1);
  }
}

// CPython: compiler_visit_expr1
export function compileExpr(c: Compiler, e: A.Expr): void {
  const u = c.u;
  switch (e.kind) {
    case 'Constant':
      return u.loadConst(constValue(e.value));
    case 'Name':
      return c.nameop(e.id, e.ctx, e);
    case 'BoolOp': {
      // or_test / and_test: a or b -> a; JUMP_IF_TRUE_OR_POP end; b; end:
      const end = u.newLabel();
      const op = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
      e.values.forEach((v, i) => {
        c.expr(v);
        if (i < e.values.length - 1) c.emit(op, end);
      });
      return u.placeLabel(end);
    }
    case 'NamedExpr':
      c.expr(e.value);
      c.emit(Op.COPY, 1);
      return c.nameop((e.target as A.Name).id, 'Store', e.target);
    case 'BinOp':
      c.expr(e.left);
      c.expr(e.right);
      return c.emit(Op.BINARY_OP, binopArg(e.op, false));
    case 'UnaryOp': {
      // CPython's AST optimizer folds -1, ~0, +2.5 ... into one constant (python3 -m dis shows LOAD_CONST -1).
      if (e.op !== 'Not') {
        const v = foldConst(e);
        if (v !== undefined) return u.loadConst(v);
      }
      c.expr(e.operand);
      return c.emit(e.op === 'Not' ? Op.UNARY_NOT : e.op === 'USub' ? Op.UNARY_NEGATIVE
        : e.op === 'UAdd' ? Op.UNARY_POSITIVE : Op.UNARY_INVERT);
    }
    case 'Lambda':
      return compileLambda(c, e);
    case 'IfExp': {
      const orelse = u.newLabel();
      const end = u.newLabel();
      jumpIf(c, e.test, false, orelse);
      c.expr(e.body);
      c.emit(Op.JUMP, end);
      u.placeLabel(orelse);
      c.expr(e.orelse);
      return u.placeLabel(end);
    }
    case 'Dict':
      return compileDict(c, e);
    case 'Set':
      return starredCollection(c, e.elts, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
    case 'List':
      return starredCollection(c, e.elts, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
    case 'Tuple':
      if (e.ctx !== 'Load') return c.error('compiler bug: tuple target compiled as expression', e);
      return starredCollection(c, e.elts, Op.BUILD_TUPLE, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return compileComprehension(c, e);
    case 'Yield':
      if (u.scope.kind !== 'function') c.error("'yield' outside function", e);
      if (e.value) c.expr(e.value);
      else u.loadConst(None);
      return c.emit(Op.YIELD_VALUE, 0);
    case 'YieldFrom':
      if (u.scope.kind !== 'function') c.error("'yield' outside function", e);
      c.expr(e.value);
      c.emit(Op.GET_YIELD_FROM_ITER);
      u.loadConst(None);
      return yieldFromLoop(c);
    case 'Compare':
      return compileCompare(c, e);
    case 'Call':
      return compileCall(c, e);
    case 'JoinedStr': {
      // f-string: each part pushes a str; BUILD_STRING joins them.
      for (const v of e.values) c.expr(v);
      if (e.values.length !== 1 || e.values[0].kind !== 'FormattedValue') {
        if (e.values.length === 0) return u.loadConst('');
        if (e.values.length > 1) c.emit(Op.BUILD_STRING, e.values.length);
      }
      return;
    }
    case 'FormattedValue': {
      c.expr(e.value);
      const conv = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
      let flags = conv;
      if (e.format_spec) {
        c.expr(e.format_spec);
        flags |= 4;
      }
      return c.emit(Op.FORMAT_VALUE, flags);
    }
    case 'Attribute':
      c.expr(e.value);
      if (e.ctx !== 'Load') return c.error('compiler bug: attribute target compiled as expression', e);
      return c.emit(Op.LOAD_ATTR, u.addName(c.mangle(e.attr)));
    case 'Subscript':
      c.expr(e.value);
      c.expr(e.slice);
      return c.emit(Op.BINARY_SUBSCR);
    case 'Slice': {
      // slice: [lower] ':' [upper] [':' [step]] -> BUILD_SLICE
      if (e.lower) c.expr(e.lower);
      else u.loadConst(None);
      if (e.upper) c.expr(e.upper);
      else u.loadConst(None);
      if (e.step) c.expr(e.step);
      return c.emit(Op.BUILD_SLICE, e.step ? 3 : 2);
    }
    case 'Starred':
      return c.error(e.ctx === 'Store' ? 'starred assignment target must be in a list or tuple'
        : "can't use starred expression here", e);
  }
}

/** `yield from` / await loop; expects [receiver, value] on the stack, leaves the result (CPython 3.11 shape). */
export function yieldFromLoop(c: Compiler): void {
  const u = c.u;
  const send = u.newLabel();
  const exit = u.newLabel();
  u.placeLabel(send);
  c.emit(Op.SEND, exit);
  c.emit(Op.YIELD_VALUE, 1);
  c.emit(Op.JUMP_NO_INTERRUPT, send);
  u.placeLabel(exit);
}

/**
 * Compile `e` as a condition and jump to `label` when its truth equals `cond` (CPython: compiler_jump_if,
 * simplified: `not`, `and`/`or` and constants are handled without materialising a bool).
 */
export function jumpIf(c: Compiler, e: A.Expr, cond: boolean, label: number): void {
  const u = c.u;
  if (e.kind === 'UnaryOp' && e.op === 'Not') return jumpIf(c, e.operand, !cond, label);
  if (e.kind === 'BoolOp') {
    const isOr = e.op === 'Or';
    // `a or b` jumps on true when any is true; on false only if all are false.
    if (isOr === cond) {
      for (const v of e.values) jumpIf(c, v, cond, label);
    } else {
      const next = u.newLabel();
      for (let i = 0; i < e.values.length - 1; i++) jumpIf(c, e.values[i], !cond, next);
      jumpIf(c, e.values[e.values.length - 1], cond, label);
      u.placeLabel(next);
    }
    return;
  }
  c.expr(e);
  c.emit(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
}

// CPython: compiler_compare. a < b < c -> a b SWAP 2 COPY 2 COMPARE JUMP_IF_FALSE_OR_POP ... c COMPARE
function compileCompare(c: Compiler, e: A.Compare): void {
  const u = c.u;
  c.expr(e.left);
  const n = e.ops.length;
  if (n === 1) {
    c.expr(e.comparators[0]);
    return emitCompare(c, e.ops[0]);
  }
  const cleanup = u.newLabel();
  const end = u.newLabel();
  for (let i = 0; i < n - 1; i++) {
    c.expr(e.comparators[i]);
    c.emit(Op.SWAP, 2);
    c.emit(Op.COPY, 2);
    emitCompare(c, e.ops[i]);
    c.emit(Op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  c.expr(e.comparators[n - 1]);
  emitCompare(c, e.ops[n - 1]);
  c.emit(Op.JUMP, end);
  u.placeLabel(cleanup);
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_TOP);
  u.placeLabel(end);
}

/**
 * [elts] with possible `*x` items. Without starred items: the elements, then build(n). With them:
 * build a list with LIST_APPEND/LIST_EXTEND (SET_ADD/SET_UPDATE for sets), then LIST_TO_TUPLE for tuples.
 */
function starredCollection(c: Compiler, elts: A.Expr[], build: Op, add: Op, extend: Op, tuple: boolean): void {
  const u = c.u;
  if (tuple && elts.length > 0 && elts.every((x) => x.kind === 'Constant')) {
    return u.loadConst(pyTuple(elts.map((x) => constValue((x as A.Constant).value))));
  }
  const folded = !tuple && elts.length > 2 ? elts.map(foldConst) : null;
  if (folded !== null && folded.every((v) => v !== undefined)) {
    // CPython (starunpack_helper): a display of > 2 constants extends an empty list/set by one
    // constant; for a set that constant is a frozenset, whose table layout decides the new set's order.
    const items = folded as PyValue[];
    c.emit(build, 0);
    // CPython builds the frozenset twice: PyFrozenSet_New(tuple), then merge_consts_recursive
    // re-creates it from its own iteration order.
    u.loadConst(add === Op.SET_ADD ? newSet(frozensetType, newSet(frozensetType, items).elements()) : pyTuple(items));
    return c.emit(extend, 1);
  }
  if (!elts.some((x) => x.kind === 'Starred')) {
    for (const x of elts) c.expr(x);
    return c.emit(build, elts.length);
  }
  c.emit(tuple ? Op.BUILD_LIST : build, 0);
  for (const x of elts) {
    if (x.kind === 'Starred') {
      c.expr(x.value);
      c.emit(extend, 1);
    } else {
      c.expr(x);
      c.emit(add, 1);
    }
  }
  if (tuple) c.emit(Op.LIST_TO_TUPLE);
}

// CPython: compiler_dict. {k: v, **m}
function compileDict(c: Compiler, e: A.Dict): void {
  const u = c.u;
  const n = e.keys.length;
  if (!e.keys.some((k) => k === null)) {
    if (n > 1 && e.keys.every((k) => k.kind === 'Constant')) {
      for (const v of e.values) c.expr(v);
      u.loadConst(pyTuple(e.keys.map((k) => constValue((k as A.Constant).value))));
      return c.emit(Op.BUILD_CONST_KEY_MAP, n);
    }
    for (let i = 0; i < n; i++) {
      c.expr(e.keys[i]);
      c.expr(e.values[i]);
    }
    return c.emit(Op.BUILD_MAP, n);
  }
  c.emit(Op.BUILD_MAP, 0);
  for (let i = 0; i < n; i++) {
    const k = e.keys[i];
    if (k === null) {
      c.expr(e.values[i]);
      c.emit(Op.DICT_UPDATE, 1);
    } else {
      c.expr(k);
      c.expr(e.values[i]);
      c.emit(Op.MAP_ADD, 1);
    }
  }
}

// CPython: compiler_call (+ maybe_optimize_method_call)
function compileCall(c: Compiler, e: A.Call): void {
  const u = c.u;
  const f = e.func;
  const simpleArgs = !e.args.some((a) => a.kind === 'Starred') && !e.keywords.some((k) => k.arg === null);
  if (f.kind === 'Attribute' && f.ctx === 'Load' && simpleArgs) {
    c.expr(f.value);
    const saved = [u.line, u.endLine, u.col, u.endCol];
    u.setLoc(f);
    c.emit(Op.LOAD_METHOD, u.addName(c.mangle(f.attr)));
    [u.line, u.endLine, u.col, u.endCol] = saved;
  } else if (f.kind === 'Name') {
    const saved = [u.line, u.endLine, u.col, u.endCol];
    u.setLoc(f);
    c.loadCallableName(f.id);
    [u.line, u.endLine, u.col, u.endCol] = saved;
  } else {
    c.expr(f);
    c.emit(Op.PUSH_NULL);
  }
  callHelper(c, 0, e.args, e.keywords);
}

/**
 * The arguments and the CALL of a call whose callable (+ NULL/self) and `npre` positional arguments are
 * already on the stack (CPython: compiler_call_helper). Used by calls and class definitions.
 */
export function callHelper(c: Compiler, npre: number, args: A.Expr[], keywords: A.Keyword[]): void {
  const u = c.u;
  const starred = args.some((a) => a.kind === 'Starred') || keywords.some((k) => k.arg === null);
  if (!starred) {
    for (const a of args) c.expr(a);
    for (const k of keywords) c.expr(k.value);
    const argc = npre + args.length + keywords.length;
    if (keywords.length === 0) return c.emit(Op.CALL, argc);
    checkRepeatedKeywords(c, keywords);
    u.loadConst(pyTuple(keywords.map((k) => k.arg as string)));
    return c.emit(Op.CALL_KW, argc);
  }
  // Positional part: a tuple built from a list.
  c.emit(Op.BUILD_LIST, npre);
  for (const a of args) {
    if (a.kind === 'Starred') {
      c.expr(a.value);
      c.emit(Op.LIST_EXTEND, 1);
    } else {
      c.expr(a);
      c.emit(Op.LIST_APPEND, 1);
    }
  }
  c.emit(Op.LIST_TO_TUPLE);
  if (keywords.length === 0) return c.emit(Op.CALL_FUNCTION_EX, 0);
  checkRepeatedKeywords(c, keywords);
  c.emit(Op.BUILD_MAP, 0);
  for (const k of keywords) {
    if (k.arg === null) {
      c.expr(k.value);
    } else {
      u.loadConst(k.arg);
      c.expr(k.value);
      c.emit(Op.BUILD_MAP, 1);
    }
    c.emit(Op.DICT_MERGE, 1);
  }
  c.emit(Op.CALL_FUNCTION_EX, 1);
}

function checkRepeatedKeywords(c: Compiler, keywords: A.Keyword[]): void {
  const seen = new Set<string>();
  for (const k of keywords) {
    if (k.arg === null) continue;
    if (seen.has(k.arg)) c.error(`keyword argument repeated: ${k.arg}`, k);
    seen.add(k.arg);
  }
}
