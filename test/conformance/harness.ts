// Runs one conformance case in-process through the embedding API (src/index.ts) and compares it with
// the expectation CPython produced (`NNN_name.expected.json`, written by scripts/regen-conformance.py).
//
// A case runs as CPython ran it: cwd = the case's folder, sys.argv = [NNN_name.py, ...sidecar argv],
// the same small environment, stdout as a pipe (not a tty). Every .py file of the case's area folder
// (the case and its helper packages) is given to the interpreter as an in-memory file, so imports
// resolve exactly as on disk. Threaded cases run under virtual time with a fixed seed: only outputs
// that CPython prints identically on every run are compared, so any valid interleaving must match.
// Paths: the case folder's absolute path is stripped from both outputs (regen-conformance.py does the
// same to CPython's), so tracebacks compare equal in any checkout.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Interpreter } from '../../src/index.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const CASES_DIR = path.join(HERE, 'cases');
export const STATUS_FILE = path.join(HERE, '..', 'STATUS.md');
const CASE_RE = /^\d{3}_[A-Za-z0-9_]+\.py$/;

/** Per-case wall-clock limit; a case that runs longer counts as failing (the interpreter is interrupted). */
export const CASE_TIMEOUT_MS = 30_000;

export interface Expected {
  stdout: string;
  exitCode: number;
  stderrLastLine: string;
}

export interface Case {
  /** `area/NNN_name`, the id used in test names and in test/STATUS.md. */
  id: string;
  area: string;
  file: string;
  argv: string[];
  expected: Expected;
}

export interface Outcome {
  stdout: string;
  stderr: string;
  exitCode: number | null;
  stderrLastLine: string;
  timedOut: boolean;
  /** A JS exception escaping the interpreter (a pyts bug, never a Python error). */
  crash?: string;
}

export function listCases(): Case[] {
  const out: Case[] = [];
  for (const area of fs.readdirSync(CASES_DIR).sort()) {
    const dir = path.join(CASES_DIR, area);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (!CASE_RE.test(f)) continue;
      const base = path.join(dir, f.slice(0, -3));
      const expFile = base + '.expected.json';
      if (!fs.existsSync(expFile)) throw new Error(`${area}/${f}: no expectation; run npm run regen:conformance`);
      const argvFile = base + '.argv.json';
      out.push({
        id: `${area}/${f.slice(0, -3)}`,
        area,
        file: path.join(dir, f),
        argv: fs.existsSync(argvFile) ? JSON.parse(fs.readFileSync(argvFile, 'utf8')) : [],
        expected: JSON.parse(fs.readFileSync(expFile, 'utf8')),
      });
    }
  }
  return out;
}

const areaFiles = new Map<string, Record<string, string>>();

/** Every .py file under the area folder, keyed by absolute path (cases and helper packages). */
function filesOfArea(area: string): Record<string, string> {
  let files = areaFiles.get(area);
  if (!files) {
    files = {};
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.py')) files![p] = fs.readFileSync(p, 'utf8');
      }
    };
    walk(path.join(CASES_DIR, area));
    areaFiles.set(area, files);
  }
  return files;
}

/** The environment scripts/regen-conformance.py gives CPython. */
const CASE_ENV: Record<string, string> = {
  PATH: '/usr/bin:/bin',
  PYTHONHASHSEED: '0',
  PYTHONNOUSERSITE: '1',
  PYTHONIOENCODING: 'utf-8',
  PYTHONUTF8: '1',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
};

export function lastNonEmptyLine(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

/** Runs one case; `Interp` is the embedding API's Interpreter (the browser bundle's, for its test). */
export async function runCase(c: Case, timeoutMs = CASE_TIMEOUT_MS, Interp: typeof Interpreter = Interpreter): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const py = new Interp({
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    files: filesOfArea(c.area),
    cwd: path.dirname(c.file),
    env: CASE_ENV,
    isatty: false,
    virtualTime: true,
    seed: 1,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const caseDir = path.dirname(c.file) + path.sep;
  const outcome = (exitCode: number | null, extra: Partial<Outcome> = {}): Outcome => {
    const out = stdout.split(caseDir).join('');
    const err = stderr.split(caseDir).join('');
    return { stdout: out, stderr: err, exitCode, stderrLastLine: lastNonEmptyLine(err), timedOut: false, ...extra };
  };
  try {
    const r = await Promise.race([py.runFile(path.basename(c.file), c.argv), timeout]);
    if (r === 'timeout') {
      py.interrupt();
      return outcome(null, { timedOut: true });
    }
    return outcome(r.exitCode);
  } catch (e: any) {
    const crash = String(e?.stack ?? e).split('\n').slice(0, 6).join('\n');
    return outcome(null, { crash });
  } finally {
    clearTimeout(timer);
  }
}

/** The first difference between the outcome and CPython's expectation, or null when the case passes. */
export function firstDifference(c: Case, o: Outcome): string | null {
  if (o.crash) return `crash: ${o.crash.split('\n')[0]}`;
  if (o.timedOut) return `timed out after ${CASE_TIMEOUT_MS / 1000}s`;
  const exp = c.expected;
  if (o.stdout !== exp.stdout) {
    const a = exp.stdout.split('\n');
    const b = o.stdout.split('\n');
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] !== b[i]) {
        const show = (s: string | undefined) => (s === undefined ? '<missing>' : JSON.stringify(s.length > 100 ? s.slice(0, 100) + '…' : s));
        return `stdout line ${i + 1}: expected ${show(a[i])}, got ${show(b[i])}`;
      }
    }
  }
  if (o.exitCode !== exp.exitCode) return `exit code: expected ${exp.exitCode}, got ${o.exitCode}`;
  if (o.stderrLastLine !== exp.stderrLastLine) {
    return `last stderr line: expected ${JSON.stringify(exp.stderrLastLine)}, got ${JSON.stringify(o.stderrLastLine)}`;
  }
  return null;
}

/** Case ids listed in test/STATUS.md as not passing yet (lines of the form "- `area/NNN_name` — ..."). */
export function readKnownFailures(): Map<string, string> {
  const known = new Map<string, string>();
  if (!fs.existsSync(STATUS_FILE)) return known;
  for (const line of fs.readFileSync(STATUS_FILE, 'utf8').split('\n')) {
    const m = /^- `([a-z]+\/\d{3}_[A-Za-z0-9_]+)`(?: — (.*))?$/.exec(line);
    if (m) known.set(m[1], m[2] ?? '');
  }
  return known;
}

export function writeStatus(total: number, failures: { id: string; diff: string }[]): void {
  const byArea = new Map<string, { id: string; diff: string }[]>();
  for (const f of failures) {
    const area = f.id.split('/')[0];
    if (!byArea.has(area)) byArea.set(area, []);
    byArea.get(area)!.push(f);
  }
  const md = (s: string) => s.replace(/`/g, "'");
  const lines = [
    '# Conformance status',
    '',
    'Generated by `npm run status:conformance` (do not edit by hand). The conformance suite',
    '(`test/conformance/`, expectations from CPython 3.11) expects exactly the cases listed here to fail:',
    'a listed case that starts passing, or an unlisted case that fails, fails `npm test` until this file is',
    'regenerated. Each entry shows the first difference from CPython.',
    '',
    `**${total - failures.length} of ${total} cases pass.**`,
    '',
  ];
  for (const area of [...byArea.keys()].sort()) {
    const list = byArea.get(area)!;
    lines.push(`## ${area} (${list.length} not passing)`, '');
    for (const f of list) lines.push(`- \`${f.id}\` — ${md(f.diff)}`);
    lines.push('');
  }
  if (!failures.length) lines.push('Every case passes.', '');
  fs.writeFileSync(STATUS_FILE, lines.join('\n'));
}
