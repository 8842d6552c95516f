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

// Modules compared by path, not in the order the analyzer happened to read them.
const normalize = (text) => {
  const manifest = JSON.parse(text);
  manifest.modules = [...(manifest.modules ?? [])].sort((a, b) => a.path.localeCompare(b.path));
  return manifest;
};
const fresh = normalize(readFileSync(path.join(outdir, 'custom-elements.json'), 'utf8'));
const committed = existsSync('custom-elements.json') ? normalize(readFileSync('custom-elements.json', 'utf8')) : {modules: []};
if (JSON.stringify(fresh) !== JSON.stringify(committed)) {
  const paths = new Set([...fresh.modules, ...committed.modules].map((m) => m.path));
  const differing = [...paths].filter((p) => JSON.stringify(fresh.modules.find((m) => m.path === p)) !== JSON.stringify(committed.modules.find((m) => m.path === p)));
  console.error(`custom-elements.json is stale (${differing.join(', ') || 'top level'}): run \`npm run analyze\` and commit the result.`);
  process.exit(1);
}
console.log('custom-elements.json is up to date.');
