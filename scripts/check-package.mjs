#!/usr/bin/env node
/** After a build: every file package.json points at exists, so npm users get what it promises. */
import {existsSync, readFileSync} from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const targets = new Set([pkg.main, pkg.module, pkg.types, pkg.customElements]);
for (const entry of Object.values(pkg.exports)) {
  if (typeof entry === 'string') targets.add(entry);
  else Object.values(entry).forEach((target) => targets.add(target));
}
const missing = [...targets].filter((target) => target && !target.includes('*') && !existsSync(target));
if (missing.length) {
  console.error(`package.json points at files the build did not make:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`All ${targets.size} package entry files exist.`);
