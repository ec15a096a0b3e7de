// Test harness for the VM: compile Python source, run it on PyThreads with a capturing sys.stdout,
// without the runtime (src/runtime) — so VM tests depend only on compiler + objects + builtins.

import '../../src/objects/ops.js';
import { PyObject, type PyValue } from '../../src/objects/object.js';
import { builtinType, None } from '../../src/objects/builtin-types.js';
import { nativeMethod } from '../../src/objects/native.js';
import { PyDict } from '../../src/objects/dict.js';
import { PyModule } from '../../src/objects/module.js';
import { PyBaseException } from '../../src/objects/exceptions.js';
import '../../src/objects/all-types.js';
import { fillBuiltins, connectBuiltins } from '../../src/builtins/index.js';
import { compileSource } from '../../src/compile/index.js';
import type { CodeObject } from '../../src/compile/code.js';
import * as vm from '../../src/vm/index.js';

export const out: string[] = [];
const outType = builtinType('TestOut');
outType.define({
  write: nativeMethod('TestOut', 'write', (a) => {
    out.push(a[1] as string);
    return (a[1] as string).length;
  }),
  flush: nativeMethod('TestOut', 'flush', () => None),
});
const stdout = new PyObject(outType);
const sysDict = new PyDict();
sysDict.setStr('stdout', stdout);
sysDict.setStr('stderr', stdout);
const sys = new PyModule(sysDict);

export const builtins = fillBuiltins(new PyDict());
builtins.setStr('__build_class__', vm.buildClass);
vm.setDefaultBuiltins(builtins);
connectBuiltins({
  sys,
  compile: (src, filename, mode) => compileSource(src, filename, mode),
  runCode: (code, globals, locals) => vm.execGen(code as CodeObject, globals as PyDict, locals === None ? null : locals),
});

export function newGlobals(): PyDict {
  const g = new PyDict();
  g.setStr('__name__', '__main__');
  g.setStr('__builtins__', builtins);
  return g;
}

/** A thread that runs `src` as the __main__ module. */
export function threadFor(src: string, g: PyDict = newGlobals()): vm.PyThread {
  const code = compileSource(src, '<test>', 'exec');
  return vm.newThreadForCall(vm.makeModuleFunction(code, g), [], null);
}

export function formatError(e: PyBaseException): string {
  const tb = e.traceback.map((x) => `  ${x.name}:${x.lineno}`).join('\n');
  const msg = e.args.length ? String(e.args[0]) : '';
  return `${tb}\n${e.type.name}: ${msg}`;
}

/** Run src to completion on one thread; returns stdout (and the error text if it raised). */
export function run(src: string, budget = 1 << 30): string {
  out.length = 0;
  const t = threadFor(src);
  for (let i = 0; i < 1e6; i++) {
    const st = vm.runSlice(t, budget);
    if (st === 'finished') break;
    if (st === 'blocked') throw new Error('blocked without a scheduler');
  }
  let s = out.join('');
  if (t.error) s += 'ERROR\n' + formatError(t.error);
  return s;
}

export { vm };
export type { PyValue };
