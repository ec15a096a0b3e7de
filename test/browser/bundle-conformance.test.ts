// The conformance suite against the one-file browser bundle (dist/web/pyts.js as a page loads it):
// the bundle is what pages run, and its build rewrites sources and shortens internal property names
// (scripts/build-web.mjs, scripts/internal-props.mjs), none of which the tsc build the other tests
// use goes through. Every case must give the same result as under test/conformance (STATUS.md's
// known failures included), so a name the bundle shortened but something looks up by its spelling
// shows up here as a failing case.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { CASE_TIMEOUT_MS, firstDifference, listCases, readKnownFailures, runCase } from '../conformance/harness.js';
import type { Interpreter } from '../../src/index.js';

// @ts-expect-error -- plain ESM script without types
import { oneFileOptions } from '../../scripts/build-web.mjs';

let bundle: Promise<typeof Interpreter> | undefined;
function bundledInterpreter(): Promise<typeof Interpreter> {
  bundle ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pyts-bundle-'));
    try {
      const outfile = join(dir, 'pyts.js');
      await build({ ...oneFileOptions(true), outfile, logLevel: 'silent' });
      return (await import(/* @vite-ignore */ pathToFileURL(outfile).href)).Interpreter;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();
  return bundle;
}

const known = readKnownFailures();

describe('conformance against dist/web/pyts.js', () => {
  for (const c of listCases()) {
    it(c.id, { timeout: CASE_TIMEOUT_MS + 60_000 }, async () => {
      const diff = firstDifference(c, await runCase(c, CASE_TIMEOUT_MS, await bundledInterpreter()));
      if (known.has(c.id)) expect(diff, `${c.id} passes in the bundle but is listed in test/STATUS.md`).not.toBeNull();
      else expect(diff, `${c.id} differs from CPython in the bundle`).toBeNull();
    });
  }
});
