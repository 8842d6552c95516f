/**
 * Any JSON through a declarative field map: `{"items": "data.posts",
 * "title": "headline", "image": "media.0.url"}`. Keys are article fields,
 * values dot paths into each item (`items`: from the document root).
 */
import {NewsError} from '../errors.js';
import type {AdapterResult} from '../errors.js';
import {FIELD_MAP_KEYS} from '../model.js';
import type {Feed, FieldMap, FieldMapKey} from '../model.js';
import {buildFeed, describeValue, formatError, isRecord, mapItems, ok, prop} from './shared.js';
import type {AdapterOptions, RawArticle, RawImage} from './shared.js';

const KNOWN_KEYS = new Set<string>(FIELD_MAP_KEYS);

const invalid = (reason: string) => new NewsError('format', `Invalid field map: ${reason}`);

/**
 * A field map from a JSON string (the `map` attribute) or an object (the
 * `map` property), or a format error that says what is wrong with it.
 */
export function parseFieldMap(value: unknown): FieldMap | NewsError {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch (cause) {
      return invalid(`not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`);
    }
  }
  if (!isRecord(parsed)) return invalid(`expected a JSON object, got ${describeValue(parsed)}`);
  const map: FieldMap = {};
  for (const [key, path] of Object.entries(parsed)) {
    if (!KNOWN_KEYS.has(key)) return invalid(`unknown key "${key}" (known keys: ${FIELD_MAP_KEYS.join(', ')})`);
    if (typeof path !== 'string') return invalid(`the path for "${key}" must be a string, got ${describeValue(path)}`);
    const problem = pathProblem(path);
    if (problem) return invalid(`the path for "${key}" ${problem}`);
    map[key as FieldMapKey] = path.trim();
  }
  return map;
}

function pathProblem(path: string): string | undefined {
  const trimmed = path.trim();
  if (!trimmed) return 'is empty';
  if (/[[\]]/.test(trimmed)) return `"${trimmed}" uses brackets; write array indexes with dots, e.g. "media.0.url"`;
  if (trimmed.split('.').some((segment) => !segment)) return `"${trimmed}" has an empty segment`;
  return undefined;
}

/**
 * The value at a dot path. Numeric segments index arrays; only own
 * properties are followed, so a path can never read `__proto__`.
 */
export function getPath(root: unknown, path: string): unknown {
  let current = root;
  for (const segment of path.split('.')) {
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(segment)) return undefined;
      current = current[Number(segment)];
    } else {
      current = prop(current, segment);
    }
    if (current === undefined || current === null) return undefined;
  }
  return current;
}

export function adaptFieldMap(json: unknown, map: FieldMap, options: AdapterOptions = {}): AdapterResult<Feed> {
  const items = map.items ? getPath(json, map.items) : json;
  if (!Array.isArray(items)) {
    return formatError(
      map.items
        ? `Field map "items" path "${map.items}" leads to ${items === undefined ? 'nothing' : describeValue(items)}, not an array (document: ${describeValue(json)})`
        : `Field map has no "items" path, so the document must be an array, but it is ${describeValue(json)}`,
    );
  }
  const base = options.baseUrl;
  return ok(buildFeed({articles: mapItems(items, (item) => toRaw(item, map), {baseUrl: base}), baseUrl: base}));
}

function toRaw(item: Record<string, unknown>, map: FieldMap): RawArticle {
  const get = (key: FieldMapKey) => {
    const path = map[key];
    return path ? getPath(item, path) : undefined;
  };
  const content = get('content');
  return {
    id: get('id'),
    url: get('url'),
    title: get('title'),
    summary: get('summary'),
    // Sources put plain text here as often as HTML; plain text keeps its paragraphs.
    ...(looksLikeHtml(content) ? {contentHtml: content} : {contentText: content}),
    image: image(get('image'), {alt: get('imageAlt'), caption: get('imageCaption'), credit: get('imageCredit')}),
    authors: get('author'),
    source: get('source'),
    category: firstOf(get('category')),
    tags: get('tags'),
    published: get('published'),
    updated: get('updated'),
    commentCount: get('commentCount'),
    language: get('language'),
  };
}

const looksLikeHtml = (value: unknown) => typeof value === 'string' && /<\/?[a-z][^>]*>/i.test(value);

const firstOf = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/** The image may resolve to a URL, a `{url|src, width, height, alt}` object, or a list of either. */
function image(raw: unknown, extra: RawImage): RawImage | undefined {
  const value = firstOf(raw);
  if (typeof value === 'string') return {src: value, ...extra};
  if (!isRecord(value)) return undefined;
  return {
    src: prop(value, 'url') ?? prop(value, 'src'),
    width: prop(value, 'width'),
    height: prop(value, 'height'),
    alt: extra.alt ?? prop(value, 'alt'),
    caption: extra.caption ?? prop(value, 'caption'),
    credit: extra.credit ?? prop(value, 'credit'),
  };
}
