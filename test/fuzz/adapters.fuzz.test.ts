/**
 * Property-based tests of the adapters: whatever JSON arrives, adaptFeed
 * answers `{ok: true}` with a well-typed Feed or `{ok: false}` with a format
 * NewsError, and never throws. Inputs are arbitrary JSON and almost-valid
 * feeds of every format with a random value in any field. The seed is fixed,
 * so a run is repeatable; a failure prints the counterexample and how to
 * replay it.
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {adaptFeed, detectFormat, parseFieldMap} from '../../src/data/adapt.js';
import type {AdaptOptions} from '../../src/data/adapt.js';
import {NewsError} from '../../src/data/errors.js';
import {forceSanitizerEngine, prepareSanitizer, sanitizerEngine} from '../../src/data/sanitize.js';
import {FIELD_MAP_KEYS} from '../../src/data/model.js';
import type {Feed, FieldMap} from '../../src/data/model.js';

const SEED = 20_240_501;
const RUNS = 300;
const options = {seed: SEED, numRuns: RUNS, includeErrorInReport: true};

/** Only what JSON.parse can produce: plain prototypes, no undefined, no -0. */
const asJson = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> => arb.map((value) => (value === undefined ? null : JSON.parse(JSON.stringify(value))));

const FORMATS = [undefined, '', 'auto', 'jsonfeed', 'wordpress', 'native'] as const;

// Values that have broken parsers before: numbers as strings, huge and tiny numbers, dates at the edges,
// URL tricks, markup, entities, invalid UTF-16, prototype keys, and ids that collide with de-duplication suffixes.
const trickyString = fc.constantFrom(
  '', ' ', '\t\n', '0', '-0', '1', '0.4', '640', ' 640 ', '-1', '1e3', '9'.repeat(400), '1.5', 'NaN', 'Infinity', 'null', 'true',
  '2024-05-01T10:00:00Z', '2024-05-01 10:00', '2024-02-30T00:00:00Z', '+275760-09-13T00:00:00Z', '275760-09-14', '1970-01-01',
  'https://news.example/a', 'http://news.example/b?c=1#d', '/relative/path', 'relative', '//evil.example/x', 'javascript:alert(1)',
  ' JaVa\tScript:alert(1)', 'data:text/html,x', 'mailto:a@b.example', 'https://a.example/x.jpg 1x, javascript:alert(1) 2x',
  '<b>bold</b>', '&amp;', '&lt;script&gt;', '<script>x</script>', '<img src=x onerror=alert(1)>', '<p> </p>',
  'en', 'EN_us', 'zh-hant-tw', 'x-klingon', 'en-US-u-ca-buddhist', 'und', 'root',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', '%', '%E0%A4%A', '%e7%b5%8c', '\ud800', 'a\udc00b', '\u0000',
  'https://jsonfeed.org/version/1.1', 'news-widgets/1', 'a', 'a-2', 'a-3', 'item-1',
);
const trickyNumber = fc.constantFrom(0, 1, -1, 0.4, 0.5, 1.5, 640, 1e11 - 1, 1e11, 8.64e15, 8.64e15 + 1, 1e21, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 5e-324);
const anyValue = fc.oneof(
  fc.jsonValue({maxDepth: 2}),
  trickyString,
  trickyNumber,
  fc.string({unit: 'binary', maxLength: 8}),
  fc.constant(null),
  fc.boolean(),
);

/** A value of the right kind most of the time, anything at all otherwise. */
const field = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({weight: 3, arbitrary: valid}, {weight: 2, arbitrary: anyValue});
const some = <T>(arb: fc.Arbitrary<T>, maxLength = 3) => fc.array(field(arb), {maxLength});
const optionalRecord = <T extends Record<string, fc.Arbitrary<unknown>>>(shape: T) => fc.record(shape, {requiredKeys: []});

const text = fc.oneof(fc.string({maxLength: 12}), fc.string({unit: 'grapheme', maxLength: 6}), trickyString);
const html = fc.oneof(text, fc.constantFrom('<p>Body <em>text</em></p>', '<p><a href="/x">link</a><img src="i.jpg" srcset="a.jpg 1x, b.jpg 2x"></p>', '<script>x()</script>', '<p style="x" onclick="y">t</p>'));
const url = fc.oneof(fc.webUrl(), trickyString, fc.constantFrom('/a', 'b.jpg', '?page=2', '#top'));
const date = fc.oneof(fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'invalid' : d.toISOString())), fc.integer(), trickyString);
const number = fc.oneof(fc.integer(), fc.double(), trickyNumber, fc.integer().map(String), trickyString);
const id = fc.oneof(fc.constantFrom('a', 'a-2', 'a-3', 'b', '1', 1, 2), fc.string({maxLength: 4}), fc.integer());
const language = fc.oneof(fc.constantFrom('en', 'fr-CA', 'zh_Hant', 'sr-Latn-RS', 'de-DE-1996'), trickyString);
const person = fc.oneof(text, optionalRecord({name: field(text), url: field(url)}));
const category = fc.oneof(text, optionalRecord({id: field(id), name: field(text), slug: field(text)}));
const tag = fc.oneof(text, optionalRecord({name: field(text), slug: field(text)}));

const jsonFeedItem = optionalRecord({
  id: field(id),
  url: field(url),
  external_url: field(url),
  title: field(text),
  summary: field(text),
  content_html: field(html),
  content_text: field(text),
  image: field(url),
  banner_image: field(url),
  date_published: field(date),
  date_modified: field(date),
  language: field(language),
  authors: field(some(person)),
  author: field(person),
  tags: field(some(text)),
  _news: field(
    optionalRecord({
      category: field(category),
      source: field(person),
      imageAlt: field(text),
      imageCaption: field(text),
      imageCredit: field(text),
      imageWidth: field(number),
      imageHeight: field(number),
      commentCount: field(number),
    }),
  ),
});
const jsonFeed = optionalRecord({
  version: field(fc.constantFrom('https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1', 'http://jsonfeed.org/version/1.1/')),
  title: field(text),
  language: field(language),
  next_url: field(url),
  authors: field(some(person)),
  author: field(person),
  items: field(some(jsonFeedItem, 6)),
  _news: field(optionalRecord({categories: field(some(category, 5))})),
});

const rendered = (arb: fc.Arbitrary<unknown>) => optionalRecord({rendered: field(arb), protected: field(fc.boolean())});
const wpTerm = optionalRecord({id: field(id), name: field(text), slug: field(text), taxonomy: field(fc.constantFrom('category', 'post_tag', 'genre'))});
const wpSize = optionalRecord({width: field(number), source_url: field(url)});
const wordpressPost = optionalRecord({
  id: field(fc.oneof(fc.integer(), id)),
  link: field(url),
  guid: field(rendered(url)),
  title: field(rendered(text)),
  excerpt: field(rendered(html)),
  content: field(rendered(html)),
  date_gmt: field(date),
  modified_gmt: field(date),
  comment_count: field(number),
  lang: field(language),
  jetpack_featured_media_url: field(url),
  _embedded: field(
    optionalRecord({
      author: field(some(optionalRecord({name: field(text), link: field(url), code: field(text)}))),
      'wp:featuredmedia': field(
        some(
          optionalRecord({
            source_url: field(url),
            alt_text: field(text),
            caption: field(rendered(html)),
            media_details: field(
              optionalRecord({
                width: field(number),
                height: field(number),
                image_meta: field(optionalRecord({credit: field(text)})),
                sizes: field(fc.dictionary(fc.constantFrom('full', 'large', 'medium', 'thumbnail', '__proto__'), field(wpSize), {maxKeys: 4})),
              }),
            ),
          }),
        ),
      ),
      'wp:term': field(some(fc.oneof(some(wpTerm), wpTerm))),
    }),
  ),
});
const wordpress = fc.oneof(fc.array(field(wordpressPost), {maxLength: 6}), wordpressPost);

const nativeImage = optionalRecord({
  src: field(url),
  alt: field(text),
  width: field(number),
  height: field(number),
  srcset: field(fc.oneof(url, fc.array(url, {maxLength: 3}).map((urls) => urls.map((u, i) => `${u} ${i + 1}x`).join(', ')))),
  caption: field(text),
  credit: field(text),
});
const nativeArticle = optionalRecord({
  id: field(id),
  url: field(url),
  title: field(text),
  summary: field(text),
  content: field(html),
  image: field(fc.oneof(url, nativeImage)),
  authors: field(fc.oneof(person, some(person))),
  source: field(person),
  category: field(category),
  tags: field(fc.oneof(tag, some(tag, 5))),
  published: field(date),
  updated: field(date),
  commentCount: field(number),
  language: field(language),
  readingTimeMinutes: field(number),
});
const native = optionalRecord({
  version: field(fc.constant('news-widgets/1')),
  title: field(text),
  language: field(language),
  nextUrl: field(url),
  categories: field(some(category, 5)),
  articles: field(some(nativeArticle, 6)),
});

/** Dot paths: mostly ones that lead somewhere in the items `customItem` makes, some anywhere. */
const segment = fc.oneof(fc.constantFrom('data', 'posts', '0', '1', 'media', 'url', 'name', 'title', 'x', '__proto__', 'constructor', 'length'), fc.string({maxLength: 3}));
const randomPath = fc.oneof(fc.array(segment, {minLength: 1, maxLength: 4}).map((s) => s.join('.')), fc.string({maxLength: 10}), fc.constantFrom('a[0]', 'a..b', ' ', '.a', 'a.'));
const goodPath = fc.constantFrom('title', 'url', 'name', 'media', 'media.0.url', 'media.1', 'id', 'x', ' title ');
const path = fc.oneof({weight: 30, arbitrary: goodPath}, {weight: 1, arbitrary: randomPath});
/** A field map whose `items` path comes from `items` (absent without it) and whose other paths are mostly good. */
const mapWith = (items?: fc.Arbitrary<string>): fc.Arbitrary<Record<string, string>> => {
  const rest = fc.record(Object.fromEntries(FIELD_MAP_KEYS.filter((key) => key !== 'items').map((key) => [key, path])), {requiredKeys: []}) as fc.Arbitrary<Record<string, string>>;
  return items ? fc.tuple(rest, items).map(([map, p]) => ({...map, items: p})) : rest;
};
const fieldMap = fc.oneof(mapWith(), mapWith(fc.constant('data.posts')), mapWith(randomPath));
const customItem = fc.dictionary(fc.constantFrom('title', 'url', 'name', 'media', 'id', 'x'), field(fc.oneof(text, url, fc.array(optionalRecord({url: field(url), name: field(text)}), {maxLength: 2}))), {maxKeys: 5});
const customItems = fc.array(field(customItem), {maxLength: 5});
/** A document and a map for it: an array and no `items` path, `{data: {posts}}` and its path, or any pairing at all. */
const mappedDocument = fc.oneof(
  {weight: 2, arbitrary: fc.tuple(customItems, mapWith())},
  {weight: 2, arbitrary: fc.tuple(fc.record({data: fc.record({posts: customItems})}), mapWith(fc.constant('data.posts')))},
  {weight: 1, arbitrary: fc.tuple(fc.oneof(customItems, fc.jsonValue({maxDepth: 3})), fieldMap)},
);

const ARTICLE_KEYS = new Set([
  'id', 'url', 'title', 'summary', 'excerpt', 'contentHtml', 'image', 'authors', 'source', 'category', 'tags', 'published', 'updated', 'commentCount', 'language', 'readingTimeMinutes',
]);
const IMAGE_KEYS = new Set(['src', 'alt', 'width', 'height', 'srcset', 'caption', 'credit']);
const BODY_TAGS = new Set([
  'p', 'br', 'hr', 'a', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'sub', 'sup', 'mark', 'abbr', 'code', 'ul', 'ol', 'li',
  'blockquote', 'q', 'cite', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'img',
]);
const BODY_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'lang', 'dir', 'rel', 'loading', 'decoding']);

/**
 * Everything wrong with a value that should be a Feed, as `path: problem`
 * lines: the model's types checked at run time, with its promises (absent
 * data omitted, plain text collapsed, URLs absolute http(s), unique ids).
 */
function feedProblems(feed: Feed): string[] {
  const problems: string[] = [];
  const fail = (at: string, what: string, value: unknown) => problems.push(`${at}: ${what} (${safeJson(value)})`);
  const keys = (at: string, value: object, allowed: Set<string>) => {
    for (const [key, v] of Object.entries(value)) {
      if (!allowed.has(key)) fail(at, `unknown key ${key}`, v);
      // A body is sanitized when first read: one that keeps nothing reads undefined.
      if (v === undefined && key !== 'contentHtml') fail(`${at}.${key}`, 'present but undefined', v);
    }
  };
  const isObject = (at: string, value: unknown): value is Record<string, unknown> => {
    const ok = typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
    if (!ok) fail(at, 'not a plain object', value);
    return ok;
  };
  const nonEmpty = (at: string, value: unknown) => {
    if (typeof value !== 'string' || !value) fail(at, 'not a non-empty string', value);
  };
  // toPlainText collapses every run of white space to one space and trims.
  const plain = (at: string, value: unknown) => {
    if (typeof value !== 'string' || !value || value !== value.trim() || /[^\S ]| {2}/.test(value)) fail(at, 'not collapsed plain text', value);
  };
  const httpUrl = (at: string, value: unknown) => {
    let ok = false;
    try {
      const parsed = new URL(value as string);
      ok = typeof value === 'string' && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.href === value;
    } catch {
      ok = false;
    }
    if (!ok) fail(at, 'not an absolute http(s) URL', value);
  };
  const isoDate = (at: string, value: unknown) => {
    // A UTC date-time as toISOString() writes it, or a real calendar date alone.
    const written = typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : undefined;
    if (!written || (written !== value && !(/^\d{4}-\d{2}-\d{2}$/.test(value as string) && written.startsWith(`${value}T`)))) {
      fail(at, 'not an ISO 8601 UTC date-time or date', value);
    }
  };
  const languageTag = (at: string, value: unknown) => {
    let ok = false;
    try {
      ok = typeof value === 'string' && Intl.getCanonicalLocales(value)[0] === value;
    } catch {
      ok = false;
    }
    if (!ok) fail(at, 'not a canonical BCP 47 tag', value);
  };
  const positiveInteger = (at: string, value: unknown) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isInteger(value) || value < 1) fail(at, 'not a finite integer >= 1', value);
  };
  const count = (at: string, value: unknown) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isInteger(value) || value < 0) fail(at, 'not a finite integer >= 0', value);
  };
  const srcset = (at: string, value: unknown) => {
    if (typeof value !== 'string' || !value) return fail(at, 'not a non-empty string', value);
    value.split(', ').forEach((candidate, i) => {
      const [u, descriptor, extra] = candidate.split(' ');
      httpUrl(`${at}[${i}]`, u);
      if (extra !== undefined || (descriptor !== undefined && !/^\d+(\.\d+)?[wx]$/.test(descriptor))) fail(`${at}[${i}]`, 'bad candidate', candidate);
    });
  };
  const bodyHtml = (at: string, value: unknown) => {
    if (typeof value !== 'string' || !value.trim()) return fail(at, 'not a non-empty string', value);
    const template = document.createElement('template');
    template.innerHTML = value;
    for (const el of Array.from(template.content.querySelectorAll('*'))) {
      if (!BODY_TAGS.has(el.localName)) fail(at, `<${el.localName}> in the body`, value);
      for (const {name, value: v} of Array.from(el.attributes)) {
        // DOMPurify cannot remove `is` from an element it parsed, so it empties it: harmless.
        if (!BODY_ATTRIBUTES.has(name) && !(name === 'is' && v === '')) fail(at, `attribute ${name} in the body`, value);
        if (name === 'href' || name === 'src') httpUrl(`${at} ${name}`, v);
        if (name === 'srcset') srcset(`${at} srcset`, v);
      }
    }
  };
  const person = (at: string, value: unknown) => {
    if (!isObject(at, value)) return;
    keys(at, value, new Set(['name', 'url']));
    plain(`${at}.name`, value.name);
    if ('url' in value) httpUrl(`${at}.url`, value.url);
  };
  const category = (at: string, value: unknown) => {
    if (!isObject(at, value)) return;
    keys(at, value, new Set(['id', 'name', 'slug']));
    nonEmpty(`${at}.id`, value.id);
    plain(`${at}.name`, value.name);
    nonEmpty(`${at}.slug`, value.slug);
  };
  const list = (at: string, value: unknown, each: (at: string, v: unknown) => void, allowEmpty: boolean) => {
    if (!Array.isArray(value)) return fail(at, 'not an array', value);
    if (!allowEmpty && !value.length) fail(at, 'empty array (should be omitted)', value);
    value.forEach((v, i) => each(`${at}[${i}]`, v));
  };
  const unique = (at: string, values: unknown[]) => {
    const seen = new Set<unknown>();
    for (const v of values) {
      if (seen.has(v)) fail(at, 'repeated', v);
      seen.add(v);
    }
  };

  if (!isObject('feed', feed)) return problems;
  keys('feed', feed, new Set(['title', 'language', 'articles', 'categories', 'nextUrl']));
  if ('title' in feed) plain('feed.title', feed.title);
  if ('language' in feed) languageTag('feed.language', feed.language);
  if ('nextUrl' in feed) httpUrl('feed.nextUrl', feed.nextUrl);
  list('feed.categories', feed.categories, category, true);
  if (Array.isArray(feed.categories)) unique('feed.categories ids', feed.categories.map((c) => c?.id));
  list(
    'feed.articles',
    feed.articles,
    (at, article) => {
      if (!isObject(at, article)) return;
      keys(at, article, ARTICLE_KEYS);
      nonEmpty(`${at}.id`, article.id);
      if ('url' in article) httpUrl(`${at}.url`, article.url);
      for (const key of ['title', 'summary', 'excerpt'] as const) if (key in article) plain(`${at}.${key}`, article[key]);
      if (article.contentHtml !== undefined) bodyHtml(`${at}.contentHtml`, article.contentHtml);
      if ('image' in article && isObject(`${at}.image`, article.image)) {
        const image = article.image;
        keys(`${at}.image`, image, IMAGE_KEYS);
        httpUrl(`${at}.image.src`, image.src);
        for (const key of ['alt', 'caption', 'credit']) if (key in image) plain(`${at}.image.${key}`, image[key]);
        for (const key of ['width', 'height']) if (key in image) positiveInteger(`${at}.image.${key}`, image[key]);
        if ('srcset' in image) srcset(`${at}.image.srcset`, image.srcset);
      }
      if ('authors' in article) list(`${at}.authors`, article.authors, person, false);
      if ('source' in article) person(`${at}.source`, article.source);
      if ('category' in article) category(`${at}.category`, article.category);
      if ('tags' in article) {
        list(`${at}.tags`, article.tags, (tagAt, tag) => {
          if (!isObject(tagAt, tag)) return;
          keys(tagAt, tag, new Set(['name', 'slug']));
          plain(`${tagAt}.name`, tag.name);
          nonEmpty(`${tagAt}.slug`, tag.slug);
        }, false);
        if (Array.isArray(article.tags)) unique(`${at}.tags slugs`, article.tags.map((t: {slug?: unknown}) => t?.slug));
      }
      for (const key of ['published', 'updated']) if (key in article) isoDate(`${at}.${key}`, article[key]);
      if ('commentCount' in article) count(`${at}.commentCount`, article.commentCount);
      if ('language' in article) languageTag(`${at}.language`, article.language);
      if ('readingTimeMinutes' in article) positiveInteger(`${at}.readingTimeMinutes`, article.readingTimeMinutes);
    },
    true,
  );
  if (Array.isArray(feed.articles)) unique('feed.articles ids', feed.articles.map((a) => a?.id));
  return problems;
}

function safeJson(value: unknown): string {
  try {
    const json = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
    return json === undefined ? String(value) : json.length > 200 ? `${json.slice(0, 200)}…` : json;
  } catch {
    return String(value);
  }
}

/** Adapts `json` and checks the answer; throws (for fast-check) with what is wrong. */
function check(json: unknown, adaptOptions: AdaptOptions): ReturnType<typeof adaptFeed> {
  const before = structuredClone(json);
  let result: ReturnType<typeof adaptFeed>;
  try {
    result = adaptFeed(json, adaptOptions);
  } catch (error) {
    throw new Error(`adaptFeed threw: ${String(error)}`);
  }
  expect(json, 'adaptFeed changed its input').to.deep.equal(before);
  expect(Object.keys(result).sort()).to.deep.equal(result.ok ? ['ok', 'value'] : ['error', 'ok']);
  if (result.ok) {
    const problems = feedProblems(result.value);
    if (problems.length) throw new Error(`the Feed breaks the model:\n${problems.join('\n')}`);
  } else {
    expect(result.error).to.be.instanceOf(NewsError);
    expect(result.error.kind).to.equal('format');
    expect(result.error.message).to.be.a('string').and.not.equal('');
  }
  return result;
}

/** A result in a form deep equality can compare (errors by kind and message). */
const outcome = (result: ReturnType<typeof adaptFeed>) => (result.ok ? result : {ok: false, kind: result.error.kind, message: result.error.message});

const BASES = [undefined, 'https://feeds.example/api/feed.json', 'http://127.0.0.1:8080/wp-json/wp/v2/posts?_embed'];
const base = fc.constantFrom(...BASES);

/** The engine behind sanitizeHtml in this run, for test titles. */
const engineLabel = () => `${sanitizerEngine()} sanitizer`;

describe('adapters under arbitrary input (fast-check)', () => {
  before(async () => {
    console.log(`fast-check seed ${SEED}, ${RUNS} runs per property (set SEED in test/fuzz/adapters.fuzz.test.ts to replay another run)`);
    // Bodies are sanitized only once the sanitizer is ready; without it they would be left out and go unchecked.
    await prepareSanitizer();
  });

  it('adaptFeed, any JSON, any declared format: a well-typed Feed or a format error, never a throw', () => {
    fc.assert(
      fc.property(asJson(fc.jsonValue({maxDepth: 4})), fc.constantFrom(...FORMATS), base, (json, format, baseUrl) => {
        check(json, {format: format as AdaptOptions['format'], baseUrl});
      }),
      options,
    );
  });

  it('adaptFeed, any JSON with invalid UTF-16 and any unicode in its strings', () => {
    fc.assert(
      fc.property(asJson(fc.jsonValue({maxDepth: 3, stringUnit: 'binary'})), fc.constantFrom(...FORMATS), (json, format) => {
        check(json, {format: format as AdaptOptions['format']});
      }),
      options,
    );
  });

  const almostValid = {jsonfeed: jsonFeed, wordpress, native} as const;
  for (const [format, arb] of Object.entries(almostValid)) {
    it(`${format}: almost-valid feeds with a random value in any field, detected and declared (${engineLabel()})`, () => {
      let adapted = 0;
      fc.assert(
        fc.property(asJson(arb), base, (json, baseUrl) => {
          const declared = check(json, {format: format as 'jsonfeed' | 'wordpress' | 'native', baseUrl});
          const auto = check(json, {baseUrl});
          if (declared.ok) adapted++;
          // Detection picks an adapter; when it picks this one, the answers agree.
          if (detectFormat(json) === format) expect(outcome(auto)).to.deep.equal(outcome(declared));
        }),
        options,
      );
      // Most inputs must get through, or the generator only tests the error path.
      expect(adapted, 'feeds adapted').to.be.greaterThan(RUNS / 4);
    });
  }

  it('article ids stay unique whatever ids the feed repeats (widgets key their lists by id)', () => {
    const ids = fc.array(fc.oneof(fc.constantFrom('a', 'a-2', 'a-3', 'a-2-2', 'b', 1, '1'), fc.constant(undefined)), {maxLength: 8});
    fc.assert(
      fc.property(ids, (list) => {
        check({version: 'news-widgets/1', articles: list.map((id, i) => (id === undefined ? {title: `T${i % 2}`} : {id}))}, {});
      }),
      options,
    );
  });

  describe('with DOMPurify, the sanitizer of browsers without the Sanitizer API', () => {
    before(async () => {
      forceSanitizerEngine('dompurify');
      await prepareSanitizer();
    });
    after(() => forceSanitizerEngine(undefined));

    for (const [format, arb] of Object.entries(almostValid)) {
      it(`${format}: almost-valid feeds, bodies through DOMPurify`, () => {
        fc.assert(
          fc.property(asJson(arb), base, (json, baseUrl) => {
            check(json, {format: format as 'jsonfeed' | 'wordpress' | 'native', baseUrl});
          }),
          options,
        );
      });
    }
  });

  it('detectFormat: one of the known formats or undefined, for any JSON, never a throw', () => {
    fc.assert(
      fc.property(asJson(fc.oneof(fc.jsonValue({maxDepth: 3}), jsonFeed, wordpress, native)), (json) => {
        expect([undefined, 'jsonfeed', 'wordpress', 'native']).to.include(detectFormat(json));
      }),
      options,
    );
  });

  it('the field-map adapter with arbitrary maps over arbitrary documents', () => {
    let adapted = 0;
    fc.assert(
      fc.property(asJson(mappedDocument), fc.boolean(), base, (pair, asText, baseUrl) => {
        const [json, map] = pair as [unknown, FieldMap];
        // The `map` attribute arrives as JSON text, the property as an object: both are accepted.
        if (check(json, {map: asText ? (JSON.stringify(map) as FieldMap) : map, baseUrl}).ok) adapted++;
      }),
      options,
    );
    expect(adapted, 'documents adapted').to.be.greaterThan(RUNS / 4);
  });

  it('the field-map adapter given a map that is not a map: a format error, never a throw', () => {
    fc.assert(
      fc.property(asJson(fc.oneof(customItems, fc.jsonValue({maxDepth: 2}))), fc.oneof(fc.string(), asJson(fc.jsonValue({maxDepth: 2})), fc.dictionary(fc.string({maxLength: 6}), anyValue, {maxKeys: 3})), (json, map) => {
        check(json, {map: map as FieldMap});
      }),
      options,
    );
  });

  it('parseFieldMap: a clean FieldMap or a format error for any string or value; text and object forms agree', () => {
    const known = new Set<string>(FIELD_MAP_KEYS);
    const input = fc.oneof(
      fc.string(),
      fc.string({unit: 'binary'}),
      asJson(fc.jsonValue({maxDepth: 2})),
      asJson(fieldMap),
      asJson(fc.dictionary(fc.oneof(fc.constantFrom(...FIELD_MAP_KEYS), fc.string({maxLength: 5})), fc.oneof(randomPath, anyValue), {maxKeys: 4})),
    );
    fc.assert(
      fc.property(input, (value) => {
        const parsed = parseFieldMap(value);
        if (parsed instanceof NewsError) {
          expect(parsed.kind).to.equal('format');
          expect(parsed.message).to.match(/^Invalid field map: ./);
        } else {
          expect(Object.getPrototypeOf(parsed)).to.equal(Object.prototype);
          for (const [key, p] of Object.entries(parsed)) {
            expect(known.has(key), `key ${key}`).to.be.true;
            expect(p).to.be.a('string');
            expect(p).to.equal(p!.trim());
            expect(p!.split('.').every(Boolean), `path ${p}`).to.be.true;
            expect(p).not.to.match(/[[\]]/);
          }
        }
        if (typeof value !== 'string') {
          const fromText = parseFieldMap(JSON.stringify(value));
          if (parsed instanceof NewsError) expect(fromText).to.be.instanceOf(NewsError);
          else expect(fromText).to.deep.equal(parsed);
        }
      }),
      options,
    );
  });
});
