// Parser (not tokenizer) error messages: from the token nearley could not accept, the tokens before it
// and the terminals nearley expected there, rebuild the message and location CPython 3.11 reports
// (its invalid_* rules and _Pypegen_set_syntax_error). Never shows nearley's own report.
import type nearley from 'nearley';
import type { ParseContext } from './context.js';
import { PySyntaxError, type SyntaxErrorKind } from './syntax-error.js';
import type { Token, Tokenizer } from './tokenizer.js';
import { parseSource } from './parser.js';
import { exprName } from './build.js';

const BLOCK_NAMES: Record<string, string> = {
  kw_if: "'if' statement", kw_elif: "'elif' statement", kw_else: "'else' statement", kw_while: "'while' statement",
  kw_for: "'for' statement", kw_with: "'with' statement", kw_try: "'try' statement", kw_except: "'except' statement",
  kw_finally: "'finally' statement", kw_def: 'function definition', kw_class: 'class definition',
};
/** The block a statement's first token opens, including the soft keywords `match` and `case`. */
function blockName(head: Token): string | undefined {
  if (head.type === 'name' && (head.value === 'match' || head.value === 'case')) return `'${head.value}' statement`;
  return BLOCK_NAMES[head.type];
}
const EXPR_END = new Set(['name', 'number', 'string', 'rpar', 'rsqb', 'rbrace', 'kw_None', 'kw_True', 'kw_False', 'ellipsis']);
const EXPR_START = new Set(['name', 'number', 'string', 'lpar', 'lsqb', 'lbrace', 'kw_None', 'kw_True', 'kw_False', 'ellipsis', 'tilde', 'kw_not', 'kw_lambda', 'kw_await']);

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
    let what = blockName(head) ?? "'if' statement";
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

  // except* without a type  (CPython: invalid_except_stmt)
  if ((tok.type === 'colon' || tok.type === 'NEWLINE') && prev?.type === 'star' && toks[idx - 2]?.type === 'kw_except') {
    return atTok('expected one or more exception types', tok);
  }

  // expected ':'
  if (tok.type === 'NEWLINE' && expected.has('colon')) {
    const head = statementStart(toks, idx - 1);
    if (blockName(head) || head.type === 'at') return atTok("expected ':'", tok);
  }

  // Missing parentheses in call to 'print'. Did you mean print(...)?  (CPython: invalid_legacy_expression)
  if (prev && prev.type === 'name' && (prev.value === 'print' || prev.value === 'exec') && EXPR_START.has(tok.type)
      && tok.type !== 'lpar' && statementStart(toks, idx - 1) === prev) {
    let k = idx;
    while (k + 1 < toks.length && !['NEWLINE', 'semi', 'ENDMARKER'].includes(toks[k + 1].type)) k++;
    const last = toks[k];
    return make('SyntaxError', `Missing parentheses in call to '${prev.value}'. Did you mean ${prev.value}(...)?`, prev.lineno, prev.col_offset + 1, last.end_lineno, last.end_col_offset + 1);
  }

  // 'await' outside function / async function, asynchronous comprehension (compiler errors in CPython)
  if (tok.type === 'kw_await' && !(prev && EXPR_END.has(prev.type))) {
    const e = awaitError(toks, idx, ctx, make);
    if (e) return e;
    if (!primaryEnd(toks, idx + 1)) return atTok('invalid syntax', toks[idx + 1] ?? tok);
  }

  // expected 'else' after 'if' expression  (CPython: invalid_expression)
  if (prev && tok.type !== 'colon') {
    let bEnd = -1;
    if (expected.has('kw_else')) bEnd = idx - 1;
    else if (OPERATORS.has(prev.type) && EXPR_END.has(toks[idx - 2]?.type) && ENDS.has(tok.type)) bEnd = idx - 2;
    if (bEnd >= 0) {
      const bStart = exprStart(toks, bEnd);
      if (toks[bStart - 1]?.type === 'kw_if' && bStart - 2 >= 0 && EXPR_END.has(toks[bStart - 2].type)
          && (bEnd === idx - 1 || isIfExpression(toks, bStart - 1))) {
        const a = toks[exprStart(toks, bStart - 2)], b = toks[bEnd];
        return make('SyntaxError', "expected 'else' after 'if' expression", a.lineno, a.col_offset + 1, b.end_lineno, b.end_col_offset + 1);
      }
    }
  }

  // expected '('  (CPython: function_def_raw's forced token &&'(')
  if (tok.type !== 'lpar' && prev?.type === 'name' && toks[idx - 2]?.type === 'kw_def' && expected.has('lpar')) {
    return atTok("expected '('", tok);
  }

  // Generator expression must be parenthesized  (CPython: invalid_arguments)
  const open = openBracket(toks, idx);
  const inCall = open >= 1 && toks[open].type === 'lpar' && EXPR_END.has(toks[open - 1].type);
  if (inCall && tok.type === 'comma') {
    // the first argument is an unparenthesized genexp followed by more arguments
    let firstFor = -1, firstComma = -1;
    forDepth0(toks, open + 1, idx, (k) => {
      if (toks[k].type === 'kw_for' && firstFor < 0) firstFor = k;
      if (toks[k].type === 'comma' && firstComma < 0) firstComma = k;
    });
    if (firstFor > open + 1 && firstComma < 0) {
      return make('SyntaxError', 'Generator expression must be parenthesized', toks[open + 1].lineno, toks[open + 1].col_offset + 1, prev.end_lineno, prev.end_col_offset + 1);
    }
  }
  if (inCall && tok.type === 'kw_for' && prev && EXPR_END.has(prev.type)) {
    const aStart = exprStart(toks, idx - 1);
    if (toks[aStart - 1]?.type === 'comma') {
      let k = idx, d = 0;
      for (; k < toks.length; k++) {
        const t = toks[k].type;
        if (OPENERS.has(t)) d++;
        else if (CLOSERS.has(t)) { if (d === 0) break; d--; }
        else if (d === 0 && (t === 'comma' || t === 'NEWLINE' || t === 'ENDMARKER')) break;
      }
      const last = toks[k - 1];
      return make('SyntaxError', 'Generator expression must be parenthesized', toks[aStart].lineno, toks[aStart].col_offset + 1, last.end_lineno, last.end_col_offset + 1);
    }
  }

  // '=' where a named expression (or a call argument) was expected  (CPython: invalid_named_expression,
  // invalid_kwarg)
  if (tok.type === 'eq' && prev) {
    const e = equalsError(toks, idx, open, inCall, ctx, make);
    if (e) return e;
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

type Make = (kind: SyntaxErrorKind, msg: string, lineno: number, offset: number, endLineno: number, endOffset: number) => PySyntaxError;
const OPENERS = new Set(['lpar', 'lsqb', 'lbrace']);
const CLOSERS = new Set(['rpar', 'rsqb', 'rbrace']);
const OPERATORS = new Set(['binop', 'addop', 'star', 'at', 'cmpop', 'kw_in', 'dstar', 'kw_and', 'kw_or', 'kw_not', 'tilde', 'dot']);
const ENDS = new Set(['NEWLINE', 'ENDMARKER', 'comma', 'rpar', 'rsqb', 'rbrace', 'semi']);
/** Where a named_expression starts in CPython's grammar (the token just before it). */
const NAMED_START = new Set(['lpar', 'lsqb', 'lbrace', 'comma', 'kw_if', 'kw_elif', 'kw_while', 'at']);

/** Index of the innermost bracket still open at token i (-1 if none). */
function openBracket(toks: Token[], i: number): number {
  const stack: number[] = [];
  for (let k = 0; k < i; k++) {
    const t = toks[k].type;
    if (OPENERS.has(t)) stack.push(k);
    else if (CLOSERS.has(t)) stack.pop();
    else if (t === 'NEWLINE' && stack.length === 0) continue;
  }
  return stack.length ? stack[stack.length - 1] : -1;
}

/** Calls f for each token index in [from, to) at bracket depth 0 (relative to `from`). */
function forDepth0(toks: Token[], from: number, to: number, f: (k: number) => void): void {
  let d = 0;
  for (let k = from; k < to; k++) {
    const t = toks[k].type;
    if (OPENERS.has(t)) { if (d === 0) f(k); d++; }
    else if (CLOSERS.has(t)) { d--; if (d === 0) f(k); }
    else if (d === 0) f(k);
  }
}

/** An `if` token that starts the else-less tail of a conditional expression (not a statement or
 * comprehension `if`). */
function isIfExpression(toks: Token[], ifIdx: number): boolean {
  const s = Math.max(openBracket(toks, ifIdx) + 1, toks.indexOf(statementStart(toks, ifIdx)));
  let ok = true;
  forDepth0(toks, s, ifIdx, (k) => { if (toks[k].type === 'kw_for') ok = false; });
  return ok && s < ifIdx;
}

/** Index after the primary (atom + trailers) starting at token i, or 0 if none starts there. */
function primaryEnd(toks: Token[], i: number): number {
  const skip = (k: number): number => {
    let d = 0;
    for (; k < toks.length; k++) {
      if (OPENERS.has(toks[k].type)) d++;
      else if (CLOSERS.has(toks[k].type) && --d === 0) return k + 1;
    }
    return 0;
  };
  const t = toks[i];
  if (!t) return 0;
  let k: number;
  if (['name', 'number', 'string', 'kw_None', 'kw_True', 'kw_False', 'ellipsis'].includes(t.type)) k = i + 1;
  else if (OPENERS.has(t.type)) k = skip(i);
  else if (t.type === 'kw_await') k = primaryEnd(toks, i + 1);
  else return 0;
  while (k) {
    const n = toks[k]?.type;
    if (n === 'dot' && toks[k + 1]?.type === 'name') k += 2;
    else if (n === 'lpar' || n === 'lsqb') k = skip(k);
    else break;
  }
  return k;
}

// CPython (compile.c): "'await' outside function" / "'await' outside async function" / "asynchronous
// comprehension outside of an asynchronous function". pyts has no async functions, so every `await` is
// one of these. They are compiler errors in CPython, raised only when the whole file parses: the source
// is re-parsed with each `await` read as a unary `+++++`, and a parser error found that way wins.
function awaitError(toks: Token[], idx: number, ctx: ParseContext, make: Make): PySyntaxError | null {
  const end = primaryEnd(toks, idx + 1);
  if (!end) return null;
  const { filename, lines } = ctx.source;
  const text = lines.join('');
  let masked = '', at = 0, ok = true;
  for (const t of toks) {
    if (t.type !== 'kw_await' || t.offset < at) continue;
    if (text.slice(t.offset, t.offset + 5) !== 'await') { ok = false; break; }
    masked += text.slice(at, t.offset) + '+++++';
    at = t.offset + 5;
  }
  if (ok) {
    try {
      parseSource(masked + text.slice(at), filename, 'file_input');
    } catch (e) {
      if (e instanceof PySyntaxError) {
        if (e.text !== null) e.text = lines[e.lineno - 1] ?? e.text;
        return e;
      }
    }
  }
  const s = toks.indexOf(statementStart(toks, idx));
  // scope: the innermost def / class / lambda around the await
  let scope: 'module' | 'function' | 'class' = 'module';
  const head = toks[s];
  let headColon = -1;
  if (head.type === 'kw_def' || head.type === 'kw_class') forDepth0(toks, s, idx, (k) => { if (toks[k].type === 'colon' && headColon < 0) headColon = k; });
  if (headColon >= 0) scope = head.type === 'kw_def' ? 'function' : 'class';
  else {
    let col = head.col_offset;
    for (let k = s - 1; k >= 0 && col > 0; k--) {
      const t = toks[k];
      if (k > 0 && !['NEWLINE', 'INDENT', 'DEDENT'].includes(toks[k - 1].type)) continue;
      if (['NEWLINE', 'INDENT', 'DEDENT'].includes(t.type) || t.col_offset >= col) continue;
      col = t.col_offset;
      if (t.type === 'kw_def') { scope = 'function'; break; }
      if (t.type === 'kw_class') { scope = 'class'; break; }
    }
  }
  // brackets and lambdas open at the await, on its logical line
  const stack: number[] = [];
  const lambdas: number[] = [];
  for (let k = s; k < idx; k++) {
    const t = toks[k].type;
    if (OPENERS.has(t)) stack.push(k);
    else if (CLOSERS.has(t)) { stack.pop(); while (lambdas.length && lambdas[lambdas.length - 1] > stack.length) lambdas.pop(); }
    else if (t === 'comma' && lambdas.length && lambdas[lambdas.length - 1] === stack.length) lambdas.pop();
    else if (t === 'kw_lambda') lambdas.push(stack.length);
  }
  // a list/set/dict comprehension around it (not in its first iterable, which runs outside)
  for (let j = stack.length - 1; j >= Math.max(0, lambdas.length ? lambdas[lambdas.length - 1] : 0); j--) {
    const o = stack[j];
    if (toks[o].type === 'lpar') continue;
    let close = o, fors: number[] = [], ins: number[] = [], ifs: number[] = [];
    let d = 0;
    for (let k = o; k < toks.length; k++) {
      const t = toks[k].type;
      if (OPENERS.has(t)) d++;
      else if (CLOSERS.has(t) && --d === 0) { close = k; break; }
      else if (d === 1 && t === 'kw_for') fors.push(k);
      else if (d === 1 && t === 'kw_in') ins.push(k);
      else if (d === 1 && t === 'kw_if') ifs.push(k);
    }
    if (!fors.length || close === o) continue;
    const firstIterEnd = Math.min(fors[1] ?? close, ...ifs.filter((k) => k > fors[0]), close);
    if (ins.length && idx > ins[0] && idx < firstIterEnd) continue;
    const a = toks[o], b = toks[close];
    return make('SyntaxError', 'asynchronous comprehension outside of an asynchronous function', a.lineno, a.col_offset + 1, b.end_lineno, b.end_col_offset + 1);
  }
  const last = toks[end - 1];
  const msg = lambdas.length || scope === 'function' ? "'await' outside async function" : "'await' outside function";
  return make('SyntaxError', msg, toks[idx].lineno, toks[idx].col_offset + 1, last.end_lineno, last.end_col_offset + 1);
}

function equalsError(toks: Token[], idx: number, open: number, inCall: boolean, ctx: ParseContext, make: Make): PySyntaxError | null {
  let aStart = exprStart(toks, idx - 1);
  if (['kw_while', 'kw_elif', 'at'].includes(toks[aStart].type) && aStart === toks.indexOf(statementStart(toks, aStart))) aStart++;
  const a = toks[aStart], before = toks[aStart - 1];
  if (!before || !NAMED_START.has(before.type)) return null;
  let simple = true;
  if (a.type === 'star' || a.type === 'dstar') simple = false;
  forDepth0(toks, aStart, idx, (k) => { if (NOT_BOR.has(toks[k].type)) simple = false; });
  if (!simple) return null;
  const eq = toks[idx];
  if (inCall) {
    if (before.type !== 'comma' && before.type !== 'lpar') return null;
    if (aStart === idx - 1 && ['kw_True', 'kw_False', 'kw_None'].includes(a.type)) {
      return make('SyntaxError', `cannot assign to ${a.value}`, a.lineno, a.col_offset + 1, eq.end_lineno, eq.end_col_offset + 1);
    }
    if (aStart === idx - 1 && a.type === 'name') return null;
    return make('SyntaxError', 'expression cannot contain assignment, perhaps you meant "=="?', a.lineno, a.col_offset + 1, eq.end_lineno, eq.end_col_offset + 1);
  }
  // a named_expression position: a bracket (not a dict value or a slice), or an if/elif/while/decorator head
  if (open >= 0) {
    if (before.type === 'kw_if' || before.type === 'kw_elif' || before.type === 'kw_while' || before.type === 'at') return null;
    let colon = false;
    forDepth0(toks, open + 1, aStart, (k) => { if (toks[k].type === 'colon' || toks[k].type === 'kw_lambda' || toks[k].type === 'kw_for') colon = true; });
    if (colon) return null;
  } else if (!['kw_if', 'kw_elif', 'kw_while', 'at'].includes(before.type) || toks.indexOf(statementStart(toks, idx)) !== aStart - 1) {
    return null;
  }
  // b: the bitwise_or after '=', which must not be followed by '=' or ':='
  let k = idx + 1, d = 0;
  for (; k < toks.length; k++) {
    const t = toks[k].type;
    if (OPENERS.has(t)) { if (d === 0 && k > idx + 1 && !EXPR_END.has(toks[k - 1].type) && !ARITH_OPS.has(toks[k - 1].type)) break; d++; continue; }
    if (CLOSERS.has(t)) { if (d === 0) break; d--; continue; }
    if (d > 0) continue;
    if (!BOR_TOKENS.has(t)) break;
    if (k > idx + 1 && EXPR_END.has(toks[k - 1].type) && EXPR_END.has(t)) break;
  }
  if (k === idx + 1) return null;
  if (toks[k]?.type === 'eq' || toks[k]?.type === 'walrus') return null;
  const bEnd = toks[k - 1];
  if (aStart === idx - 1 && a.type === 'name') {
    return make('SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a.lineno, a.col_offset + 1, bEnd.end_lineno, bEnd.end_col_offset + 1);
  }
  // cannot assign to %s here: name the left side by parsing it on its own
  const last = toks[idx - 1];
  if (a.lineno !== last.end_lineno) return null;
  const line = Array.from(ctx.source.lines[a.lineno - 1] ?? '');
  let node: import('./ast.js').Expr;
  try { node = parseSource(line.slice(a.col_offset, last.end_col_offset).join('') + '\n', ctx.source.filename, 'eval_input') as import('./ast.js').Expr; } catch { return null; }
  if (['List', 'Tuple', 'GeneratorExp', 'Compare', 'BoolOp', 'IfExp', 'Lambda', 'NamedExpr'].includes(node.kind)) return null;
  if (node.kind === 'Constant' && ['None', 'bool'].includes(node.value.kind)) return null;
  if (node.kind === 'UnaryOp' && node.op === 'Not') return null;
  return make('SyntaxError', `cannot assign to ${exprName(node)} here. Maybe you meant '==' instead of '='?`, a.lineno, a.col_offset + 1, last.end_lineno, last.end_col_offset + 1);
}
const NOT_BOR = new Set(['cmpop', 'kw_in', 'kw_not', 'kw_and', 'kw_or', 'kw_lambda', 'kw_if', 'kw_else', 'kw_yield']);
const ARITH_OPS = new Set(['binop', 'addop', 'star', 'at', 'dstar', 'tilde']);
const BOR_TOKENS = new Set(['name', 'number', 'string', 'kw_None', 'kw_True', 'kw_False', 'ellipsis', 'binop', 'addop', 'star', 'at', 'dstar', 'tilde', 'dot', 'kw_await']);

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
