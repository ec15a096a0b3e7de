// The `contextlib` module (CPython: Lib/contextlib.py): contextmanager (generator-based context
// managers, with CPython's throw/suppression rules and "generator didn't yield" / "generator didn't
// stop" errors), ContextDecorator, AbstractContextManager, suppress, closing, nullcontext, ExitStack,
// redirect_stdout, redirect_stderr.
//
// Every class is a heap class made as a class statement makes it (stdlib/lib/pyclass.ts), so Python
// code can subclass and override them. The methods are generator natives: __exit__ throws into the
// user's generator through a CallRequest, so the thread stays preemptible (and may block, e.g. on
// an RLock inside the seed's `_patch`) while the generator runs.

import { PyObject, type KwArgs, type NativeGen, type PyValue } from '../src/objects/object.js';
import { PyType } from '../src/objects/type.js';
import { None, objectType, typeOf } from '../src/objects/builtin-types.js';
import { pyErr, PyBaseException, RuntimeError, StopIteration, TypeError, isExcOf } from '../src/objects/exceptions.js';
import { PyDict } from '../src/objects/dict.js';
import { PyMethod } from '../src/objects/function.js';
import { nativeFunction } from '../src/objects/native.js';
import { PyList } from '../src/objects/list.js';
import { pyTuple } from '../src/objects/tuple.js';
import * as ops from '../src/objects/ops.js';
import { defineClass, callF, callM, getA, getOpt, setField, field, truth, type G } from './lib/pyclass.js';
import { makeWrapper, updateWrapper } from './functools.js';
import type { Runtime } from '../src/runtime/runtime.js';
import { defineModule } from './index.js';

const M = 'contextlib';

/** The exception info triple `__exit__` receives for a caught exception. */
function excInfo(e: PyBaseException): PyValue[] {
  return [e.type, e, e.tb];
}

/**
 * `with cm: body()` from native code: enter, run `body`, exit with the exception (suppressed when
 * __exit__ returns true). CPython: the with statement's protocol.
 */
export function* withCM(cm: PyValue, body: (entered: PyValue) => G): G {
  const exit = yield* getA(cm, '__exit__');
  const entered = yield* callM(cm, '__enter__');
  let result: PyValue;
  try {
    result = yield* body(entered);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    const sup = yield* callF(exit, excInfo(e));
    if (yield* truth(sup)) return None;
    throw e;
  }
  yield* callF(exit, [None, None, None]);
  return result;
}

// ---------------------------------------------------------------------------------------------------
// AbstractContextManager, ContextDecorator

const abstractCM = defineClass(M, 'AbstractContextManager', [objectType], {
  __enter__: (a) => a[0],
  __exit__: () => None,
}, 'An abstract base class for context managers.');

/** The function ContextDecorator.__call__ returns: `with self._recreate_cm(): return func(...)`. */
function decorate(self: PyValue, func: PyValue): G {
  return (function* (): G {
    const inner = makeWrapper((args: PyValue[], kwargs: KwArgs) =>
      (function* (): NativeGen {
        const cm = yield* callM(self, '_recreate_cm');
        return yield* withCM(cm, () => callF(func, args, kwargs));
      })(),
    );
    yield* updateWrapper(inner, func);
    return inner;
  })();
}

const contextDecorator = defineClass(M, 'ContextDecorator', [objectType], {
  _recreate_cm: (a) => a[0],
  __call__: (a) => decorate(a[0], a[1]),
}, 'A base class or mixin that enables context managers to work as decorators.');

// ---------------------------------------------------------------------------------------------------
// contextmanager

const generatorCM: PyType = defineClass(M, '_GeneratorContextManager', [contextDecorator, abstractCM], {
  __init__: (a) => (function* (): G {
    const [self, func, args, kwds] = a;
    setField(self, 'gen', yield* callF(func, (args as unknown as { items: PyValue[] }).items ?? [], kwargsOf(kwds)));
    setField(self, 'func', func);
    setField(self, 'args', args);
    setField(self, 'kwds', kwds);
    // __doc__ of the instance: the generator function's docstring (CPython does the same)
    const doc = yield* getOpt(func, '__doc__');
    if (doc !== undefined) setField(self, '__doc__', doc);
    return None;
  })(),
  _recreate_cm: (a) => {
    const self = a[0] as PyObject;
    return ops.call(self.type, [field(self, 'func')!, field(self, 'args')!, field(self, 'kwds')!], null);
  },
  __enter__: (a) => (function* (): G {
    const self = a[0] as PyObject;
    // CPython deletes args/kwds/func so the generator is not kept alive twice; keep them (harmless).
    const gen = field(self, 'gen')!;
    try {
      return yield* callM(gen, '__next__');
    } catch (e) {
      if (isExcOf(e, StopIteration)) {
        const err = pyErr(RuntimeError, "generator didn't yield");
        err.suppressContext = true;
        err.context = e;
        throw err;
      }
      throw e;
    }
  })(),
  __exit__: (a) => (function* (): G {
    const [self, typ, value0, tb] = a;
    const gen = field(self, 'gen')!;
    if (typ === None) {
      try {
        yield* callM(gen, '__next__');
      } catch (e) {
        if (isExcOf(e, StopIteration)) return false;
        throw e;
      }
      throw pyErr(RuntimeError, "generator didn't stop");
    }
    let value = value0;
    if (value === None) value = yield* callF(typ, []);
    try {
      yield* callM(gen, 'throw', [value]);
    } catch (caught) {
      if (!(caught instanceof PyBaseException)) throw caught;
      const exc: PyBaseException = caught;
      if (exc.type.isSubtypeOf(StopIteration)) return exc !== value;
      if (exc.type.isSubtypeOf(RuntimeError)) {
        if (exc === value) {
          exc.tb = tb;
          return false;
        }
        if (isExcOf(value, StopIteration) && exc.cause === value) {
          (value as PyBaseException).tb = tb;
          return false;
        }
        throw exc;
      }
      if (exc !== value) throw exc;
      exc.tb = tb;
      return false;
    }
    throw pyErr(RuntimeError, "generator didn't stop after throw()");
  })(),
}, 'Helper for @contextmanager decorator.');

function kwargsOf(kwds: PyValue): KwArgs {
  if (!(kwds instanceof PyObject) || kwds === None) return null;
  const d = kwds as unknown as { entries?: () => Iterable<[PyValue, PyValue]> };
  if (typeof d.entries !== 'function') return null;
  const m = new Map<string, PyValue>();
  for (const [k, v] of d.entries()) m.set(k as string, v);
  return m.size ? m : null;
}

function makeDict(kwargs: KwArgs): PyDict {
  const d = new PyDict();
  if (kwargs !== null) for (const [k, v] of kwargs) d.setStr(k, v);
  return d;
}

const contextmanager = nativeFunction('contextmanager', (a) => (function* (): G {
  if (a.length !== 1) throw pyErr(TypeError, `contextmanager() takes 1 positional argument but ${a.length} were given`);
  const func = a[0];
  const helper = makeWrapper((args: PyValue[], kwargs: KwArgs) =>
    ops.call(generatorCM, [func, pyTuple(args), makeDict(kwargs)], null),
  );
  yield* updateWrapper(helper, func);
  return helper;
})());

// ---------------------------------------------------------------------------------------------------
// small context managers

const closing = defineClass(M, 'closing', [abstractCM], {
  __init__: (a) => (setField(a[0], 'thing', a[1]), None),
  __enter__: (a) => field(a[0], 'thing')!,
  __exit__: (a) => (function* (): G {
    yield* callM(field(a[0], 'thing')!, 'close');
    return None;
  })(),
}, 'Context to automatically close something at the end of a block.');

const nullcontext = defineClass(M, 'nullcontext', [abstractCM], {
  __init__: (a) => (setField(a[0], 'enter_result', a.length > 1 ? a[1] : None), None),
  __enter__: (a) => field(a[0], 'enter_result')!,
  __exit__: () => None,
}, 'Context manager that does no additional processing.');

const suppress = defineClass(M, 'suppress', [abstractCM], {
  __init__: (a) => (setField(a[0], '_exceptions', pyTuple(a.slice(1))), None),
  __enter__: () => None,
  __exit__: (a) => (function* (): G {
    const [self, typ] = a;
    if (typ === None) return false;
    const r = ops.isSubclass(typ, field(self, '_exceptions')!);
    return typeof r === 'boolean' ? r : yield* truth(yield* (r as NativeGen));
  })(),
}, 'Context manager to suppress specified exceptions');

// redirect_stdout / redirect_stderr: swap the runtime's sys.stdout / sys.stderr.
let runtime: Runtime | null = null;

function redirector(name: string, stream: string): PyType {
  return defineClass(M, name, [abstractCM], {
    __init__: (a) => {
      setField(a[0], '_new_target', a[1]);
      setField(a[0], '_old_targets', new PyList([]));
      return None;
    },
    __enter__: (a) => {
      const sys = runtime!.sys.dict;
      (field(a[0], '_old_targets') as PyList).items.push(sys.getStr(stream) ?? None);
      const t = field(a[0], '_new_target')!;
      sys.setStr(stream, t);
      return t;
    },
    __exit__: (a) => {
      const old = (field(a[0], '_old_targets') as PyList).items.pop();
      runtime!.sys.dict.setStr(stream, old ?? None);
      return None;
    },
  });
}
const redirectStdout = redirector('redirect_stdout', 'stdout');
const redirectStderr = redirector('redirect_stderr', 'stderr');

// ---------------------------------------------------------------------------------------------------
// ExitStack

/** Entries of the stack: [isExitMethod, callback]. An exit method receives the exception triple. */
function stackOf(self: PyValue): PyList {
  return field(self, '_exit_callbacks') as PyList;
}

function pushExit(self: PyValue, cb: PyValue, isExit: boolean): void {
  stackOf(self).items.push(pyTuple([isExit, cb]));
}

const exitStack: PyType = defineClass(M, 'ExitStack', [abstractCM], {
  __init__: (a) => (setField(a[0], '_exit_callbacks', new PyList([])), None),
  __enter__: (a) => a[0],
  pop_all: (a) => (function* (): G {
    const self = a[0] as PyObject;
    const n = yield* callF(self.type, []);
    setField(n, '_exit_callbacks', stackOf(self));
    setField(self, '_exit_callbacks', new PyList([]));
    return n;
  })(),
  push: (a) => (function* (): G {
    const [self, exit] = a;
    const m = typeOf(exit).lookup('__exit__');
    if (m === undefined) pushExit(self, exit, true);
    else pushExit(self, new PyMethod(m, exit), true);
    return exit;
  })(),
  enter_context: (a) => (function* (): G {
    const [self, cm] = a;
    const t = typeOf(cm);
    const enter = t.lookup('__enter__');
    const exit = t.lookup('__exit__');
    if (enter === undefined || exit === undefined) {
      throw pyErr(TypeError, `'${t.qualname}' object does not support the context manager protocol`);
    }
    const result = yield* callF(enter, [cm]);
    pushExit(self, new PyMethod(exit, cm), true);
    return result;
  })(),
  callback: (a, kw) => {
    const [self, cb, ...args] = a;
    const f = args.length === 0 && kw === null ? cb : nativeFunction('_exit_wrapper', () => ops.call(cb, args, kw));
    if (f !== cb) (f as unknown as { __wrapped__?: PyValue }).__wrapped__ = cb;
    pushExit(self, f, false);
    return cb;
  },
  close: (a) => (function* (): G {
    yield* callM(a[0], '__exit__', [None, None, None]);
    return None;
  })(),
  __exit__: (a) => (function* (): G {
    const self = a[0];
    const received = a[1] !== None;
    let pending: PyBaseException | null = received ? (a[2] as PyBaseException) : null;
    let suppressed = false;
    const stack = stackOf(self);
    while (stack.items.length > 0) {
      const entry = stack.items.pop() as { items: PyValue[] } & PyObject;
      const [isExit, cb] = entry.items;
      try {
        if (isExit === true) {
          const args = pending === null ? [None, None, None] : excInfo(pending);
          if (yield* truth(yield* callF(cb, args))) {
            suppressed = true;
            pending = null;
          }
        } else {
          yield* callF(cb, []);
        }
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        // the new exception's __context__ is the one being handled (CPython: _fix_exception_context)
        if (pending !== null && e !== pending && e.context === None) e.context = pending;
        pending = e;
      }
    }
    if (pending !== null && (!received || pending !== a[2])) throw pending;
    if (pending !== null) throw pending;
    return received && suppressed;
  })(),
}, 'Context manager for dynamic management of a stack of exit callbacks.');


// ---------------------------------------------------------------------------------------------------

export default defineModule({
  name: 'contextlib',
  doc: 'Utilities for with-statement contexts.  See PEP 343.',
  init: (_mod, rt) => {
    runtime = rt;
    return {
      contextmanager,
      AbstractContextManager: abstractCM,
      ContextDecorator: contextDecorator,
      _GeneratorContextManager: generatorCM,
      closing,
      nullcontext,
      suppress,
      redirect_stdout: redirectStdout,
      redirect_stderr: redirectStderr,
      ExitStack: exitStack,
    };
  },
});
