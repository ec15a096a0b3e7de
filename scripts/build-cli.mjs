// `npm run build:cli`: bundle the tsc output of src/cli/main.ts into dist/cli/main.cjs, the one file
// bin/pyts.js runs (see its header), then run it once so that it writes its V8 code cache.
// The bundle should be pure ASCII: bin/pyts.js then reads it as a one-byte string (decoding 1.6 MB of
// UTF-8 into a two-byte string costs ~5 ms per process). esbuild escapes strings and identifiers but
// keeps non-ASCII characters in regex literals and comments: this warns where they are.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/cli/main.cjs');

await build({
  entryPoints: [join(root, 'dist/src/cli/main.js')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: out,
  logLevel: 'warning',
  // bin/pyts.js compiles the file as the body of a CommonJS module function; the wrapper is part of
  // the file so that the 1.6 MB source string is not copied once more to add it.
  banner: { js: '(function (exports, require, module, __filename, __dirname) {"use strict";' },
  footer: { js: '})' },
});

const lines = readFileSync(out, 'utf8').split('\n');
const bad = [];
lines.forEach((l, i) => {
  if (/[^\x00-\x7f]/.test(l)) bad.push(`  dist/cli/main.cjs:${i + 1}: ${l.trim().slice(0, 100)}`);
});
if (bad.length) {
  console.warn(`build:cli: the bundle has non-ASCII characters (each pyts process then decodes it as UTF-8, ~5 ms); use \\u escapes in regexes and ASCII in comments:\n${bad.slice(0, 10).join('\n')}`);
}

// Warm the code cache (bin/pyts.js writes dist/cli/main.cjs.cache at exit): the cache holds the code of
// the functions this run calls, so it runs what most programs (and every benchmark) run: the modules
// bench/programs import, a thread, a class, a loop, dicts, lists, f-strings, print. Measured: hello.py
// ~1.5 ms slower than with a print-only warm-up (a larger cache to read), programs importing threading
// ~7-9 ms faster.
const WARM = `import threading, queue, time, math, random
def f(n):
    d = {}
    for i in range(n):
        d[str(i)] = [i * 2.5, (i, -i)]
    return sorted(d.items())
class C:
    def __init__(self, x):
        self.x = x
q = queue.Queue()
t = threading.Thread(target=lambda: q.put(C(f(3))))
t.start()
t.join()
print(f'{q.get().x!r}'[:0], end='')
`;
execFileSync(process.execPath, [join(root, 'bin/pyts.js'), '-c', WARM], { stdio: 'inherit' });
