// Fake green threads for scheduler tests: a thread's program is a JS generator that yields steps —
// { work: n } uses n ticks, { block: waitable } blocks (the generator receives the wake value, or the
// error is thrown into it) — so the scheduler can be tested without the VM.

import type { PyValue } from '../../src/objects/object.js';
import type { PyBaseException } from '../../src/objects/exceptions.js';
import type { Location, SliceResult, ThreadBody } from '../../src/sched/scheduler.js';
import type { Waitable } from '../../src/sched/wait.js';

export type Step = { work: number } | { block: Waitable };
export type Program = Generator<Step, void, PyValue>;

export class FakeBody implements ThreadBody {
  private started = false;
  private waiting: Waitable | null = null;
  private pendingWork = 0;
  private inValue: PyValue | undefined;
  private inError: PyBaseException | null = null;
  private asyncExc: PyBaseException | null = null;
  error: PyBaseException | null = null;
  slices = 0;

  constructor(private prog: Program, private loc: Location | null = null) {}

  runSlice(budget: number): SliceResult {
    this.slices++;
    for (;;) {
      if (this.asyncExc) {
        const e = this.asyncExc;
        this.asyncExc = null;
        this.inError = e;
      }
      if (this.pendingWork > 0) {
        const n = Math.min(budget, this.pendingWork);
        this.pendingWork -= n;
        budget -= n;
        if (this.pendingWork > 0 || budget <= 0) return 'preempted';
      }
      let r: IteratorResult<Step, void>;
      try {
        if (this.inError) {
          const e = this.inError;
          this.inError = null;
          r = this.prog.throw(e);
        } else {
          const v = this.inValue;
          this.inValue = undefined;
          r = this.started ? this.prog.next(v as PyValue) : this.prog.next(undefined as any);
          this.started = true;
        }
      } catch (e) {
        this.error = e as PyBaseException;
        return 'finished';
      }
      if (r.done) return 'finished';
      const step = r.value;
      if ('block' in step) {
        this.waiting = step.block;
        return 'blocked';
      }
      this.pendingWork = step.work;
    }
  }
  blockedOn(): unknown {
    return this.waiting;
  }
  wake(value: PyValue): void {
    this.waiting = null;
    this.inValue = value;
  }
  wakeWithError(err: PyBaseException): void {
    this.waiting = null;
    this.inError = err;
  }
  asyncInterrupt(err: PyBaseException): void {
    this.asyncExc = err;
  }
  where(): Location | null {
    return this.loc;
  }
}
