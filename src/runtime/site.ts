// What CPython's `site` module and sys.displayhook add at startup: sys.displayhook (PRINT_EXPR in the
// REPL echoes repr(value) and binds builtins._) and the exit()/quit() builtins (raise SystemExit).

import { settle, type NativeGen, type PyValue } from '../objects/object.js';
import { None } from '../objects/builtin-types.js';
import { SystemExit, pyErr, setExcField } from '../objects/exceptions.js';
import { nativeFunction } from '../objects/native.js';
import * as ops from '../objects/ops.js';
import { vmHooks } from '../vm/interpreter.js';
import type { Runtime } from './runtime.js';

/** sys.displayhook (PRINT_EXPR): print repr(v) and bind builtins._ unless v is None. */
export function installSite(rt: Runtime): void {
  const hook = nativeFunction('displayhook', (args) => {
    const v = args[0];
    if (v === None) return None;
    return (function* (): NativeGen {
      rt.builtins.setStr('_', None);
      const text = (yield* settle(ops.repr(v))) as string;
      const out = rt.sys.dict.getStr('stdout') ?? rt.stdout;
      const write = yield* settle(ops.getAttr(out, 'write'));
      yield* settle(ops.call(write, [text + '\n'], null));
      rt.builtins.setStr('_', v);
      return None;
    })();
  });
  rt.sys.dict.setStr('displayhook', hook);
  rt.sys.dict.setStr('__displayhook__', hook);
  vmHooks.displayhook = (v: PyValue) => {
    const h = rt.sys.dict.getStr('displayhook') ?? hook;
    return ops.call(h, [v], null);
  };
  for (const name of ['exit', 'quit']) {
    if (rt.builtins.hasStr(name)) continue;
    rt.builtins.setStr(
      name,
      nativeFunction(name, (args) => {
        const code = args.length ? args[0] : None;
        const e = pyErr(SystemExit);
        e.args = args.length ? [code] : [];
        setExcField(e, 'code', code);
        throw e;
      }),
    );
  }
}
