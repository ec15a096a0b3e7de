// Browser build (issue 6): bundles with esbuild into dist/web/
//   pyts.js        the embedding API (src/index.ts) as one minified ESM file, for any page
//   split/pyts.js  the same with each stdlib module in its own chunk, loaded on first import (a
//                  smaller first load; the files of split/ must be served together)
//   playground.js  the playground (web/playground.ts: CodeMirror 6 + the timeline + pyts)
//   index.html, playground.css, examples.json (every program in examples/, for the examples menu)
// Usage: node scripts/build-web.mjs [--dev]   (--dev: not minified, with source maps)
// Also importable: `await buildWeb({ minify })` returns the output sizes (the browser tests use it).
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = join(root, 'dist/web');

/** esbuild options shared by both bundles: browser platform, so a `node:` import fails the build. */
const common = (minify) => ({
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify,
  sourcemap: !minify,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});

export async function buildWeb({ minify = true } = {}) {
  mkdirSync(outDir, { recursive: true });
  const lib = await build({ ...common(minify), entryPoints: [join(root, 'src/index.ts')], outfile: join(outDir, 'pyts.js') });
  const split = await build({ ...common(minify), entryPoints: [{ in: join(root, 'src/index.ts'), out: 'pyts' }], outdir: join(outDir, 'split'), splitting: true });
  const app = await build({ ...common(minify), entryPoints: [join(root, 'web/playground.ts')], outfile: join(outDir, 'playground.js') });
  for (const f of ['index.html', 'playground.css']) copyFileSync(join(root, 'web', f), join(outDir, f));
  const examples = {};
  for (const f of readdirSync(join(root, 'examples')).sort()) {
    if (f.endsWith('.py')) examples[f] = readFileSync(join(root, 'examples', f), 'utf8');
  }
  writeFileSync(join(outDir, 'examples.json'), JSON.stringify(examples));
  return {
    pyts: statSync(join(outDir, 'pyts.js')).size,
    playground: statSync(join(outDir, 'playground.js')).size,
    /** split/: the entry plus the chunks it imports statically (the first load), and all files. */
    split: splitSizes(split.metafile),
    metafiles: { pyts: lib.metafile, playground: app.metafile },
  };
}

function splitSizes(meta) {
  const outs = meta.outputs;
  const seen = new Set();
  const walk = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const i of outs[f].imports) if (i.kind === 'import-statement') walk(i.path);
  };
  walk(Object.keys(outs).find((k) => outs[k].entryPoint));
  let first = 0;
  let all = 0;
  for (const f of seen) first += outs[f].bytes;
  for (const f of Object.keys(outs)) if (!f.endsWith('.map')) all += outs[f].bytes;
  return { first, all };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = await buildWeb({ minify: !process.argv.includes('--dev') });
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`dist/web/pyts.js        ${kb(sizes.pyts)} (embedding API, minified ESM)`);
  console.log(`dist/web/split/          ${kb(sizes.split.first)} first load, ${kb(sizes.split.all)} with every stdlib chunk`);
  console.log(`dist/web/playground.js  ${kb(sizes.playground)} (playground: pyts + CodeMirror)`);
}
