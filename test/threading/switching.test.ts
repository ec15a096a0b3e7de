// Where thread switches happen and what decides them (pyts-only: CPython's interleavings depend on OS
// timing; these pin pyts's deterministic mode). Two properties:
//   - progress: every slice runs at least one instruction, so any switch interval >= 1 finishes;
//   - seeds: under virtual time the same program + options give the same bytes every run, and different
//     seeds give different interleavings in every output mode (piped: the jittered slices decide;
//     terminal or -u: the GIL hand-off around each write decides, and it follows the seed too).

import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPy, type RunOpts } from './harness.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const race = readFileSync(join(root, 'examples/race.py'), 'utf8');

const ONE_THREAD = `def f(x):
    return x + 1
print(f(1), [f(i) for i in range(3)], sum(range(10)))
`;

const THREADS = `import threading
c = [0]
def w(n):
    for i in range(n):
        c[0] += 1
    print("done", n)
ts = [threading.Thread(target=w, args=(k * 10,)) for k in (1, 2, 3)]
for t in ts: t.start()
for t in ts: t.join()
print(c[0])
`;

describe('switch interval 1 makes progress', () => {
  for (const anyInstr of [false, true]) {
    const mode = anyInstr ? 'any instruction' : 'eval-breaker points';
    test(`one thread, ${mode}`, async () => {
      const r = await runPy(ONE_THREAD, { switchInterval: 1, switchAnyInstruction: anyInstr });
      expect(r.stdout).toBe('2 [1, 2, 3] 45\n');
      expect(r.exitCode).toBe(0);
    });
    test(`three threads, ${mode}`, async () => {
      const r = await runPy(THREADS, { switchInterval: 1, switchAnyInstruction: anyInstr, seed: null });
      expect(r.stdout.split('\n').filter((l) => l.startsWith('done')).length).toBe(3);
      expect(r.exitCode).toBe(0);
    });
  }

  test('sys.setswitchinterval(1e-6) (one tick) in a program', async () => {
    const r = await runPy(`import sys\nsys.setswitchinterval(1e-6)\n${THREADS}`, { seed: 3 });
    expect(r.exitCode).toBe(0);
    expect(r.stdout.endsWith('\n')).toBe(true);
  });
});

describe('seeds decide interleavings in every output mode', () => {
  const modes: [string, RunOpts][] = [
    ['piped stdout', { isatty: false, switchInterval: 50 }],
    ['terminal (line-buffered)', { isatty: true }],
    ['-u (unbuffered)', { unbuffered: true }],
    ['terminal, switch interval 1', { isatty: true, switchInterval: 1 }],
  ];
  const run = (seed: number | null, opts: RunOpts) =>
    runPy(race, { filename: 'race.py', argv: ['race.py', '2', '10'], virtualTime: true, seed, ...opts });

  for (const [name, opts] of modes) {
    test(`${name}: same seed, same bytes; seeds 1-4 differ`, async () => {
      const outs = new Set<string>();
      for (const seed of [1, 2, 3, 4]) {
        const a = await run(seed, opts);
        const b = await run(seed, opts);
        expect(a.stdout).toBe(b.stdout);
        expect(a.stdout.match(/ (get|set) /g)!.length).toBe(40);
        expect(a.stdout).toMatch(/All thread end! glob is \[\d+\]\n$/);
        outs.add(a.stdout);
      }
      expect(outs.size).toBeGreaterThan(1);
    });
  }

  test('without a seed: the same bytes every run (a writer always goes to the back)', async () => {
    const a = await run(null, { isatty: true });
    const b = await run(null, { isatty: true });
    expect(a.stdout).toBe(b.stdout);
    // Round-robin hand-off at every line: the two threads alternate get/get/set/set and lose updates.
    expect(Number(/glob is \[(\d+)\]/.exec(a.stdout)![1])).toBeLessThan(20);
  });
});
