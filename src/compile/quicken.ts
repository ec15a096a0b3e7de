// Superinstructions (CPython 3.11: the superinstruction half of _PyCode_Quicken): CodeObject.quick is
// code.instructions with the first instruction of each chosen pair (A, B) rewritten to the A__B row of
// the opcode table (opcodes.ts, SUPERINSTRUCTIONS), chosen greedily left to right; the second instruction
// is left in place (and never starts another pair), so a jump into it runs it alone. Arguments are never
// changed: A__B reads its second argument from the next instruction. Nothing else (positions, exception
// table, dis) sees `quick`.

import { SUPERINSTRUCTIONS } from './opcodes.js';

export function quicken(instrs: Int32Array): Int32Array {
  const q = instrs.slice();
  const n = instrs.length >> 1;
  for (let i = 0; i + 1 < n; i++) {
    const pairs = SUPERINSTRUCTIONS.get(instrs[2 * i]);
    if (pairs === undefined) continue;
    const s = pairs.get(instrs[2 * i + 2]);
    if (s === undefined) continue;
    q[2 * i] = s;
    i++;
  }
  return q;
}
