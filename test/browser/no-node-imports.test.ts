// DESIGN.md decision 5: the core runs in Node and in the browser, so no file reachable from the
// browser entries (src/index.ts, the playground) may import a `node:` module or a Node builtin.
// esbuild walks the real import graph (including dynamic stdlib imports) and reports every import it
// had to leave external; the test fails naming the importing file.
import { describe, expect, it } from 'vitest';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';

const entries = ['src/index.ts', 'web/playground.ts'];

describe('browser entries import no Node module', () => {
  for (const entry of entries) {
    it(entry, async () => {
      const r = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'browser',
        metafile: true,
        logLevel: 'silent',
        external: ['node:*', ...builtinModules],
      });
      const offenders: string[] = [];
      for (const [file, input] of Object.entries(r.metafile.inputs)) {
        for (const imp of input.imports) {
          if (imp.external && (imp.path.startsWith('node:') || builtinModules.includes(imp.path))) {
            offenders.push(`${file} imports ${imp.path}`);
          }
        }
      }
      expect(offenders, 'files reachable from the browser entry import Node modules').toEqual([]);
      expect(Object.keys(r.metafile.inputs).length).toBeGreaterThan(20);
    }, 60_000);
  }
});
