// Waiting: what a green thread can block on, and how it is woken (the primitives `_thread`,
// `threading`, `queue` and `time` are built from).
//
// A native blocks by yielding `{ op: 'block', waitable }` (object.ts). The VM stops the thread and
// the scheduler calls `waitable.park(parking)`. From then on exactly one of these ends the wait, and
// the first one wins (later ones are no-ops, so a timeout racing a wake-up is harmless):
//   parking.resolve(value)  - the BlockRequest evaluates to `value` (e.g. True for an acquired lock)
//   parking.reject(exc)     - the BlockRequest raises `exc` (KeyboardInterrupt delivered to a waiter)
//   the parking's timeout   - resolves with the timeout value (e.g. False from acquire(timeout=1))
// Ending a wait removes the parking from its queue and cancels its timer; the thread goes to the back
// of the ready queue and the value is handed to the VM when the thread next runs.
//
// Waitables provided here:
//   WaitQueue.wait(timeout?, timeoutValue?)  FIFO queue; wakeOne/wakeAll(value) from another thread
//   sleepFor(seconds)                        park on the timer heap (time.sleep); 0 = just yield
//   yieldGil(reason)                         release the GIL and rejoin the ready queue at once: at
//                                            the back, or with --seed at a seeded position
//                                            (stdout/stderr writes: CPython releases the GIL around
//                                            the write system call)
//   hostWait(promise, what)                  wait for the host (stdin); counts as "input awaited"
//   stallOn(promise, what)                   wait for the host holding the GIL (module loading)
// A custom waitable implements `Waitable` (park + describe).

import type { PyValue } from '../objects/object.js';
import { None } from '../objects/builtin-types.js';
import type { PyBaseException } from '../objects/exceptions.js';
import type { TimerEntry } from './timer-heap.js';
import type { GreenThread, Scheduler } from './scheduler.js';

export interface Waitable {
  /** Register the parked thread; arrange for parking.resolve/reject (possibly immediately). */
  park(p: Parking): void;
  /** What the thread waits for, for deadlock reports and tools: 'Lock.acquire()', 'sleep(1.0)'... */
  describe(): string;
}

/** One thread's current wait. Created by the scheduler for every BlockRequest. */
export class Parking {
  done = false;
  timer: TimerEntry | null = null;
  /** Undo the registration (e.g. remove from a wait queue); set by the waitable. */
  cleanup: (() => void) | null = null;

  constructor(
    readonly thread: GreenThread,
    readonly sched: Scheduler,
    readonly waitable: Waitable,
  ) {}

  resolve(value: PyValue): boolean {
    if (!this.end()) return false;
    this.sched.resume(this.thread, value, null);
    return true;
  }

  reject(exc: PyBaseException): boolean {
    if (!this.end()) return false;
    this.sched.resume(this.thread, undefined, exc);
    return true;
  }

  /** Resolve a GIL yield: the scheduler decides where the thread rejoins the ready queue. */
  resolveYield(value: PyValue): boolean {
    if (!this.end()) return false;
    this.sched.resumeAfterYield(this.thread, value);
    return true;
  }

  /** Like resolve/reject, but the thread runs next (ends a stall). */
  resolveFirst(value: PyValue): boolean {
    if (!this.end()) return false;
    this.sched.resume(this.thread, value, null, true);
    return true;
  }

  rejectFirst(exc: PyBaseException): boolean {
    if (!this.end()) return false;
    this.sched.resume(this.thread, undefined, exc, true);
    return true;
  }

  /** End the wait with `value` after `seconds` on the scheduler's clock (null/undefined: never). */
  setTimeout(seconds: number | null | undefined, value: PyValue): void {
    if (seconds == null || this.done) return;
    this.timer = this.sched.addTimer(Math.max(0, seconds), () => {
      this.timer = null;
      this.resolve(value);
    });
  }

  private end(): boolean {
    if (this.done) return false;
    this.done = true;
    if (this.timer) this.sched.cancelTimer(this.timer);
    this.timer = null;
    const c = this.cleanup;
    this.cleanup = null;
    if (c) c();
    return true;
  }
}

/** A FIFO wait queue (CPython's lock/condition waiters). */
export class WaitQueue {
  private waiters: Parking[] = [];

  /** `what` describes the wait for reports: a string, or a function (for names that change). */
  constructor(private readonly what: string | (() => string)) {}

  describe(): string {
    return typeof this.what === 'string' ? this.what : this.what();
  }

  /** A waitable that parks on this queue; after `timeout` seconds it resolves with `timeoutValue`. */
  wait(timeout?: number | null, timeoutValue: PyValue = false): Waitable {
    const q = this;
    return {
      park(p: Parking) {
        q.waiters.push(p);
        p.cleanup = () => {
          const i = q.waiters.indexOf(p);
          if (i >= 0) q.waiters.splice(i, 1);
        };
        p.setTimeout(timeout, timeoutValue);
      },
      describe: () => (timeout == null ? q.describe() : `${q.describe()} (timeout ${timeout})`),
    };
  }

  /** Wake the longest waiter with `value`. False if nobody waits. */
  wakeOne(value: PyValue): boolean {
    const p = this.waiters[0];
    return p ? p.resolve(value) : false;
  }

  /** Wake every waiter with `value`; returns how many were woken. */
  wakeAll(value: PyValue): number {
    const ws = this.waiters.slice();
    let n = 0;
    for (const p of ws) if (p.resolve(value)) n++;
    return n;
  }

  get length(): number {
    return this.waiters.length;
  }

  /** The waiting threads, oldest first. */
  threads(): GreenThread[] {
    return this.waiters.map((p) => p.thread);
  }
}

/** Park on the timer heap for `seconds` (time.sleep). The wait resolves with `value` (default None). */
export function sleepFor(seconds: number, value?: PyValue): Waitable {
  return {
    park(p: Parking) {
      if (seconds <= 0) p.resolve(value ?? None);
      else p.setTimeout(seconds, value ?? None);
    },
    describe: () => `sleep(${seconds})`,
  };
}

/** Release the GIL and queue up behind the other ready threads (resolves with None). */
export function yieldGil(reason = 'write'): Waitable {
  return {
    park(p: Parking) {
      p.resolveYield(None);
    },
    describe: () => reason,
  };
}

/** Shared waitable for stdout/stderr writes. */
export const YIELD_FOR_WRITE: Waitable = yieldGil('write');

/**
 * Wait for the host while keeping the GIL: no other thread runs until `promise` settles, then this
 * thread continues first (Scheduler.stall). For work that must look synchronous (module loading).
 */
export function stallOn(promise: Promise<PyValue>, what: string, onError: (e: unknown) => PyBaseException): Waitable {
  return {
    park(p: Parking) {
      p.sched.stall(promise, p, onError);
    },
    describe: () => what,
  };
}

/**
 * Wait for the host (stdin input): the thread parks until `promise` settles; the value it resolves
 * with is converted by `toValue`. While any host wait is pending, an all-blocked process is idle,
 * not deadlocked.
 */
export function hostWait<T>(promise: Promise<T>, what: string, toValue: (v: T) => PyValue, onError?: (e: unknown) => PyBaseException): Waitable {
  return {
    park(p: Parking) {
      const s = p.sched;
      s.hostWaitBegin();
      promise.then(
        (v) => {
          s.hostWaitEnd();
          p.resolve(toValue(v));
        },
        (e) => {
          s.hostWaitEnd();
          if (onError) p.reject(onError(e));
          else p.resolve(None);
        },
      );
    },
    describe: () => what,
  };
}
