// Our AST must equal CPython 3.11's ast.parse, node for node, field for field, positions included, on
// the seed examples (examples/*.py) and the syntax corpus (test/parse/corpus/*.py). Expectations are
// JSON written by scripts/dump-cpython-ast.py (`npm run test:expectations`). Every input must have
// exactly one parse.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseModule, lastParseStats } from '../../src/parse/index.js';
import { astToJson, firstDiff } from './ast-json.js';

const root = join(import.meta.dirname, '..', '..');
const cases: { file: string; expected: string }[] = [];
for (const f of readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.py')).sort()) {
  cases.push({ file: join(root, 'examples', f), expected: join(root, 'test/parse/examples', f.replace(/\.py$/, '.ast.json')) });
}
for (const f of readdirSync(join(root, 'test/parse/corpus')).filter((f) => f.endsWith('.py')).sort()) {
  cases.push({ file: join(root, 'test/parse/corpus', f), expected: join(root, 'test/parse/corpus', f.replace(/\.py$/, '.ast.json')) });
}

describe('AST equals CPython ast.parse', () => {
  for (const c of cases) {
    it(c.file.slice(root.length + 1), () => {
      const src = readFileSync(c.file, 'utf8');
      const ast = parseModule(src, c.file);
      expect(lastParseStats.results).toBe(1);
      expect(existsSync(c.expected), `missing ${c.expected}; run npm run test:expectations`).toBe(true);
      const expected = JSON.parse(readFileSync(c.expected, 'utf8'));
      const got = astToJson(ast);
      const diff = firstDiff(got, expected);
      expect(diff).toBeNull();
    });
  }
});

describe('seed examples parse fast', () => {
  for (const f of readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.py')).sort()) {
    it(`${f} < 10 ms warm`, () => {
      const src = readFileSync(join(root, 'examples', f), 'utf8');
      for (let i = 0; i < 20; i++) parseModule(src, f);
      let best = Infinity;
      for (let i = 0; i < 10; i++) {
        const t0 = performance.now();
        parseModule(src, f);
        best = Math.min(best, performance.now() - t0);
      }
      expect(best).toBeLessThan(10);
    });
  }
});
