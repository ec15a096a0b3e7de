// The embedding API: run Python source from JS/TS (the web page, the conformance tests, tools).
//
//   const py = new Interpreter({ stdout: (s) => out += s, files: { 'mod.py': '...' }, virtualTime: true });
//   const { exitCode, exception } = await py.run('import mod\nprint(mod.x)');
//
// One Interpreter runs one program at a time; each run() gets a fresh Runtime (fresh sys.modules,
// builtins, threads). Output callbacks receive text as CPython would write it: stdout line-buffered
// (as on a terminal) unless `isatty: false` asks for pipe behaviour (block-buffered stdout).
// Events (threads started/ended, GIL taken/released) are delivered to `on(listener)` subscribers.

import type { Host } from './host/host.js';
import { MemoryHost } from './host/memory-host.js';
import { Runtime, type RunResult } from './runtime/runtime.js';
import type { SchedEvent, SchedListener } from './sched/scheduler.js';

export type { Host } from './host/host.js';
export { MemoryHost } from './host/memory-host.js';
export type { SchedEvent } from './sched/scheduler.js';
export { PYTS_VERSION } from './runtime/runtime.js';

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
}

export type RunOutput = { exitCode: number; exception?: string };

export class Interpreter {
  private opts: InterpreterOptions;
  private runtime: Runtime | null = null;
  private listeners: SchedListener[] = [];
  private pendingInterrupt = false;

  constructor(opts: InterpreterOptions = {}) {
    this.opts = opts;
  }

  /** Run `source` as the __main__ module (filename default '<string>': no source lines in tracebacks). */
  async run(source: string, opts: { filename?: string } = {}): Promise<RunOutput> {
    const filename = opts.filename ?? '<string>';
    const host = this.makeHost(this.opts.argv ?? [filename === '<string>' ? '-c' : filename]);
    const rt = this.start(host);
    const real = !filename.startsWith('<');
    const path0 = real ? host.dirname(host.resolvePath(filename)) : '';
    return this.finish(await rt.runMain(source, real ? host.resolvePath(filename) : filename, real, path0));
  }

  /** Run a file of the host (or of `files`) as __main__, with sys.argv = [path, ...argv]. */
  async runFile(path: string, argv: string[] = []): Promise<RunOutput> {
    const host = this.makeHost([path, ...argv]);
    const abs = host.resolvePath(path);
    const source = host.readTextFile(abs);
    if (source === null) {
      const msg = `pyts: can't open file '${abs}': [Errno 2] No such file or directory\n`;
      host.writeStderr(msg);
      return { exitCode: 2, exception: msg };
    }
    const rt = this.start(host);
    return this.finish(await rt.runMain(source, abs, true, host.dirname(abs)));
  }

  /** KeyboardInterrupt in the main thread at its next switch point (or ends its current wait). */
  interrupt(): void {
    if (this.runtime) this.runtime.sched.interrupt();
    else this.pendingInterrupt = true;
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
    this.runtime = rt;
    if (this.pendingInterrupt) {
      this.pendingInterrupt = false;
      rt.sched.interrupt();
    }
    return rt;
  }

  private finish(r: RunResult): RunOutput {
    this.runtime = null;
    return r.exception === undefined ? { exitCode: r.exitCode } : { exitCode: r.exitCode, exception: r.exception };
  }
}
