// THE opcode table of pyts: every instruction is written once, below, with its operand kind, its stack
// effect and a one-line doc giving the exact stack before -> after. Everything else derives from it:
//   - `const enum Op` (bottom of this file, between the GENERATED markers) — regenerated from TABLE by
//     `PYTS_REGEN_OPCODES=1 npx vitest run test/compile/opcodes.test.ts`; the same test fails when the
//     enum and TABLE drift apart. `case Op.LOAD_FAST:` compiles to an integer literal (tsc inlines const enums).
//   - OPNAME / OPARG / stackEffect(): the disassembler (dis.ts) and the assembler's max-stack pass.
//   - REAL_OPCODES: the list the VM uses for its exhaustiveness check.
//
// Instruction encoding (see code.ts): `code.instructions` is an Int32Array of (opcode, arg) pairs.
// pc counts instructions: instruction i is at [2*i, 2*i+1]. There is no EXTENDED_ARG and no CACHE entry.
// Jump arguments are ABSOLUTE instruction indices.
//
// Conventions in the docs: stacks are written bottom -> top, `...` is the untouched rest; NULL is JS
// `undefined` on the value stack (never a Python value). "name" = code.names[arg], "const" = code.consts[arg],
// "slot" = the frame's localsplus[arg] (see code.ts for the layout: varnames, then cellvars, then freevars).
//
// Invariants the compiler guarantees (the VM may rely on them):
//   - Every backward jump is JUMP_BACKWARD (eval-breaker / GIL switch point) or JUMP_BACKWARD_NO_INTERRUPT
//     (only in `yield from` loops). All conditional jumps and FOR_ITER/SEND jump forward.
//   - A call site is CALL / CALL_KW / CALL_FUNCTION_EX (the other switch point).
//   - Pseudo-ops (number >= PSEUDO_BASE) never appear in a finished code object.
//   - The stack depth at each instruction is static; code.stacksize is its maximum.
//
// Calls (3.13-like ordering, no PRECALL): the stack at a call is [callable, self_or_NULL, args...].
//   `f(a, b)`       -> <f>, PUSH_NULL, <a>, <b>, CALL 2   (LOAD_GLOBAL with arg bit 0 set pushes the NULL itself)
//   `o.m(a)`        -> <o>, LOAD_METHOD m, <a>, CALL 1     (LOAD_METHOD pushes [func, o] or [attr, NULL])
//   `f(a, k=b)`     -> <f>, PUSH_NULL, <a>, <b>, LOAD_CONST ('k',), CALL_KW 2
//   `f(*a, **k)`    -> <f>, PUSH_NULL, <args tuple>, <kwargs dict>, CALL_FUNCTION_EX 1
//
// Exceptions: CPython 3.11's zero-cost exception table (code.ts). On an exception raised at instruction i,
// the VM finds the entry covering i; none -> the exception leaves the frame. Otherwise it pops the value
// stack down to entry.depth, pushes i (a JS number) if entry.lasti, pushes the exception, and jumps to
// entry.target. The handlers then use PUSH_EXC_INFO / CHECK_EXC_MATCH / POP_EXCEPT / RERAISE.
//
// Generators: code.flags has GENERATOR; the VM creates the generator object at call time (no
// RETURN_GENERATOR, no RESUME). `yield from x` compiles to (CPython 3.11's shape):
//     <x>; GET_YIELD_FROM_ITER; LOAD_CONST None
//   L: SEND end; YIELD_VALUE 1; JUMP_BACKWARD_NO_INTERRUPT L
//   end: (return value of the subiterator on TOS)
// A frame suspended at `YIELD_VALUE 1` delegates gen.throw()/close() to the receiver just below TOS
// (CPython: _PyGen_yf). When a delegated throw makes the receiver return value v, the VM pops the
// receiver, pushes v and resumes at the SEND's jump target.
//
// Do not: renumber by hand (edit TABLE and regenerate), or give one opcode two meanings.

// Type-only: tsc inlines const enums, but a test runner (esbuild) would load ops.ts and its dependencies.
import type { BinOp, CmpOp } from '../objects/ops.js';

/** What an instruction's argument means (drives the disassembler's annotation). */
export const enum Arg {
  /** No argument (the arg word is 0). */
  None,
  /** Index into code.consts. */
  Const,
  /** Index into code.names. */
  Name,
  /** Index into code.names, shifted left by 1; bit 0 = push NULL after the value (LOAD_GLOBAL). */
  GlobalName,
  /** Index into localsplus within varnames (a fast local). */
  Local,
  /** Index into localsplus within cellvars/freevars (slot >= nlocals). */
  Deref,
  /** Absolute instruction index. */
  Jump,
  /** A count (items, arguments, depth). */
  Count,
  /** A BinOp (ops.ts). */
  BinOp,
  /** A CmpOp (ops.ts). */
  CmpOp,
  /** Instruction-specific flags or small integer. */
  Flags,
}

/** Stack effect: a constant, or a function of the argument and of whether the jump is taken. */
export type Effect = number | ((arg: number, jump: boolean) => number);

/** One row: [name, argument kind, stack effect, doc]. The row's index is the opcode number. */
type Row = readonly [name: string, arg: Arg, effect: Effect, doc: string];

// prettier-ignore
const TABLE: readonly Row[] = [
  // --- stack manipulation ---------------------------------------------------------------------------
  ['NOP', Arg.None, 0, 'Does nothing.'],
  ['POP_TOP', Arg.None, -1, '... v -> ...'],
  ['PUSH_NULL', Arg.None, 1, '... -> ... NULL'],
  ['COPY', Arg.Count, 1, 'COPY n (n >= 1): ... v x_(n-1) .. x_1 -> ... v x_(n-1) .. x_1 v (COPY 1 duplicates TOS)'],
  ['SWAP', Arg.Count, 0, 'SWAP n (n >= 2): swaps TOS with the n-th item from the top (stack[-n])'],

  // --- constants and variables ----------------------------------------------------------------------
  ['LOAD_CONST', Arg.Const, 1, '... -> ... const'],
  ['LOAD_FAST', Arg.Local, 1, '... -> ... slot; unbound slot: UnboundLocalError "cannot access local variable \'x\' where it is not associated with a value"'],
  ['STORE_FAST', Arg.Local, -1, '... v -> ...; slot = v'],
  ['DELETE_FAST', Arg.Local, 0, 'slot = unbound; already unbound: UnboundLocalError as LOAD_FAST'],
  ['LOAD_DEREF', Arg.Deref, 1, '... -> ... cell.value of the cell in slot; empty: NameError "cannot access free variable \'x\' where it is not associated with a value in enclosing scope" (freevar) or UnboundLocalError as LOAD_FAST (cellvar)'],
  ['LOAD_CLASSDEREF', Arg.Deref, 1, 'Class bodies: ... -> ... locals()[name of slot] if present, else as LOAD_DEREF'],
  ['STORE_DEREF', Arg.Deref, -1, '... v -> ...; the cell in slot gets v'],
  ['DELETE_DEREF', Arg.Deref, 0, 'Empties the cell in slot; already empty: as LOAD_DEREF'],
  ['LOAD_CLOSURE', Arg.Deref, 1, '... -> ... cell (the PyCell object itself, for building a closure tuple)'],
  ['LOAD_NAME', Arg.Name, 1, '... -> ... v; v = frame locals[name], else globals[name], else builtins[name], else NameError "name \'x\' is not defined"'],
  ['STORE_NAME', Arg.Name, -1, '... v -> ...; frame locals[name] = v (locals mapping may be any mapping: setitem)'],
  ['DELETE_NAME', Arg.Name, 0, 'del frame locals[name]; missing: NameError "name \'x\' is not defined"'],
  ['LOAD_GLOBAL', Arg.GlobalName, (a) => 1 + (a & 1), '... -> ... v (arg&1: ... -> ... v NULL); v = globals[names[arg>>1]] else builtins[...] else NameError. Cacheable per pc keyed on the dicts\' versions'],
  ['STORE_GLOBAL', Arg.Name, -1, '... v -> ...; globals[name] = v'],
  ['DELETE_GLOBAL', Arg.Name, 0, 'del globals[name]; missing: NameError'],

  // --- attributes and items -------------------------------------------------------------------------
  ['LOAD_ATTR', Arg.Name, 0, '... o -> ... getattr(o, name)'],
  ['LOAD_METHOD', Arg.Name, 1, '... o -> ... f o when type(o) has a plain function/method descriptor `name` not shadowed (unbound, self = o), else ... getattr(o, name) NULL'],
  ['STORE_ATTR', Arg.Name, -2, '... v o -> ...; setattr(o, name, v)'],
  ['DELETE_ATTR', Arg.Name, -1, '... o -> ...; delattr(o, name)'],
  ['BINARY_SUBSCR', Arg.None, -1, '... c k -> ... c[k]'],
  ['STORE_SUBSCR', Arg.None, -3, '... v c k -> ...; c[k] = v'],
  ['DELETE_SUBSCR', Arg.None, -2, '... c k -> ...; del c[k]'],
  ['BUILD_SLICE', Arg.Count, (a) => 1 - a, '... start stop -> ... slice(start, stop) (arg 2) | ... start stop step -> ... slice(start, stop, step) (arg 3)'],

  // --- operators ------------------------------------------------------------------------------------
  ['UNARY_POSITIVE', Arg.None, 0, '... v -> ... +v'],
  ['UNARY_NEGATIVE', Arg.None, 0, '... v -> ... -v'],
  ['UNARY_NOT', Arg.None, 0, '... v -> ... not v (a bool)'],
  ['UNARY_INVERT', Arg.None, 0, '... v -> ... ~v'],
  ['BINARY_OP', Arg.BinOp, -1, '... a b -> ... a <op> b (ops.binaryOp; in-place ops try __iop__ first)'],
  ['COMPARE_OP', Arg.CmpOp, -1, '... a b -> ... a <cmp> b (ops.richCompare; result may be any object)'],
  ['IS_OP', Arg.Flags, -1, '... a b -> ... (a is b) (arg 0) | (a is not b) (arg 1), a bool'],
  ['CONTAINS_OP', Arg.Flags, -1, '... a b -> ... (a in b) (arg 0) | (a not in b) (arg 1), a bool'],

  // --- jumps (absolute targets) ---------------------------------------------------------------------
  ['JUMP_FORWARD', Arg.Jump, 0, 'pc = arg (arg > pc)'],
  ['JUMP_BACKWARD', Arg.Jump, 0, 'pc = arg (arg <= pc); an eval-breaker point: the GIL may switch here'],
  ['JUMP_BACKWARD_NO_INTERRUPT', Arg.Jump, 0, 'pc = arg (arg <= pc); NOT an eval-breaker point (yield from loop)'],
  ['POP_JUMP_IF_FALSE', Arg.Jump, -1, '... v -> ...; jump if not truth(v)'],
  ['POP_JUMP_IF_TRUE', Arg.Jump, -1, '... v -> ...; jump if truth(v)'],
  ['POP_JUMP_IF_NONE', Arg.Jump, -1, '... v -> ...; jump if v is None'],
  ['POP_JUMP_IF_NOT_NONE', Arg.Jump, -1, '... v -> ...; jump if v is not None'],
  ['JUMP_IF_FALSE_OR_POP', Arg.Jump, (_a, j) => (j ? 0 : -1), '... v -> ... v and jump if not truth(v); else ... (v popped)'],
  ['JUMP_IF_TRUE_OR_POP', Arg.Jump, (_a, j) => (j ? 0 : -1), '... v -> ... v and jump if truth(v); else ... (v popped)'],

  // --- iteration ------------------------------------------------------------------------------------
  ['GET_ITER', Arg.None, 0, '... v -> ... iter(v)'],
  ['FOR_ITER', Arg.Jump, (_a, j) => (j ? -1 : 1), '... it -> ... it next(it); exhausted: ... (it popped) and jump. StopIteration from next is the exhaustion, never propagated'],
  ['GET_YIELD_FROM_ITER', Arg.None, 0, '... v -> ... v if v is a generator, else iter(v)'],
  ['SEND', Arg.Jump, (_a, j) => (j ? -1 : 0), '... r v -> ... r y where y = r.send(v) (next(r) if v is None and r is not a generator); r returned (StopIteration(x)): ... x and jump'],

  // --- functions, generators, returns ----------------------------------------------------------------
  ['RETURN_VALUE', Arg.None, -1, '... v -> (frame done); returns v to the caller (generator: StopIteration(v))'],
  ['YIELD_VALUE', Arg.Flags, 0, '... v -> (suspended) -> ... sent; yields v; resumed with the sent value (None for next()). arg 1: inside yield from (delegating, see header)'],
  ['CALL', Arg.Count, (a) => -a - 1, '... f self_or_NULL a_1 .. a_n -> ... result; calls f(self, a_1..a_n) or f(a_1..a_n) when NULL. An eval-breaker point'],
  ['CALL_KW', Arg.Count, (a) => -a - 2, '... f self_or_NULL a_1 .. a_n names -> ... result; names is a const tuple of str: the last len(names) of the n args are keywords. Eval-breaker'],
  ['CALL_FUNCTION_EX', Arg.Flags, (a) => -2 - (a & 1), '... f NULL args_tuple -> ... f(*args) | (arg&1) ... f NULL args_tuple kwargs_dict -> ... f(*args, **kwargs). Eval-breaker'],
  ['MAKE_FUNCTION', Arg.Flags, (a) => -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1)), '... [defaults tuple if 0x01] [kwdefaults dict if 0x02] [annotations tuple (name, value)* if 0x04] [closure tuple of cells if 0x08] code -> ... function (globals = the frame\'s; name/qualname from code)'],
  ['LOAD_BUILD_CLASS', Arg.None, 1, '... -> ... builtins.__build_class__'],
  ['SETUP_ANNOTATIONS', Arg.None, 0, 'Module/class bodies: frame locals["__annotations__"] = {} unless present'],

  // --- exceptions -----------------------------------------------------------------------------------
  ['RAISE_VARARGS', Arg.Count, (a) => -a, 'arg 0: re-raise the exception being handled (none: RuntimeError "No active exception to reraise") | ... e -> raise e | ... e cause -> raise e from cause'],
  ['LOAD_ASSERTION_ERROR', Arg.None, 1, '... -> ... AssertionError (the type)'],
  ['PUSH_EXC_INFO', Arg.None, 1, '... e -> ... prev e; prev = the thread\'s currently handled exception (or None); e becomes the handled exception'],
  ['POP_EXCEPT', Arg.None, -1, '... prev -> ...; the handled exception is restored to prev'],
  ['CHECK_EXC_MATCH', Arg.None, 0, '... e t -> ... e b; b = isinstance-like match of e against t (type or tuple); t not a BaseException subclass: TypeError "catching classes that do not inherit from BaseException is not allowed"'],
  ['CHECK_EG_MATCH', Arg.None, 0, '... e t -> ... rest match (except* t): match = the part of e that t matches (a naked e wrapped in ExceptionGroup(\'\', (e,))), rest = the remainder or None; match becomes the handled exception. No match: ... e None. t as CHECK_EXC_MATCH, and not an exception group type: TypeError "catching ExceptionGroup with except* is not allowed. Use except instead."'],
  ['PREP_RERAISE_STAR', Arg.None, -1, '... orig excs -> ... r; excs = the list of what the except* clauses raised or re-raised plus the unhandled rest; r = what the try-except* raises (the re-raised parts in orig\'s shape, grouped with new exceptions in ExceptionGroup(\'\')), or None'],
  ['RERAISE', Arg.Count, -1, '... e -> raise e again without adding a traceback entry; arg n > 0: the frame\'s lasti is set from the int stack[-n] (after popping e), as CPython'],
  ['BEFORE_WITH', Arg.None, 1, '... mgr -> ... bound_exit enter_result; bound_exit = mgr.__exit__ bound, enter_result = mgr.__enter__(); missing: TypeError "\'T\' object does not support the context manager protocol"'],
  ['WITH_EXCEPT_START', Arg.None, 1, '... exit lasti prev e -> ... exit lasti prev e res; res = exit(type(e), e, e.__traceback__)'],

  // --- pattern matching (the match statement) ------------------------------------------------------
  ['GET_LEN', Arg.None, 1, '... v -> ... v len(v)'],
  ['MATCH_MAPPING', Arg.None, 1, '... v -> ... v b; b = type(v) is a mapping for `case {...}` (dict, mappingproxy, collections.abc.Mapping subclasses)'],
  ['MATCH_SEQUENCE', Arg.None, 1, '... v -> ... v b; b = type(v) is a sequence for `case [...]` (list, tuple, range, deque, collections.abc.Sequence subclasses; never str/bytes/bytearray)'],
  ['MATCH_KEYS', Arg.None, 1, '... v keys -> ... v keys values; values = tuple of v.get(k) for the keys tuple, or None when a key is missing; a key twice: ValueError "mapping pattern checks duplicate key (k)"'],
  ['MATCH_CLASS', Arg.Count, -2, '... v cls names -> ... attrs; attrs = the n positional (__match_args__) then the keyword (names) attributes of v when isinstance(v, cls) and all exist, else None; cls not a type: TypeError "called match pattern must be a type"'],

  // --- building values ------------------------------------------------------------------------------
  ['BUILD_TUPLE', Arg.Count, (a) => 1 - a, '... v_1 .. v_n -> ... (v_1, .., v_n)'],
  ['BUILD_LIST', Arg.Count, (a) => 1 - a, '... v_1 .. v_n -> ... [v_1, .., v_n]'],
  ['BUILD_SET', Arg.Count, (a) => 1 - a, '... v_1 .. v_n -> ... {v_1, .., v_n}'],
  ['BUILD_MAP', Arg.Count, (a) => 1 - 2 * a, '... k_1 v_1 .. k_n v_n -> ... {k_1: v_1, ..}'],
  ['BUILD_CONST_KEY_MAP', Arg.Count, (a) => -a, '... v_1 .. v_n keys -> ... {keys[0]: v_1, ..} (keys is a const tuple)'],
  ['BUILD_STRING', Arg.Count, (a) => 1 - a, '... s_1 .. s_n -> ... s_1 + .. + s_n (all str)'],
  ['LIST_TO_TUPLE', Arg.None, 0, '... list -> ... tuple(list)'],
  ['LIST_APPEND', Arg.Count, -1, '... v -> ...; stack[-i] (after popping v) .append(v), a list'],
  ['SET_ADD', Arg.Count, -1, '... v -> ...; stack[-i] (after popping v) .add(v), a set'],
  ['MAP_ADD', Arg.Count, -2, '... k v -> ...; stack[-i] (after popping k, v) [k] = v, a dict'],
  ['LIST_EXTEND', Arg.Count, -1, '... it -> ...; stack[-i].extend(it); it not iterable: TypeError "Value after * must be an iterable, not T"'],
  ['SET_UPDATE', Arg.Count, -1, '... it -> ...; stack[-i].update(it)'],
  ['DICT_UPDATE', Arg.Count, -1, '... m -> ...; stack[-i].update(m) ({**m} display); not a mapping: TypeError "\'T\' object is not a mapping"'],
  ['DICT_MERGE', Arg.Count, -1, '... m -> ...; as DICT_UPDATE but duplicate keys raise TypeError "f() got multiple values for keyword argument \'k\'" (f = stack[-i-3] after the pop: the callable) (call **kwargs)'],
  ['UNPACK_SEQUENCE', Arg.Count, (a) => a - 1, '... seq -> ... v_n .. v_1 (reversed: v_1 on top); wrong length: ValueError "too many values to unpack (expected n)" / "not enough values to unpack (expected n, got m)"'],
  ['UNPACK_EX', Arg.Flags, (a) => (a & 0xff) + (a >> 8), 'arg = before | after << 8: ... seq -> ... v_last .. [list of middle] .. v_1 (v_1 on top); too short: ValueError "not enough values to unpack (expected at least k, got m)"'],
  ['FORMAT_VALUE', Arg.Flags, (a) => ((a & 4) ? -1 : 0), '... v -> ... format(conv(v), "") | (arg&4) ... v spec -> ... format(conv(v), spec); conv = arg&3: 0 none, 1 str, 2 repr, 3 ascii'],

  // --- modules and the REPL -------------------------------------------------------------------------
  ['IMPORT_NAME', Arg.Name, -1, '... level fromlist -> ... module; __import__(name, globals, locals?, fromlist, level)'],
  ['IMPORT_FROM', Arg.Name, 1, '... m -> ... m getattr(m, name) (fallback: sys.modules[m.__name__ + "." + name]); ImportError "cannot import name \'x\' from \'m\' (path)"'],
  ['IMPORT_STAR', Arg.None, -1, '... m -> ...; binds m.__all__ (or public names) into frame locals'],
  ['PRINT_EXPR', Arg.None, -1, '... v -> ...; REPL: sys.displayhook(v)'],

  // --- superinstructions (VM only; see quicken.ts) --------------------------------------------------
  // A row named A__B is the pair "A arg; B arg2" run with one dispatch, arg2 being the next
  // instruction's argument. The compiler never emits them: CodeObject.quick is code.instructions with the
  // first instruction of chosen pairs rewritten (greedy, left to right); the second one stays in place, so
  // a jump to it runs it alone, and dis / exception table / positions see the plain code. The VM runs
  // `quick` except in --switch-any-instruction mode. Each one may stop after its first half (on a miss
  // of the second half's fast path) and leave the plain second instruction to run next. Errors of the
  // second half are raised with pc past it, as the plain instruction would. The effect is the pair's.
  ['LOAD_FAST__LOAD_FAST', Arg.Local, 2, '... -> ... slot slot2 (LOAD_FAST; LOAD_FAST)'],
  ['LOAD_FAST__LOAD_CONST', Arg.Local, 2, '... -> ... slot const2 (LOAD_FAST; LOAD_CONST)'],
  ['STORE_FAST__LOAD_FAST', Arg.Local, 0, '... v -> ... slot2; slot = v first (STORE_FAST; LOAD_FAST)'],
  ['STORE_FAST__STORE_FAST', Arg.Local, -2, '... v2 v -> ...; slot = v, slot2 = v2 (STORE_FAST; STORE_FAST)'],
  ['LOAD_FAST__LOAD_ATTR', Arg.Local, 1, '... -> ... getattr(slot, name2) (LOAD_FAST; LOAD_ATTR); one dispatch on an instance-__dict__ cache hit'],
  ['LOAD_FAST__BINARY_OP', Arg.Local, 0, '... a -> ... a <op2> slot (LOAD_FAST; BINARY_OP); one dispatch for int/float operands'],
  ['LOAD_CONST__BINARY_OP', Arg.Const, 0, '... a -> ... a <op2> const (LOAD_CONST; BINARY_OP); one dispatch for int/float operands'],
  ['BINARY_OP__STORE_FAST', Arg.BinOp, -2, '... a b -> ...; slot2 = a <op> b (BINARY_OP; STORE_FAST); one dispatch for int/float operands'],
  ['BINARY_OP__BINARY_OP', Arg.BinOp, -2, '... c a b -> ... c <op2> (a <op> b) (BINARY_OP; BINARY_OP); float results: one dispatch, the inner float never boxed'],
  ['COMPARE_OP__POP_JUMP_IF_FALSE', Arg.CmpOp, -2, '... a b -> ...; jump to arg2 if not (a <cmp> b) (COMPARE_OP; POP_JUMP_IF_FALSE); int/float/str operands: one dispatch, no bool pushed'],
  ['COMPARE_OP__POP_JUMP_IF_TRUE', Arg.CmpOp, -2, '... a b -> ...; jump to arg2 if (a <cmp> b) (COMPARE_OP; POP_JUMP_IF_TRUE); as COMPARE_OP__POP_JUMP_IF_FALSE'],
  ['COPY__COPY', Arg.Count, 2, 'COPY arg; COPY arg2 (x[i] += v compiles to COPY 2; COPY 2)'],
  ['SWAP__SWAP', Arg.Count, 0, 'SWAP arg; SWAP arg2 (x[i] += v compiles to SWAP 3; SWAP 2)'],
  ['LOAD_NAME__LOAD_METHOD', Arg.Name, 2, '(LOAD_NAME; LOAD_METHOD): module-level `obj.method(...)`; one dispatch when the name is in its cached slot and LOAD_METHOD finds a plain method'],
  ['CALL__POP_TOP', Arg.Count, (a) => -a - 2, 'CALL arg; POP_TOP (a call statement): a call that returns at once (a native) drops its result with one dispatch; a Python call returns to the plain POP_TOP'],
];

/** Pseudo-ops: used only inside the compiler, removed by the assembler. Numbered from PSEUDO_BASE. */
// prettier-ignore
const PSEUDO: readonly Row[] = [
  ['SETUP_FINALLY', Arg.Jump, (_a, j) => (j ? 1 : 0), 'Pushes a handler (target, depth = current) for the instructions until its POP_BLOCK; handler entry: ... e'],
  ['SETUP_CLEANUP', Arg.Jump, (_a, j) => (j ? 2 : 0), 'As SETUP_FINALLY with lasti: handler entry: ... lasti e'],
  ['SETUP_WITH', Arg.Jump, (_a, j) => (j ? 1 : 0), 'As SETUP_CLEANUP but the depth excludes the __enter__ result on TOS: handler entry: ... exit lasti e'],
  ['POP_BLOCK', Arg.None, 0, 'Pops the innermost handler pushed by SETUP_*'],
  ['JUMP', Arg.Jump, 0, 'Unconditional jump: becomes JUMP_FORWARD or JUMP_BACKWARD'],
  ['JUMP_NO_INTERRUPT', Arg.Jump, 0, 'Unconditional jump: becomes JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT'],
];

export const PSEUDO_BASE = 200;

/** Number of real opcodes (0 .. NUM_OPCODES-1). */
export const NUM_OPCODES = TABLE.length;

const rowOf = (op: number): Row | undefined => (op >= PSEUDO_BASE ? PSEUDO[op - PSEUDO_BASE] : TABLE[op]);

/** Opcode number -> name (real and pseudo ops); '<N>' for unknown numbers. */
export function opName(op: number): string {
  return rowOf(op)?.[0] ?? `<${op}>`;
}

/** Opcode number -> argument kind. */
export function opArg(op: number): Arg {
  return rowOf(op)?.[1] ?? Arg.None;
}

/** Opcode number -> one-line doc. */
export function opDoc(op: number): string {
  return rowOf(op)?.[3] ?? '';
}

/** CPython: stack_effect(opcode, oparg, jump). `jump` selects the taken-branch effect of jump instructions. */
export function stackEffect(op: number, arg: number, jump: boolean): number {
  const e = rowOf(op)![2];
  return typeof e === 'number' ? e : e(arg, jump);
}

/**
 * Superinstructions, derived from the table's names: first opcode -> (second opcode -> superinstruction).
 * Row `A__B` makes the pair (A, B).
 */
export const SUPERINSTRUCTIONS: ReadonlyMap<number, ReadonlyMap<number, number>> = (() => {
  const byName = new Map(TABLE.map((r, i) => [r[0], i] as const));
  const m = new Map<number, Map<number, number>>();
  TABLE.forEach((r, i) => {
    const parts = r[0].split('__');
    if (parts.length !== 2) return;
    const a = byName.get(parts[0])!, b = byName.get(parts[1])!;
    if (!m.has(a)) m.set(a, new Map());
    m.get(a)!.set(b, i);
  });
  return m;
})();

/** Every real opcode number, for the VM's exhaustiveness check. */
export const REAL_OPCODES: readonly number[] = TABLE.map((_, i) => i);

/** Name -> number, for tests and tools (the VM uses `Op`). */
export const OPCODE_BY_NAME: ReadonlyMap<string, number> = new Map([
  ...TABLE.map((r, i) => [r[0], i] as const),
  ...PSEUDO.map((r, i) => [r[0], PSEUDO_BASE + i] as const),
]);

/** The rows, exported for the regeneration test only. */
export const OPCODE_ROWS = { real: TABLE, pseudo: PSEUDO };

/** Names of BINARY_OP / COMPARE_OP arguments, as `python3 -m dis` prints them. */
export const BINOP_SYMBOLS: readonly string[] = [
  '+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^=',
];
export const CMPOP_SYMBOLS: readonly string[] = ['<', '<=', '==', '!=', '>', '>='];
// Keep the symbol lists in step with ops.ts's numbering (checked at compile time on two ends).
const _checkBin: [BinOp.Add, BinOp.InplaceXor] = [0, 25];
const _checkCmp: [CmpOp.Lt, CmpOp.Ge] = [0, 5];
void _checkBin;
void _checkCmp;

// BEGIN GENERATED (from TABLE and PSEUDO; do not edit)
/** Opcode numbers. Real ops are dense from 0; pseudo-ops (compiler-only) from PSEUDO_BASE. */
export const enum Op {
  /** Does nothing. */
  NOP = 0,
  /** ... v -> ... */
  POP_TOP = 1,
  /** ... -> ... NULL */
  PUSH_NULL = 2,
  /** COPY n (n >= 1): ... v x_(n-1) .. x_1 -> ... v x_(n-1) .. x_1 v (COPY 1 duplicates TOS) */
  COPY = 3,
  /** SWAP n (n >= 2): swaps TOS with the n-th item from the top (stack[-n]) */
  SWAP = 4,
  /** ... -> ... const */
  LOAD_CONST = 5,
  /** ... -> ... slot; unbound slot: UnboundLocalError "cannot access local variable 'x' where it is not associated with a value" */
  LOAD_FAST = 6,
  /** ... v -> ...; slot = v */
  STORE_FAST = 7,
  /** slot = unbound; already unbound: UnboundLocalError as LOAD_FAST */
  DELETE_FAST = 8,
  /** ... -> ... cell.value of the cell in slot; empty: NameError "cannot access free variable 'x' where it is not associated with a value in enclosing scope" (freevar) or UnboundLocalError as LOAD_FAST (cellvar) */
  LOAD_DEREF = 9,
  /** Class bodies: ... -> ... locals()[name of slot] if present, else as LOAD_DEREF */
  LOAD_CLASSDEREF = 10,
  /** ... v -> ...; the cell in slot gets v */
  STORE_DEREF = 11,
  /** Empties the cell in slot; already empty: as LOAD_DEREF */
  DELETE_DEREF = 12,
  /** ... -> ... cell (the PyCell object itself, for building a closure tuple) */
  LOAD_CLOSURE = 13,
  /** ... -> ... v; v = frame locals[name], else globals[name], else builtins[name], else NameError "name 'x' is not defined" */
  LOAD_NAME = 14,
  /** ... v -> ...; frame locals[name] = v (locals mapping may be any mapping: setitem) */
  STORE_NAME = 15,
  /** del frame locals[name]; missing: NameError "name 'x' is not defined" */
  DELETE_NAME = 16,
  /** ... -> ... v (arg&1: ... -> ... v NULL); v = globals[names[arg>>1]] else builtins[...] else NameError. Cacheable per pc keyed on the dicts' versions */
  LOAD_GLOBAL = 17,
  /** ... v -> ...; globals[name] = v */
  STORE_GLOBAL = 18,
  /** del globals[name]; missing: NameError */
  DELETE_GLOBAL = 19,
  /** ... o -> ... getattr(o, name) */
  LOAD_ATTR = 20,
  /** ... o -> ... f o when type(o) has a plain function/method descriptor `name` not shadowed (unbound, self = o), else ... getattr(o, name) NULL */
  LOAD_METHOD = 21,
  /** ... v o -> ...; setattr(o, name, v) */
  STORE_ATTR = 22,
  /** ... o -> ...; delattr(o, name) */
  DELETE_ATTR = 23,
  /** ... c k -> ... c[k] */
  BINARY_SUBSCR = 24,
  /** ... v c k -> ...; c[k] = v */
  STORE_SUBSCR = 25,
  /** ... c k -> ...; del c[k] */
  DELETE_SUBSCR = 26,
  /** ... start stop -> ... slice(start, stop) (arg 2) | ... start stop step -> ... slice(start, stop, step) (arg 3) */
  BUILD_SLICE = 27,
  /** ... v -> ... +v */
  UNARY_POSITIVE = 28,
  /** ... v -> ... -v */
  UNARY_NEGATIVE = 29,
  /** ... v -> ... not v (a bool) */
  UNARY_NOT = 30,
  /** ... v -> ... ~v */
  UNARY_INVERT = 31,
  /** ... a b -> ... a <op> b (ops.binaryOp; in-place ops try __iop__ first) */
  BINARY_OP = 32,
  /** ... a b -> ... a <cmp> b (ops.richCompare; result may be any object) */
  COMPARE_OP = 33,
  /** ... a b -> ... (a is b) (arg 0) | (a is not b) (arg 1), a bool */
  IS_OP = 34,
  /** ... a b -> ... (a in b) (arg 0) | (a not in b) (arg 1), a bool */
  CONTAINS_OP = 35,
  /** pc = arg (arg > pc) */
  JUMP_FORWARD = 36,
  /** pc = arg (arg <= pc); an eval-breaker point: the GIL may switch here */
  JUMP_BACKWARD = 37,
  /** pc = arg (arg <= pc); NOT an eval-breaker point (yield from loop) */
  JUMP_BACKWARD_NO_INTERRUPT = 38,
  /** ... v -> ...; jump if not truth(v) */
  POP_JUMP_IF_FALSE = 39,
  /** ... v -> ...; jump if truth(v) */
  POP_JUMP_IF_TRUE = 40,
  /** ... v -> ...; jump if v is None */
  POP_JUMP_IF_NONE = 41,
  /** ... v -> ...; jump if v is not None */
  POP_JUMP_IF_NOT_NONE = 42,
  /** ... v -> ... v and jump if not truth(v); else ... (v popped) */
  JUMP_IF_FALSE_OR_POP = 43,
  /** ... v -> ... v and jump if truth(v); else ... (v popped) */
  JUMP_IF_TRUE_OR_POP = 44,
  /** ... v -> ... iter(v) */
  GET_ITER = 45,
  /** ... it -> ... it next(it); exhausted: ... (it popped) and jump. StopIteration from next is the exhaustion, never propagated */
  FOR_ITER = 46,
  /** ... v -> ... v if v is a generator, else iter(v) */
  GET_YIELD_FROM_ITER = 47,
  /** ... r v -> ... r y where y = r.send(v) (next(r) if v is None and r is not a generator); r returned (StopIteration(x)): ... x and jump */
  SEND = 48,
  /** ... v -> (frame done); returns v to the caller (generator: StopIteration(v)) */
  RETURN_VALUE = 49,
  /** ... v -> (suspended) -> ... sent; yields v; resumed with the sent value (None for next()). arg 1: inside yield from (delegating, see header) */
  YIELD_VALUE = 50,
  /** ... f self_or_NULL a_1 .. a_n -> ... result; calls f(self, a_1..a_n) or f(a_1..a_n) when NULL. An eval-breaker point */
  CALL = 51,
  /** ... f self_or_NULL a_1 .. a_n names -> ... result; names is a const tuple of str: the last len(names) of the n args are keywords. Eval-breaker */
  CALL_KW = 52,
  /** ... f NULL args_tuple -> ... f(*args) | (arg&1) ... f NULL args_tuple kwargs_dict -> ... f(*args, **kwargs). Eval-breaker */
  CALL_FUNCTION_EX = 53,
  /** ... [defaults tuple if 0x01] [kwdefaults dict if 0x02] [annotations tuple (name, value)* if 0x04] [closure tuple of cells if 0x08] code -> ... function (globals = the frame's; name/qualname from code) */
  MAKE_FUNCTION = 54,
  /** ... -> ... builtins.__build_class__ */
  LOAD_BUILD_CLASS = 55,
  /** Module/class bodies: frame locals["__annotations__"] = {} unless present */
  SETUP_ANNOTATIONS = 56,
  /** arg 0: re-raise the exception being handled (none: RuntimeError "No active exception to reraise") | ... e -> raise e | ... e cause -> raise e from cause */
  RAISE_VARARGS = 57,
  /** ... -> ... AssertionError (the type) */
  LOAD_ASSERTION_ERROR = 58,
  /** ... e -> ... prev e; prev = the thread's currently handled exception (or None); e becomes the handled exception */
  PUSH_EXC_INFO = 59,
  /** ... prev -> ...; the handled exception is restored to prev */
  POP_EXCEPT = 60,
  /** ... e t -> ... e b; b = isinstance-like match of e against t (type or tuple); t not a BaseException subclass: TypeError "catching classes that do not inherit from BaseException is not allowed" */
  CHECK_EXC_MATCH = 61,
  /** ... e t -> ... rest match (except* t): match = the part of e that t matches (a naked e wrapped in ExceptionGroup('', (e,))), rest = the remainder or None; match becomes the handled exception. No match: ... e None. t as CHECK_EXC_MATCH, and not an exception group type: TypeError "catching ExceptionGroup with except* is not allowed. Use except instead." */
  CHECK_EG_MATCH = 62,
  /** ... orig excs -> ... r; excs = the list of what the except* clauses raised or re-raised plus the unhandled rest; r = what the try-except* raises (the re-raised parts in orig's shape, grouped with new exceptions in ExceptionGroup('')), or None */
  PREP_RERAISE_STAR = 63,
  /** ... e -> raise e again without adding a traceback entry; arg n > 0: the frame's lasti is set from the int stack[-n] (after popping e), as CPython */
  RERAISE = 64,
  /** ... mgr -> ... bound_exit enter_result; bound_exit = mgr.__exit__ bound, enter_result = mgr.__enter__(); missing: TypeError "'T' object does not support the context manager protocol" */
  BEFORE_WITH = 65,
  /** ... exit lasti prev e -> ... exit lasti prev e res; res = exit(type(e), e, e.__traceback__) */
  WITH_EXCEPT_START = 66,
  /** ... v -> ... v len(v) */
  GET_LEN = 67,
  /** ... v -> ... v b; b = type(v) is a mapping for `case {...}` (dict, mappingproxy, collections.abc.Mapping subclasses) */
  MATCH_MAPPING = 68,
  /** ... v -> ... v b; b = type(v) is a sequence for `case [...]` (list, tuple, range, deque, collections.abc.Sequence subclasses; never str/bytes/bytearray) */
  MATCH_SEQUENCE = 69,
  /** ... v keys -> ... v keys values; values = tuple of v.get(k) for the keys tuple, or None when a key is missing; a key twice: ValueError "mapping pattern checks duplicate key (k)" */
  MATCH_KEYS = 70,
  /** ... v cls names -> ... attrs; attrs = the n positional (__match_args__) then the keyword (names) attributes of v when isinstance(v, cls) and all exist, else None; cls not a type: TypeError "called match pattern must be a type" */
  MATCH_CLASS = 71,
  /** ... v_1 .. v_n -> ... (v_1, .., v_n) */
  BUILD_TUPLE = 72,
  /** ... v_1 .. v_n -> ... [v_1, .., v_n] */
  BUILD_LIST = 73,
  /** ... v_1 .. v_n -> ... {v_1, .., v_n} */
  BUILD_SET = 74,
  /** ... k_1 v_1 .. k_n v_n -> ... {k_1: v_1, ..} */
  BUILD_MAP = 75,
  /** ... v_1 .. v_n keys -> ... {keys[0]: v_1, ..} (keys is a const tuple) */
  BUILD_CONST_KEY_MAP = 76,
  /** ... s_1 .. s_n -> ... s_1 + .. + s_n (all str) */
  BUILD_STRING = 77,
  /** ... list -> ... tuple(list) */
  LIST_TO_TUPLE = 78,
  /** ... v -> ...; stack[-i] (after popping v) .append(v), a list */
  LIST_APPEND = 79,
  /** ... v -> ...; stack[-i] (after popping v) .add(v), a set */
  SET_ADD = 80,
  /** ... k v -> ...; stack[-i] (after popping k, v) [k] = v, a dict */
  MAP_ADD = 81,
  /** ... it -> ...; stack[-i].extend(it); it not iterable: TypeError "Value after * must be an iterable, not T" */
  LIST_EXTEND = 82,
  /** ... it -> ...; stack[-i].update(it) */
  SET_UPDATE = 83,
  /** ... m -> ...; stack[-i].update(m) ({**m} display); not a mapping: TypeError "'T' object is not a mapping" */
  DICT_UPDATE = 84,
  /** ... m -> ...; as DICT_UPDATE but duplicate keys raise TypeError "f() got multiple values for keyword argument 'k'" (f = stack[-i-3] after the pop: the callable) (call **kwargs) */
  DICT_MERGE = 85,
  /** ... seq -> ... v_n .. v_1 (reversed: v_1 on top); wrong length: ValueError "too many values to unpack (expected n)" / "not enough values to unpack (expected n, got m)" */
  UNPACK_SEQUENCE = 86,
  /** arg = before | after << 8: ... seq -> ... v_last .. [list of middle] .. v_1 (v_1 on top); too short: ValueError "not enough values to unpack (expected at least k, got m)" */
  UNPACK_EX = 87,
  /** ... v -> ... format(conv(v), "") | (arg&4) ... v spec -> ... format(conv(v), spec); conv = arg&3: 0 none, 1 str, 2 repr, 3 ascii */
  FORMAT_VALUE = 88,
  /** ... level fromlist -> ... module; __import__(name, globals, locals?, fromlist, level) */
  IMPORT_NAME = 89,
  /** ... m -> ... m getattr(m, name) (fallback: sys.modules[m.__name__ + "." + name]); ImportError "cannot import name 'x' from 'm' (path)" */
  IMPORT_FROM = 90,
  /** ... m -> ...; binds m.__all__ (or public names) into frame locals */
  IMPORT_STAR = 91,
  /** ... v -> ...; REPL: sys.displayhook(v) */
  PRINT_EXPR = 92,
  /** ... -> ... slot slot2 (LOAD_FAST; LOAD_FAST) */
  LOAD_FAST__LOAD_FAST = 93,
  /** ... -> ... slot const2 (LOAD_FAST; LOAD_CONST) */
  LOAD_FAST__LOAD_CONST = 94,
  /** ... v -> ... slot2; slot = v first (STORE_FAST; LOAD_FAST) */
  STORE_FAST__LOAD_FAST = 95,
  /** ... v2 v -> ...; slot = v, slot2 = v2 (STORE_FAST; STORE_FAST) */
  STORE_FAST__STORE_FAST = 96,
  /** ... -> ... getattr(slot, name2) (LOAD_FAST; LOAD_ATTR); one dispatch on an instance-__dict__ cache hit */
  LOAD_FAST__LOAD_ATTR = 97,
  /** ... a -> ... a <op2> slot (LOAD_FAST; BINARY_OP); one dispatch for int/float operands */
  LOAD_FAST__BINARY_OP = 98,
  /** ... a -> ... a <op2> const (LOAD_CONST; BINARY_OP); one dispatch for int/float operands */
  LOAD_CONST__BINARY_OP = 99,
  /** ... a b -> ...; slot2 = a <op> b (BINARY_OP; STORE_FAST); one dispatch for int/float operands */
  BINARY_OP__STORE_FAST = 100,
  /** ... c a b -> ... c <op2> (a <op> b) (BINARY_OP; BINARY_OP); float results: one dispatch, the inner float never boxed */
  BINARY_OP__BINARY_OP = 101,
  /** ... a b -> ...; jump to arg2 if not (a <cmp> b) (COMPARE_OP; POP_JUMP_IF_FALSE); int/float/str operands: one dispatch, no bool pushed */
  COMPARE_OP__POP_JUMP_IF_FALSE = 102,
  /** ... a b -> ...; jump to arg2 if (a <cmp> b) (COMPARE_OP; POP_JUMP_IF_TRUE); as COMPARE_OP__POP_JUMP_IF_FALSE */
  COMPARE_OP__POP_JUMP_IF_TRUE = 103,
  /** COPY arg; COPY arg2 (x[i] += v compiles to COPY 2; COPY 2) */
  COPY__COPY = 104,
  /** SWAP arg; SWAP arg2 (x[i] += v compiles to SWAP 3; SWAP 2) */
  SWAP__SWAP = 105,
  /** (LOAD_NAME; LOAD_METHOD): module-level `obj.method(...)`; one dispatch when the name is in its cached slot and LOAD_METHOD finds a plain method */
  LOAD_NAME__LOAD_METHOD = 106,
  /** CALL arg; POP_TOP (a call statement): a call that returns at once (a native) drops its result with one dispatch; a Python call returns to the plain POP_TOP */
  CALL__POP_TOP = 107,
  /** (pseudo) Pushes a handler (target, depth = current) for the instructions until its POP_BLOCK; handler entry: ... e */
  SETUP_FINALLY = 200,
  /** (pseudo) As SETUP_FINALLY with lasti: handler entry: ... lasti e */
  SETUP_CLEANUP = 201,
  /** (pseudo) As SETUP_CLEANUP but the depth excludes the __enter__ result on TOS: handler entry: ... exit lasti e */
  SETUP_WITH = 202,
  /** (pseudo) Pops the innermost handler pushed by SETUP_* */
  POP_BLOCK = 203,
  /** (pseudo) Unconditional jump: becomes JUMP_FORWARD or JUMP_BACKWARD */
  JUMP = 204,
  /** (pseudo) Unconditional jump: becomes JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT */
  JUMP_NO_INTERRUPT = 205,
}
// END GENERATED
