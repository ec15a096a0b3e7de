// The front end's public API: source text -> CPython-shaped AST (ast.ts), or a PySyntaxError.
//   parseModule(source, filename, {fileInput}) -> Module     (compile(..., 'exec'); fileInput for scripts/imports)
//   parseExpression(source, filename)  -> Expr                (compile(..., 'eval'); eval() strips
//                                                              leading spaces/tabs itself before calling)
//   parseInteractive(source, filename) -> Stmt[]              (one statement, compile(..., 'single'))
//   formatSyntaxError(e)               -> CPython's stderr text for an uncaught SyntaxError
import type * as A from './ast.js';
import { parseSource, normalizeNewlines } from './parser.js';
import { splitLines } from './tokenizer.js';
import { PySyntaxError, toFileInputOffsets } from './syntax-error.js';
import { stmtArray, type Cons } from './build.js';

export { PySyntaxError, formatSyntaxError, toFileInputOffsets, type SyntaxErrorKind } from './syntax-error.js';
export { lastParseStats } from './parser.js';
export type * from './ast.js';

export interface ParseOptions {
  /** The source came from a file or bytes (running a script, importing): CPython then reports parser
   * error columns in UTF-8 bytes (see toFileInputOffsets). Default: str source, columns in characters. */
  fileInput?: boolean;
}

export function parseModule(source: string, filename: string, opts: ParseOptions = {}): A.Module {
  try {
    const list = parseSource(source, filename, 'file_input') as Cons<A.Stmt | A.Stmt[]> | null;
    return { kind: 'Module', body: stmtArray(list) };
  } catch (e) {
    if (opts.fileInput && e instanceof PySyntaxError) toFileInputOffsets(e, splitLines(normalizeNewlines(source)));
    throw e;
  }
}

export function parseExpression(source: string, filename: string): A.Expr {
  return parseSource(source, filename, 'eval_input') as A.Expr;
}

export function parseInteractive(source: string, filename: string): A.Stmt[] {
  const s = parseSource(source, filename, 'single_input') as A.Stmt | A.Stmt[];
  return Array.isArray(s) ? s : [s];
}
