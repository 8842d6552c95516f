import {defineConfig} from 'vite';
import type {Plugin} from 'vite';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import license from 'rollup-plugin-license';
import {buildTransforms} from './scripts/build-transforms.mjs';

const CATALOG_MODULE = /[\\/]i18n[\\/]generated[\\/]locales[\\/]/;
/** A chunk of the ES build that holds a catalog (under dist/locales/). */
const isCatalog = (chunk: {moduleIds: readonly string[]}) => chunk.moduleIds.some((id) => CATALOG_MODULE.test(id));

/**
 * Generated catalogs import `str` from @lit/localize. Shared with the main
 * bundle, that import makes the bundler split @lit/localize (and Lit with it)
 * into a third file every page must load. `str` only records its arguments,
 * so each catalog gets its own two-line copy and stays a leaf chunk.
 */
function selfContainedCatalogs(): Plugin {
  return {
    name: 'news-widgets:self-contained-catalogs',
    transform(code, id) {
      if (!CATALOG_MODULE.test(id)) return undefined;
      const importLine = /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/;
      if (/from\s*['"]lit['"]/.test(code)) this.error(`${id} uses html\`\` messages; catalogs must hold plain-text (str) messages only.`);
      // One line changes in place; the lines around it keep their positions.
      return {code: code.replace(importLine, 'const str = (strings, ...values) => ({strTag: true, strings, values});'), map: null};
    },
  };
}

const ADAPTERS_ENTRY = 'src/data/load-feed.ts';
const ADAPTERS_RECORD = 'dist/chunks/adapters.json';
const ADAPTERS_ID = 'news-widgets:adapters-chunk';

/** Whether `importer` is the one module that imports the adapters (sanitizer-slot.ts). */
const importsAdapters = (source: string, importer: string | undefined) =>
  source === './load-feed.js' && importer !== undefined && /[\\/]src[\\/]data[\\/]sanitizer-slot\.ts$/.test(importer);

/**
 * The adapters chunk of the script-tag bundle is built on its own (mode
 * `adapters`, before the bundle) so that it imports nothing from the bundle.
 * Had it shared modules with the bundle, it would import them from
 * `../news-widgets.js`: a page that loads `news-widgets.js?ver=1.2` (as
 * WordPress does) would then evaluate the whole bundle a second time under
 * the other address, with its own error class and sanitizer slot. It carries
 * its own copies of the few small modules it shares with the bundle (errors,
 * URL checks); sanitizer-slot.ts and errors.ts are written for that.
 */
function adaptersChunk(mode: string): Plugin {
  return {
    name: 'news-widgets:adapters-chunk',
    enforce: 'pre',
    // The library builds only: Storybook merges this config without `build.lib`.
    apply: (config) => Boolean(config.build?.lib),
    resolveId(source, importer) {
      if (mode === 'adapters' || !importsAdapters(source, importer)) return undefined;
      return {id: ADAPTERS_ID, external: true};
    },
    outputOptions(options) {
      if (mode === 'adapters') return undefined;
      if (!existsSync(ADAPTERS_RECORD)) this.error(`${ADAPTERS_RECORD} is missing: build the adapters chunk first (vite build --mode adapters; npm run build does both)`);
      const {file} = JSON.parse(readFileSync(ADAPTERS_RECORD, 'utf8')) as {file: string};
      return {...options, paths: {[ADAPTERS_ID]: `./${file}`}};
    },
    generateBundle(_, bundle) {
      if (mode !== 'adapters') return;
      const entry = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
      this.emitFile({type: 'asset', fileName: 'chunks/adapters.json', source: JSON.stringify({file: entry!.fileName})});
    },
  };
}

/**
 * The hydration bundle already holds the adapters (it reads the feeds
 * embedded by the server), so their module is part of it rather than a
 * chunk that would import the rest from the bundle's own address.
 */
function adaptersInBundle(): Plugin {
  return {
    name: 'news-widgets:adapters-in-bundle',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]data[\\/]sanitizer-slot\.ts$/.test(id)) return undefined;
      // The import itself, not the `typeof import(...)` types that name the module.
      const dynamic = /(?<!typeof )import\('\.\/load-feed\.js'\)/g;
      if (!dynamic.test(code)) this.error(`${id} no longer imports ./load-feed.js as expected`);
      // The import goes last (imports are hoisted) so that every line keeps its number in the source map.
      return {code: `${code.replace(dynamic, 'Promise.resolve(adaptersModule)')}\nimport * as adaptersModule from './load-feed.js';\n`, map: null};
    },
  };
}

const NOTICES = 'THIRD-PARTY-NOTICES.txt';
const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string};
/**
 * The minifier drops the `@license` comments of the bundled packages, so every
 * built script names the file that carries their notices instead. Added after
 * minification, which would remove it too.
 */
const BANNER = `/*! news-widgets ${version} | MIT | bundled packages' licenses: ${NOTICES} */`;

const NOTICES_RECORD = 'dist/chunks/third-party.json';
type Notice = {name: string; version: string; license: string; homepage?: string; licenseText?: string; noticeText?: string};

/**
 * dist/THIRD-PARTY-NOTICES.txt: name, version, licence and licence text of
 * every package bundled into dist/. Each of the builds of `npm run build`
 * adds the packages it bundled (the hydration bundle has Lit's SSR client,
 * the classic script DOMPurify), through dist/chunks/third-party.json, which
 * `npm run build` starts without. A package under a licence the project has
 * not agreed to ship fails the build.
 */
const thirdPartyNotices = (): Plugin => ({
  // A Rollup plugin; Rolldown runs the hooks it uses (renderChunk, generateBundle), only the context types differ.
  ...(license({
    thirdParty: {
      allow: {test: '(MIT OR BSD-3-Clause OR Apache-2.0 OR MPL-2.0 OR ISC)', failOnUnlicensed: true, failOnViolation: true},
      output: (dependencies) => {
        const notices = new Map<string, Notice>();
        if (existsSync(NOTICES_RECORD)) for (const n of JSON.parse(readFileSync(NOTICES_RECORD, 'utf8')) as Notice[]) notices.set(`${n.name}@${n.version}`, n);
        for (const d of dependencies) {
          const n = {name: d.name ?? '?', version: d.version ?? '?', license: d.license ?? '?', homepage: d.homepage ?? undefined, licenseText: d.licenseText?.trim(), noticeText: d.noticeText?.trim()};
          notices.set(`${n.name}@${n.version}`, n);
        }
        const all = [...notices.values()].sort((a, b) => a.name.localeCompare(b.name));
        mkdirSync('dist/chunks', {recursive: true});
        writeFileSync(NOTICES_RECORD, JSON.stringify(all));
        const entry = (n: Notice) =>
          [`${'='.repeat(72)}\n${n.name} ${n.version} — ${n.license}`, n.homepage, '', n.licenseText ?? '(no licence text in the package)', n.noticeText && `\n${n.noticeText}`]
            .filter((line) => line !== undefined)
            .join('\n');
        writeFileSync(`dist/${NOTICES}`, `Packages bundled into the scripts of news-widgets ${version}, with their licences.\n\n${all.map(entry).join('\n\n')}\n`);
      },
    },
  }) as unknown as Plugin),
  // The library builds only, not Storybook's (which merges this config without `build.lib`).
  apply: (config) => Boolean(config.build?.lib),
});

/**
 * Rolldown's helper that builds module namespace objects walks its argument
 * with `for…in`, which also visits enumerable properties a host page added to
 * Object.prototype: one that is not a function (`Object.prototype.enabled =
 * true`, say) made the bundle throw before any element was defined. Own keys
 * only. (test/embed checks such a page; it fails if the helper changes shape.)
 */
function namespaceOwnKeys(): Plugin {
  return {
    name: 'news-widgets:namespace-own-keys',
    apply: (config) => Boolean(config.build?.lib),
    renderChunk(code) {
      const loop = /for \(var (\w+) in (\w+)\)(\s*\{?\s*)__defProp\(/g;
      if (!loop.test(code)) return null;
      return {code: code.replace(loop, 'for (var $1 of Object.keys($2))$3__defProp('), map: null};
    },
  };
}

/**
 * Library build for the script tag: an ES module and a classic script, both
 * registering every element on load. The ES build keeps each non-English
 * catalog in its own chunk under dist/locales/, fetched only when a widget
 * speaks that language; a classic script cannot load chunks, so the IIFE
 * carries every catalog. The npm entry points (classes without side effects,
 * one define file per element) are plain ES modules built by `tsc` (see
 * tsconfig.build.json).
 */
export default defineConfig(({mode}) => ({
  plugins: [selfContainedCatalogs(), buildTransforms(), thirdPartyNotices(), namespaceOwnKeys(), ...(mode === 'hydrate' ? [adaptersInBundle()] : mode === 'iife' ? [] : [adaptersChunk(mode)])],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    // Library mode leaves ES output unminified by default; the script-tag bundle should be small.
    minify: true,
    lib: mode === 'adapters' ? {entry: ADAPTERS_ENTRY, formats: ['es'], fileName: () => 'chunks/load-feed.js'} : {
      entry: 'src/news-widgets.ts',
      name: 'NewsWidgets',
      formats: mode === 'iife' ? ['iife'] : ['es'],
      fileName: (format) => (format === 'iife' ? 'news-widgets.iife.js' : 'news-widgets.js'),
    },
    rolldownOptions: {
      // Modules that the bundle shares with its own dynamic imports (errors,
      // for the client and the feed controller, which it also holds
      // statically) stay inside it instead of becoming a file it must fetch
      // first. A lazy chunk would then import them from the bundle's address,
      // which is why the adapters chunk is built apart (adaptersChunk above)
      // and `npm test` checks that no chunk imports a bundle.
      preserveEntrySignatures: 'allow-extension',
      // The client and the feed controller are imported dynamically so that
      // an element's own entry point can leave them out; this bundle holds
      // them statically on purpose.
      checks: {ineffectiveDynamicImport: false},
      output:
        mode === 'iife'
          ? {codeSplitting: false, minify: true, postBanner: BANNER}
          : mode === 'adapters'
            ? {minify: true, postBanner: BANNER, entryFileNames: 'chunks/load-feed-[hash].js', chunkFileNames: 'chunks/[name]-[hash].js'}
            : {
              minify: true,
              // Catalogs are the project's own text; every other file holds bundled packages.
              postBanner: (chunk) => (isCatalog(chunk) ? '' : BANNER),
              // Catalogs under locales/, anything else loaded on demand (DOMPurify) under chunks/.
              chunkFileNames: (chunk) => (isCatalog(chunk) ? 'locales/[name]-[hash].js' : 'chunks/[name]-[hash].js'),
            },
    },
  },
}));
