// The embedding API as a web page uses it, run under Node (no browser needed): ThreadEvents and the
// timeline built from them, Chrome trace JSON (`pyts --trace`), stop() / interrupt() / timeLimit,
// an async stdin provider, virtual files, the BrowserHost.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  BrowserHost, Interpreter, MemoryHost, STOPPED_EXIT_CODE, TimelineRecorder, toChromeTrace, type ThreadEvent,
} from '../../src/index.js';
import { parseRunArgs } from '../../src/cli/run.js';
import { recordTrace } from '../../src/cli/trace.js';
import { Runtime } from '../../src/runtime/runtime.js';

const race = readFileSync('examples/race.py', 'utf8');

async function runRace(seed: number) {
  let out = '';
  const events: ThreadEvent[] = [];
  const py = new Interpreter({
    stdout: (s) => (out += s),
    argv: ['race.py', '2', '10'],
    virtualTime: true,
    seed,
    onThreadEvent: (e) => events.push(e),
  });
  const r = await py.run(race, { filename: 'race.py' });
  return { r, out, events };
}

describe('ThreadEvents', () => {
  it('describe race.py: threads, GIL hand-offs at writes, source lines', async () => {
    const { r, out, events } = await runRace(1);
    expect(r.exitCode).toBe(0);
    expect(out).toContain('All thread end!');
    const started = events.filter((e) => e.type === 'thread-start').map((e) => e.thread.name);
    expect(started).toEqual(['MainThread', 'Thread-1 (incr)', 'Thread-2 (incr)']);
    expect(events.filter((e) => e.type === 'thread-end').length).toBe(3);
    const io = events.filter((e) => e.type === 'gil-release' && e.kind === 'io');
    expect(io.length).toBeGreaterThan(20);
    expect(io.every((e) => e.location?.line?.startsWith('print('))).toBe(true);
    const joins = events.filter((e) => e.kind === 'join');
    expect(joins[0].waitingOn).toMatch(/^join of thread Thread-\d \(incr\)$/);
    expect(joins[0].location?.line).toBe('t.join()');
    // the trace clock never goes backwards
    for (let i = 1; i < events.length; i++) expect(events[i].ts).toBeGreaterThanOrEqual(events[i - 1].ts);
  });

  it('are the same for the same seed in virtual time', async () => {
    const a = await runRace(5);
    const b = await runRace(5);
    expect(JSON.stringify(b.events)).toBe(JSON.stringify(a.events));
  });

  it('classify sleep, lock, Event and queue waits', async () => {
    const src = [
      'import threading, time, queue',
      'l = threading.Lock(); ev = threading.Event(); q = queue.Queue()',
      'def w():',
      '    with l: pass',
      '    ev.wait()',
      '    q.put(1)',
      't = threading.Thread(target=w, name="worker")',
      'l.acquire(); t.start(); time.sleep(0.1); l.release()',
      'time.sleep(0.1); ev.set(); print(q.get()); t.join()',
    ].join('\n');
    const kinds = new Set<string>();
    const py = new Interpreter({ virtualTime: true, stdout: () => {}, onThreadEvent: (e) => e.kind && kinds.add(e.kind) });
    expect((await py.run(src)).exitCode).toBe(0);
    expect([...kinds].sort()).toEqual(['event', 'finished', 'lock', 'other', 'queue', 'sleep']);
  });
});

describe('timeline and Chrome trace', () => {
  it('lanes never overlap; thread names are metadata', async () => {
    const { events } = await runRace(2);
    const rec = new TimelineRecorder();
    for (const e of events) rec.handle(e);
    rec.finish();
    expect(rec.lanes.map((l) => l.name)).toEqual(['MainThread', 'Thread-1 (incr)', 'Thread-2 (incr)']);
    for (const lane of rec.lanes) {
      for (let i = 1; i < lane.segments.length; i++) expect(lane.segments[i].start).toBe(lane.segments[i - 1].end);
    }
    const trace = toChromeTrace(rec);
    const names = trace.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args!.name);
    expect(names).toEqual(['MainThread (ident 1)', 'Thread-1 (incr) (ident 2)', 'Thread-2 (incr) (ident 3)']);
    const byTid = new Map<number, { ts: number; dur: number }[]>();
    for (const e of trace.traceEvents.filter((x) => x.ph === 'X')) {
      if (!byTid.has(e.tid)) byTid.set(e.tid, []);
      byTid.get(e.tid)!.push({ ts: e.ts!, dur: e.dur! });
    }
    expect(byTid.size).toBe(3);
    for (const slices of byTid.values()) {
      slices.sort((a, b) => a.ts - b.ts);
      for (let i = 1; i < slices.length; i++) expect(slices[i].ts).toBeGreaterThanOrEqual(slices[i - 1].ts + slices[i - 1].dur);
    }
  });

  it('pyts --trace FILE is parsed and recorded', async () => {
    const cmd = parseRunArgs(['--trace', 'out.json', '--virtual-time', 'race.py', '2', '10']);
    expect(cmd).toMatchObject({ mode: 'run', target: 'race.py', trace: 'out.json', args: ['2', '10'] });
    expect(parseRunArgs(['--trace'])).toMatchObject({ mode: 'error' });
    const host = new MemoryHost({ files: { '/race.py': race }, argv: ['/race.py', '2', '3'] });
    const rt = new Runtime({ host, virtualTime: true });
    const file = `/tmp/pyts-trace-test-${process.pid}.json`;
    const rec = recordTrace(rt, file);
    await rt.runMain(race, '/race.py', true, '/');
    expect(rec.write()).toBeNull();
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(json.traceEvents.some((e: { ph: string; args?: { name?: string } }) => e.ph === 'M' && e.args?.name === 'Thread-2 (incr) (ident 3)')).toBe(true);
  });
});

describe('ending a run', () => {
  it('interrupt() raises KeyboardInterrupt in `while True: pass`', async () => {
    let err = '';
    const py = new Interpreter({ stderr: (s) => (err += s) });
    const p = py.run('while True:\n    pass\n');
    setTimeout(() => py.interrupt(), 50);
    const r = await p;
    expect(r.exitCode).toBe(130);
    expect(err).toContain('KeyboardInterrupt');
  });

  it('stop() ends a program that catches KeyboardInterrupt, and nothing runs afterwards', async () => {
    let out = '';
    const py = new Interpreter({ stdout: (s) => (out += s) });
    const p = py.run('while True:\n    try:\n        while True: pass\n    except KeyboardInterrupt:\n        print("caught")\n');
    setTimeout(() => py.interrupt(), 30);
    setTimeout(() => py.stop(), 150);
    const r = await p;
    expect(r.exitCode).toBe(STOPPED_EXIT_CODE);
    expect(out).toBe('caught\n');
    expect(py.running).toBe(false);
    await new Promise((ok) => setTimeout(ok, 100));
    expect(out).toBe('caught\n');
  });

  it('after stop() the abandoned run executes nothing more', async () => {
    let events = 0;
    const py = new Interpreter({ onThreadEvent: () => events++, switchInterval: 100 });
    const src = 'import threading\ndef spin():\n    while True: pass\nthreading.Thread(target=spin, daemon=True).start()\nspin()\n';
    const p = py.run(src);
    await new Promise((ok) => setTimeout(ok, 100));
    py.stop();
    expect((await p).exitCode).toBe(STOPPED_EXIT_CODE);
    const atStop = events;
    expect(atStop).toBeGreaterThan(10); // the two threads were switching
    await new Promise((ok) => setTimeout(ok, 100));
    expect(events - atStop).toBeLessThanOrEqual(2); // at most the slice in progress
  });

  it('timeLimit stops a runaway program', async () => {
    let err = '';
    const py = new Interpreter({ timeLimit: 100, stderr: (s) => (err += s) });
    const r = await py.run('while True: pass\n');
    expect(r).toEqual({ exitCode: STOPPED_EXIT_CODE, exception: 'pyts: time limit exceeded\n' });
    expect(err).toBe('pyts: time limit exceeded\n');
  });
});

describe('BrowserHost', () => {
  it('serves virtual files to import and open, argv, and an async stdin', async () => {
    let out = '';
    const host = new BrowserHost({
      files: { 'helper.py': 'GREETING = "hi"\n', 'data.txt': 'line one\n' },
      cwd: '/home/user',
      argv: ['main.py', 'a', 'b'],
      onStdout: (s) => (out += s),
      stdin: () => new Promise((ok) => setTimeout(() => ok('typed\n'), 20)),
    });
    const py = new Interpreter({ host });
    const src = 'import sys, helper\nprint(helper.GREETING, sys.argv[1:])\nprint(open("data.txt").read().strip())\nprint("got", input("? "))\n';
    const r = await py.run(src, { filename: 'main.py' });
    expect(r.exitCode).toBe(0);
    expect(out).toBe("hi ['a', 'b']\nline one\n? got typed\n");
  });
});
