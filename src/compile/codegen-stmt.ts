// Code generation for statements (CPython: compiler_visit_stmt): control flow (if/while/for), imports,
// raise/assert, expression statements; delegates assignment to codegen-assign.ts, def/class to
// codegen-func.ts and try/with/return/break/continue to codegen-try.ts. A statement leaves the
// stack as it found it.

import type * as A from '../parse/ast.js';
import { None } from '../objects/builtin-types.js';
import type { Compiler } from './compiler.js';
import { pyTuple } from './consts.js';
import { Op } from './opcodes.js';
import { FBlock } from './unit.js';
import { jumpIf, yieldFromLoop } from './codegen-expr.js';
import { compileAnnAssign, compileAssign, compileAugAssign, compileDelete, compileTarget } from './codegen-assign.js';
import { compileClassDef, compileFunctionDef } from './codegen-func.js';
import { compileMatch } from './codegen-match.js';
import {
  compileBreak, compileContinue, compileReturn, compileTry, compileWith, popFBlock, pushFBlock,
} from './codegen-try.js';

export function compileStmt(c: Compiler, s: A.Stmt): void {
  const u = c.u;
  switch (s.kind) {
    case 'FunctionDef':
      return compileFunctionDef(c, s);
    case 'ClassDef':
      return compileClassDef(c, s);
    case 'Return':
      return compileReturn(c, s);
    case 'Delete':
      for (const t of s.targets) compileDelete(c, t);
      return;
    case 'Assign':
      return compileAssign(c, s);
    case 'AugAssign':
      return compileAugAssign(c, s);
    case 'AnnAssign':
      return compileAnnAssign(c, s);
    case 'For':
      return compileFor(c, s);
    case 'While':
      return compileWhile(c, s);
    case 'If':
      return compileIf(c, s);
    case 'With':
      return compileWith(c, s);
    case 'Match':
      return compileMatch(c, s);
    case 'Raise': {
      // raise_stmt: 'raise' [test ['from' test]]
      let n = 0;
      if (s.exc) {
        c.expr(s.exc);
        n++;
        if (s.cause) {
          c.expr(s.cause);
          n++;
        }
      }
      u.setLoc(s);
      return c.emit(Op.RAISE_VARARGS, n);
    }
    case 'Try':
    case 'TryStar':
      return compileTry(c, s);
    case 'Assert': {
      // assert_stmt: 'assert' test [',' test]
      const end = u.newLabel();
      jumpIf(c, s.test, true, end);
      u.setLoc(s);
      c.emit(Op.LOAD_ASSERTION_ERROR);
      if (s.msg) {
        c.expr(s.msg);
        c.emit(Op.CALL, 0); // [AssertionError, msg]: msg fills the self slot -> AssertionError(msg)
      }
      c.emit(Op.RAISE_VARARGS, 1);
      return u.placeLabel(end);
    }
    case 'Import':
      return compileImport(c, s);
    case 'ImportFrom':
      return compileImportFrom(c, s);
    case 'Global':
    case 'Nonlocal':
    case 'Pass':
      return;
    case 'Expr': {
      // expr_stmt: a bare expression. The REPL prints it; elsewhere constants compile to nothing.
      if (c.interactive && u.scope.kind === 'module' && c.stack.length === 0) {
        c.expr(s.value);
        return c.emit(Op.PRINT_EXPR);
      }
      if (s.value.kind === 'Constant') return;
      c.expr(s.value);
      return c.emit(Op.POP_TOP);
    }
    case 'Break':
      return compileBreak(c, s);
    case 'Continue':
      return compileContinue(c, s);
  }
}

/** Truth of a constant condition, or undefined when not a constant (CPython: expr_constant). */
function constTruth(e: A.Expr): boolean | undefined {
  if (e.kind !== 'Constant') return undefined;
  const v = e.value;
  switch (v.kind) {
    case 'None': return false;
    case 'Ellipsis': return true;
    case 'bool': return v.value;
    case 'int': return v.value !== 0n;
    case 'float': return v.value !== 0;
    case 'complex': return v.imag !== 0;
    case 'str': return v.value !== '';
    case 'bytes': return v.value.length !== 0;
  }
}

// if_stmt: 'if' test ':' block ('elif' test ':' block)* ['else' ':' block]
function compileIf(c: Compiler, s: A.If): void {
  const u = c.u;
  const t = constTruth(s.test);
  if (t === true) return c.stmts(s.body);
  if (t === false) return c.stmts(s.orelse);
  const end = u.newLabel();
  const orelse = s.orelse.length ? u.newLabel() : end;
  jumpIf(c, s.test, false, orelse);
  c.stmts(s.body);
  if (s.orelse.length) {
    c.emit(Op.JUMP, end);
    u.placeLabel(orelse);
    c.stmts(s.orelse);
  }
  u.placeLabel(end);
}

// while_stmt: 'while' test ':' block ['else' ':' block]
// Layout: loop: <test> POP_JUMP_IF_FALSE orelse; body; JUMP_BACKWARD loop; orelse: ...; end:
function compileWhile(c: Compiler, s: A.While): void {
  const u = c.u;
  const t = constTruth(s.test);
  if (t === false) return c.stmts(s.orelse);
  const loop = u.newLabel();
  const orelse = u.newLabel();
  const end = u.newLabel();
  u.placeLabel(loop);
  if (t !== true) jumpIf(c, s.test, false, orelse);
  pushFBlock(c, FBlock.WhileLoop, loop, end);
  c.stmts(s.body);
  popFBlock(c, FBlock.WhileLoop);
  u.setLoc(s);
  c.emit(Op.JUMP, loop);
  u.placeLabel(orelse);
  c.stmts(s.orelse);
  u.placeLabel(end);
}

// for_stmt: 'for' exprlist 'in' testlist ':' block ['else' ':' block]
function compileFor(c: Compiler, s: A.For): void {
  const u = c.u;
  const start = u.newLabel();
  const cleanup = u.newLabel();
  const end = u.newLabel();
  c.expr(s.iter);
  c.emit(Op.GET_ITER);
  u.placeLabel(start);
  u.setLoc(s);
  c.emit(Op.FOR_ITER, cleanup);
  pushFBlock(c, FBlock.ForLoop, start, end);
  compileTarget(c, s.target);
  c.stmts(s.body);
  popFBlock(c, FBlock.ForLoop);
  u.setLoc(s);
  c.emit(Op.JUMP, start);
  u.placeLabel(cleanup);
  c.stmts(s.orelse);
  u.placeLabel(end);
}

// import_name: 'import' dotted_as_names
function compileImport(c: Compiler, s: A.Import): void {
  const u = c.u;
  for (const a of s.names) {
    u.setLoc(s); // CPython 3.11: import instructions carry the statement's location
    u.loadConst(0);
    u.loadConst(None);
    c.emit(Op.IMPORT_NAME, u.addName(a.name));
    if (a.asname) {
      // import a.b.c as d -> IMPORT_NAME a.b.c; IMPORT_FROM b; SWAP 2; POP_TOP; IMPORT_FROM c; STORE d; POP_TOP
      const parts = a.name.split('.');
      for (let i = 1; i < parts.length; i++) {
        c.emit(Op.IMPORT_FROM, u.addName(parts[i]));
        if (i < parts.length - 1) {
          c.emit(Op.SWAP, 2);
          c.emit(Op.POP_TOP);
        }
      }
      c.nameop(a.asname, 'Store', a);
      if (parts.length > 1) c.emit(Op.POP_TOP);
    } else {
      c.nameop(a.name.split('.')[0], 'Store', a);
    }
  }
}

// import_from: 'from' ('.'* dotted_name | '.'+) 'import' ('*' | import_as_names)
function compileImportFrom(c: Compiler, s: A.ImportFrom): void {
  const u = c.u;
  u.loadConst(s.level ?? 0);
  u.loadConst(pyTuple(s.names.map((a) => a.name)));
  c.emit(Op.IMPORT_NAME, u.addName(s.module ?? ''));
  if (s.names.length === 1 && s.names[0].name === '*') {
    return c.emit(Op.IMPORT_STAR);
  }
  for (const a of s.names) {
    u.setLoc(s);
    c.emit(Op.IMPORT_FROM, u.addName(a.name));
    c.nameop(a.asname ?? a.name, 'Store', a);
  }
  c.emit(Op.POP_TOP);
}

export { yieldFromLoop };
