// Thread timelines for tools: the playground's lanes and `pyts --trace out.json` (Chrome trace-event
// JSON, opens in Perfetto / chrome://tracing). Host-neutral: no `node:` import, no browser global.
//
// Input: the embedding API's ThreadEvents (src/index.ts adds time, trace clock, wait kind and source
// location to the scheduler's events). Output: one lane per thread, each a sequence of segments that
// never overlap and leave no gap from the thread's start to its end:
//   run    the thread held the GIL (from gil-take to gil-release)
//   ready  preempted: runnable, waiting for the GIL
//   sleep / lock / event / condition / semaphore / queue / join / io / input / other
//          blocked: what it waited on (the waitable's description), until it held the GIL again
// A segment boundary is a switch point; each boundary keeps the source location where it happened.
//
// The trace clock (`ts`, microseconds) is deterministic in virtual time: it advances by the ticks each
// slice used (1 tick = 1 µs, the switch-interval convention) and jumps with the virtual clock. With a
// real clock it is real time. Either way it never goes backwards, so segments never overlap.

/** Why a thread gave up the GIL, as tools show it. */
export type WaitKind =
  | 'preempted'
  | 'sleep'
  | 'lock'
  | 'event'
  | 'condition'
  | 'semaphore'
  | 'queue'
  | 'join'
  | 'io'
  | 'input'
  | 'finished'
  | 'other';

/** A source position (the innermost Python frame) with its line's text when known. */
export interface SourceLocation {
  filename: string;
  lineno: number;
  /** Function name ('<module>' for module level). */
  name: string;
  /** The source line, stripped. */
  line?: string;
}

/** A thread as events describe it. */
export interface ThreadRef {
  name: string;
  ident: number;
  daemon: boolean;
}

/** One scheduler event, with what tools need (see Interpreter.onThreadEvent in src/index.ts). */
export interface ThreadEvent {
  type: 'thread-start' | 'thread-end' | 'gil-take' | 'gil-release';
  thread: ThreadRef;
  /** The scheduler's clock, seconds (virtual time when virtualTime is on). */
  time: number;
  /** Trace clock, microseconds from the run's start (see the header). */
  ts: number;
  /** gil-release: why. */
  kind?: WaitKind;
  /** gil-release of a blocked thread: what it waits on ('Lock.acquire()', 'sleep(0.5)', 'write'...). */
  waitingOn?: string;
  /** gil-release: ticks used while holding the GIL since the last gil-take. */
  ticks?: number;
  /** Where the thread is: the line it resumes at (gil-take) or where it stopped (gil-release). */
  location?: SourceLocation;
}

/** Classify a waitable's description (scheduler Waitable.describe()) into a WaitKind. */
export function classifyWait(what: string | undefined): WaitKind {
  if (what === undefined) return 'other';
  if (/^sleep\(/.test(what)) return 'sleep';
  if (/^write$/.test(what)) return 'io';
  if (/readline|read\(|input/.test(what)) return 'input';
  if (/^join of /.test(what)) return 'join';
  if (/Queue|queue/.test(what)) return 'queue';
  if (/Event/.test(what)) return 'event';
  if (/Condition|Barrier/.test(what)) return 'condition';
  if (/Semaphore/.test(what)) return 'semaphore';
  if (/lock|acquire/i.test(what)) return 'lock';
  return 'other';
}

export type SegmentKind = 'run' | 'ready' | Exclude<WaitKind, 'preempted' | 'finished'>;

export interface Segment {
  kind: SegmentKind;
  /** Trace clock, µs. end >= start; the next segment of the lane starts at `end`. */
  start: number;
  end: number;
  /** Scheduler clock (s) at start and end. */
  t0: number;
  t1: number;
  /** run: ticks used. */
  ticks?: number;
  /** Blocked: the waitable's description. */
  waitingOn?: string;
  /** Where the segment began and ended (run: resumed at / stopped at; waits: stopped at). */
  from?: SourceLocation;
  to?: SourceLocation;
  /** run: why it ended (the release's kind). */
  endReason?: WaitKind;
}

export interface Lane {
  ident: number;
  name: string;
  daemon: boolean;
  start: number;
  /** Trace clock at thread-end, or null while alive. */
  end: number | null;
  segments: Segment[];
}

/** Builds lanes from ThreadEvents. Feed it every event of one run, in order. */
export class TimelineRecorder {
  readonly lanes: Lane[] = [];
  private byIdent = new Map<number, Lane>();
  /** The last trace-clock value seen. */
  now = 0;
  /** Stop adding segments past this many (a runaway program); lanes stay consistent. */
  maxSegments: number;
  segmentCount = 0;
  truncated = false;

  constructor(opts: { maxSegments?: number } = {}) {
    this.maxSegments = opts.maxSegments ?? 200_000;
  }

  handle(e: ThreadEvent): void {
    this.now = Math.max(this.now, e.ts);
    let lane = this.byIdent.get(e.thread.ident);
    if (lane === undefined || (e.type === 'thread-start' && lane.end !== null)) {
      lane = { ident: e.thread.ident, name: e.thread.name, daemon: e.thread.daemon, start: e.ts, end: null, segments: [] };
      this.byIdent.set(lane.ident, lane);
      this.lanes.push(lane);
      if (e.type !== 'thread-start') this.open(lane, 'ready', e);
    }
    lane.name = e.thread.name;
    switch (e.type) {
      case 'thread-start':
        if (lane.segments.length === 0) this.open(lane, 'ready', e);
        break;
      case 'gil-take':
        this.close(lane, e);
        this.open(lane, 'run', e);
        break;
      case 'gil-release': {
        const run = this.close(lane, e);
        if (run && run.kind === 'run') {
          run.ticks = e.ticks;
          run.endReason = e.kind;
        }
        if (e.kind === 'finished') break;
        const k = e.kind ?? 'other';
        const seg = this.open(lane, k === 'preempted' ? 'ready' : k, e);
        if (seg && e.waitingOn !== undefined) seg.waitingOn = e.waitingOn;
        break;
      }
      case 'thread-end':
        this.close(lane, e);
        lane.end = e.ts;
        break;
    }
  }

  /** End every open segment at the current clock (the run ended or was stopped). */
  finish(): void {
    for (const lane of this.lanes) {
      const last = lane.segments[lane.segments.length - 1];
      if (lane.end === null && last && last.end < 0) last.end = this.now;
      if (lane.end === null) lane.end = this.now;
    }
  }

  private open(lane: Lane, kind: SegmentKind, e: ThreadEvent): Segment | null {
    if (this.segmentCount >= this.maxSegments) {
      this.truncated = true;
      return null;
    }
    const seg: Segment = { kind, start: e.ts, end: -1, t0: e.time, t1: e.time };
    if (e.location) seg.from = e.location;
    lane.segments.push(seg);
    this.segmentCount++;
    return seg;
  }

  private close(lane: Lane, e: ThreadEvent): Segment | null {
    const last = lane.segments[lane.segments.length - 1];
    if (!last || last.end >= 0) return null;
    last.end = e.ts;
    last.t1 = e.time;
    if (e.location) last.to = e.location;
    return last;
  }
}

// --- Chrome trace-event format (https://docs.google.com/document/d/1CvAClvFfyA5R-PhYUmn5OOQtYMH4h6I0nSsKchNAySU) ---

export interface ChromeTraceEvent {
  name: string;
  ph: 'X' | 'M' | 'i';
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  cat?: string;
  s?: 't' | 'p' | 'g';
  args?: Record<string, unknown>;
}

const SEGMENT_TITLE: Record<SegmentKind, string> = {
  run: 'running (holds the GIL)',
  ready: 'ready (preempted)',
  sleep: 'sleep',
  lock: 'waits on lock',
  event: 'waits on Event',
  condition: 'waits on Condition',
  semaphore: 'waits on Semaphore',
  queue: 'waits on queue',
  join: 'join',
  io: 'I/O (write released the GIL)',
  input: 'waits for input',
  other: 'waits',
};

export function segmentTitle(s: Segment): string {
  if (s.kind === 'run') return SEGMENT_TITLE.run;
  return s.waitingOn !== undefined && s.kind !== 'io' ? `${SEGMENT_TITLE[s.kind]}: ${s.waitingOn}` : SEGMENT_TITLE[s.kind];
}

function locText(l: SourceLocation | undefined): string | undefined {
  if (!l) return undefined;
  return `${l.filename}:${l.lineno} in ${l.name}${l.line ? ': ' + l.line : ''}`;
}

/**
 * The lanes as Chrome trace-event JSON: thread names as metadata events ('M'), one complete event
 * ('X') per segment (ready segments included, so a lane shows where the thread waited for the GIL),
 * all in process 1 with tid = thread ident.
 */
export function toChromeTrace(rec: TimelineRecorder, opts: { processName?: string } = {}): { traceEvents: ChromeTraceEvent[]; displayTimeUnit: 'ms'; otherData: Record<string, unknown> } {
  const ev: ChromeTraceEvent[] = [];
  const pid = 1;
  ev.push({ name: 'process_name', ph: 'M', pid, tid: 0, args: { name: opts.processName ?? 'pyts' } });
  rec.lanes.forEach((lane, i) => {
    ev.push({ name: 'thread_name', ph: 'M', pid, tid: lane.ident, args: { name: `${lane.name} (ident ${lane.ident})` } });
    ev.push({ name: 'thread_sort_index', ph: 'M', pid, tid: lane.ident, args: { sort_index: i } });
  });
  for (const lane of rec.lanes) {
    for (const s of lane.segments) {
      const end = s.end < 0 ? rec.now : s.end;
      // A zero-length slice would nest inside its neighbour in Perfetto: leave it out.
      if (end <= s.start) continue;
      const args: Record<string, unknown> = {};
      if (s.from) args.from = locText(s.from);
      if (s.to) args.to = locText(s.to);
      if (s.waitingOn !== undefined) args.waitingOn = s.waitingOn;
      if (s.ticks !== undefined) args.ticks = s.ticks;
      if (s.endReason !== undefined) args.released = s.endReason;
      args.clock = `${s.t0.toFixed(6)}..${s.t1.toFixed(6)} s`;
      const name = s.kind === 'run' ? `run ${s.from ? 'line ' + s.from.lineno : ''}`.trim() : segmentTitle(s);
      ev.push({ name, cat: s.kind, ph: 'X', pid, tid: lane.ident, ts: s.start, dur: Math.max(0, end - s.start), args });
    }
  }
  return { traceEvents: ev, displayTimeUnit: 'ms', otherData: { generator: 'pyts', truncated: rec.truncated } };
}
