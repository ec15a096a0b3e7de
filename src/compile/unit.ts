// One code unit = one code object being compiled (CPython: struct compiler_unit): its scope, the pools
// (consts, names, varnames, cellvars, freevars), the instruction list with labels, the current source
// location, and the frame-block stack used to unwind break/continue/return (CPython: fblockinfo).
// finish() runs the assembler and builds the CodeObject.

import type { PyValue } from '../objects/object.js';
import type * as A from '../parse/ast.js';
import { assemble, type Instr } from './assemble.js';
import { CodeObject } from './code.js';
import { constKey } from './consts.js';
import { Op } from './opcodes.js';
import { NameScope, type Scope } from './symtable.js';

export const enum FBlock { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, HandlerCleanup, PopValue, ExceptionHandler, ExceptionGroupHandler }

export interface FBlockInfo {
  type: FBlock;
  /** Loops: the continue label; others: unused. */
  block: number;
  /** Loops: the break label. */
  exit: number;
  /** FinallyTry: the finally body; HandlerCleanup: the `as` name (or null); With: the With statement. */
  datum: A.Stmt[] | string | null;
}

type Loc = { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };

export class CodeUnit {
  readonly instrs: Instr[] = [];
  readonly labels: number[] = [];
  readonly consts: PyValue[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly varnames: string[];
  private readonly varIndex = new Map<string, number>();
  readonly cellvars: string[];
  readonly freevars: string[];
  readonly fblocks: FBlockInfo[] = [];
  line = 1;
  endLine = 1;
  col = 0;
  endCol = 0;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  flags = 0;
  doc: string | null = null;

  constructor(
    readonly scope: Scope,
    readonly name: string,
    readonly qualname: string,
    readonly firstlineno: number,
    /** The class name for mangling private names, or null. */
    readonly private_: string | null,
  ) {
    this.varnames = [...scope.params];
    this.varnames.forEach((v, i) => this.varIndex.set(v, i));
    // CPython: dictbytype(..., CELL) and (FREE | DEF_FREE_CLASS), both sorted by name.
    this.cellvars = scope.namesWith(NameScope.Cell).sort();
    if (scope.needsClassClosure) this.cellvars.unshift('__class__');
    const frees = new Set(scope.namesWith(NameScope.Free));
    for (const [n, f] of scope.symbols) if (f & 64 /* DEF_FREE_CLASS */) frees.add(n);
    this.freevars = [...frees].sort();
  }

  setLoc(n: Loc): void {
    this.line = n.lineno;
    this.endLine = n.end_lineno;
    this.col = n.col_offset;
    this.endCol = n.end_col_offset;
  }

  emit(op: number, arg = 0): void {
    this.instrs.push({ op, arg, line: this.line, endLine: this.endLine, col: this.col, endCol: this.endCol });
  }

  newLabel(): number {
    this.labels.push(-1);
    return this.labels.length - 1;
  }

  placeLabel(l: number): void {
    this.labels[l] = this.instrs.length;
  }

  addConst(v: PyValue): number {
    const k = constKey(v);
    if (k !== null) {
      const i = this.constIndex.get(k);
      if (i !== undefined) return i;
      this.constIndex.set(k, this.consts.length);
    }
    this.consts.push(v);
    return this.consts.length - 1;
  }

  loadConst(v: PyValue): void {
    this.emit(Op.LOAD_CONST, this.addConst(v));
  }

  addName(n: string): number {
    let i = this.nameIndex.get(n);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(n);
      this.nameIndex.set(n, i);
    }
    return i;
  }

  /** Fast-local slot of a variable (created on first use). */
  localSlot(n: string): number {
    let i = this.varIndex.get(n);
    if (i === undefined) {
      i = this.varnames.length;
      this.varnames.push(n);
      this.varIndex.set(n, i);
    }
    return i;
  }

  /** localsplus index of a cell or free variable; -1 if neither. Only valid once varnames is final. */
  derefIndex(n: string): number {
    const c = this.cellvars.indexOf(n);
    if (c >= 0) return DEREF_BIAS + c;
    const f = this.freevars.indexOf(n);
    if (f >= 0) return DEREF_BIAS + this.cellvars.length + f;
    return -1;
  }

  finish(filename: string): CodeObject {
    // Deref args were emitted relative to DEREF_BIAS (nlocals was not final yet): rebase them now.
    const nlocals = this.varnames.length;
    for (const ins of this.instrs) {
      if (ins.op === Op.LOAD_DEREF || ins.op === Op.STORE_DEREF || ins.op === Op.DELETE_DEREF ||
          ins.op === Op.LOAD_CLOSURE || ins.op === Op.LOAD_CLASSDEREF) {
        ins.arg = ins.arg - DEREF_BIAS + nlocals;
      }
    }
    const a = assemble(this.instrs, this.labels);
    const cell2arg = new Int32Array(this.cellvars.length).fill(-1);
    const nparams = this.scope.params.length;
    this.cellvars.forEach((c, i) => {
      const p = this.scope.params.indexOf(c);
      if (p >= 0 && p < nparams) cell2arg[i] = p;
    });
    return new CodeObject(
      this.name, this.qualname, filename, this.firstlineno, a.instructions, a.positions, this.consts,
      this.names, this.varnames, this.cellvars, this.freevars, cell2arg, this.argcount,
      this.posonlyargcount, this.kwonlyargcount, this.flags, a.stacksize, a.exceptionTable, this.doc,
    );
  }
}

/** Deref args are emitted as DEREF_BIAS + index in (cellvars ++ freevars) and rebased by finish(). */
const DEREF_BIAS = 1 << 24;
