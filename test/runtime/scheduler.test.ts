// Scheduler unit tests with fake threads: round-robin, blocking and waking, timeouts, joins,
// interrupts, idling, deadlock reports, seeded jitter.

import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../src/sched/scheduler.js';
import { WaitQueue, sleepFor, yieldGil } from '../../src/sched/wait.js';
import { MemoryHost } from '../../src/host/memory-host.js';
import { KeyboardInterrupt, isExcOf } from '../../src/objects/exceptions.js';
import { FakeBody, type Program } from './fake-thread.js';

function sched(opts: Partial<ConstructorParameters<typeof Scheduler>[0]> = {}) {
  return new Scheduler({ host: new MemoryHost(), virtualTime: true, switchInterval: 10, ...opts });
}

describe('scheduler', () => {
  it('runs ready threads round-robin, one slice each', async () => {
    const s = sched();
    const log: string[] = [];
    const prog = (name: string): Program =>
      (function* () {
        for (let i = 0; i < 3; i++) {
          log.push(`${name}${i}`);
          yield { work: 10 };
        }
      })();
    const a = s.spawn(new FakeBody(prog('a')), 'A');
    s.spawn(new FakeBody(prog('b')), 'B');
    s.mainThread = a;
    const out = await s.runUntil(() => s.threads.size === 0);
    expect(out.kind).toBe('done');
    expect(log.join(' ')).toBe('a0 b0 a1 b1 a2 b2');
  });

  it('a write-style yield hands the GIL to the next ready thread', async () => {
    const s = sched({ switchInterval: 1000 });
    const log: string[] = [];
    const prog = (name: string): Program =>
      (function* () {
        for (let i = 0; i < 2; i++) {
          log.push(`${name}${i}`);
          yield { block: yieldGil() };
        }
      })();
    s.spawn(new FakeBody(prog('a')), 'A');
    s.spawn(new FakeBody(prog('b')), 'B');
    await s.runUntil(() => s.threads.size === 0);
    expect(log.join(' ')).toBe('a0 b0 a1 b1');
  });

  it('wait queues wake in FIFO order with a value; timeouts give the timeout value', async () => {
    const s = sched();
    const q = new WaitQueue('Lock.acquire()');
    const got: string[] = [];
    const waiter = (name: string, timeout?: number): Program =>
      (function* () {
        const v = yield { block: q.wait(timeout, false) };
        got.push(`${name}=${String(v)}@${s.now()}`);
      })();
    s.spawn(new FakeBody(waiter('w1')), 'w1');
    s.spawn(new FakeBody(waiter('w2', 5)), 'w2');
    s.spawn(new FakeBody(waiter('w3')), 'w3');
    s.spawn(
      new FakeBody(
        (function* () {
          yield { block: sleepFor(10) };
          q.wakeAll(true);
        })(),
      ),
      'waker',
    );
    await s.runUntil(() => s.threads.size === 0);
    expect(got).toEqual(['w2=false@5', 'w1=true@10', 'w3=true@10']);
  });

  it('virtual time: sleeps complete in timestamp order, instantly', async () => {
    const s = sched();
    const got: string[] = [];
    for (const d of [3, 1, 2]) {
      s.spawn(
        new FakeBody(
          (function* () {
            yield { block: sleepFor(d) };
            got.push(`${d}@${s.now()}`);
          })(),
        ),
        `t${d}`,
      );
    }
    const t0 = Date.now();
    await s.runUntil(() => s.threads.size === 0);
    expect(Date.now() - t0).toBeLessThan(500);
    expect(got).toEqual(['1@1', '2@2', '3@3']);
    expect(s.wallTime()).toBe(1704067200 + 3);
  });

  it('real time: idles on a host timer for sleeps', async () => {
    const s = sched({ virtualTime: false });
    s.spawn(new FakeBody((function* () { yield { block: sleepFor(0.05) }; })()), 'sleeper');
    const t0 = performance.now();
    await s.runUntil(() => s.threads.size === 0);
    const ms = performance.now() - t0;
    expect(ms).toBeGreaterThanOrEqual(45);
    expect(ms).toBeLessThan(400);
  });

  it('join wakes when the thread finishes', async () => {
    const s = sched();
    const log: string[] = [];
    const worker = s.spawn(new FakeBody((function* () { yield { block: sleepFor(2) }; log.push('worker done'); })()), 'W');
    s.spawn(
      new FakeBody(
        (function* () {
          const v = yield { block: s.joinWaitable(worker)! };
          log.push(`joined ${String(v)}`);
        })(),
      ),
      'J',
    );
    await s.runUntil(() => s.threads.size === 0);
    expect(log).toEqual(['worker done', 'joined true']);
  });

  it('interrupt() raises KeyboardInterrupt in a blocked main thread', async () => {
    const s = sched({ virtualTime: false });
    let caught: unknown = null;
    const main = s.spawn(
      new FakeBody(
        (function* () {
          try {
            yield { block: new WaitQueue('Event.wait()').wait() };
          } catch (e) {
            caught = e;
          }
        })(),
      ),
      'MainThread',
    );
    s.mainThread = main;
    s.spawn(new FakeBody((function* () { yield { block: sleepFor(0.02) }; })()), 'other');
    setTimeout(() => s.interrupt(), 5);
    const out = await s.runUntil(() => !main.alive);
    expect(out.kind).toBe('done');
    expect(isExcOf(caught, KeyboardInterrupt)).toBe(true);
  });

  it('reports a deadlock with each thread, its wait and its location', async () => {
    const s = sched({ sourceLine: (f, n) => (f === 'x.py' && n === 7 ? '    lock.acquire()\n' : null) });
    const q = new WaitQueue('Lock.acquire()');
    const main = s.spawn(new FakeBody((function* () { yield { block: q.wait() }; })(), { filename: 'x.py', lineno: 7, name: 'main' }), 'MainThread');
    s.mainThread = main;
    const out = await s.runUntil(() => !main.alive);
    expect(out).toEqual({
      kind: 'deadlock',
      report:
        'pyts: deadlock: every thread is blocked, no timer is pending and no input is awaited.\n' +
        '  Thread MainThread (ident 1) waits on Lock.acquire()\n' +
        '    File "x.py", line 7, in main\n' +
        '      lock.acquire()\n',
    });
  });

  it('the same seed gives the same interleaving; slices are jittered', async () => {
    const trace = async (seed: number) => {
      const s = sched({ seed, switchInterval: 7 });
      const log: string[] = [];
      for (const n of ['a', 'b']) {
        s.spawn(new FakeBody((function* () { for (let i = 0; i < 20; i++) { log.push(n); yield { work: 3 }; } })()), n);
      }
      await s.runUntil(() => s.threads.size === 0);
      return log.join('');
    };
    expect(await trace(1)).toBe(await trace(1));
    const all = new Set([await trace(1), await trace(2), await trace(3), await trace(4)]);
    expect(all.size).toBeGreaterThan(1);
  });

  it('emits thread and GIL events', async () => {
    const s = sched();
    const ev: string[] = [];
    s.on((e) => ev.push(e.type === 'gil-release' ? `${e.type}:${e.thread.name}:${e.reason}` : `${e.type}:${e.thread.name}`));
    s.spawn(new FakeBody((function* () { yield { block: sleepFor(1) }; })()), 'A');
    await s.runUntil(() => s.threads.size === 0);
    expect(ev).toEqual(['thread-start:A', 'gil-take:A', 'gil-release:A:blocked', 'gil-take:A', 'gil-release:A:finished', 'thread-end:A']);
  });
});
