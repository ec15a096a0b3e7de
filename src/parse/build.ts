/* eslint-disable @typescript-eslint/no-explicit-any -- postprocessor data arrays are untyped by nature */
// AST construction for the grammar's postprocessors. Rules (shared/notes/nearley.md):
//  - postprocessors are PURE: never mutate a child (nearley shares children between partial parses);
//  - lists are built as cons cells in left-recursive rules and turned into arrays once, by a rule that
//    completes once (a closing bracket, a DEDENT, ENDMARKER);
//  - binary operators arrive as a flat operand/operator list and get their tree from precedence
//    climbing here (`fin`), so the grammar has no operator ladder.
// Positions: every token and node has lineno/col_offset/end_lineno/end_col_offset, so `at(a, b)` spans
// from the start of a to the end of b whatever they are.
import type * as A from './ast.js';
import type { Token } from './tokenizer.js';
import { current, errorAt } from './context.js';
import { stringAtom } from './strings.js';

type P = A.Position;
export interface Cons<T> { h: T; t: Cons<T> | null }

export function cons<T>(h: T, t: Cons<T> | null): Cons<T> { return { h, t }; }
export function toArray<T>(c: Cons<T> | null): T[] {
  const out: T[] = [];
  for (; c; c = c.t) out.push(c.h);
  return out.reverse();
}
/** Statement lists: a cons of Stmt or Stmt[] (a line of `a; b`) -> flat array. */
export function stmtArray(c: Cons<A.Stmt | A.Stmt[]> | null): A.Stmt[] {
  const parts = toArray(c);
  const out: A.Stmt[] = [];
  for (const p of parts) if (Array.isArray(p)) for (const s of p) out.push(s); else out.push(p);
  return out;
}

/** On a parenthesized expression: the span of its parentheses. CPython gives a node containing `(x)`
 * the parentheses' position (its span comes from tokens) while `x` itself keeps its own. A symbol key:
 * invisible to JSON, Object.keys and the rest of the pipeline. */
export const OUTER = Symbol('outer');
type Outer = { [OUTER]?: P };

export function at(a: P, b: P): P {
  const s = (a as Outer)[OUTER] ?? a, e = (b as Outer)[OUTER] ?? b;
  return { lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}
/** atom: '(' (yield_expr | named_expression) ')' */
export function paren(d: any[]): A.Expr {
  return { ...d[1], [OUTER]: at(d[0], d[2]) };
}

// The bracketed atoms; the tails are left-factored in the grammar and say what they found.
export function parenAtom(open: Token, t: any): A.Expr {
  if (t.t === 'group') return paren([open, t.e, t.close]);
  if (t.t === 'genexp') return { kind: 'GeneratorExp', elt: t.e, generators: toArray(t.gens), ...at(open, t.close) };
  return tuple(t.items, open, t.close);
}
export function listAtom(open: Token, t: any): A.Expr {
  if (t.t === 'listcomp') return { kind: 'ListComp', elt: t.e, generators: toArray(t.gens), ...at(open, t.close) };
  return { kind: 'List', elts: toArray(t.items), ctx: 'Load', ...at(open, t.close) };
}
export function braceAtom(open: Token, t: any): A.Expr {
  switch (t.t) {
    case 'dict': return dict(t.items, open, t.close);
    case 'dictcomp': return { kind: 'DictComp', key: t.k, value: t.v, generators: toArray(t.gens), ...at(open, t.close) };
    case 'set': return { kind: 'Set', elts: toArray(t.items), ...at(open, t.close) };
    default: return { kind: 'SetComp', elt: t.e, generators: toArray(t.gens), ...at(open, t.close) };
  }
}
function lastOf<T extends P>(xs: T[]): T { return xs[xs.length - 1]; }

// ---- atoms ----
export function name(t: Token): A.Name {
  let id = t.value;
  if (id.charCodeAt(0) > 127 || /[^\x00-\x7f]/.test(id)) id = id.normalize('NFKC');
  return { kind: 'Name', id, ctx: 'Load', lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset };
}
export function str(t: Token): A.Expr { return stringAtom(t); }
export function number(t: Token): A.Constant {
  const text = t.value.replace(/_/g, '');
  const last = text[text.length - 1];
  let value: A.ConstantValue;
  if (last === 'j' || last === 'J') value = { kind: 'complex', imag: Number(text.slice(0, -1)) };
  else if (/^0[xXoObB]/.test(text)) value = { kind: 'int', value: BigInt(text.toLowerCase()) };
  else if (/[.eE]/.test(text)) value = { kind: 'float', value: Number(text) };
  else value = { kind: 'int', value: BigInt(text) };
  return { kind: 'Constant', value, ...at(t, t) };
}
/** atom: NAME | NUMBER | STRING+ | None | True | False | '...' (one predicate token class) */
export function leaf(t: Token): A.Expr {
  switch (t.type) {
    case 'name': return name(t);
    case 'number': return number(t);
    case 'string': return str(t);
    default: return keywordConst(t);
  }
}
export function keywordConst(t: Token): A.Constant {
  const value: A.ConstantValue = t.type === 'kw_None' ? { kind: 'None' } : t.type === 'ellipsis' ? { kind: 'Ellipsis' }
    : { kind: 'bool', value: t.type === 'kw_True' };
  return { kind: 'Constant', value, ...at(t, t) };
}

// ---- the flat operator list and precedence climbing ----
/** `not` before an operand; resolved by `fin` (it binds looser than comparisons). */
export interface NotPrefix { $not: Token; operand: Operand }
type Operand = A.Expr | NotPrefix;
/** A flat list `operand (op operand)*`, newest first. */
export interface Flat { $flat: Cons<Operand | Token> }
export type FlatOrExpr = A.Expr | NotPrefix | Flat;

export function notPrefix(d: any[]): NotPrefix { return { $not: d[0], operand: d[1] }; }
export function flatPush(d: any[]): Flat {
  const left = d[0];
  const list = '$flat' in left ? left.$flat : cons<Operand | Token>(left, null);
  return { $flat: cons<Operand | Token>(d[2], cons<Operand | Token>(d[1], list)) };
}

const BINOPS: Record<string, A.OperatorKind> = {
  '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '<<': 'LShift', '>>': 'RShift', '+': 'Add', '-': 'Sub',
  '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult', '**': 'Pow',
};
const CMPOPS: Record<string, A.CmpOpKind> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE', is: 'Is', 'is not': 'IsNot',
  in: 'In', 'not in': 'NotIn',
};
const OR = 1, AND = 2, NOT = 3, CMP = 4;
const PREC: Record<string, number> = {
  or: OR, and: AND, '|': 5, '^': 6, '&': 7, '<<': 8, '>>': 8, '+': 9, '-': 9, '*': 10, '/': 10, '//': 10, '%': 10, '@': 10,
};
function prec(t: Token): number {
  return t.type === 'cmpop' || t.type === 'kw_in' ? CMP : PREC[t.value];
}

/** Resolve a flat list (or a lone operand) into its expression tree. */
export function fin(x: FlatOrExpr): A.Expr {
  if ('$flat' in x) return new Climber(toArray(x.$flat)).parse(0);
  if ('$not' in x) return new Climber([x]).parse(0);
  return x;
}

class Climber {
  i = 0;
  constructor(private items: (Operand | Token)[]) {}
  private operand(): A.Expr {
    const o = this.items[this.i] as Operand;
    if ('$not' in o) {
      this.items[this.i] = o.operand; // items is this climber's own array
      const operand = this.parse(CMP);
      return { kind: 'UnaryOp', op: 'Not', operand, ...at(o.$not, operand) };
    }
    this.i++;
    return o;
  }
  parse(min: number): A.Expr {
    let left = this.operand();
    const items = this.items;
    while (this.i < items.length) {
      const op = items[this.i] as Token;
      const p = prec(op);
      if (p < min) break;
      this.i++;
      if (p === CMP) {
        const ops: A.CmpOpKind[] = [CMPOPS[op.value]];
        const comparators = [this.parse(CMP + 1)];
        while (this.i < items.length && prec(items[this.i] as Token) === CMP) {
          ops.push(CMPOPS[(items[this.i++] as Token).value]);
          comparators.push(this.parse(CMP + 1));
        }
        left = { kind: 'Compare', left, ops, comparators, ...at(left, lastOf(comparators)) };
      } else if (p === AND || p === OR) {
        const values = [left, this.parse(p + 1)];
        while (this.i < items.length && prec(items[this.i] as Token) === p) { this.i++; values.push(this.parse(p + 1)); }
        left = { kind: 'BoolOp', op: p === AND ? 'And' : 'Or', values, ...at(left, lastOf(values)) };
      } else {
        const right = this.parse(p + 1);
        left = { kind: 'BinOp', left, op: BINOPS[op.value], right, ...at(left, right) };
      }
    }
    return left;
  }
}
void NOT;

// ---- unary, power, trailers ----
export function unary(d: any[]): A.UnaryOp {
  const t = d[0];
  const op: A.UnaryOpKind = t.value === '-' ? 'USub' : t.value === '+' ? 'UAdd' : 'Invert';
  return { kind: 'UnaryOp', op, operand: d[1], ...at(t, d[1]) };
}
export function power(d: any[]): A.BinOp {
  return { kind: 'BinOp', left: d[0], op: 'Pow', right: d[2], ...at(d[0], d[2]) };
}
export function attribute(d: any[]): A.Attribute {
  return { kind: 'Attribute', value: d[0], attr: nameStr(d[2]), ctx: 'Load', ...at(d[0], d[2]) };
}
export function names(c: Cons<Token>): string[] { return toArray(c).map(nameStr); }
export function nameStr(t: Token): string {
  return /[^\x00-\x7f]/.test(t.value) ? t.value.normalize('NFKC') : t.value;
}
export function subscript(d: any[]): A.Subscript {
  return { kind: 'Subscript', value: d[0], slice: d[2], ctx: 'Load', ...at(d[0], d[3]) };
}
/** slices: one slice alone, or a tuple of them (positions span the items, trailing comma included). */
export function slices(d: any[]): A.Expr {
  const c = d[0];
  if (c.t === null && d.length === 1 && c.h.kind !== 'Starred') return c.h;
  const elts = toArray<A.Expr>(c);
  return { kind: 'Tuple', elts, ctx: 'Load', ...at(elts[0], d.length === 2 ? d[1] : lastOf(elts)) };
}
export function slice(lower: A.Expr | null, upper: A.Expr | null, step: A.Expr | null, first: P, last: P): A.Slice {
  return { kind: 'Slice', lower, upper, step, ...at(first, last) };
}

// ---- calls ----
type Argument = A.Expr | A.Keyword;
// CPython: _PyPegen_arguments_parsing_error, located at the parser's last token (the closing paren).
export function call(func: A.Expr, args: Cons<Argument> | null, close: Token): A.Call {
  const parts = toArray(args);
  const pos: A.Expr[] = [];
  const keywords: A.Keyword[] = [];
  let sawKeyword: A.Keyword | null = null, sawKwUnpack = false;
  for (const a of parts) {
    if (a.kind === 'keyword') {
      if (a.arg === null) sawKwUnpack = true; else sawKeyword = a;
      keywords.push(a);
    } else if (a.kind === 'Starred') {
      if (sawKwUnpack) throw errorAt('iterable argument unpacking follows keyword argument unpacking', close);
      pos.push(a);
    } else {
      if (sawKwUnpack) throw errorAt('positional argument follows keyword argument unpacking', close);
      if (sawKeyword) throw errorAt('positional argument follows keyword argument', close);
      pos.push(a);
    }
  }
  return { kind: 'Call', func, args: pos, keywords, ...at(func, close) };
}
export function genexpArg(func: A.Expr, open: Token, elt: A.Expr, gens: Cons<A.Comprehension>, close: Token): A.Call {
  const g: A.GeneratorExp = { kind: 'GeneratorExp', elt, generators: toArray(gens), ...at(open, close) };
  return { kind: 'Call', func, args: [g], keywords: [], ...at(func, close) };
}
export function keyword(d: any[]): A.Keyword {
  return { kind: 'keyword', arg: nameStr(d[0]), value: d[2], ...at(d[0], d[2]) };
}
export function kwUnpack(d: any[]): A.Keyword {
  return { kind: 'keyword', arg: null, value: d[1], ...at(d[0], d[1]) };
}
export function starred(d: any[]): A.Starred {
  return { kind: 'Starred', value: d[1], ctx: 'Load', ...at(d[0], d[1]) };
}

// ---- displays, comprehensions ----
export function tuple(c: Cons<A.Expr>, first: P, last: P): A.Tuple {
  return { kind: 'Tuple', elts: toArray(c), ctx: 'Load', ...at(first, last) };
}
/** A bare comma list (star_expressions, exprlist): one item alone, else a Tuple. */
export function maybeTuple(d: any[]): A.Expr {
  const c = d[0];
  if (d.length === 1 && c.t === null) return c.h;
  const elts = toArray<A.Expr>(c);
  return { kind: 'Tuple', elts, ctx: 'Load', ...at(elts[0], d.length === 2 ? d[1] : lastOf(elts)) };
}
export function comprehension(target: A.Expr, iter: A.Expr, ifs: Cons<A.Expr> | null): A.Comprehension {
  return { kind: 'comprehension', target: toStore(target, 'for'), iter, ifs: toArray(ifs) };
}
export function dict(items: Cons<[A.Expr | null, A.Expr]> | null, open: Token, close: Token): A.Dict {
  const keys: A.Expr[] = [], values: A.Expr[] = [];
  for (const [k, v] of toArray(items)) { keys.push(k as A.Expr); values.push(v); }
  return { kind: 'Dict', keys, values, ...at(open, close) };
}
export function namedExpr(d: any[]): A.NamedExpr {
  const target = name(d[0]);
  return { kind: 'NamedExpr', target: { ...target, ctx: 'Store' }, value: d[2], ...at(d[0], d[2]) };
}
export function ifExp(d: any[]): A.IfExp {
  const body = d[0];
  return { kind: 'IfExp', test: fin(d[2]), body, orelse: d[4], ...at(body, d[4]) };
}

// ---- assignment targets ----
export type TargetKind = 'assign' | 'for' | 'del' | 'with';

// CPython: _PyPegen_get_expr_name
export function exprName(e: A.Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.kind === 'None') return 'None';
      if (v.kind === 'bool') return v.value ? 'True' : 'False';
      if (v.kind === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}

/** Copy an expression as an assignment / deletion target (ctx Store or Del), or raise CPython's error. */
export function toStore(e: A.Expr, how: TargetKind): A.Expr {
  const ctx: A.ExprContext = how === 'del' ? 'Del' : 'Store';
  switch (e.kind) {
    case 'Name':
      if (e.id === '__debug__') throw errorAt(how === 'del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', e);
      return { ...e, ctx };
    case 'Attribute': case 'Subscript':
      return { ...e, ctx };
    case 'Tuple': case 'List':
      return { ...e, elts: e.elts.map((x) => toStore(x, how)), ctx };
    case 'Starred':
      if (how === 'del') break;
      return { ...e, value: toStore(e.value, how), ctx };
  }
  const what = exprName(e);
  throw errorAt(how === 'del' ? `cannot delete ${what}` : `cannot assign to ${what}`, e);
}

/** bitwise_or and tighter (CPython's invalid_named_expression applies only to those). */
function isBitwiseOr(e: A.Expr): boolean {
  switch (e.kind) {
    case 'Compare': case 'BoolOp': case 'IfExp': case 'Lambda': case 'NamedExpr': case 'Yield': case 'YieldFrom': case 'Starred': return false;
    case 'UnaryOp': return e.op !== 'Not';
    default: return true;
  }
}
function isBareTuple(e: A.Expr): boolean { return e.kind === 'Tuple' && !(e as Outer)[OUTER] && e.elts.length > 0 && e.elts[0].lineno === e.lineno && e.elts[0].col_offset === e.col_offset; }

// ---- statements ----
export function exprStmt(e: A.Expr): A.ExprStmt { return { kind: 'Expr', value: e, ...at(e, e) }; }
// assignment: (star_targets '=')+ (yield_expr | star_expressions), with CPython's invalid_assignment
// and invalid_named_expression messages.
export function assign(targets: Cons<A.Expr>, value: A.Expr): A.Assign {
  const raw = toArray(targets);
  const ts: A.Expr[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    try {
      ts.push(toStore(t, 'assign'));
    } catch (err) {
      if (i === 0) suggestEquals(t, raw.length > 1 ? raw[1] : value, raw.length > 1);
      throw err;
    }
  }
  return { kind: 'Assign', targets: ts, value, ...at(ts[0], value) };
}
// CPython: invalid_named_expression's "cannot assign to %s here. Maybe you meant '==' instead of '='?",
// raised for the element just before the first '=' when it and what follows are bitwise_or's.
function suggestEquals(target: A.Expr, next: A.Expr, nextIsTarget: boolean): void {
  const last = isBareTuple(target) ? (target as A.Tuple).elts[(target as A.Tuple).elts.length - 1] : target;
  if (!isBitwiseOr(last) || last.kind === 'List' || last.kind === 'Tuple' || last.kind === 'GeneratorExp') return;
  if (last.kind === 'Constant' && (last.value.kind === 'None' || last.value.kind === 'bool')) return;
  const nextBare = isBareTuple(next);
  const first = nextBare ? (next as A.Tuple).elts[0] : next;
  if (!isBitwiseOr(first) || (nextIsTarget && !nextBare)) return;
  try { toStore(last, 'assign'); } catch {
    throw errorAt(`cannot assign to ${exprName(last)} here. Maybe you meant '==' instead of '='?`, last);
  }
}
export function augAssign(d: any[]): A.AugAssign {
  const t = d[0];
  if (t.kind !== 'Name' && t.kind !== 'Attribute' && t.kind !== 'Subscript') {
    throw errorAt(`'${exprName(t)}' is an illegal expression for augmented assignment`, t);
  }
  return { kind: 'AugAssign', target: toStore(t, 'assign'), op: BINOPS[d[1].value.slice(0, -1)], value: d[2], ...at(t, d[2]) };
}
export function annAssign(target: A.Expr, annotation: A.Expr, value: A.Expr | null, ref: number | undefined, last: P): A.AnnAssign {
  if (target.kind === 'Tuple') throw errorAt('only single target (not tuple) can be annotated', isBareTuple(target) ? target.elts[0] : target);
  if (target.kind === 'List') throw errorAt('only single target (not list) can be annotated', target);
  if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript') throw errorAt('illegal target for annotation', target);
  const first = current.tokens[ref ?? 0];
  const parenthesized = first.type === 'lpar' && (first.lineno !== target.lineno || first.col_offset !== target.col_offset);
  return { kind: 'AnnAssign', target: toStore(target, 'assign'), annotation, value, simple: target.kind === 'Name' && !parenthesized ? 1 : 0, ...at(first, last) };
}
export function lastEnd(body: A.Stmt[]): P { return body[body.length - 1]; }

// ---- function parameters ----
export type Param =
  | { p: 'arg'; arg: A.Arg; def: A.Expr | null }
  | { p: 'slash'; tok: Token }
  | { p: 'star'; tok: Token; arg: A.Arg | null }
  | { p: 'dstar'; tok: Token; arg: A.Arg };

export function arg(t: Token, annotation: A.Expr | null): A.Arg {
  return { kind: 'arg', arg: nameStr(t), annotation, ...at(t, annotation ?? t) };
}

// CPython: the `parameters` / `lambda_parameters` rules and their invalid_* companions.
export function argumentsOf(ps: Param[], lambda: boolean): A.Arguments {
  const a: A.Arguments = { kind: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
  let sawStar = false, sawDefault = false;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    if (a.kwarg) throw errorAt('arguments cannot follow var-keyword argument', posOf(p));
    switch (p.p) {
      case 'slash':
        if (sawStar) throw errorAt('/ must be ahead of *', p.tok);
        if (a.posonlyargs.length) throw errorAt('/ may appear only once', p.tok);
        if (a.args.length === 0) throw errorAt('at least one argument must precede /', p.tok);
        a.posonlyargs = a.args;
        a.args = [];
        break;
      case 'star':
        if (sawStar) throw errorAt('* argument may appear only once', p.tok);
        sawStar = true;
        a.vararg = p.arg;
        if (!p.arg && (i === ps.length - 1 || ps[i + 1].p === 'dstar')) throw errorAt('named arguments must follow bare *', p.tok);
        break;
      case 'dstar':
        a.kwarg = p.arg;
        break;
      case 'arg':
        if (sawStar) {
          a.kwonlyargs.push(p.arg);
          (a.kw_defaults as (A.Expr | null)[]).push(p.def);
        } else {
          if (p.def) { sawDefault = true; a.defaults.push(p.def); }
          else if (sawDefault) throw errorAt('non-default argument follows default argument', p.arg);
          a.args.push(p.arg);
        }
    }
  }
  void lambda;
  return a;
}
function posOf(p: Param): P { return p.p === 'arg' ? p.arg : p.tok; }

export function funcDef(d: unknown[], ref: number | undefined, decorators: A.Expr[] = []): A.FunctionDef {
  // %kw_def %name %lpar params %rpar def_tail{returns, body}
  const defTok = d[0] as Token;
  const params = toArray(d[3] as Cons<Param> | null);
  const tail = d[5] as { returns: A.Expr | null; body: A.Stmt[] };
  const returns = tail.returns;
  const body = tail.body;
  void ref;
  return { kind: 'FunctionDef', name: nameStr(d[1] as Token), args: argumentsOf(params, false), body, decorator_list: decorators, returns, ...at(defTok, lastEnd(body)) };
}
export function classDef(d: unknown[], decorators: A.Expr[] = []): A.ClassDef {
  // %kw_class %name (%lpar args? %rpar)? %colon suite
  const body = d[d.length - 1] as A.Stmt[];
  let bases: A.Expr[] = [], keywords: A.Keyword[] = [];
  if (d.length === 6) {
    const c = call(name(d[1] as Token), d[3] as Cons<Argument> | null, d[4] as Token);
    bases = c.args; keywords = c.keywords;
  }
  return { kind: 'ClassDef', name: nameStr(d[1] as Token), bases, keywords, body, decorator_list: decorators, ...at(d[0] as Token, lastEnd(body)) };
}
export function decorated(decs: Cons<A.Expr>, def: A.FunctionDef | A.ClassDef): A.FunctionDef | A.ClassDef {
  return { ...def, decorator_list: toArray(decs) };
}

// ---- imports ----
export interface Dotted { name: string; first: Token; last: Token }
export function alias(n: { name: string; first: P; last: P }, as: Token | null): A.Alias {
  return { kind: 'alias', name: n.name, asname: as ? nameStr(as) : null, ...at(n.first, as ?? n.last) };
}

// ---- try / except, with ----
export interface Handler { h: A.ExceptHandler; star: Token | null; kw: Token }
export function handler(kw: Token, type: A.Expr | null, nameTok: Token | null, body: A.Stmt[], star: Token | null): Handler {
  return { h: { kind: 'ExceptHandler', type, name: nameTok ? nameStr(nameTok) : null, body, ...at(kw, lastEnd(body)) }, star, kw };
}
export function tryStmt(kw: Token, body: A.Stmt[], hs: Cons<Handler>, orelse: A.Stmt[], finalbody: A.Stmt[]): A.Try | A.TryStar {
  const list = toArray(hs);
  const star = list[0].star !== null;
  for (const h of list) {
    if ((h.star !== null) !== star) throw errorAt("cannot have both 'except' and 'except*' on the same 'try'", h.kw, h.star ?? h.kw);
  }
  const handlers = list.map((h) => h.h);
  const end = finalbody.length ? lastEnd(finalbody) : orelse.length ? lastEnd(orelse) : handlers[handlers.length - 1];
  return { kind: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody, ...at(kw, end) };
}

/** `with` items without brackets. When the single item is itself a parenthesized group that the
 * `with (items):` form also accepts, reject this reading (CPython's PEG tries that form first). */
export function withHead(kw: Token, items: Cons<A.WithItem>, ref: number | undefined, colon: Token, reject: unknown): unknown {
  if (items.t === null && items.h.optional_vars === null) {
    const toks = current.tokens;
    const r = ref ?? 0;
    if (toks[r + 1]?.type === 'lpar') {
      let depth = 0, k = r + 1;
      for (; toks[k] !== colon; k++) {
        const ty = toks[k].type;
        if (ty === 'lpar' || ty === 'lsqb' || ty === 'lbrace') depth++;
        else if (ty === 'rpar' || ty === 'rsqb' || ty === 'rbrace') { depth--; if (depth === 0) break; }
      }
      if (toks[k + 1] === colon) {
        const e = items.h.context_expr;
        const keep = e.kind === 'GeneratorExp' || e.kind === 'Yield' || e.kind === 'YieldFrom' || e.kind === 'NamedExpr'
          || (e.kind === 'Tuple' && (e.elts.length === 0 || e.elts.some((x) => x.kind === 'Starred')));
        if (!keep) return reject;
      }
    }
  }
  return { tok: kw, items: toArray(items) };
}
