// The `_thread` module (CPython: Modules/_threadmodule.c): the small core that `threading` and `queue`
// are layered on (STYLE.md point 6). It owns:
//   - lock (LockType / allocate_lock) and RLock, parked on the scheduler's wait queues (src/sched/wait.ts);
//   - start_new_thread: a green thread whose bottom frame is a native generator calling the function;
//   - get_ident / get_native_id / _count / exit / interrupt_main / stack_size / TIMEOUT_MAX / error;
//   - _local: the C-level threading.local (a per-thread __dict__, see the PyLocal comment);
//   - _excepthook / _ExceptHookArgs (threading.excepthook's default, as in CPython 3.11).
//
// Locks. An uncontended acquire/release is a field test and a store: no generator, no allocation.
// Only a contended blocking acquire returns a generator, which parks the thread on the lock's
// WaitQueue (the GIL is released meanwhile). release() sets the lock free and wakes the longest
// waiter, which retries when it next runs; a running thread may take the lock first ("barging"), as
// with CPython's OS locks. That keeps a thread that releases and re-acquires in a loop from paying a
// thread switch per iteration. Waits are interruptible (KeyboardInterrupt ends them) and describe
// what they wait on, for the deadlock report and timelines.
//
// Per-runtime state (thread registry, counters) lives in a ThreadState obtained with stateFor(rt); the
// module-level `S` points at the state of the runtime that imported _thread/threading/queue last, so
// types can be global. One runtime using threads at a time per JS realm (sequential runs are fine).

import { PyObject, isPending, settle, type KwArgs, type NativeGen, type NativeResult, type PyValue } from '../src/objects/object.js';
import { None, builtinType, typeOf, objectType } from '../src/objects/builtin-types.js';
import { PyType } from '../src/objects/type.js';
import {
  AttributeError, OverflowError, PyBaseException, RuntimeError, SystemExit, TypeError, ValueError,
  attrErr, isExcOf, pyErr,
} from '../src/objects/exceptions.js';
import { nativeFunction, nativeMethod, withFast, type PyNativeFunction, methodTable } from '../src/objects/native.js';
import { PyFloat, pyFloat } from '../src/objects/float.js';
import { PyTuple, pyTuple } from '../src/objects/tuple.js';
import { PyDict } from '../src/objects/dict.js';
import { defineGetSet } from '../src/objects/descriptors.js';
import { markFinal } from '../src/objects/type-flags.js';
import { addressOf, objectInit } from '../src/objects/object-methods.js';
import { genericGetAttr, genericSetAttr } from '../src/objects/attr.js';
import * as ops from '../src/objects/ops.js';
import { signature, typeName } from '../src/builtins/args.js';
import { intValue } from '../src/objects/int.js';
import { WaitQueue, type Waitable } from '../src/sched/wait.js';
import type { GreenThread, Scheduler } from '../src/sched/scheduler.js';
import { currentThread, newThreadForCall, type PyThread } from '../src/vm/thread.js';
import { callGen } from '../src/vm/index.js';
import { VmBody } from '../src/runtime/vm-bridge.js';
import { formatException } from '../src/runtime/traceback.js';
import { StdStream } from '../src/runtime/streams.js';
import { makeStructSeqType, newStructSeq, PyStructSeq } from '../src/runtime/structseq.js';
import type { Runtime } from '../src/runtime/runtime.js';
import { defineModule } from './index.js';

/** CPython on 64-bit Linux: PY_TIMEOUT_MAX / 1e6. */
export const TIMEOUT_MAX = 9223372036.0;

// ---------------------------------------------------------------------------------------------------
// Per-runtime state

/** threading's view of one thread (the Thread object), as far as _thread needs it. */
export interface ThreadRecord extends PyObject {
  daemonic: PyValue;
}

export class ThreadState {
  /** threading._active: ident -> Thread, in start order (the main thread first). */
  readonly active = new Map<number, PyObject>();
  /** threading._limbo: started, not yet running. */
  readonly limbo = new Set<PyObject>();
  /** PyThread -> its threading.Thread object (current_thread()). */
  readonly byThread = new WeakMap<PyThread, PyObject>();
  /** The name counter threading._newname uses (Thread-N, Dummy-N). */
  nameCounter = 0;
  /** _thread._count(): threads started through _thread and still running. */
  running = 0;
  /** The threading module, once imported (its `excepthook` attribute is read at each use). */
  threadingModule: PyObject | null = null;
  traceHook: PyValue = None;
  profileHook: PyValue = None;
  stackSize = 0;
  constructor(readonly rt: Runtime) {}
  get sched(): Scheduler {
    return this.rt.sched;
  }
}

const states = new WeakMap<Runtime, ThreadState>();
/** The state of the runtime that last imported a threading module (see the header). */
export let S: ThreadState = null as unknown as ThreadState;

export function stateFor(rt: Runtime): ThreadState {
  let s = states.get(rt);
  if (s === undefined) {
    s = new ThreadState(rt);
    states.set(rt, s);
  }
  S = s;
  return s;
}

/** threading.get_ident(): the ident of the running green thread. */
export function identNow(): number {
  const t = currentThread();
  return t === null ? 0 : t.ident;
}

/** The scheduler's clock (time.monotonic), for deadlines. */
export function now(): number {
  return S.sched.now();
}

/** A BlockRequest on `w`. */
export function block(w: Waitable): { op: 'block'; waitable: Waitable } {
  return { op: 'block', waitable: w };
}

// ---------------------------------------------------------------------------------------------------
// Timeouts (CPython: lock_acquire_parse_args + _PyTime_FromSecondsObject)

const acquireSig = signature('acquire', 'blocking=True, timeout=-1');

/** blocking must be an int (CPython parses it with "i"). */
export function blockingArg(v: PyValue | undefined): boolean {
  if (v === undefined) return true;
  if (typeof v === 'boolean') return v;
  const i = intValue(v);
  if (i === undefined) throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  return i !== 0 && i !== 0n;
}

/** Seconds from a timeout object (int or float), with CPython's errors. */
export function secondsArg(v: PyValue): number {
  let d: number;
  if (v instanceof PyFloat) d = v.value;
  else {
    const i = intValue(v);
    if (i === undefined) throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
    d = Number(i);
  }
  if (Number.isNaN(d)) throw pyErr(ValueError, 'Invalid value NaN (not a number)');
  if (Math.abs(d) >= 9.2e18) throw pyErr(OverflowError, 'timestamp out of range for platform time_t');
  return d;
}

/** Parse (blocking, timeout) for lock acquire: -1 = forever, 0 = non-blocking, else seconds. */
export function acquireTimeout(args: PyValue[], kwargs: KwArgs): number {
  const a = acquireSig.parse(args.length > 1 ? args.slice(1) : [], kwargs);
  const blocking = blockingArg(a[0]);
  let timeout = -1;
  if (a[1] !== undefined) timeout = secondsArg(a[1]);
  if (!blocking && timeout !== -1) throw pyErr(ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) throw pyErr(ValueError, 'timeout value must be positive');
  if (!blocking) return 0;
  if (timeout !== -1 && timeout > TIMEOUT_MAX) throw pyErr(OverflowError, 'timeout value is too large');
  return timeout;
}

// ---------------------------------------------------------------------------------------------------
// lock (CPython: lockobject)

export const lockType = builtinType('lock');
lockType.ns.set('__module__', '_thread');
markFinal(lockType);

export class PyLock extends PyObject {
  locked = false;
  /** Threads waiting to acquire; created on first contention. */
  waiters: WaitQueue | null = null;
}
lockType.alloc = (t) => new PyLock(t);

export function newLock(): PyLock {
  return new PyLock(lockType);
}

function lockRepr(l: PyLock): string {
  return `<${l.locked ? 'locked' : 'unlocked'} _thread.lock object at ${addressOf(l)}>`;
}

function lockQueue(l: PyLock): WaitQueue {
  return (l.waiters ??= new WaitQueue(() => `acquire of ${lockRepr(l)}`));
}

/**
 * Acquire `l`: timeout -1 = wait forever, 0 = don't wait, else seconds. True/false at once when
 * that is known; a generator (park) only when the lock is held and the caller will wait.
 */
export function lockAcquire(l: PyLock, timeout: number): boolean | NativeGen {
  if (!l.locked) {
    l.locked = true;
    return true;
  }
  if (timeout === 0) return false;
  return lockAcquireSlow(l, timeout);
}

function* lockAcquireSlow(l: PyLock, timeout: number): NativeGen {
  const deadline = timeout < 0 ? -1 : now() + timeout;
  const q = lockQueue(l);
  while (l.locked) {
    let remaining: number | null = null;
    if (deadline >= 0) {
      remaining = deadline - now();
      if (remaining <= 0) return false;
    }
    const r = yield block(q.wait(remaining, false));
    if (r === false && l.locked) return false;
  }
  l.locked = true;
  return true;
}

export function lockRelease(l: PyLock): void {
  if (!l.locked) throw pyErr(RuntimeError, 'release unlocked lock');
  l.locked = false;
  const w = l.waiters;
  if (w !== null && w.length > 0) w.wakeOne(true);
}

function selfLock(args: PyValue[], name: string): PyLock {
  const s = args[0];
  if (s instanceof PyLock) return s;
  throw pyErr(TypeError, `descriptor '${name}' for '_thread.lock' objects doesn't apply to a '${typeName(s)}' object`);
}

const lockAcquireM = nativeMethod('lock', 'acquire', (args, kwargs) => {
  const l = selfLock(args, 'acquire');
  if (args.length === 1 && (kwargs === null || kwargs.size === 0)) {
    // The uncontended fast path: a test and a store.
    if (!l.locked) {
      l.locked = true;
      return true;
    }
    return lockAcquireSlow(l, -1);
  }
  return lockAcquire(l, acquireTimeout(args, kwargs));
}, 'Lock the lock.');

const lockReleaseM = nativeMethod('lock', 'release', (args) => {
  lockRelease(selfLock(args, 'release'));
  return None;
}, 'Release the lock.');

// Fixed-arity entry points (native.ts fn1): `lock.acquire()` / `lock.release()` / `with lock:` in a
// loop call these with no args array (the uncontended pair is the issue-4 benchmark).
withFast(lockAcquireM, (s) => {
  if (s instanceof PyLock && !s.locked) {
    s.locked = true;
    return true;
  }
  return lockAcquireM.fn([s], null);
});
withFast(lockReleaseM, (s) => {
  if (s instanceof PyLock && s.locked && s.waiters === null) {
    s.locked = false;
    return None;
  }
  return lockReleaseM.fn([s], null);
});

const lockLockedM = nativeMethod('lock', 'locked', (args) => selfLock(args, 'locked').locked, 'Test whether the lock is currently locked.');

const lockExitM = nativeMethod('lock', '__exit__', (args) => {
  lockRelease(selfLock(args, '__exit__'));
  return None;
});
withFast(lockExitM, lockReleaseM.fn1);

lockType.define(methodTable('lock', {
  acquire: lockAcquireM,
  acquire_lock: lockAcquireM,
  __enter__: lockAcquireM,
  release: lockReleaseM,
  release_lock: lockReleaseM,
  __exit__: lockExitM,
  locked: lockLockedM,
  locked_lock: lockLockedM,
  _at_fork_reinit: (args) => {
    selfLock(args, '_at_fork_reinit').locked = false;
    return None;
  },
  __repr__: (args) => lockRepr(selfLock(args, '__repr__')),
}));

// ---------------------------------------------------------------------------------------------------
// RLock (CPython: rlockobject)

export const rlockType = builtinType('RLock');
rlockType.ns.set('__module__', '_thread');

export class PyRLock extends PyObject {
  /** Ident of the owning thread; meaningful while count > 0. */
  owner = 0;
  count = 0;
  waiters: WaitQueue | null = null;
}
rlockType.alloc = (t) => new PyRLock(t);

export function newRLock(): PyRLock {
  return new PyRLock(rlockType);
}

function rlockRepr(r: PyRLock): string {
  const name = typeOf(r) === rlockType ? '_thread.RLock' : typeOf(r).name;
  return `<${r.count > 0 ? 'locked' : 'unlocked'} ${name} object owner=${r.count > 0 ? r.owner : 0} count=${r.count} at ${addressOf(r)}>`;
}

export function rlockAcquire(r: PyRLock, timeout: number): boolean | NativeGen {
  const me = identNow();
  if (r.count === 0) {
    r.owner = me;
    r.count = 1;
    return true;
  }
  if (r.owner === me) {
    r.count++;
    return true;
  }
  if (timeout === 0) return false;
  return rlockAcquireSlow(r, timeout, me, 1);
}

function* rlockAcquireSlow(r: PyRLock, timeout: number, me: number, count: number): NativeGen {
  const deadline = timeout < 0 ? -1 : now() + timeout;
  const q = (r.waiters ??= new WaitQueue(() => `acquire of ${rlockRepr(r)}`));
  while (r.count > 0) {
    let remaining: number | null = null;
    if (deadline >= 0) {
      remaining = deadline - now();
      if (remaining <= 0) return false;
    }
    const v = yield block(q.wait(remaining, false));
    if (v === false && r.count > 0) return false;
  }
  r.owner = me;
  r.count = count;
  return true;
}

function rlockWake(r: PyRLock): void {
  const w = r.waiters;
  if (w !== null && w.length > 0) w.wakeOne(true);
}

export function rlockRelease(r: PyRLock): void {
  if (r.count === 0 || r.owner !== identNow()) throw pyErr(RuntimeError, 'cannot release un-acquired lock');
  if (--r.count === 0) rlockWake(r);
}

export function rlockIsOwned(r: PyRLock): boolean {
  return r.count > 0 && r.owner === identNow();
}

/** Condition support: release completely, returning the state to restore. */
export function rlockReleaseSave(r: PyRLock): PyTuple {
  if (r.count === 0) throw pyErr(RuntimeError, 'cannot release un-acquired lock');
  const saved = pyTuple([r.count, r.owner]);
  r.count = 0;
  rlockWake(r);
  return saved;
}

export function rlockAcquireRestore(r: PyRLock, state: PyValue): boolean | NativeGen {
  if (!(state instanceof PyTuple) || state.items.length !== 2) throw pyErr(TypeError, '_acquire_restore() argument must be a (count, owner) tuple');
  const count = Number(state.items[0]);
  const owner = Number(state.items[1]);
  if (r.count === 0) {
    r.owner = owner;
    r.count = count;
    return true;
  }
  return rlockAcquireSlow(r, -1, owner, count);
}

function selfRLock(args: PyValue[], name: string): PyRLock {
  const s = args[0];
  if (s instanceof PyRLock) return s;
  throw pyErr(TypeError, `descriptor '${name}' for '_thread.RLock' objects doesn't apply to a '${typeName(s)}' object`);
}

const rlockAcquireM = nativeMethod('RLock', 'acquire', (args, kwargs) => {
  const r = selfRLock(args, 'acquire');
  if (args.length === 1 && (kwargs === null || kwargs.size === 0)) return rlockAcquire(r, -1);
  return rlockAcquire(r, acquireTimeout(args, kwargs));
}, 'Lock the lock.');

const rlockReleaseM = nativeMethod('RLock', 'release', (args) => {
  rlockRelease(selfRLock(args, 'release'));
  return None;
}, 'Release the lock.');

rlockType.define(methodTable('RLock', {
  __new__: (args) => {
    const cls = args[0] as PyType;
    return cls.alloc(cls);
  },
  acquire: rlockAcquireM,
  __enter__: rlockAcquireM,
  release: rlockReleaseM,
  __exit__: (args) => {
    rlockRelease(selfRLock(args, '__exit__'));
    return None;
  },
  _is_owned: (args) => rlockIsOwned(selfRLock(args, '_is_owned')),
  _release_save: (args) => rlockReleaseSave(selfRLock(args, '_release_save')),
  _acquire_restore: (args) => rlockAcquireRestore(selfRLock(args, '_acquire_restore'), args[1]),
  _recursion_count: (args) => {
    const r = selfRLock(args, '_recursion_count');
    return rlockIsOwned(r) ? r.count : 0;
  },
  _at_fork_reinit: (args) => {
    const r = selfRLock(args, '_at_fork_reinit');
    r.count = 0;
    return None;
  },
  __repr__: (args) => rlockRepr(selfRLock(args, '__repr__')),
}));

// ---------------------------------------------------------------------------------------------------
// Generic lock protocol: our locks directly, any other object through its Python methods
// (Condition accepts any lock-like object, as in CPython).

/** lock.acquire(blocking, timeout) with timeout -1/0/seconds. */
export function anyAcquire(lock: PyValue, timeout: number): NativeResult {
  if (lock instanceof PyLock) return lockAcquire(lock, timeout);
  if (lock instanceof PyRLock) return rlockAcquire(lock, timeout);
  if (timeout === 0) return ops.callMethod(lock, 'acquire', [false]);
  if (timeout < 0) return ops.callMethod(lock, 'acquire', []);
  return ops.callMethod(lock, 'acquire', [true, pyFloat(timeout)]);
}

export function anyRelease(lock: PyValue): NativeResult {
  if (lock instanceof PyLock) return lockRelease(lock), None;
  if (lock instanceof PyRLock) return rlockRelease(lock), None;
  return ops.callMethod(lock, 'release', []);
}

/** Truthiness of a value that may need Python code (__bool__/__len__). */
export function* truth(v: PyValue): Generator<import('../src/objects/object.js').Suspend, boolean, PyValue> {
  if (typeof v === 'boolean') return v;
  const r = ops.isTrue(v);
  return typeof r === 'boolean' ? r : !!(yield* settle(r as NativeResult));
}

// ---------------------------------------------------------------------------------------------------
// _local (CPython: localobject in _threadmodule.c)
//
// A PyLocal keeps one dict per PyThread. Every attribute access through it first points `obj.dict`
// at the running thread's dict, then applies the generic rules, so descriptors, __slots__ and the
// instance dict behave as for any object. The first access from a new thread creates its dict and
// re-runs type(self).__init__(self, *args, **kw) with the constructor's arguments. When a thread
// started by _thread/threading ends, its dicts are dropped (dropThreadLocals).

export const localType = builtinType('_local');
localType.ns.set('__module__', '_thread');
localType.instancesHaveDict = true;

export class PyLocal extends PyObject {
  readonly dicts = new Map<PyThread | null, PyDict>();
  args: PyValue[] = [];
  kwargs: KwArgs = null;
}
localType.alloc = (t) => new PyLocal(t);

/** Locals touched by each thread, so a thread's dicts can be dropped when it ends. */
const touched = new WeakMap<PyThread, Set<PyLocal>>();

export function dropThreadLocals(t: PyThread): void {
  const set = touched.get(t);
  if (set === undefined) return;
  for (const l of set) l.dicts.delete(t);
  touched.delete(t);
}

function createLocalDict(l: PyLocal, t: PyThread | null): PyDict {
  const d = new PyDict();
  l.dicts.set(t, d);
  if (t !== null) {
    let set = touched.get(t);
    if (set === undefined) touched.set(t, (set = new Set()));
    set.add(l);
  }
  return d;
}

function localTypeName(l: PyObject): string {
  return l.type === localType ? '_thread._local' : l.type.name;
}

/** Point l.dict at the running thread's dict; a generator when __init__ must run first. */
function localSelect(l: PyLocal): void | NativeGen {
  const t = currentThread();
  const d = l.dicts.get(t);
  if (d !== undefined) {
    l.dict = d;
    return;
  }
  l.dict = createLocalDict(l, t);
  const init = l.type.lookup('__init__');
  if (init === undefined || init === objectInit) return;
  return localInit(l, init);
}

function* localInit(l: PyLocal, init: PyValue): NativeGen {
  const r = yield* settle(ops.callUnbound(init, l, l.args, l.kwargs));
  if (r !== None) throw pyErr(TypeError, `__init__() should return None, not '${typeName(r)}'`);
  return None;
}

function localGet(l: PyLocal, name: string): NativeResult {
  if (name === '__dict__') return l.dict as PyDict;
  const r = genericGetAttr(l, l.type, name);
  if (r === undefined) throw attrErr(`'${localTypeName(l)}' object has no attribute '${name}'`, l, name);
  if (isPending(r)) return localGetPending(r, l, name);
  return r;
}

function* localGetPending(g: NativeGen, l: PyLocal, name: string): NativeGen {
  const v = yield* g;
  if (v === undefined) throw attrErr(`'${localTypeName(l)}' object has no attribute '${name}'`, l, name);
  return v;
}

function localSet(l: PyLocal, name: string, v: PyValue | undefined): NativeResult {
  if (name === '__dict__') throw attrErr(`'${localTypeName(l)}' object attribute '__dict__' is read-only`, l, name);
  return genericSetAttr(l, l.type, name, v);
}

function attrName(v: PyValue): string {
  if (typeof v !== 'string') throw pyErr(TypeError, `attribute name must be string, not '${typeName(v)}'`);
  return v;
}

function selfLocal(v: PyValue): PyLocal {
  if (v instanceof PyLocal) return v;
  throw pyErr(TypeError, `descriptor for '_thread._local' objects doesn't apply to a '${typeName(v)}' object`);
}

localType.define(methodTable('_local', {
  __new__: (args, kwargs) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) throw pyErr(TypeError, '_local.__new__(X): X is not a type object');
    const extra = args.length > 1 || (kwargs !== null && kwargs.size > 0);
    if (extra && cls.lookup('__init__') === objectInit) throw pyErr(TypeError, 'Initialization arguments are not supported');
    const l = cls.alloc(cls) as PyLocal;
    l.args = args.slice(1);
    l.kwargs = kwargs === null ? null : new Map(kwargs);
    // The creating thread's dict exists before __init__ runs (type_call runs it once, here).
    l.dict = createLocalDict(l, currentThread());
    return l;
  },
  __getattribute__: (args) => {
    const l = selfLocal(args[0]);
    const name = attrName(args[1]);
    const s = localSelect(l);
    if (s === undefined) return localGet(l, name);
    return (function* () {
      yield* s;
      l.dict = l.dicts.get(currentThread()) as PyDict;
      return yield* settle(localGet(l, name));
    })();
  },
  __setattr__: (args) => {
    const l = selfLocal(args[0]);
    const name = attrName(args[1]);
    const s = localSelect(l);
    if (s === undefined) return localSet(l, name, args[2]);
    return (function* () {
      yield* s;
      l.dict = l.dicts.get(currentThread()) as PyDict;
      return yield* settle(localSet(l, name, args[2]));
    })();
  },
  __delattr__: (args) => {
    const l = selfLocal(args[0]);
    const name = attrName(args[1]);
    const s = localSelect(l);
    if (s === undefined) return localSet(l, name, undefined);
    return (function* () {
      yield* s;
      l.dict = l.dicts.get(currentThread()) as PyDict;
      return yield* settle(localSet(l, name, undefined));
    })();
  },
}));

// ---------------------------------------------------------------------------------------------------
// Starting threads

/**
 * Start a green thread running `body` (a native generator function receiving nothing) in the
 * current runtime. Returns the GreenThread; its PyThread's ident is the scheduler's ident.
 */
export function spawnThread(name: string, daemon: boolean, body: () => NativeGen): { green: GreenThread; py: PyThread } {
  const fn = nativeFunction('_bootstrap', () => body());
  const py = newThreadForCall(fn, [], null);
  const green = S.sched.spawn(new VmBody(py), name, daemon);
  py.data = green;
  py.ident = green.ident;
  return { green, py };
}

/** Write text to sys.stderr (ours directly; a Python object through its write method). */
export function* writeStderr(text: string): NativeGen {
  const rt = S.rt;
  const err = rt.sys.dict.getStr('stderr');
  if (err === undefined || err === None) return None;
  if (err instanceof StdStream) {
    err.writeText(text);
    err.flush();
    return None;
  }
  yield* settle(ops.callMethod(err, 'write', [text]));
  const fl = ops.getAttrOpt(err, 'flush');
  if (fl !== undefined) yield* callGen(yield* settle(fl), []);
  return None;
}

/** The traceback text CPython prints for `exc` (sys.excepthook's format). */
export function* tracebackText(exc: PyBaseException): NativeGen {
  return yield* formatException(exc, S.rt.formatContext());
}

function* rawBootstrap(fn: PyValue, args: PyValue[], kwargs: KwArgs, py: () => PyThread): NativeGen {
  const st = S;
  st.running++;
  try {
    yield* callGen(fn, args, kwargs);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    if (!isExcOf(e, SystemExit)) {
      // CPython: PyErr_FormatUnraisable("Exception ignored in thread started by %R", func)
      const r = (yield* settle(ops.repr(fn))) as string;
      yield* writeStderr(`Exception ignored in thread started by: ${r}\n${(yield* tracebackText(e)) as string}`);
    }
  } finally {
    st.running--;
    dropThreadLocals(py());
  }
  return None;
}

const startSig = signature('start_new_thread', 'function, args, kwargs=None, /');

const startNewThread = nativeFunction('start_new_thread', (args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw pyErr(TypeError, 'start_new_thread() takes no keyword arguments');
  if (args.length < 2 || args.length > 3) {
    throw pyErr(TypeError, `start_new_thread expected at ${args.length < 2 ? 'least 2' : 'most 3'} arguments, got ${args.length}`);
  }
  void startSig;
  const [fn, fargs, fkw] = args;
  if (!ops.isCallable(fn)) throw pyErr(TypeError, 'first arg must be callable');
  if (!(fargs instanceof PyTuple)) throw pyErr(TypeError, '2nd arg must be a tuple');
  if (fkw !== undefined && fkw !== None && !(fkw instanceof PyDict)) throw pyErr(TypeError, 'optional 3rd arg must be a dictionary');
  let kw: KwArgs = null;
  if (fkw instanceof PyDict && fkw.size > 0) {
    kw = new Map();
    for (let i = 0; i < fkw.keys.length; i++) {
      const k = fkw.keys[i];
      if (k === undefined) continue;
      if (typeof k !== 'string') throw pyErr(TypeError, 'keywords must be strings');
      kw.set(k, fkw.vals[i] as PyValue);
    }
  }
  let py: PyThread | null = null;
  const r = spawnThread('_thread', true, () => rawBootstrap(fn, fargs.items.slice(), kw, () => py as PyThread));
  py = r.py;
  return r.green.ident;
}, 'Start a new thread and return its identifier.');

// ---------------------------------------------------------------------------------------------------
// ExceptHookArgs and the default excepthook (CPython: thread_excepthook)

export const exceptHookArgsType = makeStructSeqType('_thread', '_ExceptHookArgs', ['exc_type', 'exc_value', 'exc_traceback', 'thread']);
exceptHookArgsType.setAttr('__new__', nativeFunction('__new__', (args) => {
  const seq = args[1];
  const items = seq instanceof PyTuple ? seq.items : (seq as { items?: PyValue[] } | undefined)?.items;
  if (items === undefined) throw pyErr(TypeError, 'constructor requires a sequence');
  if (items.length !== 4) throw pyErr(TypeError, `_thread._ExceptHookArgs() takes a 4-sequence (${items.length}-sequence given)`);
  return newStructSeq(exceptHookArgsType, items.slice());
}));

export function exceptHookArgs(exc: PyBaseException, thread: PyValue): PyStructSeq {
  return newStructSeq(exceptHookArgsType, [exc.type, exc, exc.tb, thread]);
}

export const defaultExcepthook: PyNativeFunction = nativeFunction('_excepthook', (args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw pyErr(TypeError, '_excepthook() takes no keyword arguments');
  if (args.length !== 1) throw pyErr(TypeError, `_excepthook() takes exactly one argument (${args.length} given)`);
  const a = args[0];
  if (!(a instanceof PyStructSeq) || a.type !== exceptHookArgsType) throw pyErr(TypeError, '_thread._excepthook argument type must be ExceptHookArgs');
  return excepthookGen(a);
}, 'Handle uncaught Thread.run() exception.');

function* excepthookGen(a: PyStructSeq): NativeGen {
  const [excType, excValue, , thread] = a.all;
  if (excType instanceof PyType && excType.isSubtypeOf(SystemExit)) return None;
  let name: PyValue;
  if (thread !== None) name = yield* settle(ops.getAttr(thread, 'name'));
  else name = identNow();
  const nameText = (yield* settle(ops.str(name))) as string;
  yield* writeStderr(`Exception in thread ${nameText}:\n`);
  if (excValue instanceof PyBaseException) yield* writeStderr((yield* tracebackText(excValue)) as string);
  return None;
}

// ---------------------------------------------------------------------------------------------------
// The module

/** Shared with threading (`threading.Lock is _thread.allocate_lock`). */
export const allocateLock = nativeFunction('allocate_lock', (args, kwargs) => {
  if ((kwargs !== null && kwargs.size > 0) || args.length > 0) throw pyErr(TypeError, `allocate_lock() takes no arguments (${args.length} given)`);
  return newLock();
}, 'Create a new lock object. See help(type(threading.Lock())) for information about locks.');

export const getIdentFn = nativeFunction('get_ident', () => identNow(), 'Return a non-zero integer that uniquely identifies the current thread.');

export default defineModule({
  name: '_thread',
  doc: 'This module provides primitive operations to write multi-threaded programs.\nThe \'threading\' module provides a more convenient interface.',
  init(_mod, rt) {
    const st = stateFor(rt);
    const exit = nativeFunction('exit', () => {
      throw pyErr(SystemExit);
    }, 'This is synonymous to ``raise SystemExit\'\'.');
    return {
      LockType: lockType,
      lock: lockType,
      RLock: rlockType,
      TIMEOUT_MAX: pyFloat(TIMEOUT_MAX),
      _ExceptHookArgs: exceptHookArgsType,
      _excepthook: defaultExcepthook,
      _local: localType,
      _count: () => st.running,
      allocate_lock: allocateLock,
      allocate: allocateLock,
      error: RuntimeError,
      exit,
      exit_thread: exit,
      get_ident: getIdentFn,
      get_native_id: () => identNow(),
      interrupt_main: () => {
        rt.sched.interrupt();
        return None;
      },
      stack_size: stackSizeFn(st),
      start_new_thread: startNewThread,
      start_new: startNewThread,
      daemon_threads_allowed: () => true,
      _set_sentinel: () => newLock(),
    };
  },
});

export function stackSizeFn(st: ThreadState): PyNativeFunction {
  return nativeFunction('stack_size', (args) => {
    const old = st.stackSize;
    if (args.length > 0) {
      const i = intValue(args[0]);
      if (i === undefined) throw pyErr(TypeError, `'${typeName(args[0])}' object cannot be interpreted as an integer`);
      const n = Number(i);
      if (n !== 0 && n < 32768) throw pyErr(ValueError, `size not valid: ${n} bytes`);
      st.stackSize = n;
    }
    return old;
  }, 'Return the thread stack size used when creating new threads.');
}

export { objectType, AttributeError, defineGetSet };
