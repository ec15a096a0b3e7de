// The match statement (CPython 3.11: compiler_match, compiler_pattern_* in Python/compile.c).
//
// The subject stays on the stack while the cases are tried; each case matches a copy. A pattern
// consumes the subject on top of the stack and either falls through (matched) or jumps to a "fail pop"
// label that pops the values it left on the stack and goes on with the next case. Captured values
// wait on the stack (under the values still being matched) and are stored only once the whole pattern
// matched, so a failed pattern binds nothing, as in CPython.

import type * as A from '../parse/ast.js';
import { None } from '../objects/builtin-types.js';
import { pyTuple } from '../objects/tuple.js';
import type { Compiler } from './compiler.js';
import { Op } from './opcodes.js';
import { emitCompare, jumpIf } from './codegen-expr.js';
import { BinOp } from '../objects/op-enums.js';

/** CPython: pattern_context. */
interface PatternContext {
  /** Names captured so far; their values are on the stack, the first one nearest the top. */
  stores: string[];
  /** The pattern being compiled, where CPython reports errors found on the way. */
  loc: A.Pattern | null;
  /** failPop[n]: pops n values, then continues with the next case. */
  failPop: number[];
  /** Values above the captures that a failure must pop too. */
  onTop: number;
  /** May this pattern be irrefutable (a capture or wildcard at top level)? */
  allowIrrefutable: boolean;
}

const isWildcard = (p: A.Pattern): boolean => p.kind === 'MatchAs' && p.pattern === null && p.name === null;
const isStarWildcard = (p: A.Pattern): boolean => p.kind === 'MatchStar' && p.name === null;

// match_stmt: 'match' subject ':' NEWLINE INDENT case_block+ DEDENT
export function compileMatch(c: Compiler, s: A.Match): void {
  const u = c.u;
  c.expr(s.subject);
  const end = u.newLabel();
  const cases = s.cases;
  const last = cases[cases.length - 1];
  // a trailing `case _:` needs no copy of the subject and no pattern code
  const hasDefault = isWildcard(last.pattern) && cases.length > 1;
  const n = cases.length - (hasDefault ? 1 : 0);
  for (let i = 0; i < n; i++) {
    const m = cases[i];
    u.setLoc(m.pattern);
    const lastTried = i === n - 1;
    if (!lastTried) c.emit(Op.COPY, 1); // keep the subject for the next case
    const pc: PatternContext = { stores: [], loc: null, failPop: [], onTop: 0, allowIrrefutable: m.guard !== null || i === cases.length - 1 };
    compilePattern(c, m.pattern, pc);
    // It matched: store the captures (the first one is on top).
    for (const name of pc.stores) c.nameop(name, 'Store');
    if (m.guard) jumpIf(c, m.guard, false, ensureFailPop(c, pc, 0));
    if (!lastTried) c.emit(Op.POP_TOP); // matched: done with the subject
    c.stmts(m.body);
    c.emit(Op.JUMP, end);
    u.setLoc(m.pattern);
    emitFailPops(c, pc);
  }
  if (hasDefault) {
    u.setLoc(last.pattern);
    c.emit(Op.NOP);
    if (last.guard) jumpIf(c, last.guard, false, end);
    c.stmts(last.body);
  }
  u.placeLabel(end);
}

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): number {
  while (pc.failPop.length <= n) pc.failPop.push(c.u.newLabel());
  return pc.failPop[n];
}

/** Jump (with `op`) to the label that pops what this pattern left on the stack. */
function jumpToFailPop(c: Compiler, pc: PatternContext, op: Op): void {
  c.emit(op, ensureFailPop(c, pc, pc.onTop + pc.stores.length));
}

/** Move the top of the stack `count - 1` places down (CPython: pattern_helper_rotate). */
function rotate(c: Compiler, count: number): void {
  for (; count > 1; count--) c.emit(Op.SWAP, count);
}

/** The fail-pop labels, deepest first: failPop[n] pops one value and falls into failPop[n - 1]. */
function emitFailPops(c: Compiler, pc: PatternContext): void {
  for (let n = pc.failPop.length - 1; n >= 0; n--) {
    c.u.placeLabel(pc.failPop[n]);
    if (n > 0) c.emit(Op.POP_TOP);
  }
  pc.failPop = [];
}

/** A capture (CPython: pattern_helper_store_name): the value on top waits under the values still in use. */
function storeName(c: Compiler, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.emit(Op.POP_TOP);
    return;
  }
  addStore(c, name, pc);
  rotate(c, pc.onTop + pc.stores.length);
}

function addStore(c: Compiler, name: string, pc: PatternContext): void {
  if (name === '__debug__') c.error('cannot assign to __debug__', pc.loc);
  if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`, pc.loc);
  pc.stores.push(name);
}

/** CPython: compiler_pattern. Consumes the subject on top of the stack. */
function compilePattern(c: Compiler, p: A.Pattern, pc: PatternContext): void {
  c.u.setLoc(p);
  pc.loc = p;
  switch (p.kind) {
    case 'MatchValue':
      c.expr(p.value);
      emitCompare(c, 'Eq');
      return jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
    case 'MatchSingleton':
      c.u.loadConst(p.value.kind === 'None' ? None : p.value.kind === 'bool' && p.value.value);
      c.emit(Op.IS_OP, 0);
      return jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
    case 'MatchSequence':
      return compileSequence(c, p, pc);
    case 'MatchMapping':
      return compileMapping(c, p, pc);
    case 'MatchClass':
      return compileClass(c, p, pc);
    case 'MatchStar':
      return storeName(c, p.name, pc);
    case 'MatchAs':
      if (p.pattern === null) {
        if (!pc.allowIrrefutable) {
          c.error(p.name !== null ? `name capture '${p.name}' makes remaining patterns unreachable` : 'wildcard makes remaining patterns unreachable', p);
        }
        return storeName(c, p.name, pc);
      }
      pc.onTop++;
      c.emit(Op.COPY, 1); // the subject, to store once the sub-pattern matched
      compileSubpattern(c, p.pattern, pc);
      pc.onTop--;
      return storeName(c, p.name, pc);
    case 'MatchOr':
      return compileOr(c, p, pc);
  }
}

/** A sub-pattern is never allowed to be irrefutable-and-unreachable: only top-level patterns are checked. */
function compileSubpattern(c: Compiler, p: A.Pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

// CPython: compiler_pattern_sequence (always by unpacking).
function compileSequence(c: Compiler, p: A.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  patterns.forEach((q, i) => {
    if (q.kind === 'MatchStar') {
      if (star >= 0) c.error('multiple starred names in sequence pattern', p);
      star = i;
      onlyWildcard &&= isStarWildcard(q);
    } else onlyWildcard &&= isWildcard(q);
  });
  pc.onTop++; // the subject stays on top during the checks
  c.emit(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0 || !(star === 0 && size === 1)) {
    c.emit(Op.GET_LEN);
    c.u.loadConst(star < 0 ? size : size - 1);
    emitCompare(c, star < 0 ? 'Eq' : 'GtE');
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) {
    c.emit(Op.POP_TOP);
    return;
  }
  if (star >= 0 && isStarWildcard(patterns[star])) {
    sequenceBySubscript(c, patterns, star, pc);
    return;
  }
  if (star < 0) c.emit(Op.UNPACK_SEQUENCE, size);
  else c.emit(Op.UNPACK_EX, star | ((size - star - 1) << 8));
  pc.onTop += size;
  for (const q of patterns) {
    pc.onTop--;
    compileSubpattern(c, q, pc);
  }
}

// CPython: pattern_helper_sequence_subscr. With a `*_` there is no need to unpack everything: each
// other item is read by index (from the end after the star, as len(subject) - k).
function sequenceBySubscript(c: Compiler, patterns: A.Pattern[], star: number, pc: PatternContext): void {
  pc.onTop++; // the subject, to index
  patterns.forEach((q, i) => {
    if (isWildcard(q) || i === star) return;
    c.emit(Op.COPY, 1);
    if (i < star) c.u.loadConst(i);
    else {
      c.emit(Op.GET_LEN);
      c.u.loadConst(patterns.length - i);
      c.emit(Op.BINARY_OP, BinOp.Subtract);
    }
    c.emit(Op.BINARY_SUBSCR);
    compileSubpattern(c, q, pc);
  });
  pc.onTop--;
  c.emit(Op.POP_TOP);
}

// CPython: compiler_pattern_mapping.
function compileMapping(c: Compiler, p: A.MatchMapping, pc: PatternContext): void {
  const size = p.keys.length;
  pc.onTop++;
  c.emit(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (size === 0 && p.rest === null) {
    pc.onTop--;
    c.emit(Op.POP_TOP);
    return;
  }
  if (size > 0) {
    c.emit(Op.GET_LEN);
    c.u.loadConst(size);
    emitCompare(c, 'GtE');
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen: string[] = [];
  for (const key of p.keys) {
    if (key.kind === 'Constant') {
      const id = constKey(key.value);
      if (seen.includes(id)) c.error(`mapping pattern checks duplicate key (${id})`, p);
      seen.push(id);
    } else if (key.kind !== 'Attribute' && key.kind !== 'UnaryOp' && key.kind !== 'BinOp') {
      c.error('mapping pattern keys may only match literals and attribute lookups', key);
    }
    c.expr(key);
  }
  c.emit(Op.BUILD_TUPLE, size);
  c.emit(Op.MATCH_KEYS);
  // [subject, keys, values or None]
  pc.onTop += 2;
  c.emit(Op.COPY, 1);
  c.u.loadConst(None);
  c.emit(Op.IS_OP, 1);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.emit(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const q of p.patterns) {
    pc.onTop--;
    compileSubpattern(c, q, pc);
  }
  pc.onTop -= 2;
  if (p.rest !== null) {
    // rest = dict(subject); del rest[key] for each key
    c.emit(Op.BUILD_MAP, 0); // [subject, keys, {}]
    c.emit(Op.SWAP, 3); // [{}, keys, subject]
    c.emit(Op.DICT_UPDATE, 2); // [rest, keys]
    c.emit(Op.UNPACK_SEQUENCE, size); // [rest, k_n .. k_1]
    for (let left = size; left > 0; left--) {
      c.emit(Op.COPY, 1 + left); // [rest, keys.., rest]
      c.emit(Op.SWAP, 2); // [rest, keys.., rest, key]
      c.emit(Op.DELETE_SUBSCR);
    }
    storeName(c, p.rest, pc);
  } else {
    c.emit(Op.POP_TOP); // keys
    c.emit(Op.POP_TOP); // subject
  }
}

/** A literal key's identity for the duplicate check, spelled as CPython's repr shows it. */
function constKey(v: A.ConstantValue): string {
  switch (v.kind) {
    case 'str': return `'${v.value}'`;
    case 'int': return String(v.value);
    case 'float': return String(v.value);
    case 'bool': return v.value ? 'True' : 'False';
    case 'None': return 'None';
    default: return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? String(x) : x));
  }
}

// CPython: compiler_pattern_class.
function compileClass(c: Compiler, p: A.MatchClass, pc: PatternContext): void {
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  p.kwd_attrs.forEach((name, i) => {
    if (name === '__debug__') c.error('cannot assign to __debug__', p.kwd_patterns[i]);
    if (p.kwd_attrs.indexOf(name) !== i) c.error(`attribute name repeated in class pattern: ${name}`, p.kwd_patterns[i]);
  });
  c.expr(p.cls);
  c.u.loadConst(pyTuple(p.kwd_attrs.slice()));
  c.emit(Op.MATCH_CLASS, nargs);
  c.emit(Op.COPY, 1);
  c.u.loadConst(None);
  c.emit(Op.IS_OP, 1);
  // a tuple of the nargs + nattrs attributes (or None)
  pc.onTop++;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.emit(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (const q of [...p.patterns, ...p.kwd_patterns]) {
    pc.onTop--;
    if (isWildcard(q)) c.emit(Op.POP_TOP);
    else compileSubpattern(c, q, pc);
  }
}

// CPython: compiler_pattern_or. Each alternative matches a copy of the subject with its own fail pops,
// must capture the same names as the first one, and leaves them on the stack in the first one's order.
function compileOr(c: Compiler, p: A.MatchOr, pc: PatternContext): void {
  const end = c.u.newLabel();
  let control: string[] | null = null;
  p.patterns.forEach((alt, i) => {
    c.u.setLoc(alt);
    const altPc: PatternContext = {
      stores: [], loc: alt, failPop: [], onTop: 0, allowIrrefutable: i === p.patterns.length - 1 && pc.allowIrrefutable,
    };
    c.emit(Op.COPY, 1);
    compilePattern(c, alt, altPc);
    const stores = altPc.stores;
    if (control === null) control = stores;
    else if (stores.length !== control.length) c.error('alternative patterns bind different names', altPc.loc);
    else {
      for (let icontrol = control.length - 1; icontrol >= 0; icontrol--) {
        const istores = stores.indexOf(control[icontrol]);
        if (istores < 0) c.error('alternative patterns bind different names', altPc.loc);
        if (istores !== icontrol) {
          // bring the stores into the first alternative's order, on the stack and in the list
          const rotations = istores + 1;
          const moved = stores.splice(0, rotations);
          stores.splice(icontrol - istores, 0, ...moved);
          for (let k = 0; k < rotations; k++) rotate(c, icontrol + 1);
        }
      }
    }
    c.emit(Op.JUMP, end);
    emitFailPops(c, altPc);
  });
  // no alternative matched: pop the remaining copy of the subject and fail
  c.emit(Op.POP_TOP);
  jumpToFailPop(c, pc, Op.JUMP);
  c.u.placeLabel(end);
  // [.. stores, on top, subject, new stores]: move the new stores under everything kept
  const nstores = control!.length;
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (const name of control!) {
    rotate(c, nrots);
    addStore(c, name, pc);
  }
  c.emit(Op.POP_TOP); // the subject
}
