// The front end's public API: source text -> CPython-shaped AST (ast.ts), or a PySyntaxError.
//   parseModule(source, filename)      -> Module              (compile(..., 'exec'))
//   parseExpression(source, filename)  -> Expr                (compile(..., 'eval'); eval() strips
//                                                              leading spaces/tabs itself before calling)
//   parseInteractive(source, filename) -> Stmt[]              (one statement, compile(..., 'single'))
//   formatSyntaxError(e)               -> CPython's stderr text for an uncaught SyntaxError
import type * as A from './ast.js';
import { parseSource } from './parser.js';
import { stmtArray, type Cons } from './build.js';

export { PySyntaxError, formatSyntaxError, type SyntaxErrorKind } from './syntax-error.js';
export { lastParseStats } from './parser.js';
export type * from './ast.js';

export function parseModule(source: string, filename: string): A.Module {
  const list = parseSource(source, filename, 'file_input') as Cons<A.Stmt | A.Stmt[]> | null;
  return { kind: 'Module', body: stmtArray(list) };
}

export function parseExpression(source: string, filename: string): A.Expr {
  return parseSource(source, filename, 'eval_input') as A.Expr;
}

export function parseInteractive(source: string, filename: string): A.Stmt[] {
  const s = parseSource(source, filename, 'single_input') as A.Stmt | A.Stmt[];
  return Array.isArray(s) ? s : [s];
}
