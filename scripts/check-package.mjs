#!/usr/bin/env node
/** After a build: every file package.json points at exists, so npm users get what it promises. */
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';

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

// A shipped source map leads somewhere: each source it names is either inside the map (sourcesContent) or in
// the tarball, so a debugger, or an editor's go-to-definition through a .d.ts.map, finds the file.
const [{files: packed}] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8'}));
const shipped = new Set(packed.map((file) => file.path));
const maps = [...shipped].filter((file) => file.endsWith('.map'));
const dangling = maps.flatMap((map) => {
  const {sources = [], sourcesContent = [], sourceRoot = ''} = JSON.parse(readFileSync(map, 'utf8'));
  const missing = sources.filter((source, i) => sourcesContent[i] == null && !shipped.has(path.posix.join(path.posix.dirname(map), sourceRoot, source)));
  return missing.length ? [`${map}: ${missing.join(', ')}`] : [];
});
if (dangling.length) {
  console.error(`${dangling.length} shipped source maps name sources the package has neither in the map nor in the tarball:\n  ${dangling.slice(0, 10).join('\n  ')}${dangling.length > 10 ? `\n  … and ${dangling.length - 10} more` : ''}`);
  process.exit(1);
}
console.log(`The sources of all ${maps.length} shipped source maps are in the maps or in the tarball.`);

// A shipped declaration names only packages an installation has: relative files, the dependencies, and
// the packages TypeScript brings. An inferred type may name one that happens to be hoisted here (lit-html,
// behind lit), which a strict package manager (pnpm) does not give the application.
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const undeclared = [...shipped].filter((file) => file.endsWith('.d.ts')).flatMap((file) => {
  // Without comments: their examples name made-up modules.
  const code = readFileSync(file, 'utf8').replace(/\/\*[^]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm)].map((m) => m[1]);
  const foreign = specifiers.filter((s) => !s.startsWith('.') && !declared.has(packageOf(s)) && !s.startsWith('node:'));
  return foreign.length ? [`${file}: ${[...new Set(foreign)].join(', ')}`] : [];
});
if (undeclared.length) {
  console.error(`Shipped declarations import packages that are not dependencies:\n  ${undeclared.join('\n  ')}`);
  process.exit(1);
}
console.log('Every package the shipped declarations import is a dependency.');

// The script-tag bundles' lazy chunks must not import the bundle back: a page
// that loads `news-widgets.js?ver=1` would evaluate it a second time under the
// chunk's plain address (see `adaptersChunk` in vite.config.ts).
const lazyFiles = ['dist/chunks', 'dist/locales'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => `${dir}/${f}`));
const backwards = lazyFiles.filter((file) => /(?:^|[;}\s])import\s*[^("'`]*["'`][^"'`]*news-widgets[^"'`/]*\.js["'`]/.test(readFileSync(file, 'utf8')));
if (backwards.length) {
  console.error(`These chunks import a bundle by its plain address:\n  ${backwards.join('\n  ')}`);
  process.exit(1);
}
console.log(`None of the ${lazyFiles.length} lazy chunks imports a bundle.`);

// Every package bundled into a script (per its source map) has its licence in
// THIRD-PARTY-NOTICES.txt, which every script that bundles packages names.
const notices = existsSync('dist/THIRD-PARTY-NOTICES.txt') ? readFileSync('dist/THIRD-PARTY-NOTICES.txt', 'utf8') : '';
const scripts = ['dist/news-widgets.js', 'dist/news-widgets.hydrate.js', 'dist/news-widgets.iife.js', ...lazyFiles.filter((f) => f.startsWith('dist/chunks/'))];
const unnamed = new Set();
const unmarked = [];
for (const file of scripts) {
  const {sources} = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const packages = new Set(sources.map((source) => source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1]).filter(Boolean));
  for (const name of packages) {
    const {version} = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
    if (!notices.includes(`\n${name} ${version} — `)) unnamed.add(`${name} ${version}`);
  }
  if (packages.size && !readFileSync(file, 'utf8').startsWith('/*! news-widgets ')) unmarked.push(file);
}
if (unnamed.size || unmarked.length) {
  if (unnamed.size) console.error(`Bundled but missing from dist/THIRD-PARTY-NOTICES.txt: ${[...unnamed].join(', ')}`);
  if (unmarked.length) console.error(`Bundle packages without the banner naming the notices: ${unmarked.join(', ')}`);
  process.exit(1);
}
console.log(`The licences of the packages in ${scripts.length} scripts are in dist/THIRD-PARTY-NOTICES.txt.`);

// An application that imports one element's entry gets that element's typed events (`event.detail`), as one
// that imports the main entry does: each entry's declarations must reach the event map of src/events.ts.
const {default: ts} = await import('typescript');
const {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} = await import('node:fs');
const {tmpdir} = await import('node:os');
/** An event of each element, and a field of its detail. */
const EVENTS = [
  ['news-article-card', 'news-article-select', 'article'],
  ['news-article-list', 'news-load', 'src'],
  ['news-related-list', 'news-error', 'kind'],
  ['news-category-nav', 'news-category-select', 'category'],
  ['news-article', 'news-load', 'feed'],
  ['news-provider', 'news-error', 'kind'],
];
const failures = [];
/** Type-checks `source` as an application's module (strict, bundler resolution); `name` labels its errors. */
function probe(name, source, moduleResolution = ts.ModuleResolutionKind.Bundler) {
  const file = path.isAbsolute(name) ? `${name}.ts` : `dist/.types-probe-${name.replace(/\W/g, '-')}.ts`;
  writeFileSync(file, source);
  try {
    const program = ts.createProgram([file], {strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [], skipLibCheck: true});
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
    if (diagnostics.length) failures.push(`${name}: ${diagnostics.join('; ')}`);
  } finally {
    rmSync(file);
  }
}
// A probe per entry, so that one entry's declarations cannot cover for another's.
for (const [tag, event, field] of EVENTS) {
  probe(tag, `import 'news-widgets/${tag}.js';\ndocument.createElement('${tag}').addEventListener('${event}', (e) => void e.detail.${field});\nexport {};\n`);
}
// The script-tag bundles imported from npm: the classes, the model's types and the typed events, as from the main entry.
for (const bundle of ['news-widgets.js', 'news-widgets.hydrate.js']) {
  probe(bundle, [
    `import {NewsArticleCard, registerLocale} from 'news-widgets/${bundle}';`,
    `import type {Article, NewsErrorDetail} from 'news-widgets/${bundle}';`,
    'const card: NewsArticleCard = new NewsArticleCard();',
    'export const article: Article | undefined = card.article;',
    "card.addEventListener('news-error', (e) => void (e.detail satisfies NewsErrorDetail).kind);",
    "registerLocale('fr', async () => ({templates: {}}));",
  ].join('\n'));
}
// Projects still on `"moduleResolution": "node"` ignore `exports`: typesVersions names the same declarations for them.
const typedExports = Object.entries(pkg.exports).filter(([key, entry]) => key !== '.' && typeof entry === 'object' && entry.types);
const mapped = pkg.typesVersions?.['*'] ?? {};
for (const [key, entry] of typedExports) {
  const subpath = key.slice(2);
  if (mapped[subpath]?.[0] !== entry.types.slice(2)) failures.push(`typesVersions maps ${subpath} to ${mapped[subpath]} where exports say ${entry.types}`);
}
// Node10 resolution has no self-reference by package name: the probe imports the package from a node_modules.
const outside = mkdtempSync(path.join(tmpdir(), 'news-widgets-node10-'));
mkdirSync(path.join(outside, 'node_modules'));
try {
  // A junction on Windows, where a directory symlink needs privileges; a plain symlink elsewhere.
  symlinkSync(process.cwd(), path.join(outside, 'node_modules', 'news-widgets'), 'junction');
  probe(path.join(outside, 'node10'), `${typedExports.map(([key], i) => `import type * as m${i} from 'news-widgets/${key.slice(2)}';`).join('\n')}\nexport type All = [${typedExports.map((_, i) => `typeof m${i}`).join(', ')}];\n`, ts.ModuleResolutionKind.Node10);
} finally {
  rmSync(outside, {recursive: true});
}
// The JSX types as a React application uses them (test/types/react-jsx.tsx, with its own tsconfig), against the
// built dist/jsx.d.ts, through the TypeScript already loaded for the probes.
const jsx = ts.getParsedCommandLineOfConfigFile('test/types/tsconfig.json', {}, {...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {}});
const jsxDiagnostics = ts.getPreEmitDiagnostics(ts.createProgram(jsx.fileNames, jsx.options));
if (jsxDiagnostics.length) failures.push(`dist/jsx.d.ts in a React application: ${ts.formatDiagnostics(jsxDiagnostics, {getCanonicalFileName: (f) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => '\n    '})}`);
if (failures.length) {
  console.error(`Types missing for code that imports an entry or a bundle:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`Each of the ${EVENTS.length} element entries brings its typed events; both script-tag bundles bring the main entry's types; every typed subpath resolves under "moduleResolution": "node" too; dist/jsx.d.ts types a React application's refs, keys, DOM events and element props.`);
