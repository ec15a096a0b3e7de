// Whole programs for runtime/protocol behaviour (tracebacks, frames, recursion, error paths) compared with
// what CPython 3.11 printed for the same file (programs/NAME.expected.json, made by gen-programs.py):
// stdout, exit code and the last stderr line.

import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runPy } from './helpers.js';

const DIR = join(import.meta.dirname, 'programs');

describe('runtime programs match CPython 3.11', () => {
  for (const f of readdirSync(DIR).filter((n) => n.endsWith('.py')).sort()) {
    it(f, async () => {
      const src = readFileSync(join(DIR, f), 'utf8');
      const exp = JSON.parse(readFileSync(join(DIR, f.replace(/\.py$/, '.expected.json')), 'utf8'));
      const r = await runPy(src, { filename: f, cwd: DIR });
      const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
      expect(r.stdout).toBe(exp.stdout);
      expect(lines.length ? lines[lines.length - 1] : '').toBe(exp.stderrLastLine);
      expect(r.exitCode).toBe(exp.exitCode);
    });
  }
});
