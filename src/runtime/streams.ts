// sys.stdin / sys.stdout / sys.stderr: text streams over the Host, with CPython's buffering rules
// (Python/pylifecycle.c create_stdio, Modules/_io/textio.c):
//   - stdout to a terminal: line-buffered; to a pipe or file: block-buffered (8 KiB);
//   - stderr: always line-buffered (3.9+);
//   - PYTHONUNBUFFERED / unbuffered option: every write goes straight to the host.
// The runtime flushes stdout before printing an uncaught traceback and flushes both at exit, in
// CPython's order, so `pyts x.py 2>&1 | cat` shows the same bytes as `python3 x.py 2>&1 | cat`.
//
// GIL: CPython releases the GIL around the write() system call. Here, a write that reaches the host
// (a flush) yields the GIL (wait.ts yieldGil) when other threads exist: that is what makes the seed's
// race.py lose updates on a terminal, and not on a pipe, exactly like CPython.

import { PyObject, settle, type NativeGen, type NativeResult, type PyValue } from '../objects/object.js';
import { None, builtinType } from '../objects/builtin-types.js';
import { OSError, StopIteration, TypeError, ValueError, pyErr } from '../objects/exceptions.js';
import { methodTable } from '../objects/native.js';
import { defineGetSet } from '../objects/descriptors.js';
import { pyList } from '../objects/list.js';
import { strLen } from '../objects/ops.js';
import { typeName } from '../builtins/args.js';
import { YIELD_FOR_WRITE, hostWait } from '../sched/wait.js';

export type Buffering = 'unbuffered' | 'line' | 'block';

/** CPython's io.DEFAULT_BUFFER_SIZE. */
const BLOCK_SIZE = 8192;

export const textIOWrapperType = builtinType('TextIOWrapper');
textIOWrapperType.ns.set('__module__', '_io');

export interface StreamOptions {
  name: string;
  fd: number;
  mode: 'r' | 'w';
  buffering: Buffering;
  isatty: boolean;
  /** Output streams: where flushed text goes. */
  sink?: (text: string) => void;
  /** Input streams: one line with its '\n' ('' at EOF), maybe asynchronously. */
  readLine?: () => string | Promise<string>;
  /** Should a flush to the host release the GIL (true when other threads exist)? */
  shouldYield?: () => boolean;
}

export class StdStream extends PyObject {
  readonly opts: StreamOptions;
  private pending: string[] = [];
  private pendingLen = 0;
  closed = false;

  constructor(opts: StreamOptions) {
    super(textIOWrapperType);
    this.opts = opts;
  }

  /** Buffer `s`; returns true if text reached the host. */
  writeText(s: string): boolean {
    const b = this.opts.buffering;
    if (b === 'unbuffered') {
      this.pending.push(s);
      this.pendingLen += s.length;
      return this.flush();
    }
    this.pending.push(s);
    this.pendingLen += s.length;
    if (b === 'line' ? s.includes('\n') || s.includes('\r') : this.pendingLen > BLOCK_SIZE) return this.flush();
    return false;
  }

  /** Hand buffered text to the host. True if anything was written. */
  flush(): boolean {
    if (this.pendingLen === 0 && this.pending.length === 0) return false;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingLen = 0;
    if (text.length && this.opts.sink) this.opts.sink(text);
    return text.length > 0;
  }
}

function self(args: PyValue[], method: string): StdStream {
  const s = args[0];
  if (!(s instanceof StdStream)) throw pyErr(TypeError, `descriptor '${method}' requires a '_io.TextIOWrapper' object`);
  return s;
}

function checkOpen(s: StdStream): void {
  if (s.closed) throw pyErr(ValueError, 'I/O operation on closed file.');
}

function* releaseGil(n: PyValue): NativeGen {
  yield { op: 'block', waitable: YIELD_FOR_WRITE };
  return n;
}

function unsupported(what: string): never {
  // CPython: io.UnsupportedOperation (a subclass of OSError and ValueError).
  throw pyErr(OSError, what);
}

function readLineResult(s: StdStream): NativeResult {
  checkOpen(s);
  const rl = s.opts.readLine;
  if (!rl) unsupported('not readable');
  const r = rl();
  if (typeof r === 'string') return r;
  return (function* (): NativeGen {
    return (yield { op: 'block', waitable: hostWait(r, `${s.opts.name}.readline()`, (v) => v) }) as PyValue;
  })();
}

textIOWrapperType.define(methodTable('TextIOWrapper', {
  write: (args) => {
    const s = self(args, 'write');
    if (args.length !== 2) throw pyErr(TypeError, `write() takes exactly one argument (${args.length - 1} given)`);
    const text = args[1];
    if (typeof text !== 'string') throw pyErr(TypeError, `write() argument must be str, not ${typeName(text)}`);
    checkOpen(s);
    if (s.opts.mode !== 'w') unsupported('not writable');
    const n = text.length === 0 ? 0 : strLen(text);
    if (s.writeText(text) && s.opts.shouldYield && s.opts.shouldYield()) return releaseGil(n);
    return n;
  },
  flush: (args) => {
    const s = self(args, 'flush');
    checkOpen(s);
    if (s.flush() && s.opts.shouldYield && s.opts.shouldYield()) return releaseGil(None);
    return None;
  },
  readline: (args) => readLineResult(self(args, 'readline')),
  read: (args) => {
    const s = self(args, 'read');
    return (function* (): NativeGen {
      const parts: string[] = [];
      for (;;) {
        const r = readLineResult(s);
        const line = (yield* settle(r)) as string;
        if (line === '') break;
        parts.push(line);
      }
      return parts.join('');
    })();
  },
  readlines: (args) => {
    const s = self(args, 'readlines');
    return (function* (): NativeGen {
      const lines: PyValue[] = [];
      for (;;) {
        const r = readLineResult(s);
        const line = (yield* settle(r)) as string;
        if (line === '') break;
        lines.push(line);
      }
      return pyList(lines);
    })();
  },
  __iter__: (args) => {
    checkOpen(self(args, '__iter__'));
    return args[0];
  },
  __next__: (args) => {
    const s = self(args, '__next__');
    const r = readLineResult(s);
    const done = (line: PyValue): PyValue => {
      if (line === '') throw pyErr(StopIteration);
      return line;
    };
    if (typeof r === 'string') return done(r);
    return (function* (): NativeGen {
      return done((yield* (r as NativeGen)) as PyValue);
    })();
  },
  isatty: (args) => self(args, 'isatty').opts.isatty,
  fileno: (args) => self(args, 'fileno').opts.fd,
  readable: (args) => self(args, 'readable').opts.mode === 'r',
  writable: (args) => self(args, 'writable').opts.mode === 'w',
  seekable: () => false,
  close: (args) => {
    const s = self(args, 'close');
    s.flush();
    s.closed = true;
    return None;
  },
  __enter__: (args) => args[0],
  __exit__: (args) => {
    const s = self(args, '__exit__');
    s.flush();
    s.closed = true;
    return None;
  },
  __repr__: (args) => {
    const s = self(args, '__repr__');
    return `<_io.TextIOWrapper name='${s.opts.name}' mode='${s.opts.mode}' encoding='utf-8'>`;
  },
}));

defineGetSet(textIOWrapperType, 'name', (o) => (o as StdStream).opts.name);
defineGetSet(textIOWrapperType, 'mode', (o) => (o as StdStream).opts.mode);
defineGetSet(textIOWrapperType, 'encoding', () => 'utf-8');
defineGetSet(textIOWrapperType, 'errors', (o) => ((o as StdStream).opts.fd === 2 ? 'backslashreplace' : 'strict'));
defineGetSet(textIOWrapperType, 'closed', (o) => (o as StdStream).closed);
defineGetSet(textIOWrapperType, 'line_buffering', (o) => (o as StdStream).opts.buffering === 'line');

