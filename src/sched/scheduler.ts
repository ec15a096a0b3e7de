// The scheduler: pyts's GIL (CPython: Python/ceval_gil.c). The contract, as prose:
//
// 1. Exactly one green thread runs at a time: the one the run loop passes to body.runSlice(budget).
//    "Holding the GIL" means "being inside runSlice". Nothing else runs Python code.
// 2. A thread gives the GIL up in exactly three ways:
//    - preemption: runSlice returns 'preempted' after `budget` ticks (the switch interval, counted by
//      the VM at eval-breaker points: a backward jump or a call; or at every instruction in
//      switch-any-instruction mode). The thread goes to the BACK of the ready queue.
//    - blocking: a native yields {op:'block', waitable}; runSlice returns 'blocked' and the thread is
//      parked (wait.ts): on a wait queue, on the timer heap, on the host (stdin), or immediately
//      re-queued (yieldGil: what stdout/stderr writes do, like CPython releasing the GIL around write()).
//    - finishing: runSlice returns 'finished'; joiners are woken.
// 3. Fairness: ready threads run round-robin, FIFO. A woken thread joins the back of the ready queue;
//    the value it was woken with is handed to the VM (wake / wakeWithError) when it next runs. No
//    priorities, no starvation: every ready thread runs within one round. With a seed (--seed) the
//    scheduler's two choices are drawn from a seeded PRNG, so different seeds show different
//    interleavings and the same seed always the same one: each slice's budget is jittered in
//    [interval/2, 3*interval/2), and a thread yielding around a write (yieldGil) rejoins the ready
//    queue at a random position, the front included (resumeAfterYield). Without a seed nothing is
//    random: fixed slices, and a writer always goes to the back.
//    Progress: every slice executes at least one instruction, whatever the budget (the VM's checks
//    preempt only once the budget is below zero), so a switch interval of 1 still finishes.
// 4. Time. The scheduler's clock is host.monotonic() or, in virtual-time mode, a number that only
//    moves when every thread waits: it then jumps to the earliest timer. time.time()/monotonic()/
//    perf_counter() read this clock, so a program's output depends only on its input and options.
//    Timers (sleep, timeouts) live on one heap; due timers fire between slices, in (time, creation)
//    order.
// 5. Idling. When no thread is ready, the run loop awaits ONE host timer for the earliest timer (or,
//    with no timer but a pending host wait such as stdin, just the host's promise). No busy loop.
// 6. Responsiveness. While threads run, the loop yields to the host event loop every `yieldEveryMs`
//    (default 15 ms) of real time, so a web page repaints and interrupt() / Ctrl-C / input arrive.
// 7. Interrupts. interrupt() raises KeyboardInterrupt in the main thread: at its next eval-breaker
//    point if it is ready, or by ending its wait (the wait raises) if it is blocked.
// 8. Deadlock. No ready thread, no pending timer, no pending host wait, and the run is not done:
//    nothing can ever happen again. runUntil() returns {kind:'deadlock'} with a report naming every
//    blocked thread, what it waits on and where (file, line, source); the runtime prints it on stderr
//    and exits with status 3 (DEADLOCK_EXIT_CODE). CPython would hang forever instead.
//
// What the scheduler does NOT do: run Python code itself, know about frames (ThreadBody hides the VM;
// tests use fake bodies), or implement threading's API (stdlib/threading builds on spawn/WaitQueue/join).

import type { Host, TimerHandle } from '../host/host.js';
import type { PyValue } from '../objects/object.js';
import { KeyboardInterrupt, SystemError, pyErr, type PyBaseException } from '../objects/exceptions.js';
import { Prng } from './prng.js';
import { TimerHeap, type TimerEntry } from './timer-heap.js';
import { Parking, WaitQueue, type Waitable } from './wait.js';

export type SliceResult = 'preempted' | 'blocked' | 'finished';

/** Exit status pyts uses after a deadlock report. */
export const DEADLOCK_EXIT_CODE = 3;

/** Default switch interval in ticks; sys.getswitchinterval() reports ticks / TICKS_PER_SECOND. */
export const DEFAULT_SWITCH_INTERVAL = 5000;
/** sys.setswitchinterval(s) sets the interval to round(s * TICKS_PER_SECOND) ticks (0.005 s = 5000). */
export const TICKS_PER_SECOND = 1_000_000;

/** Where a thread is, for reports. */
export interface Location {
  filename: string;
  lineno: number;
  name: string;
}

/** What the scheduler needs from a green thread's VM state (the VM's PyThread, or a fake in tests). */
export interface ThreadBody {
  /** Run until `budget` ticks are used, the thread blocks, or it finishes. Must not throw. */
  runSlice(budget: number): SliceResult;
  /** After 'blocked': the waitable of the BlockRequest. */
  blockedOn(): unknown;
  /** Before the next runSlice: the pending BlockRequest evaluates to value / raises err. */
  wake(value: PyValue): void;
  wakeWithError(err: PyBaseException): void;
  /** Raise err at the thread's next eval-breaker point. */
  asyncInterrupt(err: PyBaseException): void;
  /** The innermost Python frame's position, if any. */
  where(): Location | null;
}

export type ThreadState = 'ready' | 'running' | 'blocked' | 'finished';

export class GreenThread {
  state: ThreadState = 'ready';
  /** The current wait while blocked. */
  parking: Parking | null = null;
  /** Joiners park here; woken with True when the thread finishes. */
  readonly joiners: WaitQueue;
  /** Free slot for the threading module (its Thread object) and the runtime. */
  data: unknown = undefined;
  /** Pending resumption, delivered to the body when the thread next runs. */
  hasResume = false;
  resumeValue: PyValue | undefined = undefined;
  resumeError: PyBaseException | null = null;

  constructor(
    readonly ident: number,
    public name: string,
    public daemon: boolean,
    readonly body: ThreadBody,
  ) {
    this.joiners = new WaitQueue(() => `join of thread ${this.name}`);
  }

  get alive(): boolean {
    return this.state !== 'finished';
  }
}

export type SchedEvent =
  | { type: 'thread-start'; thread: GreenThread }
  | { type: 'thread-end'; thread: GreenThread }
  | { type: 'gil-take'; thread: GreenThread }
  | { type: 'gil-release'; thread: GreenThread; reason: 'preempted' | 'blocked' | 'finished'; waitingOn?: string };

export type SchedListener = (e: SchedEvent) => void;

export type RunOutcome =
  | { kind: 'done' }
  | { kind: 'deadlock'; report: string }
  /** interrupt() arrived while the main thread had already finished (waiting for other threads). */
  | { kind: 'interrupted' }
  | { kind: 'limit' };

export interface SchedulerOptions {
  host: Host;
  /** Ticks per slice (default DEFAULT_SWITCH_INTERVAL). */
  switchInterval?: number;
  /** Seed for scheduling choices; null/undefined = plain round-robin with fixed slices. */
  seed?: number | null;
  virtualTime?: boolean;
  /** Real milliseconds of running between yields to the host event loop (default 15). */
  yieldEveryMs?: number;
  /** Stop the run after about this many ticks (a playground's runaway guard); 0 = no limit. */
  instructionLimit?: number;
  /** Source text lookup for deadlock reports. */
  sourceLine?: (filename: string, lineno: number) => string | null;
}

/** time.time() at virtual time 0: 2024-01-01T00:00:00Z. */
export const VIRTUAL_EPOCH = 1704067200;

export class Scheduler {
  readonly host: Host;
  readonly virtualTime: boolean;
  /** The thread inside runSlice, or null between slices. */
  current: GreenThread | null = null;
  /** The main thread (interrupt() targets it). */
  mainThread: GreenThread | null = null;
  /** Live (not finished) threads by ident, in start order. */
  readonly threads = new Map<number, GreenThread>();
  /** Called when a thread finishes (the runtime prints uncaught exceptions of non-main threads). */
  onThreadFinished: ((t: GreenThread) => void) | null = null;

  private interval: number;
  private prng: Prng | null;
  private ready: GreenThread[] = [];
  private readyHead = 0;
  private timers = new TimerHeap();
  private vclock = 0;
  private hostWaits = 0;
  private stalled: Promise<unknown> | null = null;
  private idleWake: (() => void) | null = null;
  private interruptPending = false;
  private listeners: SchedListener[] = [];
  private gilHolder: GreenThread | null = null;
  private nextIdent = 1;
  private yieldEveryMs: number;
  private ticks = 0;
  private instructionLimit: number;
  private sourceLine: (filename: string, lineno: number) => string | null;

  constructor(opts: SchedulerOptions) {
    this.host = opts.host;
    this.interval = Math.max(1, Math.floor(opts.switchInterval ?? DEFAULT_SWITCH_INTERVAL));
    this.prng = opts.seed == null ? null : new Prng(opts.seed);
    this.virtualTime = !!opts.virtualTime;
    this.yieldEveryMs = opts.yieldEveryMs ?? 15;
    this.instructionLimit = opts.instructionLimit ?? 0;
    this.sourceLine = opts.sourceLine ?? (() => null);
  }

  // --- configuration ---

  get switchInterval(): number {
    return this.interval;
  }

  set switchInterval(ticks: number) {
    this.interval = Math.max(1, Math.floor(ticks));
  }

  on(listener: SchedListener): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  // --- clock and timers ---

  /** The scheduler's monotonic clock in seconds (virtual or host). */
  now(): number {
    return this.virtualTime ? this.vclock : this.host.monotonic();
  }

  /** Wall-clock seconds since the epoch (virtual: VIRTUAL_EPOCH + virtual clock). */
  wallTime(): number {
    return this.virtualTime ? VIRTUAL_EPOCH + this.vclock : this.host.wallTime();
  }

  /** Call `fire` (from the run loop, between slices) `seconds` from now. */
  addTimer(seconds: number, fire: () => void): TimerEntry {
    const e = this.timers.add(this.now() + seconds, fire);
    this.poke();
    return e;
  }

  cancelTimer(e: TimerEntry): void {
    this.timers.cancel(e);
  }

  // --- threads ---

  /** Register a new thread and make it ready (it runs when its turn comes). */
  spawn(body: ThreadBody, name: string, daemon = false): GreenThread {
    const t = new GreenThread(this.nextIdent++, name, daemon, body);
    this.threads.set(t.ident, t);
    this.pushReady(t);
    this.emit({ type: 'thread-start', thread: t });
    this.poke();
    return t;
  }

  /** Live non-daemon threads other than the main thread. */
  nonDaemonThreads(): GreenThread[] {
    return [...this.threads.values()].filter((t) => !t.daemon && t !== this.mainThread);
  }

  /**
   * End t's wait: it becomes ready and receives value (or err) when it next runs. Used by Parking.
   * `front`: t runs next (a stall ending: as if it had never stopped).
   */
  resume(t: GreenThread, value: PyValue | undefined, err: PyBaseException | null, front = false): void {
    t.parking = null;
    t.state = 'ready';
    t.hasResume = true;
    t.resumeValue = value;
    t.resumeError = err;
    if (front) this.pushFront(t);
    else this.pushReady(t);
    this.poke();
  }

  /**
   * Where a thread that released the GIL around a write (yieldGil) rejoins the ready queue. Without a
   * seed: at the back (every other ready thread runs first, as when CPython's writer loses the GIL).
   * With a seed: at a position drawn from the PRNG among the readyCount() + 1 possible ones, the
   * front meaning "the writer takes the GIL straight back". This is the only scheduling choice
   * on a terminal / with -u when writes dominate, so it must follow the seed too.
   */
  resumeAfterYield(t: GreenThread, value: PyValue): void {
    const n = this.readyCount();
    if (this.prng === null || n === 0) {
      this.resume(t, value, null);
      return;
    }
    const k = Math.floor(this.prng.next() * (n + 1));
    if (k === n) this.resume(t, value, null);
    else if (k === 0) this.resume(t, value, null, true);
    else {
      this.resume(t, value, null, true);
      // resume put t at the head; move it k places back (ready[readyHead] is t).
      const q = this.ready;
      const h = this.readyHead;
      for (let i = 0; i < k; i++) q[h + i] = q[h + i + 1];
      q[h + k] = t;
    }
  }

  /**
   * Stop the world until `promise` settles, then resume the parked thread FIRST (it keeps the GIL:
   * no other thread runs meanwhile). For host work that must look synchronous to Python, such as
   * loading a stdlib module's code, so that it never changes thread interleavings.
   */
  stall(promise: Promise<PyValue>, p: Parking, onError: (e: unknown) => PyBaseException): void {
    this.stalled = promise.then(
      (v) => p.resolveFirst(v),
      (e) => p.rejectFirst(onError(e)),
    );
  }

  /** A waitable that blocks until `t` finishes; resolves True, or False after `timeout` seconds. */
  joinWaitable(t: GreenThread, timeout?: number | null): Waitable | null {
    return t.alive ? t.joiners.wait(timeout, false) : null;
  }

  // --- host interaction ---

  /** KeyboardInterrupt in the main thread at the next switch point (Ctrl-C, Interpreter.interrupt). */
  interrupt(): void {
    this.interruptPending = true;
    this.poke();
  }

  hostWaitBegin(): void {
    this.hostWaits++;
  }

  hostWaitEnd(): void {
    this.hostWaits--;
    this.poke();
  }

  // --- the run loop ---

  /** Run threads until done() holds (checked between slices), a deadlock, or an interrupt/limit. */
  async runUntil(done: () => boolean): Promise<RunOutcome> {
    const host = this.host;
    let lastYield = host.monotonic();
    for (;;) {
      if (this.interruptPending) {
        this.interruptPending = false;
        if (!this.deliverInterrupt()) return { kind: 'interrupted' };
      }
      if (this.stalled !== null) {
        const st = this.stalled;
        await st;
        if (this.stalled === st) this.stalled = null;
        lastYield = host.monotonic();
        continue;
      }
      if (done()) return { kind: 'done' };
      if (this.instructionLimit > 0 && this.ticks >= this.instructionLimit) return { kind: 'limit' };
      this.fireDueTimers();
      const t = this.popReady();
      if (t !== undefined) {
        this.runOne(t);
        if (host.monotonic() - lastYield >= this.yieldEveryMs / 1000) {
          await host.yieldToEventLoop();
          lastYield = host.monotonic();
        }
        continue;
      }
      const next = this.timers.peek();
      if (next !== undefined) {
        if (this.virtualTime) {
          if (next.when > this.vclock) this.vclock = next.when;
          continue;
        }
        const ms = (next.when - host.monotonic()) * 1000;
        if (ms > 0) await this.idle(Math.ceil(ms));
        lastYield = host.monotonic();
        continue;
      }
      if (this.hostWaits > 0) {
        await this.idle(Infinity);
        lastYield = host.monotonic();
        continue;
      }
      return { kind: 'deadlock', report: this.deadlockReport() };
    }
  }

  private runOne(t: GreenThread): void {
    if (this.gilHolder !== t) {
      this.gilHolder = t;
      if (this.listeners.length) this.emit({ type: 'gil-take', thread: t });
    }
    this.current = t;
    t.state = 'running';
    const body = t.body;
    if (t.hasResume) {
      t.hasResume = false;
      const err = t.resumeError;
      if (err) body.wakeWithError(err);
      else body.wake(t.resumeValue as PyValue);
      t.resumeError = null;
      t.resumeValue = undefined;
    }
    let budget = this.interval;
    if (this.prng) budget = Math.max(1, Math.floor(budget * (0.5 + this.prng.next())));
    const r = body.runSlice(budget);
    this.current = null;
    this.ticks += budget;
    if (r === 'preempted') {
      t.state = 'ready';
      this.pushReady(t);
      if (this.readyCount() > 1) this.release(t, 'preempted');
    } else if (r === 'blocked') {
      this.park(t, body.blockedOn());
    } else {
      this.finish(t);
    }
  }

  private park(t: GreenThread, w: unknown): void {
    t.state = 'blocked';
    if (!isWaitable(w)) {
      const p = new Parking(t, this, { park() {}, describe: () => '?' });
      t.parking = p;
      p.reject(pyErr(SystemError, 'pyts: a native blocked on something that is not a Waitable'));
      return;
    }
    const p = new Parking(t, this, w);
    t.parking = p;
    this.release(t, 'blocked', w);
    w.park(p);
  }

  private finish(t: GreenThread): void {
    t.state = 'finished';
    t.parking = null;
    this.threads.delete(t.ident);
    this.release(t, 'finished');
    t.joiners.wakeAll(true);
    this.emit({ type: 'thread-end', thread: t });
    if (this.onThreadFinished) this.onThreadFinished(t);
  }

  private release(t: GreenThread, reason: 'preempted' | 'blocked' | 'finished', w?: Waitable): void {
    if (this.gilHolder !== t) return;
    this.gilHolder = null;
    if (this.listeners.length) {
      this.emit({ type: 'gil-release', thread: t, reason, waitingOn: w ? w.describe() : undefined });
    }
  }

  private deliverInterrupt(): boolean {
    const m = this.mainThread;
    if (!m || !m.alive) return false;
    const exc = pyErr(KeyboardInterrupt);
    if (m.state === 'blocked' && m.parking) m.parking.reject(exc);
    else m.body.asyncInterrupt(exc);
    return true;
  }

  private fireDueTimers(): void {
    if (this.timers.size === 0) return;
    const now = this.now();
    for (let e = this.timers.popDue(now); e !== undefined; e = this.timers.popDue(now)) e.fire();
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      let h: TimerHandle | null = null;
      const wake = () => {
        if (this.idleWake === wake) this.idleWake = null;
        if (h) h.cancel();
        resolve();
      };
      this.idleWake = wake;
      if (ms !== Infinity) h = this.host.setTimer(wake, ms);
    });
  }

  /** Cut an idle wait short (a thread became ready, a timer was added, an interrupt arrived). */
  private poke(): void {
    const w = this.idleWake;
    if (w) w();
  }

  private pushReady(t: GreenThread): void {
    this.ready.push(t);
  }

  private pushFront(t: GreenThread): void {
    if (this.readyHead > 0) this.ready[--this.readyHead] = t;
    else this.ready.unshift(t);
  }

  private popReady(): GreenThread | undefined {
    if (this.readyHead >= this.ready.length) return undefined;
    const t = this.ready[this.readyHead++];
    if (this.readyHead > 64 && this.readyHead * 2 > this.ready.length) {
      this.ready = this.ready.slice(this.readyHead);
      this.readyHead = 0;
    }
    return t;
  }

  private readyCount(): number {
    return this.ready.length - this.readyHead;
  }

  private emit(e: SchedEvent): void {
    for (const l of this.listeners) l(e);
  }

  /** The text printed when no thread can ever run again. */
  deadlockReport(): string {
    const lines = ['pyts: deadlock: every thread is blocked, no timer is pending and no input is awaited.'];
    for (const t of this.threads.values()) {
      const what = t.parking ? t.parking.waitable.describe() : t.state;
      lines.push(`  Thread ${t.name} (ident ${t.ident}) waits on ${what}`);
      const loc = t.body.where();
      if (loc) {
        lines.push(`    File "${loc.filename}", line ${loc.lineno}, in ${loc.name}`);
        const src = this.sourceLine(loc.filename, loc.lineno);
        if (src) lines.push(`      ${src.trim()}`);
      }
    }
    return lines.join('\n') + '\n';
  }
}

function isWaitable(w: unknown): w is Waitable {
  return typeof w === 'object' && w !== null && typeof (w as Waitable).park === 'function';
}
