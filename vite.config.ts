import {defineConfig} from 'vite';
import type {Plugin} from 'vite';
import {buildTransforms} from './scripts/build-transforms.mjs';

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
      if (!/[\\/]i18n[\\/]generated[\\/]locales[\\/]/.test(id)) return undefined;
      const importLine = /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/;
      if (/from\s*['"]lit['"]/.test(code)) this.error(`${id} uses html\`\` messages; catalogs must hold plain-text (str) messages only.`);
      // One line changes in place; the lines around it keep their positions.
      return {code: code.replace(importLine, 'const str = (strings, ...values) => ({strTag: true, strings, values});'), map: null};
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
  plugins: [selfContainedCatalogs(), buildTransforms()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    // Library mode leaves ES output unminified by default; the script-tag bundle should be small.
    minify: true,
    lib: {
      entry: 'src/news-widgets.ts',
      name: 'NewsWidgets',
      formats: mode === 'iife' ? ['iife'] : ['es'],
      fileName: (format) => (format === 'iife' ? 'news-widgets.iife.js' : 'news-widgets.js'),
    },
    rolldownOptions: {
      // Lets modules shared with a lazy chunk (errors, the sanitizer's URL
      // checks) stay inside the bundle, which then exports a few more names,
      // instead of becoming extra files that the bundle must fetch first.
      preserveEntrySignatures: 'allow-extension',
      // The client and the feed controller are imported dynamically so that
      // an element's own entry point can leave them out; this bundle holds
      // them statically on purpose.
      checks: {ineffectiveDynamicImport: false},
      output:
        mode === 'iife'
          ? {codeSplitting: false, minify: true}
          : {
              minify: true,
              // Catalogs under locales/, anything else loaded on demand (DOMPurify) under chunks/.
              chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => id.includes('/i18n/generated/locales/')) ? 'locales/[name]-[hash].js' : 'chunks/[name]-[hash].js'),
            },
    },
  },
}));
