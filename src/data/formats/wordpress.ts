/**
 * WordPress REST API v2 posts (`/wp-json/wp/v2/posts`), with or without
 * `?_embed`. Without it a post only has numeric ids for its author, media and
 * terms: those stay absent rather than shown as numbers.
 */
import type {AdapterResult} from '../errors.js';
import type {Feed} from '../model.js';
import {safeSrcset, safeUrl} from '../url.js';
import {withoutClasses} from '../sanitize.js';
import {at, buildFeed, describeValue, dimension, formatError, isRecord, mapItems, ok, prop, text} from './shared.js';
import type {AdapterOptions, RawArticle, RawImage} from './shared.js';

/** What a post looks like: a numeric id and at least one WordPress-shaped field. */
export function isWordPressPost(value: unknown): boolean {
  return (
    typeof prop(value, 'id') === 'number' &&
    (typeof at(value, 'title', 'rendered') === 'string' ||
      typeof at(value, 'guid', 'rendered') === 'string' ||
      typeof prop(value, 'link') === 'string')
  );
}

export function adaptWordPress(json: unknown, options: AdapterOptions = {}): AdapterResult<Feed> {
  // A single post (`/posts/123`) is a feed of one, for the full-article widget.
  const posts = isWordPressPost(json) ? [json] : json;
  if (!Array.isArray(posts)) {
    return formatError(`Not a WordPress posts response: expected an array of posts, got ${describeValue(json)}`);
  }
  if (posts.length && !posts.some(isWordPressPost)) {
    const first = posts.find(isRecord);
    const seen = `${describeValue(posts)}${first ? `, the first is ${describeValue(first)}` : ''}`;
    return formatError(`Not a WordPress posts response: no item has a numeric id and title.rendered, guid.rendered or link (got ${seen})`);
  }
  const base = options.baseUrl;
  // The posts endpoint declares no category list of its own.
  return ok(buildFeed({articles: mapItems(posts, (post) => toRaw(post, base), {baseUrl: base}), baseUrl: base}));
}

function toRaw(post: Record<string, unknown>, base: string | undefined): RawArticle {
  const embedded = prop(post, '_embedded');
  const terms = flattenTerms(prop(embedded, 'wp:term'));
  const isProtected = (field: string) => at(post, field, 'protected') === true;
  return {
    id: prop(post, 'id'),
    url: prop(post, 'link'),
    title: at(post, 'title', 'rendered'),
    summary: isProtected('excerpt') ? undefined : cleanExcerpt(at(post, 'excerpt', 'rendered')),
    contentHtml: isProtected('content') ? undefined : at(post, 'content', 'rendered'),
    image: featuredImage(post, embedded, base),
    authors: embeddedAuthors(prop(embedded, 'author')),
    category: terms.find((term) => prop(term, 'taxonomy') === 'category'),
    tags: terms.filter((term) => prop(term, 'taxonomy') === 'post_tag'),
    // `date_gmt` and `modified_gmt` are UTC written without a zone (isoDate reads them so);
    // `date` is site-local time with no offset, so it cannot be placed in time.
    published: prop(post, 'date_gmt'),
    updated: prop(post, 'modified_gmt'),
    commentCount: prop(post, 'comment_count'),
    language: prop(post, 'lang'),
  };
}

/** `wp:term` is a list of lists, one per taxonomy, in no promised order; some proxies flatten it. */
function flattenTerms(raw: unknown): Record<string, unknown>[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry: unknown) => (Array.isArray(entry) ? entry : [entry])).filter(isRecord);
}

/** Authors that could not be embedded come back as `{code, message}` error objects: skipped by name. */
function embeddedAuthors(raw: unknown): unknown {
  if (!Array.isArray(raw)) return undefined;
  return raw.map((author) => ({name: prop(author, 'name'), url: prop(author, 'link')}));
}

function featuredImage(post: Record<string, unknown>, embedded: unknown, base: string | undefined): RawImage | undefined {
  const media = at(embedded, 'wp:featuredmedia');
  const first: unknown = Array.isArray(media) ? media[0] : undefined;
  const src = prop(first, 'source_url');
  if (typeof src !== 'string') {
    // Jetpack exposes the featured image URL even without _embed.
    const jetpack = prop(post, 'jetpack_featured_media_url');
    return typeof jetpack === 'string' ? {src: jetpack} : undefined;
  }
  const details = prop(first, 'media_details');
  return {
    src,
    alt: prop(first, 'alt_text'),
    width: prop(details, 'width'),
    height: prop(details, 'height'),
    srcset: srcsetFromSizes(prop(details, 'sizes'), base),
    caption: at(first, 'caption', 'rendered'),
    // WordPress copies the IPTC credit of uploaded photos here.
    credit: at(details, 'image_meta', 'credit'),
  };
}

/** `media_details.sizes` as a `srcset` with width descriptors, narrowest first, one entry per width. */
function srcsetFromSizes(sizes: unknown, base: string | undefined): string | undefined {
  if (!isRecord(sizes)) return undefined;
  const byWidth = new Map<number, string>();
  for (const size of Object.values(sizes)) {
    const width = dimension(prop(size, 'width'));
    const url = safeUrl(prop(size, 'source_url'), base);
    if (width && url && !byWidth.has(width)) byWidth.set(width, url);
  }
  const candidates = [...byWidth].sort(([a], [b]) => a - b).map(([width, url]) => `${url} ${width}w`);
  return safeSrcset(candidates.join(', '), base);
}

/**
 * Excerpts often end with a theme's "Continue reading" link or `[…]`; a
 * teaser reads better without them.
 */
function cleanExcerpt(raw: unknown): string | undefined {
  const html = text(raw);
  if (!html) return undefined;
  return withoutClasses(html, ['more-link', 'read-more', 'screen-reader-text']).replace(/\s*\[(&hellip;|…|\.\.\.)\]\s*/g, '… ');
}
