// The `importlib` module (CPython: Lib/importlib/__init__.py), the part programs call directly:
// import_module (absolute or relative to `package`), reload, invalidate_caches. Finding and loading
// go through the runtime's import system (src/runtime/import.ts), so sys.modules is shared with the
// import statement. No importlib.util / machinery / metadata.

import type { PyValue } from '../src/objects/object.js';
import { None } from '../src/objects/builtin-types.js';
import { pyErr, TypeError, ValueError } from '../src/objects/exceptions.js';
import { PyModule } from '../src/objects/module.js';
import { signature, typeName } from '../src/builtins/args.js';
import { importAbsolute, reloadModule } from '../src/runtime/import.js';
import { defineModule } from './index.js';

const importSig = signature('import_module', 'name, package=None');

/** CPython: importlib._bootstrap._resolve_name + _sanity_check. */
function resolveName(name: string, pkg: PyValue): string {
  let level = 0;
  while (level < name.length && name[level] === '.') level++;
  if (level === 0) {
    if (name === '') throw pyErr(ValueError, 'Empty module name');
    return name;
  }
  if (pkg === None || pkg === undefined || pkg === '') {
    throw pyErr(TypeError, `the 'package' argument is required to perform a relative import for '${name}'`);
  }
  if (typeof pkg !== 'string') throw pyErr(TypeError, '__package__ not set to a string');
  const bits = pkg.split('.');
  if (bits.length < level) throw pyErr(ValueError, 'attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  const rest = name.slice(level);
  return rest ? `${base}.${rest}` : base;
}

export default defineModule({
  name: 'importlib',
  init: (_mod, rt) => ({
    import_module: (args, kwargs) => {
      const [name, pkg] = importSig.parse(args, kwargs);
      if (typeof name !== 'string') throw pyErr(TypeError, `'${typeName(name as PyValue)}' object is not subscriptable`);
      return importAbsolute(rt, resolveName(name, pkg ?? None));
    },
    reload: (args) => {
      const m = args[0];
      if (!(m instanceof PyModule)) throw pyErr(TypeError, 'reload() argument must be a module');
      return reloadModule(rt, m);
    },
    invalidate_caches: () => None,
  }),
});
