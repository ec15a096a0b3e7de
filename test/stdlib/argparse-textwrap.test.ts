// stdlib/lib/textwrap.ts (argparse's help wrapping) against CPython 3.11's textwrap.wrap / fill,
// expectations from gen-textwrap-cases.py.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wrap, fill } from '../../stdlib/lib/textwrap.js';

const cases = JSON.parse(readFileSync(join(__dirname, 'textwrap-cases.json'), 'utf8')) as
  { text: string; width: number; wrap: string[]; fill: string }[];

test.each(cases)('wrap($text, $width)', (c) => {
  expect(wrap(c.text, c.width)).toEqual(c.wrap);
  expect(fill(c.text, c.width, '  ', '    ')).toBe(c.fill);
});
