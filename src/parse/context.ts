// The parse context: which file and which token stream the running parse reads. Grammar postprocessors
// read it (token lookups by nearley's `reference`, error positions); parses nest (f-string expressions
// are parsed while their enclosing string is being built), so contexts form a stack.
import type { Position } from './ast.js';
import { PySyntaxError, type SyntaxErrorKind } from './syntax-error.js';
import type { SourceContext, Token } from './tokenizer.js';

export interface ParseContext {
  source: SourceContext;
  tokens: Token[];
  /** The token the tokenizer has read past the last one it returned (CPython's "last token"). */
  peeked?: () => Token | null;
}

const stack: ParseContext[] = [];
export let current: ParseContext = { source: { filename: '<unknown>', lines: [] }, tokens: [] };

export function pushContext(c: ParseContext): void { stack.push(current); current = c; }
export function popContext(): void { current = stack.pop() as ParseContext; }

/** An error found while building a string literal: CPython locates it at the parser's last token,
 * which is the token after the string. */
export function stringError(msg: string, fallback: Position): PySyntaxError {
  const t = current.peeked?.() ?? null;
  if (!t) return errorAt(msg, fallback);
  const { filename, lines } = current.source;
  const col = t.col_offset < 0 ? 0 : t.col_offset + 1;
  return new PySyntaxError('SyntaxError', msg, filename, t.lineno, col, lines[t.lineno - 1] ?? null, t.end_lineno, t.end_col_offset < 0 ? 0 : t.end_col_offset + 1);
}

/** A SyntaxError located at a node or token (CPython: RAISE_SYNTAX_ERROR_KNOWN_NODE / _LOCATION). */
export function errorAt(msg: string, a: Position, b: Position = a, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
  const { filename, lines } = current.source;
  return new PySyntaxError(kind, msg, filename, a.lineno, a.col_offset + 1, lines[a.lineno - 1] ?? null,
    b.end_lineno, b.end_col_offset + 1);
}
