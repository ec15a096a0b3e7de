#!/usr/bin/env node
// Benchmarks: the same Python programs under CPython (`python3`) and pyts (`node bin/pyts.js`), in one
// sitting, each several times; prints a table of medians, the pyts/CPython ratio and the target.
//
//   npm run build && npm run bench                  all programs, 3 runs each
//   node bench/run.js --filter fib --runs 5         only programs whose name contains "fib"
//   node bench/run.js --json out.json               also write the raw numbers
//
// Every program prints a checksum on stdout; the runner compares pyts's stdout with CPython's and flags a
// MISMATCH (a benchmark that computes something else measures nothing). Times are whole-process (startup
// included, which is the point for hello.py): wall time, and CPU time (user+sys, from /usr/bin/time),
// which the targets are judged on because it barely moves with the load of a shared machine. Runs of
// the two interpreters alternate, so a load spike hits both. A program may report its own figure on
// stderr as `#metric NAME VALUE` (e.g. lock pairs per second, timed inside the program); the table
// shows it. Peak memory (max RSS) comes from /usr/bin/time when it exists.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const PROGRAMS = join(ROOT, 'bench', 'programs');
const PYTS = join(ROOT, 'bin', 'pyts.js');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
// coreutils timeout kills the program itself (killing /usr/bin/time would orphan it).
const TIMEOUT = existsSync('/usr/bin/timeout') ? '/usr/bin/timeout' : null;

// Issue targets: ratio = pyts median / CPython median unless stated otherwise.
const TARGETS = {
  fib: { ratio: 2.0 },
  methods: { ratio: 2.0 },
  hello: { pytsMs: 150 },
  lock_uncontended: { metricAtLeastCPython: 'lock_pairs_per_s' },
  lock_contended: { ratio: 2.0 },
  queue_throughput: { ratio: 2.0 },
  thread_start_join: { ratio: 2.0 },
  event_10k: { ratio: 2.0 },
  event_100k: { ratio: 2.0 },
};
const DEFAULT_TARGET = { ratio: 3.0 };
// Programs that take minutes under CPython (100k OS threads) run once unless --runs says otherwise.
const SLOW = new Set(['event_100k']);

function parseArgs(argv) {
  const o = { filter: null, runs: 3, json: null, timeoutS: 300 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--filter') o.filter = argv[++i];
    else if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--json') o.json = argv[++i];
    else if (a === '--timeout') o.timeoutS = Number(argv[++i]);
    else if (a === '-h' || a === '--help') {
      console.log('usage: node bench/run.js [--filter NAME] [--runs N] [--json FILE] [--timeout SECONDS]');
      process.exit(0);
    } else {
      console.error(`bench: unknown option ${a}`);
      process.exit(2);
    }
  }
  o.runsGiven = argv.includes('--runs');
  return o;
}

/** One run: wall ms, CPU ms, stdout, metrics from stderr, max RSS (KB) when /usr/bin/time is available. */
function runOnce(cmd, args, timeoutS) {
  const tmp = mkdtempSync(join(tmpdir(), 'pyts-bench-'));
  const rssFile = join(tmp, 'rss');
  const inner = TIMEOUT ? [TIMEOUT, ['-s', 'KILL', String(timeoutS), cmd, ...args]] : [cmd, args];
  const full = TIME ? [TIME, ['-f', '%M %U %S', '-o', rssFile, inner[0], ...inner[1]]] : inner;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], {
    cwd: PROGRAMS,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    timeout: (timeoutS + 5) * 1000,
    killSignal: 'SIGKILL',
    env: { ...process.env, PYTHONHASHSEED: '0' },
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const metrics = {};
  for (const m of (r.stderr ?? '').matchAll(/^#metric (\S+) (\S+)/gm)) metrics[m[1]] = Number(m[2]);
  let rssKB = null;
  let cpuMs = NaN;
  if (TIME && existsSync(rssFile)) {
    const [rss, user, sys] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    if (!Number.isNaN(rss)) rssKB = rss;
    cpuMs = (user + sys) * 1000;
  }
  const killed = r.error?.code === 'ETIMEDOUT' || (TIMEOUT && r.status === 137) || r.signal === 'SIGKILL';
  const failed = killed ? `timed out after ${timeoutS} s` : r.error ? String(r.error.message) : r.status !== 0 ? `exit ${r.status}: ${lastLine(r.stderr)}` : null;
  return { ms, cpuMs, stdout: r.stdout ?? '', metrics, rssKB, failed };
}

function lastLine(s) {
  const lines = (s ?? '').split('\n').filter((l) => l.trim() && !l.startsWith('#metric'));
  return lines.length ? lines[lines.length - 1].slice(0, 120) : '';
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

/** Runs each command `runs` times, alternating between them, and summarises each one's results. */
function measure(commands, runs) {
  const results = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    commands.forEach(([cmd, args, timeoutS], j) => {
      if (results[j].some((r) => r.failed)) return;
      results[j].push(runOnce(cmd, args, timeoutS));
    });
  }
  return results.map(summarise);
}

function summarise(results) {
  const failed = results.find((r) => r.failed)?.failed ?? null;
  const metricNames = Object.keys(results[0]?.metrics ?? {});
  const metrics = {};
  for (const k of metricNames) metrics[k] = median(results.map((r) => r.metrics[k]).filter((v) => v !== undefined));
  // A killed run's figure is the wrapper's, not the program's.
  const rss = results.filter((r) => !r.failed).map((r) => r.rssKB).filter((v) => v !== null);
  return {
    ms: median(results.map((r) => r.ms)),
    cpuMs: median(results.map((r) => r.cpuMs)),
    stdout: results[0]?.stdout ?? '',
    metrics,
    rssKB: rss.length ? Math.max(...rss) : null,
    failed,
  };
}

function verdict(name, py, ts) {
  const t = TARGETS[name] ?? DEFAULT_TARGET;
  if (ts.failed || py.failed) return { text: 'n/a', ok: false };
  if (t.pytsMs !== undefined) return { text: `pyts <= ${t.pytsMs} ms`, ok: ts.ms <= t.pytsMs };
  const ratio = cpuRatio(py, ts) ?? ts.ms / py.ms;
  if (t.metricAtLeastCPython) {
    const m = t.metricAtLeastCPython;
    return { text: `${m} >= CPython`, ok: (ts.metrics[m] ?? 0) >= (py.metrics[m] ?? Infinity) };
  }
  return { text: `CPU ratio <= ${t.ratio}`, ok: ratio <= t.ratio };
}

/** pyts CPU time / CPython CPU time, or null without /usr/bin/time. */
function cpuRatio(py, ts) {
  return Number.isFinite(py.cpuMs) && Number.isFinite(ts.cpuMs) ? ts.cpuMs / py.cpuMs : null;
}

function fmtMs(v) {
  return Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '-';
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) {
    console.error('bench: dist/ is missing; run `npm run build` first');
    process.exit(2);
  }
  const names = readdirSync(PROGRAMS)
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .filter((n) => !opts.filter || n.includes(opts.filter));
  const order = ['fib', 'loop', 'nbody', 'strings', 'dicts', 'methods', 'sorting', 'generators', 'hello',
    'lock_uncontended', 'lock_contended', 'queue_throughput', 'thread_start_join', 'event_10k', 'event_100k'];
  names.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));

  const rows = [];
  for (const name of names) {
    const runs = SLOW.has(name) && !opts.runsGiven ? 1 : opts.runs;
    const file = `${name}.py`;
    process.stderr.write(`bench: ${name} (${runs} run${runs > 1 ? 's' : ''} each) ...\n`);
    // CPython may not manage 100k OS threads at all on a given machine: give it at most a minute there.
    const pyTimeout = SLOW.has(name) ? Math.min(opts.timeoutS, 60) : opts.timeoutS;
    const [py, ts] = measure([['python3', [file], pyTimeout], [process.execPath, [PYTS, file], opts.timeoutS]], runs);
    const mismatch = !py.failed && !ts.failed && py.stdout !== ts.stdout;
    const v = verdict(name, py, ts);
    rows.push({ name, py, ts, mismatch, verdict: v });
  }

  const header = ['program', 'python3 ms', 'pyts ms', 'ratio', 'python3 CPU ms', 'pyts CPU ms', 'CPU ratio', 'py maxRSS MB', 'pyts maxRSS MB', 'metric (py / pyts)', 'target', 'ok', 'notes'];
  const table = [header];
  for (const r of rows) {
    const ratio = r.py.failed || r.ts.failed ? '-' : (r.ts.ms / r.py.ms).toFixed(2);
    const metric = Object.keys({ ...r.py.metrics, ...r.ts.metrics })
      .map((k) => `${k} ${fmtNum(r.py.metrics[k])} / ${fmtNum(r.ts.metrics[k])}`)
      .join('; ');
    const notes = [r.mismatch ? 'MISMATCH: outputs differ' : '', r.py.failed ? `python3 failed: ${r.py.failed}` : '', r.ts.failed ? `pyts failed: ${r.ts.failed}` : '']
      .filter(Boolean)
      .join('; ');
    table.push([
      r.name,
      fmtMs(r.py.ms),
      r.ts.failed ? '-' : fmtMs(r.ts.ms),
      ratio,
      fmtMs(r.py.cpuMs),
      r.ts.failed ? '-' : fmtMs(r.ts.cpuMs),
      r.py.failed || r.ts.failed || cpuRatio(r.py, r.ts) === null ? '-' : cpuRatio(r.py, r.ts).toFixed(2),
      r.py.rssKB === null ? '-' : (r.py.rssKB / 1024).toFixed(0),
      r.ts.rssKB === null ? '-' : (r.ts.rssKB / 1024).toFixed(0),
      metric || '',
      r.verdict.text,
      r.verdict.ok && !r.mismatch ? 'yes' : 'NO',
      notes,
    ]);
  }
  const widths = header.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
  const line = (row) => '| ' + row.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  console.log(line(table[0]));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const row of table.slice(1)) console.log(line(row));
  if (opts.json) writeFileSync(opts.json, JSON.stringify(rows, null, 1));
  if (rows.some((r) => r.mismatch)) process.exitCode = 1;
}

function fmtNum(v) {
  if (v === undefined || !Number.isFinite(v)) return '-';
  return v >= 1e6 ? (v / 1e6).toFixed(2) + 'M' : v >= 1e3 ? (v / 1e3).toFixed(0) + 'k' : String(v);
}

main();
