import { test, expect } from 'vitest';
import { run } from './harness.js';
test('hello', () => {
  expect(run('print("hello", 1+2)\n')).toBe('hello 3\n');
});
