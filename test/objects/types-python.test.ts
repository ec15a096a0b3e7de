// Builtin data types exercised by Python snippets (test/objects/types-py/*.py) through the compiler
// and VM, compared with CPython 3.11's output (*.out: `python3 x.py > x.out`).
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';
import { run, builtins } from '../vm/harness.js';
import { rangeType } from '../../src/objects/range.js';
import { complexType } from '../../src/objects/complex.js';

// until the builtins module registers them
if (builtins.getStr('range') === undefined) builtins.setStr('range', rangeType);
if (builtins.getStr('complex') === undefined) builtins.setStr('complex', complexType);

const dir = join(dirname(fileURLToPath(import.meta.url)), 'types-py');

describe('types snippets vs CPython', () => {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.py')).sort()) {
    it(f, () => {
      const src = readFileSync(join(dir, f), 'utf8');
      const expected = readFileSync(join(dir, f.replace(/\.py$/, '.out')), 'utf8');
      expect(run(src)).toBe(expected);
    });
  }
});
