import {render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {nothing} from 'lit';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import '../define.js';
import {adaptFeed} from '../data/adapt.js';
import {isNewsError} from '../data/errors.js';
import {parseFieldMap} from '../data/formats/field-map.js';
import {EMBEDDED_FEED_ATTRIBUTE, scriptSafeJson} from '../data/embedded-feed.js';
import {loadFeed} from '../data/feed-controller.js';
import type {Feed, FeedFormat, FieldMap} from '../data/model.js';
import {useMarkupEngine} from '../data/sanitize.js';
import {withDateContext} from '../i18n/format.js';
import {loadLocale, matchLocale, renderInLocale} from '../i18n/locale.js';
import {withServerRender} from '../internal/server-render.js';
import {fallbackLinks} from './fallback.js';
import type {Attributes, WidgetTag} from './fallback.js';
import {jsonLd} from './json-ld.js';
import {serverMarkup} from './markup.js';

export type {Attributes, WidgetTag} from './fallback.js';

// Feeds adapted here (from a file, a URL or JSON) are read and sanitized without a DOM.
useMarkupEngine(serverMarkup);

export const WIDGET_TAGS: readonly WidgetTag[] = ['news-article-card', 'news-article-list', 'news-related-list', 'news-category-nav', 'news-article'];

export interface RenderWidgetOptions {
  /** Which widget. */
  tag: WidgetTag;
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
  /** Language of the labels and dates (BCP 47); `en` by default. Written as the widget's `lang`. */
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
  return loadFeed(url, {format, map});
}

/**
 * Renders a widget to HTML: the element with its shadow root as declarative
 * shadow DOM (`<template shadowrootmode="open">`), the feed it rendered from
 * (so that the browser build `news-widgets/hydrate` brings it to life with
 * no second request and no change on screen), plain links to its articles,
 * and optionally JSON-LD. The catalog of `lang` loads first.
 */
export async function renderWidget(options: RenderWidgetOptions): Promise<string> {
  const {tag, src} = options;
  if (!WIDGET_TAGS.includes(tag)) throw new TypeError(`renderWidget cannot render <${String(tag)}>; one of ${WIDGET_TAGS.join(', ')}`);
  const feed = await resolveFeed(options);
  const lang = options.lang || 'en';
  const locale = matchLocale(lang);
  await loadLocale(locale);

  const attributes: Attributes = {...options.attributes, lang, src};
  if (options.format && options.format !== 'auto') attributes.format = options.format;
  if (options.map !== undefined) attributes.map = typeof options.map === 'string' ? options.map : JSON.stringify(options.map);
  // Without a src the browser has nothing to bring back: keep the server's rendering as it is.
  if (!src) attributes['defer-hydration'] = '';
  const attributeText = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => {
      if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`Not an attribute name: ${name}`);
      return value === '' ? name : `${name}="${escapeAttribute(String(value))}"`;
    })
    .join(' ');

  const embedded = src && options.embedFeed !== false ? `<script type="application/json" ${EMBEDDED_FEED_ATTRIBUTE}>${scriptSafeJson({src, feed})}</script>` : '';
  const ld = options.jsonLd ? jsonLd(tag, feed, attributes) : undefined;
  const structured = ld ? `<script type="application/ld+json">${ld}</script>` : '';
  const element = unsafeStatic(tag);
  const template = staticHtml`<${element} ${unsafeStatic(attributeText)}>${unsafeHTML(embedded + structured)}${
    options.fallback === false ? nothing : fallbackLinks(tag, feed, attributes)
  }</${element}>`;

  const dates = {now: Number(options.now ?? Date.now()), timeZone: options.timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone};
  return withServerRender({lang, explicitDir: attributes.dir !== undefined, src, feed, ...dates}, () =>
    renderInLocale(locale, () => withDateContext(dates, () => collectResultSync(render(template)))),
  );
}
