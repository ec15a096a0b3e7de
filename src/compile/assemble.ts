// The assembler (CPython: the back half of Python/compile.c — stackdepth, label_exception_targets,
// assemble_exception_table). Input: the linear instruction list a code unit emitted, with labels as jump
// arguments and the pseudo-ops SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH / POP_BLOCK / JUMP /
// JUMP_NO_INTERRUPT. Output: the final Int32Array code, positions, exception table and max stack depth.
//
// One flow pass over the instructions (a worklist over jump targets) computes, for each reachable
// instruction, the stack depth on entry and the stack of active exception handlers (a SETUP_* pushes a
// handler for the instructions that follow it, POP_BLOCK pops it, and each handler's target is entered
// with the handler stack that was below it). Pseudo-ops are then deleted, jumps renumbered, and each
// real instruction's innermost handler turned into exception-table ranges.
// Unreachable instructions are kept (no handler); CPython deletes them, which changes only `--dis` output.

import { Op, opName, stackEffect } from './opcodes.js';

/** An instruction while the unit is being emitted: jump args are label ids until assembly. */
export interface Instr {
  op: number;
  arg: number;
  line: number;
  endLine: number;
  col: number;
  endCol: number;
}

interface Handler {
  target: number; // label id
  /** Depth the VM pops the stack to (before pushing lasti/exc). */
  depth: number;
  lasti: boolean;
  below: Handler | null;
}

export interface Assembled {
  instructions: Int32Array;
  positions: Int32Array;
  exceptionTable: Int32Array;
  stacksize: number;
}

export function isJumpOp(op: number): boolean {
  switch (op) {
    case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT:
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE:
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: case Op.FOR_ITER: case Op.SEND:
    case Op.SETUP_FINALLY: case Op.SETUP_CLEANUP: case Op.SETUP_WITH: case Op.JUMP: case Op.JUMP_NO_INTERRUPT:
      return true;
  }
  return false;
}

function isUnconditional(op: number): boolean {
  return op === Op.JUMP || op === Op.JUMP_NO_INTERRUPT || op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD ||
    op === Op.JUMP_BACKWARD_NO_INTERRUPT;
}

function isTerminal(op: number): boolean {
  return op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE;
}

/**
 * Assemble `instrs`; `labels[id]` is the index in `instrs` a label was placed at (may equal instrs.length
 * only if nothing jumps there at run time).
 */
export function assemble(instrs: Instr[], labels: number[]): Assembled {
  const n = instrs.length;
  const depthAt = new Int32Array(n).fill(-1);
  const handlerAt: (Handler | null)[] = new Array(n).fill(null);
  let maxDepth = 0;

  const work: [number, number, Handler | null][] = [[0, 0, null]];
  const visit = (i: number, d: number, h: Handler | null): void => {
    if (i >= n) return;
    if (depthAt[i] === -1) work.push([i, d, h]);
    else if (depthAt[i] !== d) {
      throw new Error(`compiler bug: inconsistent stack depth at ${i} (${opName(instrs[i].op)}): ${depthAt[i]} vs ${d}`);
    }
  };
  while (work.length) {
    let [i, d, h] = work.pop()!;
    for (; i < n && depthAt[i] === -1; i++) {
      depthAt[i] = d;
      handlerAt[i] = h;
      const ins = instrs[i];
      const op = ins.op;
      if (op === Op.SETUP_FINALLY || op === Op.SETUP_CLEANUP || op === Op.SETUP_WITH) {
        const lasti = op !== Op.SETUP_FINALLY;
        const depth = op === Op.SETUP_WITH ? d - 1 : d;
        const target = labels[ins.arg];
        const entry = depth + (lasti ? 1 : 0) + 1;
        maxDepth = Math.max(maxDepth, entry);
        visit(target, entry, h);
        h = { target: ins.arg, depth, lasti, below: h };
        continue;
      }
      if (op === Op.POP_BLOCK) {
        if (!h) throw new Error(`compiler bug: POP_BLOCK without handler at ${i}`);
        h = h.below;
        continue;
      }
      if (isJumpOp(op)) {
        const dj = d + stackEffect(op, ins.arg, true);
        maxDepth = Math.max(maxDepth, dj);
        visit(labels[ins.arg], dj, h);
        if (isUnconditional(op)) break;
      }
      if (isTerminal(op)) break;
      d += stackEffect(op, ins.arg, false);
      if (d < 0) throw new Error(`compiler bug: negative stack depth after ${i} (${opName(op)})`);
      maxDepth = Math.max(maxDepth, d);
    }
  }

  // Delete pseudo-ops; map old index -> new index (a deleted op maps to the next real one).
  const newIndex = new Int32Array(n + 1);
  let m = 0;
  for (let i = 0; i < n; i++) {
    newIndex[i] = m;
    const op = instrs[i].op;
    if (!(op === Op.SETUP_FINALLY || op === Op.SETUP_CLEANUP || op === Op.SETUP_WITH || op === Op.POP_BLOCK)) m++;
  }
  newIndex[n] = m;
  const target = (label: number): number => newIndex[labels[label]];

  const code = new Int32Array(m * 2);
  const positions = new Int32Array(m * 4);
  const handlers: (Handler | null)[] = new Array(m).fill(null);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const ins = instrs[i];
    let op = ins.op;
    if (op === Op.SETUP_FINALLY || op === Op.SETUP_CLEANUP || op === Op.SETUP_WITH || op === Op.POP_BLOCK) continue;
    let arg = ins.arg;
    if (isJumpOp(op)) {
      arg = target(ins.arg);
      if (op === Op.JUMP) op = arg > j ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
      else if (op === Op.JUMP_NO_INTERRUPT) op = arg > j ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
      else if (op !== Op.JUMP_BACKWARD && op !== Op.JUMP_BACKWARD_NO_INTERRUPT && arg <= j) {
        throw new Error(`compiler bug: backward ${opName(op)} at ${j}`);
      }
    }
    code[2 * j] = op;
    code[2 * j + 1] = arg;
    positions[4 * j] = ins.line;
    positions[4 * j + 1] = ins.endLine;
    positions[4 * j + 2] = ins.col;
    positions[4 * j + 3] = ins.endCol;
    handlers[j] = depthAt[i] === -1 ? null : handlerAt[i];
    j++;
  }

  // Exception table: maximal runs of instructions with the same innermost handler.
  const table: number[] = [];
  let start = 0;
  for (let k = 1; k <= m; k++) {
    if (k === m || handlers[k] !== handlers[start] && !sameHandler(handlers[k], handlers[start])) {
      const h = handlers[start];
      if (h) table.push(start, k, target(h.target), (h.depth << 1) | (h.lasti ? 1 : 0));
      start = k;
    }
  }
  return { instructions: code, positions, exceptionTable: Int32Array.from(table), stacksize: maxDepth };
}

function sameHandler(a: Handler | null, b: Handler | null): boolean {
  return a !== null && b !== null && a.target === b.target && a.depth === b.depth && a.lasti === b.lasti;
}
