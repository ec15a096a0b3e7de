// The `os` module and `os.path` (CPython: Lib/os.py + Lib/posixpath.py), the basics through the host:
// name/sep/linesep/pathsep/curdir/pardir, getpid, getcwd, environ (a dict filled from the host's
// environment when os is first imported), getenv, listdir, and os.path's join/split/splitext/
// basename/dirname/normpath/abspath/isabs (pure string functions, posixpath semantics) plus exists/
// isfile/isdir/getsize through host.stat. `os.path` is also registered in sys.modules as
// 'os.path' (and 'posixpath'), so `import os.path` works. Paths are str only (no bytes paths).

import type { PyValue } from '../src/objects/object.js';
import { None, typeOf } from '../src/objects/builtin-types.js';
import { pyErr, TypeError, FileNotFoundError, OSError, FileExistsError, IsADirectoryError, NotADirectoryError, PermissionError } from '../src/objects/exceptions.js';
import type { PyType } from '../src/objects/type.js';
import { settle, type NativeGen } from '../src/objects/object.js';
import * as ops from '../src/objects/ops.js';
import { nativeFunction } from '../src/objects/native.js';
import { PyDict } from '../src/objects/dict.js';
import { PyList } from '../src/objects/list.js';
import { pyTuple } from '../src/objects/tuple.js';
import { PyModule } from '../src/objects/module.js';
import { signature } from '../src/builtins/args.js';
import type { Runtime } from '../src/runtime/runtime.js';
import { defineModule } from './index.js';

function pathStr(fname: string, v: PyValue | undefined): string {
  if (typeof v === 'string') return v;
  throw pyErr(TypeError, `${fname}: path should be string, bytes, os.PathLike or integer, not ${typeOf(v as PyValue).name}`);
}

function strArg(fname: string, v: PyValue): string {
  if (typeof v === 'string') return v;
  throw pyErr(TypeError, `expected str, bytes or os.PathLike object, not ${typeOf(v).name}`);
}

// ---- posixpath (pure) ----

export function join(a: string, parts: string[]): string {
  let path = a;
  for (const b of parts) {
    if (b.startsWith('/')) path = b;
    else if (path === '' || path.endsWith('/')) path += b;
    else path += '/' + b;
  }
  return path;
}

export function split(p: string): [string, string] {
  const i = p.lastIndexOf('/') + 1;
  let head = p.slice(0, i);
  const tail = p.slice(i);
  if (head && head !== '/'.repeat(head.length)) head = head.replace(/\/+$/, '');
  return [head, tail];
}

export function splitext(p: string): [string, string] {
  const sep = p.lastIndexOf('/');
  const dot = p.lastIndexOf('.');
  if (dot > sep) {
    let i = sep + 1;
    while (i < dot) {
      if (p[i] !== '.') return [p.slice(0, dot), p.slice(dot)];
      i++;
    }
  }
  return [p, ''];
}

export function normpath(p: string): string {
  if (p === '') return '.';
  let initial = p.startsWith('/') ? 1 : 0;
  if (initial && p.startsWith('//') && !p.startsWith('///')) initial = 2;
  const out: string[] = [];
  for (const c of p.split('/')) {
    if (c === '' || c === '.') continue;
    if (c !== '..' || (!initial && out.length === 0) || (out.length > 0 && out[out.length - 1] === '..')) out.push(c);
    else if (out.length > 0) out.pop();
  }
  const s = '/'.repeat(initial) + out.join('/');
  return s || '.';
}

function pathModule(rt: Runtime): PyModule {
  const host = rt.host;
  const d = new PyDict();
  d.setStr('__name__', 'posixpath');
  d.setStr('__doc__', 'Common operations on Posix pathnames.');
  const f = (name: string, fn: (args: PyValue[]) => PyValue) =>
    d.setStr(name, nativeFunction(name, (args, kwargs) => {
      if (kwargs !== null && kwargs.size) throw pyErr(TypeError, `${name}() takes no keyword arguments`);
      return fn(args);
    }));
  const one = (name: string, args: PyValue[]) => {
    if (args.length !== 1) throw pyErr(TypeError, `${name}() takes 1 positional argument but ${args.length} were given`);
    return strArg(name, args[0]);
  };
  f('join', (a) => {
    if (a.length === 0) throw pyErr(TypeError, "join() missing 1 required positional argument: 'a'");
    return join(strArg('join', a[0]), a.slice(1).map((x) => strArg('join', x)));
  });
  f('split', (a) => pyTuple(split(one('split', a))));
  f('splitext', (a) => pyTuple(splitext(one('splitext', a))));
  f('basename', (a) => split(one('basename', a))[1]);
  f('dirname', (a) => split(one('dirname', a))[0]);
  f('normpath', (a) => normpath(one('normpath', a)));
  f('isabs', (a) => one('isabs', a).startsWith('/'));
  f('abspath', (a) => {
    const p = one('abspath', a);
    return normpath(p.startsWith('/') ? p : join(host.cwd(), [p]));
  });
  f('exists', (a) => typeof a[0] === 'string' && host.stat(a[0]) !== null);
  f('isfile', (a) => typeof a[0] === 'string' && host.stat(a[0])?.isFile === true);
  f('isdir', (a) => typeof a[0] === 'string' && host.stat(a[0])?.isDir === true);
  f('getsize', (a) => {
    const p = one('getsize', a);
    const st = host.stat(p);
    if (st === null) throw noFile(p);
    return st.size;
  });
  f('expanduser', (a) => {
    const p = one('expanduser', a);
    const home = host.env().HOME;
    if (!p.startsWith('~') || home === undefined) return p;
    const i = p.indexOf('/');
    if (i !== 1 && p.length !== 1) return p;
    return home.replace(/\/+$/, '') + (i < 0 ? '' : p.slice(i)) || '/';
  });
  f('commonprefix', (a) => {
    // CPython: genericpath.commonprefix (character-wise, on the min and max of the list)
    const m = a[0];
    const items = (m as { items?: PyValue[] }).items;
    if (!items) throw pyErr(TypeError, `'${typeOf(m).name}' object is not subscriptable`);
    if (items.length === 0) return '';
    const strs = items.map((x) => strArg('commonprefix', x));
    let lo = strs[0];
    let hi = strs[0];
    for (const x of strs) {
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    let i = 0;
    while (i < lo.length && lo[i] === hi[i]) i++;
    return lo.slice(0, i);
  });
  d.setStr('sep', '/');
  d.setStr('curdir', '.');
  d.setStr('pardir', '..');
  return new PyModule(d);
}

function noFile(p: string) {
  const e = pyErr(FileNotFoundError);
  e.args = [2, 'No such file or directory'];
  void p;
  return e;
}

const getenvSig = signature('getenv', 'key, default=None');
const makedirsSig = signature('makedirs', 'name, mode=0o777, exist_ok=False');

const errnos: Record<string, [number, string, PyType]> = {
  ENOENT: [2, 'No such file or directory', FileNotFoundError],
  EEXIST: [17, 'File exists', FileExistsError],
  EISDIR: [21, 'Is a directory', IsADirectoryError],
  ENOTDIR: [20, 'Not a directory', NotADirectoryError],
  EACCES: [13, 'Permission denied', PermissionError],
  EPERM: [1, 'Operation not permitted', PermissionError],
  ENOTEMPTY: [39, 'Directory not empty', OSError],
};

/** Run an optional host file-system call; raise CPython's OSError subclass on failure. */
function* fsCall(rt: Runtime, op: 'removeFile' | 'makeDir' | 'removeDir', p: string): NativeGen {
  const fn = rt.host[op];
  if (fn === undefined) throw pyErr(OSError, `[Errno 38] Function not implemented by this host: '${p}'`);
  const code = fn.call(rt.host, rt.host.resolvePath(p));
  if (code === null) return None;
  const [errno, msg, type] = errnos[code] ?? [5, 'Input/output error', OSError];
  throw yield* settle(ops.call(type, [errno, msg, p], null));
}

export default defineModule({
  name: 'os',
  doc: 'OS routines for NT or Posix depending on what system we\'re on.',
  init: (_mod, rt) => {
    const host = rt.host;
    const path = pathModule(rt);
    rt.sysModules.setStr('os.path', path);
    rt.sysModules.setStr('posixpath', path);
    const environ = new PyDict();
    for (const [k, v] of Object.entries(host.env())) environ.setStr(k, v);
    return {
      name: 'posix',
      sep: '/',
      altsep: None,
      extsep: '.',
      linesep: '\n',
      pathsep: ':',
      curdir: '.',
      pardir: '..',
      devnull: '/dev/null',
      path,
      environ,
      error: OSError,
      getpid: () => host.pid(),
      getcwd: () => host.cwd(),
      cpu_count: () => 1,
      getenv: (args, kwargs) => {
        const [k, dflt] = getenvSig.parse(args, kwargs);
        const v = environ.getStr(strArg('getenv', k as PyValue));
        return v ?? dflt ?? None;
      },
      listdir: (args) => {
        const p = args.length === 0 || args[0] === None ? '.' : pathStr('listdir', args[0]);
        const names = host.listDir(host.resolvePath(p));
        if (names === null) {
          const e = pyErr(FileNotFoundError);
          e.args = [2, 'No such file or directory'];
          throw e;
        }
        return new PyList(names.slice());
      },
      remove: (args) => fsCall(rt, 'removeFile', pathStr('remove', args[0])),
      unlink: (args) => fsCall(rt, 'removeFile', pathStr('unlink', args[0])),
      rmdir: (args) => fsCall(rt, 'removeDir', pathStr('rmdir', args[0])),
      mkdir: (args) => fsCall(rt, 'makeDir', pathStr('mkdir', args[0])),
      makedirs: (args, kwargs) => {
        const [name, , existOk] = makedirsSig.parse(args, kwargs);
        const p = pathStr('makedirs', name);
        return (function* (): NativeGen {
          // CPython: os.makedirs -- create missing parents first, then the leaf
          const full = rt.host.resolvePath(p);
          const parts = full.split('/').filter((x) => x !== '');
          let cur = '';
          for (let i = 0; i < parts.length; i++) {
            cur += '/' + parts[i];
            const st = rt.host.stat(cur);
            if (i < parts.length - 1) {
              if (st === null) yield* fsCall(rt, 'makeDir', cur);
              continue;
            }
            if (st !== null) {
              if (st.isDir && existOk !== undefined && ops.isTrue(existOk) === true) return None;
              return yield* fsCall(rt, 'makeDir', p);
            }
            yield* fsCall(rt, 'makeDir', p);
          }
          return None;
        })();
      },
      fspath: (args) => {
        if (typeof args[0] === 'string') return args[0];
        throw pyErr(TypeError, `expected str, bytes or os.PathLike object, not ${typeOf(args[0]).name}`);
      },
    };
  },
});
