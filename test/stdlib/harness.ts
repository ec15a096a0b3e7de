// Conformance of the logging and argparse modules: every test/stdlib/cases/*.py run on pyts must print
// what CPython 3.11 printed for it (NAME.expected.json, produced by gen-expected.py with python3;
// never computed by pyts). Comparison rules, shared by all cases:
//   - timestamps `YYYY-MM-DD HH:MM:SS` (with `,mmm` when present) are masked on both sides;
//   - `# mask: REGEX` header lines mask more (e.g. racing counter values);
//   - `# compare: sorted-lines` compares each stream's lines as a multiset (thread completion order).

import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Runtime } from '../../src/runtime/runtime.js';
import { MemoryHost } from '../../src/host/memory-host.js';

const CASES = join(__dirname, 'cases');

interface Run { args: string[]; stdout: string; stderr: string; exit: number }
interface Expected { env: Record<string, string>; runs: Run[] }

const TIME = /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(,\d{3})?/g;

function header(src: string, key: string): string[] {
  return src.split('\n').filter((l) => l.startsWith(`# ${key}:`)).map((l) => l.slice(key.length + 3).trim());
}

function normalize(s: string, masks: RegExp[], sorted: boolean): string {
  let t = s.replace(TIME, '<TIME>');
  for (const m of masks) t = t.replace(m, '<MASK>');
  if (sorted) t = t.split('\n').sort().join('\n');
  return t;
}

/** Run `src` as /t/NAME.py with argv and env on a memory host; returns what CPython's run records. */
export async function runCase(name: string, src: string, args: string[], env: Record<string, string>): Promise<Omit<Run, 'args'>> {
  const path = `/t/${name}`;
  const host = new MemoryHost({ argv: [path, ...args], cwd: '/t', env, isatty: false, files: { [path]: src } });
  const rt = new Runtime({ host, virtualTime: true, seed: 1 });
  const r = await rt.runMain(src, path, true, '/t');
  return { stdout: host.stdout, stderr: host.stderr, exit: r.exitCode };
}

/** Register one describe() per case whose file name starts with `prefix`. */
export function caseSuite(prefix: string): void {
  const names = readdirSync(CASES).filter((f) => f.startsWith(prefix) && f.endsWith('.py')).sort();

  for (const name of names) {
    const src = readFileSync(join(CASES, name), 'utf8');
    const expected = JSON.parse(readFileSync(join(CASES, name.replace(/\.py$/, '.expected.json')), 'utf8')) as Expected;
    const masks = header(src, 'mask').map((m) => new RegExp(m, 'g'));
    const sorted = header(src, 'compare').includes('sorted-lines');
    describe(name, () => {
      for (const run of expected.runs) {
        test(run.args.join(' ') || '(no args)', async () => {
          const got = await runCase(name, src, run.args, expected.env);
          expect(normalize(got.stdout, masks, sorted)).toBe(normalize(run.stdout, masks, sorted));
          expect(normalize(got.stderr, masks, sorted)).toBe(normalize(run.stderr, masks, sorted));
          expect(got.exit).toBe(run.exit);
        });
      }
    });
  }
}
