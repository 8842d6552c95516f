import {adaptFeed} from './adapt.js';
import type {JsonResponse} from './client.js';
import {isNewsError} from './errors.js';
import {parseFieldMap} from './formats/field-map.js';
import type {Feed, FeedFormat, FieldMap} from './model.js';
import {prepareSanitizer} from './sanitize.js';

/**
 * The adapters and the HTML sanitizer, as one module that widgets import
 * on demand (see `loadFeed` in feed-controller.ts): a page whose widgets
 * get their articles as properties or from server-rendered HTML never
 * downloads them.
 */
export async function adaptResponse(response: JsonResponse, {format = 'auto', map}: {format?: FeedFormat; map?: FieldMap | string}): Promise<Feed> {
  const fieldMap = map === undefined ? undefined : parseFieldMap(map);
  if (isNewsError(fieldMap)) throw fieldMap;
  await prepareSanitizer();
  const result = adaptFeed(response.data, {format, map: fieldMap, baseUrl: response.url});
  if (!result.ok) throw result.error;
  const feed = result.value;
  return feed.nextUrl ? feed : {...feed, ...wordpressNextPage(response.url, response.headers)};
}

/** WordPress pages through `?page=N` and tells the count in `X-WP-TotalPages`. */
function wordpressNextPage(url: string, headers: Record<string, string>): {nextUrl?: string} {
  const total = Number(headers['x-wp-totalpages']);
  if (!Number.isInteger(total) || total < 2) return {};
  const next = new URL(url);
  const page = Number(next.searchParams.get('page') ?? '1');
  if (!(page < total)) return {};
  next.searchParams.set('page', String(page + 1));
  return {nextUrl: next.href};
}

// The script-tag bundle hands these out through `loadAdapters()`.
export {adaptFeed, detectFormat} from './adapt.js';
export {parseFieldMap};
export {prepareSanitizer, sanitizeHtml, sanitizerReady, toPlainText} from './sanitize.js';
