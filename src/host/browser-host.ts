// The Host for a web page (DESIGN.md decision 5): the in-memory host (virtual files, captured output,
// stdin from a callback that may be async) with what a page needs on top:
//   - yieldToEventLoop posts a MessageChannel message (a macrotask with no 4 ms clamp), so between
//     the scheduler's run slices the browser handles input and paints; setImmediate polyfills are
//     ignored on purpose;
//   - files can be added or replaced between runs (setFile), argv changed per run (setArgv);
//   - sys.platform defaults to 'linux' (programs print what CPython on Linux prints); the `platform`
//     option changes it (Pyodide reports 'emscripten').
// It uses only globals every JS environment has (setTimeout, performance, MessageChannel when
// present), so it also runs under Node (the tests use it there).

import { MemoryHost, yieldMacrotask, type MemoryHostOptions } from './memory-host.js';

export interface BrowserHostOptions extends MemoryHostOptions {
  /** sys.platform (default 'linux'). */
  platform?: string;
}

export class BrowserHost extends MemoryHost {
  private argvList: string[];
  private platformName: string;

  constructor(opts: BrowserHostOptions = {}) {
    super(opts);
    this.argvList = opts.argv ?? [''];
    this.platformName = opts.platform ?? 'linux';
  }

  /** sys.argv of the next run: [script, ...args]. */
  setArgv(argv: string[]): void {
    this.argvList = argv.slice();
  }

  override argv(): string[] {
    return this.argvList;
  }

  /** Add or replace a virtual file (absolute, or relative to cwd). */
  setFile(path: string, data: string | Uint8Array): void {
    this.files.set(this.resolvePath(path), data);
  }

  override platform(): string {
    return this.platformName;
  }

  override yieldToEventLoop(): Promise<void> {
    const g = globalThis as { MessageChannel?: typeof MessageChannel };
    if (typeof g.MessageChannel !== 'function') return yieldMacrotask();
    return new Promise((resolve) => {
      const ch = new g.MessageChannel!();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(null);
    });
  }
}
