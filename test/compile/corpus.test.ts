// Compile every Python file of the repository (examples/, conformance cases): no compiler-internal
// error may escape (inconsistent stack depth, backward conditional jump, missing scope...). Syntax errors
// are the front end's and the conformance suite's business, so PySyntaxError is accepted here.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSource } from '../../src/compile/index.js';
import { PySyntaxError } from '../../src/parse/syntax-error.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function pyFiles(dir: string, out: string[] = []): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const n of names) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) pyFiles(p, out);
    else if (n.endsWith('.py')) out.push(p);
  }
  return out;
}

describe('corpus compiles without internal errors', () => {
  const files = [...pyFiles(join(root, 'examples')), ...pyFiles(join(root, 'test/conformance'))];
  it(`${files.length} files`, () => {
    const bad: string[] = [];
    for (const f of files) {
      try {
        compileSource(readFileSync(f, 'utf8'), f, 'exec');
      } catch (e) {
        if (!(e instanceof PySyntaxError)) bad.push(`${f}: ${(e as Error).message}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
