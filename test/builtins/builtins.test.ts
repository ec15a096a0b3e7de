// Builtin functions called directly (no VM): every case in builtin-cases.json was produced by
// CPython 3.11 (gen-builtin-cases.py).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtinsEntries } from '../../src/builtins/index.js';
import { PyNativeFunction } from '../../src/objects/native.js';
import { decodeArg, outcome } from './helpers.js';

const cases: [string, any[], [string, string, string]][] = JSON.parse(
  readFileSync(new URL('./builtin-cases.json', import.meta.url), 'utf8'),
);
const ns = new Map(builtinsEntries());

describe('builtins (CPython cases)', () => {
  for (const [name, args, expected] of cases) {
    it(`${name}(${JSON.stringify(args)})`, () => {
      const f = ns.get(name) as PyNativeFunction;
      expect(outcome(() => f.fn(args.map(decodeArg), null))).toEqual(expected);
    });
  }
});
