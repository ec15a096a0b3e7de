// The Node.js Host (used by the CLI). Besides src/cli/, the only file of the core allowed to import
// `node:` modules (DESIGN.md decision 5).
//
// Output goes through fs.writeSync on fds 1 and 2 so that it is ordered and never lost when the
// process exits right after a write (process.stdout may be asynchronous); EAGAIN on a non-blocking
// pipe is retried, EPIPE (reader went away) drops further output like a closed pipe.
// Stdin is read lazily: nothing touches fd 0 until the program reads input, so a program that never
// reads does not keep the event loop alive or steal a terminal's input.

import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { Host, HostStat, StreamInfo, TimerHandle } from './host.js';
import { jsTzInfo } from './tz.js';

export interface NodeHostOptions {
  /** sys.argv as Python sees it (argv[0] is the script path, '-c' or ''). */
  argv?: string[];
  /** sys.executable. */
  executable?: string;
}

export class NodeHost implements Host {
  readonly stdoutInfo: StreamInfo;
  readonly stderrInfo: StreamInfo;
  readonly stdinInfo: StreamInfo;
  private argvList: string[];
  private exe: string;
  private brokenPipe = [false, false, false];

  // stdin state (lazily started)
  private inBuf = '';
  private inEof = false;
  private inStarted = false;
  /** Pending reads, oldest first; each returns true once it is satisfied. */
  private inWaiters: (() => boolean)[] = [];
  private decoder = new TextDecoder('utf-8');

  constructor(opts: NodeHostOptions = {}) {
    this.stdoutInfo = { isatty: safeIsatty(1) };
    this.stderrInfo = { isatty: safeIsatty(2) };
    this.stdinInfo = { isatty: safeIsatty(0) };
    this.argvList = opts.argv ?? [''];
    this.exe = opts.executable ?? '';
  }

  writeStdout(text: string): void {
    this.writeFd(1, text);
  }

  writeStderr(text: string): void {
    this.writeFd(2, text);
  }

  private writeFd(fd: 1 | 2, text: string): void {
    if (this.brokenPipe[fd] || text.length === 0) return;
    let buf = Buffer.from(text, 'utf8');
    while (buf.length > 0) {
      try {
        const n = fs.writeSync(fd, buf);
        buf = buf.subarray(n);
      } catch (e: any) {
        if (e && e.code === 'EAGAIN') continue;
        if (e && e.code === 'EPIPE') {
          this.brokenPipe[fd] = true;
          return;
        }
        throw e;
      }
    }
  }

  readLine(): string | Promise<string> {
    const line = this.takeLine();
    if (line !== null) return line;
    return new Promise((resolve) => {
      this.inWaiters.push(() => {
        const l = this.takeLine();
        if (l === null) return false;
        resolve(l);
        return true;
      });
      this.startStdin();
      process.stdin.resume();
    });
  }

  /** A complete line from the buffer, the rest at EOF ('' when exhausted), or null if more is needed. */
  private takeLine(): string | null {
    const i = this.inBuf.indexOf('\n');
    if (i >= 0) {
      const line = this.inBuf.slice(0, i + 1);
      this.inBuf = this.inBuf.slice(i + 1);
      return line;
    }
    if (this.inEof) {
      const rest = this.inBuf;
      this.inBuf = '';
      return rest;
    }
    return null;
  }

  private startStdin(): void {
    if (this.inStarted) return;
    this.inStarted = true;
    const stdin = process.stdin;
    stdin.on('data', (chunk: Buffer) => {
      this.inBuf += this.decoder.decode(chunk, { stream: true });
      this.flushWaiters();
    });
    stdin.on('end', () => {
      this.inBuf += this.decoder.decode();
      this.inEof = true;
      this.flushWaiters();
    });
    stdin.on('error', () => {
      this.inEof = true;
      this.flushWaiters();
    });
  }

  private flushWaiters(): void {
    while (this.inWaiters.length > 0 && this.inWaiters[0]()) this.inWaiters.shift();
    if (this.inWaiters.length === 0 && !this.inEof) process.stdin.pause();
  }

  readAll(): string | Promise<string> {
    if (this.inStarted) {
      return new Promise((resolve) => {
        this.inWaiters.push(() => {
          if (!this.inEof) return false;
          const s = this.inBuf;
          this.inBuf = '';
          resolve(s);
          return true;
        });
        this.flushWaiters();
        process.stdin.resume();
      });
    }
    try {
      return fs.readFileSync(0, 'utf8');
    } catch (e: any) {
      if (e && e.code === 'EAGAIN') {
        this.startStdin();
        return this.readAll();
      }
      return '';
    }
  }

  wallTime(): number {
    return Date.now() / 1000;
  }

  monotonic(): number {
    // Not performance.now(): Node loads its perf_hooks internals on the first use of `performance`
    // (~0.7 ms of every process's startup; the scheduler reads the clock before the first slice).
    const [s, ns] = process.hrtime();
    return s + ns / 1e9;
  }

  cpuTime(): number {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  }

  setTimer(fn: () => void, ms: number): TimerHandle {
    const h = setTimeout(fn, Math.max(0, ms));
    return { cancel: () => clearTimeout(h) };
  }

  yieldToEventLoop(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }

  tzInfo(epochSeconds: number): { offset: number; name: string; isDst: boolean } {
    return jsTzInfo(epochSeconds);
  }

  readTextFile(path: string): string | null {
    try {
      return fs.readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  }

  readBinaryFile(path: string): Uint8Array | null {
    try {
      return new Uint8Array(fs.readFileSync(path));
    } catch {
      return null;
    }
  }

  writeFile(path: string, data: string | Uint8Array, append = false): void {
    if (append) fs.appendFileSync(path, data);
    else fs.writeFileSync(path, data);
  }

  stat(path: string): HostStat | null {
    try {
      const s = fs.statSync(path);
      return { isFile: s.isFile(), isDir: s.isDirectory(), size: s.size, mtime: s.mtimeMs / 1000 };
    } catch {
      return null;
    }
  }

  removeFile(path: string): string | null {
    return fsErrno(() => {
      if (fs.statSync(path).isDirectory()) throw Object.assign(new Error('dir'), { code: 'EISDIR' });
      fs.unlinkSync(path);
    });
  }

  makeDir(path: string): string | null {
    return fsErrno(() => fs.mkdirSync(path));
  }

  removeDir(path: string): string | null {
    return fsErrno(() => fs.rmdirSync(path));
  }

  listDir(path: string): string[] | null {
    try {
      return fs.readdirSync(path);
    } catch {
      return null;
    }
  }

  resolvePath(path: string, base?: string): string {
    return nodePath.resolve(base ?? process.cwd(), path);
  }

  dirname(path: string): string {
    const i = path.lastIndexOf('/');
    return i < 0 ? '' : i === 0 ? '/' : path.slice(0, i);
  }

  env(): Record<string, string> {
    return process.env as Record<string, string>;
  }

  argv(): string[] {
    return this.argvList;
  }

  cwd(): string {
    return process.cwd();
  }

  pid(): number {
    return process.pid;
  }

  platform(): string {
    return process.platform === 'win32' ? 'win32' : process.platform;
  }

  executable(): string {
    return this.exe;
  }

  exit(code: number): void {
    process.exit(code);
  }
}

function safeIsatty(fd: number): boolean {
  try {
    return fs.fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

/** Run a file-system call; null on success, else the errno name ('ENOENT', ...). */
function fsErrno(f: () => void): string | null {
  try {
    f();
    return null;
  } catch (e) {
    return (e as { code?: string }).code ?? 'EIO';
  }
}
