#!/usr/bin/env node
/**
 * Size report: min+gzip and brotli bytes of the script-tag bundle and of each
 * element's own entry, each counted with every file it imports statically
 * (what a page must download before the element works). Lazy chunks (the
 * adapters and sanitizer, DOMPurify, catalogs) are listed apart. Element
 * entries are bundled alone with esbuild, Lit included, with the same source
 * transforms as the build (scripts/build-transforms.mjs). Run after
 * `npm run build`.
 *
 * Two columns of limits: the targets of the performance issue (card 12 KB,
 * bundle 25 KB), which the code does not meet yet and which are reported,
 * and the ceilings in scripts/size-limits.json (the sizes when last set, plus 0.3 KB),
 * which `--check` enforces so that no change makes a widget heavier unnoticed.
 * Lower a ceiling when a change makes the code smaller.
 */
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {brotliCompressSync, gzipSync} from 'node:zlib';
import {build} from 'esbuild';
import {transformSource} from './build-transforms.mjs';

const TARGETS = {'dist/news-widgets.js': 25 * 1024, 'news-article-card': 12 * 1024};
const LIMITS = JSON.parse(readFileSync(new URL('./size-limits.json', import.meta.url), 'utf8'));

/**
 * Bytes of a set of files compressed as one, as an application's bundler
 * would join them (esbuild splits an entry's code shared with its lazy
 * chunks into files of their own).
 */
const measure = (files) => {
  const bytes = Buffer.concat(files);
  return {min: bytes.length, gzip: gzipSync(bytes, {level: 9}).length, brotli: brotliCompressSync(bytes).length};
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** A built file and every chunk it imports statically, then the chunks it imports dynamically. */
function closure(file, read) {
  const stat = new Set();
  const lazy = new Set();
  const visit = (name, into) => {
    if (stat.has(name) || into.has(name)) return;
    into.add(name);
    const code = read(name);
    for (const [, spec] of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) visit(path.join(path.dirname(name), spec), into === lazy ? lazy : stat);
    for (const [, spec] of code.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) visit(path.join(path.dirname(name), spec), lazy);
  };
  visit(file, stat);
  for (const name of stat) lazy.delete(name);
  return {stat: [...stat], lazy: [...lazy]};
}

const rows = [];
const bundle = closure('dist/news-widgets.js', (name) => readFileSync(name, 'utf8'));
rows.push(['dist/news-widgets.js', measure(bundle.stat.map((name) => readFileSync(name))), bundle.stat.length]);
// The same bundle with Lit's hydration support, for server-rendered pages (news-widgets/ssr).
const hydrate = closure('dist/news-widgets.hydrate.js', (name) => readFileSync(name, 'utf8'));
rows.push(['dist/news-widgets.hydrate.js', measure(hydrate.stat.map((name) => readFileSync(name))), hydrate.stat.length]);
const lazyRows = bundle.lazy
  .filter((name) => !name.includes('/locales/'))
  .map((name) => [`  lazy: ${path.relative('dist', name).replace(/-[\w-]{8}\.js$/, '')}`, measure([readFileSync(name)]), 1]);
const catalogs = bundle.lazy.filter((name) => name.includes('/locales/')).map((name) => measure([readFileSync(name)]).gzip);

const transformPlugin = {
  name: 'build-transforms',
  setup(b) {
    b.onLoad({filter: /[\\/]src[\\/].*\.ts$/}, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      return {contents: (await transformSource(source, args.path)) ?? source, loader: 'ts'};
    });
  },
};

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
    // As in the project's own scripts, whose first line names THIRD-PARTY-NOTICES.txt
    // instead: an application's bundler (Vite's included) drops Lit's licence comments too.
    legalComments: 'none',
    plugins: [transformPlugin],
  });
  const files = new Map(result.outputFiles.map((file) => [path.relative(process.cwd(), file.path), file.contents]));
  const main = [...files.keys()].find((name) => name === path.join('out', entry.replace('.ts', '.js')));
  const {stat} = closure(main, (name) => new TextDecoder().decode(files.get(name)));
  rows.push([entry.replace('.ts', ''), measure(stat.map((name) => files.get(name))), stat.length]);
}

let over = 0;
const verdict = (gzip, limit) => (limit ? `${kb(limit)} ${gzip <= limit ? 'ok' : `OVER by ${kb(gzip - limit)}`}` : '');
console.log(`${'entry (with its static imports)'.padEnd(38)} ${'files'.padStart(5)} ${'min'.padStart(10)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}  ${'ceiling (gzip)'.padEnd(22)} target (gzip)`);
for (const [name, size, count] of [...rows.slice(0, 2), ...lazyRows, ...rows.slice(2)]) {
  const limit = LIMITS[name] && LIMITS[name] * 1024;
  if (limit && size.gzip > limit) over++;
  console.log(
    `${name.padEnd(38)} ${String(count).padStart(5)} ${kb(size.min).padStart(10)} ${kb(size.gzip).padStart(9)} ${kb(size.brotli).padStart(9)}  ${verdict(size.gzip, limit).padEnd(22)} ${verdict(size.gzip, TARGETS[name])}`,
  );
}
if (catalogs.length) console.log(`${'  lazy: one catalog (dist/locales/)'.padEnd(38)} ${''.padStart(5)} ${''.padStart(10)} ${`${kb(Math.min(...catalogs))}–${kb(Math.max(...catalogs)).replace(' KB', '')}`.padStart(9)}`);
if (process.argv.includes('--check') && over) {
  console.log(`${over} entr${over === 1 ? 'y is' : 'ies are'} over the ceilings in scripts/size-limits.json`);
  process.exit(1);
}
