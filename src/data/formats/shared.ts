/**
 * Helpers every adapter shares. Adapters only map a source shape onto a
 * `RawArticle`; `buildArticle` then applies the rules once for all formats:
 * URLs through safeUrl, titles and teasers as plain text, bodies through
 * sanitizeHtml, absent data left absent.
 */
import type {Article, ArticleImage, Category, Feed, Person, Source, Tag} from '../model.js';
import {NewsError} from '../errors.js';
import type {AdapterResult} from '../errors.js';
import {roughText, sanitizeHtml, slugify, toPlainText} from '../sanitize.js';
import {safeSrcset, safeUrl, wellFormed} from '../url.js';

export interface AdapterOptions {
  /** The endpoint URL; relative URLs in the feed resolve against it. */
  baseUrl?: string;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own property only, so keys like `constructor` never reach Object.prototype. */
export function prop(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** The first candidate that is a safe URL, for sources with fallbacks (`url` / `external_url`). */
export function firstSafeUrl(base: string | undefined, ...candidates: unknown[]): string | undefined {
  for (const candidate of candidates) {
    const safe = safeUrl(candidate, base);
    if (safe) return safe;
  }
  return undefined;
}

/** Follows a list of own keys, e.g. `at(post, 'title', 'rendered')`. */
export function at(value: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>((current, key) => prop(current, key), value);
}

export const ok = <T>(value: T): AdapterResult<T> => ({ok: true, value});

export const formatError = (message: string): AdapterResult<never> => ({
  ok: false,
  error: new NewsError('format', message),
});

/**
 * A trimmed, non-empty string, else undefined. JSON may carry lone UTF-16
 * surrogates, which make encodeURIComponent throw later: they become U+FFFD.
 */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = wellFormed(value).trim();
  return trimmed || undefined;
}


/** Ids may be strings or numbers in the wild; both become strings. */
export function idString(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  return text(value);
}

/** A finite number, also from a numeric string such as `"640"`. */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) {
    // Four hundred digits parse, to Infinity.
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** Image dimensions: positive integers only. */
export function dimension(value: unknown): number | undefined {
  const n = num(value);
  // 0.4 would round to a width of 0: absent, not zero.
  const rounded = n === undefined ? 0 : Math.round(n);
  return rounded >= 1 ? rounded : undefined;
}

/** A count where a real 0 is data: non-negative integers only. */
export function count(value: unknown): number | undefined {
  const n = num(value);
  return n !== undefined && n >= 0 && Number.isInteger(n) ? n : undefined;
}

const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * ISO 8601 in UTC, or undefined for anything that is not a real date.
 * A date-time without a zone (WordPress `date_gmt`, sloppy feeds) is read as
 * UTC: Date would read it in the reader's zone, so each reader would see a
 * different time; a trailing " UTC" or " GMT" says so. A date alone
 * ("2026-11-28") stays a date alone, the same calendar day for every reader
 * (see formatDate). Numbers are epoch seconds when small enough to be, else
 * milliseconds.
 */
export function isoDate(value: unknown): string | undefined {
  let date: Date | undefined;
  if (typeof value === 'number' && Number.isFinite(value)) {
    date = new Date(Math.abs(value) < 1e11 ? value * 1000 : value);
  } else if (typeof value === 'string' && value.trim()) {
    let raw = value.trim();
    if (DATE_ONLY.test(raw)) {
      // Date rolls "2026-02-30" over to March 2: a day that does not exist is no date.
      const day = new Date(raw);
      return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(raw) ? raw : undefined;
    }
    if (DATE_TIME.test(raw)) {
      // Strict ISO 8601, which every engine's Date reads: "T" between date and time, "+02:00" right after it.
      raw = raw
        .replace(/^(\S{10}) /, '$1T')
        .replace(/\s*(?:UTC|GMT)$/i, 'Z')
        .replace(/\s*([+-]\d{2}):?(\d{2})$/, '$1:$2');
      if (!HAS_OFFSET.test(raw)) raw += 'Z';
    }
    date = new Date(raw);
  }
  if (!date || Number.isNaN(date.getTime())) return undefined;
  return date.toISOString();
}

/** A canonical BCP 47 tag (`en-us` → `en-US`), or undefined when it is not one. */
export function languageTag(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  try {
    return Intl.getCanonicalLocales(raw.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Minutes to read a text: 200 words a minute, and 500 characters a minute
 * for Chinese and Japanese, which have no spaces between words. At least 1.
 */
export function readingMinutes(plain: string | undefined): number | undefined {
  if (!plain) return undefined;
  const cjk = plain.match(CJK)?.length ?? 0;
  const words = plain.replace(CJK, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  if (!words && !cjk) return undefined;
  return Math.max(1, Math.round(words / 200 + cjk / 500));
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Plain text as HTML paragraphs: blank lines split paragraphs, single newlines become <br>. */
export function textToHtml(raw: unknown, base?: string): string | undefined {
  const source = text(raw);
  if (!source) return undefined;
  const paragraphs = source
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\r?\n/g, '<br>')}</p>`);
  return sanitizeHtml(paragraphs.join(''), base);
}

/** Drops keys whose value is undefined, so `'summary' in article` means there is one. */
export function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}

export interface RawImage {
  src?: unknown;
  alt?: unknown;
  width?: unknown;
  height?: unknown;
  srcset?: unknown;
  caption?: unknown;
  credit?: unknown;
}

export function buildImage(raw: RawImage | undefined, base?: string): ArticleImage | undefined {
  const src = raw && safeUrl(raw.src, base);
  if (!raw || !src) return undefined;
  return compact({
    src,
    alt: toPlainText(raw.alt),
    width: dimension(raw.width),
    height: dimension(raw.height),
    srcset: safeSrcset(raw.srcset, base),
    caption: toPlainText(raw.caption),
    credit: toPlainText(raw.credit),
  });
}

/** One person from `"Name"` or `{name, url}`; nameless entries are dropped. */
export function buildPerson(raw: unknown, base?: string): Person | undefined {
  const name = toPlainText(typeof raw === 'string' ? raw : prop(raw, 'name'));
  if (!name) return undefined;
  return compact({name, url: safeUrl(prop(raw, 'url'), base)});
}

/** People from one entry or a list of entries; undefined when nobody is left. */
export function buildPeople(raw: unknown, base?: string): Person[] | undefined {
  const list = (Array.isArray(raw) ? raw : [raw])
    .map((entry) => buildPerson(entry, base))
    .filter((p): p is Person => p !== undefined);
  return list.length ? list : undefined;
}

export function buildSource(raw: unknown, base?: string): Source | undefined {
  return buildPerson(raw, base);
}

/** The source's slug (WordPress stores non-Latin ones percent-encoded), else one made from the name. */
function slugOf(raw: unknown, name: string): string {
  const slug = text(prop(raw, 'slug'));
  if (!slug) return slugify(name);
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

/**
 * A category from `"Name"` or `{id?, name, slug?}`. A name alone that matches
 * one of the feed's declared categories becomes that category, so ids agree.
 */
export function buildCategory(raw: unknown, declared: readonly Category[] = []): Category | undefined {
  if (typeof raw === 'string') {
    const wanted = toPlainText(raw);
    if (!wanted) return undefined;
    const lower = wanted.toLowerCase();
    const known = declared.find((c) => c.id === wanted || c.slug === wanted || c.name.toLowerCase() === lower);
    if (known) return known;
    const slug = slugify(wanted);
    return {id: slug, name: wanted, slug};
  }
  const name = toPlainText(prop(raw, 'name'));
  if (!name) return undefined;
  const slug = slugOf(raw, name);
  return {id: idString(prop(raw, 'id')) ?? slug, name, slug};
}

/** Categories from a declared list, dropping malformed entries and repeated ids. */
export function buildCategoryList(raw: unknown): Category[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: Category[] = [];
  for (const entry of raw) {
    const category = buildCategory(entry);
    if (category && !seen.has(category.id)) {
      seen.add(category.id);
      out.push(category);
    }
  }
  return out;
}

/** Tags from strings or `{name, slug?}` objects, one per slug. */
export function buildTags(raw: unknown): Tag[] | undefined {
  const seen = new Set<string>();
  const out: Tag[] = [];
  for (const entry of Array.isArray(raw) ? raw : [raw]) {
    const name = toPlainText(typeof entry === 'string' ? entry : prop(entry, 'name'));
    if (!name) continue;
    const slug = slugOf(entry, name);
    if (seen.has(slug)) continue;
    seen.add(slug);
    out.push({name, slug});
  }
  return out.length ? out : undefined;
}

/** FNV-1a, 32 bits: a short id that stays the same for the same input. */
export function stableHash(input: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** What an adapter found for one item, before any normalization. */
export interface RawArticle {
  id?: unknown;
  url?: unknown;
  title?: unknown;
  summary?: unknown;
  /** HTML, sanitized here. */
  contentHtml?: unknown;
  /** Plain text, used only when there is no HTML. */
  contentText?: unknown;
  image?: RawImage;
  authors?: unknown;
  source?: unknown;
  category?: unknown;
  tags?: unknown;
  published?: unknown;
  updated?: unknown;
  commentCount?: unknown;
  language?: unknown;
  readingTimeMinutes?: unknown;
}

export interface BuildContext extends AdapterOptions {
  /** The feed's declared categories, to resolve categories given by name. */
  categories?: readonly Category[];
}

export function buildArticle(raw: RawArticle, context: BuildContext = {}): Article {
  const base = context.baseUrl;
  const url = safeUrl(raw.url, base);
  const title = toPlainText(raw.title);
  const bodyHtml = text(raw.contentHtml);
  const bodyText = text(raw.contentText);
  const body = lazyBody(bodyHtml, bodyText, base, url);
  const declaredMinutes = dimension(raw.readingTimeMinutes);
  const summary = toPlainText(raw.summary);
  const id = idString(raw.id) ?? url ?? `item-${stableHash(title ?? summary ?? body() ?? text(raw.published) ?? '')}`;
  const article = compact<Article>({
    id,
    url,
    title,
    summary,
    // What a card names a story without a title by: its summary, else the text of its body as the article view
    // shows it (sanitized: no script, no video's fallback text), else its plain text; 200 characters or so.
    // Only such a story's body is read here (lists never read bodies otherwise).
    excerpt: title ? undefined : excerptOf(summary ?? toPlainText(body()) ?? toPlainText(textToHtml(bodyText))),
    image: buildImage(raw.image, base),
    authors: buildPeople(raw.authors, base),
    source: buildSource(raw.source, base),
    category: buildCategory(raw.category, context.categories),
    tags: buildTags(raw.tags),
    published: isoDate(raw.published),
    updated: isoDate(raw.updated),
    commentCount: count(raw.commentCount),
    language: languageTag(raw.language),
    // Counted on the raw body with tags dropped (no parse): close enough for minutes.
    readingTimeMinutes: declaredMinutes ?? readingMinutes(bodyHtml ? roughText(bodyHtml) : bodyText),
  });
  if (bodyHtml || bodyText) {
    // Defined after compact(), which would read it.
    Object.defineProperty(article, 'contentHtml', {
      enumerable: true,
      configurable: true,
      get: body,
      set(value: string | undefined) {
        Object.defineProperty(this, 'contentHtml', {value, enumerable: true, configurable: true, writable: true});
      },
    });
  }
  return article;
}

const EXCERPT_LENGTH = 200;

/** The first 200 characters or so of `plain`, cut after a word where there are spaces, with an ellipsis when cut. */
export function excerptOf(plain: string | undefined): string | undefined {
  if (!plain) return undefined;
  // Whole characters as a reader counts them (a flag, a family emoji, a letter with its marks) where
  // Intl.Segmenter exists, else code points; read only as far as the cut.
  const parts = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter().segment(plain) : [...plain].map((segment) => ({segment}));
  const chars: string[] = [];
  for (const {segment} of parts) if (chars.push(segment) > EXCERPT_LENGTH) break;
  if (chars.length <= EXCERPT_LENGTH) return plain;
  const kept = chars.join('');
  const space = kept.lastIndexOf(' ');
  // Text without spaces (Chinese, Japanese) is cut where it reaches the length.
  const cut = space > kept.length * 0.6 ? kept.slice(0, space) : chars.slice(0, EXCERPT_LENGTH).join('');
  return `${cut.replace(/[\s,;:.\u2013\u2014-]+$/, '')}…`;
}

/**
 * An article body's sanitized markup, made when first read. Lists and cards
 * never show bodies, so a feed of thirty stories no longer sanitizes thirty
 * of them before its first card (news-article sanitizes what it shows again
 * anyway, since an `article` property may never have met an adapter).
 */
function lazyBody(html: string | undefined, plain: string | undefined, base: string | undefined, page: string | undefined): () => string | undefined {
  let done = false;
  let value: string | undefined;
  return () => {
    if (!done) {
      done = true;
      value = sanitizeHtml(html, base, page) ?? textToHtml(plain, base);
    }
    return value;
  };
}

/**
 * Assembles the feed. Repeated article ids get a `-2`, `-3` suffix: widgets
 * key their lists by id, and aggregated feeds do repeat items.
 */
export function buildFeed(parts: {
  title?: unknown;
  language?: unknown;
  nextUrl?: unknown;
  categories?: Category[];
  articles: Article[];
  baseUrl?: string;
}): Feed {
  // Widgets key lists by id: a repeated id gets the first free `-2`, `-3`...
  // suffix, free meaning no other article of the feed has it either.
  const taken = new Set(parts.articles.map((article) => article.id));
  const kept = new Set<string>();
  for (const article of parts.articles) {
    if (kept.has(article.id)) {
      let n = 2;
      while (taken.has(`${article.id}-${n}`)) n++;
      article.id = `${article.id}-${n}`;
      taken.add(article.id);
    }
    kept.add(article.id);
  }
  return compact<Feed>({
    title: toPlainText(parts.title),
    language: languageTag(parts.language),
    nextUrl: safeUrl(parts.nextUrl, parts.baseUrl),
    articles: parts.articles,
    categories: parts.categories ?? [],
  });
}

/** Articles from a source array, skipping entries that are not objects, in source order. */
export function mapItems(items: readonly unknown[], toRaw: (item: Record<string, unknown>) => RawArticle, context: BuildContext): Article[] {
  const out: Article[] = [];
  for (const item of items) {
    if (isRecord(item)) out.push(buildArticle(toRaw(item), context));
  }
  return out;
}

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : isRecord(value) ? 'object' : typeof value;

const withArticle = (kind: string) => (/^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);

const plural = (kind: string, n: number) => (n === 1 ? kind : `${kind}s`);

/**
 * A short description of a JSON value for developer-facing errors:
 * "a string", "an array of 3 numbers", "an object with keys version, items".
 */
export function describeValue(value: unknown): string {
  const kind = kindOf(value);
  if (kind === 'null' || kind === 'undefined') return kind;
  if (kind === 'array') {
    const list = value as unknown[];
    if (!list.length) return 'an empty array';
    const counts = new Map<string, number>();
    for (const entry of list) counts.set(kindOf(entry), (counts.get(kindOf(entry)) ?? 0) + 1);
    if (counts.size === 1) {
      const [only] = counts.keys();
      return `an array of ${list.length} ${plural(only, list.length)}`;
    }
    const parts = [...counts].map(([k, n]) => `${n} ${plural(k, n)}`);
    return `an array of ${list.length} mixed values (${parts.join(', ')})`;
  }
  if (kind === 'object') {
    const keys = Object.keys(value as object);
    if (!keys.length) return 'an empty object';
    const shown = keys.slice(0, 8).join(', ') + (keys.length > 8 ? ', ...' : '');
    const version = text(prop(value, 'version'));
    return `an object with keys ${shown}${version ? ` (version "${version.slice(0, 80)}")` : ''}`;
  }
  return withArticle(kind);
}

/** Like describeValue, for a field of a document: "missing" when it is not there. */
export const describeField = (value: unknown): string => (value === undefined ? 'missing' : describeValue(value));
