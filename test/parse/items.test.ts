// A timing-free performance regression check: Earley items per token (shared/notes/nearley.md; the parse
// cost follows it). Measured on all seed examples and corpus files concatenated.
import { expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nearley from 'nearley';
import { parseModule, lastParseStats } from '../../src/parse/index.js';

it('Earley items per token stay <= 40', () => {
  const root = join(import.meta.dirname, '..', '..');
  const files = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.py') && !f.includes('_complete')).map((f) => join(root, 'examples', f));
  const src = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  const probe = new nearley.Parser(nearley.Grammar.fromCompiled({ ParserRules: [{ name: 's', symbols: [] }], ParserStart: 's' } as never));
  const Column = Object.getPrototypeOf((probe as unknown as { table: object[] }).table[0]);
  const original = Column.process;
  let items = 0;
  Column.process = function (this: { states: unknown[] }, ...args: unknown[]) { const r = original.apply(this, args); items += this.states.length; return r; };
  try { parseModule(src, 'all.py'); } finally { Column.process = original; }
  const perToken = items / lastParseStats.tokens;
  expect(perToken).toBeLessThanOrEqual(40);
});
