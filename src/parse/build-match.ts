// AST builders for the `match` statement (CPython 3.11 Grammar/python.gram: match_stmt, case_block and
// the pattern rules), called from grammar/python.ne. Same conventions as build.ts: pure functions,
// CPython's node shapes and positions, CPython's SyntaxError texts for what the grammar accepts but
// CPython rejects.

import type * as A from './ast.js';
import type { Token } from './tokenizer.js';
import { at, cons, toArray, leaf, name, nameStr, lastEnd, maybeTuple, type Cons } from './build.js';
import { errorAt } from './context.js';

type P = A.Position;

/** match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT */
export function matchStmt(kw: Token, subject: A.Expr, cases: Cons<A.MatchCase>): A.Match {
  const list = toArray(cases);
  return { kind: 'Match', subject, cases: list, ...at(kw, lastEnd(list[list.length - 1].body)) };
}

/** subject_expr: star_named_expression ',' star_named_expressions? (a tuple) */
export function subjectTuple(items: Cons<A.Expr>, last: A.Expr | null, comma: Token | null): A.Expr {
  return last !== null ? maybeTuple([cons(last, items)]) : maybeTuple([items, comma]);
}

/** case_block: "case" patterns guard? ':' block */
export function matchCase(pattern: A.Pattern, guard: A.Expr | null, body: A.Stmt[]): A.MatchCase {
  return { kind: 'match_case', pattern, guard, body };
}

/** A sequence pattern from its items (open: `a, b`; bracketed: `[a, b]` / `(a, b)` with `open`/`close`). */
export function sequence(items: Cons<A.Pattern> | null, first: P, last: P): A.MatchSequence {
  return { kind: 'MatchSequence', patterns: items === null ? [] : toArray(items), ...at(first, last) };
}

/** open_sequence_pattern: `a, b` without brackets (from the first item to `last`). */
export function openSequence(items: Cons<A.Pattern>, last: P): A.MatchSequence {
  const patterns = toArray(items);
  return { kind: 'MatchSequence', patterns, ...at(patterns[0], last) };
}

/** or_pattern: '|'.closed_pattern+ (one alternative is the pattern itself) */
export function orPattern(alts: Cons<A.Pattern>): A.Pattern {
  if (alts.t === null) return alts.h;
  const patterns = toArray(alts);
  return { kind: 'MatchOr', patterns, ...at(patterns[0], patterns[patterns.length - 1]) };
}

/** as_pattern: or_pattern 'as' pattern_capture_target */
export function asPattern(pattern: A.Pattern, target: Token): A.MatchAs {
  const id = nameStr(target);
  if (id === '_') throw errorAt("cannot use '_' as a target", target, target);
  return { kind: 'MatchAs', pattern, name: id, ...at(pattern, target) };
}

/** capture_pattern / wildcard_pattern / value_pattern: a NAME, `_`, or a dotted name. */
export function nameOrValue(e: A.Expr): A.Pattern {
  if (e.kind === 'Name') {
    return { kind: 'MatchAs', pattern: null, name: e.id === '_' ? null : e.id, ...at(e, e) };
  }
  return { kind: 'MatchValue', value: e, ...at(e, e) };
}

/** name_or_attr: NAME ('.' NAME)* as a Name / Attribute chain (Load). */
export function nameOrAttr(d: [A.Expr | Token, Token?, Token?]): A.Expr {
  if (d.length === 1) return name(d[0] as Token);
  const value = d[0] as A.Expr;
  const attr = d[2] as Token;
  return { kind: 'Attribute', value, attr: nameStr(attr), ctx: 'Load', ...at(value, attr) };
}

/** literal_pattern: a number, `-` number, complex `a + bj`, strings; None/True/False are singletons. */
export function literal(e: A.Expr): A.Pattern {
  if (e.kind === 'Constant' && (e.value.kind === 'None' || e.value.kind === 'bool')) {
    return { kind: 'MatchSingleton', value: e.value, ...at(e, e) };
  }
  return { kind: 'MatchValue', value: literalExpr(e), ...at(e, e) };
}

/** literal_expr (also mapping keys): f-strings are not literals. */
export function literalExpr(e: A.Expr): A.Expr {
  if (e.kind === 'JoinedStr') throw errorAt('patterns may only match literals and attribute lookups', e, e);
  return e;
}

/** signed_number: NUMBER | '-' NUMBER */
export function signedNumber(minus: Token | null, num: Token): A.Expr {
  const n = leaf(num);
  if (minus === null) return n;
  return { kind: 'UnaryOp', op: 'USub', operand: n, ...at(minus, num) };
}

/** complex_number: signed_real_number ('+' | '-') imaginary_number */
export function complexNumber(real: A.Expr, op: Token, imag: Token): A.Expr {
  const right = leaf(imag);
  const isImag = right.kind === 'Constant' && right.value.kind === 'complex';
  const realOk = (real.kind === 'Constant' ? real : (real as A.UnaryOp).operand) as A.Constant;
  if (realOk.value.kind === 'complex') throw errorAt('real number required in complex literal', real, real);
  if (!isImag) throw errorAt('imaginary number required in complex literal', right, right);
  return { kind: 'BinOp', left: real, op: op.value === '+' ? 'Add' : 'Sub', right, ...at(real, imag) };
}

/** A class pattern argument: a positional pattern or `NAME=pattern`. */
export type ClassArg = { kw: null; pattern: A.Pattern } | { kw: Token; pattern: A.Pattern };

/** class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ')' */
export function classPattern(cls: A.Expr, args: Cons<ClassArg> | null, close: Token): A.MatchClass {
  const patterns: A.Pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: A.Pattern[] = [];
  for (const a of args === null ? [] : toArray(args)) {
    if (a.kw === null) {
      if (kwdAttrs.length) throw errorAt('positional patterns follow keyword patterns', a.pattern, a.pattern);
      patterns.push(a.pattern);
    } else {
      kwdAttrs.push(nameStr(a.kw));
      kwdPatterns.push(a.pattern);
    }
  }
  return { kind: 'MatchClass', cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns, ...at(cls, close) };
}

/** star_pattern: '*' (NAME | '_') */
export function starPattern(star: Token, target: Token): A.MatchStar {
  const id = nameStr(target);
  return { kind: 'MatchStar', name: id === '_' ? null : id, ...at(star, target) };
}

/** mapping_pattern from its key/pattern pairs and `**rest`. */
export function mappingPattern(open: Token, items: Cons<[A.Expr, A.Pattern]> | null, rest: Token | null, close: Token): A.MatchMapping {
  const pairs = items === null ? [] : toArray(items);
  return {
    kind: 'MatchMapping', keys: pairs.map((p) => p[0]), patterns: pairs.map((p) => p[1]),
    rest: rest === null ? null : nameStr(rest), ...at(open, close),
  };
}
