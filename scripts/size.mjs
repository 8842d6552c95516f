#!/usr/bin/env node
/**
 * Size report: min+gzip and brotli bytes of the script-tag bundle and of each
 * element's own entry (bundled alone with esbuild, Lit included, catalogs and
 * DOMPurify left as the lazy chunks they are). Run after `npm run build`.
 * With --check, exits non-zero when a budget is exceeded.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {brotliCompressSync, gzipSync} from 'node:zlib';
import {build} from 'esbuild';

const BUDGETS = {'dist/news-widgets.js': 25 * 1024, 'news-article-card': 12 * 1024};

const measure = (bytes) => ({min: bytes.length, gzip: gzipSync(bytes, {level: 9}).length, brotli: brotliCompressSync(bytes).length});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const rows = [['dist/news-widgets.js', measure(readFileSync('dist/news-widgets.js'))]];
for (const folder of readdirSync('src/components')) {
  const entry = readdirSync(`src/components/${folder}`).find((f) => f.startsWith('news-'));
  if (!entry) continue;
  const result = await build({
    entryPoints: [`src/components/${folder}/${entry}`],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    write: false,
    outdir: 'out',
    target: 'es2022',
    conditions: ['production'],
    logLevel: 'silent',
    tsconfig: 'tsconfig.json',
  });
  const main = result.outputFiles.find((file) => file.path.endsWith(entry.replace('.ts', '.js')));
  rows.push([entry.replace('.ts', ''), measure(main.contents)]);
}

let over = 0;
console.log(`${'entry'.padEnd(24)} ${'min'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}  budget (gzip)`);
for (const [name, size] of rows) {
  const budget = BUDGETS[name];
  const verdict = budget ? `${kb(budget)} ${size.gzip <= budget ? 'ok' : `OVER by ${kb(size.gzip - budget)}`}` : '';
  if (budget && size.gzip > budget) over++;
  console.log(`${name.padEnd(24)} ${kb(size.min).padStart(10)} ${kb(size.gzip).padStart(10)} ${kb(size.brotli).padStart(10)}  ${verdict}`);
}
if (process.argv.includes('--check') && over) process.exit(1);
