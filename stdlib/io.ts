// The `io` module (CPython: Modules/_io/ + Lib/_pyio.py for the semantics): in-memory streams StringIO
// and BytesIO, io.UnsupportedOperation, the IOBase/TextIOBase/BufferedIOBase/RawIOBase classes (for
// isinstance checks and subclassing), SEEK_* constants, and io.open (the builtin open).
//
// StringIO keeps one JS string and a position in UTF-16 units; positions that Python sees (tell, seek,
// truncate) are code point indexes, converted only when the buffer holds astral characters. Writing past
// the end pads with NULs, writing in the middle overwrites, as in CPython. `newline=None` translates
// \r\n and \r to \n on write; the default ('\n') and '' store text unchanged.
// BytesIO keeps a Uint8Array with spare capacity (appends are amortised O(1)).
// Both types are subclassable from Python (alloc gives a subclass instance the same JS layout).
//
// Not here: TextIOWrapper over a binary buffer, BufferedReader/Writer, FileIO; open() is text only.

import { PyObject, type PyValue } from '../src/objects/object.js';
import { PyType } from '../src/objects/type.js';
import { None, builtinType } from '../src/objects/builtin-types.js';
import { pyErr, TypeError, ValueError, OSError, StopIteration } from '../src/objects/exceptions.js';
import { nativeMethod, type NativeFn } from '../src/objects/native.js';
import { PyBytes, bytesData, pyBytes } from '../src/objects/bytes.js';
import { PyList } from '../src/objects/list.js';
import { strValue, cpToUnit, unitToCp, isBmp } from '../src/objects/str.js';
import { defineGetSet } from '../src/objects/descriptors.js';
import { signature, typeName } from '../src/builtins/args.js';
import { asIndex } from '../src/builtins/num.js';
import { open, textFileType, setUnsupportedOperation } from '../src/builtins/io.js';
import { toArray } from '../src/builtins/iterate.js';
import type { NativeGen } from '../src/objects/object.js';
import { defineClass } from './lib/pyclass.js';
import { defineModule } from './index.js';

function meth(owner: string, t: PyType, fns: Record<string, NativeFn>): void {
  const e: Record<string, PyValue> = {};
  for (const [k, f] of Object.entries(fns)) e[k] = nativeMethod(owner, k, f);
  t.define(e);
}

// ---------------------------------------------------------------------------------------------------
// Exceptions and abstract bases

/** CPython: io.UnsupportedOperation, a subclass of OSError and ValueError. */
export const UnsupportedOperation = defineClass('io', 'UnsupportedOperation', [OSError, ValueError], {});
setUnsupportedOperation(UnsupportedOperation);

export const IOBase = builtinType('_IOBase');
IOBase.ns.set('__module__', '_io');
export const RawIOBase = builtinType('_RawIOBase', IOBase);
RawIOBase.ns.set('__module__', '_io');
export const BufferedIOBase = builtinType('_BufferedIOBase', IOBase);
BufferedIOBase.ns.set('__module__', '_io');
export const TextIOBase = builtinType('_TextIOBase', IOBase);
TextIOBase.ns.set('__module__', '_io');

const closedErr = () => pyErr(ValueError, 'I/O operation on closed file.');

function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  const i = asIndex(v);
  if (i === undefined) throw pyErr(TypeError, `argument should be integer or None, not '${typeName(v)}'`);
  return Number(i);
}

function intArg(v: PyValue, what = 'an integer'): number {
  const i = asIndex(v);
  if (i === undefined) throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as ${what}`);
  return Number(i);
}

// ---------------------------------------------------------------------------------------------------
// StringIO

export const stringIOType = builtinType('StringIO', TextIOBase);
stringIOType.ns.set('__module__', '_io');

export class PyStringIO extends PyObject {
  buf = '';
  /** Position in UTF-16 units. */
  pos = 0;
  closed = false;
  /** newline=None: translate \r\n / \r to \n on write. */
  translate = false;
  newline: PyValue = '\n';
  /** False once an astral character was stored (code point <-> unit conversions needed). */
  bmp = true;
}
stringIOType.alloc = (t) => new PyStringIO(t);

function sio(v: PyValue): PyStringIO {
  if (!(v instanceof PyStringIO)) throw pyErr(TypeError, `descriptor requires a '_io.StringIO' object but received a '${typeName(v)}'`);
  if (v.closed) throw pyErr(ValueError, 'I/O operation on closed file');
  return v;
}

function sioWrite(f: PyStringIO, s: string): number {
  if (f.translate) s = s.replace(/\r\n?/g, '\n');
  const n = f.bmp && isBmp(s) ? s.length : unitToCp(s, s.length);
  if (!isBmp(s)) f.bmp = false;
  if (s === '') return 0;
  if (f.pos === f.buf.length) f.buf += s;
  else if (f.pos > f.buf.length) f.buf += '\0'.repeat(f.pos - f.buf.length) + s;
  else f.buf = f.buf.slice(0, f.pos) + s + f.buf.slice(f.pos + s.length);
  f.pos += s.length;
  return n;
}

/** Code point index <-> unit index, for positions Python sees. */
const toUnit = (f: PyStringIO, cp: number) => (f.bmp ? cp : cp <= unitToCp(f.buf, f.buf.length) ? cpToUnit(f.buf, cp) : f.buf.length + (cp - unitToCp(f.buf, f.buf.length)));
const toCp = (f: PyStringIO, u: number) => (f.bmp ? u : u <= f.buf.length ? unitToCp(f.buf, u) : unitToCp(f.buf, f.buf.length) + (u - f.buf.length));

function sioRead(f: PyStringIO, n: number): string {
  if (f.pos >= f.buf.length) return '';
  const end = n < 0 ? f.buf.length : f.bmp ? Math.min(f.buf.length, f.pos + n) : toUnit(f, toCp(f, f.pos) + n);
  const s = f.buf.slice(f.pos, Math.min(end, f.buf.length));
  f.pos += s.length;
  return s;
}

function sioReadline(f: PyStringIO, limit: number): string {
  if (f.pos >= f.buf.length) return '';
  let end: number;
  if (f.newline === '' ) {
    // universal newlines, kept: a line ends at \n, \r\n or \r
    const re = /\r\n|\r|\n/g;
    re.lastIndex = f.pos;
    const m = re.exec(f.buf);
    end = m === null ? f.buf.length : m.index + m[0].length;
  } else {
    const nl = f.buf.indexOf('\n', f.pos);
    end = nl < 0 ? f.buf.length : nl + 1;
  }
  if (limit >= 0) end = Math.min(end, f.bmp ? f.pos + limit : toUnit(f, toCp(f, f.pos) + limit));
  const s = f.buf.slice(f.pos, end);
  f.pos = end;
  return s;
}

const sioInitSig = signature('StringIO', 'initial_value=, newline=\n');

meth('StringIO', stringIOType, {
  __init__: (a, kw) => {
    const f = a[0] as PyStringIO;
    const [init, newline] = sioInitSig.parse(a.slice(1), kw);
    const nl = newline === undefined ? '\n' : newline;
    if (nl !== None && typeof nl !== 'string') throw pyErr(TypeError, `newline must be str or None, not ${typeName(nl)}`);
    if (typeof nl === 'string' && !['', '\n', '\r', '\r\n'].includes(nl)) throw pyErr(ValueError, `illegal newline value: '${nl}'`);
    f.newline = nl;
    f.translate = nl === None;
    f.buf = '';
    f.pos = 0;
    f.bmp = true;
    f.closed = false;
    if (init !== undefined && init !== None) {
      const s = strValue(init);
      if (s === undefined) throw pyErr(TypeError, `initial_value must be str or None, not ${typeName(init)}`);
      sioWrite(f, s);
      f.pos = 0;
    }
    return None;
  },
  getvalue: (a) => sio(a[0]).buf,
  read: (a) => sioRead(sio(a[0]), sizeArg(a[1])),
  readline: (a) => sioReadline(sio(a[0]), sizeArg(a[1])),
  readlines: (a) => {
    const f = sio(a[0]);
    const hint = sizeArg(a[1]);
    const out: PyValue[] = [];
    let total = 0;
    for (let l = sioReadline(f, -1); l !== ''; l = sioReadline(f, -1)) {
      out.push(l);
      total += l.length;
      if (hint > 0 && total >= hint) break;
    }
    return new PyList(out);
  },
  write: (a) => {
    const f = sio(a[0]);
    const s = a[1] === undefined ? undefined : strValue(a[1]);
    if (s === undefined) throw pyErr(TypeError, `string argument expected, got '${a[1] === undefined ? 'nothing' : typeName(a[1])}'`);
    return sioWrite(f, s);
  },
  writelines: (a) => (function* (): NativeGen {
    const f = sio(a[0]);
    for (const v of yield* toArray(a[1])) {
      const s = strValue(v);
      if (s === undefined) throw pyErr(TypeError, `string argument expected, got '${typeName(v)}'`);
      sioWrite(f, s);
    }
    return None;
  })(),
  tell: (a) => {
    const f = sio(a[0]);
    return toCp(f, f.pos);
  },
  seek: (a) => {
    const f = sio(a[0]);
    const pos = intArg(a[1] ?? 0);
    const whence = a[2] === undefined ? 0 : intArg(a[2]);
    if (whence === 0) {
      if (pos < 0) throw pyErr(ValueError, `Negative seek position ${pos}`);
      f.pos = toUnit(f, pos);
    } else if (whence === 1) {
      if (pos !== 0) throw pyErr(OSError, "Can't do nonzero cur-relative seeks");
    } else if (whence === 2) {
      if (pos !== 0) throw pyErr(OSError, "Can't do nonzero end-relative seeks");
      f.pos = f.buf.length;
    } else throw pyErr(ValueError, `Invalid whence (${whence}, should be 0, 1 or 2)`);
    return toCp(f, f.pos);
  },
  truncate: (a) => {
    const f = sio(a[0]);
    let size = a[1] === undefined || a[1] === None ? toCp(f, f.pos) : intArg(a[1]);
    if (size < 0) throw pyErr(ValueError, `Negative size value ${size}`);
    const u = toUnit(f, size);
    if (u < f.buf.length) f.buf = f.buf.slice(0, u);
    return size;
  },
  close: (a) => {
    (a[0] as PyStringIO).closed = true;
    return None;
  },
  flush: (a) => (sio(a[0]), None),
  readable: (a) => (sio(a[0]), true),
  writable: (a) => (sio(a[0]), true),
  seekable: (a) => (sio(a[0]), true),
  isatty: (a) => (sio(a[0]), false),
  fileno: () => {
    throw pyErr(UnsupportedOperation, 'fileno');
  },
  detach: () => {
    throw pyErr(UnsupportedOperation, 'detach');
  },
  __enter__: (a) => (sio(a[0]), a[0]),
  __exit__: (a) => ((a[0] as PyStringIO).closed = true, None),
  __iter__: (a) => (sio(a[0]), a[0]),
  __next__: (a) => {
    const l = sioReadline(sio(a[0]), -1);
    if (l === '') throw pyErr(StopIteration);
    return l;
  },
  __getstate__: (a) => {
    throw pyErr(TypeError, `cannot pickle '${typeName(a[0])}' object`);
  },
});
defineGetSet(stringIOType, 'closed', (o) => (o as PyStringIO).closed);
defineGetSet(stringIOType, 'line_buffering', (o) => (sio(o), false));
defineGetSet(stringIOType, 'newlines', (o) => (sio(o), None));
defineGetSet(stringIOType, 'encoding', () => None);
defineGetSet(stringIOType, 'errors', () => None);

// ---------------------------------------------------------------------------------------------------
// BytesIO

export const bytesIOType = builtinType('BytesIO', BufferedIOBase);
bytesIOType.ns.set('__module__', '_io');

export class PyBytesIO extends PyObject {
  buf = new Uint8Array(0);
  /** Bytes in use (buf may have spare capacity). */
  size = 0;
  pos = 0;
  closed = false;
}
bytesIOType.alloc = (t) => new PyBytesIO(t);

function bio(v: PyValue): PyBytesIO {
  if (!(v instanceof PyBytesIO)) throw pyErr(TypeError, `descriptor requires a '_io.BytesIO' object but received a '${typeName(v)}'`);
  if (v.closed) throw closedErr();
  return v;
}

function bioWrite(f: PyBytesIO, data: Uint8Array): number {
  const end = f.pos + data.length;
  if (end > f.buf.length) {
    const nb = new Uint8Array(Math.max(end, f.buf.length * 2, 16));
    nb.set(f.buf.subarray(0, f.size));
    f.buf = nb;
  }
  if (f.pos > f.size) f.buf.fill(0, f.size, f.pos);
  f.buf.set(data, f.pos);
  f.pos = end;
  if (end > f.size) f.size = end;
  return data.length;
}

function bioRead(f: PyBytesIO, n: number): PyBytes {
  const start = Math.min(f.pos, f.size);
  const end = n < 0 ? f.size : Math.min(f.size, start + n);
  f.pos = Math.max(f.pos, end);
  return pyBytes(f.buf.slice(start, end));
}

function bioReadline(f: PyBytesIO, limit: number): PyBytes {
  const start = Math.min(f.pos, f.size);
  let end = f.buf.subarray(0, f.size).indexOf(10, start);
  end = end < 0 ? f.size : end + 1;
  if (limit >= 0) end = Math.min(end, start + limit);
  f.pos = Math.max(f.pos, end);
  return pyBytes(f.buf.slice(start, end));
}

function needBytes(v: PyValue | undefined): Uint8Array {
  const d = v === undefined ? undefined : bytesData(v);
  if (d === undefined) throw pyErr(TypeError, `a bytes-like object is required, not '${v === undefined ? 'NoneType' : typeName(v)}'`);
  return d;
}

const bioInitSig = signature('BytesIO', 'initial_bytes=b""');

meth('BytesIO', bytesIOType, {
  __init__: (a, kw) => {
    const f = a[0] as PyBytesIO;
    const [init] = bioInitSig.parse(a.slice(1), kw);
    f.buf = new Uint8Array(0);
    f.size = 0;
    f.pos = 0;
    f.closed = false;
    if (init !== undefined && init !== None) {
      bioWrite(f, needBytes(init));
      f.pos = 0;
    }
    return None;
  },
  getvalue: (a) => {
    const f = bio(a[0]);
    return pyBytes(f.buf.slice(0, f.size));
  },
  read: (a) => bioRead(bio(a[0]), sizeArg(a[1])),
  read1: (a) => bioRead(bio(a[0]), sizeArg(a[1])),
  readline: (a) => bioReadline(bio(a[0]), sizeArg(a[1])),
  readlines: (a) => {
    const f = bio(a[0]);
    const out: PyValue[] = [];
    for (let l = bioReadline(f, -1); l.data.length > 0; l = bioReadline(f, -1)) out.push(l);
    return new PyList(out);
  },
  readinto: (a) => {
    const f = bio(a[0]);
    const target = a[1] instanceof PyObject ? bytesData(a[1]) : undefined;
    if (target === undefined || a[1] instanceof PyBytes) throw pyErr(TypeError, `readinto() argument must be read-write bytes-like object, not ${typeName(a[1])}`);
    const chunk = bioRead(f, target.length).data;
    target.set(chunk);
    return chunk.length;
  },
  write: (a) => bioWrite(bio(a[0]), needBytes(a[1])),
  writelines: (a) => (function* (): NativeGen {
    const f = bio(a[0]);
    for (const v of yield* toArray(a[1])) bioWrite(f, needBytes(v));
    return None;
  })(),
  tell: (a) => bio(a[0]).pos,
  seek: (a) => {
    const f = bio(a[0]);
    let pos = intArg(a[1] ?? 0);
    const whence = a[2] === undefined ? 0 : intArg(a[2]);
    if (whence === 0) {
      if (pos < 0) throw pyErr(ValueError, `negative seek value ${pos}`);
    } else if (whence === 1) pos = Math.max(0, f.pos + pos);
    else if (whence === 2) pos = Math.max(0, f.size + pos);
    else throw pyErr(ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
    f.pos = pos;
    return pos;
  },
  truncate: (a) => {
    const f = bio(a[0]);
    const size = a[1] === undefined || a[1] === None ? f.pos : intArg(a[1]);
    if (size < 0) throw pyErr(ValueError, `negative size value ${size}`);
    if (size < f.size) f.size = size;
    return size;
  },
  close: (a) => {
    (a[0] as PyBytesIO).closed = true;
    return None;
  },
  flush: (a) => (bio(a[0]), None),
  readable: (a) => (bio(a[0]), true),
  writable: (a) => (bio(a[0]), true),
  seekable: (a) => (bio(a[0]), true),
  isatty: (a) => (bio(a[0]), false),
  fileno: () => {
    throw pyErr(UnsupportedOperation, 'fileno');
  },
  __enter__: (a) => (bio(a[0]), a[0]),
  __exit__: (a) => ((a[0] as PyBytesIO).closed = true, None),
  __iter__: (a) => (bio(a[0]), a[0]),
  __next__: (a) => {
    const l = bioReadline(bio(a[0]), -1);
    if (l.data.length === 0) throw pyErr(StopIteration);
    return l;
  },
});
defineGetSet(bytesIOType, 'closed', (o) => (o as PyBytesIO).closed);

// ---------------------------------------------------------------------------------------------------

export default defineModule({
  name: 'io',
  init: () => ({
    __all__: new PyList(['BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO', 'StringIO', 'BufferedIOBase',
      'BufferedReader', 'BufferedWriter', 'BufferedRWPair', 'BufferedRandom', 'TextIOBase', 'TextIOWrapper',
      'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END']),
    DEFAULT_BUFFER_SIZE: 8192,
    SEEK_SET: 0,
    SEEK_CUR: 1,
    SEEK_END: 2,
    open,
    StringIO: stringIOType,
    BytesIO: bytesIOType,
    UnsupportedOperation,
    IOBase,
    RawIOBase,
    BufferedIOBase,
    TextIOBase,
    TextIOWrapper: textFileType,
  }),
});
