/**
 * A real HTTP server on 127.0.0.1 for network tests. Every route answers with
 * CORS headers so the browser under test may read it.
 */
import http from 'node:http';

export async function startFaultServer() {
  const hits = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const key = url.searchParams.get('key') ?? url.pathname;
    hits.set(key, (hits.get(key) ?? 0) + 1);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', '*');
    if (url.pathname === '/hits') {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({count: hits.get(url.searchParams.get('of')) ?? 0}));
      return;
    }
    if (url.pathname === '/json') {
      res.setHeader('Content-Type', 'application/json');
      res.end(url.searchParams.get('body') ?? '{}');
      return;
    }
    res.statusCode = 404;
    res.end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
