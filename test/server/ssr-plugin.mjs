/**
 * Server-renders fixtures for the hydration tests with the built
 * `dist/ssr` API, as a CMS would: GET /__ssr/render?tag=...&feed=<file>&src=<url>
 * &lang=..&attrs=<json>&now=<ISO date>&children=<json>. `feed` is a JSON file under demo/data or
 * test/fixtures; `src` is what the widget will have in the page.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

const root = process.cwd();
const allowed = ['demo/data', 'test/fixtures'].map((dir) => path.join(root, dir) + path.sep);

/** `embed-feed` among the attributes is the `embedFeed` option, not an attribute. */
function renderOptions({'embed-feed': embed, ...attributes}) {
  return {attributes, embedFeed: embed !== 'false'};
}

export function ssrPlugin() {
  return {
    name: 'news-ssr-fixtures',
    async serve(context) {
      if (context.path !== '/__ssr/render') return undefined;
      const query = context.URL.searchParams;
      const file = path.resolve(root, query.get('feed') ?? '');
      if (!allowed.some((dir) => file.startsWith(dir))) return {status: 400, body: 'feed outside the fixtures', type: 'txt'};
      try {
        const {renderWidget} = await import(pathToFileURL(path.join(root, 'dist/ssr/index.js')).href);
        const src = query.get('src') ?? undefined;
        const html = await renderWidget({
          tag: query.get('tag'),
          src,
          json: JSON.parse(await readFile(file, 'utf8')),
          baseUrl: new URL(src ?? '/', context.URL.origin).href,
          lang: query.get('lang') ?? undefined,
          ...renderOptions(JSON.parse(query.get('attrs') ?? '{}')),
          jsonLd: query.has('jsonLd'),
          now: query.has('now') ? Date.parse(query.get('now')) : undefined,
          children: query.has('children') ? JSON.parse(query.get('children')) : undefined,
        });
        return {body: html, type: 'html'};
      } catch (error) {
        return {status: 500, body: String(error?.stack ?? error), type: 'txt'};
      }
    },
  };
}
