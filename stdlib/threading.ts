// The `threading` module (CPython: Lib/threading.py), layered on `_thread` (stdlib/_thread.ts):
// Thread (subclassable from Python; instances have a __dict__ holding _target/_args/_kwargs as
// CPython's do), Timer, Condition (on any lock; waiting on an RLock fully releases it), Semaphore,
// BoundedSemaphore, Event, Barrier, current_thread/main_thread/enumerate/active_count, excepthook.
//
// Where Python code runs (Thread.run of a subclass, the target, a wait_for predicate, a Barrier
// action, excepthook) the native is a generator that yields CallRequests (DESIGN.md decision 2):
// the thread stays preemptible and may block inside the callback.
//
// A Thread's green thread runs `bootstrap` (CPython: Thread._bootstrap_inner): set ident, signal the
// starter (start() waits for it, as CPython's start() waits on `_started`), call self.run(), send an
// uncaught exception to threading.excepthook, then unregister. The scheduler wakes joiners when the
// green thread finishes. The runtime's shutdown waits for non-daemon green threads (runtime.ts).
//
// Condition follows threading.py: each waiter parks on its own locked PyLock, notify releases the
// oldest waiters' locks. Event and Semaphore wait directly on a WaitQueue (the same semantics as
// threading.py's Condition-based versions, without a Condition object per call); Barrier is
// threading.py's algorithm on an internal Condition.

import { PyObject, isPending, settle, type KwArgs, type NativeGen, type NativeResult, type PyValue } from '../src/objects/object.js';
import { None, builtinType, typeOf } from '../src/objects/builtin-types.js';
import { PyType } from '../src/objects/type.js';
import { AssertionError, AttributeError, PyBaseException, RuntimeError, TypeError, ValueError, Exception, isExcOf, pyErr } from '../src/objects/exceptions.js';
import { nativeFunction, nativeMethod, type NativeFn } from '../src/objects/native.js';
import { PyFloat, pyFloat } from '../src/objects/float.js';
import { PyTuple, pyTuple } from '../src/objects/tuple.js';
import { PyList, pyList } from '../src/objects/list.js';
import { PyDict } from '../src/objects/dict.js';
import { defineGetSet } from '../src/objects/descriptors.js';
import { addressOf, defineInstanceDict, typeModule } from '../src/objects/object-methods.js';
import * as ops from '../src/objects/ops.js';
import { toArray } from '../src/objects/seq.js';
import { typeName } from '../src/builtins/args.js';
import { WaitQueue } from '../src/sched/wait.js';
import type { GreenThread } from '../src/sched/scheduler.js';
import { currentThread, type PyThread } from '../src/vm/thread.js';
import { callGen } from '../src/vm/index.js';
import type { VmBody } from '../src/runtime/vm-bridge.js';
import type { Runtime } from '../src/runtime/runtime.js';
import {
  PyLock, PyRLock, S, TIMEOUT_MAX, ThreadState, anyAcquire, anyRelease, block, defaultExcepthook, dropThreadLocals,
  exceptHookArgs, exceptHookArgsType, identNow, localType, lockAcquire, lockRelease, lockType, newLock, newRLock, now,
  rlockAcquireRestore, rlockIsOwned, rlockReleaseSave, rlockType, spawnThread, stackSizeFn, stateFor, truth, writeStderr,
  allocateLock, getIdentFn,
} from './_thread.js';
import { defineModule } from './index.js';
import { warnFromNative } from './warnings.js';
import { DeprecationWarning } from '../src/objects/exceptions.js';

/** A 3.11 deprecated camelCase alias: DeprecationWarning (stacklevel=2 in threading.py), then `fn`. */
function deprecated(msg: string, fn: NativeFn): NativeFn {
  return function* (args, kwargs): NativeGen {
    yield* warnFromNative(DeprecationWarning, msg);
    return yield* settle(fn(args, kwargs));
  };
}

type Gen<T> = Generator<import('../src/objects/object.js').Suspend, T, PyValue>;

// ---------------------------------------------------------------------------------------------------
// Helpers

/** Bind arguments like a Python function would, with CPython's messages (`Thread.__init__() got ...`). */
export function bindArgs(
  qual: string, names: string[], required: number, defaults: PyValue[], kwonly: [string, PyValue][],
  args: PyValue[], kwargs: KwArgs,
): PyValue[] {
  const npos = names.length;
  if (args.length > npos) {
    const lo = required + 1;
    const hi = npos + 1;
    const takes = lo === hi ? `${hi}` : `from ${lo} to ${hi}`;
    throw pyErr(TypeError, `${qual}() takes ${takes} positional argument${hi === 1 ? '' : 's'} but ${args.length + 1} ${args.length + 1 === 1 ? 'was' : 'were'} given`);
  }
  const out: (PyValue | undefined)[] = new Array(npos + kwonly.length).fill(undefined);
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      let i = names.indexOf(k);
      if (i < 0) {
        const j = kwonly.findIndex((e) => e[0] === k);
        if (j < 0) throw pyErr(TypeError, `${qual}() got an unexpected keyword argument '${k}'`);
        i = npos + j;
      } else if (i < args.length) {
        throw pyErr(TypeError, `${qual}() got multiple values for argument '${k}'`);
      }
      out[i] = v;
    }
  }
  const missing: string[] = [];
  for (let i = 0; i < required; i++) if (out[i] === undefined) missing.push(`'${names[i]}'`);
  if (missing.length > 0) {
    const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
    throw pyErr(TypeError, `${qual}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
  }
  for (let i = required; i < npos; i++) if (out[i] === undefined) out[i] = defaults[i - required];
  for (let j = 0; j < kwonly.length; j++) if (out[npos + j] === undefined) out[npos + j] = kwonly[j][1];
  return out as PyValue[];
}

/** A timeout argument: None -> null, else seconds (CPython compares it with numbers). */
function timeoutArg(v: PyValue | undefined): number | null {
  if (v === undefined || v === None) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof PyFloat) return v.value;
  throw pyErr(TypeError, `'>' not supported between instances of '${typeName(v)}' and 'int'`);
}

/** Truthiness without running Python code (unknown objects count as true). */
function truthy(v: PyValue): boolean {
  const r = ops.isTrue(v);
  return typeof r === 'boolean' ? r : true;
}

function method(owner: PyType, name: string, fn: NativeFn, doc?: string): void {
  owner.ns.set(name, nativeMethod(owner.name, name, fn, doc));
}

/** tp_new for our instantiable types: allocate with the class's layout; __init__ takes the arguments. */
const genericNew = nativeFunction('__new__', (args) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw pyErr(TypeError, '__new__(X): X is not a type object');
  return cls.alloc(cls);
});

function newType(name: string, base?: PyType): PyType {
  const t = base ? builtinType(name, base) : builtinType(name);
  t.ns.set('__module__', 'threading');
  if (!base) t.ns.set('__new__', genericNew);
  return t;
}

function* callMethodGen(obj: PyValue, name: string, args: PyValue[]): NativeGen {
  return yield* settle(ops.callMethod(obj, name, args));
}

// ---------------------------------------------------------------------------------------------------
// Thread

export const threadType = newType('Thread');
threadType.instancesHaveDict = true;
defineInstanceDict(threadType);

export class PyThreadObj extends PyObject {
  initialized = false;
  name = '';
  daemonic: PyValue = false;
  ident: PyValue = None;
  nativeId: PyValue = None;
  green: GreenThread | null = null;
  /** Set by the thread itself when it starts running (CPython: _started). */
  started = false;
  startWaiters: WaitQueue | null = null;
  dummy = false;
}
threadType.alloc = (t) => new PyThreadObj(t);

export const mainThreadType = newType('_MainThread', threadType);
export const dummyThreadType = newType('_DummyThread', threadType);

function selfThread(v: PyValue): PyThreadObj {
  if (v instanceof PyThreadObj) return v;
  throw pyErr(TypeError, `descriptor for 'Thread' objects doesn't apply to a '${typeName(v)}' object`);
}

function assertInit(t: PyThreadObj): void {
  if (!t.initialized) throw pyErr(AssertionError, 'Thread.__init__() not called');
}

function newName(st: ThreadState, template: string): string {
  return template.replace('%d', String(++st.nameCounter));
}

/** The Thread object of the running thread (CPython: current_thread, making a _DummyThread if needed). */
export function currentThreadObj(st: ThreadState): PyThreadObj {
  const py = currentThread();
  const known = py === null ? undefined : st.byThread.get(py);
  if (known !== undefined) return known as PyThreadObj;
  const d = new PyThreadObj(dummyThreadType);
  d.initialized = true;
  d.dummy = true;
  d.name = newName(st, 'Dummy-%d');
  d.daemonic = true;
  d.started = true;
  d.ident = py === null ? 0 : py.ident;
  d.nativeId = d.ident;
  d.green = py === null ? null : (py.data as GreenThread);
  d.dict = new PyDict();
  if (py !== null) st.byThread.set(py, d);
  st.active.set(d.ident as number, d);
  return d;
}

const threadInitNames = ['group', 'target', 'name', 'args', 'kwargs'];

function* threadInit(self: PyThreadObj, args: PyValue[], kwargs: KwArgs): NativeGen {
  const st = S;
  const [group, target, nameArg, targs, tkwargs, daemon] = bindArgs(
    'Thread.__init__', threadInitNames, 0, [None, None, None, pyTuple([]), None], [['daemon', None]], args, kwargs,
  );
  if (group !== None) throw pyErr(AssertionError, 'group argument must be None for now');
  let name: string;
  if (nameArg !== None && (yield* truth(nameArg))) name = (yield* settle(ops.str(nameArg))) as string;
  else {
    name = newName(st, 'Thread-%d');
    if (target !== None) {
      const r = ops.getAttrOpt(target, '__name__');
      const tn = r === undefined ? undefined : yield* settle(r);
      if (tn !== undefined) name += ` (${(yield* settle(ops.str(tn))) as string})`;
    }
  }
  const d = (self.dict ??= new PyDict());
  d.setStr('_target', target);
  d.setStr('_args', targs);
  d.setStr('_kwargs', tkwargs === None ? new PyDict() : tkwargs);
  self.name = name;
  self.daemonic = daemon !== None ? daemon : currentThreadObj(st).daemonic;
  self.ident = None;
  self.nativeId = None;
  self.initialized = true;
  return None;
}

/** Thread.run: call _target(*_args, **_kwargs), then delete the three attributes. */
function* threadRun(self: PyObject): NativeGen {
  const d = self.dict;
  try {
    const target = d?.getStr('_target');
    if (target === undefined) throw ops.noAttr(self, '_target');
    if (target !== None) {
      const a = d!.getStr('_args');
      const k = d!.getStr('_kwargs');
      if (a === undefined) throw ops.noAttr(self, '_args');
      if (k === undefined) throw ops.noAttr(self, '_kwargs');
      let items: PyValue[];
      if (a instanceof PyTuple || a instanceof PyList) items = a.items.slice();
      else {
        try {
          const r = toArray(a);
          items = Array.isArray(r) ? r : ((yield* r) as unknown as PyValue[]);
        } catch (e) {
          if (isExcOf(e, TypeError) && ops.getIter !== undefined) {
            throw pyErr(TypeError, `Value after * must be an iterable, not ${typeName(a)}`);
          }
          throw e;
        }
      }
      let kw: KwArgs = null;
      if (k instanceof PyDict) {
        if (k.size > 0) {
          kw = new Map();
          for (let i = 0; i < k.keys.length; i++) {
            const key = k.keys[i];
            if (key === undefined) continue;
            if (typeof key !== 'string') throw pyErr(TypeError, 'keywords must be strings');
            kw.set(key, k.vals[i] as PyValue);
          }
        }
      } else {
        throw pyErr(TypeError, `argument after ** must be a mapping, not ${typeName(k)}`);
      }
      yield* callGen(target, items, kw);
    }
  } finally {
    // CPython: del self._target, self._args, self._kwargs
    if (d !== null && d !== undefined) {
      for (const n of ['_target', '_args', '_kwargs']) {
        if (!d.delStr(n)) throw ops.noAttr(self, n);
      }
    } else {
      throw ops.noAttr(self, '_target');
    }
  }
  return None;
}

/** CPython: _make_invoke_excepthook()'s invoke_excepthook. */
function* invokeExcepthook(st: ThreadState, thread: PyThreadObj, exc: PyBaseException): NativeGen {
  let hook = st.threadingModule?.dict?.getStr('excepthook');
  if (hook === undefined || hook === None) hook = defaultExcepthook;
  try {
    yield* callGen(hook, [exceptHookArgs(exc, thread)]);
  } catch (e) {
    if (!isExcOf(e, Exception)) throw e;
    e.suppressContext = true;
    yield* writeStderr('Exception in threading.excepthook:\n');
    const sysHook = st.rt.sys.dict.getStr('excepthook');
    if (sysHook !== undefined && sysHook !== None) yield* callGen(sysHook, [e.type, e, e.tb]);
  }
  return None;
}

/** The body of a started Thread (CPython: _bootstrap_inner). */
function* bootstrap(st: ThreadState, self: PyThreadObj): NativeGen {
  const py = currentThread() as PyThread;
  const ident = py.ident;
  self.ident = ident;
  self.nativeId = ident;
  self.started = true;
  st.byThread.set(py, self);
  st.active.set(ident, self);
  st.limbo.delete(self);
  if (self.startWaiters !== null) self.startWaiters.wakeAll(true);
  try {
    try {
      yield* callMethodGen(self, 'run', []);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      yield* invokeExcepthook(st, self, e);
    }
  } finally {
    st.active.delete(ident);
    st.running--;
    dropThreadLocals(py);
  }
  return None;
}

function threadStart(self: PyThreadObj): NativeResult {
  const st = S;
  if (!self.initialized) throw pyErr(RuntimeError, 'thread.__init__() not called');
  if (self.started || self.green !== null) throw pyErr(RuntimeError, 'threads can only be started once');
  st.limbo.add(self);
  st.running++;
  const { green } = spawnThread(self.name, truthy(self.daemonic), () => bootstrap(st, self));
  self.green = green;
  if (self.started) return None;
  const q = (self.startWaiters ??= new WaitQueue(() => `start of thread ${self.name}`));
  return (function* (): NativeGen {
    while (!self.started) yield block(q.wait());
    return None;
  })();
}

function threadIsAlive(self: PyThreadObj): boolean {
  assertInit(self);
  if (!self.started) return false;
  if (self.dummy) return true;
  return self.green !== null && self.green.alive;
}

function threadJoin(self: PyThreadObj, timeoutV: PyValue | undefined): NativeResult {
  if (!self.initialized) throw pyErr(RuntimeError, 'Thread.__init__() not called');
  if (!self.started) throw pyErr(RuntimeError, 'cannot join thread before it is started');
  if (self === currentThreadObj(S)) throw pyErr(RuntimeError, 'cannot join current thread');
  if (self.dummy) throw pyErr(AssertionError, 'cannot join a dummy thread');
  let timeout = timeoutArg(timeoutV);
  if (timeout !== null) timeout = Math.max(timeout, 0);
  const g = self.green;
  if (g === null || !g.alive) return None;
  const w = S.sched.joinWaitable(g, timeout);
  if (w === null) return None;
  return (function* (): NativeGen {
    yield block(w);
    return None;
  })();
}

function threadRepr(self: PyThreadObj): string {
  assertInit(self);
  let status = 'initial';
  if (self.started) status = 'started';
  if (self.started && !threadIsAlive(self)) status = 'stopped';
  if (truthy(self.daemonic)) status += ' daemon';
  if (self.ident !== None) status += ` ${String(self.ident)}`;
  return `<${typeOf(self).name}(${self.name}, ${status})>`;
}

function* setNameGen(self: PyThreadObj, v: PyValue): NativeGen {
  assertInit(self);
  self.name = (yield* settle(ops.str(v))) as string;
  if (self.green !== null && self.green.alive) self.green.name = self.name;
  return None;
}

function setDaemon(self: PyThreadObj, v: PyValue): void {
  if (!self.initialized) throw pyErr(RuntimeError, 'Thread.__init__() not called');
  if (self.started || self.green !== null) throw pyErr(RuntimeError, 'cannot set daemon status of active thread');
  self.daemonic = v;
}

method(threadType, '__init__', (args, kwargs) => threadInit(selfThread(args[0]), args.slice(1), kwargs));
method(threadType, 'start', (args) => threadStart(selfThread(args[0])), "Start the thread's activity.");
method(threadType, 'run', (args) => threadRun(args[0] as PyObject), "Method representing the thread's activity.");
method(threadType, 'join', (args, kwargs) => {
  const a = bindArgs('Thread.join', ['timeout'], 0, [None], [], args.slice(1), kwargs);
  return threadJoin(selfThread(args[0]), a[0]);
}, 'Wait until the thread terminates.');
method(threadType, 'is_alive', (args) => threadIsAlive(selfThread(args[0])), 'Return whether the thread is alive.');
method(threadType, 'isDaemon', deprecated('isDaemon() is deprecated, get the daemon attribute instead', (args) => {
  const t = selfThread(args[0]);
  assertInit(t);
  return t.daemonic;
}));
method(threadType, 'setDaemon', deprecated('setDaemon() is deprecated, set the daemon attribute instead', (args) => {
  setDaemon(selfThread(args[0]), args[1]);
  return None;
}));
method(threadType, 'getName', deprecated('getName() is deprecated, get the name attribute instead', (args) => {
  const t = selfThread(args[0]);
  assertInit(t);
  return t.name;
}));
method(threadType, 'setName', deprecated('setName() is deprecated, set the name attribute instead', (args) => setNameGen(selfThread(args[0]), args[1])));
method(threadType, '__repr__', (args) => threadRepr(selfThread(args[0])));
method(threadType, '_set_ident', (args) => {
  selfThread(args[0]).ident = identNow();
  return None;
});
threadType.ns.set('_initialized', false);
defineGetSet(threadType, 'name', (o) => {
  const t = selfThread(o);
  assertInit(t);
  return t.name;
}, (o, v) => {
  if (v === undefined) throw pyErr(AttributeError_(), "can't delete attribute");
  return setNameGen(selfThread(o), v);
});
defineGetSet(threadType, 'ident', (o) => {
  const t = selfThread(o);
  assertInit(t);
  return t.ident;
});
defineGetSet(threadType, 'native_id', (o) => {
  const t = selfThread(o);
  assertInit(t);
  return t.nativeId;
});
defineGetSet(threadType, 'daemon', (o) => {
  const t = selfThread(o);
  assertInit(t);
  return t.daemonic;
}, (o, v) => {
  if (v === undefined) throw pyErr(AttributeError_(), "can't delete attribute");
  setDaemon(selfThread(o), v);
});
defineGetSet(threadType, '_name', (o) => selfThread(o).name, (o, v) => {
  if (typeof v === 'string') selfThread(o).name = v;
});
defineGetSet(threadType, '_daemonic', (o) => selfThread(o).daemonic, (o, v) => {
  if (v !== undefined) selfThread(o).daemonic = v;
});
defineGetSet(threadType, '_ident', (o) => selfThread(o).ident);
defineGetSet(threadType, '_started', (o) => {
  // A read-only stand-in for threading.py's Event: only is_set() is meaningful.
  const e = new PyEvent(eventType);
  e.flag = selfThread(o).started;
  return e;
});

function AttributeError_(): PyType {
  return AttributeError;
}

// ---------------------------------------------------------------------------------------------------
// Timer

export const timerType = newType('Timer', threadType);

method(timerType, '__init__', (args, kwargs) => {
  const self = selfThread(args[0]);
  const [interval, fn, fargs, fkw] = bindArgs('Timer.__init__', ['interval', 'function', 'args', 'kwargs'], 2, [None, None], [], args.slice(1), kwargs);
  return (function* (): NativeGen {
    yield* threadInit(self, [], null);
    const d = self.dict as PyDict;
    d.setStr('interval', interval);
    d.setStr('function', fn);
    d.setStr('args', fargs !== None ? fargs : pyList([]));
    d.setStr('kwargs', fkw !== None ? fkw : new PyDict());
    d.setStr('finished', new PyEvent(eventType));
    return None;
  })();
});
method(timerType, 'cancel', (args) => (function* (): NativeGen {
  const fin = yield* settle(ops.getAttr(args[0], 'finished'));
  return yield* callMethodGen(fin, 'set', []);
})(), "Stop the timer if it hasn't finished yet.");
method(timerType, 'run', (args) => (function* (): NativeGen {
  const self = args[0];
  const fin = yield* settle(ops.getAttr(self, 'finished'));
  const interval = yield* settle(ops.getAttr(self, 'interval'));
  yield* callMethodGen(fin, 'wait', [interval]);
  if (!(yield* truth(yield* callMethodGen(fin, 'is_set', [])))) {
    const fn = yield* settle(ops.getAttr(self, 'function'));
    const a = yield* settle(ops.getAttr(self, 'args'));
    const k = yield* settle(ops.getAttr(self, 'kwargs'));
    const r = toArray(a);
    const items = Array.isArray(r) ? r : ((yield* r) as unknown as PyValue[]);
    let kw: KwArgs = null;
    if (k instanceof PyDict && k.size > 0) {
      kw = new Map();
      for (let i = 0; i < k.keys.length; i++) if (k.keys[i] !== undefined) kw.set(k.keys[i] as string, k.vals[i] as PyValue);
    }
    yield* callGen(fn, items, kw);
  }
  yield* callMethodGen(fin, 'set', []);
  return None;
})());

// ---------------------------------------------------------------------------------------------------
// Condition

export const conditionType = newType('Condition');
conditionType.instancesHaveDict = true;
defineInstanceDict(conditionType);

export class PyCondition extends PyObject {
  lock: PyValue = None;
  /** Locked waiter locks, oldest first (CPython: _waiters). */
  waiters: PyLock[] = [];
  /** What waits on this condition report ('Queue.get()', 'Condition.wait()'...). */
  what = 'Condition.wait()';
}
conditionType.alloc = (t) => new PyCondition(t);

export function newCondition(lock: PyValue, what?: string): PyCondition {
  const c = new PyCondition(conditionType);
  c.lock = lock;
  if (what !== undefined) c.what = what;
  return c;
}

function selfCond(v: PyValue): PyCondition {
  if (v instanceof PyCondition) return v;
  throw pyErr(TypeError, `descriptor for 'Condition' objects doesn't apply to a '${typeName(v)}' object`);
}

/** CPython: Condition._is_owned. */
export function* condIsOwned(c: PyCondition): Gen<boolean> {
  const l = c.lock;
  if (l instanceof PyRLock) return rlockIsOwned(l);
  if (l instanceof PyLock) return l.locked;
  const m = ops.getAttrOpt(l, '_is_owned');
  if (m !== undefined) return yield* truth(yield* callGen(yield* settle(m), []));
  if (yield* truth(yield* settle(anyAcquire(l, 0)))) {
    yield* settle(anyRelease(l));
    return false;
  }
  return true;
}

function* condReleaseSave(c: PyCondition): NativeGen {
  const l = c.lock;
  if (l instanceof PyRLock) return rlockReleaseSave(l);
  if (l instanceof PyLock) {
    lockRelease(l);
    return None;
  }
  const m = ops.getAttrOpt(l, '_release_save');
  if (m !== undefined) return yield* callGen(yield* settle(m), []);
  yield* settle(anyRelease(l));
  return None;
}

function* condAcquireRestore(c: PyCondition, saved: PyValue): NativeGen {
  const l = c.lock;
  if (l instanceof PyRLock) return yield* settle(rlockAcquireRestore(l, saved));
  if (l instanceof PyLock) return yield* settle(lockAcquire(l, -1));
  const m = ops.getAttrOpt(l, '_acquire_restore');
  if (m !== undefined) return yield* callGen(yield* settle(m), [saved]);
  return yield* settle(anyAcquire(l, -1));
}

/** CPython: Condition.wait. timeout null = forever. */
export function* condWait(c: PyCondition, timeout: number | null): Gen<boolean> {
  if (!(yield* condIsOwned(c))) throw pyErr(RuntimeError, 'cannot wait on un-acquired lock');
  const waiter = newLock();
  waiter.locked = true;
  waiter.waiters = new WaitQueue(c.what);
  c.waiters.push(waiter);
  const saved = yield* condReleaseSave(c);
  let gotit = false;
  try {
    if (timeout === null) {
      yield* settle(lockAcquire(waiter, -1));
      gotit = true;
    } else if (timeout > 0) {
      gotit = (yield* settle(lockAcquire(waiter, timeout))) as boolean;
    } else {
      gotit = lockAcquire(waiter, 0) as boolean;
    }
    return gotit;
  } finally {
    yield* condAcquireRestore(c, saved);
    if (!gotit) {
      const i = c.waiters.indexOf(waiter);
      if (i >= 0) c.waiters.splice(i, 1);
    }
  }
}

/** CPython: Condition.wait_for. `pred` may run Python code. */
export function* condWaitFor(c: PyCondition, pred: () => Gen<boolean | PyValue>, timeout: number | null): NativeGen {
  let endtime: number | null = null;
  let waittime = timeout;
  let result = yield* pred();
  while (!(yield* truth(result as PyValue))) {
    if (waittime !== null) {
      if (endtime === null) endtime = now() + waittime;
      else {
        waittime = endtime - now();
        if (waittime <= 0) break;
      }
    }
    yield* condWait(c, waittime);
    result = yield* pred();
  }
  return result as PyValue;
}

/** CPython: Condition.notify (the caller has checked ownership). */
export function condNotifyOwned(c: PyCondition, n: number): void {
  const ws = c.waiters;
  let i = 0;
  while (i < ws.length && n > 0) {
    const w = ws[i++];
    if (w.locked) {
      lockRelease(w);
      n--;
    }
  }
  if (i > 0) ws.splice(0, i);
}

function* condNotify(c: PyCondition, n: number): NativeGen {
  if (!(yield* condIsOwned(c))) throw pyErr(RuntimeError, 'cannot notify on un-acquired lock');
  condNotifyOwned(c, n);
  return None;
}

method(conditionType, '__init__', (args, kwargs) => {
  const c = selfCond(args[0]);
  const [lock] = bindArgs('Condition.__init__', ['lock'], 0, [None], [], args.slice(1), kwargs);
  c.lock = lock === None ? newRLock() : lock;
  c.waiters = [];
  return None;
});
method(conditionType, '__enter__', (args) => {
  const l = selfCond(args[0]).lock;
  if (l instanceof PyLock || l instanceof PyRLock) return anyAcquire(l, -1);
  return ops.callMethod(l, '__enter__', []);
});
method(conditionType, '__exit__', (args) => {
  const l = selfCond(args[0]).lock;
  if (l instanceof PyLock || l instanceof PyRLock) return anyRelease(l);
  return ops.callMethod(l, '__exit__', args.slice(1));
});
method(conditionType, 'acquire', (args, kwargs) => ops.call(ops.getAttr(selfCond(args[0]).lock, 'acquire') as PyValue, args.slice(1), kwargs));
method(conditionType, 'release', (args) => anyRelease(selfCond(args[0]).lock));
method(conditionType, '_is_owned', (args) => condIsOwned(selfCond(args[0])) as NativeGen);
method(conditionType, 'wait', (args, kwargs) => {
  const [t] = bindArgs('Condition.wait', ['timeout'], 0, [None], [], args.slice(1), kwargs);
  return condWait(selfCond(args[0]), timeoutArg(t)) as NativeGen;
}, 'Wait until notified or until a timeout occurs.');
method(conditionType, 'wait_for', (args, kwargs) => {
  const [pred, t] = bindArgs('Condition.wait_for', ['predicate', 'timeout'], 1, [None], [], args.slice(1), kwargs);
  return condWaitFor(selfCond(args[0]), () => callGen(pred, []), timeoutArg(t));
}, 'Wait until a condition evaluates to True.');
method(conditionType, 'notify', (args, kwargs) => {
  const [n] = bindArgs('Condition.notify', ['n'], 0, [1], [], args.slice(1), kwargs);
  return condNotify(selfCond(args[0]), Number(n));
}, 'Wake up one or more threads waiting on this condition, if any.');
const notifyAll = nativeMethod('Condition', 'notify_all', (args) => condNotify(selfCond(args[0]), Infinity),
  'Wake up all threads waiting on this condition.');
conditionType.ns.set('notify_all', notifyAll);
conditionType.ns.set('notifyAll', nativeMethod('Condition', 'notifyAll', deprecated('notifyAll() is deprecated, use notify_all() instead', notifyAll.fn)));
method(conditionType, '__repr__', (args) => {
  const c = selfCond(args[0]);
  return (function* (): NativeGen {
    const lr = (yield* settle(ops.repr(c.lock))) as string;
    return `<Condition(${lr}, ${c.waiters.length})>`;
  })();
});
defineGetSet(conditionType, '_lock', (o) => selfCond(o).lock);
defineGetSet(conditionType, '_waiters', (o) => pyList(selfCond(o).waiters.slice()));

// ---------------------------------------------------------------------------------------------------
// Semaphore, BoundedSemaphore

export const semaphoreType = newType('Semaphore');
semaphoreType.instancesHaveDict = true;
defineInstanceDict(semaphoreType);
export class PySemaphore extends PyObject {
  value: number = 1;
  initial: number = 1;
  waiters = new WaitQueue('Semaphore.acquire()');
}
semaphoreType.alloc = (t) => new PySemaphore(t);
export const boundedSemaphoreType = newType('BoundedSemaphore', semaphoreType);

function selfSem(v: PyValue): PySemaphore {
  if (v instanceof PySemaphore) return v;
  throw pyErr(TypeError, `descriptor for 'Semaphore' objects doesn't apply to a '${typeName(v)}' object`);
}

function semAcquire(s: PySemaphore, blocking: boolean, timeout: number | null): NativeResult {
  if (s.value > 0) {
    s.value--;
    return true;
  }
  if (!blocking) return false;
  return (function* (): NativeGen {
    let endtime: number | null = null;
    let t = timeout;
    while (s.value === 0) {
      if (t !== null) {
        if (endtime === null) endtime = now() + t;
        else {
          t = endtime - now();
          if (t <= 0) return false;
        }
        if (t <= 0) return false;
      }
      yield block(s.waiters.wait(t, false));
    }
    s.value--;
    return true;
  })();
}

function semRelease(s: PySemaphore, n: number): void {
  if (n < 1) throw pyErr(ValueError, 'n must be one or more');
  if (s.type.isSubtypeOf(boundedSemaphoreType) && s.value + n > s.initial) {
    throw pyErr(ValueError, 'Semaphore released too many times');
  }
  s.value += n;
  for (let i = 0; i < n; i++) if (!s.waiters.wakeOne(true)) break;
}

method(semaphoreType, '__init__', (args, kwargs) => {
  const s = selfSem(args[0]);
  const [v] = bindArgs(`${s.type.isSubtypeOf(boundedSemaphoreType) ? 'BoundedSemaphore' : 'Semaphore'}.__init__`, ['value'], 0, [1], [], args.slice(1), kwargs);
  const n = timeoutArg(v) as number;
  if (n < 0) throw pyErr(ValueError, 'semaphore initial value must be >= 0');
  s.value = n;
  s.initial = n;
  return None;
});
const semAcquireM: NativeFn = (args, kwargs) => {
  const s = selfSem(args[0]);
  if (args.length === 1 && kwargs === null) return semAcquire(s, true, null);
  const [b, t] = bindArgs('Semaphore.acquire', ['blocking', 'timeout'], 0, [true, None], [], args.slice(1), kwargs);
  const blocking = truthy(b);
  if (!blocking && t !== None) throw pyErr(ValueError, "can't specify timeout for non-blocking acquire");
  return semAcquire(s, blocking, timeoutArg(t));
};
method(semaphoreType, 'acquire', semAcquireM);
method(semaphoreType, '__enter__', semAcquireM);
method(semaphoreType, 'release', (args, kwargs) => {
  const [n] = bindArgs('Semaphore.release', ['n'], 0, [1], [], args.slice(1), kwargs);
  semRelease(selfSem(args[0]), Number(n));
  return None;
});
method(semaphoreType, '__exit__', (args) => {
  semRelease(selfSem(args[0]), 1);
  return None;
});
method(semaphoreType, '__repr__', (args) => {
  const s = selfSem(args[0]);
  const cls = typeOf(s);
  const extra = cls.isSubtypeOf(boundedSemaphoreType) ? `${s.value}/${s.initial}` : `${s.value}`;
  return `<${typeModule(cls)}.${cls.qualname} at ${addressOf(s)}: value=${extra}>`;
});
defineGetSet(semaphoreType, '_value', (o) => selfSem(o).value, (o, v) => {
  if (v !== undefined) selfSem(o).value = timeoutArg(v) as number;
});
defineGetSet(semaphoreType, '_initial_value', (o) => selfSem(o).initial);

// ---------------------------------------------------------------------------------------------------
// Event

export const eventType = newType('Event');
eventType.instancesHaveDict = true;
defineInstanceDict(eventType);

export class PyEvent extends PyObject {
  flag = false;
  waiters = new WaitQueue('Event.wait()');
}
eventType.alloc = (t) => new PyEvent(t);

function selfEvent(v: PyValue): PyEvent {
  if (v instanceof PyEvent) return v;
  throw pyErr(TypeError, `descriptor for 'Event' objects doesn't apply to a '${typeName(v)}' object`);
}

export function eventSet(e: PyEvent): void {
  e.flag = true;
  if (e.waiters.length > 0) e.waiters.wakeAll(true);
}

export function eventWait(e: PyEvent, timeout: number | null): NativeResult {
  if (e.flag) return true;
  if (timeout !== null && timeout <= 0) return false;
  return (function* (): NativeGen {
    return yield block(e.waiters.wait(timeout, false));
  })();
}

method(eventType, '__init__', (args) => {
  const e = selfEvent(args[0]);
  e.flag = false;
  return None;
});
const isSet = nativeMethod('Event', 'is_set', (args) => selfEvent(args[0]).flag, 'Return true if and only if the internal flag is true.');
eventType.ns.set('is_set', isSet);
eventType.ns.set('isSet', nativeMethod('Event', 'isSet', deprecated('isSet() is deprecated, use is_set() instead', isSet.fn)));
method(eventType, 'set', (args) => {
  eventSet(selfEvent(args[0]));
  return None;
});
method(eventType, 'clear', (args) => {
  selfEvent(args[0]).flag = false;
  return None;
});
method(eventType, 'wait', (args, kwargs) => {
  const e = selfEvent(args[0]);
  if (args.length === 1 && kwargs === null) return eventWait(e, null);
  const [t] = bindArgs('Event.wait', ['timeout'], 0, [None], [], args.slice(1), kwargs);
  return eventWait(e, timeoutArg(t));
});
method(eventType, '_at_fork_reinit', () => None);
method(eventType, '__repr__', (args) => {
  const e = selfEvent(args[0]);
  const cls = typeOf(e);
  return `<${typeModule(cls)}.${cls.qualname} at ${addressOf(e)}: ${e.flag ? 'set' : 'unset'}>`;
});
defineGetSet(eventType, '_flag', (o) => selfEvent(o).flag);

// ---------------------------------------------------------------------------------------------------
// Barrier

export const brokenBarrierErrorType = builtinType('BrokenBarrierError', RuntimeError);
brokenBarrierErrorType.ns.set('__module__', 'threading');
brokenBarrierErrorType.instancesHaveDict = true;

export const barrierType = newType('Barrier');
barrierType.instancesHaveDict = true;
defineInstanceDict(barrierType);

export class PyBarrier extends PyObject {
  cond = newCondition(newLock(), 'Barrier.wait()');
  action: PyValue = None;
  timeout: PyValue = None;
  parties = 1;
  /** 0 filling, 1 draining, -1 resetting, -2 broken */
  state = 0;
  count = 0;
}
barrierType.alloc = (t) => new PyBarrier(t);

function selfBarrier(v: PyValue): PyBarrier {
  if (v instanceof PyBarrier) return v;
  throw pyErr(TypeError, `descriptor for 'Barrier' objects doesn't apply to a '${typeName(v)}' object`);
}

function barrierBreak(b: PyBarrier): void {
  b.state = -2;
  condNotifyOwned(b.cond, Infinity);
}

function* barrierWait(b: PyBarrier, timeoutV: PyValue): NativeGen {
  const timeout = timeoutArg(timeoutV === None ? b.timeout : timeoutV);
  const lock = b.cond.lock as PyLock;
  yield* settle(lockAcquire(lock, -1));
  try {
    // _enter: block while the barrier drains or resets
    while (b.state === -1 || b.state === 1) yield* condWait(b.cond, null);
    if (b.state < 0) throw pyErr(brokenBarrierErrorType);
    const index = b.count;
    b.count++;
    try {
      if (index + 1 === b.parties) {
        // _release
        try {
          if (b.action !== None && (yield* truth(b.action))) yield* callGen(b.action, []);
          b.state = 1;
          condNotifyOwned(b.cond, Infinity);
        } catch (e) {
          barrierBreak(b);
          throw e;
        }
      } else {
        // _wait
        const ok = yield* condWaitFor(b.cond, function* () {
          return b.state !== 0;
        }, timeout);
        if (!(yield* truth(ok))) {
          barrierBreak(b);
          throw pyErr(brokenBarrierErrorType);
        }
        if (b.state < 0) throw pyErr(brokenBarrierErrorType);
      }
      return index;
    } finally {
      b.count--;
      // _exit
      if (b.count === 0 && (b.state === -1 || b.state === 1)) {
        b.state = 0;
        condNotifyOwned(b.cond, Infinity);
      }
    }
  } finally {
    lockRelease(lock);
  }
}

function* withBarrierLock(b: PyBarrier, f: () => void): NativeGen {
  const lock = b.cond.lock as PyLock;
  yield* settle(lockAcquire(lock, -1));
  try {
    f();
  } finally {
    lockRelease(lock);
  }
  return None;
}

method(barrierType, '__init__', (args, kwargs) => {
  const b = selfBarrier(args[0]);
  const [parties, action, timeout] = bindArgs('Barrier.__init__', ['parties', 'action', 'timeout'], 1, [None, None], [], args.slice(1), kwargs);
  // CPython 3.11 does not validate `parties`.
  b.parties = timeoutArg(parties) ?? 0;
  b.action = action;
  b.timeout = timeout;
  b.state = 0;
  b.count = 0;
  return None;
});
method(barrierType, 'wait', (args, kwargs) => {
  const [t] = bindArgs('Barrier.wait', ['timeout'], 0, [None], [], args.slice(1), kwargs);
  return barrierWait(selfBarrier(args[0]), t);
});
method(barrierType, 'reset', (args) => {
  const b = selfBarrier(args[0]);
  return withBarrierLock(b, () => {
    if (b.count > 0) {
      if (b.state === 0 || b.state === -2) b.state = -1;
    } else {
      b.state = 0;
    }
    condNotifyOwned(b.cond, Infinity);
  });
});
method(barrierType, 'abort', (args) => {
  const b = selfBarrier(args[0]);
  return withBarrierLock(b, () => barrierBreak(b));
});
method(barrierType, '__repr__', (args) => {
  const b = selfBarrier(args[0]);
  const cls = typeOf(b);
  const head = `<${typeModule(cls)}.${cls.qualname} at ${addressOf(b)}:`;
  if (b.state === -2) return `${head} broken>`;
  return `${head} waiters=${b.state === 0 ? b.count : 0}/${b.parties}>`;
});
defineGetSet(barrierType, 'parties', (o) => selfBarrier(o).parties);
defineGetSet(barrierType, 'n_waiting', (o) => {
  const b = selfBarrier(o);
  return b.state === 0 ? b.count : 0;
});
defineGetSet(barrierType, 'broken', (o) => selfBarrier(o).state === -2);

// ---------------------------------------------------------------------------------------------------
// The module

function mainThreadObj(st: ThreadState, rt: Runtime): PyThreadObj {
  const m = new PyThreadObj(mainThreadType);
  m.initialized = true;
  m.name = 'MainThread';
  m.daemonic = false;
  m.started = true;
  m.dict = new PyDict();
  const g = rt.sched.mainThread;
  m.green = g;
  const py = g === null ? currentThread() : (g.body as VmBody).thread;
  if (py !== null) {
    m.ident = py.ident;
    m.nativeId = py.ident;
    st.byThread.set(py, m);
    st.active.set(py.ident, m);
  }
  return m;
}

export default defineModule({
  name: 'threading',
  doc: "Thread module emulating a subset of Java's threading model.",
  init(mod, rt) {
    const st = stateFor(rt);
    st.threadingModule = mod;
    const main = st.active.size === 0 ? mainThreadObj(st, rt) : null;
    const mainObj = main ?? ([...st.active.values()][0] as PyThreadObj);
    const current = nativeFunction('current_thread', () => currentThreadObj(st), "Return the current Thread object, corresponding to the caller's thread of control.");
    const activeCount = nativeFunction('active_count', () => st.active.size + st.limbo.size, 'Return the number of Thread objects currently alive.');
    const settrace = nativeFunction('settrace', (args) => {
      st.traceHook = args[0] ?? None;
      return None;
    });
    const setprofile = nativeFunction('setprofile', (args) => {
      st.profileHook = args[0] ?? None;
      return None;
    });
    const ns: Record<string, PyValue> = {
      Thread: threadType,
      _MainThread: mainThreadType,
      _DummyThread: dummyThreadType,
      Timer: timerType,
      Condition: conditionType,
      Semaphore: semaphoreType,
      BoundedSemaphore: boundedSemaphoreType,
      Event: eventType,
      Barrier: barrierType,
      BrokenBarrierError: brokenBarrierErrorType,
      Lock: allocateLock,
      _allocate_lock: allocateLock,
      RLock: nativeFunction('RLock', (args, kwargs) => ops.call(rlockType, args, kwargs) as PyValue,
        'Factory function that returns a new reentrant lock.'),
      _CRLock: rlockType,
      local: localType,
      current_thread: current,
      currentThread: nativeFunction('currentThread', deprecated('currentThread() is deprecated, use current_thread() instead', current.fn)),
      main_thread: nativeFunction('main_thread', () => mainObj, 'Return the main thread object.'),
      enumerate: nativeFunction('enumerate', () => pyList([...st.active.values(), ...st.limbo]), 'Return a list of all Thread objects currently alive.'),
      active_count: activeCount,
      activeCount: nativeFunction('activeCount', deprecated('activeCount() is deprecated, use active_count() instead', activeCount.fn)),
      get_ident: getIdentFn,
      get_native_id: nativeFunction('get_native_id', () => identNow()),
      excepthook: defaultExcepthook,
      __excepthook__: defaultExcepthook,
      ExceptHookArgs: exceptHookArgsType,
      settrace,
      setprofile,
      settrace_all_threads: settrace,
      setprofile_all_threads: setprofile,
      gettrace: nativeFunction('gettrace', () => st.traceHook),
      getprofile: nativeFunction('getprofile', () => st.profileHook),
      stack_size: stackSizeFn(st),
      TIMEOUT_MAX: pyFloat(TIMEOUT_MAX),
      ThreadError: RuntimeError,
      _shutdown: nativeFunction('_shutdown', () => None),
      __all__: pyList([
        'get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread', 'TIMEOUT_MAX',
        'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError',
        'Timer', 'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size', 'excepthook',
        'get_native_id', 'getprofile', 'gettrace',
      ]),
    };
    return ns;
  },
});

export { exceptHookArgsType, lockType, isPending };
