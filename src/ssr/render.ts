import {render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import '../define.js';
import {adaptFeed} from '../data/adapt.js';
import {isNewsError} from '../data/errors.js';
import {parseFieldMap} from '../data/formats/field-map.js';
import {EMBEDDED_FEED_ATTRIBUTE, scriptSafeJson} from '../data/embedded-feed.js';
import {loadFeed} from '../data/feed-controller.js';
import {claimsOf} from '../data/feed-context.js';
import type {ProviderValue, RelatedPicks} from '../data/feed-context.js';
import type {Article, Feed, FeedFormat, FieldMap} from '../data/model.js';
import {useMarkupEngine} from '../data/sanitize.js';
import {withDateContext} from '../i18n/format.js';
import {loadLocale, matchLocale, renderInLocale} from '../i18n/locale.js';
import {SERVER_STATIC_ATTRIBUTE, withServerRender} from '../internal/server-render.js';
import {fallbackLinks, shownArticles} from './fallback.js';
import type {Attributes, WidgetTag} from './fallback.js';
import {jsonLd} from './json-ld.js';
import {serverMarkup} from './markup.js';

export type {Attributes, WidgetTag} from './fallback.js';

// Feeds adapted here (from a file, a URL or JSON) are read and sanitized without a DOM.
useMarkupEngine(serverMarkup);

export const WIDGET_TAGS: readonly WidgetTag[] = ['news-article-card', 'news-article-list', 'news-related-list', 'news-category-nav', 'news-article'];

export interface ProviderChild {
  tag: WidgetTag;
  attributes?: Attributes;
  /** JSON-LD for this widget; the provider's `jsonLd` by default. */
  jsonLd?: boolean;
}

export interface RenderWidgetOptions {
  /** Which widget; a `news-provider` renders with its `children`. */
  tag: WidgetTag | 'news-provider';
  /** For a `news-provider`: the widgets inside it, in order, which share its feed (no `src` of their own). */
  children?: ProviderChild[];
  /**
   * The `src` the widget has in the page: the browser keeps it for later
   * requests (Load more, Retry), and the embedded feed is tied to it. Without
   * it the output is static: it never hydrates, and no script changes it.
   */
  src?: string;
  /** An adapted feed to render (e.g. from `adaptFeed`); trusted as it is. */
  feed?: Feed;
  /** A feed document (parsed JSON in any supported format) to adapt. */
  json?: unknown;
  /** Where the server fetches the feed when neither `feed` nor `json` is given; `src` by default. */
  fetchUrl?: string;
  /** Base for the feed's relative URLs when adapting `json`; `fetchUrl ?? src` by default. */
  baseUrl?: string;
  format?: FeedFormat;
  map?: FieldMap | string;
  /** Language of the labels and dates (BCP 47); `attributes.lang`, else `en`, by default. Written as the widget's `lang`. */
  lang?: string;
  /** The widget's other attributes (`article-id`, `limit`, `layout`, `heading`, `dir`, ...). */
  attributes?: Attributes;
  /** Adds schema.org JSON-LD: `ItemList` for lists, `NewsArticle` for `news-article`. */
  jsonLd?: boolean;
  /**
   * Embed the feed in the widget (default true). Widgets with the same `src`
   * find it in any of them: render all but one of them with `false` to
   * carry the feed once per page.
   */
  embedFeed?: boolean;
  /** Plain links to the articles as light-DOM children (default true). */
  fallback?: boolean;
  /** The time dates are written at (ms, or a Date), for reproducible output; now by default. */
  now?: number | Date;
  /** The time zone of dates for widgets without `time-zone`; the server's by default. */
  timeZone?: string;
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Gets the feed the options point at: given, adapted from JSON, or fetched. */
export async function resolveFeed(options: Pick<RenderWidgetOptions, 'feed' | 'json' | 'src' | 'fetchUrl' | 'baseUrl' | 'format' | 'map'>): Promise<Feed> {
  if (options.feed) return options.feed;
  const {format = 'auto', map} = options;
  if (options.json !== undefined) {
    const fieldMap = map === undefined ? undefined : parseFieldMap(map);
    if (isNewsError(fieldMap)) throw fieldMap;
    const result = adaptFeed(options.json, {format, map: fieldMap, baseUrl: options.baseUrl ?? options.fetchUrl ?? options.src});
    if (!result.ok) throw result.error;
    return result.value;
  }
  const url = options.fetchUrl ?? options.src;
  if (!url) throw new TypeError('renderWidget needs a feed, json, or a URL to fetch (fetchUrl or an absolute src)');
  // A server has no page to resolve a relative src against.
  if (!/^https?:\/\//i.test(url)) throw new TypeError(`renderWidget fetches absolute http(s) URLs only, got ${url}: pass fetchUrl, or the feed as json`);
  return loadFeed(url, {format, map});
}

/**
 * What goes into the page for hydration. Only news-article shows bodies;
 * without one in the render they are left out (about a third of a feed's
 * bytes), and the data says so, for a news-article elsewhere on the page
 * must then fetch the feed itself.
 */
function embeddedData(src: string, feed: Feed, tag: string, children: ProviderChild[] | undefined): {src: string; feed: Feed; bodies?: false} {
  if (tag === 'news-article' || children?.some((child) => child.tag === 'news-article')) return {src, feed};
  const articles = feed.articles.map((article) => {
    const copy: Partial<Article> = {};
    // Key by key, not by spreading: a body is sanitized when read.
    for (const key of Object.keys(article) as (keyof Article)[]) if (key !== 'contentHtml') (copy as Record<string, unknown>)[key] = article[key];
    return copy as Article;
  });
  return {src, feed: {...feed, articles}, bodies: false};
}

function attributeText(attributes: Attributes): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => {
      if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`Not an attribute name: ${name}`);
      // Attributes may come from a CMS editor: no event handler ever reaches the page.
      if (name.startsWith('on')) throw new TypeError(`Event handler attributes are not written: ${name}`);
      return value === '' ? name : `${name}="${escapeAttribute(String(value))}"`;
    })
    .join(' ');
}

/** One element, its light DOM after its shadow root (which the server render adds). */
function element(tag: string, attributes: Attributes, light: unknown): TemplateResult {
  const name = unsafeStatic(tag);
  return staticHtml`<${name} ${unsafeStatic(attributeText(attributes))}>${light}</${name}>`;
}

/** The light DOM of a data widget: JSON-LD on request, then the plain links. */
function extras(tag: WidgetTag, feed: Feed, attributes: Attributes, shown: Article[], options: {jsonLd?: boolean; fallback?: boolean}): unknown {
  const ld = options.jsonLd ? jsonLd(tag, feed, shown) : undefined;
  return html`${ld ? unsafeHTML(`<script type="application/ld+json">${ld}</script>`) : nothing}${
    options.fallback === false ? nothing : fallbackLinks(tag, feed, attributes, shown)
  }`;
}

/**
 * What a provider's widgets show, in document order: lists follow the
 * provider's category, and related lists skip what the related lists before
 * them show, as in the browser.
 */
function providerChildren(children: ProviderChild[], feed: Feed, category: string | undefined): Array<{child: ProviderChild; attributes: Attributes; shown: Article[]}> {
  const claimed = new Set<string>();
  return children.map((child) => {
    if (!WIDGET_TAGS.includes(child.tag)) throw new TypeError(`A provider cannot hold <${String(child.tag)}>; one of ${WIDGET_TAGS.join(', ')}`);
    if (child.attributes?.src) throw new TypeError('A widget inside a provider takes the provider\'s feed: leave out its src');
    // One language per render: a widget in another is rendered on its own.
    if (child.attributes?.lang) throw new TypeError('A widget inside a provider speaks the provider\'s language: leave out its lang');
    const attributes: Attributes = {...child.attributes};
    const followed = child.tag === 'news-article-list' && !attributes.category && category ? {...attributes, category} : attributes;
    const exclude = child.tag === 'news-related-list' && attributes['allow-duplicates'] === undefined ? new Set(claimed) : undefined;
    const shown = shownArticles(child.tag, feed, followed, exclude);
    if (child.tag === 'news-related-list') shown.forEach((article) => claimed.add(article.id));
    return {child, attributes, shown};
  });
}

/** What the server's `news-provider` shares: the feed, its category, and related lists' claims in render order. */
function serverProvider(feed: Feed, src: string | undefined, category: string | undefined): ProviderValue {
  const related: Array<[Element, RelatedPicks]> = [];
  return {
    feed: {status: 'ready', feed, src, retry: () => undefined},
    category,
    selectCategory: () => undefined,
    claimedBefore(list) {
      const index = related.findIndex(([other]) => other === list);
      return claimsOf(related.slice(0, index === -1 ? related.length : index).map(([, picks]) => picks));
    },
    registerRelated(list, picks) {
      if (!related.some(([other]) => other === list)) related.push([list, picks]);
      return () => undefined;
    },
  };
}

/**
 * Renders a widget to HTML: the element with its shadow root as declarative
 * shadow DOM (`<template shadowrootmode="open">`), the feed it rendered from
 * (so that the browser build `news-widgets/hydrate` brings it to life with
 * no second request and no change on screen), plain links to its articles,
 * and optionally JSON-LD. The catalog of `lang` loads first.
 *
 * A `news-provider` renders with the widgets of `children` inside it, which
 * share its feed and its category.
 */
export async function renderWidget(options: RenderWidgetOptions): Promise<string> {
  const {tag, src} = options;
  const isProvider = tag === 'news-provider';
  if (!isProvider && !WIDGET_TAGS.includes(tag)) throw new TypeError(`renderWidget cannot render <${String(tag)}>; one of news-provider, ${WIDGET_TAGS.join(', ')}`);
  if (isProvider && !src) throw new TypeError('A news-provider renders with a src: its widgets have no other way to their feed');
  if (options.children !== undefined && !Array.isArray(options.children)) throw new TypeError('children must be an array of {tag, attributes}');
  if (options.children?.length && !isProvider) throw new TypeError(`Only a news-provider renders with children, not <${tag}>`);
  if (options.now !== undefined && !Number.isFinite(Number(options.now))) throw new TypeError(`now must be a time in ms or a Date, got ${String(options.now)}`);
  if (options.feed && !Array.isArray((options.feed as Partial<Feed>).articles)) throw new TypeError('feed must be an adapted feed ({articles: [...]}); pass raw JSON as json');
  const feed = await resolveFeed(options);
  const lang = options.lang || options.attributes?.lang || 'en';
  const locale = matchLocale(lang);
  await loadLocale(locale);

  const attributes: Attributes = {...options.attributes, lang, src};
  if (options.format && options.format !== 'auto') attributes.format = options.format;
  if (options.map !== undefined) attributes.map = typeof options.map === 'string' ? options.map : JSON.stringify(options.map);
  // Without a src the browser has nothing to bring back: keep the server's rendering as it is.
  if (!src) Object.assign(attributes, {'defer-hydration': '', [SERVER_STATIC_ATTRIBUTE]: ''});

  const embedded = src && options.embedFeed !== false ? unsafeHTML(`<script type="application/json" ${EMBEDDED_FEED_ATTRIBUTE}>${scriptSafeJson(embeddedData(src, feed, tag, options.children))}</script>`) : nothing;
  const category = attributes.category || undefined;
  let light: unknown;
  if (isProvider) {
    // The widgets inside wait (defer-hydration) until the provider shares its feed in the browser.
    const children = providerChildren(options.children ?? [], feed, category).map(({child, attributes: childAttributes, shown}) =>
      element(child.tag, {...childAttributes, 'defer-hydration': ''}, extras(child.tag, feed, childAttributes, shown, {jsonLd: child.jsonLd ?? options.jsonLd, fallback: options.fallback})),
    );
    light = html`${embedded}${children}`;
  } else {
    const shown = shownArticles(tag as WidgetTag, feed, attributes);
    light = html`${embedded}${extras(tag as WidgetTag, feed, attributes, shown, options)}`;
  }
  const template = element(tag, attributes, light);

  const dates = {now: Number(options.now ?? Date.now()), timeZone: options.timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone};
  const provider = isProvider ? serverProvider(feed, src, category) : undefined;
  return withServerRender({lang, explicitDir: attributes.dir !== undefined, src, feed, provider, ...dates}, () =>
    renderInLocale(locale, () => withDateContext(dates, () => collectResultSync(render(template)))),
  );
}
