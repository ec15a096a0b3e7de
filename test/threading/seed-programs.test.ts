// The seed tutorial's thread programs (examples/) on pyts, checked against CPython 3.11's output
// (fixtures/expected.json, made by gen-expected.py) where it is deterministic, and by properties where
// it depends on timing (the race demos), under virtual time and a fixed seed.

import { describe, test, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPy, type RunOpts } from './harness.js';

interface Expected {
  file: string;
  argv: string[];
  subs: [string, string][];
  exitCode: number;
  stdout?: string;
  lineCount?: number;
  lastLine?: string;
}

const root = join(__dirname, '../..');
const expected: Record<string, Expected> = JSON.parse(readFileSync(join(__dirname, 'fixtures/expected.json'), 'utf8'));

function sourceOf(e: Expected): string {
  let src = readFileSync(join(root, 'examples', e.file), 'utf8');
  for (const [a, b] of e.subs) src = src.replace(a, b);
  return src;
}

async function runExample(name: string, opts: RunOpts = {}) {
  const e = expected[name];
  const r = await runPy(sourceOf(e), { filename: e.file, argv: [e.file, ...e.argv], seed: 1, ...opts });
  return { e, r };
}


describe('seed programs with deterministic output: exact bytes', () => {
  for (const name of ['timer_impl_complete', 'timer_usage_complete', 'local_instantiate_complete', 'threading_local_module_complete']) {
    test(name, async () => {
      const { e, r } = await runExample(name);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(e.stdout);
      expect(r.exitCode).toBe(e.exitCode);
    });
  }
});

/** The race demos' lines: [thread, 'get'|'set', value]. */
function raceLines(out: string): [string, string, number][] {
  const res: [string, string, number][] = [];
  for (const l of out.split('\n')) {
    const m = /^Thread (\d+) (get loc|set glob\[0\])=(\d+)$/.exec(l);
    if (m) res.push([m[1], m[2].startsWith('get') ? 'get' : 'set', Number(m[3])]);
  }
  return res;
}

describe('race.py (seed): unsynchronised read-modify-write loses updates', () => {
  test('race.py 2 10 on a terminal ends below 20, every line printed', async () => {
    const src = readFileSync(join(root, 'examples/race.py'), 'utf8');
    // A terminal: stdout is line-buffered, each print is a write() that releases the GIL (the tutorial's setting).
    const r = await runPy(src, { filename: 'race.py', argv: ['race.py', '2', '10'], seed: 1, isatty: true });
    const m = /All thread end! glob is \[(\d+)\]\n$/.exec(r.stdout);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeLessThan(20);
    expect(Number(m![1])).toBeGreaterThanOrEqual(10);
    expect(raceLines(r.stdout).length).toBe(40);
    expect(r.stdout.match(/finished/g)!.length).toBe(2);
  });

  test('same seed, same bytes (deterministic mode)', async () => {
    const src = readFileSync(join(root, 'examples/race.py'), 'utf8');
    const run = (seed: number) => runPy(src, { filename: 'race.py', argv: ['race.py', '3', '20'], seed, isatty: true });
    const a = await run(7);
    const b = await run(7);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stderr).toBe(b.stderr);
  });

  test('different seeds, different interleavings (piped stdout: switches come from the jittered slices)', async () => {
    const src = readFileSync(join(root, 'examples/race.py'), 'utf8');
    const outs = new Set<string>();
    for (const seed of [1, 2, 3, 4]) {
      const r = await runPy(src, { filename: 'race.py', argv: ['race.py', '2', '10'], seed, switchInterval: 50 });
      expect(raceLines(r.stdout).length).toBe(40);
      outs.add(r.stdout);
    }
    expect(outs.size).toBeGreaterThan(1);
  });

  test('with switches at any instruction, threads interleave inside the loop body', async () => {
    const src = readFileSync(join(root, 'examples/race.py'), 'utf8');
    const r = await runPy(src, { filename: 'race.py', argv: ['race.py', '4', '50'], seed: 3, switchInterval: 7, switchAnyInstruction: true });
    const m = /glob is \[(\d+)\]/.exec(r.stdout);
    expect(Number(m![1])).toBeLessThanOrEqual(200);
    expect(r.exitCode).toBe(0);
  });
});

describe('race with a Lock: exactly threads x loops', () => {
  for (const [file, threads, loops] of [['race_lock.py', 2, 10], ['race_with_lock_complete.py', 2, 10], ['race_lock.py', 100, 1000], ['race_with_lock_complete.py', 100, 1000]] as const) {
    test(`${file} ${threads} ${loops}`, async () => {
      const src = readFileSync(join(root, 'examples', file), 'utf8');
      const r = await runPy(src, { filename: file, argv: [file, String(threads), String(loops)], seed: 5, isatty: true });
      expect(r.stdout.endsWith(`All thread end! glob is [${threads * loops}]\n`)).toBe(true);
      // the critical section never interleaves: each get is followed by the same thread's set of get+1
      const lines = raceLines(r.stdout);
      expect(lines.length).toBe(2 * threads * loops);
      for (let i = 0; i < lines.length; i += 2) {
        const [t1, k1, v1] = lines[i];
        const [t2, k2, v2] = lines[i + 1];
        if (!(k1 === 'get' && k2 === 'set' && t1 === t2 && v2 === v1 + 1)) throw new Error(`interleaved at line ${i}: ${lines[i]} / ${lines[i + 1]}`);
      }
      if (threads === 100) {
        const e = expected['race_with_lock_complete_100_1000'];
        expect(r.stdout.split('\n').length - 1).toBe(e.lineCount);
      } else if (file === 'race_lock.py') {
        expect(r.stdout.split('\n').length).toBe(expected['race_lock_2_10'].stdout!.split('\n').length);
      }
    }, 120000);
  }
});

test('two threads doing a million c += 1 each end at exactly 2,000,000 (no tearing between eval-breaker points)', async () => {
  const src = `import threading
c = 0
def work():
    global c
    for _ in range(1000000):
        c += 1
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(c)
`;
  const r = await runPy(src, { seed: 11 });
  expect(r.stdout).toBe('2000000\n');
}, 120000);

describe('spinners (seed), fib(15) instead of fib(42)', () => {
  for (const name of ['spinner_daemon_fib15', 'spinner_queue_exit_fib15']) {
    test(name, async () => {
      const { e, r } = await runExample(name);
      // Timing differs (the calculation time, how many spinner frames and where they fall between the
      // pieces of main's print); without the spinner's frames, both outputs are the result + the time.
      const norm = (s: string) => s.replace(/\rresult = [-\\|/]/g, '').replace(/[0-9.e-]+ seconds\n$/, 'T seconds\n');
      expect(norm(r.stdout)).toBe(norm(e.stdout!));
      expect(norm(r.stdout)).toBe('\rresult =  987\ncalculation time:  T seconds\n');
      expect(r.stderr).toBe('');
      expect(r.exitCode).toBe(e.exitCode);
    });
  }
});

describe('our fixtures vs CPython', () => {
  test('error texts, reprs and small semantics of _thread/threading/queue (fixtures/errors.py)', async () => {
    const { e, r } = await runExample('errors');
    expect(r.stdout).toBe(e.stdout);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
  });

  // queue.Queue's synchronous common path and its general path (blocking, timeouts, storage hooks).
  for (const [seed, switchInterval] of [[1, undefined], [2, 3], [3, 1]] as const) {
    test(`queue_paths.py, seed ${seed}, switch interval ${switchInterval ?? 'default'}`, async () => {
      const { e, r } = await runExample('queue_paths', { seed, switchInterval });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(e.stdout);
    }, 60000);
  }

  // Interleaving-independent results, shaken with several seeds and small switch intervals.
  for (const [seed, switchInterval] of [[1, undefined], [2, 50], [3, 7], [4, 2], [5, 300]] as const) {
    test(`properties.py, seed ${seed}, switch interval ${switchInterval ?? 'default'}`, async () => {
      const { e, r } = await runExample('properties', { seed, switchInterval });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(e.stdout);
    }, 60000);
  }
  test('properties.py with switches at any instruction', async () => {
    const { e, r } = await runExample('properties', { seed: 9, switchInterval: 13, switchAnyInstruction: true });
    expect(r.stdout).toBe(e.stdout);
  }, 60000);
});
