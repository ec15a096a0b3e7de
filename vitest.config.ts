// Tests run against the tsc output in dist/, not against src/ through Vite's per-file transform:
// esbuild (Vite) cannot inline `const enum` members across modules, which turns the eval loop's
// `switch (op) { case Op.LOAD_FAST: ... }` into property loads and makes the VM 20-60x slower under
// test. `npm test` builds first (the pretest script), so the tests exercise exactly what ships.
import { defineConfig, type Plugin } from 'vitest/config';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

function testAgainstDist(): Plugin {
  return {
    name: 'pyts-test-against-dist',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const from = relative(root, importer);
      if (from.startsWith('dist') || from.startsWith('node_modules')) return null;
      const target = relative(root, resolve(dirname(importer), source));
      if (!/^(src|stdlib)[\\/]/.test(target)) return null;
      // PYTS_TEST_BUNDLE=1: the embedding API from the one-file browser bundle (build it first with
      // `node scripts/build-web.mjs`), so the suites that run Python through it check what pages load.
      if (process.env.PYTS_TEST_BUNDLE === '1' && /^src[\\/]index\.(ts|js)$/.test(target)) return resolve(root, 'dist/web/pyts.js');
      return resolve(root, 'dist', target.replace(/\.ts$/, '.js'));
    },
  };
}

export default defineConfig({
  plugins: [testAgainstDist()],
  test: {
    include: ['test/**/*.test.ts'],
  },
});
