// Syntax errors must match CPython 3.11: kind, message, line, offsets, and the exact stderr text of
// `python3 NAME.py`. Expectations: test/parse/bad/expected.json, written by
// scripts/dump-cpython-errors.py (`npm run test:expectations`).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseModule, PySyntaxError, formatSyntaxError } from '../../src/parse/index.js';

const dir = join(import.meta.dirname, 'bad');
const expected: Record<string, Record<string, unknown>> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));

describe('syntax errors match CPython', () => {
  for (const [name, exp] of Object.entries(expected)) {
    it(name, () => {
      const src = readFileSync(join(dir, name), 'utf8');
      let err: unknown = null;
      try { parseModule(src, name, { fileInput: true }); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(PySyntaxError);
      const e = err as PySyntaxError;
      expect({ kind: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset, text: e.text })
        .toEqual({ kind: exp.kind, msg: exp.msg, lineno: exp.lineno, offset: exp.offset, end_lineno: exp.end_lineno, end_offset: exp.end_offset, text: exp.text });
      expect(formatSyntaxError(e)).toBe(exp.stderr);
      let strErr: PySyntaxError | null = null;
      try { parseModule(src, name); } catch (e) { strErr = e as PySyntaxError; }
      expect([strErr?.offset, strErr?.end_offset], 'compile(str) offsets').toEqual([exp.str_offset, exp.str_end_offset]);
    });
  }
});
