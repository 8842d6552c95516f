import type {StorybookConfig} from '@storybook/web-components-vite';
import type {Plugin} from 'vite';
import {mockRoutes} from './mock-routes.mjs';

/** Serves the mock endpoints (static/mock-routes-core.mjs) from the dev server. */
const mockRoutesPlugin = (): Plugin => ({
  name: 'news-widgets:mock-routes',
  configureServer(server) {
    server.middlewares.use(mockRoutes);
  },
});

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/docs/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  staticDirs: [
    // The demo's sample feeds and images, at the same paths as on the demo server.
    {from: '../demo', to: '/demo'},
    // Feeds made for the stories alone: paging, an empty feed, awkward articles.
    {from: '../stories/fixtures', to: '/fixtures'},
    // The service worker that answers the mock endpoints in a built Storybook (no server of ours there).
    {from: './static', to: '/'},
  ],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  // Storybook merges the project's vite.config.ts (minus its library build),
  // and vite 8 compiles TypeScript with the project's tsconfig.json, so the
  // legacy decorators and `useDefineForClassFields: false` apply here as in
  // the library build.
  viteFinal: async (viteConfig) => {
    const {mergeConfig} = await import('vite');
    return mergeConfig(viteConfig, {
      plugins: [mockRoutesPlugin()],
      // Storybook's web-components renderer imports this entry; prebundled with
      // the rest of lit, the dev server loads a single copy of lit-html.
      optimizeDeps: {include: ['lit/directive-helpers.js']},
      // The preview bundle is large by nature (Storybook, axe); its size is not ours to warn about.
      build: {chunkSizeWarningLimit: 1500},
    });
  },
};

export default config;
