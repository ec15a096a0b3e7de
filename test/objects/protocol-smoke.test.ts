import { describe, it, expect } from 'vitest';
import * as ops from '../../src/objects/ops.js';

describe('load', () => {
  it('loads', () => {
    expect(ops.repr(1)).toBe('1');
  });
});
