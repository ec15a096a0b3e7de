// exec, eval, compile and __import__. CPython: builtin_exec_impl, builtin_eval_impl,
// builtin_compile_impl, builtin___import__.
//
// Source text is compiled by the compiler (through runtime.compile) and run by the VM through
// runtime.runCode (runtime-hooks.ts): the code runs as a new frame on the *current* green thread
// (no nested eval loop, DESIGN.md decision 2), with the globals dict and locals mapping given here.

import { type NativeGen, type PyValue, PyObject, settle } from '../objects/object.js';
import { None } from '../objects/builtin-types.js';
import { TypeError, ValueError, pyErr } from '../objects/exceptions.js';
import { PyDict } from '../objects/dict.js';
import { emptyTuple } from '../objects/tuple.js';
import { nativeFunction } from '../objects/native.js';
import { CodeObject } from '../compile/code.js';
import { checkCount, onlyKwargs, signature, typeName } from './args.js';
import { callerFrame, frameLocals } from './introspection.js';
import { need } from './runtime-hooks.js';
import { asIndex } from './num.js';

type Mode = 'exec' | 'eval' | 'single';

function isMapping(v: PyValue): boolean {
  return v instanceof PyDict || (v instanceof PyObject && v.type.lookup('__getitem__') !== undefined);
}

/** Resolve exec/eval's globals and locals (CPython's defaults and checks). */
function namespaces(fname: string, g: PyValue | undefined, l: PyValue | undefined): [PyDict, PyValue] {
  if (g === None) g = undefined;
  if (l === None) l = undefined;
  if (g !== undefined && !(g instanceof PyDict)) {
    throw pyErr(TypeError, fname === 'exec' ? `exec() globals must be a dict, not ${typeName(g)}` : 'globals must be a dict');
  }
  if (l !== undefined && !isMapping(l)) {
    throw pyErr(TypeError, fname === 'exec' ? `locals must be a mapping or None, not ${typeName(l)}` : 'locals must be a mapping');
  }
  let globals: PyDict;
  let locals: PyValue;
  if (g === undefined) {
    const f = callerFrame();
    globals = f.globals as PyDict;
    locals = l ?? frameLocals(f);
  } else {
    globals = g;
    locals = l ?? g;
  }
  if (!globals.hasStr('__builtins__')) {
    const f = callerFrame();
    globals.setStr('__builtins__', f.builtins as PyDict);
  }
  return [globals, locals];
}

function sourceText(fname: string, src: PyValue): string | CodeObject {
  if (src instanceof CodeObject) return src;
  if (typeof src === 'string') return src;
  if (src instanceof PyObject && (src.type.name === 'bytes' || src.type.name === 'bytearray')) {
    const bytes = (src as unknown as { bytes?: Uint8Array; data?: Uint8Array }).bytes ?? (src as any).data;
    if (bytes instanceof Uint8Array) return new TextDecoder().decode(bytes);
  }
  if (fname === 'compile') throw pyErr(TypeError, 'compile() arg 1 must be a string, bytes or AST object');
  throw pyErr(TypeError, `${fname}() arg 1 must be a string, bytes or code object`);
}

const execSig = signature('exec', 'source, globals=None, locals=None, /, *, closure=None');
export const exec = nativeFunction('exec', (args, kwargs) => {
  const [src, g, l] = execSig.parse(args, kwargs);
  const s = sourceText('exec', src as PyValue);
  const [globals, locals] = namespaces('exec', g, l);
  const code = typeof s === 'string' ? need('compile')(s, '<string>', 'exec') : s;
  return (function* (): NativeGen {
    yield* settle(need('runCode')(code, globals, locals));
    return None;
  })();
});

export const eval_ = nativeFunction('eval', (args, kwargs) => {
  checkCount('eval', args, 1, 3);
  onlyKwargs('eval', kwargs, ['globals', 'locals']);
  const g = args[1] ?? kwargs?.get('globals');
  const l = args[2] ?? kwargs?.get('locals');
  let s = sourceText('eval', args[0]);
  const [globals, locals] = namespaces('eval', g, l);
  if (typeof s === 'string') s = s.replace(/^[ \t]+/, '');
  const code = typeof s === 'string' ? need('compile')(s, '<string>', 'eval') : s;
  return need('runCode')(code, globals, locals);
});

const compileSig = signature('compile', 'source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1');
export const compile = nativeFunction('compile', (args, kwargs) => {
  const [src, filename, mode, flags] = compileSig.parse(args, kwargs);
  if (typeof mode !== 'string') throw pyErr(TypeError, `compile() argument 'mode' must be str, not ${typeName(mode as PyValue)}`);
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') {
    throw pyErr(ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  if (typeof filename !== 'string') {
    throw pyErr(TypeError, `compile() argument 'filename' must be str, not ${typeName(filename as PyValue)}`);
  }
  if (flags !== undefined && asIndex(flags) === undefined) {
    throw pyErr(TypeError, `'${typeName(flags)}' object cannot be interpreted as an integer`);
  }
  const s = sourceText('compile', src as PyValue);
  if (s instanceof CodeObject) return s;
  return need('compile')(s, filename, mode as Mode);
});

const importSig = signature('__import__', 'name, globals=None, locals=None, fromlist=(), level=0');
export const import_ = nativeFunction('__import__', (args, kwargs) => {
  const [name, g, l, fromlist, level] = importSig.parse(args, kwargs);
  if (typeof name !== 'string') throw pyErr(TypeError, `__import__() argument 1 must be str, not ${typeName(name as PyValue)}`);
  const lv = level === undefined ? 0 : asIndex(level);
  if (lv === undefined) throw pyErr(TypeError, `'${typeName(level as PyValue)}' object cannot be interpreted as an integer`);
  if (lv < 0) throw pyErr(ValueError, 'level must be >= 0');
  return need('importModule')(name, g ?? None, l ?? None, fromlist ?? emptyTuple, Number(lv));
});

export const execBuiltins = [exec, eval_, compile, import_];

