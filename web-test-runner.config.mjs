import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {countingReporter} from './test/server/counting-reporter.mjs';
import {faultServerPlugin} from './test/server/fault-server-plugin.mjs';
import {sharedDataPlugin} from './test/server/shared-data-plugin.mjs';
import {chromiumArgs, chromiumPath} from './scripts/chromium.mjs';
import {etagServerPlugin} from './test/server/etag-server.mjs';
import {cspPlugin} from './test/server/csp-plugin.mjs';
import {heapPlugin} from './test/server/heap-plugin.mjs';
import {forcedColorsPlugin} from './test/server/forced-colors-plugin.mjs';
import {slowStaticPlugin} from './test/server/slow-static-plugin.mjs';
import {ssrPlugin} from './test/server/ssr-plugin.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a second page would be a background tab, where
  // animation frames and lazy images wait until it is shown.
  concurrency: 1,
  testsFinishTimeout: 180_000,
  browserStartTimeout: 60_000,
  testFramework: {config: {timeout: 10_000}},
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'}), faultServerPlugin(), sharedDataPlugin(), etagServerPlugin(), cspPlugin(), heapPlugin(), forcedColorsPlugin(), slowStaticPlugin(), ssrPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: chromiumPath, headless: true, args: chromiumArgs},
    }),
  ],
  reporters: [defaultReporter(), countingReporter()],
};
