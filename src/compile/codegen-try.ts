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
      if (name !== null) {
        c.u.loadConst(None);
        c.nameop(name, 'Store');
        c.nameop(name, 'Del');
      }
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
 * when `stopAtLoop`, returning that loop; otherwise unwinds everything.
 */
function unwindFBlockStack(c: Compiler, preserveTos: boolean, stopAtLoop: boolean): FBlockInfo | null {
  const fb = c.u.fblocks;
  if (fb.length === 0) return null;
  const top = fb[fb.length - 1];
  if (stopAtLoop && (top.type === FBlock.WhileLoop || top.type === FBlock.ForLoop)) return top;
  fb.pop();
  unwindFBlock(c, top, preserveTos);
  const loop = unwindFBlockStack(c, preserveTos, stopAtLoop);
  fb.push(top);
  return loop;
}

// return_stmt: 'return' [testlist]
export function compileReturn(c: Compiler, s: A.Return): void {
  const u = c.u;
  if (u.scope.kind !== 'function') c.error("'return' outside function", s);
  const preserveTos = s.value !== null && s.value.kind !== 'Constant';
  if (preserveTos) c.expr(s.value!);
  unwindFBlockStack(c, preserveTos, false);
  u.setLoc(s);
  if (s.value === null) u.loadConst(None);
  else if (!preserveTos) c.expr(s.value);
  c.emit(Op.RETURN_VALUE);
}

// break_stmt: 'break'
export function compileBreak(c: Compiler, s: A.Break): void {
  const loop = unwindFBlockStack(c, false, true);
  if (!loop) c.error("'break' outside loop", s);
  unwindFBlock(c, loop, false);
  c.u.setLoc(s);
  c.emit(Op.JUMP, loop.exit);
}

// continue_stmt: 'continue'
export function compileContinue(c: Compiler, s: A.Continue): void {
  const loop = unwindFBlockStack(c, false, true);
  if (!loop) c.error("'continue' not properly in loop", s);
  c.u.setLoc(s);
  c.emit(Op.JUMP, loop.block);
}

// try_stmt: 'try' ':' block (except_block+ [else] [finally] | finally)
export function compileTry(c: Compiler, s: A.Try): void {
  if (s.finalbody.length) compileTryFinally(c, s);
  else compileTryExcept(c, s);
}

function compileTryFinally(c: Compiler, s: A.Try): void {
  const u = c.u;
  const end = u.newLabel();
  const exit = u.newLabel();
  const cleanup = u.newLabel();
  c.emit(Op.SETUP_FINALLY, end);
  pushFBlock(c, FBlock.FinallyTry, -1, end, s.finalbody);
  if (s.handlers.length) compileTryExcept(c, s);
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

function compileTryExcept(c: Compiler, s: A.Try): void {
  const u = c.u;
  const except = u.newLabel();
  const end = u.newLabel();
  const cleanup = u.newLabel();
  c.emit(Op.SETUP_FINALLY, except);
  pushFBlock(c, FBlock.TryExcept);
  c.stmts(s.body);
  popFBlock(c, FBlock.TryExcept);
  c.emit(Op.POP_BLOCK);
  c.stmts(s.orelse);
  c.emit(Op.JUMP, end);
  u.placeLabel(except);
  c.emit(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  pushFBlock(c, FBlock.ExceptionHandler);
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
      c.nameop(h.name, 'Store');
      // try: body finally: name = None; del name
      c.emit(Op.SETUP_CLEANUP, cleanupEnd);
      pushFBlock(c, FBlock.HandlerCleanup, -1, -1, h.name);
      c.stmts(h.body);
      popFBlock(c, FBlock.HandlerCleanup);
      c.emit(Op.POP_BLOCK);
      c.emit(Op.POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      u.loadConst(None);
      c.nameop(h.name, 'Store');
      c.nameop(h.name, 'Del');
      c.emit(Op.JUMP, end);
      u.placeLabel(cleanupEnd);
      u.loadConst(None);
      c.nameop(h.name, 'Store');
      c.nameop(h.name, 'Del');
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
