// The scheduler contract of thread.ts/interpreter.ts: runSlice statuses, wake / wakeWithError,
// asyncInterrupt at an eval-breaker point, results of newThreadForCall, JS errors as SystemError.

import { test, expect } from 'vitest';
import { nativeFunction } from '../../src/objects/native.js';
import { None } from '../../src/objects/builtin-types.js';
import { pyErr, KeyboardInterrupt, ValueError, SystemError } from '../../src/objects/exceptions.js';
import { PyList } from '../../src/objects/list.js';
import { vm, threadFor, newGlobals } from './harness.js';

const blockHere = nativeFunction('block_here', function* () {
  return yield { op: 'block', waitable: 'w' };
});

test('wake delivers the value of the pending BlockRequest', () => {
  const g = newGlobals();
  g.setStr('block_here', blockHere);
  const t = threadFor('r = block_here() + 1\n', g);
  expect(vm.runSlice(t, 1000)).toBe('blocked');
  expect(t.blockedOn).toBe('w');
  vm.wake(t, 41);
  expect(vm.runSlice(t, 1000)).toBe('finished');
  expect(g.getStr('r')).toBe(42);
});

test('wakeWithError raises at the blocking call, catchable in Python', () => {
  const g = newGlobals();
  g.setStr('block_here', blockHere);
  const t = threadFor('try:\n    block_here()\nexcept ValueError as e:\n    r = e.args[0]\n', g);
  expect(vm.runSlice(t, 1000)).toBe('blocked');
  vm.wakeWithError(t, pyErr(ValueError, 'timeout'));
  expect(vm.runSlice(t, 1000)).toBe('finished');
  expect(t.error).toBe(null);
  expect(g.getStr('r')).toBe('timeout');
});

test('asyncInterrupt raises KeyboardInterrupt at the next eval-breaker point', () => {
  const g = newGlobals();
  const t = threadFor('n = 0\ntry:\n    while True:\n        n += 1\nexcept KeyboardInterrupt:\n    r = "interrupted"\n', g);
  expect(vm.runSlice(t, 50)).toBe('preempted');
  vm.asyncInterrupt(t, pyErr(KeyboardInterrupt));
  expect(vm.runSlice(t, 50)).toBe('finished');
  expect(t.error).toBe(null);
  expect(g.getStr('r')).toBe('interrupted');
});

test('an uncaught exception finishes the thread with t.error and a traceback', () => {
  const t = threadFor('def f():\n    raise ValueError("x")\nf()\n');
  expect(vm.runSlice(t, 1000)).toBe('finished');
  expect(t.error?.type).toBe(ValueError);
  expect(t.error?.traceback.map((e) => [e.name, e.lineno])).toEqual([['<module>', 3], ['f', 2]]);
});

test('newThreadForCall runs a Python function with arguments; t.result is its value', () => {
  const g = newGlobals();
  const t0 = threadFor('def add(a, b=10):\n    return a + b\n', g);
  vm.runSlice(t0, 1000);
  const t = vm.newThreadForCall(g.getStr('add')!, [1], new Map([['b', 2]]));
  expect(vm.runSlice(t, 1000)).toBe('finished');
  expect(t.result).toBe(3);
});

test('a JS error escaping a native becomes a catchable SystemError', () => {
  const g = newGlobals();
  g.setStr('buggy', nativeFunction('buggy', () => (null as unknown as { x: number }).x));
  g.setStr('out', new PyList([]));
  const t = threadFor('try:\n    buggy()\nexcept SystemError as e:\n    out.append(1)\nbuggy()\n', g);
  vm.runSlice(t, 1000);
  expect((g.getStr('out') as PyList).items).toEqual([1]);
  expect(t.error?.type).toBe(SystemError);
  expect(String(t.error?.args[0])).toMatch(/internal error: TypeError/);
});

test('deep recursion is a RecursionError, not a JS stack overflow', () => {
  const g = newGlobals();
  const t = threadFor('d = 0\ndef f(n):\n    global d\n    d = n\n    f(n + 1)\ntry:\n    f(1)\nexcept RecursionError as e:\n    msg = e.args[0]\n', g);
  vm.runSlice(t, 1 << 30);
  expect(t.error).toBe(null);
  expect(g.getStr('d')).toBe(999); // as CPython 3.11: module frame + 999 frames
  expect(g.getStr('msg')).toBe('maximum recursion depth exceeded');
});

export { None };
