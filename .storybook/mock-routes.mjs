/**
 * Endpoints that misbehave on purpose, for the stories of loading and error
 * states. The widgets meet them through their real HTTP client: nothing in
 * the page is stubbed. The same handler serves them in `storybook dev` (a
 * vite middleware, see main.ts) and in the smoke test's static server, since
 * a static build has no server of its own.
 *
 *   /__mock/hang                   never answers (the widget's skeleton, until the client's timeout)
 *   /__mock/500                    HTTP 500
 *   /__mock/404                    HTTP 404 (a broken image)
 *   /__mock/invalid-json           200 with a body that is not JSON
 *   /__mock/slow?ms=N&to=PATH      answers after N ms (at most 5 s) with a redirect to PATH
 *   /__mock/flaky?key=K&fails=N&to=PATH
 *                                  HTTP 500 for the first N requests with key K (default 3: one
 *                                  load and the client's two retries), then a redirect to PATH;
 *                                  a story passes a fresh key on each render, so each starts failing
 *   /__mock/wp-posts?lang=L&page=P&per_page=N
 *                                  the demo's WordPress posts in pages, with X-WP-Total and
 *                                  X-WP-TotalPages as WordPress sends them
 *
 * PATH is a path on the same server (`/demo/data/en/feed.json`): redirects
 * go nowhere else.
 */
import {readFile} from 'node:fs/promises';

export const MOCK_PREFIX = '/__mock/';

/** @typedef {import('node:http').ServerResponse} Response */

/** Requests seen per flaky key; bounded, since keys are made fresh on every story render. */
const flakyCounts = new Map();
const MAX_FLAKY_KEYS = 500;

/** The demo's WordPress export for a language, read once. */
const wpPosts = new Map();
const WP_LANGUAGES = new Set(['en', 'fr', 'vi']);

/** @type {Record<string, (res: Response, params: URLSearchParams) => void | Promise<void>>} */
const routes = {
  hang: () => {
    // The request stays open until the client goes away.
  },
  500: (res) => serverError(res),
  404: (res) => {
    send(res, 404, {'Content-Type': 'text/plain'}, 'Not found');
  },
  'invalid-json': (res) => {
    send(res, 200, {'Content-Type': 'application/json'}, '{"version": "https://jsonfeed.org/version/1.1", "items": [');
  },
  slow: (res, params) => {
    const to = localPath(params.get('to'));
    if (!to) return send(res, 400, {'Content-Type': 'text/plain'}, 'slow needs to=/a/path');
    const ms = Math.min(Math.max(Number(params.get('ms')) || 1000, 0), 5000);
    const timer = setTimeout(() => redirect(res, to), ms);
    res.on('close', () => clearTimeout(timer));
  },
  flaky: (res, params) => {
    const to = localPath(params.get('to'));
    const key = params.get('key');
    if (!to || !key) return send(res, 400, {'Content-Type': 'text/plain'}, 'flaky needs key=... and to=/a/path');
    const fails = Number(params.get('fails') ?? 3);
    const seen = flakyCounts.get(key) ?? 0;
    flakyCounts.delete(key);
    flakyCounts.set(key, seen + 1);
    if (flakyCounts.size > MAX_FLAKY_KEYS) flakyCounts.delete(flakyCounts.keys().next().value);
    if (seen < fails) serverError(res);
    else redirect(res, to);
  },
  'wp-posts': async (res, params) => {
    const lang = params.get('lang') ?? 'en';
    if (!WP_LANGUAGES.has(lang)) return send(res, 400, {'Content-Type': 'text/plain'}, 'lang is en, fr or vi');
    if (!wpPosts.has(lang)) {
      const file = new URL(`../demo/data/${lang}/wp-posts.json`, import.meta.url);
      // The export's URLs are relative to demo/data/<lang>/ (`../../images/...`); served from here, they are made absolute.
      const text = (await readFile(file, 'utf8')).replaceAll('../../', '/demo/');
      wpPosts.set(lang, JSON.parse(text));
    }
    const posts = wpPosts.get(lang);
    const perPage = Math.min(Math.max(Number(params.get('per_page')) || 10, 1), 100);
    const page = Math.max(Number(params.get('page')) || 1, 1);
    const totalPages = Math.max(Math.ceil(posts.length / perPage), 1);
    // WordPress answers a page past the end with 400 rest_post_invalid_page_number.
    if (page > totalPages) return send(res, 400, {'Content-Type': 'application/json'}, '{"code":"rest_post_invalid_page_number"}');
    const body = JSON.stringify(posts.slice((page - 1) * perPage, page * perPage));
    send(res, 200, {'Content-Type': 'application/json', 'X-WP-Total': String(posts.length), 'X-WP-TotalPages': String(totalPages)}, body);
  },
};

/**
 * A path on this server, never another origin (`//host` or `https://host`).
 *
 * @param {string | null} value
 */
function localPath(value) {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') ? value : undefined;
}

/** @param {Response} res */
function serverError(res) {
  // Retry-After: 0 lets the client's two retries run at once, so the error
  // shows without its usual backoff.
  send(res, 500, {'Content-Type': 'application/json', 'Retry-After': '0'}, '{"error":"internal"}');
}

/**
 * @param {Response} res
 * @param {string} to
 */
function redirect(res, to) {
  send(res, 302, {Location: to}, '');
}

/**
 * @param {Response} res
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {string} body
 */
function send(res, status, headers, body) {
  if (res.writableEnded || res.destroyed) return;
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
  const {pathname, searchParams} = new URL(req.url ?? '/', 'http://localhost');
  if (!pathname.startsWith(MOCK_PREFIX)) return next();
  const name = pathname.slice(MOCK_PREFIX.length);
  if (!Object.hasOwn(routes, name)) return send(res, 404, {'Content-Type': 'text/plain'}, `No mock route ${pathname}`);
  Promise.resolve(routes[name](res, searchParams)).catch((error) => {
    send(res, 500, {'Content-Type': 'text/plain'}, `Mock route ${pathname} failed: ${error.message}`);
  });
}
