// The Python-visible behaviour of the builtin exceptions (CPython: Objects/exceptions.c):
// BaseException's __new__/__init__ (args), __str__/__repr__, args, with_traceback, add_note,
// __traceback__/__cause__/__context__/__suppress_context__ (with CPython's checks), __dict__; and the
// subclasses' members: StopIteration.value, SystemExit.code, KeyError.__str__, ImportError name/path/msg,
// AttributeError name/obj, NameError name, OSError errno/strerror/filename/filename2 (+ the errno ->
// subclass mapping of OSError(...)), SyntaxError msg/filename/lineno/offset/text/end_lineno/end_offset.
// Member values live in PyBaseException.fields (exceptions.ts); getters fall back to what CPython's
// __init__ would have stored, so exceptions made natively with pyErr() read correctly too.

import { PyObject, settle, type KwArgs, type NativeGen, type NativeResult, type PyValue } from './object.js';
import { PyType } from './type.js';
import { typeOf, None } from './builtin-types.js';
import { nativeFunction, nativeMethod, methodTable } from './native.js';
import { defineGetSet } from './descriptors.js';
import {
  PyBaseException, BaseException, StopIteration, SystemExit, KeyError, ImportError, AttributeError, NameError,
  OSError, SyntaxError, TypeError, excTypes, excField, setExcField, pyErr,
} from './exceptions.js';
import { PyTuple, pyTuple } from './tuple.js';
import { PyList } from './list.js';
import { PyDict } from './dict.js';
import { toArray } from './seq.js';
import { repr, str } from './ops.js';
import { defineInstanceDict } from './object-methods.js';

function exc(v: PyValue): PyBaseException {
  if (!(v instanceof PyBaseException)) throw pyErr(TypeError, `descriptor requires a 'BaseException' object but received a '${typeOf(v).name}'`);
  return v;
}

function noKw(e: PyValue, kw: KwArgs): void {
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, `${typeOf(e).name}() takes no keyword arguments`);
}

/** Take the keyword arguments `names` out of kw (ImportError(name=..., path=...)); others are errors. */
function kwOnly(e: PyValue, kw: KwArgs, names: string[]): Map<string, PyValue> {
  const out = new Map<string, PyValue>();
  if (kw === null) return out;
  for (const [k, v] of kw) {
    if (!names.includes(k)) throw pyErr(TypeError, `'${k}' is an invalid keyword argument for ${typeOf(e).name}()`);
    out.set(k, v);
  }
  return out;
}

/** str(e) of BaseException: '', str(arg), or str(args). */
function baseStr(e: PyBaseException): NativeResult {
  if (e.args.length === 0) return '';
  if (e.args.length === 1) return str(e.args[0]);
  return str(pyTuple(e.args.slice()));
}

function* reprGen(e: PyBaseException): NativeGen {
  const name = e.type.name;
  if (e.args.length === 1) return `${name}(${(yield* settle(repr(e.args[0]))) as string})`;
  return name + ((yield* settle(repr(pyTuple(e.args.slice())))) as string);
}

function setArgs(e: PyBaseException, a: PyValue[]): void {
  e.args = a;
}

BaseException.define(methodTable('BaseException', {
  __new__: nativeFunction('__new__', (a) => {
    const cls = a[0];
    if (!(cls instanceof PyType)) throw pyErr(TypeError, `BaseException.__new__(X): X is not a type object (${typeOf(cls).name})`);
    const e = cls.alloc(cls) as PyBaseException;
    e.args = a.slice(1);
    return e;
  }),
  __init__: (a, kw) => {
    noKw(a[0], kw);
    setArgs(exc(a[0]), a.slice(1));
    return None;
  },
  __str__: nativeMethod('BaseException', '__str__', (a) => baseStr(exc(a[0])), 'Return str(self).'),
  __repr__: nativeMethod('BaseException', '__repr__', (a) => reprGen(exc(a[0])), 'Return repr(self).'),
  with_traceback: nativeMethod('BaseException', 'with_traceback', (a) => {
    const e = exc(a[0]);
    setTraceback(e, a[1]);
    return e;
  }, 'Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self.'),
  add_note: nativeMethod('BaseException', 'add_note', (a) => {
    const e = exc(a[0]);
    const note = a[1];
    if (typeof note !== 'string') throw pyErr(TypeError, `note must be a str, not '${typeOf(note).name}'`);
    const d = e.dict;
    let notes = d === null ? undefined : d.getStr('__notes__');
    if (notes === undefined) {
      notes = new PyList([]);
      setDict(e, '__notes__', notes);
    }
    if (!(notes instanceof PyList)) throw pyErr(TypeError, 'Cannot add note: __notes__ is not a list');
    notes.items.push(note);
    return None;
  }, 'Exception.add_note(note) --\n    add a note to the exception'),
  __reduce__: (a) => {
    const e = exc(a[0]);
    return pyTuple(e.dict && e.dict.size ? [e.type, pyTuple(e.args.slice()), e.dict] : [e.type, pyTuple(e.args.slice())]);
  },
  __doc__: 'Common base class for all exceptions',
}));

function setDict(e: PyBaseException, k: string, v: PyValue): void {
  (e.dict ??= new PyDict()).setStr(k, v);
}

function setTraceback(e: PyBaseException, tb: PyValue | undefined): void {
  if (tb === undefined) throw pyErr(TypeError, '__traceback__ may not be deleted');
  if (tb !== None && typeOf(tb).name !== 'traceback') throw pyErr(TypeError, '__traceback__ must be a traceback or None');
  e.tb = tb;
}

defineGetSet(BaseException, 'args', (e) => pyTuple(exc(e).args.slice()), function* (e, v) {
  if (v === undefined) throw pyErr(TypeError, 'args may not be deleted');
  const r = toArray(v);
  exc(e).args = Array.isArray(r) ? r : ((yield* r) as unknown as PyValue[]);
  return None;
});
defineGetSet(BaseException, '__traceback__', (e) => exc(e).tb, (e, v) => setTraceback(exc(e), v));
defineGetSet(BaseException, '__cause__', (e) => exc(e).cause, (e, v) => {
  if (v === undefined) throw pyErr(TypeError, '__cause__ may not be deleted');
  if (v !== None && !(v instanceof PyBaseException)) throw pyErr(TypeError, 'exception cause must be None or derive from BaseException');
  const x = exc(e);
  x.cause = v;
  x.suppressContext = true;
}, 'exception cause');
defineGetSet(BaseException, '__context__', (e) => exc(e).context, (e, v) => {
  if (v === undefined) throw pyErr(TypeError, '__context__ may not be deleted');
  if (v !== None && !(v instanceof PyBaseException)) throw pyErr(TypeError, 'exception context must be None or derive from BaseException');
  exc(e).context = v;
}, 'exception context');
defineGetSet(BaseException, '__suppress_context__', (e) => exc(e).suppressContext, (e, v) => {
  if (v === undefined) throw pyErr(TypeError, "can't delete attribute");
  exc(e).suppressContext = v === true || (typeof v === 'number' && v !== 0);
});
defineInstanceDict(BaseException);

/** A member attribute on `owner` stored in fields, with a default computed from the exception. */
function member(owner: PyType, name: string, dflt: (e: PyBaseException) => PyValue = () => None): void {
  defineGetSet(owner, name, (e) => excField(exc(e), name) ?? dflt(exc(e)), (e, v) => {
    setExcField(exc(e), name, v === undefined ? None : v);
  });
}

/** Define __init__ on an exception type: it sets args like BaseException, then runs `more`. */
function init(owner: PyType, more: (e: PyBaseException, args: PyValue[], kw: KwArgs) => void): void {
  owner.define({
    __init__: nativeMethod(owner.name, '__init__', (a, kw) => {
      const e = exc(a[0]);
      const args = a.slice(1);
      more(e, args, kw);
      e.args = args;
      return None;
    }),
  });
}

// StopIteration.value
init(StopIteration, (e, args, kw) => {
  noKw(e, kw);
  setExcField(e, 'value', args.length ? args[0] : None);
});
member(StopIteration, 'value', (e) => (e.args.length ? e.args[0] : None));

// SystemExit.code
init(SystemExit, (e, args, kw) => {
  noKw(e, kw);
  setExcField(e, 'code', sysExitCode(args));
});
function sysExitCode(args: PyValue[]): PyValue {
  return args.length === 0 ? None : args.length === 1 ? args[0] : pyTuple(args.slice());
}
member(SystemExit, 'code', (e) => sysExitCode(e.args));

// KeyError.__str__: the repr of a single key.
KeyError.define(methodTable('KeyError', {
  __str__: (a) => {
    const e = exc(a[0]);
    return e.args.length === 1 ? repr(e.args[0]) : baseStr(e);
  },
}));

// ImportError(msg, name=None, path=None)
init(ImportError, (e, args, kw) => {
  const k = kwOnly(e, kw, ['name', 'path']);
  setExcField(e, 'name', k.get('name') ?? None);
  setExcField(e, 'path', k.get('path') ?? None);
  setExcField(e, 'msg', args.length === 1 ? args[0] : None);
});
member(ImportError, 'name');
member(ImportError, 'path');
member(ImportError, 'msg', (e) => (e.args.length === 1 ? e.args[0] : None));
ImportError.define(methodTable('ImportError', {
  __str__: (a) => {
    const e = exc(a[0]);
    const m = excField(e, 'msg') ?? (e.args.length === 1 ? e.args[0] : None);
    return m !== None ? str(m) : baseStr(e);
  },
}));

// AttributeError(*args, name=None, obj=None), NameError(*args, name=None)
init(AttributeError, (e, _args, kw) => {
  const k = kwOnly(e, kw, ['name', 'obj']);
  setExcField(e, 'name', k.get('name') ?? None);
  setExcField(e, 'obj', k.get('obj') ?? None);
});
member(AttributeError, 'name');
member(AttributeError, 'obj');
init(NameError, (e, _args, kw) => {
  const k = kwOnly(e, kw, ['name']);
  setExcField(e, 'name', k.get('name') ?? None);
});
member(NameError, 'name');

// OSError(errno, strerror[, filename[, winerror[, filename2]]])
const ERRNO_MAP: Record<number, string> = {
  11: 'BlockingIOError', 114: 'BlockingIOError', 115: 'BlockingIOError',
  10: 'ChildProcessError', 32: 'BrokenPipeError', 108: 'BrokenPipeError',
  103: 'ConnectionAbortedError', 111: 'ConnectionRefusedError', 104: 'ConnectionResetError',
  17: 'FileExistsError', 2: 'FileNotFoundError', 21: 'IsADirectoryError', 20: 'NotADirectoryError',
  4: 'InterruptedError', 13: 'PermissionError', 1: 'PermissionError', 3: 'ProcessLookupError',
  110: 'TimeoutError',
};

OSError.define(methodTable('OSError', {
  __new__: nativeFunction('__new__', (a) => {
    let cls = a[0] as PyType;
    const args = a.slice(1);
    if (cls === OSError && args.length >= 2 && typeof args[0] === 'number') {
      const sub = ERRNO_MAP[args[0]];
      if (sub !== undefined) cls = excTypes[sub];
    }
    const e = cls.alloc(cls) as PyBaseException;
    e.args = args;
    osInit(e, args);
    return e;
  }),
  __init__: () => None,
  __str__: function* (a) {
    const e = exc(a[0]);
    const errno = excField(e, 'errno') ?? None;
    const strerror = excField(e, 'strerror') ?? None;
    const filename = excField(e, 'filename') ?? None;
    const filename2 = excField(e, 'filename2') ?? None;
    if (filename !== None) {
      const f1 = (yield* settle(repr(filename))) as string;
      const head = `[Errno ${(yield* settle(str(errno))) as string}] ${(yield* settle(str(strerror))) as string}: ${f1}`;
      if (filename2 !== None) return `${head} -> ${(yield* settle(repr(filename2))) as string}`;
      return head;
    }
    if (errno !== None && strerror !== None) {
      return `[Errno ${(yield* settle(str(errno))) as string}] ${(yield* settle(str(strerror))) as string}`;
    }
    return yield* settle(baseStr(e));
  },
}));

function osInit(e: PyBaseException, args: PyValue[]): void {
  if (args.length >= 2 && args.length <= 5) {
    setExcField(e, 'errno', args[0]);
    setExcField(e, 'strerror', args[1]);
    if (args.length >= 3) {
      setExcField(e, 'filename', args[2]);
      if (args.length === 5) setExcField(e, 'filename2', args[4]);
      e.args = [args[0], args[1]];
    }
  }
}
for (const m of ['errno', 'strerror', 'filename', 'filename2']) member(OSError, m);
member(excTypes.BlockingIOError, 'characters_written', () => {
  throw pyErr(AttributeError, 'characters_written');
});

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
const SYNTAX_FIELDS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
init(SyntaxError, (e, args, kw) => {
  noKw(e, kw);
  if (args.length >= 1) setExcField(e, 'msg', args[0]);
  if (args.length === 2) {
    const info = args[1];
    if (!(info instanceof PyTuple)) throw pyErr(TypeError, 'tuple expected');
    if (info.items.length < 4 || info.items.length > 6) throw pyErr(excTypes.IndexError, 'tuple index out of range');
    info.items.forEach((v, i) => setExcField(e, SYNTAX_FIELDS[i], v));
  }
});
member(SyntaxError, 'msg', (e) => (e.args.length ? e.args[0] : None));
for (const m of SYNTAX_FIELDS) member(SyntaxError, m);
member(SyntaxError, 'print_file_and_line');
SyntaxError.define(methodTable('SyntaxError', {
  __str__: function* (a) {
    const e = exc(a[0]);
    const msg = excField(e, 'msg') ?? (e.args.length ? e.args[0] : None);
    const m = (yield* settle(str(msg))) as string;
    const fn = excField(e, 'filename');
    const ln = excField(e, 'lineno');
    const file = typeof fn === 'string' ? fn.slice(fn.lastIndexOf('/') + 1) : undefined;
    const line = typeof ln === 'number' || typeof ln === 'bigint' ? String(ln) : undefined;
    if (file !== undefined && line !== undefined) return `${m} (${file}, line ${line})`;
    if (file !== undefined) return `${m} (${file})`;
    if (line !== undefined) return `${m} (line ${line})`;
    return m;
  },
}));

export { PyObject };
