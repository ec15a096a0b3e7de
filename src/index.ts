// The embedding API: run Python source from JS/TS (the web page, the conformance tests, tools).
//
//   const py = new Interpreter({ stdout: (s) => out += s, files: { 'mod.py': '...' }, virtualTime: true });
//   const { exitCode, exception } = await py.run('import mod\nprint(mod.x)');
//
// One Interpreter runs one program at a time; each run() gets a fresh Runtime (fresh sys.modules,
// builtins, threads). Output callbacks receive text as CPython would write it: stdout line-buffered
// (as on a terminal) unless `isatty: false` asks for pipe behaviour (block-buffered stdout).
// Events (threads started/ended, GIL taken/released) are delivered to `on(listener)` subscribers as
// the scheduler emits them, and to `onThreadEvent(listener)` subscribers as ThreadEvents: the same
// events with the clock, a deterministic trace clock, the wait kind (preempted, sleep, lock, event,
// condition, semaphore, queue, join, io, input), what a blocked thread waits on and the source line
// (src/trace/timeline.ts turns them into lanes and Chrome trace JSON).
//
// Ending a run early: interrupt() raises KeyboardInterrupt in the main thread (the program may catch
// it); stop() ends the run whatever the program does, like SIGKILL: run() resolves at once with
// exit status 137 and the abandoned run never executes another instruction (its host's event-loop
// yields, timers, input and output are cut off, so it is frozen at its next yield, after at most
// one more slice).

import type { Host } from './host/host.js';
import { MemoryHost } from './host/memory-host.js';
import { Runtime, type RunResult } from './runtime/runtime.js';
import type { SchedEvent, SchedListener } from './sched/scheduler.js';
import type { ThreadEvent } from './trace/timeline.js';
import { attachThreadEvents } from './trace/events.js';

export type { Host } from './host/host.js';
export { MemoryHost } from './host/memory-host.js';
export { BrowserHost, type BrowserHostOptions } from './host/browser-host.js';
export type { SchedEvent } from './sched/scheduler.js';
export { PYTS_VERSION } from './runtime/runtime.js';
export {
  TimelineRecorder, toChromeTrace, classifyWait, segmentTitle,
  type ThreadEvent, type ThreadRef, type WaitKind, type SourceLocation, type Lane, type Segment, type SegmentKind,
} from './trace/timeline.js';
export { attachThreadEvents } from './trace/events.js';

/** Exit status of a run ended by stop() (128 + SIGKILL, as a shell reports a killed process). */
export const STOPPED_EXIT_CODE = 137;

export interface InterpreterOptions {
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  /** Stdin: one line per call (null = EOF), maybe asynchronously; or the whole input as a string. */
  stdin?: (() => string | null | Promise<string | null>) | string;
  argv?: string[];
  /** Virtual files (path -> text), relative paths resolved against cwd. */
  files?: Record<string, string>;
  /** A complete host instead of the in-memory one (files/stdout/stderr/stdin are then ignored). */
  host?: Host;
  cwd?: string;
  env?: Record<string, string>;
  /** Report stdout as a terminal (line-buffered). Default true. */
  isatty?: boolean;
  /** Ticks per GIL slice (default 5000 = sys.getswitchinterval() 0.005). */
  switchInterval?: number;
  /** Seed for scheduling choices (jittered slices). */
  seed?: number;
  /** Sleeps complete instantly in timestamp order; clocks are virtual; output is reproducible. */
  virtualTime?: boolean;
  /** Thread switches may happen at any instruction (shows `x += 1` tearing). */
  switchAnyInstruction?: boolean;
  /** Stop after about this many ticks (runaway guard). */
  instructionLimit?: number;
  /** Unbuffered std streams (python -u). */
  unbuffered?: boolean;
  /** Stop the run (as stop() does) after this many milliseconds of real time. */
  timeLimit?: number;
  /** Receive ThreadEvents (same as onThreadEvent). */
  onThreadEvent?: (e: ThreadEvent) => void;
}

export type RunOutput = { exitCode: number; exception?: string };

/** The state of the run in progress (for stop()). */
interface ActiveRun {
  stopped: boolean;
  runtime: Runtime | null;
  end: (r: RunOutput) => void;
}

export class Interpreter {
  private opts: InterpreterOptions;
  private runtime: Runtime | null = null;
  private listeners: SchedListener[] = [];
  private threadListeners: ((e: ThreadEvent) => void)[] = [];
  private pendingInterrupt = false;
  private active: ActiveRun | null = null;

  constructor(opts: InterpreterOptions = {}) {
    this.opts = opts;
    if (opts.onThreadEvent) this.threadListeners.push(opts.onThreadEvent);
  }

  /** Run `source` as the __main__ module (filename default '<string>': no source lines in tracebacks). */
  async run(source: string, opts: { filename?: string } = {}): Promise<RunOutput> {
    const filename = opts.filename ?? '<string>';
    return this.guarded(this.makeHost(this.opts.argv ?? [filename === '<string>' ? '-c' : filename]), (host) => {
      const rt = this.start(host);
      const real = !filename.startsWith('<');
      const path0 = real ? host.dirname(host.resolvePath(filename)) : '';
      return rt.runMain(source, real ? host.resolvePath(filename) : filename, real, path0);
    });
  }

  /** Run a file of the host (or of `files`) as __main__, with sys.argv = [path, ...argv]. */
  async runFile(path: string, argv: string[] = []): Promise<RunOutput> {
    return this.guarded(this.makeHost([path, ...argv]), (host) => {
      const abs = host.resolvePath(path);
      const source = host.readTextFile(abs);
      if (source === null) {
        const msg = `pyts: can't open file '${abs}': [Errno 2] No such file or directory\n`;
        host.writeStderr(msg);
        return Promise.resolve({ exitCode: 2, exception: msg });
      }
      const rt = this.start(host);
      return rt.runMain(source, abs, true, host.dirname(abs));
    });
  }

  /** KeyboardInterrupt in the main thread at its next switch point (or ends its current wait). */
  interrupt(): void {
    if (this.runtime) this.runtime.sched.interrupt();
    else this.pendingInterrupt = true;
  }

  /**
   * End the run in progress now, even if the program catches KeyboardInterrupt: run() resolves with
   * STOPPED_EXIT_CODE. Output already written (and stdout's buffer) is kept; nothing runs afterwards.
   */
  stop(reason = 'pyts: stopped\n'): void {
    const a = this.active;
    if (!a || a.stopped) return;
    try {
      a.runtime?.flushStd();
    } catch {
      // a broken stream must not keep the run alive
    }
    a.stopped = true;
    a.end({ exitCode: STOPPED_EXIT_CODE, exception: reason });
  }

  /** True while a run is in progress. */
  get running(): boolean {
    return this.active !== null;
  }

  /** Subscribe to ThreadEvents (timelines, traces); returns an unsubscribe function. */
  onThreadEvent(listener: (e: ThreadEvent) => void): () => void {
    this.threadListeners.push(listener);
    return () => {
      const i = this.threadListeners.indexOf(listener);
      if (i >= 0) this.threadListeners.splice(i, 1);
    };
  }

  /** Subscribe to scheduler events; returns an unsubscribe function. */
  on(listener: (e: SchedEvent) => void): () => void {
    this.listeners.push(listener);
    const off = this.runtime?.sched.on(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
      off?.();
    };
  }

  private makeHost(argv: string[]): Host {
    if (this.opts.host) return this.opts.host;
    const o = this.opts;
    return new MemoryHost({
      files: o.files,
      cwd: o.cwd,
      argv,
      env: o.env,
      onStdout: o.stdout,
      onStderr: o.stderr,
      stdin: o.stdin,
      isatty: o.isatty,
    });
  }

  private start(host: Host): Runtime {
    const o = this.opts;
    const rt = new Runtime({
      host,
      argv: o.host ? undefined : host.argv(),
      switchInterval: o.switchInterval,
      seed: o.seed,
      virtualTime: o.virtualTime,
      switchAnyInstruction: o.switchAnyInstruction,
      instructionLimit: o.instructionLimit,
      unbuffered: o.unbuffered,
    });
    for (const l of this.listeners) rt.sched.on(l);
    this.instrument(rt);
    this.runtime = rt;
    if (this.active) this.active.runtime = rt;
    if (this.pendingInterrupt) {
      this.pendingInterrupt = false;
      rt.sched.interrupt();
    }
    return rt;
  }

  /** Run `body` on a stoppable view of `inner`; resolves with its result or stop()'s. */
  private guarded(inner: Host, body: (host: Host) => Promise<RunResult>): Promise<RunOutput> {
    return new Promise<RunOutput>((resolve) => {
      let limit: { cancel(): void } | null = null;
      const a: ActiveRun = {
        stopped: false,
        runtime: null,
        end: (r) => {
          if (this.active === a) {
            this.active = null;
            this.runtime = null;
          }
          limit?.cancel();
          resolve(r);
        },
      };
      if (this.active) this.stop();
      this.active = a;
      const host = stoppableHost(inner, a);
      if (this.opts.timeLimit !== undefined && this.opts.timeLimit > 0) {
        limit = inner.setTimer(() => {
          if (this.active !== a) return;
          const msg = 'pyts: time limit exceeded\n';
          try {
            a.runtime?.flushStd();
          } catch {
            // nothing more to save
          }
          inner.writeStderr(msg); // like the instruction limit's message
          this.stop(msg);
        }, this.opts.timeLimit);
      }
      body(host).then(
        (r) => {
          if (!a.stopped) a.end(r.exception === undefined ? { exitCode: r.exitCode } : { exitCode: r.exitCode, exception: r.exception });
        },
        (e) => {
          if (!a.stopped) a.end({ exitCode: 1, exception: `pyts: internal error: ${String(e)}\n` });
        },
      );
    });
  }

  /** Deliver this run's ThreadEvents to the onThreadEvent subscribers (src/trace/events.ts). */
  private instrument(rt: Runtime): void {
    attachThreadEvents(
      rt,
      (e) => {
        for (const l of this.threadListeners) l(e);
      },
      () => this.threadListeners.length > 0,
    );
  }
}

/**
 * A view of `inner` that goes dead when the run is stopped: event-loop yields and input never
 * resolve, timers never fire, output is dropped, the monotonic clock leaps ahead. The abandoned scheduler is then parked forever at
 * its next await and is garbage-collected with its Runtime.
 */
function stoppableHost(inner: Host, run: { stopped: boolean }): Host {
  const never = new Promise<never>(() => {});
  let last = 0;
  return new Proxy(inner, {
    get(target, prop) {
      const v = Reflect.get(target, prop, target) as unknown;
      if (typeof v !== 'function') return v;
      switch (prop) {
        case 'yieldToEventLoop':
          return () => (run.stopped ? never : target.yieldToEventLoop());
        case 'monotonic':
          // After a stop every reading is a million seconds later than the last one: the scheduler
          // sees its yield interval as elapsed and yields (and freezes) after at most one more slice.
          return () => {
            if (!run.stopped) return (last = target.monotonic());
            return (last += 1e6);
          };
        case 'writeStdout':
        case 'writeStderr':
          return (text: string) => {
            if (!run.stopped) target[prop](text);
          };
        case 'setTimer':
          return (fn: () => void, ms: number) =>
            target.setTimer(() => {
              if (!run.stopped) fn();
            }, ms);
        case 'readLine':
        case 'readAll':
          return () => {
            if (run.stopped) return never;
            const r = target[prop]();
            return r instanceof Promise ? r.then((x) => (run.stopped ? never : x)) : r;
          };
        default:
          return (v as (...a: unknown[]) => unknown).bind(target);
      }
    },
  });
}
