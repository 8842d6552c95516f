import {defineConfig} from 'vite';

/**
 * Library build for the script tag: one self-contained ES module and one
 * classic script, both registering every element on load. The npm entry
 * points (classes without side effects, one define file per element) are
 * plain ES modules built by `tsc` (see tsconfig.build.json).
 */
export default defineConfig(({mode}) => ({
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
      output: {codeSplitting: false, minify: true},
    },
  },
}));
