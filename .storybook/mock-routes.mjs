/**
 * The stories' mock endpoints (static/mock-routes-core.mjs, which lists
 * them) over HTTP: a vite middleware in `storybook dev` (see main.ts), and
 * the smoke test's server.
 */
import {readFile} from 'node:fs/promises';
import {answerMock} from './static/mock-routes-core.mjs';

/** @type {import('./static/mock-routes-core.mjs').MockHost} */
const host = {
  wpPosts: (lang) => readFile(new URL(`../demo/data/${lang}/wp-posts.json`, import.meta.url), 'utf8'),
  demoPath: '/demo/',
};

/**
 * Connect-style middleware: answers `/__mock/*`, passes anything else to `next`.
 *
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {() => void} next
 */
export function mockRoutes(req, res, next) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const answer = url.pathname.startsWith('/__mock/') ? answerMock(url, host) : undefined;
  if (!answer) return next();
  answer.then((mock) => {
    // null: the request stays open until the client goes away.
    if (!mock || res.writableEnded || res.destroyed) return;
    res.writeHead(mock.status, {'Cache-Control': 'no-store', ...mock.headers});
    res.end(mock.body);
  });
}
