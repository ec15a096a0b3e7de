// DESIGN.md decision 2, proven: a green thread inside a Python callback called from native code
// (list.index -> __eq__, sorted -> key=, class call -> __init__, getattr -> __getattribute__,
// next()/list() -> a generator) can block or be preempted there while another thread runs, and
// resumes correctly. Two PyThreads are interleaved by calling runSlice alternately.

import { describe, test, expect } from 'vitest';
import { nativeFunction } from '../../src/objects/native.js';
import { None } from '../../src/objects/builtin-types.js';
import { PyList } from '../../src/objects/list.js';
import type { PyDict } from '../../src/objects/dict.js';
import { vm, threadFor, newGlobals, formatError, out } from './harness.js';

/** switch_here(): blocks the calling thread (the test wakes it), i.e. a forced thread switch. */
const switchHere = nativeFunction('switch_here', function* () {
  return yield { op: 'block', waitable: 'switch_here' };
});

function globalsWithHook(): PyDict {
  const g = newGlobals();
  g.setStr('switch_here', switchHere);
  g.setStr('log', new PyList([]));
  return g;
}

function logOf(g: PyDict): unknown[] {
  return (g.getStr('log') as PyList).items;
}

function finish(t: vm.PyThread, budget = 1 << 30): void {
  for (let i = 0; i < 100000 && !t.finished; i++) {
    const st = vm.runSlice(t, budget);
    if (st === 'blocked') vm.wake(t, None);
  }
  if (t.error) throw new Error(formatError(t.error));
}

/**
 * Run `src` on thread A until it blocks in switch_here (inside a callback), run thread B to
 * completion meanwhile, then resume A. Returns the shared log.
 */
function interleaveAtBlock(src: string): unknown[] {
  const g = globalsWithHook();
  const a = threadFor(src, g);
  const b = threadFor('log.append("B")\n', g);
  let st = vm.runSlice(a, 1 << 30);
  expect(st).toBe('blocked');
  expect(a.blockedOn).toBe('switch_here');
  finish(b);
  vm.wake(a, None);
  finish(a);
  return logOf(g);
}

describe('a thread blocks inside a callback from native code and resumes', () => {
  test('__eq__ called from list.index', () => {
    const log = interleaveAtBlock(`
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        switch_here()
        log.append(("eq", self.v))
        return self.v == other.v
log.append([K(1), K(2), K(3)].index(K(3)))
`);
    expect(log[0]).toBe('B');
    expect(log[log.length - 1]).toBe(2);
  });

  test('key= function called from sorted', () => {
    const log = interleaveAtBlock(`
def key(v):
    switch_here()
    return -v
log.append(sorted([3, 1, 2], key=key))
`);
    expect(log[0]).toBe('B');
    expect((log[1] as PyList).items).toEqual([3, 2, 1]);
  });

  test('__init__ called from a class call', () => {
    const log = interleaveAtBlock(`
class P:
    def __init__(self, x):
        switch_here()
        self.x = x * 10
log.append(P(4).x)
`);
    expect(log).toEqual(['B', 40]);
  });

  test('__getattribute__ override', () => {
    const log = interleaveAtBlock(`
class G:
    def __getattribute__(self, name):
        switch_here()
        return "got_" + name
log.append(G().hello)
`);
    expect(log).toEqual(["B", "got_hello"]);
  });

  test('generator resumed by next() and list()', () => {
    const log = interleaveAtBlock(`
def gen():
    switch_here()
    yield 1
    switch_here()
    yield 2
g = gen()
log.append(next(g))
log.append(list(g))
`);
    expect(log[0]).toBe('B');
    expect(log[1]).toBe(1);
    expect((log[2] as PyList).items).toEqual([2]);
  });
});

describe('preemption inside callbacks with two threads interleaved', () => {
  test('two threads sorting with a slow Python key function alternate and both finish correctly', () => {
    const g = globalsWithHook();
    const src = (name: string) => `
def key(v):
    i = 0
    while i < 20:
        i += 1
    log.append("${name}")
    return -v
res_${name} = sorted([5, 3, 9, 1, 7], key=key)
`;
    const a = threadFor(src('a'), g);
    const b = threadFor(src('b'), g);
    for (let i = 0; i < 10000 && !(a.finished && b.finished); i++) {
      if (!a.finished) vm.runSlice(a, 7);
      if (!b.finished) vm.runSlice(b, 7);
    }
    expect(a.error).toBe(null);
    expect(b.error).toBe(null);
    expect((g.getStr('res_a') as PyList).items).toEqual([9, 7, 5, 3, 1]);
    expect((g.getStr('res_b') as PyList).items).toEqual([9, 7, 5, 3, 1]);
    const log = logOf(g).join('');
    expect(log).toMatch(/ab|ba/); // interleaved, not "aaaaabbbbb"
    expect(log).not.toBe('aaaaabbbbb');
  });

  test('x += 1 is not torn at eval-breaker switches, but is with switch-at-any-instruction', () => {
    const run = (anyInstr: boolean): number => {
      const g = globalsWithHook();
      g.setStr('n', 0);
      const src = `
def work():
    global n
    i = 0
    while i < 500:
        n += 1
        i += 1
work()
`;
      const a = threadFor(src, g);
      const b = threadFor(src, g);
      vm.vmSettings.switchAtAnyInstruction = anyInstr;
      try {
        for (let i = 0; i < 100000 && !(a.finished && b.finished); i++) {
          if (!a.finished) vm.runSlice(a, 3);
          if (!b.finished) vm.runSlice(b, 3);
        }
      } finally {
        vm.vmSettings.switchAtAnyInstruction = false;
      }
      return g.getStr('n') as number;
    };
    expect(run(false)).toBe(1000);
    expect(run(true)).toBeLessThan(1000);
  });
});

export { out };
