// What the builtins need from the runtime, injected by it at startup (src/runtime owns the Runtime
// state, the Host and the sys module; builtins must not import them to avoid cycles):
//
//   connectBuiltins({ host, sys, importModule, runCode })
//
// - host:   file access for open() (DESIGN.md decision 5: no node: imports in the core)
// - sys:    the sys module object; print()/input() use its *current* stdout/stdin attributes, as CPython
//           does, so reassigning sys.stdout redirects print
// - importModule: __import__(name, globals, locals, fromlist, level) -> module (may run Python code)
// - runCode: run a code object with the given globals and locals mapping, as exec()/eval() need
//           (returns the value of the code: None for 'exec' mode, the expression for 'eval' mode)

import type { KwArgs, NativeResult, PyObject, PyValue } from '../objects/object.js';
import type { Host } from '../host/host.js';
import { SystemError, pyErr } from '../objects/exceptions.js';

export interface BuiltinsRuntime {
  host: Host | null;
  sys: PyObject | null;
  importModule: ((name: string, globals: PyValue, locals: PyValue, fromlist: PyValue, level: number) => NativeResult) | null;
  runCode: ((code: PyObject, globals: PyValue, locals: PyValue) => NativeResult) | null;
  /** Compile source text: (source, filename, mode) -> code object. Raises SyntaxError. */
  compile: ((source: string, filename: string, mode: 'exec' | 'eval' | 'single') => PyObject) | null;
}

export const runtime: BuiltinsRuntime = { host: null, sys: null, importModule: null, runCode: null, compile: null };

export function connectBuiltins(r: Partial<BuiltinsRuntime>): void {
  Object.assign(runtime, r);
}

export function need<K extends keyof BuiltinsRuntime>(key: K): NonNullable<BuiltinsRuntime[K]> {
  const v = runtime[key];
  if (v === null) throw pyErr(SystemError, `builtins: runtime did not provide '${key}'`);
  return v as NonNullable<BuiltinsRuntime[K]>;
}

export type { KwArgs };
