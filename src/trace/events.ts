// ThreadEvents from a Runtime's scheduler: the scheduler's events (thread-start/-end, gil-take/-release)
// plus what tools need, computed here so the scheduler's hot path stays lean:
//   time      the scheduler's clock (virtual in virtual-time mode)
//   ts        the trace clock, µs: real time since the first event, or, in virtual time, ticks used
//             (1 tick = 1 µs) + the virtual clock, so the same program + seed gives the same trace
//   kind      why the GIL was released: preempted / finished / the class of the waitable
//   waitingOn the waitable's description ('Lock.acquire()', 'sleep(0.5)', 'join of thread ...')
//   ticks     ticks used while holding the GIL (measured by wrapping each thread body's runSlice)
//   location  the innermost Python frame's file, line, function and source text
// Used by the embedding API (Interpreter.onThreadEvent) and `pyts --trace`. No `node:` import.

import type { Runtime } from '../runtime/runtime.js';
import type { GreenThread, SchedEvent, ThreadBody } from '../sched/scheduler.js';
import { classifyWait, type SourceLocation, type ThreadEvent } from './timeline.js';

/**
 * Subscribe `emit` to rt's scheduler as ThreadEvents; call before the run starts. Returns unsubscribe.
 * `enabled`: events are built only while it returns true (the tick count is kept regardless, so the
 * trace clock stays right for a listener that subscribes mid-run).
 */
export function attachThreadEvents(rt: Runtime, emit: (e: ThreadEvent) => void, enabled: () => boolean = () => true): () => void {
  const sched = rt.sched;
  const virtual = sched.virtualTime;
  let origin = -1; // real time: the clock of the first event (the main thread's start) is 0
  let ticksTotal = 0;
  let lastTs = 0;
  let active = true;
  const held = new Map<GreenThread, number>();
  const clock = (): number => {
    if (origin < 0) origin = virtual ? 0 : sched.now();
    const t = virtual ? ticksTotal + sched.now() * 1e6 : (sched.now() - origin) * 1e6;
    lastTs = Math.max(lastTs, t);
    return lastTs;
  };
  const where = (g: GreenThread): SourceLocation | undefined => {
    const loc = g.body.where();
    if (!loc) return undefined;
    const line = rt.sources.line(loc.filename, loc.lineno);
    return line ? { ...loc, line: line.trim() } : { ...loc };
  };
  // Ticks per slice: the VM leaves the unused part of the budget in its thread's `budget`.
  const measure = (g: GreenThread): void => {
    const body = g.body as ThreadBody & { thread?: { budget?: number } };
    const run = body.runSlice;
    body.runSlice = (budget: number) => {
      const r = run.call(body, budget);
      const left = body.thread?.budget;
      const used = typeof left === 'number' ? Math.max(0, budget - Math.max(0, left)) : r === 'preempted' ? budget : 0;
      ticksTotal += used;
      held.set(g, (held.get(g) ?? 0) + used);
      return r;
    };
  };
  const off = sched.on((e: SchedEvent) => {
    if (e.type === 'thread-start') measure(e.thread);
    if (!active || !enabled()) return;
    const g = e.thread;
    const ev: ThreadEvent = {
      type: e.type,
      thread: { name: g.name, ident: g.ident, daemon: g.daemon },
      time: sched.now(),
      ts: clock(),
    };
    if (e.type === 'gil-take') {
      held.set(g, 0);
      const loc = where(g);
      if (loc) ev.location = loc;
    } else if (e.type === 'gil-release') {
      ev.kind = e.reason === 'preempted' ? 'preempted' : e.reason === 'finished' ? 'finished' : classifyWait(e.waitingOn);
      if (e.waitingOn !== undefined) ev.waitingOn = e.waitingOn;
      ev.ticks = held.get(g) ?? 0;
      held.set(g, 0);
      const loc = e.reason === 'finished' ? undefined : where(g);
      if (loc) ev.location = loc;
    } else if (e.type === 'thread-end') {
      held.delete(g);
    }
    emit(ev);
  });
  return () => {
    active = false;
    off();
  };
}
