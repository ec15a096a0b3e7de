// The `queue` module (CPython: Lib/queue.py + Modules/_queuemodule.c), built as queue.py is: one
// mutex (a _thread lock) shared by three Conditions (not_empty, not_full, all_tasks_done), so the
// blocking, timeout and task_done/join semantics come from threading's Condition by construction.
//
// Queue, LifoQueue and PriorityQueue are subclassable; as in queue.py, put/get call the storage hooks
// _init/_qsize/_put/_get. When a class keeps ours (the common case) they are called directly;
// a Python subclass that overrides them gets its methods called (generator natives, switchable).
// The storage is a list (`q.queue`): FIFO takes from the front, LIFO from the back, Priority keeps
// a binary heap with heapq's exact sift algorithm (same order of equal items as CPython).
// Difference: Queue.queue is a list here, a collections.deque in CPython.
//
// SimpleQueue (_queue.SimpleQueue): unbounded FIFO parked directly on a WaitQueue.

import { PyObject, settle, type NativeGen, type NativeResult, type PyValue } from '../src/objects/object.js';
import { None, builtinType, typeOf } from '../src/objects/builtin-types.js';
import { PyType } from '../src/objects/type.js';
import { Exception, IndexError, TypeError, ValueError, pyErr } from '../src/objects/exceptions.js';
import { nativeFunction, nativeMethod, withFast, type NativeFn, type PyNativeFunction } from '../src/objects/native.js';
import { PyFloat } from '../src/objects/float.js';
import { PyList, pyList } from '../src/objects/list.js';
import { defineGetSet } from '../src/objects/descriptors.js';
import { defineInstanceDict } from '../src/objects/object-methods.js';
import * as ops from '../src/objects/ops.js';
import { lessThan } from '../src/objects/seq.js';
import { typeName } from '../src/builtins/args.js';
import { WaitQueue } from '../src/sched/wait.js';
import { callGen } from '../src/vm/index.js';
import { PyLock, block, lockAcquire, lockRelease, newLock, now, stateFor, truth } from './_thread.js';
import { PyCondition, bindArgs, condNotifyOwned, condWait, newCondition } from './threading.js';
import { defineModule } from './index.js';

// ---------------------------------------------------------------------------------------------------
// Exceptions

export const emptyType = builtinType('Empty', Exception);
emptyType.ns.set('__module__', '_queue');
emptyType.instancesHaveDict = true;
emptyType.ns.set('__doc__', 'Exception raised by Queue.get(block=0)/get_nowait().');
export const fullType = builtinType('Full', Exception);
fullType.ns.set('__module__', 'queue');
fullType.instancesHaveDict = true;
fullType.ns.set('__doc__', 'Exception raised by Queue.put(block=0)/put_nowait().');

// ---------------------------------------------------------------------------------------------------
// Helpers

const genericNew = nativeFunction('__new__', (args) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw pyErr(TypeError, '__new__(X): X is not a type object');
  return cls.alloc(cls);
});

function newType(name: string, base?: PyType, module = 'queue'): PyType {
  const t = base ? builtinType(name, base) : builtinType(name);
  t.ns.set('__module__', module);
  if (!base) {
    t.ns.set('__new__', genericNew);
    t.instancesHaveDict = true;
    defineInstanceDict(t);
  }
  return t;
}

function method(owner: PyType, name: string, fn: NativeFn, doc?: string): PyNativeFunction {
  const m = nativeMethod(owner.name, name, fn, doc);
  owner.ns.set(name, m);
  return m;
}

/** A non-negative timeout in seconds, None -> null (queue.py's checks). */
function timeoutArg(v: PyValue): number | null {
  if (v === None) return null;
  let d: number;
  if (typeof v === 'number') d = v;
  else if (typeof v === 'boolean') d = v ? 1 : 0;
  else if (typeof v === 'bigint') d = Number(v);
  else if (v instanceof PyFloat) d = v.value;
  else throw pyErr(TypeError, `'<' not supported between instances of '${typeName(v)}' and 'int'`);
  if (d < 0) throw pyErr(ValueError, "'timeout' must be a non-negative number");
  return d;
}

function* lt(a: PyValue, b: PyValue): Generator<import('../src/objects/object.js').Suspend, boolean, PyValue> {
  const r = lessThan(a, b);
  return typeof r === 'boolean' ? r : !!(yield* r);
}

// heapq's algorithm (CPython: Modules/_heapqmodule.c siftdown/siftup), on a JS array.
function* siftDown(heap: PyValue[], start: number, pos: number): NativeGen {
  const newitem = heap[pos];
  while (pos > start) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos];
    if (yield* lt(newitem, parent)) {
      heap[pos] = parent;
      pos = parentpos;
      continue;
    }
    break;
  }
  heap[pos] = newitem;
  return None;
}

function* siftUp(heap: PyValue[], pos: number): NativeGen {
  const end = heap.length;
  const start = pos;
  const newitem = heap[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !(yield* lt(heap[child], heap[right]))) child = right;
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = newitem;
  return yield* siftDown(heap, start, pos);
}

// ---------------------------------------------------------------------------------------------------
// Queue, LifoQueue, PriorityQueue

export const queueType = newType('Queue');

export class PyQueue extends PyObject {
  maxsize: PyValue = 0;
  /** The storage (`q.queue`): a list unless a subclass's _init put something else there. */
  items: PyValue = pyList([]);
  mutex: PyLock = newLock();
  notEmpty: PyCondition = newCondition(this.mutex, 'Queue.get()');
  notFull: PyCondition = newCondition(this.mutex, 'Queue.put()');
  allTasksDone: PyCondition = newCondition(this.mutex, 'Queue.join()');
  unfinished: PyValue = 0;
}
queueType.alloc = (t) => new PyQueue(t);

export const lifoQueueType = newType('LifoQueue', queueType);
export const priorityQueueType = newType('PriorityQueue', queueType);

function selfQueue(v: PyValue): PyQueue {
  if (v instanceof PyQueue) return v;
  throw pyErr(TypeError, `descriptor for 'Queue' objects doesn't apply to a '${typeName(v)}' object`);
}

const enum Kind { Fifo, Lifo, Priority }
const storageHooks = new Map<PyValue, Kind>();

function listOf(q: PyQueue): PyValue[] | null {
  return q.items instanceof PyList ? q.items.items : null;
}

function* qsize(q: PyQueue): Generator<import('../src/objects/object.js').Suspend, number, PyValue> {
  const h = typeOf(q).lookup('_qsize');
  const items = listOf(q);
  if (storageHooks.has(h as PyValue) && items !== null) return items.length;
  const r = yield* settle(ops.callMethod(q, '_qsize', []));
  return Number(r);
}

function* qput(q: PyQueue, item: PyValue): NativeGen {
  const h = typeOf(q).lookup('_put');
  const kind = storageHooks.get(h as PyValue);
  const items = listOf(q);
  if (kind === undefined || items === null) return yield* settle(ops.callMethod(q, '_put', [item]));
  items.push(item);
  if (kind === Kind.Priority) yield* siftDown(items, 0, items.length - 1);
  return None;
}

function* qget(q: PyQueue): NativeGen {
  const h = typeOf(q).lookup('_get');
  const kind = storageHooks.get(h as PyValue);
  const items = listOf(q);
  if (kind === undefined || items === null) return yield* settle(ops.callMethod(q, '_get', []));
  return yield* takeItem(items, kind);
}

function* takeItem(items: PyValue[], kind: Kind): NativeGen {
  if (items.length === 0) throw pyErr(IndexError, kind === Kind.Fifo ? 'pop from an empty deque' : 'pop from empty list');
  if (kind === Kind.Fifo) return items.shift() as PyValue;
  if (kind === Kind.Lifo) return items.pop() as PyValue;
  const last = items.pop() as PyValue;
  if (items.length === 0) return last;
  const ret = items[0];
  items[0] = last;
  yield* siftUp(items, 0);
  return ret;
}


function* withMutex<T>(q: PyQueue, body: () => Generator<import('../src/objects/object.js').Suspend, T, PyValue>): Generator<import('../src/objects/object.js').Suspend, T, PyValue> {
  const m = q.mutex;
  if (!(yield* settle(lockAcquire(m, -1)))) throw pyErr(ValueError, 'cannot acquire the queue mutex');
  try {
    return yield* body();
  } finally {
    lockRelease(m);
  }
}

function* queuePut(q: PyQueue, item: PyValue, blk: boolean, timeoutV: PyValue): NativeGen {
  return yield* withMutex(q, function* () {
    const maxsize = Number(q.maxsize);
    if (maxsize > 0) {
      if (!blk) {
        if ((yield* qsize(q)) >= maxsize) throw pyErr(fullType);
      } else if (timeoutV === None) {
        while ((yield* qsize(q)) >= maxsize) yield* condWait(q.notFull, null);
      } else {
        const timeout = timeoutArg(timeoutV) as number;
        const endtime = now() + timeout;
        while ((yield* qsize(q)) >= maxsize) {
          const remaining = endtime - now();
          if (remaining <= 0) throw pyErr(fullType);
          yield* condWait(q.notFull, remaining);
        }
      }
    }
    yield* qput(q, item);
    q.unfinished = typeof q.unfinished === 'number' ? q.unfinished + 1 : yield* settle(ops.binaryOp(q.unfinished, 1, ops.BinOp.Add));
    condNotifyOwned(q.notEmpty, 1);
    return None;
  });
}

function* queueGet(q: PyQueue, blk: boolean, timeoutV: PyValue): NativeGen {
  return yield* withMutex(q, function* () {
    if (!blk) {
      if ((yield* qsize(q)) === 0) throw pyErr(emptyType);
    } else if (timeoutV === None) {
      while ((yield* qsize(q)) === 0) yield* condWait(q.notEmpty, null);
    } else {
      const timeout = timeoutArg(timeoutV) as number;
      const endtime = now() + timeout;
      while ((yield* qsize(q)) === 0) {
        const remaining = endtime - now();
        if (remaining <= 0) throw pyErr(emptyType);
        yield* condWait(q.notEmpty, remaining);
      }
    }
    const item = yield* qget(q);
    condNotifyOwned(q.notFull, 1);
    return item;
  });
}

method(queueType, '__init__', (args, kwargs) => {
  const q = selfQueue(args[0]);
  const [maxsize] = bindArgs('Queue.__init__', ['maxsize'], 0, [0], [], args.slice(1), kwargs);
  q.maxsize = maxsize;
  q.unfinished = 0;
  const h = typeOf(q).lookup('_init');
  if (storageHooks.has(h as PyValue)) {
    q.items = pyList([]);
    return None;
  }
  return ops.callMethod(q, '_init', [maxsize]);
});
method(queueType, 'task_done', (args) => {
  const q = selfQueue(args[0]);
  return withMutex(q, function* () {
    const unfinished = Number(q.unfinished) - 1;
    if (unfinished <= 0) {
      if (unfinished < 0) throw pyErr(ValueError, 'task_done() called too many times');
      condNotifyOwned(q.allTasksDone, Infinity);
    }
    q.unfinished = unfinished;
    return None;
  }) as NativeGen;
}, 'Indicate that a formerly enqueued task is complete.');
method(queueType, 'join', (args) => {
  const q = selfQueue(args[0]);
  return withMutex(q, function* () {
    while (yield* truth(q.unfinished)) yield* condWait(q.allTasksDone, null);
    return None;
  }) as NativeGen;
}, 'Blocks until all items in the Queue have been gotten and processed.');
method(queueType, 'qsize', (args) => {
  const q = selfQueue(args[0]);
  return withMutex(q, () => qsize(q)) as unknown as NativeGen;
}, 'Return the approximate size of the queue (not reliable!).');
method(queueType, 'empty', (args) => {
  const q = selfQueue(args[0]);
  return withMutex(q, function* () {
    return (yield* qsize(q)) === 0;
  }) as unknown as NativeGen;
}, 'Return True if the queue is empty, False otherwise (not reliable!).');
method(queueType, 'full', (args) => {
  const q = selfQueue(args[0]);
  return withMutex(q, function* () {
    const m = Number(q.maxsize);
    return 0 < m && m <= (yield* qsize(q));
  }) as unknown as NativeGen;
}, 'Return True if the queue is full, False otherwise (not reliable!).');
// The common path, done synchronously: the mutex is free, the queue uses our own list storage (FIFO
// or LIFO) and no wait is needed. It is queue.py's put/get with the mutex taken and released around
// it, minus the generators: nothing in it can block or run Python code, so no other thread can
// observe the difference. Anything else (a held mutex, a full/empty queue, custom _put/_get hooks,
// PriorityQueue's comparisons) takes the general path below.

/** FIFO/LIFO when q stores items in a list through our own hooks, else undefined. */
function plainKind(q: PyQueue): Kind | undefined {
  if (!(q.items instanceof PyList) || typeof q.maxsize !== 'number' || typeof q.unfinished !== 'number') return undefined;
  const t = typeOf(q);
  if (t === queueType) return Kind.Fifo;
  if (t === lifoQueueType) return Kind.Lifo;
  const kp = storageHooks.get(t.lookup('_put') as PyValue);
  if (kp === undefined || kp === Kind.Priority) return undefined;
  if (storageHooks.get(t.lookup('_get') as PyValue) !== kp || storageHooks.get(t.lookup('_qsize') as PyValue) === undefined) return undefined;
  return kp;
}

function queuePutFast(q: PyQueue, item: PyValue): boolean {
  const m = q.mutex;
  if (m.locked) return false;
  const kind = plainKind(q);
  if (kind === undefined) return false;
  const items = (q.items as PyList).items;
  const maxsize = q.maxsize as number;
  if (maxsize > 0 && items.length >= maxsize) return false;
  m.locked = true;
  items.push(item);
  (q.unfinished as number)++;
  condNotifyOwned(q.notEmpty, 1);
  lockRelease(m);
  return true;
}

const NO_ITEM: PyValue = new PyObject(queueType);

function queueGetFast(q: PyQueue): PyValue {
  const m = q.mutex;
  if (m.locked) return NO_ITEM;
  const kind = plainKind(q);
  if (kind === undefined) return NO_ITEM;
  const items = (q.items as PyList).items;
  if (items.length === 0) return NO_ITEM;
  m.locked = true;
  const item = (kind === Kind.Fifo ? items.shift() : items.pop()) as PyValue;
  condNotifyOwned(q.notFull, 1);
  lockRelease(m);
  return item;
}

const queuePutM = method(queueType, 'put', (args, kwargs) => {
  const q0 = args[0];
  if (args.length === 2 && (kwargs === null || kwargs.size === 0) && q0 instanceof PyQueue && queuePutFast(q0, args[1])) return None;
  const [item, blk, timeout] = bindArgs('Queue.put', ['item', 'block', 'timeout'], 1, [true, None], [], args.slice(1), kwargs);
  const q = selfQueue(args[0]);
  if (blk === true) return queuePut(q, item, true, timeout);
  return (function* (): NativeGen {
    return yield* queuePut(q, item, yield* truth(blk), timeout);
  })();
}, 'Put an item into the queue.');
withFast(queuePutM, null, (q, item) => (q instanceof PyQueue && queuePutFast(q, item) ? None : queuePutM.fn([q, item], null)));

const queueGetM = method(queueType, 'get', (args, kwargs) => {
  const q0 = args[0];
  if (args.length === 1 && (kwargs === null || kwargs.size === 0) && q0 instanceof PyQueue) {
    const v = queueGetFast(q0);
    if (v !== NO_ITEM) return v;
    return queueGet(q0, true, None);
  }
  const [blk, timeout] = bindArgs('Queue.get', ['block', 'timeout'], 0, [true, None], [], args.slice(1), kwargs);
  const q = selfQueue(args[0]);
  if (blk === true) return queueGet(q, true, timeout);
  return (function* (): NativeGen {
    return yield* queueGet(q, yield* truth(blk), timeout);
  })();
}, 'Remove and return an item from the queue.');
withFast(queueGetM, (q) => {
  if (q instanceof PyQueue) {
    const v = queueGetFast(q);
    if (v !== NO_ITEM) return v;
  }
  return queueGetM.fn([q], null);
});
method(queueType, 'put_nowait', (args, kwargs) => {
  const [item] = bindArgs('Queue.put_nowait', ['item'], 1, [], [], args.slice(1), kwargs);
  return queuePut(selfQueue(args[0]), item, false, None);
}, 'Put an item into the queue without blocking.');
method(queueType, 'get_nowait', (args, kwargs) => {
  bindArgs('Queue.get_nowait', [], 0, [], [], args.slice(1), kwargs);
  return queueGet(selfQueue(args[0]), false, None);
}, 'Remove and return an item from the queue without blocking.');

function defineStorage(t: PyType, kind: Kind): void {
  const q = t.name;
  storageHooks.set(method(t, '_init', (args) => {
    selfQueue(args[0]).items = pyList([]);
    return None;
  }), kind);
  storageHooks.set(method(t, '_qsize', (args) => {
    const s = selfQueue(args[0]);
    return s.items instanceof PyList ? s.items.items.length : ops.len(s.items);
  }), kind);
  storageHooks.set(method(t, '_put', (args) => {
    const s = selfQueue(args[0]);
    const items = listOf(s);
    if (items === null) return ops.callMethod(s.items, 'append', [args[1]]);
    items.push(args[1]);
    if (kind === Kind.Priority) return siftDown(items, 0, items.length - 1);
    return None;
  }), kind);
  storageHooks.set(method(t, '_get', (args) => {
    const s = selfQueue(args[0]);
    const items = listOf(s);
    if (items === null) return ops.callMethod(s.items, kind === Kind.Fifo ? 'popleft' : 'pop', []);
    return takeItem(items, kind);
  }), kind);
  void q;
}
defineStorage(queueType, Kind.Fifo);
defineStorage(lifoQueueType, Kind.Lifo);
defineStorage(priorityQueueType, Kind.Priority);

defineGetSet(queueType, 'maxsize', (o) => selfQueue(o).maxsize, (o, v) => {
  if (v !== undefined) selfQueue(o).maxsize = v;
});
defineGetSet(queueType, 'queue', (o) => selfQueue(o).items, (o, v) => {
  if (v !== undefined) selfQueue(o).items = v;
});
defineGetSet(queueType, 'unfinished_tasks', (o) => selfQueue(o).unfinished, (o, v) => {
  if (v !== undefined) selfQueue(o).unfinished = v;
});
defineGetSet(queueType, 'mutex', (o) => selfQueue(o).mutex);
defineGetSet(queueType, 'not_empty', (o) => selfQueue(o).notEmpty);
defineGetSet(queueType, 'not_full', (o) => selfQueue(o).notFull);
defineGetSet(queueType, 'all_tasks_done', (o) => selfQueue(o).allTasksDone);

// ---------------------------------------------------------------------------------------------------
// SimpleQueue

export const simpleQueueType = newType('SimpleQueue', undefined, '_queue');

export class PySimpleQueue extends PyObject {
  items: PyValue[] = [];
  head = 0;
  waiters = new WaitQueue('SimpleQueue.get()');
}
simpleQueueType.alloc = (t) => new PySimpleQueue(t);

function selfSimple(v: PyValue): PySimpleQueue {
  if (v instanceof PySimpleQueue) return v;
  throw pyErr(TypeError, `descriptor for '_queue.SimpleQueue' objects doesn't apply to a '${typeName(v)}' object`);
}

function sqSize(s: PySimpleQueue): number {
  return s.items.length - s.head;
}

function sqTake(s: PySimpleQueue): PyValue {
  const v = s.items[s.head];
  s.items[s.head++] = None;
  if (s.head === s.items.length) {
    s.items.length = 0;
    s.head = 0;
  } else if (s.head > 1024 && s.head * 2 > s.items.length) {
    s.items = s.items.slice(s.head);
    s.head = 0;
  }
  return v;
}

function sqPut(s: PySimpleQueue, item: PyValue): void {
  s.items.push(item);
  if (s.waiters.length > 0) s.waiters.wakeOne(true);
}

function sqGet(s: PySimpleQueue, blk: boolean, timeoutV: PyValue): NativeResult {
  let timeout: number | null = null;
  if (blk && timeoutV !== None) timeout = timeoutArg(timeoutV);
  if (sqSize(s) > 0) return sqTake(s);
  if (!blk || timeout === 0) throw pyErr(emptyType);
  return (function* (): NativeGen {
    const endtime = timeout === null ? 0 : now() + timeout;
    while (sqSize(s) === 0) {
      let remaining: number | null = null;
      if (timeout !== null) {
        remaining = endtime - now();
        if (remaining <= 0) throw pyErr(emptyType);
      }
      yield block(s.waiters.wait(remaining, false));
    }
    return sqTake(s);
  })();
}

method(simpleQueueType, '__init__', (args, kwargs) => {
  bindArgs('SimpleQueue', [], 0, [], [], args.slice(1), kwargs);
  return None;
});
method(simpleQueueType, 'put', (args, kwargs) => {
  const [item] = bindArgs('put', ['item', 'block', 'timeout'], 1, [true, None], [], args.slice(1), kwargs);
  sqPut(selfSimple(args[0]), item);
  return None;
}, 'Put the item on the queue.');
method(simpleQueueType, 'put_nowait', (args, kwargs) => {
  const [item] = bindArgs('put_nowait', ['item'], 1, [], [], args.slice(1), kwargs);
  sqPut(selfSimple(args[0]), item);
  return None;
}, 'Put an item into the queue without blocking.');
method(simpleQueueType, 'get', (args, kwargs) => {
  const s = selfSimple(args[0]);
  if (args.length === 1 && kwargs === null) return sqGet(s, true, None);
  const [blk, timeout] = bindArgs('get', ['block', 'timeout'], 0, [true, None], [], args.slice(1), kwargs);
  return sqGet(s, (ops.isTrue(blk) as boolean) !== false, timeout);
}, 'Remove and return an item from the queue.');
method(simpleQueueType, 'get_nowait', (args) => sqGet(selfSimple(args[0]), false, None), 'Remove and return an item from the queue without blocking.');
method(simpleQueueType, 'empty', (args) => sqSize(selfSimple(args[0])) === 0, 'Return True if the queue is empty, False otherwise (not reliable!).');
method(simpleQueueType, 'qsize', (args) => sqSize(selfSimple(args[0])), 'Return the approximate size of the queue (not reliable!).');

// ---------------------------------------------------------------------------------------------------

export default defineModule({
  name: 'queue',
  doc: 'A multi-producer, multi-consumer queue.',
  init(_mod, rt) {
    stateFor(rt);
    return {
      Empty: emptyType,
      Full: fullType,
      Queue: queueType,
      LifoQueue: lifoQueueType,
      PriorityQueue: priorityQueueType,
      SimpleQueue: simpleQueueType,
      __all__: pyList(['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']),
    };
  },
});

export { callGen };
