/**
 * Endpoints that misbehave on purpose, for the stories of loading and error
 * states, as answers without a server: `storybook dev` and the smoke test's
 * server send them over HTTP (../mock-routes.mjs), and a static build on any
 * host answers them from a service worker (mock-service-worker.js), so its
 * stories show the same states. The widgets meet them through their real
 * HTTP client either way: nothing in the page is stubbed.
 *
 *   __mock/hang                   never answers (the widget's skeleton, until the client's timeout)
 *   __mock/500                    HTTP 500
 *   __mock/404                    HTTP 404 (a broken image)
 *   __mock/invalid-json           200 with a body that is not JSON
 *   __mock/slow?ms=N&to=PATH      answers after N ms (at most 5 s) with a redirect to PATH
 *   __mock/flaky?key=K&fails=N&to=PATH
 *                                 HTTP 500 for the first N requests with key K (default 3: one
 *                                 load and the client's two retries), then a redirect to PATH;
 *                                 a story passes a fresh key on each render, so each starts failing
 *   __mock/wp-posts?lang=L&page=P&per_page=N
 *                                 the demo's WordPress posts in pages, with X-WP-Total and
 *                                 X-WP-TotalPages as WordPress sends them
 *
 * PATH is a path on the same server (`/demo/data/en/feed.json`): redirects
 * go nowhere else.
 */

export const MOCK_SEGMENT = '/__mock/';

/**
 * @typedef {{status: number, headers: Record<string, string>, body: string}} MockAnswer
 * @typedef {{
 *   wpPosts(lang: string): Promise<string>,
 *   demoPath: string,
 * }} MockHost what the host provides: the demo's WordPress export for a language, and the path the demo is served at
 */

/** Requests seen per flaky key; bounded, since keys are made fresh on every story render. */
const flakyCounts = new Map();
const MAX_FLAKY_KEYS = 500;

/** The demo's WordPress export per language, read once. */
const wpPosts = new Map();
const WP_LANGUAGES = new Set(['en', 'fr', 'vi']);

/** @type {(status: number, body: string) => MockAnswer} */
const text = (status, body) => ({status, headers: {'Content-Type': 'text/plain'}, body});
/** @type {(status: number, body: string, headers?: Record<string, string>) => MockAnswer} */
const json = (status, body, headers = {}) => ({status, headers: {'Content-Type': 'application/json', ...headers}, body});
// Retry-After: 0 lets the client's two retries run at once, so the error shows without its usual backoff.
const serverError = () => json(500, '{"error":"internal"}', {'Retry-After': '0'});
/** @type {(to: string) => MockAnswer} */
const redirect = (to) => ({status: 302, headers: {Location: to}, body: ''});

/**
 * A path on this server, never another origin (`//host` or `https://host`).
 *
 * @param {string | null} value
 */
const localPath = (value) => (value && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') ? value : undefined);

/** @type {Record<string, (params: URLSearchParams, host: MockHost) => MockAnswer | null | Promise<MockAnswer | null>>} */
const routes = {
  // null: the request stays open until the client goes away.
  hang: () => null,
  500: () => serverError(),
  404: () => text(404, 'Not found'),
  'invalid-json': () => json(200, '{"version": "https://jsonfeed.org/version/1.1", "items": ['),
  slow: async (params) => {
    const to = localPath(params.get('to'));
    if (!to) return text(400, 'slow needs to=/a/path');
    const ms = Math.min(Math.max(Number(params.get('ms')) || 1000, 0), 5000);
    await new Promise((resolve) => setTimeout(resolve, ms));
    return redirect(to);
  },
  flaky: (params) => {
    const to = localPath(params.get('to'));
    const key = params.get('key');
    if (!to || !key) return text(400, 'flaky needs key=... and to=/a/path');
    const fails = Number(params.get('fails') ?? 3);
    const seen = flakyCounts.get(key) ?? 0;
    flakyCounts.delete(key);
    flakyCounts.set(key, seen + 1);
    if (flakyCounts.size > MAX_FLAKY_KEYS) flakyCounts.delete(flakyCounts.keys().next().value);
    return seen < fails ? serverError() : redirect(to);
  },
  'wp-posts': async (params, host) => {
    const lang = params.get('lang') ?? 'en';
    if (!WP_LANGUAGES.has(lang)) return text(400, 'lang is en, fr or vi');
    if (!wpPosts.has(lang)) {
      // The export's URLs are relative to demo/data/<lang>/ (`../../images/...`); served from here, they are made absolute.
      wpPosts.set(lang, JSON.parse((await host.wpPosts(lang)).replaceAll('../../', host.demoPath)));
    }
    const posts = wpPosts.get(lang);
    const perPage = Math.min(Math.max(Number(params.get('per_page')) || 10, 1), 100);
    const page = Math.max(Number(params.get('page')) || 1, 1);
    const totalPages = Math.max(Math.ceil(posts.length / perPage), 1);
    // WordPress answers a page past the end with 400 rest_post_invalid_page_number.
    if (page > totalPages) return json(400, '{"code":"rest_post_invalid_page_number"}');
    const body = JSON.stringify(posts.slice((page - 1) * perPage, page * perPage));
    return json(200, body, {'X-WP-Total': String(posts.length), 'X-WP-TotalPages': String(totalPages)});
  },
};

/**
 * The answer for `url` when it names a mock endpoint (`…/__mock/name`):
 * `undefined` when it does not, `null` for one that never answers.
 *
 * @param {URL} url
 * @param {MockHost} host
 * @returns {Promise<MockAnswer | null> | undefined}
 */
export function answerMock(url, host) {
  const at = url.pathname.lastIndexOf(MOCK_SEGMENT);
  if (at < 0) return undefined;
  const name = url.pathname.slice(at + MOCK_SEGMENT.length);
  if (!Object.hasOwn(routes, name)) return Promise.resolve(text(404, `No mock route ${url.pathname}`));
  return Promise.resolve()
    .then(() => routes[name](url.searchParams, host))
    .catch((error) => text(500, `Mock route ${url.pathname} failed: ${error.message}`));
}
