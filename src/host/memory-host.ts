// An in-memory Host for tests and the web page: virtual files from a record, captured (or forwarded)
// output, stdin from a string or a callback, a real clock and real timers from the JS environment
// (globalThis.setTimeout / performance), no `node:` imports.
//
// Files are keyed by absolute POSIX path; relative keys given to the constructor are resolved
// against `cwd` (default '/'). Directories exist implicitly as prefixes of file paths.

import { dirnamePosix, resolvePosix, type Host, type HostStat, type StreamInfo, type TimerHandle } from './host.js';
import { jsTzInfo } from './tz.js';

export interface MemoryHostOptions {
  files?: Record<string, string | Uint8Array>;
  cwd?: string;
  argv?: string[];
  env?: Record<string, string>;
  /** Receive output as it is written (otherwise it is only captured in `stdout`/`stderr`). */
  onStdout?: (s: string) => void;
  onStderr?: (s: string) => void;
  /** Stdin: the whole text, or a callback giving one line at a time (null/'' = EOF). */
  stdin?: string | (() => string | null | Promise<string | null>);
  /** Report the streams as terminals (line-buffered stdout). Default true: output appears live. */
  isatty?: boolean;
  /** Called by exit(code). */
  onExit?: (code: number) => void;
}

export class MemoryHost implements Host {
  /** Everything written so far. */
  stdout = '';
  stderr = '';
  exitCode: number | null = null;
  readonly stdoutInfo: StreamInfo;
  readonly stderrInfo: StreamInfo;
  readonly stdinInfo: StreamInfo;
  readonly files = new Map<string, string | Uint8Array>();
  private opts: MemoryHostOptions;
  private cwdPath: string;
  private stdinText: string | null;

  constructor(opts: MemoryHostOptions = {}) {
    this.opts = opts;
    this.cwdPath = opts.cwd ?? '/';
    const tty = opts.isatty ?? true;
    this.stdoutInfo = { isatty: tty };
    this.stderrInfo = { isatty: tty };
    this.stdinInfo = { isatty: false };
    this.stdinText = typeof opts.stdin === 'string' ? opts.stdin : null;
    for (const [k, v] of Object.entries(opts.files ?? {})) this.files.set(resolvePosix(k, this.cwdPath), v);
  }

  writeStdout(text: string): void {
    this.stdout += text;
    this.opts.onStdout?.(text);
  }

  writeStderr(text: string): void {
    this.stderr += text;
    this.opts.onStderr?.(text);
  }

  readLine(): string | Promise<string> {
    const src = this.opts.stdin;
    if (typeof src === 'function') {
      const r = src();
      const norm = (v: string | null) => (v == null ? '' : v.endsWith('\n') ? v : v + '\n');
      return r instanceof Promise ? r.then(norm) : norm(r);
    }
    const text = this.stdinText ?? '';
    const i = text.indexOf('\n');
    const line = i < 0 ? text : text.slice(0, i + 1);
    this.stdinText = text.slice(line.length);
    return line;
  }

  readAll(): string | Promise<string> {
    if (typeof this.opts.stdin === 'function') {
      const parts: string[] = [];
      const loop = (): string | Promise<string> => {
        for (;;) {
          const l = this.readLine();
          if (l instanceof Promise) return l.then((v) => (v === '' ? parts.join('') : (parts.push(v), loop())));
          if (l === '') return parts.join('');
          parts.push(l);
        }
      };
      return loop();
    }
    const t = this.stdinText ?? '';
    this.stdinText = '';
    return t;
  }

  wallTime(): number {
    return Date.now() / 1000;
  }

  monotonic(): number {
    return performance.now() / 1000;
  }

  cpuTime(): number {
    return performance.now() / 1000;
  }

  setTimer(fn: () => void, ms: number): TimerHandle {
    const h = setTimeout(fn, Math.max(0, ms));
    return { cancel: () => clearTimeout(h) };
  }

  yieldToEventLoop(): Promise<void> {
    return yieldMacrotask();
  }

  tzInfo(epochSeconds: number): { offset: number; name: string; isDst: boolean } {
    return jsTzInfo(epochSeconds);
  }

  readTextFile(path: string): string | null {
    const v = this.files.get(this.resolvePath(path));
    if (v === undefined) return null;
    return typeof v === 'string' ? v : new TextDecoder().decode(v);
  }

  readBinaryFile(path: string): Uint8Array | null {
    const v = this.files.get(this.resolvePath(path));
    if (v === undefined) return null;
    return typeof v === 'string' ? new TextEncoder().encode(v) : v;
  }

  writeFile(path: string, data: string | Uint8Array, append = false): void {
    const p = this.resolvePath(path);
    if (append && this.files.has(p)) {
      const old = this.files.get(p)!;
      if (typeof old === 'string' && typeof data === 'string') data = old + data;
      else {
        const a = typeof old === 'string' ? new TextEncoder().encode(old) : old;
        const b = typeof data === 'string' ? new TextEncoder().encode(data) : data;
        const c = new Uint8Array(a.length + b.length);
        c.set(a);
        c.set(b, a.length);
        data = c;
      }
    }
    this.files.set(p, data);
  }

  stat(path: string): HostStat | null {
    const p = this.resolvePath(path);
    const v = this.files.get(p);
    if (v !== undefined) return { isFile: true, isDir: false, size: typeof v === 'string' ? v.length : v.length, mtime: 0 };
    const prefix = p === '/' ? '/' : p + '/';
    for (const k of this.files.keys()) if (k.startsWith(prefix)) return { isFile: false, isDir: true, size: 0, mtime: 0 };
    return null;
  }

  removeFile(path: string): string | null {
    const p = this.resolvePath(path);
    if (this.files.has(p)) return (this.files.delete(p), null);
    return this.stat(p) ? 'EISDIR' : 'ENOENT';
  }

  listDir(path: string): string[] | null {
    const p = this.resolvePath(path);
    const prefix = p === '/' ? '/' : p + '/';
    const names = new Set<string>();
    for (const k of this.files.keys()) if (k.startsWith(prefix)) names.add(k.slice(prefix.length).split('/')[0]);
    return names.size ? [...names].sort() : this.stat(p) ? [] : null;
  }

  resolvePath(path: string, base?: string): string {
    return resolvePosix(path, base ?? this.cwdPath);
  }

  dirname(path: string): string {
    return dirnamePosix(path);
  }

  env(): Record<string, string> {
    return this.opts.env ?? {};
  }

  argv(): string[] {
    return this.opts.argv ?? [''];
  }

  cwd(): string {
    return this.cwdPath;
  }

  pid(): number {
    return 1;
  }

  platform(): string {
    return 'linux';
  }

  executable(): string {
    return '';
  }

  exit(code: number): void {
    this.exitCode = code;
    this.opts.onExit?.(code);
  }
}

/** A macrotask turn: MessageChannel where available (browsers; no 4 ms clamp), else setTimeout(0). */
export function yieldMacrotask(): Promise<void> {
  const g = globalThis as any;
  if (typeof g.setImmediate === 'function') return new Promise((r) => g.setImmediate(r));
  if (typeof g.MessageChannel === 'function') {
    return new Promise((r) => {
      const ch = new g.MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        r();
      };
      ch.port2.postMessage(null);
    });
  }
  return new Promise((r) => setTimeout(r, 0));
}
