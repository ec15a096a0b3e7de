// pyts-only behaviour (CPython has no equivalent, so these expectations are pyts's own design, not
// python3's output): the deadlock report and its exit status, byte-identical output under virtual
// time, seeded interleavings, the GIL release on terminal writes.

import { describe, expect, it } from 'vitest';
import { runPy } from './helpers.js';

const DEAD = `import threading
lock = threading.Lock()
def worker():
    lock.acquire()
lock.acquire()
t = threading.Thread(target=worker)
t.start()
t.join()
`;

const SLEEPERS = `import threading, time
def w(n):
    for i in range(3):
        time.sleep(n)
        print(f"w{n} tick {i} at {time.monotonic():.1f}")
ts = [threading.Thread(target=w, args=(d,)) for d in (0.5, 0.3)]
for t in ts: t.start()
for t in ts: t.join()
print("done", time.time())
`;

const RACE = `import sys
from threading import Thread
glob = [0]
def incr(loops, name):
    while loops > 0:
        loc = glob[0]
        print(f"Thread {name} get loc={loc}")
        loc += 1
        glob[0] = loc
        print(f"Thread {name} set glob[0]={loc}")
        loops -= 1
threads = [Thread(target=incr, args=(50, i + 1)) for i in range(2)]
for t in threads: t.start()
for t in threads: t.join()
print("glob is", glob)
`;

describe('pyts-only', () => {
  it('reports a deadlock: each thread, its wait, its line; status 3', async () => {
    const r = await runPy(DEAD);
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toMatch(/^pyts: deadlock: every thread is blocked, no timer is pending and no input is awaited\.\n/);
    expect(r.stderr).toContain('  Thread MainThread (ident 1) waits on join of thread Thread-1 (worker)\n    File "/app/main.py", line 8, in <module>\n      t.join()\n');
    expect(r.stderr).toContain('    File "/app/main.py", line 4, in worker\n      lock.acquire()\n');
  });

  it('virtual time: same bytes every run, sleeps in timestamp order', async () => {
    const a = await runPy(SLEEPERS, { virtualTime: true });
    const b = await runPy(SLEEPERS, { virtualTime: true });
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toBe(
      'w0.3 tick 0 at 0.3\nw0.5 tick 0 at 0.5\nw0.3 tick 1 at 0.6\nw0.3 tick 2 at 0.9\nw0.5 tick 1 at 1.0\nw0.5 tick 2 at 1.5\ndone 1704067201.5\n',
    );
  });

  it('terminal writes release the GIL (updates are lost); pipe buffering does not', async () => {
    const tty = await runPy(RACE, { isatty: true, virtualTime: true });
    const pipe = await runPy(RACE, { isatty: false, virtualTime: true });
    expect(pipe.stdout.endsWith('glob is [100]\n')).toBe(true);
    const n = Number(/glob is \[(\d+)\]/.exec(tty.stdout)![1]);
    expect(n).toBeLessThan(100);
  });

  it('the same seed replays the same interleaving', async () => {
    const a = await runPy(RACE, { isatty: true, virtualTime: true, seed: 7, switchInterval: 50 });
    const b = await runPy(RACE, { isatty: true, virtualTime: true, seed: 7, switchInterval: 50 });
    expect(a.stdout).toBe(b.stdout);
  });
});
