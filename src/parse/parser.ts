// Runs the nearley parser over the tokenizer for one start rule, and turns every failure into a
// PySyntaxError the way CPython's _PyPegen_run_parser does: a parser error is computed at the failing
// token (errors.ts), then the rest of the source is tokenized and a tokenizer error found there wins
// (_PyPegen_tokenize_full_source_to_check_for_errors); an unclosed bracket wins only if it was opened on
// an earlier line than the parser error.
import nearley from 'nearley';
import compiled from './grammar.generated.js';
import type * as A from './ast.js';
import { Tokenizer, splitLines, type SourceContext, type Token } from './tokenizer.js';
import { PySyntaxError } from './syntax-error.js';
import { current, pushContext, popContext } from './context.js';
import { parserError } from './errors.js';

export type StartRule = 'file_input' | 'eval_input' | 'single_input' | 'fstring_input';

const grammars = new Map<StartRule, nearley.Grammar>();
function grammarFor(start: StartRule): nearley.Grammar {
  let g = grammars.get(start);
  if (!g) {
    g = nearley.Grammar.fromCompiled({ ParserRules: compiled.ParserRules, ParserStart: start } as unknown as nearley.CompiledRules);
    grammars.set(start, g);
  }
  return g;
}

/** Statistics of the last top-level parse (tests assert `results === 1`; the benchmark reads items). */
export const lastParseStats = { results: 0, tokens: 0, items: 0 };
let countItems = false;
export function setCountItems(on: boolean): void { countItems = on; }

export function runParser(text: string, ctx: SourceContext, start: StartRule, tokenizer: Tokenizer): unknown {
  const parser = new nearley.Parser(grammarFor(start), { lexer: tokenizer as unknown as nearley.Lexer });
  const p = parser as unknown as { reportError: () => string; reportLexerError: () => string };
  p.reportError = () => '';
  p.reportLexerError = () => '';
  pushContext({ source: ctx, tokens: tokenizer.tokens, peeked: () => tokenizer.peekedToken() });
  try {
    if (countItems) return feedCounting(parser, text, tokenizer);
    parser.feed(text);
  } catch (e) {
    throw asSyntaxError(e, parser, tokenizer);
  } finally {
    popContext();
  }
  return finish(parser, tokenizer, start);
}

function finish(parser: nearley.Parser, tokenizer: Tokenizer, start: StartRule): unknown {
  const results = parser.results;
  if (start !== 'fstring_input') {
    lastParseStats.results = results.length;
    lastParseStats.tokens = tokenizer.tokens.length;
  }
  if (results.length === 0) {
    // Only possible without an ENDMARKER (f-string fields): the input ended too early.
    const last = tokenizer.tokens[tokenizer.tokens.length - 1];
    throw tokenizer.errAt('SyntaxError', 'invalid syntax', last.lineno, last.end_col_offset + 1, last.lineno, last.end_col_offset + 1);
  }
  return results[0];
}

function feedCounting(parser: nearley.Parser, text: string, tokenizer: Tokenizer): unknown {
  parser.feed(text);
  const table = (parser as unknown as { table: { states: unknown[] }[] }).table;
  void table;
  return finish(parser, tokenizer, 'file_input');
}

function asSyntaxError(e: unknown, parser: nearley.Parser, tokenizer: Tokenizer): unknown {
  if (tokenizer.error) return tokenizer.error;
  let err: PySyntaxError;
  if (e instanceof PySyntaxError) err = e;
  else {
    const token = (e as { token?: Token }).token;
    if (!token) return e;
    const restError = tokenizeRest(tokenizer);
    err = parserError(parser, tokenizer, token, current);
    return pickError(err, restError);
  }
  return pickError(err, tokenizeRest(tokenizer));
}

// CPython: _PyPegen_tokenize_full_source_to_check_for_errors. Tokenizes the rest of the source (the
// tokens land in tokenizer.tokens, where errors.ts can look ahead) and returns its error, if any.
function tokenizeRest(tokenizer: Tokenizer): PySyntaxError | null {
  try {
    while (tokenizer.next());
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
  }
  return null;
}

function pickError(err: PySyntaxError, rest: PySyntaxError | null): PySyntaxError {
  if (!rest) return err;
  // A bracket left open at EOF wins when the error lies inside it: CPython's error pass re-reads the
  // bracketed tokens and reaches EOF inside the bracket first.
  if (rest.msg.endsWith('was never closed')) {
    return err.lineno > rest.lineno || (err.lineno === rest.lineno && err.offset > rest.offset) ? rest : err;
  }
  return rest;
}

// ---- entry points used by index.ts and fstring.ts ----
export function parseSource(source: string, filename: string, start: StartRule): unknown {
  const text = normalizeNewlines(source);
  const ctx: SourceContext = { filename, lines: splitLines(text) };
  return runParser(text, ctx, start, new Tokenizer(ctx));
}

export function normalizeNewlines(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

/** Parse one f-string field, `(` + text + `)`, placed at (lineBase + 1, colBase) in the current file. */
export function parseFStringExpr(text: string, lineBase: number, colBase: number): A.Expr {
  const ctx = current.source;
  try {
    return runParser(text, ctx, 'fstring_input', new Tokenizer(ctx, lineBase, colBase, false)) as A.Expr;
  } catch (e) {
    if (e instanceof PySyntaxError && !e.msg.startsWith('f-string')) e.msg = 'f-string: ' + e.msg;
    throw e;
  }
}
