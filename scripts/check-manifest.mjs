#!/usr/bin/env node
/** Fails when the committed custom-elements.json differs from a fresh analysis. */
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, existsSync} from 'node:fs';
import path from 'node:path';

// The analyzer takes --outdir relative to the project.
const outdir = '.cache/cem';
mkdirSync(outdir, {recursive: true});
const run = spawnSync('npx', ['cem', 'analyze', '--outdir', outdir], {stdio: ['ignore', 'ignore', 'inherit']});
if (run.status !== 0) process.exit(run.status ?? 1);

const fresh = readFileSync(path.join(outdir, 'custom-elements.json'), 'utf8');
const committed = existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '';
if (JSON.stringify(JSON.parse(fresh)) !== (committed && JSON.stringify(JSON.parse(committed)))) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  process.exit(1);
}
console.log('custom-elements.json is up to date.');
