// The symbol table (CPython: Python/symtable.c): one Scope per module, class, function, lambda and
// comprehension, then CPython's analysis pass deciding for every name whether it is LOCAL, CELL, FREE,
// GLOBAL_IMPLICIT or GLOBAL_EXPLICIT. Two passes, as CPython:
//   1. build: walk the AST, record per scope the flags of each name (DEF_LOCAL, DEF_PARAM, USE, ...)
//      and the child scopes, keyed by their AST node;
//   2. analyze: top-down with the sets of names bound/declared global in enclosing scopes, bottom-up
//      with the free names of children (analyze_block / analyze_name / analyze_cells / update_symbols).
// Rules worth remembering: class scopes are invisible to the functions inside them (except `__class__`,
// created when a method uses `super` or `__class__`); comprehensions are functions whose first iterable
// is evaluated in the enclosing scope; private names (`__x` in a class) are mangled before anything else.
// Errors are PySyntaxError with CPython 3.11's wording and location.

import type * as A from '../parse/ast.js';
import { PySyntaxError } from '../parse/syntax-error.js';

// Symbol flags (CPython: DEF_*).
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** Resolved scope of a name (CPython's values, as symtable's `Symbol._Symbol__scope`). */
export const enum NameScope { None = 0, Local = 1, GlobalExplicit = 2, GlobalImplicit = 3, Free = 4, Cell = 5 }

export type ScopeKind = 'module' | 'function' | 'class';

type Loc = Pick<A.Position, 'lineno' | 'col_offset' | 'end_lineno' | 'end_col_offset'>;

export class Scope {
  /** name -> DEF_* flags (names already mangled). */
  readonly symbols = new Map<string, number>();
  /** name -> resolved NameScope, filled by analysis. */
  readonly scopes = new Map<string, NameScope>();
  readonly children: Scope[] = [];
  /** Parameter names in order (posonly, args, kwonly, *args, **kwargs). */
  readonly params: string[] = [];
  /** Where each global/nonlocal directive was declared (for error locations). */
  readonly directives = new Map<string, Loc>();
  isGenerator = false;
  /** Nested inside a function scope (CO_NESTED). */
  isNested = false;
  isComprehension = false;
  /** Class scope whose methods use __class__/super: the class body gets a `__class__` cell. */
  needsClassClosure = false;
  hasFree = false;
  childFree = false;
  /** Class name used for private-name mangling (inherited by nested scopes), or null. */
  private_: string | null;
  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly parent: Scope | null,
    readonly loc: Loc | null,
  ) {
    this.private_ = parent ? parent.private_ : null;
    if (parent && (parent.kind === 'function' || parent.isNested)) this.isNested = true;
  }

  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** The resolved scope of an (already mangled) name. */
  resolve(name: string): NameScope {
    return this.scopes.get(name) ?? NameScope.None;
  }

  /** Names of this scope with the given resolved scope, in first-seen order (CPython sorts; see cellvars()). */
  namesWith(s: NameScope): string[] {
    const out: string[] = [];
    for (const [n, sc] of this.scopes) if (sc === s) out.push(n);
    return out;
  }
}

/** CPython: _Py_Mangle. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return '_' + stripped + name;
}

export interface SymbolTable {
  top: Scope;
  /** AST node (FunctionDef, ClassDef, Lambda, comprehension expression) -> its scope. */
  scopeOf: Map<object, Scope>;
}

export function buildSymbolTable(mod: A.Module | A.Expr, filename: string, source?: string): SymbolTable {
  const b = new Builder(filename, source);
  return b.run(mod);
}

class Builder {
  readonly scopeOf = new Map<object, Scope>();
  cur!: Scope;
  top!: Scope;
  constructor(readonly filename: string, readonly source: string | undefined) {}

  error(msg: string, loc: Loc | null): never {
    const line = loc?.lineno ?? 1;
    let text: string | null = null;
    if (this.source !== undefined) {
      const lines = this.source.split('\n');
      if (line - 1 < lines.length) text = lines[line - 1] + '\n';
    }
    throw new PySyntaxError(
      'SyntaxError', msg, this.filename, line, (loc?.col_offset ?? -1) + 1, text,
      loc?.end_lineno ?? line, (loc?.end_col_offset ?? -1) + 1,
    );
  }

  run(mod: A.Module | A.Expr): SymbolTable {
    const top = new Scope('module', 'top', null, null);
    this.cur = top;
    this.top = top;
    if (mod.kind === 'Module') this.stmts(mod.body);
    else this.expr(mod);
    analyzeBlock(this, top, null, new Set(), new Set());
    return { top, scopeOf: this.scopeOf };
  }

  enter(kind: ScopeKind, name: string, node: object, loc: Loc | null): Scope {
    const s = new Scope(kind, name, this.cur, loc);
    this.cur.children.push(s);
    this.scopeOf.set(node, s);
    this.cur = s;
    return s;
  }

  leave(): void {
    this.cur = this.cur.parent!;
  }

  // CPython: symtable_add_def_helper
  addDef(name: string, flag: number, loc: Loc | null, scope: Scope = this.cur): void {
    const m = mangle(scope.private_, name);
    const old = scope.symbols.get(m) ?? 0;
    if (flag & DEF_PARAM && old & DEF_PARAM) this.error(`duplicate argument '${name}' in function definition`, loc);
    scope.symbols.set(m, old | flag);
    if (flag & DEF_PARAM) scope.params.push(m);
    // CPython records every `global` declaration in the module's table too (st_global).
    if (flag & DEF_GLOBAL && scope !== this.top) this.top.symbols.set(m, (this.top.symbols.get(m) ?? 0) | flag);
  }

  stmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  exprs(es: (A.Expr | null)[]): void {
    for (const e of es) if (e) this.expr(e);
  }

  // CPython: symtable_visit_stmt
  stmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'FunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.argDefaults(s.args);
        this.annotations(s.args, s.returns);
        this.exprs(s.decorator_list);
        this.enter('function', s.name, s, s);
        this.params(s.args);
        this.stmts(s.body);
        this.leave();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        const sc = this.enter('class', s.name, s, s);
        sc.private_ = s.name;
        this.stmts(s.body);
        this.leave();
        break;
      }
      case 'Return':
        if (s.value) this.expr(s.value);
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'Assign':
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case 'AnnAssign': {
        if (s.target.kind === 'Name') {
          const cur = this.cur.flags(mangle(this.cur.private_, s.target.id));
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.kind !== 'module' /* CPython: st_cur != st_global */ && s.simple) {
            this.error(`annotated name '${s.target.id}' can't be ${cur & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s);
          }
          if (s.simple) this.addDef(s.target.id, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value) this.addDef(s.target.id, DEF_LOCAL, s.target);
        } else {
          this.expr(s.target);
        }
        this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      }
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        break;
      case 'For':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Match':
        this.expr(s.subject);
        for (const mc of s.cases) {
          this.pattern(mc.pattern);
          if (mc.guard) this.expr(mc.guard);
          this.stmts(mc.body);
        }
        break;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.kind !== 'module') this.error('import * only allowed at module level', a);
            continue;
          }
          const stored = a.asname ?? a.name.split('.')[0];
          this.addDef(stored, DEF_IMPORT, a);
        }
        break;
      case 'Global':
      case 'Nonlocal': {
        const what = s.kind === 'Global' ? 'global' : 'nonlocal';
        for (const name of s.names) {
          const m = mangle(this.cur.private_, name);
          const cur = this.cur.flags(m);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${what}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${what} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${what}`;
            else msg = `name '${name}' is assigned to before ${what} declaration`;
            this.error(msg, s);
          }
          this.addDef(name, s.kind === 'Global' ? DEF_GLOBAL : DEF_NONLOCAL, s);
          if (!this.cur.directives.has(m)) this.cur.directives.set(m, s);
        }
        break;
      }
      case 'Expr':
        this.expr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
  }

  /** A match pattern: its captures are local definitions, its values and classes are uses. */
  pattern(p: A.Pattern): void {
    switch (p.kind) {
      case 'MatchValue':
        return this.expr(p.value);
      case 'MatchSingleton':
        return;
      case 'MatchSequence':
      case 'MatchOr':
        for (const q of p.patterns) this.pattern(q);
        return;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        return;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of [...p.patterns, ...p.kwd_patterns]) this.pattern(q);
        return;
      case 'MatchStar':
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        return;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        return;
    }
  }

  argDefaults(a: A.Arguments): void {
    this.exprs(a.defaults);
    this.exprs(a.kw_defaults);
  }

  annotations(a: A.Arguments, returns: A.Expr | null): void {
    for (const arg of allArgs(a)) if (arg.annotation) this.expr(arg.annotation);
    if (returns) this.expr(returns);
  }

  params(a: A.Arguments): void {
    for (const arg of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) this.addDef(arg.arg, DEF_PARAM, arg);
    if (a.vararg) this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
    if (a.kwarg) this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
  }

  // CPython: symtable_visit_expr
  expr(e: A.Expr): void {
    switch (e.kind) {
      case 'NamedExpr':
        this.namedExpr(e);
        break;
      case 'BoolOp':
        this.exprs(e.values);
        break;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        break;
      case 'UnaryOp':
        this.expr(e.operand);
        break;
      case 'Lambda':
        this.argDefaults(e.args);
        this.enter('function', 'lambda', e, e);
        this.params(e.args);
        this.expr(e.body);
        this.leave();
        break;
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case 'Dict':
        this.exprs(e.keys);
        this.exprs(e.values);
        break;
      case 'Set':
        this.exprs(e.elts);
        break;
      case 'GeneratorExp':
        this.comprehension(e, 'genexpr', e.generators, [e.elt]);
        break;
      case 'ListComp':
        this.comprehension(e, 'listcomp', e.generators, [e.elt]);
        break;
      case 'SetComp':
        this.comprehension(e, 'setcomp', e.generators, [e.elt]);
        break;
      case 'DictComp':
        this.comprehension(e, 'dictcomp', e.generators, [e.key, e.value]);
        break;
      case 'Yield':
      case 'YieldFrom':
        if (e.value) this.expr(e.value);
        this.markGenerator(e);
        break;
      case 'Compare':
        this.expr(e.left);
        this.exprs(e.comparators);
        break;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case 'JoinedStr':
        this.exprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.expr(e.value);
        break;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case 'Starred':
        this.expr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        if (e.ctx === 'Load' && this.cur.kind === 'function' && e.id === 'super') this.addDef('__class__', USE, e);
        break;
      case 'List':
      case 'Tuple':
        this.exprs(e.elts);
        break;
    }
  }

  markGenerator(e: A.Expr): void {
    const s = this.cur;
    if (s.isComprehension) {
      const what = s.name === 'genexpr' ? 'generator expression' : s.name === 'listcomp' ? 'list comprehension'
        : s.name === 'setcomp' ? 'set comprehension' : 'dict comprehension';
      this.error(`'yield' inside ${what}`, e);
    }
    s.isGenerator = true;
  }

  // CPython: symtable_handle_comprehension
  comprehension(e: A.Expr, name: string, gens: A.Comprehension[], elts: A.Expr[]): void {
    this.expr(gens[0].iter);
    const sc = this.enter('function', name, e, e);
    sc.isComprehension = true;
    if (name === 'genexpr') sc.isGenerator = true;
    this.addDef('.0', DEF_PARAM, e);
    gens.forEach((g, i) => {
      this.compTarget(g.target);
      if (i > 0) this.expr(g.iter);
      this.exprs(g.ifs);
    });
    this.exprs(elts);
    this.leave();
  }

  compTarget(t: A.Expr): void {
    this.expr(t);
    const mark = (x: A.Expr): void => {
      if (x.kind === 'Name') {
        const m = mangle(this.cur.private_, x.id);
        this.cur.symbols.set(m, this.cur.flags(m) | DEF_COMP_ITER);
      } else if (x.kind === 'Tuple' || x.kind === 'List') x.elts.forEach(mark);
      else if (x.kind === 'Starred') mark(x.value);
    };
    mark(t);
  }

  // CPython: symtable_handle_namedexpr / symtable_extend_namedexpr_scope
  namedExpr(e: A.NamedExpr): void {
    const target = e.target as A.Name;
    if (this.cur.isComprehension) {
      const name = target.id;
      if (this.cur.flags(mangle(this.cur.private_, name)) & DEF_COMP_ITER) {
        this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, e);
      }
      this.expr(e.value);
      let s: Scope = this.cur;
      while (s.isComprehension) {
        if (s.flags(name) & DEF_COMP_ITER) {
          this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, e);
        }
        s = s.parent!;
      }
      if (s.kind === 'class') this.error('assignment expression within a comprehension cannot be used in a class body', e);
      if (s.kind === 'function') {
        this.addDef(name, DEF_NONLOCAL, e);
        this.addDef(name, DEF_LOCAL, e, s);
      } else {
        this.addDef(name, DEF_GLOBAL, e);
        this.addDef(name, DEF_LOCAL, e, s);
        const m = mangle(this.cur.private_, name);
        if (!this.cur.directives.has(m)) this.cur.directives.set(m, e);
      }
      // Intermediate comprehensions see it as free (CPython marks each as nonlocal too).
      for (let c = this.cur.parent; c && c !== s; c = c.parent) this.addDef(name, DEF_NONLOCAL, e, c);
      this.addDef(name, USE, e);
      return;
    }
    this.expr(e.value);
    this.expr(target);
  }
}

export function allArgs(a: A.Arguments): A.Arg[] {
  const out = [...a.posonlyargs, ...a.args];
  if (a.vararg) out.push(a.vararg);
  out.push(...a.kwonlyargs);
  if (a.kwarg) out.push(a.kwarg);
  return out;
}

// ---- analysis (CPython: analyze_block and friends) ---------------------------------------------------

function analyzeName(
  b: Builder, s: Scope, name: string, flags: number,
  bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) b.error(`name '${name}' is nonlocal and global`, s.directives.get(name) ?? null);
    s.scopes.set(name, NameScope.GlobalExplicit);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) b.error('nonlocal declaration not allowed at module level', s.directives.get(name) ?? null);
    if (!bound.has(name)) b.error(`no binding for nonlocal '${name}' found`, s.directives.get(name) ?? null);
    s.scopes.set(name, NameScope.Free);
    s.hasFree = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    s.scopes.set(name, NameScope.Local);
    local.add(name);
    global.delete(name);
    return;
  }
  if (bound && bound.has(name)) {
    s.scopes.set(name, NameScope.Free);
    s.hasFree = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    s.scopes.set(name, NameScope.GlobalImplicit);
    return;
  }
  if (s.isNested) s.hasFree = true;
  s.scopes.set(name, NameScope.GlobalImplicit);
}

function analyzeBlock(b: Builder, s: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
  const local = new Set<string>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  if (s.kind === 'class') {
    for (const n of global) newGlobal.add(n);
    if (bound) for (const n of bound) newBound.add(n);
  }
  for (const [name, flags] of s.symbols) analyzeName(b, s, name, flags, bound, local, free, global);
  if (s.kind !== 'class') {
    if (s.kind === 'function') for (const n of local) newBound.add(n);
    if (bound) for (const n of bound) newBound.add(n);
    for (const n of global) newGlobal.add(n);
  } else {
    newBound.add('__class__');
  }
  const allFree = new Set<string>();
  for (const child of s.children) {
    // CPython: analyze_child_block, each child on copies of the sets
    const childFree = new Set<string>(newFree);
    analyzeBlock(b, child, new Set(newBound), childFree, new Set(newGlobal));
    for (const n of childFree) allFree.add(n);
    if (child.hasFree || child.childFree) s.childFree = true;
  }
  for (const n of allFree) newFree.add(n);
  if (s.kind === 'function') {
    // CPython: analyze_cells
    for (const [name, sc] of s.scopes) {
      if (sc === NameScope.Local && newFree.has(name)) {
        s.scopes.set(name, NameScope.Cell);
        newFree.delete(name);
      }
    }
  } else if (s.kind === 'class' && newFree.has('__class__')) {
    // CPython: drop_class_free
    s.needsClassClosure = true;
    newFree.delete('__class__');
  }
  // CPython: update_symbols
  for (const name of newFree) {
    const v = s.symbols.get(name);
    if (v !== undefined) {
      if (s.kind === 'class' && v & (DEF_BOUND | DEF_GLOBAL)) s.symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue;
    s.symbols.set(name, 0);
    s.scopes.set(name, NameScope.Free);
  }
  for (const n of newFree) free.add(n);
}
