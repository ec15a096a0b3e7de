// The conformance engineer's thread cases (test/conformance/cases/threads: expected stdout, exit code
// and last stderr line produced by CPython 3.11) run on pyts under virtual time.

import { describe, test, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPy } from './harness.js';

const dir = join(__dirname, '../conformance/cases/threads');
const cases = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
const only = process.env.CASE;

describe('thread conformance cases', () => {
  for (const f of cases) {
    if (only && !f.includes(only)) continue;
    test(f, async () => {
      const src = readFileSync(join(dir, f), 'utf8');
      const exp = JSON.parse(readFileSync(join(dir, f.replace(/\.py$/, '.expected.json')), 'utf8'));
      const argvFile = join(dir, f.replace(/\.py$/, '.argv.json'));
      const extra: string[] = existsSync(argvFile) ? JSON.parse(readFileSync(argvFile, 'utf8')) : [];
      const r = await runPy(src, { filename: f, argv: [f, ...extra] });
      const lines = r.stderr.split('\n').filter((l) => l !== '');
      const last = lines.length ? lines[lines.length - 1] : '';
      if (process.env.SHOW) console.log(`--- ${f}\n${r.stdout}\n--- stderr\n${r.stderr}`);
      expect(r.stdout).toBe(exp.stdout);
      expect(r.exitCode).toBe(exp.exitCode);
      expect(last).toBe(exp.stderrLastLine);
    }, 30000);
  }
});
