/**
 * Serves the public test corpora of ../shared/data (DOMPurify's XSS vectors,
 * real feeds) at /__shared-data/..., without copying them into the project.
 * A missing file answers 404, and the tests that use it say they skipped.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(process.cwd(), '../shared/data');

export function sharedDataPlugin() {
  return {
    name: 'news-shared-data',
    async serve(context) {
      if (!context.path.startsWith('/__shared-data/')) return undefined;
      const file = path.resolve(root, decodeURIComponent(context.path.slice('/__shared-data/'.length)));
      // Anything outside the folder, or missing, falls through to the runner's own 404.
      if (!file.startsWith(root + path.sep)) return undefined;
      try {
        const body = await readFile(file, 'utf8');
        return {body, type: file.endsWith('.mjs') ? 'js' : path.extname(file).slice(1) || 'txt'};
      } catch {
        return undefined;
      }
    },
  };
}
