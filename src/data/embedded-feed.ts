import type {Feed} from './model.js';

/**
 * A server-rendered widget carries the feed it was rendered from, so that it
 * comes alive in the browser without fetching it again and renders exactly
 * what the server did: an inert `<script type="application/json">` child
 * holding `{"src": ..., "feed": ...}` (written by `news-widgets/ssr`).
 */
export const EMBEDDED_FEED_ATTRIBUTE = 'data-news-feed';

/** JSON that is safe inside a `<script>` element: no `<` (so no `</script>`), no line separators. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

type Embedded = {src?: unknown; feed?: Partial<Feed>; bodies?: unknown};
const parsed = new WeakMap<Element, Embedded | null>();

function read(script: Element): Embedded | null {
  let data = parsed.get(script);
  if (data === undefined) {
    try {
      data = JSON.parse(script.textContent ?? '') as Embedded;
    } catch {
      data = null;
    }
    parsed.set(script, data);
  }
  return data;
}

/**
 * The feed embedded for `src`: in `host`'s own script, else in any in its
 * document (or shadow root), since widgets rendered from one feed may carry
 * it once between them. `undefined` when there is none or it does not parse.
 * It comes from the page's own HTML, and widgets check every URL and
 * sanitize bodies again when they render, so a forged one can do no more
 * than an `article` property could.
 */
export function embeddedFeed(host: Element, src: string): Feed | undefined {
  const selector = `script[type="application/json"][${EMBEDDED_FEED_ATTRIBUTE}]`;
  const own = host.querySelector(`:scope > ${selector}`);
  const root = host.getRootNode() as Document | ShadowRoot;
  const scripts = own ? [own, ...root.querySelectorAll(selector)] : root.querySelectorAll?.(selector) ?? [];
  for (const script of scripts) {
    const data = read(script);
    const feed = data?.feed;
    // A feed embedded without its bodies (no news-article in that render) cannot serve one.
    if (data?.bodies === false && host.localName === 'news-article') continue;
    if (data?.src === src && feed && Array.isArray(feed.articles) && Array.isArray(feed.categories)) return feed as Feed;
  }
  return undefined;
}
