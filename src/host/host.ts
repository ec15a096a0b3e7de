// The Host: everything the core needs from the world outside the interpreter (DESIGN.md decision 5).
//
// The core (src/ minus src/cli and src/host/node-host.ts) imports no `node:` module and touches no
// browser global; output, input, clocks, timers, files, environment and exit all come through this
// interface. Implementations: node-host.ts (the CLI), memory-host.ts (tests, the web page).
//
// Rules for implementers:
// - Text in and out is JS strings (already decoded). Paths are POSIX-style strings; `resolvePath`
//   and `dirname` are here so the core never guesses the platform's path rules.
// - Nothing here may call back into the interpreter synchronously: timer callbacks and resolved input
//   promises run from the host's event loop, between the scheduler's run slices.
// - `monotonic()` never goes backwards; it is seconds with sub-millisecond resolution.

/** A cancellable timer handle from setTimer. */
export interface TimerHandle {
  cancel(): void;
}

/** Result of stat(): just what imports and `open` need. */
export interface HostStat {
  isFile: boolean;
  isDir: boolean;
  size: number;
  /** Modification time, seconds since the epoch. */
  mtime: number;
}

/** How a standard stream reaches its destination; decides CPython's buffering choice. */
export interface StreamInfo {
  /** True when the stream is a terminal (CPython: isatty() -> line buffering for stdout). */
  isatty: boolean;
}

export interface Host {
  // --- standard streams ---
  /** Write text to stdout / stderr (already buffered by the core as CPython would). */
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  readonly stdoutInfo: StreamInfo;
  readonly stderrInfo: StreamInfo;
  readonly stdinInfo: StreamInfo;
  /**
   * Read one line of stdin including its trailing '\n' ('' at EOF). May return a Promise: the
   * scheduler parks the reading thread until it resolves, and counts it as "host input awaited"
   * (so waiting for input is never reported as a deadlock).
   */
  readLine(): string | Promise<string>;
  /** Read all remaining stdin (for `pyts -`); '' at EOF. */
  readAll(): string | Promise<string>;

  // --- clocks and timers ---
  /** Wall-clock time, seconds since the Unix epoch (time.time()). */
  wallTime(): number;
  /** Monotonic clock, seconds, high resolution (time.monotonic(), perf_counter()). */
  monotonic(): number;
  /** CPU time of the process in seconds, or monotonic() when the host cannot tell (time.process_time()). */
  cpuTime(): number;
  /** Call `fn` once after `ms` milliseconds unless cancelled. */
  setTimer(fn: () => void, ms: number): TimerHandle;
  /** Resolve after letting the host's event loop run pending I/O and UI work (setImmediate-like). */
  yieldToEventLoop(): Promise<void>;
  /** The local timezone's offset from UTC in seconds east of UTC at the given epoch time, and its name. */
  tzInfo(epochSeconds: number): { offset: number; name: string; isDst: boolean };

  // --- files ---
  readTextFile(path: string): string | null;
  readBinaryFile(path: string): Uint8Array | null;
  writeFile(path: string, data: string | Uint8Array, append?: boolean): void;
  stat(path: string): HostStat | null;
  listDir(path: string): string[] | null;
  /**
   * Optional file-system changes (os.remove, os.mkdir, os.rmdir). Each returns null on success or the
   * POSIX errno name of the failure ('ENOENT', 'EEXIST', 'EISDIR', 'ENOTEMPTY', ...). A host without
   * them makes these os functions raise OSError.
   */
  removeFile?(path: string): string | null;
  makeDir?(path: string): string | null;
  removeDir?(path: string): string | null;
  /** Absolute, normalised path of `path` relative to `base` (default: cwd()). */
  resolvePath(path: string, base?: string): string;
  dirname(path: string): string;

  // --- process ---
  env(): Record<string, string>;
  argv(): string[];
  cwd(): string;
  pid(): number;
  /** The platform name sys.platform reports ('linux', 'darwin', 'win32', 'emscripten'...). */
  platform(): string;
  /** Path of the running interpreter (sys.executable), '' if none. */
  executable(): string;
  /** End the process with this status. A host that cannot (a web page) just records it. */
  exit(code: number): void;
}

// --- POSIX path helpers shared by the hosts (pure string functions, no platform access) ---

/** Normalise a POSIX path: collapse '//' and '.', resolve '..' (never above the root). */
export function normalizePosix(path: string): string {
  const abs = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
      continue;
    }
    out.push(part);
  }
  const s = out.join('/');
  return abs ? '/' + s : s || '.';
}

export function resolvePosix(path: string, base: string): string {
  return normalizePosix(path.startsWith('/') ? path : base.replace(/\/+$/, '') + '/' + path);
}

export function dirnamePosix(path: string): string {
  const i = path.lastIndexOf('/');
  if (i < 0) return '';
  if (i === 0) return '/';
  return path.slice(0, i);
}
