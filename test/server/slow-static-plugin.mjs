/**
 * Serves the project's demo/ and dist/ under /__slow/<feed ms>-<image ms>/...,
 * holding JSON answers (feeds) back by the first delay and images by the
 * second; pages, scripts and styles answer at once. Relative URLs keep the
 * prefix, so a demo page opened as /__slow/1000-1000/demo/article.html loads
 * its bundle at once and its feed and images slowly, as on a slow news API
 * and image CDN. Nothing is cached, so every visit waits again.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';

const PREFIX = /^\/__slow\/(\d+)-(\d+)(\/.*)$/;
const IMAGE = /\.(svg|png|jpe?g|webp|avif|gif)$/i;
const BINARY = /\.(png|jpe?g|webp|avif|gif)$/i;
const root = process.cwd();
const allowed = ['demo', 'dist'].map((dir) => path.join(root, dir) + path.sep);

export function slowStaticPlugin() {
  return {
    name: 'news-slow-static',
    async serve(context) {
      const match = PREFIX.exec(context.path);
      if (!match) return undefined;
      const [, feedMs, imageMs, rest] = match;
      const file = path.join(root, decodeURIComponent(rest));
      if (!allowed.some((dir) => file.startsWith(dir))) return undefined;
      let body;
      try {
        body = await readFile(file, BINARY.test(file) ? undefined : 'utf8');
      } catch {
        return undefined;
      }
      const ext = path.extname(file).slice(1);
      const delay = ext === 'json' ? Number(feedMs) : IMAGE.test(file) ? Number(imageMs) : 0;
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      return {body, type: ext, headers: {'Cache-Control': 'no-store'}};
    },
  };
}
