import {defineConfig} from 'vite';
import type {ConfigEnv, UserConfig} from 'vite';
import base from './vite.config.js';

/**
 * `dist/news-widgets.hydrate.js`: the script-tag ES bundle of vite.config.ts
 * with Lit's hydration support first, for pages rendered by `news-widgets/ssr`.
 * Same plugins and chunking; the entry and the file name differ, and the
 * adapters are part of the bundle (see `adaptersInBundle` in vite.config.ts).
 */
export default defineConfig((env: ConfigEnv) => {
  const config = (base as (env: ConfigEnv) => UserConfig)({...env, mode: 'hydrate'});
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
