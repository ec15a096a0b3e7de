// Comprehensions and generator expressions (CPython 3.11: compiler_comprehension). Each is a nested
// function `<listcomp>` / `<setcomp>` / `<dictcomp>` / `<genexpr>` taking the iterator of its first
// `for` clause as its only argument `.0`; the first iterable is evaluated in the enclosing scope.
// The call uses the convention's "self" slot: [func, iter] CALL 0 calls func(iter), as CPython does.

import type * as A from '../parse/ast.js';
import { None } from '../objects/builtin-types.js';
import type { Compiler } from './compiler.js';
import { Op } from './opcodes.js';
import { jumpIf } from './codegen-expr.js';
import { compileTarget } from './codegen-assign.js';

type Comp = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

const NAMES = { ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>' };

export function compileComprehension(c: Compiler, e: Comp): void {
  const scope = c.scopeOf(e);
  const u = c.enterScope(scope, NAMES[e.kind], e.lineno);
  u.setLoc(e);
  u.argcount = 1;
  if (e.kind === 'ListComp') c.emit(Op.BUILD_LIST, 0);
  else if (e.kind === 'SetComp') c.emit(Op.BUILD_SET, 0);
  else if (e.kind === 'DictComp') c.emit(Op.BUILD_MAP, 0);
  generator(c, e, 0);
  if (e.kind === 'GeneratorExp') u.loadConst(None);
  c.emit(Op.RETURN_VALUE);
  const code = c.exitScope();
  // makeClosure is shared with functions; re-implemented here to avoid an import cycle.
  const outer = c.u;
  let flags = 0;
  if (code.freevars.length) {
    for (const name of code.freevars) c.emit(Op.LOAD_CLOSURE, outer.derefIndex(name));
    c.emit(Op.BUILD_TUPLE, code.freevars.length);
    flags |= 8;
  }
  outer.loadConst(code);
  c.emit(Op.MAKE_FUNCTION, flags);
  c.expr(e.generators[0].iter);
  c.emit(Op.GET_ITER);
  c.emit(Op.CALL, 0);
}

// comp_for: 'for' target 'in' or_test [comp_iter]
function generator(c: Compiler, e: Comp, i: number): void {
  const u = c.u;
  const g = e.generators[i];
  const start = u.newLabel();
  const ifCleanup = u.newLabel();
  const anchor = u.newLabel();
  if (i === 0) c.emit(Op.LOAD_FAST, 0); // .0
  else {
    c.expr(g.iter);
    c.emit(Op.GET_ITER);
  }
  u.placeLabel(start);
  c.emit(Op.FOR_ITER, anchor);
  compileTarget(c, g.target);
  for (const cond of g.ifs) jumpIf(c, cond, false, ifCleanup);
  if (i + 1 < e.generators.length) {
    generator(c, e, i + 1);
  } else {
    const depth = e.generators.length + 1;
    switch (e.kind) {
      case 'GeneratorExp':
        c.expr(e.elt);
        c.emit(Op.YIELD_VALUE, 0);
        c.emit(Op.POP_TOP);
        break;
      case 'ListComp':
        c.expr(e.elt);
        c.emit(Op.LIST_APPEND, depth);
        break;
      case 'SetComp':
        c.expr(e.elt);
        c.emit(Op.SET_ADD, depth);
        break;
      case 'DictComp':
        c.expr(e.key);
        c.expr(e.value);
        c.emit(Op.MAP_ADD, depth);
        break;
    }
  }
  u.placeLabel(ifCleanup);
  c.emit(Op.JUMP, start);
  u.placeLabel(anchor);
}
