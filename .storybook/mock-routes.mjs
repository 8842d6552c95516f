/**
 * Endpoints that misbehave on purpose, for the stories of loading and error
 * states. The widgets meet them through their real HTTP client: nothing in
 * the page is stubbed. The same handler serves them in `storybook dev` (a
 * vite middleware, see main.ts) and in the smoke test's static server, since
 * a static build has no server of its own.
 *
 *   /__mock/hang          never answers (the widget's skeleton, until the client's timeout)
 *   /__mock/500           HTTP 500
 *   /__mock/404           HTTP 404 (a broken image)
 *   /__mock/invalid-json  200 with a body that is not JSON
 */

export const MOCK_PREFIX = '/__mock/';

/** @typedef {import('node:http').ServerResponse} Response */

/** @type {Record<string, (res: Response) => void>} */
const routes = {
  hang: () => {
    // The request stays open until the client goes away.
  },
  500: (res) => {
    // Retry-After: 0 lets the client's two retries run at once, so the error
    // shows without its usual backoff.
    send(res, 500, {'Content-Type': 'application/json', 'Retry-After': '0'}, '{"error":"internal"}');
  },
  404: (res) => {
    send(res, 404, {'Content-Type': 'text/plain'}, 'Not found');
  },
  'invalid-json': (res) => {
    send(res, 200, {'Content-Type': 'application/json'}, '{"version": "https://jsonfeed.org/version/1.1", "items": [');
  },
};

/**
 * @param {Response} res
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {string} body
 */
function send(res, status, headers, body) {
  res.writeHead(status, {'Cache-Control': 'no-store', ...headers});
  res.end(body);
}

/**
 * Connect-style middleware: answers `/__mock/*`, passes anything else to `next`.
 *
 * @param {import('node:http').IncomingMessage} req
 * @param {Response} res
 * @param {() => void} next
 */
export function mockRoutes(req, res, next) {
  const {pathname} = new URL(req.url ?? '/', 'http://localhost');
  if (!pathname.startsWith(MOCK_PREFIX)) return next();
  const name = pathname.slice(MOCK_PREFIX.length);
  if (Object.hasOwn(routes, name)) routes[name](res);
  else send(res, 404, {'Content-Type': 'text/plain'}, `No mock route ${pathname}`);
}
