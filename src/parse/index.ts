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

/** CPython refuses source with a NUL before tokenizing: for a str without a location, for a file at the
 * line holding the NUL (its text cut there, no caret). */
function checkNul(source: string, filename: string, fileInput = false): void {
  const at = source.indexOf('\0');
  if (at < 0) return;
  if (!fileInput) {
    const e = new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes', filename, null as unknown as number, null as unknown as number, null, null as unknown as number, null as unknown as number);
    e.noLocation = true;
    throw e;
  }
  const before = normalizeNewlines(source.slice(0, at));
  const lineno = before.split('\n').length;
  const text = before.slice(before.lastIndexOf('\n') + 1);
  const e = new PySyntaxError('SyntaxError', 'source code cannot contain null bytes', filename, lineno, 0, text, lineno, 0);
  e.fromTokenizer = true;
  throw e;
}

export function parseModule(source: string, filename: string, opts: ParseOptions = {}): A.Module {
  checkNul(source, filename, opts.fileInput);
  try {
    const list = parseSource(source, filename, 'file_input') as Cons<A.Stmt | A.Stmt[]> | null;
    return { kind: 'Module', body: stmtArray(list) };
  } catch (e) {
    if (opts.fileInput && e instanceof PySyntaxError) toFileInputOffsets(e, splitLines(normalizeNewlines(source)));
    throw e;
  }
}

export function parseExpression(source: string, filename: string): A.Expr {
  checkNul(source, filename);
  return parseSource(source, filename, 'eval_input') as A.Expr;
}

export function parseInteractive(source: string, filename: string): A.Stmt[] {
  checkNul(source, filename);
  const s = parseSource(source, filename, 'single_input') as A.Stmt | A.Stmt[];
  return Array.isArray(s) ? s : [s];
}
