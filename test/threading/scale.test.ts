// Scale: many simultaneously alive green threads parked on one Event (waiting costs nothing), then
// released; and the deadlock report naming what each thread waits on.

import { test, expect } from 'vitest';
import { runPy } from './harness.js';

test('10,000 threads alive at once, blocked on one Event, released, all complete', async () => {
  const src = `import threading
N = 10000
ev = threading.Event()
ready = threading.Semaphore(0)
done = []
lock = threading.Lock()
def w(i):
    ready.release()
    ev.wait()
    with lock:
        done.append(i)
ts = [threading.Thread(target=w, args=(i,)) for i in range(N)]
for t in ts: t.start()
for _ in range(N): ready.acquire()
print('alive', threading.active_count(), sum(t.is_alive() for t in ts))
ev.set()
for t in ts: t.join()
print('done', len(done), sorted(done) == list(range(N)), threading.active_count())
`;
  const r = await runPy(src, { seed: 1 });
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe('alive 10001 10000\ndone 10000 True 1\n');
}, 120000);

test('a deadlock is reported with what each thread waits on and where', async () => {
  const src = `import threading
a = threading.Lock()
b = threading.Lock()
ev = threading.Event()
def t1():
    with a:
        ev.wait()
        with b:
            pass
t = threading.Thread(target=t1, name='Worker')
t.start()
with b:
    ev.set()
    with a:
        pass
`;
  const r = await runPy(src, { seed: 1 });
  expect(r.exitCode).toBe(3);
  expect(r.stderr).toMatch(/deadlock/);
  expect(r.stderr).toMatch(/Thread MainThread .*waits on acquire of <locked _thread\.lock object at 0x[0-9a-f]+>/);
  expect(r.stderr).toMatch(/Thread Worker .*waits on acquire of <locked _thread\.lock object/);
  expect(r.stderr).toMatch(/line 14, in <module>\n\s+with a:/);
  expect(r.stderr).toMatch(/line 8, in t1\n\s+with b:/);
});

test('the main thread waits for non-daemon threads at exit, also after sys.exit(); daemon threads are dropped', async () => {
  const src = `import threading, time, sys
def slow():
    time.sleep(5)
    print('non-daemon finished')
def forever():
    while True:
        time.sleep(1)
threading.Thread(target=slow).start()
threading.Thread(target=forever, daemon=True).start()
print('main done')
sys.exit(4)
`;
  const r = await runPy(src, { seed: 1 });
  expect(r.stdout).toBe('main done\nnon-daemon finished\n');
  expect(r.exitCode).toBe(4);
});

test('an exception in a thread: "Exception in thread NAME:" + traceback on stderr, the process goes on', async () => {
  const src = `import threading
def worker():
    raise ValueError('boom')
t = threading.Thread(target=worker)
t.start(); t.join()
print('after', t.is_alive())
`;
  const r = await runPy(src, { seed: 1 });
  expect(r.stdout).toBe('after False\n');
  expect(r.stderr).toMatch(/^Exception in thread Thread-1 \(worker\):\nTraceback \(most recent call last\):\n/);
  expect(r.stderr).toMatch(/File "main.py", line 3, in worker\n    raise ValueError\('boom'\)\n/);
  expect(r.stderr.endsWith('ValueError: boom\n')).toBe(true);
  expect(r.exitCode).toBe(0);
});
