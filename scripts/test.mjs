#!/usr/bin/env node
/**
 * The whole test command: translations, generated sources, type check, lint,
 * manifest check, build, then the Node tests (server rendering), the browser tests and the Storybook smoke test
 * (skipped when arguments select some browser tests). Each check counts as
 * one test; browser tests and stories count one by one. Ends with
 * `N passed, N failed`.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync, rmSync} from 'node:fs';

const steps = [
  ['translations', 'node', ['scripts/check-translations.mjs']],
  ['localize', 'npx', ['lit-localize', 'build']],
  ['types', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['eslint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['lit-analyzer', 'npx', ['lit-analyzer', 'src', '--strict', '--quiet']],
  ['manifest', 'node', ['scripts/check-manifest.mjs']],
  ['build', 'npm', ['run', 'build', '--silent']],
  ['package', 'node', ['scripts/check-package.mjs']],
  ['size', 'node', ['scripts/size.mjs', '--check']],
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

/** Runs a suite that writes its counts to `file`, and adds them up. */
function suite(name, command, args, file) {
  process.stdout.write(`\n▶ ${name}: ${command} ${args.join(' ')}\n`);
  rmSync(file, {force: true});
  const result = spawnSync(command, args, {stdio: 'inherit'});
  if (!existsSync(file)) {
    failed++;
    failures.push(`${name} produced no results`);
    return;
  }
  const counts = JSON.parse(readFileSync(file, 'utf8'));
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped ?? 0;
  if (result.status !== 0 && counts.failed === 0) {
    failed++;
    failures.push(`${name} exited with an error`);
  }
}

// Server rendering in Node, on the build: output structure, the command line, the page without JavaScript.
const nodeTests = readdirSync('test/ssr').filter((file) => file.endsWith('.test.mjs')).map((file) => `test/ssr/${file}`);
const reporters = ['--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=./test/server/node-counting-reporter.mjs', '--test-reporter-destination=stdout'];
suite('node tests', 'node', ['--test', ...reporters, ...nodeTests], '.cache/node-tests.json');
suite('browser tests', 'npx', ['wtr', ...process.argv.slice(2)], '.cache/browser-tests.json');
if (process.argv.length <= 2) {
  // Every story rendered in Chromium, with an axe check.
  const built = spawnSync('npm', ['run', 'build-storybook', '--silent'], {stdio: 'inherit'});
  if (built.status === 0) suite('storybook', 'node', ['scripts/storybook-smoke.mjs'], '.cache/storybook-tests.json');
  else {
    failed++;
    failures.push('build-storybook');
  }
}

if (failures.length) process.stdout.write(`\nFailed: ${failures.join(', ')}\n`);
// The last line is exactly `N passed, N failed`, as CI reads it; skipped tests are counted on the line before.
if (skipped) process.stdout.write(`\n${skipped} skipped`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
