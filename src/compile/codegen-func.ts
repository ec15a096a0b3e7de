// Code generation for `def`, `lambda` and `class` (CPython: compiler_function, compiler_lambda,
// compiler_class, compiler_make_closure): the nested code object is compiled in its own unit, then the
// enclosing unit builds the function with MAKE_FUNCTION (defaults, kwdefaults, annotations, closure).
// A class body is a function run by __build_class__ with the class namespace as its locals; it stores
// __module__, __qualname__ (and __doc__), and returns its `__class__` cell (also stored as
// __classcell__) when a method uses super()/__class__, else None.

import type * as A from '../parse/ast.js';
import { None } from '../objects/builtin-types.js';
import type { Compiler } from './compiler.js';
import { CodeFlags, type CodeObject } from './code.js';
import { pyTuple } from './consts.js';
import { Op } from './opcodes.js';
import { callHelper } from './codegen-expr.js';
import { allArgs } from './symtable.js';

/** The docstring of a body (CPython: _PyAST_GetDocString), or null. */
export function docString(body: A.Stmt[]): string | null {
  const s = body[0];
  if (s && s.kind === 'Expr' && s.value.kind === 'Constant' && s.value.value.kind === 'str') return s.value.value.value;
  return null;
}

/** Push the closure tuple for `code` if it has free variables; returns the MAKE_FUNCTION flag (0 or 8). */
function makeClosure(c: Compiler, code: CodeObject, flags: number): void {
  const u = c.u;
  if (code.freevars.length > 0) {
    for (const name of code.freevars) {
      const i = u.derefIndex(name);
      if (i < 0) throw new Error(`compiler bug: free variable '${name}' of ${code.qualname} not found in ${u.qualname}`);
      c.emit(Op.LOAD_CLOSURE, i);
    }
    c.emit(Op.BUILD_TUPLE, code.freevars.length);
    flags |= 8;
  }
  u.loadConst(code);
  c.emit(Op.MAKE_FUNCTION, flags);
}

/** Defaults and keyword-only defaults of a signature; returns MAKE_FUNCTION flags 0x01 | 0x02. */
function defaults(c: Compiler, a: A.Arguments): number {
  let flags = 0;
  if (a.defaults.length) {
    for (const d of a.defaults) c.expr(d);
    c.emit(Op.BUILD_TUPLE, a.defaults.length);
    flags |= 1;
  }
  let nkw = 0;
  a.kwonlyargs.forEach((arg, i) => {
    const d = a.kw_defaults[i];
    if (d) {
      c.u.loadConst(c.mangle(arg.arg));
      c.expr(d);
      nkw++;
    }
  });
  if (nkw) {
    c.emit(Op.BUILD_MAP, nkw);
    flags |= 2;
  }
  return flags;
}

/** Annotations as a flat (name, value, ...) tuple; returns flag 0x04 or 0. CPython: compiler_visit_annotations. */
function annotations(c: Compiler, a: A.Arguments, returns: A.Expr | null): number {
  let n = 0;
  for (const arg of allArgs(a)) {
    if (arg.annotation) {
      c.u.loadConst(c.mangle(arg.arg));
      c.expr(arg.annotation);
      n++;
    }
  }
  if (returns) {
    c.u.loadConst('return');
    c.expr(returns);
    n++;
  }
  if (!n) return 0;
  c.emit(Op.BUILD_TUPLE, 2 * n);
  return 4;
}

function setSignature(c: Compiler, a: A.Arguments): void {
  const u = c.u;
  u.posonlyargcount = a.posonlyargs.length;
  u.argcount = a.posonlyargs.length + a.args.length;
  u.kwonlyargcount = a.kwonlyargs.length;
  if (a.vararg) u.flags |= CodeFlags.VARARGS;
  if (a.kwarg) u.flags |= CodeFlags.VARKEYWORDS;
}

// funcdef: decorators 'def' NAME '(' [params] ')' ['->' expr] ':' block
export function compileFunctionDef(c: Compiler, s: A.FunctionDef): void {
  for (const d of s.decorator_list) c.expr(d);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  let flags = defaults(c, s.args);
  flags |= annotations(c, s.args, s.returns);
  const scope = c.scopeOf(s);
  const u = c.enterScope(scope, s.name, firstlineno);
  setSignature(c, s.args);
  const doc = docString(s.body);
  u.doc = doc;
  // CPython keeps the docstring (or None) as consts[0] of a function.
  u.addConst(doc ?? None);
  c.stmts(doc !== null ? s.body.slice(1) : s.body);
  u.loadConst(None);
  c.emit(Op.RETURN_VALUE);
  const code = c.exitScope();
  c.u.setLoc(s);
  makeClosure(c, code, flags);
  for (let i = 0; i < s.decorator_list.length; i++) c.emit(Op.CALL, 0);
  c.nameop(s.name, 'Store', s);
}

// lambdef: 'lambda' [params] ':' test
export function compileLambda(c: Compiler, e: A.Lambda): void {
  const flags = defaults(c, e.args);
  const scope = c.scopeOf(e);
  const u = c.enterScope(scope, '<lambda>', e.lineno);
  setSignature(c, e.args);
  u.addConst(None); // CPython: a lambda's consts[0] is None (no docstring)
  c.expr(e.body);
  if (scope.isGenerator) {
    c.emit(Op.POP_TOP);
    u.loadConst(None);
  }
  c.emit(Op.RETURN_VALUE);
  const code = c.exitScope();
  makeClosure(c, code, flags);
}

/** Does a class/module body contain an annotated assignment at its own level (needs SETUP_ANNOTATIONS)? */
export function findAnnotations(body: A.Stmt[]): boolean {
  for (const s of body) {
    switch (s.kind) {
      case 'AnnAssign': return true;
      case 'For': case 'While': case 'If':
        if (findAnnotations(s.body) || findAnnotations(s.orelse)) return true;
        break;
      case 'With':
        if (findAnnotations(s.body)) return true;
        break;
      case 'Match':
        if (s.cases.some((mc) => findAnnotations(mc.body))) return true;
        break;
      case 'Try': case 'TryStar':
        if (findAnnotations(s.body) || findAnnotations(s.orelse) || findAnnotations(s.finalbody) ||
            s.handlers.some((h) => findAnnotations(h.body))) return true;
        break;
    }
  }
  return false;
}

// classdef: decorators 'class' NAME ['(' [arglist] ')'] ':' block
export function compileClassDef(c: Compiler, s: A.ClassDef): void {
  for (const d of s.decorator_list) c.expr(d);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  c.emit(Op.LOAD_BUILD_CLASS);
  c.emit(Op.PUSH_NULL);
  const scope = c.scopeOf(s);
  const u = c.enterScope(scope, s.name, firstlineno);
  c.u.setLoc(s);
  c.emit(Op.LOAD_NAME, u.addName('__name__'));
  c.emit(Op.STORE_NAME, u.addName('__module__'));
  u.loadConst(u.qualname);
  c.emit(Op.STORE_NAME, u.addName('__qualname__'));
  const doc = docString(s.body);
  if (doc !== null) {
    u.setLoc(s.body[0]);
    u.loadConst(doc);
    c.emit(Op.STORE_NAME, u.addName('__doc__'));
  }
  if (findAnnotations(s.body)) c.emit(Op.SETUP_ANNOTATIONS);
  c.stmts(doc !== null ? s.body.slice(1) : s.body);
  if (scope.needsClassClosure) {
    c.emit(Op.LOAD_CLOSURE, u.derefIndex('__class__'));
    c.emit(Op.COPY, 1);
    c.emit(Op.STORE_NAME, u.addName('__classcell__'));
  } else {
    u.loadConst(None);
  }
  c.emit(Op.RETURN_VALUE);
  const code = c.exitScope();
  c.u.setLoc(s);
  makeClosure(c, code, 0);
  c.u.loadConst(s.name);
  callHelper(c, 2, s.bases, s.keywords);
  for (let i = 0; i < s.decorator_list.length; i++) c.emit(Op.CALL, 0);
  c.nameop(s.name, 'Store', s);
}

export { pyTuple };
