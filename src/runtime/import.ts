// The import system (CPython: Python/import.c + importlib._bootstrap, reduced to what pyts needs):
// builtins.__import__(name, globals, locals, fromlist, level).
//
// Finding a module `a.b.c`: parents first (`a`, then `a.b`), each cached in sys.modules. For one name:
//   1. sys.modules;
//   2. a stdlib module compiled into CPython (stdlib/index.ts builtinModuleNames: sys, time, math...);
//   3. the directories of sys.path (top level) or of the parent package's __path__:
//      DIR/name/__init__.py (a package), DIR/name.py (a module), DIR/name/ (a namespace package);
//   4. any other stdlib module (CPython's pure-Python stdlib comes after the script's directory).
// A source module is registered in sys.modules BEFORE its body runs (circular imports see the partial
// module) and removed again if the body raises. The body runs through the VM as a new frame on the
// importing thread (vm-bridge.ts runCode): no nested eval loop; the thread stays preemptible.
// Stdlib module code not loaded yet is loaded while holding the GIL (wait.ts stallOn).
//
// Errors, in CPython's words:
//   ModuleNotFoundError: No module named 'x'
//   ModuleNotFoundError: No module named 'a.b'; 'a' is not a package
//   ImportError: attempted relative import with no known parent package
//   ImportError: attempted relative import beyond top-level package
//   (IMPORT_FROM in the VM raises "cannot import name 'y' from 'x' (path)")

import { type NativeGen, type PyValue } from '../objects/object.js';
import { None } from '../objects/builtin-types.js';
import {
  ImportError, ModuleNotFoundError, SystemError, TypeError, ValueError, excTypes, isExcOf, pyErr, setExcField,
  type PyBaseException,
} from '../objects/exceptions.js';
import { PyDict } from '../objects/dict.js';
import { PyModule } from '../objects/module.js';
import { nativeFunction, type NativeFn } from '../objects/native.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { builtinModuleNames, stdlibModules, type ModuleDef } from '../../stdlib/index.js';
import { stallOn } from '../sched/wait.js';
import { runCode } from './vm-bridge.js';
import type { Runtime } from './runtime.js';

/** builtins.__import__. Returns the module object per CPython's fromlist rules. */
export function* importModule(rt: Runtime, name: string, globals: PyValue, fromlist: PyValue, level: number): NativeGen {
  if (level < 0) throw pyErr(ValueError, 'level must be >= 0');
  if (level === 0 && name === '') throw pyErr(ValueError, 'Empty module name');
  const absName = level > 0 ? resolveRelative(name, globals, level) : name;
  const mod = yield* findAndLoadDotted(rt, absName);
  const from = fromlistNames(fromlist);
  if (from.length === 0) {
    if (level === 0 || name !== '') {
      // `import a.b.c` binds `a`: return the top-level package.
      const top = level === 0 ? name.split('.')[0] : absName.slice(0, absName.length - name.length) + name.split('.')[0];
      const m = rt.sysModules.getStr(top);
      return m ?? mod;
    }
    return mod;
  }
  // `from pkg import sub`: import submodules named in fromlist that are not attributes yet.
  if (mod instanceof PyModule && mod.dict.hasStr('__path__')) {
    for (const n of from) {
      if (n === '*') {
        const all = mod.dict.getStr('__all__');
        const items = all instanceof PyList || all instanceof PyTuple ? all.items : [];
        for (const a of items) if (typeof a === 'string' && !mod.dict.hasStr(a)) yield* tryImportSub(rt, mod, a);
        continue;
      }
      if (!mod.dict.hasStr(n)) yield* tryImportSub(rt, mod, n);
    }
  }
  return mod;
}

function* tryImportSub(rt: Runtime, pkg: PyModule, n: string): NativeGen {
  const full = `${pkg.name}.${n}`;
  try {
    yield* findAndLoadDotted(rt, full);
  } catch (e) {
    // CPython: a missing submodule named in fromlist is not an error here (IMPORT_FROM reports it).
    if (isExcOf(e, ModuleNotFoundError) && moduleNotFoundName(e) === full) return None;
    throw e;
  }
  return None;
}

function fromlistNames(fromlist: PyValue): string[] {
  if (fromlist === None) return [];
  const items = fromlist instanceof PyTuple || fromlist instanceof PyList ? fromlist.items : [];
  return items.filter((x): x is string => typeof x === 'string');
}

/** CPython: importlib._bootstrap._calc___package__ + _resolve_name. */
function resolveRelative(name: string, globals: PyValue, level: number): string {
  let pkg: PyValue | undefined;
  if (globals instanceof PyDict) {
    pkg = globals.getStr('__package__');
    if (pkg === None || pkg === undefined) {
      const modName = globals.getStr('__name__');
      if (typeof modName === 'string') {
        pkg = globals.hasStr('__path__') ? modName : modName.includes('.') ? modName.slice(0, modName.lastIndexOf('.')) : '';
      }
    }
  }
  if (pkg !== undefined && pkg !== None && typeof pkg !== 'string') throw pyErr(TypeError, 'package must be a string');
  if (!pkg) throw pyErr(ImportError, 'attempted relative import with no known parent package');
  const bits = (pkg as string).split('.');
  if (bits.length < level) throw pyErr(ImportError, 'attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

/** Import `a.b.c` (parents first); returns the module for the full name. */
function* findAndLoadDotted(rt: Runtime, full: string): NativeGen {
  const cached = rt.sysModules.getStr(full);
  if (cached !== undefined) {
    if (cached === None) throw notFound(`import of ${full} halted; None in sys.modules`, full);
    return cached;
  }
  const dot = full.lastIndexOf('.');
  if (dot < 0) return yield* loadTop(rt, full);
  const parentName = full.slice(0, dot);
  const parent = yield* findAndLoadDotted(rt, parentName);
  // The parent's body may have imported us already.
  const again = rt.sysModules.getStr(full);
  if (again !== undefined) return again;
  const path = parent instanceof PyModule ? parent.dict.getStr('__path__') : undefined;
  if (!(path instanceof PyList)) throw notFound(`No module named '${full}'; '${parentName}' is not a package`, full);
  const child = full.slice(dot + 1);
  const m = yield* loadFromPath(rt, full, child, path.items.filter((p): p is string => typeof p === 'string'));
  if (m === null) throw notFound(`No module named '${full}'`, full);
  if (parent instanceof PyModule) parent.dict.setStr(child, m);
  return m;
}

function* loadTop(rt: Runtime, name: string): NativeGen {
  if (builtinModuleNames.includes(name) && name in stdlibModules) return yield* loadStdlib(rt, name);
  const dirs = rt.path.items.filter((p): p is string => typeof p === 'string');
  const m = yield* loadFromPath(rt, name, name, dirs);
  if (m !== null) return m;
  if (name in stdlibModules) return yield* loadStdlib(rt, name);
  throw notFound(`No module named '${name}'`, name);
}

/** Search `dirs` for `short` (module file, package, namespace package); load it as `full`, or null. */
function* loadFromPath(rt: Runtime, full: string, short: string, dirs: string[]): Generator<any, PyValue | null, any> {
  const host = rt.host;
  let namespaceDirs: string[] = [];
  for (const d of dirs) {
    const dir = host.resolvePath(d === '' ? '.' : d);
    const pkgDir = host.resolvePath(short, dir);
    const init = host.resolvePath('__init__.py', pkgDir);
    const st = host.stat(pkgDir);
    if (st?.isDir) {
      const initSt = host.stat(init);
      if (initSt?.isFile) return yield* execSource(rt, full, init, pkgDir);
      namespaceDirs.push(pkgDir);
      continue;
    }
    const file = host.resolvePath(short + '.py', dir);
    if (host.stat(file)?.isFile) return yield* execSource(rt, full, file, null);
  }
  if (namespaceDirs.length) {
    const m = rt.newModule(full);
    m.dict.setStr('__path__', new PyList(namespaceDirs));
    m.dict.setStr('__package__', full);
    m.dict.setStr('__file__', None);
    rt.sysModules.setStr(full, m);
    return m;
  }
  return null;
}

/** Create the module, register it, run its body; on error unregister and re-raise. */
function* execSource(rt: Runtime, full: string, file: string, pkgDir: string | null): NativeGen {
  const source = rt.host.readTextFile(file);
  if (source === null) throw notFound(`No module named '${full}'`, full);
  rt.sources.add(file, source);
  const code = rt.compile(source, file, 'exec');
  const m = rt.newModule(full);
  const d = m.dict;
  d.setStr('__file__', file);
  d.setStr('__cached__', None);
  d.setStr('__builtins__', rt.builtins);
  if (pkgDir !== null) {
    d.setStr('__path__', new PyList([pkgDir]));
    d.setStr('__package__', full);
  } else {
    d.setStr('__package__', full.includes('.') ? full.slice(0, full.lastIndexOf('.')) : '');
  }
  rt.sysModules.setStr(full, m);
  try {
    yield* runCode(code, d, d);
  } catch (e) {
    rt.sysModules.delStr(full);
    throw e;
  }
  return rt.sysModules.getStr(full) ?? m;
}

/** importlib.import_module's core: import the absolute dotted name, return that module (not the top). */
export function* importAbsolute(rt: Runtime, full: string): NativeGen {
  return yield* findAndLoadDotted(rt, full);
}

/**
 * importlib.reload: run a source module's file again in its existing namespace (CPython keeps the
 * module object and its dict). A stdlib module written in TS is re-initialised into the same dict.
 */
export function* reloadModule(rt: Runtime, m: PyModule): NativeGen {
  const name = m.dict.getStr('__name__');
  if (typeof name !== 'string' || rt.sysModules.getStr(name) !== m) {
    const e = pyErr(ImportError, `module ${typeof name === 'string' ? name : '?'} not in sys.modules`);
    setExcField(e, 'name', typeof name === 'string' ? name : None);
    throw e;
  }
  const file = m.dict.getStr('__file__');
  if (typeof file === 'string') {
    const source = rt.host.readTextFile(file);
    if (source === null) throw notFound(`No module named '${name}'`, name);
    rt.sources.add(file, source);
    yield* runCode(rt.compile(source, file, 'exec'), m.dict, m.dict);
    return rt.sysModules.getStr(name) ?? m;
  }
  const def = rt.stdlibDefs.get(name);
  if (def !== undefined) {
    fillNamespace(m, def.init(m, rt));
  }
  return m;
}

/** A stdlib module's namespace from its init (ModuleDef.init: plain functions become module functions). */
export function fillNamespace(m: PyModule, ns: Record<string, PyValue | NativeFn> | void): void {
  if (!ns) return;
  for (const k of Object.keys(ns)) {
    const v = ns[k];
    m.dict.setStr(k, typeof v === 'function' ? nativeFunction(k, v) : v);
  }
}

/** A stdlib module from the registry (stdlib/index.ts): load its definition if needed, then init. */
export function* loadStdlib(rt: Runtime, name: string): NativeGen {
  const cached = rt.sysModules.getStr(name);
  if (cached !== undefined) return cached;
  let def = rt.stdlibDefs.get(name);
  if (def === undefined) {
    const p = stdlibModules[name]().then((d) => {
      rt.stdlibDefs.set(name, d);
      return None as PyValue;
    });
    yield { op: 'block', waitable: stallOn(p, `import ${name}`, (e) => pyErr(SystemError, `pyts: cannot load stdlib module '${name}': ${String(e)}`)) };
    def = rt.stdlibDefs.get(name) as ModuleDef;
  }
  const m = rt.newModule(name, def.doc);
  m.dict.setStr('__package__', '');
  rt.sysModules.setStr(name, m);
  try {
    fillNamespace(m, def.init(m, rt));
  } catch (e) {
    rt.sysModules.delStr(name);
    throw e;
  }
  return m;
}

function notFound(msg: string, name: string): PyBaseException {
  const e = pyErr(ModuleNotFoundError, msg);
  setExcField(e, 'name', name);
  setExcField(e, 'path', None);
  return e;
}

function moduleNotFoundName(e: PyBaseException): PyValue | undefined {
  return e.fields?.get('name');
}

/** The top-level module names a source imports (a cheap scan, for preloading stdlib code). */
export function scanImports(source: string): string[] {
  const out = new Set<string>();
  const re = /^[ \t]*(?:from[ \t]+([A-Za-z_][\w.]*)[ \t]+import\b|import[ \t]+([^\n#;]+))/gm;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    if (m[1]) out.add(m[1].split('.')[0]);
    else for (const part of m[2].split(',')) {
      const n = part.trim().split(/\s+/)[0];
      if (n && /^[A-Za-z_]/.test(n)) out.add(n.split('.')[0].replace(/[()\\]/g, ''));
    }
  }
  return [...out];
}

export { excTypes };
