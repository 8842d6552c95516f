/**
 * The library's own format, documented by schemas/native-feed.schema.json.
 * It mirrors the Article model, with `content` (HTML) for `contentHtml`.
 * Validation is loose but safe: a field of the wrong type is dropped, and
 * everything still goes through the same sanitizing as other formats.
 */
import type {AdapterResult} from '../errors.js';
import type {Feed} from '../model.js';
import {buildCategoryList, buildFeed, describeField, describeValue, formatError, isRecord, mapItems, ok, prop} from './shared.js';
import type {AdapterOptions, RawArticle, RawImage} from './shared.js';

export const NATIVE_VERSION = 'news-widgets/1';

/** Article keys the adapter reads; the schema test checks they match the schema. */
export const NATIVE_ARTICLE_KEYS = [
  'id',
  'url',
  'title',
  'summary',
  'content',
  'image',
  'authors',
  'source',
  'category',
  'tags',
  'published',
  'updated',
  'commentCount',
  'language',
  'readingTimeMinutes',
] as const;

export function adaptNative(json: unknown, options: AdapterOptions = {}): AdapterResult<Feed> {
  if (!isRecord(json)) return formatError(`Not a news-widgets feed: expected an object, got ${describeValue(json)}`);
  const version = prop(json, 'version');
  if (version !== undefined && version !== NATIVE_VERSION) {
    return formatError(`Not a news-widgets feed: version is ${JSON.stringify(version)}, expected "${NATIVE_VERSION}"`);
  }
  const articles = prop(json, 'articles');
  if (!Array.isArray(articles)) {
    return formatError(`Not a news-widgets feed: "articles" is ${describeField(articles)}, expected an array`);
  }
  const categories = buildCategoryList(prop(json, 'categories'));
  return ok(
    buildFeed({
      title: prop(json, 'title'),
      language: prop(json, 'language'),
      nextUrl: prop(json, 'nextUrl'),
      categories,
      articles: mapItems(articles, toRaw, {baseUrl: options.baseUrl, categories}),
      baseUrl: options.baseUrl,
    }),
  );
}

function imageOf(image: unknown): RawImage | undefined {
  if (!isRecord(image)) return undefined;
  const pick = (key: keyof RawImage) => prop(image, key);
  return {
    src: pick('src'),
    alt: pick('alt'),
    width: pick('width'),
    height: pick('height'),
    srcset: pick('srcset'),
    caption: pick('caption'),
    credit: pick('credit'),
  };
}

function toRaw(item: Record<string, unknown>): RawArticle {
  const image = prop(item, 'image');
  return {
    id: prop(item, 'id'),
    url: prop(item, 'url'),
    title: prop(item, 'title'),
    summary: prop(item, 'summary'),
    contentHtml: prop(item, 'content'),
    // A bare URL string is accepted as shorthand for `{src}`.
    image: typeof image === 'string' ? {src: image} : imageOf(image),
    authors: prop(item, 'authors'),
    source: prop(item, 'source'),
    category: prop(item, 'category'),
    tags: prop(item, 'tags'),
    published: prop(item, 'published'),
    updated: prop(item, 'updated'),
    commentCount: prop(item, 'commentCount'),
    language: prop(item, 'language'),
    readingTimeMinutes: prop(item, 'readingTimeMinutes'),
  };
}
