// Parse benchmark: pyts's front end (dist/src/parse) on realistic 2,000- and 10,000-line Python files
// built from CPython's own standard library (whole modules concatenated to ~10,000 lines; the 2,000-line
// file is five runs of whole statements sampled from it, so both have the same mix of code),
// warm lines/s and tokens/s, Earley items per token (a timing-free regression figure), and the ratio to
// CPython's ast.parse on the same text (python3 is run from here).
// usage: npm run build && node bench/parse.js   (targets: >= 20,000 lines/s warm; t(10k) <= 5.5 t(2k))
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import nearley from 'nearley';
import { parseModule, lastParseStats } from '../dist/src/parse/index.js';

const STDLIB = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
const MODULES = ['threading.py', 'queue.py', 'argparse.py', 'logging/__init__.py', 'textwrap.py', 'string.py',
  'functools.py', 'collections/__init__.py', 'dataclasses.py', 'pathlib.py', 'shutil.py', 'tempfile.py',
  'subprocess.py', 'configparser.py', 'datetime.py', 'fractions.py', 'difflib.py', 'pprint.py', 'csv.py', 'enum.py'];

/** Whole stdlib modules that pyts parses (no async/match), concatenated, cut at a blank line near `lines`. */
function buildSource(lines) {
  let out = [];
  for (const m of MODULES) {
    let src;
    try { src = readFileSync(join(STDLIB, m), 'utf8'); } catch { continue; }
    try { parseModule(src, m); } catch { continue; }
    out.push(...src.replace(/\n+$/, '').split('\n'), '');
    if (out.length >= lines) break;
  }
  // cut at the first top-level statement that starts at or after line `lines`
  const all = out.join('\n') + '\n';
  const starts = parseModule(all, 'all.py').body.map((st) => Math.min(st.lineno, ...(st.decorator_list ?? []).map((d) => d.lineno)));
  const cutLine = starts.find((l) => l > lines) ?? out.length + 1;
  const text = out.slice(0, cutLine - 1).join('\n') + '\n';
  parseModule(text, 'bench.py'); // must parse
  return text;
}

function timeWarm(src, reps) {
  for (let i = 0; i < 5; i++) parseModule(src, 'bench.py');
  const times = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    parseModule(src, 'bench.py');
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[0]; // best run: the machine is shared, the minimum is the least noisy estimate
}

function countItems(src) {
  const probe = new nearley.Parser(nearley.Grammar.fromCompiled({ ParserRules: [{ name: 's', symbols: [] }], ParserStart: 's' }));
  const Column = Object.getPrototypeOf(probe.table[0]);
  const original = Column.process;
  let items = 0;
  Column.process = function (...args) { const r = original.apply(this, args); items += this.states.length; return r; };
  try { parseModule(src, 'bench.py'); } finally { Column.process = original; }
  return items / lastParseStats.tokens;
}

function cpythonMs(file) {
  const code = `import ast, time, sys
src = open(sys.argv[1]).read()
for _ in range(3): ast.parse(src)
ts = []
for _ in range(9):
    t0 = time.perf_counter(); ast.parse(src); ts.append(time.perf_counter() - t0)
ts.sort(); print(ts[0] * 1000)`;
  return Number(execFileSync('python3', ['-c', code, file], { encoding: 'utf8' }).trim());
}

/** A 2,000-line file with the same mix as the big one: five ~400-line runs of whole top-level statements
 * taken at evenly spaced places in it (so lines/token density is comparable). */
function sampleOf(big, runs, runLines) {
  const lines = big.split('\n');
  const starts = parseModule(big, 'big.py').body.map((st) => Math.min(st.lineno, ...(st.decorator_list ?? []).map((d) => d.lineno)));
  const out = [];
  for (let r = 0; r < runs; r++) {
    const from = starts.find((l) => l >= 1 + Math.floor(r * lines.length / runs)) ?? 1;
    const to = starts.find((l) => l >= from + runLines) ?? lines.length;
    out.push(...lines.slice(from - 1, to - 1));
  }
  return out.join('\n') + '\n';
}

const dir = mkdtempSync(join(tmpdir(), 'pyts-bench-'));
const results = [];
const big = buildSource(10000);
for (const target of [2000, 10000]) {
  const src = target === 10000 ? big : sampleOf(big, 5, 360);
  const file = join(dir, `bench_${target}.py`);
  writeFileSync(file, src);
  const lines = src.split('\n').length - 1;
  const coldT0 = performance.now();
  parseModule(src, 'cold.py');
  const cold = performance.now() - coldT0;
  const ms = timeWarm(src, target > 5000 ? 7 : 15);
  const tokens = lastParseStats.tokens;
  const ipt = countItems(src);
  const py = cpythonMs(file);
  results.push({ lines, ms, tokens });
  console.log(`${String(lines).padStart(6)} lines ${String(tokens).padStart(7)} tokens: ` +
    `${ms.toFixed(1)} ms warm (first parse ${cold.toFixed(1)} ms), ${Math.round(lines / ms * 1000)} lines/s, ` +
    `${Math.round(tokens / ms * 1000)} tokens/s, ${ipt.toFixed(1)} Earley items/token; ` +
    `CPython ast.parse ${py.toFixed(1)} ms (${Math.round(lines / py * 1000)} lines/s), pyts/CPython = ${(ms / py).toFixed(1)}x`);
}
console.log(`t(${results[1].lines} lines) / t(${results[0].lines} lines) = ${(results[1].ms / results[0].ms).toFixed(2)} (lines ratio ${(results[1].lines / results[0].lines).toFixed(2)}; target <= 5.5)`);
const examples = join(import.meta.dirname, '..', 'examples');
let worst = 0, worstName = '';
for (const f of (await import('node:fs')).readdirSync(examples).filter((f) => f.endsWith('.py'))) {
  const t = timeWarm(readFileSync(join(examples, f), 'utf8'), 10);
  if (t > worst) { worst = t; worstName = f; }
}
console.log(`slowest seed example: ${worstName} ${worst.toFixed(2)} ms warm`);
