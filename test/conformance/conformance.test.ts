// The conformance suite: every case under test/conformance/cases/ runs through the embedding API and is
// compared with CPython's output (stdout, exit code, last stderr line). test/STATUS.md lists the cases
// pyts does not pass yet; those must still fail (so the list stays honest), every other case must pass.
//
//   npm test                      check (this file)
//   npm run status:conformance    rerun every case and rewrite test/STATUS.md
//   npm run regen:conformance     rerun CPython and rewrite the expectations
//   PYTS_SHOW_DIFF=1 npx vitest run test/conformance -t core/012   print each case's first difference

import { afterAll, describe, expect, it } from 'vitest';
import { CASE_TIMEOUT_MS, firstDifference, listCases, readKnownFailures, runCase, writeStatus } from './harness.js';

const WRITE_STATUS = process.env.PYTS_WRITE_STATUS === '1';
const cases = listCases();
const known = readKnownFailures();
const failures: { id: string; diff: string }[] = [];
let ran = 0;

describe('conformance', () => {
  it('STATUS.md lists only existing cases', () => {
    const ids = new Set(cases.map((c) => c.id));
    expect([...known.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const c of cases) {
    it(c.id, { timeout: CASE_TIMEOUT_MS + 10_000 }, async () => {
      const outcome = await runCase(c);
      ran++;
      const diff = firstDifference(c, outcome);
      if (diff) failures.push({ id: c.id, diff });
      if (diff && process.env.PYTS_SHOW_DIFF === '1') console.log(`${c.id}: ${diff}`);
      if (WRITE_STATUS) return;
      if (known.has(c.id)) {
        expect(diff, `${c.id} now passes: regenerate test/STATUS.md (npm run status:conformance)`).not.toBeNull();
      } else {
        expect(diff, `${c.id} differs from CPython (not listed in test/STATUS.md)`).toBeNull();
      }
    });
  }

  afterAll(() => {
    // Only a full run may rewrite the list (a filtered run would drop the other cases from it).
    if (WRITE_STATUS && ran === cases.length) writeStatus(cases.length, failures.sort((a, b) => a.id.localeCompare(b.id)));
  });
});
