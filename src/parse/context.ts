// The parse context: which file and which token stream the running parse reads. Grammar postprocessors
// read it (token lookups by nearley's `reference`, error positions); parses nest (f-string expressions
// are parsed while their enclosing string is being built), so contexts form a stack.
import type { Position } from './ast.js';
import { PySyntaxError, type SyntaxErrorKind } from './syntax-error.js';
import type { SourceContext, Token } from './tokenizer.js';

export interface ParseContext {
  source: SourceContext;
  tokens: Token[];
}

const stack: ParseContext[] = [];
export let current: ParseContext = { source: { filename: '<unknown>', lines: [] }, tokens: [] };

export function pushContext(c: ParseContext): void { stack.push(current); current = c; }
export function popContext(): void { current = stack.pop() as ParseContext; }

/** A SyntaxError located at a node or token (CPython: RAISE_SYNTAX_ERROR_KNOWN_NODE / _LOCATION). */
export function errorAt(msg: string, a: Position, b: Position = a, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
  const { filename, lines } = current.source;
  return new PySyntaxError(kind, msg, filename, a.lineno, a.col_offset + 1, lines[a.lineno - 1] ?? null,
    b.end_lineno, b.end_col_offset + 1);
}
