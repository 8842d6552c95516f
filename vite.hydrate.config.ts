import {defineConfig} from 'vite';
import type {ConfigEnv, UserConfig} from 'vite';
import base from './vite.config.js';

/**
 * `dist/news-widgets.hydrate.js`: the script-tag ES bundle of vite.config.ts
 * with Lit's hydration support first, for pages rendered by `news-widgets/ssr`.
 * Same plugins and chunking; only the entry and the file name differ.
 */
export default defineConfig((env: ConfigEnv) => {
  const config = (base as (env: ConfigEnv) => UserConfig)({...env, mode: 'es'});
  return {
    ...config,
    build: {
      ...config.build,
      lib: {
        entry: 'src/news-widgets.hydrate.ts',
        formats: ['es'],
        fileName: () => 'news-widgets.hydrate.js',
      },
    },
  };
});
