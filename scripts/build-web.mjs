// Browser build (issue 6): bundles with esbuild into dist/web/
//   pyts.js        the embedding API (src/index.ts) as one minified ESM file, for any page
//   split/pyts.js  the same with each stdlib module in its own chunk, loaded on first import (a
//                  smaller first load; the files of split/ must be served together)
//   playground.js  the playground (web/playground.ts: CodeMirror 6 + the timeline + pyts)
//   index.html, playground.css, examples.json (every program in examples/, for the examples menu)
// Usage: node scripts/build-web.mjs [--dev] [--sizes]   (--dev: not minified, with source maps;
//        --sizes: what takes the space in pyts.js, by component and file)
// Also importable: `await buildWeb({ minify })` returns the output sizes (the browser tests use it).
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { internalPropsRegExp } from './internal-props.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = join(root, 'dist/web');

// Size (issue 6: the one-file pyts.js must stay <= 500 KB minified). These plugins rewrite a few
// sources on load, for the browser bundles only; the Node build (tsc) and the tests see the originals.

/**
 * The one-file bundle imports every stdlib module statically. stdlib/index.ts loads modules with
 * `import('./x.js')` (lazy, for Node startup); in a one-file bundle esbuild keeps those modules but wraps
 * every module reachable from them in a lazy-init closure (`var a,b,c=__esm(()=>{"use strict";dep1();...})`),
 * which costs ~12 KB and stops cross-module constant folding. `Promise.resolve(namespace)` keeps the
 * loader's contract (a promise of the module) with no wrapper.
 */
export const staticStdlibPlugin = {
  name: 'pyts-static-stdlib',
  setup(b) {
    b.onLoad({ filter: /[\\/]stdlib[\\/]index\.ts$/ }, (args) => {
      let src = readFileSync(args.path, 'utf8');
      const imports = [];
      src = src.replace(/\bimport\((['"])(\.\/[\w.-]+)\1\)/g, (_m, _q, path) => {
        const id = `__stdlib${imports.length}`;
        imports.push(`import * as ${id} from '${path}';`);
        return `Promise.resolve(${id})`;
      });
      if (!imports.length) throw new Error('pyts-static-stdlib: no import() found in stdlib/index.ts');
      return { contents: imports.join('\n') + '\n' + src, loader: 'ts' };
    });
  },
};

/**
 * nearleyc's output spells every rule as `{"name": .., "symbols": [..], "postprocess": ..}` and every
 * token as `(lexer.has("X") ? {type: "X"} : X)` (~300 rules, ~170 tokens: ~17 KB minified). The
 * same data built by two helpers (same objects, same order; a token the lexer lacks fails at load).
 */
export const compactGrammarPlugin = {
  name: 'pyts-compact-grammar',
  setup(b) {
    b.onLoad({ filter: /[\\/]grammar\.generated\.ts$/ }, (args) => {
      let src = readFileSync(args.path, 'utf8');
      const before = src.length;
      // Token classes the grammar defines itself (`var anyop = { test }`, which lexer.has() denies) keep
      // nearleyc's form; the others are plain `{type}` objects.
      const defined = new Set([...src.matchAll(/^var (\w+)/gm)].map((m) => m[1]));
      src = src.replace(/\(lexer\.has\("(\w+)"\) \? \{type: "\1"\} : \1\)/g, (m, type) => (defined.has(type) ? m : `$t("${type}")`));
      src = src.replace(/\{"name": ("[^"]*"), "symbols": (\[.*?\])(?:, "postprocess": (.*))?\}(,?)$/gm,
        (_m, name, symbols, post, comma) => `$r(${name}, ${symbols}${post ? `, ${post}` : ''})${comma}`);
      if (src.length > before * 0.9) throw new Error('pyts-compact-grammar: nearleyc output format changed; update the plugin');
      src += [
        '',
        'function $t(type: string): any { if (!lexer.has(type)) throw new Error(`grammar: no token ${type}`); return { type }; }',
        'function $r(name: string, symbols: any[], postprocess?: any): any { return postprocess ? { name, symbols, postprocess } : { name, symbols }; }',
      ].join('\n');
      return { contents: src, loader: 'ts' };
    });
  },
};

/**
 * The opcode table's fourth column is documentation (the stack before -> after, ~6 KB); only
 * opDoc() reads it, for tools, and nothing in the browser bundles calls opDoc.
 */
export const stripOpcodeDocsPlugin = {
  name: 'pyts-strip-opcode-docs',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]compile[\\/]opcodes\.ts$/ }, (args) => {
      const src = readFileSync(args.path, 'utf8');
      let n = 0;
      // a row: ['NAME', Arg.X, effect, 'doc'],  -> the doc becomes ''
      const out = src.replace(/^(\s*\['[A-Z_]+', Arg\.\w+, .*?, )('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`)(\],?)\s*$/gm, (_m, head, _doc, tail) => {
        n++;
        return `${head}''${tail}`;
      });
      if (n < 50) throw new Error(`pyts-strip-opcode-docs: only ${n} rows matched; update the plugin`);
      return { contents: out, loader: 'ts' };
    });
  },
};

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
  plugins: [compactGrammarPlugin, stripOpcodeDocsPlugin],
});

/**
 * Options of the bundles that hold pyts alone (pyts.js, split/): minified, they also shorten the
 * internal property names (scripts/internal-props.mjs says which are safe). The playground bundle
 * keeps them: it bundles CodeMirror too, whose property names are not ours to judge.
 */
const pytsOnly = (minify) => ({ ...common(minify), ...(minify ? { mangleProps: internalPropsRegExp() } : {}) });

/** The esbuild options of the one-file dist/web/pyts.js (the size test builds with them, write: false). */
export function oneFileOptions(minify = true) {
  const one = pytsOnly(minify);
  return { ...one, plugins: [...one.plugins, staticStdlibPlugin], entryPoints: [join(root, 'src/index.ts')], outfile: join(outDir, 'pyts.js') };
}

/** The 500 KB budget of the one-file pyts.js (issue 6), in bytes, minified, before compression. */
export const ONE_FILE_BUDGET = 500 * 1024;

export async function buildWeb({ minify = true } = {}) {
  mkdirSync(outDir, { recursive: true });
  const lib = await build(oneFileOptions(minify));
  // split/'s chunk names carry content hashes: clear the old ones so the folder holds one build.
  rmSync(join(outDir, 'split'), { recursive: true, force: true });
  const split = await build({ ...pytsOnly(minify), entryPoints: [{ in: join(root, 'src/index.ts'), out: 'pyts' }], outdir: join(outDir, 'split'), splitting: true });
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

/**
 * What takes the space in a one-file build: bytes in the output by component (src/<stage>, stdlib,
 * each npm package) and the `top` biggest files, as printable text.
 */
export function sizeReport(meta, top = 15) {
  const out = Object.values(meta.outputs).find((o) => o.entryPoint);
  const kb = (n) => `${(n / 1024).toFixed(1).padStart(7)} KB`;
  const byPart = new Map();
  const files = Object.entries(out.inputs).map(([f, v]) => [f, v.bytesInOutput]).sort((a, b) => b[1] - a[1]);
  for (const [f, b] of files) {
    const parts = f.split('/');
    const part = parts[0] === 'stdlib' ? 'stdlib' : parts[0] === 'node_modules' ? parts.slice(0, parts[1].startsWith('@') ? 3 : 2).join('/') : parts.length > 2 ? parts.slice(0, 2).join('/') : f;
    byPart.set(part, (byPart.get(part) ?? 0) + b);
  }
  return [
    `${kb(out.bytes)} total`,
    ...[...byPart].sort((a, b) => b[1] - a[1]).map(([p, b]) => `${kb(b)} ${p}`),
    `biggest files:`,
    ...files.slice(0, top).map(([f, b]) => `${kb(b)} ${f}`),
  ].join('\n');
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
  if (process.argv.includes('--sizes')) console.log(`\ndist/web/pyts.js by component:\n${sizeReport(sizes.metafiles.pyts)}`);
}
