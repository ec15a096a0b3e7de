// Parser (not tokenizer) error messages: from the token nearley could not accept, the tokens before it
// and the terminals nearley expected there, rebuild the message and location CPython 3.11 reports
// (its invalid_* rules and _Pypegen_set_syntax_error). Never shows nearley's own report.
import type nearley from 'nearley';
import type { ParseContext } from './context.js';
import { PySyntaxError, type SyntaxErrorKind } from './syntax-error.js';
import type { Token, Tokenizer } from './tokenizer.js';

const BLOCK_NAMES: Record<string, string> = {
  kw_if: "'if' statement", kw_elif: "'elif' statement", kw_else: "'else' statement", kw_while: "'while' statement",
  kw_for: "'for' statement", kw_with: "'with' statement", kw_try: "'try' statement", kw_except: "'except' statement",
  kw_finally: "'finally' statement", kw_def: 'function definition', kw_class: 'class definition',
};
const EXPR_END = new Set(['name', 'number', 'string', 'rpar', 'rsqb', 'rbrace', 'kw_None', 'kw_True', 'kw_False', 'ellipsis']);
const EXPR_START = new Set(['name', 'number', 'string', 'lpar', 'lsqb', 'lbrace', 'kw_None', 'kw_True', 'kw_False', 'ellipsis', 'tilde', 'kw_not', 'kw_lambda']);

/** Terminal types nearley could accept at the failing token. */
function expectedTypes(parser: nearley.Parser): Set<string> {
  const p = parser as unknown as { table: { states: { rule: { symbols: unknown[] }; dot: number }[] }[]; current: number };
  const column = p.table[p.current];
  const out = new Set<string>();
  if (!column) return out;
  for (const s of column.states) {
    const sym = s.rule.symbols[s.dot] as { type?: string } | string | undefined;
    if (sym && typeof sym === 'object' && sym.type) out.add(sym.type);
  }
  return out;
}

export function parserError(parser: nearley.Parser, tz: Tokenizer, tok: Token, ctx: ParseContext): PySyntaxError {
  const { filename, lines } = ctx.source;
  const toks = ctx.tokens;
  const idx = toks.lastIndexOf(tok);
  const prev = toks[idx - 1];
  const make = (kind: SyntaxErrorKind, msg: string, lineno: number, offset: number, endLineno: number, endOffset: number) =>
    new PySyntaxError(kind, msg, filename, lineno, offset, lines[lineno - 1] ?? null, endLineno, endOffset);
  const atTok = (msg: string, t: Token, kind: SyntaxErrorKind = 'SyntaxError') =>
    make(kind, msg, t.lineno, t.col_offset + 1, t.end_lineno, t.end_col_offset + 1);

  if (tok.type === 'INDENT') return make('IndentationError', 'unexpected indent', tok.lineno, tok.col_offset, tok.lineno, -1);
  const expected = expectedTypes(parser);

  // expected an indented block after ...
  if (expected.has('INDENT') && prev?.type === 'NEWLINE' && toks[idx - 2]?.type === 'colon') {
    const head = statementStart(toks, idx - 2);
    let what = BLOCK_NAMES[head.type] ?? "'if' statement";
    if (head.type === 'kw_except' && toks[toks.indexOf(head) + 1]?.type === 'star') what = "'except*' statement";
    const msg = `expected an indented block after ${what} on line ${head.lineno}`;
    if (tok.type === 'ENDMARKER' || tok.col_offset < 0) {
      const text = lines[tok.lineno - 1] ?? '\n';
      const e = make('IndentationError', msg, tok.lineno, Array.from(text).length, tok.lineno, -1);
      e.fileInputOffset = 0; // the file tokenizer's position at EOF: CPython prints no caret
      return e;
    }
    return atTok(msg, tok, 'IndentationError');
  }

  // expected ':'
  if (tok.type === 'NEWLINE' && expected.has('colon')) {
    const head = statementStart(toks, idx - 1);
    if (BLOCK_NAMES[head.type] || head.type === 'at') return atTok("expected ':'", tok);
  }

  // Missing parentheses in call to 'print'. Did you mean print(...)?  (CPython: invalid_legacy_expression)
  if (prev && prev.type === 'name' && (prev.value === 'print' || prev.value === 'exec') && EXPR_START.has(tok.type)
      && tok.type !== 'lpar' && statementStart(toks, idx - 1) === prev) {
    let k = idx;
    while (k + 1 < toks.length && !['NEWLINE', 'semi', 'ENDMARKER'].includes(toks[k + 1].type)) k++;
    const last = toks[k];
    return make('SyntaxError', `Missing parentheses in call to '${prev.value}'. Did you mean ${prev.value}(...)?`, prev.lineno, prev.col_offset + 1, last.end_lineno, last.end_col_offset + 1);
  }

  // invalid syntax. Perhaps you forgot a comma?
  if (prev && EXPR_END.has(prev.type) && EXPR_START.has(tok.type) && bracketDepth(toks, idx) > 0
      && !(prev.type === 'name' && tok.type === 'string')) {
    const a = exprStart(toks, idx - 1);
    const b = exprEnd(toks, idx);
    if (!(a === idx - 1 && (prev.value === 'print' || prev.value === 'exec'))) {
      return make('SyntaxError', 'invalid syntax. Perhaps you forgot a comma?', toks[a].lineno, toks[a].col_offset + 1, b.end_lineno, b.end_col_offset + 1);
    }
  }
  void tz;
  return atTok('invalid syntax', tok);
}

/** The first token of the logical line holding token i. */
function statementStart(toks: Token[], i: number): Token {
  let k = i;
  while (k > 0 && !['NEWLINE', 'INDENT', 'DEDENT'].includes(toks[k - 1].type)) k--;
  // a one-line compound header like `if x: pass` followed by `else`: the last keyword that opens a block
  for (let j = i; j >= k; j--) {
    if (toks[j].type === 'colon' && j !== i) { /* nested header on one line */ }
  }
  return toks[k];
}

function bracketDepth(toks: Token[], i: number): number {
  let d = 0;
  for (let k = 0; k < i; k++) {
    const t = toks[k].type;
    if (t === 'lpar' || t === 'lsqb' || t === 'lbrace') d++;
    else if (t === 'rpar' || t === 'rsqb' || t === 'rbrace') d--;
  }
  return d;
}

const STOPS = new Set(['comma', 'colon', 'eq', 'walrus', 'semi', 'NEWLINE', 'INDENT', 'DEDENT', 'ENDMARKER', 'kw_for', 'kw_if', 'kw_else', 'kw_as', 'kw_lambda', 'kw_yield', 'kw_return', 'kw_from', 'kw_import']);

/** Start index of the expression (disjunction) ending at token i, inside the current bracket. */
function exprStart(toks: Token[], i: number): number {
  let d = 0, k = i;
  for (; k >= 0; k--) {
    const t = toks[k].type;
    if (t === 'rpar' || t === 'rsqb' || t === 'rbrace') d++;
    else if (t === 'lpar' || t === 'lsqb' || t === 'lbrace') { if (d === 0) break; d--; }
    else if (d === 0 && STOPS.has(t)) break;
  }
  return k + 1;
}

/** The last token of the expression starting at token i (stops at a comma or closing bracket). */
function exprEnd(toks: Token[], i: number): Token {
  let d = 0, k = i, last = toks[i];
  for (; k < toks.length; k++) {
    const t = toks[k].type;
    if (t === 'lpar' || t === 'lsqb' || t === 'lbrace') d++;
    else if (t === 'rpar' || t === 'rsqb' || t === 'rbrace') { if (d === 0) break; d--; }
    else if (d === 0 && (STOPS.has(t) || EXPR_START.has(t) && EXPR_END.has(toks[k - 1].type) && k > i)) break;
    last = toks[k];
  }
  return last;
}
