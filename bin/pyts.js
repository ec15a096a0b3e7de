#!/usr/bin/env node
// The CLI entry. It runs dist/cli/main.cjs: the esbuild bundle of dist/src/cli/main.js and everything it
// can import (stdlib modules included; each one's module body runs only when first imported), as one
// CommonJS-format file. Startup time:
// - one file: Node resolves and loads ~150 separate ES modules (or ~25 split chunks) slower;
// - a V8 code cache: parsing and compiling the bundle's top level and the functions a run calls cost
//   ~30 ms per process. The bundle is compiled through node:vm with the cached code of an earlier run
//   (dist/cli/main.cjs.cache; `npm run build` makes it). Node 20 has no module.enableCompileCache, and
//   node:vm can only use a cache for a script, hence the CommonJS bundle.
// The cache records what it was made from (V8 version, arch, node flags, the bundle's size and mtime);
// when that differs (or V8 rejects it) the run writes a new one at exit, atomically, or silently does
// nothing if dist/ is read-only. PYTS_NO_CODE_CACHE=1 compiles from source and writes nothing.
// This file is CommonJS (bin/package.json): an ES module entry costs Node ~9 ms more to start.
'use strict';
const { readFileSync, statSync, writeFileSync, renameSync, unlinkSync } = require('node:fs');
const { createRequire } = require('node:module');
const { Script } = require('node:vm');
const { isAscii } = require('node:buffer');
const { join, dirname } = require('node:path');

const file = join(__dirname, '..', 'dist', 'cli', 'main.cjs');
const cacheFile = file + '.cache';
const bytes = readFileSync(file);
// A pure-ASCII bundle (scripts/build-cli.mjs checks) is read as a one-byte string: no UTF-8 decoding.
const source = isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.utf8Slice(0, bytes.length);
const st = statSync(file);
const key = [process.versions.v8, process.arch, process.execArgv.join(' '), st.size, st.mtimeMs].join('|');
const useCache = !process.env.PYTS_NO_CODE_CACHE;

let cached;
if (useCache) {
  try {
    const buf = readFileSync(cacheFile);
    const n = buf.readUInt32LE(0);
    if (buf.toString('utf8', 4, 4 + n) === key) cached = buf.subarray(4 + n);
  } catch {
    // no cache yet
  }
}

// The bundle is one function expression (scripts/build-cli.mjs adds the CommonJS wrapper; its body is
// strict code, as the ES modules it was made from).
const script = new Script(source, {
  filename: file,
  cachedData: cached,
});

if (useCache && (cached === undefined || script.cachedDataRejected)) {
  // At exit the code cache also holds the functions this run compiled (lazily), not just the top level.
  process.once('exit', () => {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    try {
      const k = Buffer.from(key, 'utf8');
      const head = Buffer.alloc(4);
      head.writeUInt32LE(k.length, 0);
      writeFileSync(tmp, Buffer.concat([head, k, script.createCachedData()]));
      renameSync(tmp, cacheFile);
    } catch {
      try { unlinkSync(tmp); } catch { /* nothing written */ }
    }
  });
}

const mod = { exports: {} };
script.runInThisContext()(mod.exports, createRequire(file), mod, file, dirname(file));
