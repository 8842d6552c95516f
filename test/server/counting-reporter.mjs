/**
 * Prints one closing line `tests: N passed, N failed` for CI, and writes the
 * same counts to .cache/browser-tests.json for scripts/test.mjs to add up.
 * A test file that fails to load, or a failing hook, counts as one failure.
 */
import {mkdirSync, writeFileSync} from 'node:fs';

function countTests(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites) countTests(child, counts);
}

export function countingReporter() {
  return {
    stop({sessions}) {
      const counts = {passed: 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        const before = counts.failed;
        if (session.testResults) countTests(session.testResults, counts);
        // A file that fails to load, or a failing hook, fails the session without failing a test.
        if (!session.passed && counts.failed === before) counts.failed++;
      }
      mkdirSync('.cache', {recursive: true});
      writeFileSync('.cache/browser-tests.json', JSON.stringify(counts));
      console.log(`\nbrowser: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
    },
  };
}
