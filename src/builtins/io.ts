// I/O builtins: print, input, open. CPython: builtin_print, builtin_input_impl, io.open.
//
// print/input go through the *current* sys.stdout / sys.stdin objects (runtime-hooks.ts), calling
// their write/readline methods, so the runtime's stream objects decide buffering and where the GIL is
// released (a write is a release point, DESIGN.md), and user replacements of sys.stdout just work.
// print writes each piece with its own write() call, as CPython does: that is what lets two threads'
// output interleave at CPython's granularity.
//
// open() returns a TextFile (text mode) over the Host's whole-file API: reading loads the file at
// open; writing buffers and appends to the host file on flush/close.

import { type NativeGen, type PyValue, settle } from '../objects/object.js';
import { None } from '../objects/builtin-types.js';
import type { PyType } from '../objects/type.js';
import { defineGetSet } from '../objects/descriptors.js';
import {
  EOFError, FileExistsError, FileNotFoundError, IsADirectoryError, RuntimeError, TypeError, ValueError, pyErr, type PyBaseException,
} from '../objects/exceptions.js';
import { nativeFunction, methodTable } from '../objects/native.js';
import { PyList } from '../objects/list.js';
import { PyIterator, iteratorType } from '../objects/iterators.js';
import { call as callValue } from '../objects/call.js';
import * as ops from '../objects/ops.js';
import { onlyKwargs, positional, signature, typeName } from './args.js';
import { need, runtime } from './runtime-hooks.js';
import { toArray } from './iterate.js';
import { asIndex } from './num.js';

// ---- print ----

function strOrNone(name: string, v: PyValue | undefined, dflt: string): string {
  if (v === undefined || v === None) return dflt;
  if (typeof v !== 'string') throw pyErr(TypeError, `${name} must be None or a string, not ${typeName(v)}`);
  return v;
}

function* printGen(args: PyValue[], sep: string, end: string, file: PyValue, flush: boolean): NativeGen {
  const write = yield* settle(ops.getAttr(file, 'write'));
  for (let i = 0; i < args.length; i++) {
    if (i > 0) yield* settle(callValue(write, [sep], null));
    const a = args[i];
    const s = typeof a === 'string' ? a : yield* settle(ops.str(a));
    yield* settle(callValue(write, [s], null));
  }
  yield* settle(callValue(write, [end], null));
  if (flush) yield* settle(callValue(yield* settle(ops.getAttr(file, 'flush')), [], null));
  return None;
}

function sysAttr(name: string): PyValue {
  const sys = runtime.sys;
  if (sys === null) throw pyErr(RuntimeError, `lost sys.${name}`);
  const d = sys.dict;
  const v = d === null ? undefined : d.getStr(name);
  if (v === undefined) throw pyErr(RuntimeError, `lost sys.${name}`);
  return v;
}

export const print = nativeFunction('print', (args, kwargs) => {
  let sep = ' ';
  let end = '\n';
  let file: PyValue = None;
  let flush = false;
  if (kwargs !== null && kwargs.size > 0) {
    onlyKwargs('print', kwargs, ['sep', 'end', 'file', 'flush']);
    sep = strOrNone('sep', kwargs.get('sep'), ' ');
    end = strOrNone('end', kwargs.get('end'), '\n');
    file = kwargs.get('file') ?? None;
    const fl = kwargs.get('flush');
    if (fl !== undefined) {
      const t = ops.isTrue(fl);
      if (typeof t !== 'boolean') throw pyErr(TypeError, 'print(): flush must be a plain truth value');
      flush = t;
    }
  }
  if (file === None) {
    file = sysAttr('stdout');
    if (file === None) return None;
  }
  return printGen(args, sep, end, file, flush);
});

// ---- input ----

function* inputGen(prompt: PyValue | undefined): NativeGen {
  const stdout = sysAttr('stdout');
  const stdin = sysAttr('stdin');
  if (prompt !== undefined) {
    const s = typeof prompt === 'string' ? prompt : yield* settle(ops.str(prompt));
    yield* settle(callValue(yield* settle(ops.getAttr(stdout, 'write')), [s], null));
  }
  const flush = ops.getAttrOpt(stdout, 'flush');
  if (flush !== undefined) {
    const f = yield* settle(flush);
    if (f !== undefined) yield* settle(callValue(f, [], null));
  }
  const line = yield* settle(callValue(yield* settle(ops.getAttr(stdin, 'readline')), [], null));
  if (typeof line !== 'string') throw pyErr(TypeError, `object.readline() returned non-string`);
  if (line === '') throw pyErr(EOFError, 'EOF when reading a line');
  return line.endsWith('\n') ? line.slice(0, -1) : line;
}

export const input = nativeFunction('input', (args, kwargs) => {
  positional('input', args, kwargs, 0, 1);
  return inputGen(args[0]);
});

// ---- open: text files ----

export const textFileType = iteratorType('TextIOWrapper');

/** A text-mode file over the Host's whole-file API. */
export class TextFile extends PyIterator {
  /** Contents not yet read (read modes). */
  private data = '';
  private pos = 0;
  /** Text written but not yet handed to the host (write modes). */
  private pending = '';
  closed = false;

  constructor(
    public readonly path: string,
    public readonly name: PyValue,
    public readonly mode: string,
    public readonly readable: boolean,
    public readonly writable: boolean,
    public readonly encoding: string,
  ) {
    super(textFileType);
  }

  load(text: string): void {
    this.data = text.replace(/\r\n?/g, '\n');
  }

  checkOpen(): void {
    if (this.closed) throw pyErr(ValueError, 'I/O operation on closed file.');
  }

  checkReadable(): void {
    this.checkOpen();
    if (!this.readable) throw unsupported('not readable');
  }

  checkWritable(): void {
    this.checkOpen();
    if (!this.writable) throw unsupported('not writable');
  }

  read(n: number): string {
    this.checkReadable();
    if (n < 0) {
      const s = this.data.slice(this.pos);
      this.pos = this.data.length;
      return s;
    }
    // n counts code points
    let end = this.pos;
    for (let k = 0; k < n && end < this.data.length; k++) end += this.data.codePointAt(end)! > 0xffff ? 2 : 1;
    const s = this.data.slice(this.pos, end);
    this.pos = end;
    return s;
  }

  readline(limit = -1): string {
    this.checkReadable();
    const nl = this.data.indexOf('\n', this.pos);
    let end = nl < 0 ? this.data.length : nl + 1;
    if (limit >= 0 && end - this.pos > limit) end = this.pos + limit;
    const s = this.data.slice(this.pos, end);
    this.pos = end;
    return s;
  }

  write(s: string): number {
    this.checkWritable();
    this.pending += s;
    return Array.from(s).length;
  }

  flush(): void {
    if (this.closed) throw pyErr(ValueError, 'I/O operation on closed file.');
    if (this.pending !== '') {
      need('host').writeFile(this.path, this.pending, true);
      this.pending = '';
    }
  }

  close(): void {
    if (this.closed) return;
    if (this.writable) this.flush();
    this.closed = true;
  }

  next(): PyValue | undefined {
    this.checkReadable();
    const s = this.readline();
    return s === '' ? undefined : s;
  }
}

/** io.UnsupportedOperation once the io module has been imported (stdlib/io.ts registers it). */
let unsupportedType: PyType | null = null;
export function setUnsupportedOperation(t: PyType): void {
  unsupportedType = t;
}

function unsupported(what: string): PyBaseException {
  // CPython: io.UnsupportedOperation (subclass of OSError and ValueError); before `import io`, ValueError
  return pyErr(unsupportedType ?? ValueError, what);
}

const self = (args: PyValue[]) => args[0] as TextFile;
const sizeArg = (v: PyValue | undefined): number => {
  if (v === undefined || v === None) return -1;
  const i = asIndex(v);
  if (i === undefined) throw pyErr(TypeError, `argument should be integer or None, not '${typeName(v)}'`);
  return Number(i);
};

textFileType.define(methodTable('TextIOWrapper', {
  read: (a) => self(a).read(sizeArg(a[1])),
  readline: (a) => self(a).readline(sizeArg(a[1])),
  readlines: (a) => {
    const f = self(a);
    const out: PyValue[] = [];
    for (let l = f.readline(); l !== ''; l = f.readline()) out.push(l);
    return new PyList(out);
  },
  write: (a) => {
    if (typeof a[1] !== 'string') throw pyErr(TypeError, `write() argument must be str, not ${typeName(a[1])}`);
    return self(a).write(a[1]);
  },
  writelines: (a) => {
    const f = self(a);
    return (function* (): NativeGen {
      for (const s of yield* toArray(a[1])) {
        if (typeof s !== 'string') throw pyErr(TypeError, `write() argument must be str, not ${typeName(s)}`);
        f.write(s);
      }
      return None;
    })();
  },
  flush: (a) => (self(a).flush(), None),
  close: (a) => (self(a).close(), None),
  readable: (a) => (self(a).checkOpen(), self(a).readable),
  writable: (a) => (self(a).checkOpen(), self(a).writable),
  fileno: () => 3,
  isatty: () => false,
  __enter__: (a) => (self(a).checkOpen(), a[0]),
  __exit__: (a) => (self(a).close(), None),
  __repr__: (a) => {
    const f = self(a);
    const name = typeof f.name === 'string' ? `'${f.name}'` : String(f.name);
    return `<_io.TextIOWrapper name=${name} mode='${f.mode}' encoding='${f.encoding}'>`;
  },
}));

defineGetSet(textFileType, 'name', (f) => (f as TextFile).name);
defineGetSet(textFileType, 'mode', (f) => (f as TextFile).mode);
defineGetSet(textFileType, 'closed', (f) => (f as TextFile).closed);
defineGetSet(textFileType, 'encoding', (f) => (f as TextFile).encoding);

const openSig = signature('open', 'file, mode=r, buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None');

function parseMode(mode: string): { read: boolean; write: boolean; append: boolean; truncate: boolean; create: boolean; binary: boolean } {
  const bad = () => pyErr(ValueError, `invalid mode: '${mode}'`);
  if (!/^[rwxabt+]*$/.test(mode) || new Set(mode).size !== mode.length) throw bad();
  const kinds = ['r', 'w', 'a', 'x'].filter((k) => mode.includes(k));
  if (kinds.length !== 1) throw pyErr(ValueError, 'must have exactly one of create/read/write/append mode');
  if (mode.includes('b') && mode.includes('t')) throw pyErr(ValueError, "can't have text and binary mode at once");
  const plus = mode.includes('+');
  const k = kinds[0];
  return { read: k === 'r' || plus, write: k !== 'r' || plus, append: k === 'a', truncate: k === 'w', create: k === 'x', binary: mode.includes('b') };
}

function* osError(type: typeof FileNotFoundError, errno: number, msg: string, path: PyValue): NativeGen {
  const e = yield* settle(callValue(type, [errno, msg, path], null));
  throw e;
}

export const open = nativeFunction('open', (args, kwargs) => {
  const [file, modeArg, , encodingArg] = openSig.parse(args, kwargs);
  const mode = modeArg === undefined ? 'r' : modeArg;
  if (typeof mode !== 'string') throw pyErr(TypeError, `open() argument 'mode' must be str, not ${typeName(mode)}`);
  const m = parseMode(mode);
  if (m.binary) throw pyErr(ValueError, 'binary mode is not supported yet');
  if (typeof file !== 'string') {
    throw pyErr(TypeError, `expected str, bytes or os.PathLike object, not ${typeName(file as PyValue)}`);
  }
  const host = need('host');
  const path = host.resolvePath(file);
  const st = host.stat(path);
  return (function* (): NativeGen {
    if (st !== null && st.isDir) yield* osError(IsADirectoryError, 21, 'Is a directory', file);
    if (m.create && st !== null) yield* osError(FileExistsError, 17, 'File exists', file);
    if (!m.write || (!m.truncate && !m.append && !m.create)) {
      if (st === null) yield* osError(FileNotFoundError, 2, 'No such file or directory', file);
    }
    const encoding = encodingArg === undefined || encodingArg === None ? 'UTF-8' : String(encodingArg);
    const f = new TextFile(path, file, mode, m.read, m.write, encoding);
    if (m.truncate || m.create) host.writeFile(path, '', false);
    else if (m.append && st === null) host.writeFile(path, '', false);
    if (m.read && !m.truncate && !m.create) f.load(host.readTextFile(path) ?? '');
    if (m.read && m.append) f.read(-1);
    return f;
  })();
});

export const ioBuiltins = [print, input, open];
