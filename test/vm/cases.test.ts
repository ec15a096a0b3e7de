// Python programs under test/vm/cases/*.py, each with the stdout CPython 3.11 printed for it in
// the .out next to it (regenerate: for f in test/vm/cases/*.py; do python3 $f > ${f%.py}.out; done).

import { test, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { run } from './harness.js';

const dir = path.join(import.meta.dirname, 'cases');
for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.py')).sort()) {
  test(f, () => {
    const src = fs.readFileSync(path.join(dir, f), 'utf8');
    const want = fs.readFileSync(path.join(dir, f.replace(/\.py$/, '.out')), 'utf8');
    expect(run(src)).toBe(want);
  });
}
