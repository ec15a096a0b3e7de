// Robustness: random bytes and truncated / mutated valid programs (fixed PRNG seed) must give a parse or
// a PySyntaxError — never another exception, never a hang — and every successful parse is unambiguous.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseModule, parseExpression, PySyntaxError, lastParseStats } from '../../src/parse/index.js';

function prng(seed: number): () => number {
  return () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x80000000; };
}
const root = join(import.meta.dirname, '..', '..');
const sources = [
  ...readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.py')).map((f) => join(root, 'examples', f)),
  ...readdirSync(join(root, 'test/parse/corpus')).filter((f) => f.endsWith('.py')).map((f) => join(root, 'test/parse/corpus', f)),
].map((f) => readFileSync(f, 'utf8'));

function check(src: string): void {
  const t0 = performance.now();
  try {
    parseModule(src, 'fuzz.py');
    expect(lastParseStats.results).toBe(1);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw new Error(`non-syntax error on ${JSON.stringify(src.slice(0, 300))}: ${(e as Error).stack}`);
    if (e.noLocation) expect(src).toContain('\0');
    else expect(e.lineno).toBeGreaterThan(0);
  }
  expect(performance.now() - t0).toBeLessThan(2000);
}

const PIECES = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '\n', '    ', '\t', '"', "'", '"""', 'f"{', '}', '\\', '#', 'if ', 'else', 'not ', 'in ',
  'is ', 'lambda', 'yield', '*', '**', '.', '1', '0x', '1e', 'x', 'def ', 'class ', 'with ', 'for ', ' as ', 'return', '@', ';', '线程', '😀', '\r\n', 'await ', '= ', ' if '];

describe('robustness', () => {
  it('random bytes', () => {
    const r = prng(1);
    for (let n = 0; n < 300; n++) {
      const len = Math.floor(r() * 80);
      let s = '';
      for (let i = 0; i < len; i++) s += String.fromCharCode(r() < 0.8 ? 32 + Math.floor(r() * 95) : Math.floor(r() * 256));
      check(s);
    }
  });
  it('random token soup', () => {
    const r = prng(2);
    for (let n = 0; n < 500; n++) {
      const len = Math.floor(r() * 30);
      let s = '';
      for (let i = 0; i < len; i++) s += PIECES[Math.floor(r() * PIECES.length)];
      check(s);
    }
  });
  it('truncated valid programs', () => {
    const r = prng(3);
    for (const src of sources) for (let k = 0; k < 15; k++) check(src.slice(0, Math.floor(r() * src.length)));
  });
  it('mutated valid programs', () => {
    const r = prng(4);
    for (const src of sources) {
      for (let k = 0; k < 15; k++) {
        const at = Math.floor(r() * src.length);
        const op = r();
        const piece = PIECES[Math.floor(r() * PIECES.length)];
        const mutated = op < 0.33 ? src.slice(0, at) + src.slice(at + 1 + Math.floor(r() * 5))
          : op < 0.66 ? src.slice(0, at) + piece + src.slice(at) : src.slice(0, at) + piece + src.slice(at + piece.length);
        check(mutated);
      }
    }
  });
  it('eval input', () => {
    const r = prng(5);
    for (let n = 0; n < 200; n++) {
      let s = '';
      for (let i = 0, len = Math.floor(r() * 12); i < len; i++) s += PIECES[Math.floor(r() * PIECES.length)];
      try { parseExpression(s, '<string>'); } catch (e) { if (!(e instanceof PySyntaxError)) throw e; }
    }
  });
});
