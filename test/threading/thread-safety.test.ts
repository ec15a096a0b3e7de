// The seed's three argparse + logging thread-safety programs, verbatim, run as the tutorial runs them
// (`-l 1000 -t 10`). CPython's lines come from gen-thread-safety.py (timestamps removed, value split off,
// sorted). The line text (thread name, file:line) must equal CPython's; the values are checked by the
// property the tutorial teaches: a local variable always reaches 1000 in every thread, a global or a
// shared instance's attribute goes past it because ten threads add to the same one. The largest value
// logged for the global is exactly 10000: `x += 1` with no call inside is never torn (CPython 3.10+).

import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Interpreter } from '../../src/index.js';

const root = join(__dirname, '..', '..');
const expected: Record<string, { exitCode: number; lines: string[]; values: number[] }> = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'thread-safety.expected.json'), 'utf8'),
);

async function run(name: string, seed: number) {
  const file = `${name}.py`;
  const source = readFileSync(join(root, 'examples', file), 'utf8');
  let stderr = '';
  const py = new Interpreter({ stderr: (s) => (stderr += s), argv: [file, '-l', '1000', '-t', '10'], virtualTime: true, seed });
  const { exitCode } = await py.run(source, { filename: file });
  const rows = stderr.trimEnd().split('\n').map((line) => {
    const m = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (.*) \[x = (\d+)\]$/.exec(line);
    if (!m) throw new Error(`unexpected line: ${line}`);
    return { text: m[1], value: Number(m[2]) };
  });
  return { exitCode, rows };
}

describe('seed thread-safety programs, -l 1000 -t 10', () => {
  for (const seed of [1, 2]) {
    test(`thread_safe_local_var.py (seed ${seed}): every thread logs x = 1000`, async () => {
      const { exitCode, rows } = await run('thread_safe_local_var', seed);
      const cp = expected.thread_safe_local_var;
      expect(exitCode).toBe(cp.exitCode);
      expect(rows.map((r) => r.text).sort()).toEqual(cp.lines);
      expect(rows.map((r) => r.value)).toEqual(cp.values);
    }, 60_000);

    test(`thread_unsafe_global.py (seed ${seed}): the shared global goes past 1000, up to exactly 10000`, async () => {
      const { exitCode, rows } = await run('thread_unsafe_global', seed);
      const cp = expected.thread_unsafe_global;
      expect(exitCode).toBe(cp.exitCode);
      expect(rows.map((r) => r.text).sort()).toEqual(cp.lines);
      for (const { value } of rows) expect(value).toBeGreaterThan(1000);
      expect(Math.max(...rows.map((r) => r.value))).toBe(10000);
      expect(Math.max(...cp.values)).toBe(10000);
    }, 60_000);

    test(`thread_unsafe_shared_instance.py (seed ${seed}): the shared attribute goes past 1000`, async () => {
      const { exitCode, rows } = await run('thread_unsafe_shared_instance', seed);
      const cp = expected.thread_unsafe_shared_instance;
      expect(exitCode).toBe(cp.exitCode);
      expect(rows.map((r) => r.text).sort()).toEqual(cp.lines);
      for (const { value } of rows) expect(value).toBeGreaterThan(1000);
      expect(Math.min(...cp.values)).toBeGreaterThan(1000);
    }, 60_000);
  }
});
