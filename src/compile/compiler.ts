// The Compiler: the state shared by all codegen files (CPython: struct compiler) — the symbol table, the
// stack of code units being compiled (a nested def/class/lambda/comprehension pushes one), error
// reporting, and name resolution (compiler_nameop). The per-construct code generation lives in
// codegen-*.ts as functions taking the Compiler; this file only dispatches to them.

import type * as A from '../parse/ast.js';
import { PySyntaxError } from '../parse/syntax-error.js';
import type { CodeObject } from './code.js';
import { CodeFlags } from './code.js';
import { Op } from './opcodes.js';
import { mangle, NameScope, type Scope, type SymbolTable } from './symtable.js';
import { CodeUnit } from './unit.js';
import { compileExpr } from './codegen-expr.js';
import { compileStmt } from './codegen-stmt.js';

type Loc = { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };

export class Compiler {
  u!: CodeUnit;
  /** Enclosing units of `u` (innermost last). */
  readonly stack: CodeUnit[] = [];
  /** True while compiling a REPL statement: expression statements print (PRINT_EXPR). */
  interactive = false;

  constructor(readonly st: SymbolTable, readonly filename: string, readonly source?: string) {}

  /** Raise a SyntaxError at `loc` (CPython: compiler_error). */
  error(msg: string, loc?: Loc | null): never {
    const l = loc ?? { lineno: this.u.line, col_offset: this.u.col, end_lineno: this.u.endLine, end_col_offset: this.u.endCol };
    let text: string | null = null;
    if (this.source !== undefined) {
      const lines = this.source.split('\n');
      if (l.lineno - 1 < lines.length) text = lines[l.lineno - 1] + '\n';
    }
    throw new PySyntaxError('SyntaxError', msg, this.filename, l.lineno, l.col_offset + 1, text, l.end_lineno, l.end_col_offset + 1);
  }

  // --- code units ------------------------------------------------------------------------------------

  scopeOf(node: object): Scope {
    const s = this.st.scopeOf.get(node);
    if (!s) throw new Error('compiler bug: no scope for node');
    return s;
  }

  /** CPython: compiler_enter_scope + compiler_set_qualname. */
  enterScope(scope: Scope, name: string, firstlineno: number): CodeUnit {
    let qualname = name;
    const parent: CodeUnit | null = this.u ?? null;
    if (parent && parent.scope.kind !== 'module') {
      const mangled = mangle(parent.private_, name);
      const forceGlobal = (scope.kind === 'function' || scope.kind === 'class') &&
        parent.scope.resolve(mangled) === NameScope.GlobalExplicit && !scope.isComprehension && name !== '<lambda>';
      if (!forceGlobal) {
        const locals = parent.scope.kind === 'function' && !parent.scope.isComprehension;
        qualname = locals ? `${parent.qualname}.<locals>.${name}` : `${parent.qualname}.${name}`;
      }
    }
    const priv = scope.kind === 'class' ? name : parent ? parent.private_ : null;
    const u = new CodeUnit(scope, name, qualname, firstlineno, priv);
    u.line = firstlineno;
    u.endLine = firstlineno;
    if (parent) this.stack.push(parent);
    this.u = u;
    if (scope.kind === 'function') {
      u.flags |= CodeFlags.OPTIMIZED | CodeFlags.NEWLOCALS;
      if (scope.isNested) u.flags |= CodeFlags.NESTED;
      if (scope.isGenerator) u.flags |= CodeFlags.GENERATOR;
    } else if (scope.kind === 'class') {
      u.flags |= CodeFlags.CLASS_BODY;
    }
    return u;
  }

  exitScope(): CodeObject {
    const code = this.u.finish(this.filename);
    this.u = this.stack.pop()!;
    return code;
  }

  // --- dispatch -------------------------------------------------------------------------------------

  expr(e: A.Expr): void {
    const u = this.u;
    const saved = [u.line, u.endLine, u.col, u.endCol];
    u.setLoc(e);
    compileExpr(this, e);
    [u.line, u.endLine, u.col, u.endCol] = saved;
  }

  stmt(s: A.Stmt): void {
    this.u.setLoc(s);
    compileStmt(this, s);
  }

  stmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  emit(op: number, arg = 0): void {
    this.u.emit(op, arg);
  }

  // --- names (CPython: compiler_nameop) -------------------------------------------------------------

  nameop(name: string, ctx: A.ExprContext, loc?: Loc): void {
    const u = this.u;
    if (name === '__debug__') {
      if (ctx === 'Load') return u.loadConst(true);
      this.error(ctx === 'Del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', loc);
    }
    const m = mangle(u.private_, name);
    const scope = u.scope.resolve(m);
    const isFunc = u.scope.kind === 'function';
    switch (scope) {
      case NameScope.Free:
      case NameScope.Cell: {
        const i = u.derefIndex(m);
        if (ctx === 'Load') return this.emit(u.scope.kind === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF, i);
        return this.emit(ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF, i);
      }
      case NameScope.Local:
        if (isFunc) {
          const i = u.localSlot(m);
          return this.emit(ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST, i);
        }
        break;
      case NameScope.GlobalImplicit:
        if (isFunc) return this.globalOp(m, ctx, false);
        break;
      case NameScope.GlobalExplicit:
        return this.globalOp(m, ctx, false);
    }
    const i = u.addName(m);
    this.emit(ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME, i);
  }

  private globalOp(m: string, ctx: A.ExprContext, pushNull: boolean): void {
    const i = this.u.addName(m);
    if (ctx === 'Load') this.emit(Op.LOAD_GLOBAL, (i << 1) | (pushNull ? 1 : 0));
    else this.emit(ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, i);
  }

  /** Load a Name as a callable and push the NULL of the call convention (fused into LOAD_GLOBAL when possible). */
  loadCallableName(name: string): void {
    const u = this.u;
    const m = mangle(u.private_, name);
    const scope = u.scope.resolve(m);
    if (name !== '__debug__' &&
        (scope === NameScope.GlobalExplicit || (scope === NameScope.GlobalImplicit && u.scope.kind === 'function'))) {
      return this.globalOp(m, 'Load', true);
    }
    this.nameop(name, 'Load');
    this.emit(Op.PUSH_NULL);
  }

  /** CPython: _Py_Mangle with the current class. */
  mangle(name: string): string {
    return mangle(this.u.private_, name);
  }
}
