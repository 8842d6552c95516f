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

/**
 * Takes the feed embedded in `host` for `src`, removing its script; `undefined`
 * when there is none, or it is for another `src`, or it does not parse.
 */
export function takeEmbeddedFeed(host: Element, src: string): Feed | undefined {
  const script = host.querySelector(`:scope > script[type="application/json"][${EMBEDDED_FEED_ATTRIBUTE}]`);
  if (!script) return undefined;
  script.remove();
  try {
    const data = JSON.parse(script.textContent ?? '') as {src?: unknown; feed?: Partial<Feed>};
    const feed = data.feed;
    if (data.src !== src || !feed || !Array.isArray(feed.articles) || !Array.isArray(feed.categories)) return undefined;
    return feed as Feed;
  } catch {
    return undefined;
  }
}
