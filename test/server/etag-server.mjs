/**
 * A feed server that caches as news servers do: an ETag and
 * `Cache-Control: no-cache`, so the browser must ask before reusing its copy.
 * GET /feed.json?key=K answers 304 to a matching If-None-Match; GET
 * /stats?key=K tells how many full answers and 304s that key got. Tests
 * learn its address from `import {etagServerUrl} from '/__etag-server.js'`.
 */
import http from 'node:http';

const ETAG = '"feed-v1"';
const body = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Cached feed',
  items: Array.from({length: 20}, (_, i) => ({id: `c${i}`, url: `https://news.example/c${i}`, title: `Cached story ${i}`})),
});

export function etagServerPlugin() {
  const stats = new Map();
  let server;
  let url;
  return {
    name: 'news-etag-server',
    async serverStart() {
      server = http.createServer((req, res) => {
        const {pathname, searchParams} = new URL(req.url, 'http://127.0.0.1');
        const key = searchParams.get('key') ?? '';
        const counts = stats.get(key) ?? {full: 0, notModified: 0};
        stats.set(key, counts);
        res.setHeader('Access-Control-Allow-Origin', '*');
        res.setHeader('Content-Type', 'application/json');
        if (pathname === '/stats') return res.end(JSON.stringify(counts));
        res.setHeader('ETag', ETAG);
        res.setHeader('Cache-Control', 'no-cache');
        if (req.headers['if-none-match'] === ETAG) {
          counts.notModified++;
          res.statusCode = 304;
          return res.end();
        }
        counts.full++;
        res.end(body);
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${server.address().port}`;
    },
    async serverStop() {
      server?.closeAllConnections();
      await new Promise((resolve) => server?.close(resolve));
    },
    serve(context) {
      if (context.path === '/__etag-server.js') return {body: `export const etagServerUrl = ${JSON.stringify(url)};`, type: 'js'};
      return undefined;
    },
  };
}
