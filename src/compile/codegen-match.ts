// The match statement (CPython 3.11: compiler_match, compiler_pattern_* in Python/compile.c).
//
// The subject stays on the stack while the cases are tried; each case matches a copy. A pattern
// consumes the subject on top of the stack and either falls through (matched) or jumps to a "fail pop"
// label that pops the values it left on the stack and goes on with the next case (pc.onTop counts
// them). One difference from CPython: a capture is stored as soon as its sub-pattern matched (CPython
// keeps captures on the stack and stores them all once the whole pattern matched), so a pattern that
// fails half-way may leave some of its names bound — which the language reference allows.

import type * as A from '../parse/ast.js';
import { None } from '../objects/builtin-types.js';
import { pyTuple } from '../objects/tuple.js';
import type { Compiler } from './compiler.js';
import { Op } from './opcodes.js';
import { emitCompare, jumpIf } from './codegen-expr.js';

/** CPython: pattern_context (captures are stored at once; `names` are the ones stored so far). */
interface PatternContext {
  /** Names this pattern has bound so far (a name twice is an error). */
  names: string[];
  /** The pattern being compiled, where CPython reports errors found on the way. */
  loc: A.Pattern | null;
  /** failPop[n]: pops n values, then continues with the next case. */
  failPop: number[];
  /** Values above the current subject that a failure must pop. */
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
    const pc: PatternContext = { names: [], loc: null, failPop: [], onTop: 0, allowIrrefutable: m.guard !== null || i === cases.length - 1 };
    compilePattern(c, m.pattern, pc);
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
  c.emit(op, ensureFailPop(c, pc, pc.onTop));
}

/** The fail-pop labels, deepest first: failPop[n] pops one value and falls into failPop[n - 1]. */
function emitFailPops(c: Compiler, pc: PatternContext): void {
  for (let n = pc.failPop.length - 1; n >= 0; n--) {
    c.u.placeLabel(pc.failPop[n]);
    if (n > 0) c.emit(Op.POP_TOP);
  }
  pc.failPop = [];
}

/** Store the value on top in `name` (None: a wildcard, drop it), with CPython's checks on the name. */
function storeName(c: Compiler, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.emit(Op.POP_TOP);
    return;
  }
  bindName(c, name, pc);
  c.nameop(name, 'Store');
}

function bindName(c: Compiler, name: string, pc: PatternContext): void {
  if (name === '__debug__') c.error('cannot assign to __debug__', pc.loc);
  if (pc.names.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`, pc.loc);
  pc.names.push(name);
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
  if (star < 0) c.emit(Op.UNPACK_SEQUENCE, size);
  else c.emit(Op.UNPACK_EX, star | ((size - star - 1) << 8));
  pc.onTop += size;
  for (const q of patterns) {
    pc.onTop--;
    compileSubpattern(c, q, pc);
  }
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
// and must bind the same names as the first.
function compileOr(c: Compiler, p: A.MatchOr, pc: PatternContext): void {
  const end = c.u.newLabel();
  let control: string[] | null = null;
  p.patterns.forEach((alt, i) => {
    c.u.setLoc(alt);
    const altPc: PatternContext = {
      names: [], loc: alt, failPop: [], onTop: 0, allowIrrefutable: i === p.patterns.length - 1 && pc.allowIrrefutable,
    };
    c.emit(Op.COPY, 1);
    compilePattern(c, alt, altPc);
    if (control === null) control = altPc.names;
    else if (altPc.names.length !== control.length || altPc.names.some((x) => !control!.includes(x))) {
      c.error('alternative patterns bind different names', altPc.loc);
    }
    c.emit(Op.JUMP, end);
    emitFailPops(c, altPc);
  });
  // no alternative matched: pop the subject and fail
  c.emit(Op.POP_TOP);
  jumpToFailPop(c, pc, Op.JUMP);
  c.u.placeLabel(end);
  for (const name of control ?? []) bindName(c, name, pc);
  c.emit(Op.POP_TOP);
}
