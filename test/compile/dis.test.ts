// The disassembler's output for a few functions, kept as reviewed snapshots in fixtures/dis/ (compare
// them by eye with `python3 -m dis` on the same source: same opcode names, pyts offsets are instruction
// indices). A change in code generation shows up here as a readable diff.
import { describe, expect, it } from 'vitest';
import { compileSource, disassemble } from '../../src/compile/index.js';

const CASES: Record<string, string> = {
  fib: 'def fib(n):\n    if n < 2:\n        return 1\n    return fib(n - 1) + fib(n - 2)\n',
  counter: 'import threading\nc = 0\ndef worker(n):\n    global c\n    for _ in range(n):\n        c += 1\n',
  try_finally: [
    'def f(xs):',
    '    for x in xs:',
    '        try:',
    '            if x:',
    '                break',
    '            continue',
    '        except ValueError as e:',
    '            return e',
    '        finally:',
    '            print(x)',
    '',
  ].join('\n'),
  with_class: [
    'class Box(Base):',
    '    """A box."""',
    '    def get(self, lock):',
    '        with lock:',
    '            return super().get()',
    '',
  ].join('\n'),
  closures_generators: [
    'def outer(n):',
    '    k = 2',
    '    def inner(*args, key=None, **kw):',
    '        nonlocal k',
    '        k += 1',
    '        yield from (a * k for a in args if a)',
    '        return {**kw, "k": k}',
    '    return inner',
    '',
  ].join('\n'),
};

describe('dis', () => {
  for (const [name, src] of Object.entries(CASES)) {
    it(name, async () => {
      const text = `# source\n${src}\n# pyts --dis\n${disassemble(compileSource(src, `${name}.py`, 'exec'))}`;
      await expect(text).toMatchFileSnapshot(`./fixtures/dis/${name}.txt`);
    });
  }
});
