// The object protocol exercised by real Python snippets (test/objects/protocol-cases/*.py), compared
// with the output CPython 3.11 produced for the same file (*.out, regenerate with regen.sh).

import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';
import { run, builtins } from '../vm/harness.js';
import { superType } from '../../src/objects/super.js';

if (builtins.getStr('super') === undefined) builtins.setStr('super', superType);

const dir = join(dirname(fileURLToPath(import.meta.url)), 'protocol-cases');

describe('protocol snippets vs CPython', () => {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.py')).sort()) {
    it(f, () => {
      const src = readFileSync(join(dir, f), 'utf8');
      const expected = readFileSync(join(dir, f.replace(/\.py$/, '.out')), 'utf8');
      expect(run(src)).toBe(expected);
    });
  }
});
