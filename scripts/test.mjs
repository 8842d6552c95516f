#!/usr/bin/env node
/**
 * The whole test command: generated sources, type check, lint, manifest
 * check, build, then the browser tests. Each check counts as one test; the
 * browser tests count one by one. Ends with `N passed, N failed`.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, rmSync} from 'node:fs';

const steps = [
  ['translations', 'node', ['scripts/check-translations.mjs']],
  ['localize', 'npx', ['lit-localize', 'build']],
  ['types', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['eslint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['lit-analyzer', 'npx', ['lit-analyzer', 'src', '--strict', '--quiet']],
  ['manifest', 'node', ['scripts/check-manifest.mjs']],
  ['build', 'npm', ['run', 'build', '--silent']],
  ['package', 'node', ['scripts/check-package.mjs']],
];

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

for (const [name, command, args] of steps) {
  process.stdout.write(`\n▶ ${name}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, {stdio: 'inherit'});
  if (result.status === 0) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

process.stdout.write('\n▶ browser tests: web-test-runner\n');
rmSync('.cache/browser-tests.json', {force: true});
const wtr = spawnSync('npx', ['wtr', ...process.argv.slice(2)], {stdio: 'inherit'});
if (existsSync('.cache/browser-tests.json')) {
  const counts = JSON.parse(readFileSync('.cache/browser-tests.json', 'utf8'));
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
  if (wtr.status !== 0 && counts.failed === 0) {
    failed++;
    failures.push('web-test-runner exited with an error');
  }
} else {
  failed++;
  failures.push('web-test-runner produced no results');
}

if (failures.length) process.stdout.write(`\nFailed: ${failures.join(', ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(failed ? 1 : 0);
