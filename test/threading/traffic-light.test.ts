// The seed's verbatim traffic-light program (examples/event_traffic_light.py) never ends. CPython's log
// over its first 31.5 s is recorded by gen-traffic-light.py (timestamps removed); pyts runs the same file
// under virtual time, stopped by an instruction limit well past 31.5 virtual seconds, and its log lines
// (thread names such as 红绿灯 and Thread-7 (car), file:line, messages) must start with CPython's.

import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Interpreter } from '../../src/index.js';

const root = join(__dirname, '..', '..');
const expected: { lines: string[] } = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'traffic-light.expected.json'), 'utf8'),
);

test('event_traffic_light.py under virtual time logs what CPython logs over the same 31.5 s', async () => {
  const source = readFileSync(join(root, 'examples', 'event_traffic_light.py'), 'utf8');
  let stderr = '';
  const py = new Interpreter({ stderr: (s) => (stderr += s), virtualTime: true, instructionLimit: 2_000_000 });
  await py.run(source, { filename: 'event_traffic_light.py' });
  const logged: string[] = [];
  let lastStamp = '';
  for (const line of stderr.split('\n')) {
    const m = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (.*)$/.exec(line);
    if (!m) continue;
    expect(m[1] >= lastStamp).toBe(true); // datefmt timestamps never go backwards
    lastStamp = m[1];
    logged.push(m[2]);
  }
  expect(logged.length).toBeGreaterThan(expected.lines.length);
  expect(logged.slice(0, expected.lines.length)).toEqual(expected.lines);
}, 60_000);
