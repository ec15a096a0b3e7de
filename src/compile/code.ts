// CodeObject: the compiler's output, the VM's input (CPython: PyCodeObject). Plain data, never mutated
// after the assembler builds it (the VM may attach caches in its own fields, see `cache`).
//
// Invariants:
//   - instructions: Int32Array of (opcode, arg) pairs; instruction i is instructions[2i], instructions[2i+1];
//     ninstr = instructions.length / 2. Jump args are absolute instruction indices (opcodes.ts).
//   - localsplus layout (the frame's fast slots, CPython's localsplus, nlocalsplus of them):
//       [0, nlocals)                         varnames: parameters first (argcount positional incl. posonly,
//                                            then kwonlyargcount, then *args if VARARGS, then **kw if
//                                            VARKEYWORDS), then other locals
//       [nlocals, nlocals + ncells)          cellvars: a PyCell each, CREATED BY THE VM AT FRAME ENTRY
//                                            (no MAKE_CELL). cell2arg[i] >= 0: cell i starts with the value
//                                            of parameter slot cell2arg[i] (that slot is then never used).
//       [nlocals + ncells, nlocalsplus)      freevars: the closure's cells, copied from function.closure by
//                                            the VM at frame entry (no COPY_FREE_VARS).
//     Deref-kind args (LOAD_DEREF, LOAD_CLOSURE...) are localsplus indices, so the VM reads slot `arg` directly.
//   - consts: PyValue[]; ints are JS numbers when safe, bigints otherwise; str are JS strings; None/True/
//     False/Ellipsis the singletons; nested functions' code are CodeObjects; tuples/floats/complex/bytes
//     are built by consts.ts.
//   - positions: Int32Array, 4 per instruction: line, end line, column, end column (0-based code points);
//     -1 when unknown. Line numbers are what tracebacks print.
//   - exceptionTable: Int32Array of quads (start, end, target, depth << 1 | lasti), sorted by start,
//     non-overlapping, covering instruction indices [start, end). See opcodes.ts for how the VM uses it.
//   - stacksize: the maximum evaluation-stack depth (not counting localsplus).

import { PyObject, type PyValue } from '../objects/object.js';
import { builtinType } from '../objects/builtin-types.js';
import { quicken } from './quicken.js';
import { internStr } from '../objects/str.js';
import { PyTuple } from '../objects/tuple.js';

export const codeType = builtinType('code');

/** co_flags bits (CPython's values). */
export const enum CodeFlags {
  OPTIMIZED = 0x1,
  NEWLOCALS = 0x2,
  VARARGS = 0x4,
  VARKEYWORDS = 0x8,
  NESTED = 0x10,
  GENERATOR = 0x20,
  /** Not a CPython flag: the code is a class body (locals is the class namespace; __class__ cell rules). */
  CLASS_BODY = 0x10000,
}

export class CodeObject extends PyObject {
  /** Per-instruction cache slots for the VM (e.g. LOAD_GLOBAL, LOAD_ATTR); allocated lazily by the VM. */
  cache: unknown[] | null = null;
  readonly nlocals: number;
  readonly nlocalsplus: number;
  readonly ninstr: number;
  /** `instructions` with superinstructions (quicken.ts): what the VM runs, except when any instruction may switch. */
  readonly quick: Int32Array;
  /**
   * The positional-argument count when a call may bind arguments by position alone (no *args, **kw,
   * keyword-only parameters; not a generator): the VM's inline CALL path checks `fastArgc === n`.
   * -1 otherwise.
   */
  readonly fastArgc: number;

  constructor(
    public readonly name: string,
    public readonly qualname: string,
    public readonly filename: string,
    public readonly firstlineno: number,
    public readonly instructions: Int32Array,
    public readonly positions: Int32Array,
    public readonly consts: PyValue[],
    public readonly names: string[],
    public readonly varnames: string[],
    public readonly cellvars: string[],
    public readonly freevars: string[],
    /** For each cellvar: the parameter slot whose value initialises it, or -1. */
    public readonly cell2arg: Int32Array,
    public readonly argcount: number,
    public readonly posonlyargcount: number,
    public readonly kwonlyargcount: number,
    public readonly flags: number,
    public readonly stacksize: number,
    public readonly exceptionTable: Int32Array,
    /** The docstring (function __doc__), or null. */
    public readonly doc: string | null,
  ) {
    super(codeType);
    // CPython (intern_strings, intern_string_constants): names, identifier-like str constants and the
    // strings in constant tuples (keyword names of calls) are interned, so comparing them with the keys
    // of namespaces and instance dicts is a pointer compare (str.ts internStr).
    for (const a of [names, varnames, cellvars, freevars]) for (let i = 0; i < a.length; i++) a[i] = internStr(a[i]);
    internConsts(consts);
    this.nlocals = varnames.length;
    this.nlocalsplus = varnames.length + cellvars.length + freevars.length;
    this.ninstr = instructions.length >> 1;
    this.quick = quicken(instructions);
    this.fastArgc =
      (flags & (CodeFlags.VARARGS | CodeFlags.VARKEYWORDS | CodeFlags.GENERATOR)) === 0 && kwonlyargcount === 0 ? argcount : -1;
  }

  /** The source line of instruction pc (CPython: PyCode_Addr2Line), or -1. */
  lineOf(pc: number): number {
    return pc >= 0 && pc < this.ninstr ? this.positions[pc * 4] : -1;
  }

  /** The exception-table entry covering pc, as an index into exceptionTable (multiple of 4), or -1. */
  handlerFor(pc: number): number {
    const t = this.exceptionTable;
    let lo = 0;
    let hi = (t.length >> 2) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const i = mid << 2;
      if (pc < t[i]) hi = mid - 1;
      else if (pc >= t[i + 1]) lo = mid + 1;
      else return i;
    }
    return -1;
  }

  /** Name of localsplus slot i. */
  slotName(i: number): string {
    const nl = this.nlocals;
    if (i < nl) return this.varnames[i];
    if (i < nl + this.cellvars.length) return this.cellvars[i - nl];
    return this.freevars[i - nl - this.cellvars.length];
  }
}

/** Intern the identifier-like strings among consts, in place, tuples included (CPython: all_name_chars). */
function internConsts(consts: PyValue[]): void {
  for (let i = 0; i < consts.length; i++) {
    const c = consts[i];
    if (typeof c === 'string') {
      if (/^[A-Za-z0-9_]+$/.test(c)) consts[i] = internStr(c);
    } else if (c instanceof PyTuple) {
      internConsts(c.items as PyValue[]);
    }
  }
}
