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
