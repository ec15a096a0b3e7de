import { test, expect } from 'vitest';
import { run } from '/work/main/test/vm/harness.js';
test('hello', () => {
  expect(run('print("hello", 1+2)\n')).toBe('hello 3\n');
});
