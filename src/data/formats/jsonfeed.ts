/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), plus a `_news`
 * extension object (allowed by the spec for custom fields) carrying what
 * JSON Feed lacks: category, comment count, image caption/credit/alt/size,
 * and the original source.
 */
import type {AdapterResult} from '../errors.js';
import type {Feed} from '../model.js';
import {
  at,
  buildCategoryList,
  buildFeed,
  describeField,
  describeValue,
  firstSafeUrl,
  formatError,
  isRecord,
  mapItems,
  ok,
  prop,
  text,
} from './shared.js';
import type {AdapterOptions, RawArticle} from './shared.js';

/** Feeds in the wild also write `http://` and a trailing slash. */
const VERSION = /^https?:\/\/jsonfeed\.org\/version\/1(\.1)?\/?$/;

export const isJsonFeedVersion = (value: unknown): boolean => typeof value === 'string' && VERSION.test(value.trim());

export function adaptJsonFeed(json: unknown, options: AdapterOptions = {}): AdapterResult<Feed> {
  if (!isRecord(json)) return formatError(`Not a JSON Feed: expected an object, got ${describeValue(json)}`);
  const version = prop(json, 'version');
  // A missing version is tolerated when the caller declared the format; another format's version is not.
  if (version !== undefined && !isJsonFeedVersion(version)) {
    return formatError(`Not a JSON Feed: version is ${JSON.stringify(version)}, expected https://jsonfeed.org/version/1 or /1.1`);
  }
  const items = prop(json, 'items');
  if (!Array.isArray(items)) return formatError(`Not a JSON Feed: "items" is ${describeField(items)}, expected an array`);

  const categories = buildCategoryList(at(json, '_news', 'categories'));
  // Items without authors inherit the feed's (JSON Feed 1.1, section "authors").
  const feedAuthors = authorsOf(json);
  const context = {baseUrl: options.baseUrl, categories};
  const articles = mapItems(items, (item) => toRaw(item, feedAuthors, options.baseUrl), context);

  return ok(
    buildFeed({
      title: prop(json, 'title'),
      language: prop(json, 'language'),
      nextUrl: prop(json, 'next_url'),
      categories,
      articles,
      baseUrl: options.baseUrl,
    }),
  );
}

/** `authors` (1.1) wins over the deprecated singular `author` (1.0). */
function authorsOf(value: Record<string, unknown>): unknown {
  const authors = prop(value, 'authors');
  const empty = authors == null || (Array.isArray(authors) && !authors.length);
  return empty ? prop(value, 'author') : authors;
}

function toRaw(item: Record<string, unknown>, feedAuthors: unknown, base: string | undefined): RawArticle {
  const news = prop(item, '_news');
  const tags = prop(item, 'tags');
  const firstTag = Array.isArray(tags) ? tags.find((t) => text(t)) : undefined;
  return {
    id: prop(item, 'id'),
    url: firstSafeUrl(base, prop(item, 'url'), prop(item, 'external_url')),
    title: prop(item, 'title'),
    summary: prop(item, 'summary'),
    contentHtml: prop(item, 'content_html'),
    contentText: prop(item, 'content_text'),
    image: {
      src: firstSafeUrl(base, prop(item, 'image'), prop(item, 'banner_image')),
      alt: prop(news, 'imageAlt'),
      width: prop(news, 'imageWidth'),
      height: prop(news, 'imageHeight'),
      caption: prop(news, 'imageCaption'),
      credit: prop(news, 'imageCredit'),
    },
    authors: authorsOf(item) ?? feedAuthors,
    source: prop(news, 'source'),
    category: prop(news, 'category') ?? firstTag,
    tags,
    published: prop(item, 'date_published'),
    updated: prop(item, 'date_modified'),
    commentCount: prop(news, 'commentCount'),
    language: prop(item, 'language'),
  };
}
