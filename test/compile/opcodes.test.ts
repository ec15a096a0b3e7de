// The `const enum Op` in src/compile/opcodes.ts is generated from its TABLE. This test fails when they
// drift; run with PYTS_REGEN_OPCODES=1 to rewrite the generated block.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OPCODE_ROWS, PSEUDO_BASE, stackEffect, OPCODE_BY_NAME } from '../../src/compile/opcodes.js';

const file = fileURLToPath(new URL('../../src/compile/opcodes.ts', import.meta.url));
const BEGIN = '// BEGIN GENERATED (from TABLE and PSEUDO; do not edit)\n';
const END = '// END GENERATED\n';

function generated(): string {
  const lines = ['/** Opcode numbers. Real ops are dense from 0; pseudo-ops (compiler-only) from PSEUDO_BASE. */', 'export const enum Op {'];
  OPCODE_ROWS.real.forEach((r, i) => lines.push(`  /** ${r[3].replace(/\*\//g, '* /')} */`, `  ${r[0]} = ${i},`));
  OPCODE_ROWS.pseudo.forEach((r, i) => lines.push(`  /** (pseudo) ${r[3].replace(/\*\//g, '* /')} */`, `  ${r[0]} = ${PSEUDO_BASE + i},`));
  lines.push('}');
  return lines.join('\n') + '\n';
}

describe('opcode table', () => {
  it('generated enum is in sync with TABLE', () => {
    const src = readFileSync(file, 'utf8');
    const a = src.indexOf(BEGIN), b = src.indexOf(END);
    expect(a).toBeGreaterThan(0);
    const current = src.slice(a + BEGIN.length, b);
    const want = generated();
    if (current !== want && process.env.PYTS_REGEN_OPCODES) {
      writeFileSync(file, src.slice(0, a + BEGIN.length) + want + src.slice(b));
      return;
    }
    expect(current).toBe(want);
  });

  it('names are unique and every effect is computable', () => {
    const all = [...OPCODE_ROWS.real, ...OPCODE_ROWS.pseudo];
    expect(new Set(all.map((r) => r[0])).size).toBe(all.length);
    expect(OPCODE_ROWS.real.length).toBeLessThan(PSEUDO_BASE);
    for (const [name] of all) {
      const op = OPCODE_BY_NAME.get(name)!;
      for (const arg of [0, 1, 2, 3, 0x101]) {
        expect(Number.isInteger(stackEffect(op, arg, false))).toBe(true);
        expect(Number.isInteger(stackEffect(op, arg, true))).toBe(true);
      }
    }
  });
});

describe('superinstructions (quicken.ts)', () => {
  it('rewrite only the first instruction of each pair, named FIRST__SECOND; args and the code are unchanged', async () => {
    const { compileSource } = await import('../../src/compile/index.js');
    const { opName } = await import('../../src/compile/opcodes.js');
    const { CodeObject } = await import('../../src/compile/code.js');
    const src = [
      'def f(a, b, v):',
      '    x = a * a + b * b',
      '    while x < 10.0:',
      '        v[0] += x',
      '        x = x + 1',
      '    return a.real, x',
    ].join('\n');
    const mod = compileSource(src, '<t>', 'exec');
    const f = mod.consts.find((c) => c instanceof CodeObject) as InstanceType<typeof CodeObject>;
    const plain = f.instructions, quick = f.quick;
    expect(quick.length).toBe(plain.length);
    let supers = 0;
    for (let i = 0; i < f.ninstr; i++) {
      expect(quick[2 * i + 1]).toBe(plain[2 * i + 1]);
      if (quick[2 * i] === plain[2 * i]) continue;
      supers++;
      expect(opName(quick[2 * i])).toBe(`${opName(plain[2 * i])}__${opName(plain[2 * i + 2])}`);
      expect(quick[2 * i + 2]).toBe(plain[2 * i + 2]); // the second stays plain
    }
    expect(supers).toBeGreaterThanOrEqual(6);
    const names = [...quick].filter((_, k) => k % 2 === 0).map(opName);
    for (const n of ['LOAD_FAST__LOAD_FAST', 'COMPARE_OP__POP_JUMP_IF_FALSE', 'COPY__COPY', 'SWAP__SWAP', 'LOAD_FAST__LOAD_ATTR']) {
      expect(names).toContain(n);
    }
  });

  it('every superinstruction row names two real instructions and has their combined stack effect', () => {
    for (const [name] of OPCODE_ROWS.real) {
      const parts = name.split('__');
      if (parts.length === 1) continue;
      expect(parts.length).toBe(2);
      const [a, b] = parts.map((p) => OPCODE_BY_NAME.get(p)!);
      expect(a).toBeDefined();
      expect(b).toBeDefined();
      for (const arg of [2, 3]) {
        expect(stackEffect(OPCODE_BY_NAME.get(name)!, arg, false)).toBe(stackEffect(a, arg, false) + stackEffect(b, arg, false));
      }
    }
  });
});
