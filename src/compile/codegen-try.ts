// Exceptions, `with`, and leaving blocks early (CPython 3.11: compiler_try_except, compiler_try_finally,
// compiler_with, compiler_unwind_fblock(_stack), compiler_return/break/continue).
//
// Handlers are set up with the pseudo-ops SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH and POP_BLOCK; the
// assembler turns them into the exception table. The frame-block stack (unit.fblocks) records what a
// `return`, `break` or `continue` must undo on its way out: pop a for-loop iterator, pop a handler,
// run a `finally` body inline, call a with-block's __exit__(None, None, None), restore the handled
// exception. Each shape below is CPython 3.11's, instruction for instruction (minus NOPs).

import type * as A from '../parse/ast.js';
import { None } from '../objects/builtin-types.js';
import type { Compiler } from './compiler.js';
import { Op } from './opcodes.js';
import { FBlock, type FBlockInfo } from './unit.js';
import { compileTarget } from './codegen-assign.js';

export function pushFBlock(c: Compiler, type: FBlock, block = -1, exit = -1, datum: FBlockInfo['datum'] = null): void {
  if (c.u.fblocks.length >= 20) c.error('too many statically nested blocks');
  c.u.fblocks.push({ type, block, exit, datum });
}

export function popFBlock(c: Compiler, type: FBlock): void {
  const f = c.u.fblocks.pop();
  if (!f || f.type !== type) throw new Error('compiler bug: fblock mismatch');
}

/** POP_EXCEPT_AND_RERAISE: the cleanup handler shared by except/finally/with. */
function popExceptAndReraise(c: Compiler): void {
  c.emit(Op.COPY, 3);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.RERAISE, 1);
}

/** `exit(None, None, None)` for a with-block left normally: [exit] -> [result]. */
function callExitWithNones(c: Compiler): void {
  c.u.loadConst(None);
  c.u.loadConst(None);
  c.u.loadConst(None);
  c.emit(Op.CALL, 2); // [exit, None, None, None]: the first None fills the self slot
}

// CPython: compiler_unwind_fblock
function unwindFBlock(c: Compiler, info: FBlockInfo, preserveTos: boolean): void {
  switch (info.type) {
    case FBlock.WhileLoop:
    case FBlock.ExceptionHandler:
    case FBlock.ExceptionGroupHandler:
      return;
    case FBlock.ForLoop:
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP);
      return;
    case FBlock.TryExcept:
      c.emit(Op.POP_BLOCK);
      return;
    case FBlock.FinallyTry:
      c.emit(Op.POP_BLOCK);
      if (preserveTos) pushFBlock(c, FBlock.PopValue);
      c.stmts(info.datum as A.Stmt[]);
      if (preserveTos) popFBlock(c, FBlock.PopValue);
      return;
    case FBlock.FinallyEnd:
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP); // exc
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      return;
    case FBlock.With:
      c.emit(Op.POP_BLOCK);
      if (preserveTos) c.emit(Op.SWAP, 2);
      callExitWithNones(c);
      c.emit(Op.POP_TOP);
      return;
    case FBlock.HandlerCleanup: {
      const name = info.datum as string | null;
      if (name !== null) c.emit(Op.POP_BLOCK);
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      clearHandlerName(c, name);
      return;
    }
    case FBlock.PopValue:
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP);
      return;
  }
}

/**
 * CPython: compiler_unwind_fblock_stack. Unwinds every block up to (not including) the innermost loop
 * when `stopAtLoop`, returning that loop; otherwise unwinds everything. Leaving an except* clause this
 * way is a SyntaxError at `loc`.
 */
function unwindFBlockStack(c: Compiler, preserveTos: boolean, stopAtLoop: boolean, loc: A.Stmt | A.Expr): FBlockInfo | null {
  const fb = c.u.fblocks;
  if (fb.length === 0) return null;
  const top = fb[fb.length - 1];
  if (top.type === FBlock.ExceptionGroupHandler) {
    c.error("'break', 'continue' and 'return' cannot appear in an except* block", loc);
  }
  if (stopAtLoop && (top.type === FBlock.WhileLoop || top.type === FBlock.ForLoop)) return top;
  fb.pop();
  unwindFBlock(c, top, preserveTos);
  const loop = unwindFBlockStack(c, preserveTos, stopAtLoop, loc);
  fb.push(top);
  return loop;
}

// return_stmt: 'return' [testlist]
export function compileReturn(c: Compiler, s: A.Return): void {
  const u = c.u;
  if (u.scope.kind !== 'function') c.error("'return' outside function", s);
  const preserveTos = s.value !== null && s.value.kind !== 'Constant';
  if (preserveTos) c.expr(s.value!);
  // CPython's location here: a constant value on the statement's line, else the statement.
  const loc = s.value !== null && !preserveTos && s.value.lineno === s.lineno ? s.value : s;
  unwindFBlockStack(c, preserveTos, false, loc);
  u.setLoc(s);
  if (s.value === null) u.loadConst(None);
  else if (!preserveTos) c.expr(s.value);
  c.emit(Op.RETURN_VALUE);
}

// break_stmt: 'break'
export function compileBreak(c: Compiler, s: A.Break): void {
  const loop = unwindFBlockStack(c, false, true, s);
  if (!loop) c.error("'break' outside loop", s);
  unwindFBlock(c, loop, false);
  c.u.setLoc(s);
  c.emit(Op.JUMP, loop.exit);
}

// continue_stmt: 'continue'
export function compileContinue(c: Compiler, s: A.Continue): void {
  const loop = unwindFBlockStack(c, false, true, s);
  if (!loop) c.error("'continue' not properly in loop", s);
  c.u.setLoc(s);
  c.emit(Op.JUMP, loop.block);
}

// try_stmt: 'try' ':' block (except_block+ [else] [finally] | finally)
export function compileTry(c: Compiler, s: A.Try | A.TryStar): void {
  const compileExcept = s.kind === 'Try' ? compileTryExcept : compileTryStarExcept;
  if (s.finalbody.length) compileTryFinally(c, s, compileExcept);
  else compileExcept(c, s);
}

function compileTryFinally(c: Compiler, s: A.Try | A.TryStar, compileExcept: (c: Compiler, s: A.Try | A.TryStar) => void): void {
  const u = c.u;
  const end = u.newLabel();
  const exit = u.newLabel();
  const cleanup = u.newLabel();
  c.emit(Op.SETUP_FINALLY, end);
  pushFBlock(c, FBlock.FinallyTry, -1, end, s.finalbody);
  if (s.handlers.length) compileExcept(c, s);
  else c.stmts(s.body);
  c.emit(Op.POP_BLOCK);
  popFBlock(c, FBlock.FinallyTry);
  c.stmts(s.finalbody);
  c.emit(Op.JUMP, exit);
  // The exceptional path: run the finally body with the exception as the handled one, then re-raise.
  u.placeLabel(end);
  c.emit(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  pushFBlock(c, FBlock.FinallyEnd, end);
  c.stmts(s.finalbody);
  popFBlock(c, FBlock.FinallyEnd);
  c.emit(Op.RERAISE, 0);
  u.placeLabel(cleanup);
  popExceptAndReraise(c);
  u.placeLabel(exit);
}

/** The body of a try-except: an exception raised in it goes to `handler`. */
function protectedBody(c: Compiler, body: A.Stmt[], handler: number): void {
  c.emit(Op.SETUP_FINALLY, handler);
  pushFBlock(c, FBlock.TryExcept);
  c.stmts(body);
  popFBlock(c, FBlock.TryExcept);
  c.emit(Op.POP_BLOCK);
}

/** The handler's entry: [exc] -> [prev_exc, exc], the exception is the handled one until POP_EXCEPT. */
function enterHandler(c: Compiler, handler: number, cleanup: number, block: FBlock): void {
  c.u.placeLabel(handler);
  c.emit(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  pushFBlock(c, block);
}

function compileTryExcept(c: Compiler, s: A.Try | A.TryStar): void {
  const u = c.u;
  const except = u.newLabel();
  const end = u.newLabel();
  const cleanup = u.newLabel();
  protectedBody(c, s.body, except);
  c.stmts(s.orelse);
  c.emit(Op.JUMP, end);
  enterHandler(c, except, cleanup, FBlock.ExceptionHandler);
  s.handlers.forEach((h, i) => {
    u.setLoc(h);
    if (!h.type && i < s.handlers.length - 1) c.error("default 'except:' must be last", h);
    const next = u.newLabel();
    if (h.type) {
      c.expr(h.type);
      c.emit(Op.CHECK_EXC_MATCH);
      c.emit(Op.POP_JUMP_IF_FALSE, next);
    }
    if (h.name) {
      const cleanupEnd = u.newLabel();
      storeHandlerName(c, h.name);
      // try: body finally: name = None; del name
      c.emit(Op.SETUP_CLEANUP, cleanupEnd);
      pushFBlock(c, FBlock.HandlerCleanup, -1, -1, h.name);
      c.stmts(h.body);
      popFBlock(c, FBlock.HandlerCleanup);
      c.emit(Op.POP_BLOCK);
      c.emit(Op.POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      clearHandlerName(c, h.name);
      c.emit(Op.JUMP, end);
      u.placeLabel(cleanupEnd);
      clearHandlerName(c, h.name);
      c.emit(Op.RERAISE, 1);
    } else {
      c.emit(Op.POP_TOP); // the exception
      pushFBlock(c, FBlock.HandlerCleanup, -1, -1, null);
      c.stmts(h.body);
      popFBlock(c, FBlock.HandlerCleanup);
      c.emit(Op.POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      c.emit(Op.JUMP, end);
    }
    u.placeLabel(next);
  });
  popFBlock(c, FBlock.ExceptionHandler);
  c.emit(Op.RERAISE, 0);
  u.placeLabel(cleanup);
  popExceptAndReraise(c);
  u.placeLabel(end);
}

/** Bind a handler's `as` name to TOS, or drop TOS when there is none. */
function storeHandlerName(c: Compiler, name: string | null): void {
  if (name) c.nameop(name, 'Store');
  else c.emit(Op.POP_TOP);
}

/** `name = None; del name` after an except clause (the binding must not outlive the clause). */
function clearHandlerName(c: Compiler, name: string | null): void {
  if (!name) return;
  c.u.loadConst(None);
  c.nameop(name, 'Store');
  c.nameop(name, 'Del');
}

/**
 * CPython: compiler_try_star_except. Each clause takes the part of the exception its type matches
 * (CHECK_EG_MATCH); what the clauses raise or re-raise, and the part none matched, are collected in a
 * list and PREP_RERAISE_STAR decides what to raise at the end. Stack in the handler:
 *   [prev_exc, orig, raised_list, rest]   (rest: what the following clauses still see)
 */
function compileTryStarExcept(c: Compiler, s: A.Try | A.TryStar): void {
  const u = c.u;
  const except = u.newLabel();
  const orelse = u.newLabel();
  const end = u.newLabel();
  const cleanup = u.newLabel();
  const reraiseStar = u.newLabel();
  protectedBody(c, s.body, except);
  c.emit(Op.JUMP, orelse);
  enterHandler(c, except, cleanup, FBlock.ExceptionGroupHandler);
  const n = s.handlers.length;
  s.handlers.forEach((h, i) => {
    u.setLoc(h);
    const next = u.newLabel();
    const noMatch = u.newLabel();
    const cleanupEnd = u.newLabel();
    if (i === 0) {
      // [exc] -> [orig, [], exc]: keep the original exception and start the list of raised ones
      c.emit(Op.COPY, 1);
      c.emit(Op.BUILD_LIST, 0);
      c.emit(Op.SWAP, 2);
    }
    c.expr(h.type!); // the grammar requires a type after except*
    c.emit(Op.CHECK_EG_MATCH);
    c.emit(Op.COPY, 1);
    c.emit(Op.POP_JUMP_IF_NONE, noMatch);
    storeHandlerName(c, h.name);
    // try: body finally: name = None; del name — an exception raised in the body joins the list
    c.emit(Op.SETUP_CLEANUP, cleanupEnd);
    pushFBlock(c, FBlock.HandlerCleanup, -1, -1, h.name);
    c.stmts(h.body);
    popFBlock(c, FBlock.HandlerCleanup);
    c.emit(Op.POP_BLOCK);
    clearHandlerName(c, h.name);
    c.emit(Op.JUMP, next);
    u.placeLabel(cleanupEnd);
    clearHandlerName(c, h.name);
    c.emit(Op.LIST_APPEND, 3); // the raised exception
    c.emit(Op.POP_TOP); // lasti
    c.emit(Op.JUMP, next);
    u.placeLabel(noMatch);
    c.emit(Op.POP_TOP); // the None match
    u.placeLabel(next);
    if (i === n - 1) {
      c.emit(Op.LIST_APPEND, 1); // the unhandled rest (may be None)
      c.emit(Op.JUMP, reraiseStar);
    }
  });
  popFBlock(c, FBlock.ExceptionGroupHandler);
  const reraise = u.newLabel();
  u.placeLabel(reraiseStar);
  c.emit(Op.PREP_RERAISE_STAR);
  c.emit(Op.COPY, 1);
  c.emit(Op.POP_JUMP_IF_NOT_NONE, reraise);
  // nothing to re-raise
  c.emit(Op.POP_TOP);
  c.emit(Op.POP_BLOCK);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.JUMP, end);
  u.placeLabel(reraise);
  c.emit(Op.POP_BLOCK);
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.RERAISE, 0);
  u.placeLabel(cleanup);
  popExceptAndReraise(c);
  u.placeLabel(orelse);
  c.stmts(s.orelse);
  u.placeLabel(end);
}

// with_stmt: 'with' with_item (',' with_item)* ':' block — nested items compile as nested withs.
export function compileWith(c: Compiler, s: A.With, pos = 0): void {
  const u = c.u;
  const item = s.items[pos];
  const final = u.newLabel();
  const exit = u.newLabel();
  const cleanup = u.newLabel();
  c.expr(item.context_expr);
  u.setLoc(s);
  c.emit(Op.BEFORE_WITH);
  c.emit(Op.SETUP_WITH, final);
  pushFBlock(c, FBlock.With, -1, final, null);
  if (item.optional_vars) compileTarget(c, item.optional_vars);
  else c.emit(Op.POP_TOP);
  if (pos + 1 === s.items.length) c.stmts(s.body);
  else compileWith(c, s, pos + 1);
  u.setLoc(s);
  c.emit(Op.POP_BLOCK);
  popFBlock(c, FBlock.With);
  callExitWithNones(c);
  c.emit(Op.POP_TOP);
  c.emit(Op.JUMP, exit);
  // Exceptional exit: [exit, lasti, exc] -> call exit(type, exc, tb); a true result swallows the exception.
  u.placeLabel(final);
  c.emit(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.emit(Op.WITH_EXCEPT_START);
  const suppress = u.newLabel();
  c.emit(Op.POP_JUMP_IF_TRUE, suppress);
  c.emit(Op.RERAISE, 2);
  u.placeLabel(suppress);
  c.emit(Op.POP_TOP); // exc
  c.emit(Op.POP_BLOCK);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.POP_TOP); // lasti
  c.emit(Op.POP_TOP); // exit
  c.emit(Op.JUMP, exit);
  u.placeLabel(cleanup);
  popExceptAndReraise(c);
  u.placeLabel(exit);
}
