#!/usr/bin/env node
/**
 * Fails when a message of the source code lacks a translation in any
 * language: extracts the messages into the XLIFF files (which keeps existing
 * translations), then looks for units without a non-empty <target>.
 */
import {spawnSync} from 'node:child_process';
import {readFileSync, readdirSync} from 'node:fs';

const extract = spawnSync('npx', ['lit-localize', 'extract'], {stdio: ['ignore', 'ignore', 'inherit']});
if (extract.status !== 0) process.exit(extract.status ?? 1);

let missing = 0;
for (const file of readdirSync('xliff').filter((f) => f.endsWith('.xlf'))) {
  const xml = readFileSync(`xliff/${file}`, 'utf8');
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)) {
      console.error(`${file}: no translation for "${id}"`);
      missing++;
    }
  }
}
if (missing) {
  console.error(`${missing} missing translation(s): translate them in xliff/, then npm run localize:build.`);
  process.exit(1);
}
console.log('Every message is translated in every language.');
