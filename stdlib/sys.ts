// The `sys` module (CPython: Python/sysmodule.c), built by the Runtime at startup (print needs it).
//
// Honest about pyts: sys.implementation.name is 'pyts', sys.version says so; version_info is the
// Python language version pyts follows (3.11).
//
// Switch interval mapping: pyts preempts after N ticks (eval-breaker points, scheduler.ts), not after
// a time. sys.getswitchinterval() returns N / 1e6 seconds (default 5000 ticks -> 0.005, CPython's
// default) and sys.setswitchinterval(s) sets N = max(1, round(s * 1e6)).

import { PyObject, type NativeGen, type PyValue } from '../src/objects/object.js';
import { None, builtinType } from '../src/objects/builtin-types.js';
import {
  PyBaseException, RecursionError, SystemExit, TypeError, ValueError, pyErr, setExcField,
} from '../src/objects/exceptions.js';
import { nativeFunction, type NativeFn } from '../src/objects/native.js';
import { pyTuple } from '../src/objects/tuple.js';
import { PyList } from '../src/objects/list.js';
import { pyFloat } from '../src/objects/float.js';
import { PyDict } from '../src/objects/dict.js';
import { defineGetSet } from '../src/objects/descriptors.js';
import { frameObject, pythonFrame } from '../src/vm/frame-object.js';
import { currentThread, vmSettings } from '../src/vm/thread.js';
import { TICKS_PER_SECOND } from '../src/sched/scheduler.js';
import { asDouble, asIndex } from '../src/builtins/num.js';
import { checkCount, noKwargs, typeName } from '../src/builtins/args.js';
import { makeStructSeqType, newStructSeq } from '../src/runtime/structseq.js';
import { formatException } from '../src/runtime/traceback.js';
import { PYTS_VERSION, type Runtime } from '../src/runtime/runtime.js';
import { defineModule } from './index.js';
import { intStrLimit } from '../src/objects/int-limits.js';
import { signature } from '../src/builtins/args.js';

const intDigitsSig = signature('set_int_max_str_digits', 'maxdigits');

const floatInfoType = makeStructSeqType('sys', 'float_info', [
  'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds',
]);
const intInfoType = makeStructSeqType('sys', 'int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
const versionInfoType = makeStructSeqType('sys', 'version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
export const VERSION_INFO = [3, 11, 0, 'final', 0] as const;

/** A tiny attribute bag (sys.implementation, sys.flags): a type with a __dict__. */
const namespaceType = builtinType('SimpleNamespace');
namespaceType.instancesHaveDict = true;
function namespace(attrs: Record<string, PyValue>): PyObject {
  const o = new PyObject(namespaceType);
  o.dict = new PyDict();
  for (const [k, v] of Object.entries(attrs)) o.dict.setStr(k, v);
  return o;
}

function exitFn(args: PyValue[]): never {
  checkCount('exit', args, 0, 1);
  const code = args.length ? args[0] : None;
  const e = pyErr(SystemExit);
  e.args = args.length ? [code] : [];
  setExcField(e, 'code', code);
  throw e;
}

function excInfo(): PyValue {
  const t = currentThread();
  const e = t ? t.handledException() : null;
  return e ? pyTuple([e.type, e, e.tb]) : pyTuple([None, None, None]);
}

export function initSys(mod: import('../src/objects/module.js').PyModule, rt: Runtime): Record<string, PyValue | NativeFn> {
  const host = rt.host;
  const argv = rt.argv;
  const version = `3.11.0 (pyts ${PYTS_VERSION}, a Python interpreter in TypeScript)`;
  const excepthook = nativeFunction('excepthook', (args, kwargs) => {
    noKwargs('excepthook', kwargs);
    checkCount('excepthook', args, 3, 3);
    const exc = args[1];
    if (!(exc instanceof PyBaseException)) {
      throw pyErr(TypeError, `TypeError: print_exception(): Exception expected for value, ${typeName(exc)} found`);
    }
    return (function* (): NativeGen {
      const text = (yield* formatException(exc, rt.formatContext())) as string;
      rt.lastExceptionText = text;
      rt.writeStderrText(text);
      return None;
    })();
  });
  return {
    argv: new PyList(argv.map((a) => a as PyValue)),
    orig_argv: new PyList(['pyts', ...argv]),
    path: rt.path,
    modules: rt.sysModules,
    builtin_module_names: pyTuple(['_io', '_thread', 'builtins', 'itertools', 'math', 'sys', 'time']),
    stdout: rt.stdout,
    stderr: rt.stderr,
    stdin: rt.stdin,
    __stdout__: rt.stdout,
    __stderr__: rt.stderr,
    __stdin__: rt.stdin,
    platform: host.platform(),
    byteorder: 'little',
    maxsize: 9223372036854775807n,
    maxunicode: 0x10ffff,
    version,
    version_info: newStructSeq(versionInfoType, [...VERSION_INFO]),
    float_info: newStructSeq(floatInfoType, [
      pyFloat(Number.MAX_VALUE), 1024, 308, pyFloat(2.2250738585072014e-308), -1021, -307, 15, 53, pyFloat(Number.EPSILON), 2, 1,
    ]),
    int_info: newStructSeq(intInfoType, [30, 4, 4300, 640]),
    hexversion: 0x030b00f0,
    api_version: 1013,
    implementation: namespace({
      name: 'pyts',
      cache_tag: None,
      version: newStructSeq(versionInfoType, [...PYTS_VERSION.split('.').map(Number), 'final', 0]),
      hexversion: 0x000100f0,
    }),
    flags: namespace({ optimize: 0, dont_write_bytecode: 1, verbose: 0, interactive: 0, unbuffered: 0 }),
    executable: host.executable(),
    prefix: '',
    exec_prefix: '',
    dont_write_bytecode: true,
    copyright: 'pyts: Copyright (c) the pyts authors. Python: Copyright (c) 2001-2023 Python Software Foundation.',
    exit: (args, kwargs) => {
      noKwargs('exit', kwargs);
      return exitFn(args);
    },
    exc_info: () => excInfo(),
    exception: () => {
      const t = currentThread();
      return (t && t.handledException()) ?? None;
    },
    getrecursionlimit: () => vmSettings.recursionLimit,
    setrecursionlimit: (args, kwargs) => {
      noKwargs('setrecursionlimit', kwargs);
      checkCount('setrecursionlimit', args, 1, 1);
      const n = asIndex(args[0]);
      if (n === undefined || typeof args[0] === 'boolean' && false) {
        throw pyErr(TypeError, `'${typeName(args[0])}' object cannot be interpreted as an integer`);
      }
      const v = Number(n);
      if (v < 1) throw pyErr(ValueError, 'recursion limit must be greater or equal than 1');
      const depth = currentThread()?.depth ?? 0;
      if (v <= depth) {
        throw pyErr(RecursionError, `cannot set the recursion limit to ${v} at the recursion depth ${depth}: the limit is too low`);
      }
      vmSettings.recursionLimit = v;
      return None;
    },
    getswitchinterval: () => pyFloat(rt.sched.switchInterval / TICKS_PER_SECOND),
    setswitchinterval: (args, kwargs) => {
      noKwargs('setswitchinterval', kwargs);
      checkCount('setswitchinterval', args, 1, 1);
      const x = asDouble(args[0]);
      if (x === undefined) throw pyErr(TypeError, `must be real number, not ${typeName(args[0])}`);
      if (!(x > 0)) throw pyErr(ValueError, 'switch interval must be strictly positive');
      rt.sched.switchInterval = Math.max(1, Math.round(x * TICKS_PER_SECOND));
      return None;
    },
    _getframe: (args) => {
      checkCount('_getframe', args, 0, 1);
      let depth = args.length ? Number(asIndex(args[0]) ?? 0) : 0;
      const t = currentThread();
      let f = pythonFrame(t ? t.frame : null);
      while (f !== null && depth > 0) {
        f = pythonFrame(f.back);
        depth--;
      }
      if (f === null) throw pyErr(ValueError, 'call stack is not deep enough');
      return frameObject(f);
    },
    intern: (args) => {
      checkCount('intern', args, 1, 1);
      if (typeof args[0] !== 'string') throw pyErr(TypeError, `intern() argument must be str, not ${typeName(args[0])}`);
      return args[0];
    },
    get_int_max_str_digits: () => intStrLimit.maxDigits,
    set_int_max_str_digits: (args, kwargs) => {
      const [n] = intDigitsSig.parse(args, kwargs);
      const v = asIndex(n as PyValue);
      if (v === undefined) throw pyErr(TypeError, `'${typeName(n as PyValue)}' object cannot be interpreted as an integer`);
      if (v !== 0 && (v < 640 || typeof v === 'bigint')) {
        if (!(typeof v === 'bigint' && v > 0n)) throw pyErr(ValueError, 'maxdigits must be 0 or larger than 640');
      }
      intStrLimit.maxDigits = typeof v === 'bigint' ? Number.MAX_SAFE_INTEGER : Number(v);
      return None;
    },
    getdefaultencoding: () => 'utf-8',
    getfilesystemencoding: () => 'utf-8',
    excepthook,
    __excepthook__: excepthook,
  };
}

export default defineModule({
  name: 'sys',
  doc: 'This module provides access to some objects used or maintained by the interpreter.',
  init: (mod, rt) => initSys(mod, rt),
});
