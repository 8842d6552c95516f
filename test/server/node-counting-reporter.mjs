/**
 * A `node --test` reporter with the browser suite's contract: counts tests
 * (not suites) into .cache/node-tests.json for scripts/test.mjs, and prints
 * `node: N passed, N failed`. A file that fails to load reports a failure
 * of its own, so it counts.
 */
import {mkdirSync, writeFileSync} from 'node:fs';

export default async function* nodeCountingReporter(source) {
  const counts = {passed: 0, failed: 0, skipped: 0};
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') {
      // A suite whose hook failed fails without a failing test in it.
      if (event.type === 'test:fail' && event.data.details?.error?.failureType === 'hookFailed') counts.failed++;
      continue;
    }
    if (event.data.skip || event.data.todo) counts.skipped++;
    else if (event.type === 'test:pass') counts.passed++;
    else counts.failed++;
  }
  mkdirSync('.cache', {recursive: true});
  writeFileSync('.cache/node-tests.json', JSON.stringify(counts));
  yield `\nnode: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}\n`;
}
