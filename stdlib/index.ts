// The stdlib module registry: every module pyts implements in TypeScript, by import name.
//
// Format: one file per module (stdlib/NAME.ts) whose default export is a ModuleDef; the registry maps
// the import name to a loader. Loaders are dynamic imports so that `pyts hello.py` does not load
// modules it never imports (startup time). The runtime preloads the modules a program's source
// names before running it, and loads any other one on demand while holding the GIL (the scheduler
// stalls, no other thread runs), so module loading never changes thread interleavings.
//
// Adding a module: write stdlib/foo.ts with `export default defineModule({ name: 'foo', init })`,
// add a line below. `init` receives the new module and the Runtime; it fills the namespace by
// returning a record of attributes (or by setting them on mod.dict itself).

import type { PyValue } from '../src/objects/object.js';
import type { PyModule } from '../src/objects/module.js';
import type { NativeFn } from '../src/objects/native.js';
import type { Runtime } from '../src/runtime/runtime.js';

export interface ModuleDef {
  name: string;
  doc?: string;
  /** Fill the namespace; called once, on first import. A plain function becomes the module function
   * its key names (`{ sleep: (args) => ... }` is `{ sleep: nativeFunction('sleep', ...) }`). */
  init(mod: PyModule, rt: Runtime): Record<string, PyValue | NativeFn> | void;
}

export function defineModule(def: ModuleDef): ModuleDef {
  return def;
}

export type ModuleLoader = () => Promise<ModuleDef>;

const load = (p: Promise<{ default: ModuleDef }>) => p.then((m) => m.default);

/** Import name -> loader. Keep sorted. */
export const stdlibModules: Record<string, ModuleLoader> = {
  _thread: () => load(import('./_thread.js')),
  _weakref: () => import('./weakref.js').then((m) => m._weakrefModule),
  abc: () => load(import('./abc.js')),
  argparse: () => load(import('./argparse.js')),
  collections: () => load(import('./collections.js')),
  contextlib: () => load(import('./contextlib.js')),
  copy: () => load(import('./copy.js')),
  dataclasses: () => load(import('./dataclasses.js')),
  enum: () => load(import('./enum.js')),
  functools: () => load(import('./functools.js')),
  gc: () => load(import('./gc.js')),
  importlib: () => load(import('./importlib.js')),
  inspect: () => load(import('./inspect.js')),
  io: () => load(import('./io.js')),
  itertools: () => load(import('./itertools.js')),
  logging: () => load(import('./logging.js')),
  math: () => load(import('./math.js')),
  os: () => load(import('./os.js')),
  operator: () => load(import('./operator.js')),
  queue: () => load(import('./queue.js')),
  random: () => load(import('./random.js')),
  string: () => load(import('./string.js')),
  sys: () => load(import('./sys.js')),
  threading: () => load(import('./threading.js')),
  time: () => load(import('./time.js')),
  traceback: () => load(import('./traceback.js')),
  typing: () => load(import('./typing.js')),
  warnings: () => load(import('./warnings.js')),
  weakref: () => load(import('./weakref.js')),
};

/**
 * Modules that are compiled into CPython (sys.builtin_module_names): found BEFORE sys.path, so a user
 * file `time.py` does not shadow them. Every other stdlib module is found AFTER the script's directory
 * and the rest of sys.path, as CPython's pure-Python stdlib is (a user `random.py` shadows `random`).
 */
export const builtinModuleNames: readonly string[] = [
  '_thread', '_io', 'builtins', 'errno', 'gc', 'itertools', 'marshal', 'math', 'posix', 'sys', 'time',
];

export function isStdlibModule(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(stdlibModules, name);
}
