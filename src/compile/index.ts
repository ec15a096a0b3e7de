// The compiler's public API: AST (or source) -> CodeObject.
//   compileModule(mod, filename)          module code (exec mode)
//   compileExpression(expr, filename)     eval mode: evaluates and returns the expression
//   compileInteractive(stmts, filename)   single mode (REPL): expression statements print via PRINT_EXPR
//   compileSource(source, filename, mode) parse + compile; raises PySyntaxError
//   disassemble(code)                     `pyts --dis` text (dis.ts)
// Module and class bodies use LOAD_NAME/STORE_NAME on the frame's locals mapping; functions use fast locals.

import type * as A from '../parse/ast.js';
import { parseExpression, parseInteractive, parseModule } from '../parse/index.js';
import { None } from '../objects/builtin-types.js';
import type { CodeObject } from './code.js';
import { Compiler } from './compiler.js';
import { docString, findAnnotations } from './codegen-func.js';
import { Op } from './opcodes.js';
import { buildSymbolTable } from './symtable.js';

export { CodeObject, CodeFlags } from './code.js';
export { disassemble } from './dis.js';

export function compileModule(mod: A.Module, filename: string, source?: string): CodeObject {
  return compileBody(mod.body, filename, source, false);
}

export function compileInteractive(body: A.Stmt[], filename: string, source?: string): CodeObject {
  return compileBody(body, filename, source, true);
}

function compileBody(body: A.Stmt[], filename: string, source: string | undefined, interactive: boolean): CodeObject {
  const mod: A.Module = { kind: 'Module', body };
  const st = buildSymbolTable(mod, filename, source);
  const c = new Compiler(st, filename, source);
  c.interactive = interactive;
  const u = c.enterScope(st.top, '<module>', 1);
  if (body.length) u.setLoc(body[0]);
  if (findAnnotations(body)) c.emit(Op.SETUP_ANNOTATIONS);
  let rest = body;
  const doc = interactive ? null : docString(body);
  if (doc !== null) {
    u.loadConst(doc);
    c.emit(Op.STORE_NAME, u.addName('__doc__'));
    rest = body.slice(1);
  }
  c.stmts(rest);
  u.loadConst(None);
  c.emit(Op.RETURN_VALUE);
  return c.exitScope();
}

export function compileExpression(expr: A.Expr, filename: string, source?: string): CodeObject {
  const st = buildSymbolTable(expr, filename, source);
  const c = new Compiler(st, filename, source);
  const u = c.enterScope(st.top, '<module>', 1);
  u.setLoc(expr);
  c.expr(expr);
  c.emit(Op.RETURN_VALUE);
  return c.exitScope();
}

export type CompileMode = 'exec' | 'eval' | 'single';

/** CPython: compile(source, filename, mode). Raises PySyntaxError. */
export function compileSource(source: string, filename: string, mode: CompileMode): CodeObject {
  switch (mode) {
    case 'exec': return compileModule(parseModule(source, filename), filename, source);
    case 'eval': return compileExpression(parseExpression(source, filename), filename, source);
    case 'single': return compileInteractive(parseInteractive(source, filename), filename, source);
  }
}
