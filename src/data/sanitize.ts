/**
 * The one place where feed text becomes markup or a link.
 *
 * - Rich HTML (article bodies) keeps only a strict allowlist of elements and
 *   attributes: through the browser's own Sanitizer API (`setHTML`) where it
 *   exists, else through DOMPurify, downloaded only when a page needs it.
 * - Every URL must resolve, against the endpoint URL, to http or https (url.ts).
 * - Titles and teasers become plain text.
 */
import type {DOMPurify} from 'dompurify';
import {provideSanitizer} from './sanitizer-slot.js';
import {safeSrcset, safeUrl} from './url.js';

// What an article body keeps as markup. Anything else is unwrapped (UNWRAP_TAGS) or dropped.
const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'pre',
  'a',
  'em', 'strong', 'b', 'i', 'u', 's', 'small', 'sub', 'sup', 'mark', 'abbr', 'code', 'kbd', 'samp', 'var', 'dfn',
  'del', 'ins', 'time', 'data', 'bdi', 'bdo', 'ruby', 'rt', 'rp', 'wbr',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'blockquote', 'q', 'cite',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'figure', 'figcaption', 'img',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];
const ALLOWED_ATTR = [
  'href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'lang', 'dir',
  // Numbered lists that continue, table cells that span, machine-readable dates.
  'start', 'reversed', 'value', 'colspan', 'rowspan', 'scope', 'datetime',
];

export {encodeSegment, safeSrcset, safeUrl, wellFormed} from './url.js';

/**
 * A link in an article body (here, not in url.ts, which every card loads). A fragment alone (a footnote's "#fn1") points
 * into the story's own page, so it resolves against `page`, the story's URL,
 * and is dropped without one: against the endpoint or the host page it would
 * lead somewhere else. Any other link is `safeUrl(raw, base)`.
 */
export function bodyLink(raw: string, base: string | undefined, page: string | undefined): string | undefined {
  // The URL parser skips leading controls and spaces: so does this test.
  if (!raw.replace(/^[\u0000-\u0020]+/, '').startsWith('#')) return safeUrl(raw, base);
  return page ? safeUrl(raw, page) : undefined;
}

/** The URL of the first candidate of a `srcset` that safeSrcset returned. */
export const firstSrcsetUrl = (srcset: string): string => srcset.split(', ')[0].split(' ')[0];

/**
 * Attribute rules that depend on the element or the value: sizes on images
 * only (on a table or a cell, `height="9999999"` makes an article ten
 * million pixels tall), and small cell spans (a body of a thousand
 * `rowspan="65534"` or `"0"` cells kept the tab's main thread for seconds).
 */
export function attributeFits(element: string, name: string, value: string): boolean {
  if (name === 'width' || name === 'height') return element === 'img';
  if (name === 'colspan' || name === 'rowspan') return /^\s*[1-9]\d?\s*$/.test(value);
  return true;
}

/**
 * Markup work where there is no DOM (server rendering): DOMParser, <template>
 * and DOMPurify all need one. `src/ssr/markup.ts` installs an HTML-parser
 * based engine for Node; browsers never set one.
 */
export interface MarkupEngine {
  /** The text of `raw` read as HTML, without script or style contents, blocks separated by spaces. */
  text(raw: string): string;
  /** `raw` keeping only `SANITIZE_POLICY`'s markup, with URLs resolved against `base` (fragments against `page`) and checked. */
  sanitize(raw: string, base: string | undefined, page: string | undefined): string;
  /** `raw` without the elements that have one of `classes`. */
  withoutClasses(raw: string, classes: string[]): string;
}
let markupEngine: MarkupEngine | undefined;

/** Installs (or, with `undefined`, removes) the engine used instead of the DOM. */
export function useMarkupEngine(engine: MarkupEngine | undefined): void {
  markupEngine = engine;
}

export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'BR', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGCAPTION', 'TR', 'TD', 'TH', 'SECTION', 'ARTICLE', 'HR',
]);

/**
 * Plain text from a string that may hold HTML tags and entities (WordPress
 * titles and excerpts, JSON Feed summaries). Parsed into a <template>, whose
 * content is inert: no script runs and no image loads while parsing. One
 * template serves every call (a DOMParser document per call cost more than
 * the rest of an adapter's work). Returns `undefined` for empty results so
 * absent data stays absent.
 */
export function toPlainText(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  if (!/[<&]/.test(raw)) return collapse(raw);
  const simple = simpleText(raw);
  if (simple !== undefined) return collapse(simple);
  if (markupEngine) return collapse(markupEngine.text(raw));
  try {
    return collapse(readParsed(raw, SILENT_TAGS.join(', '), (template) => textOf(template.content)));
  } catch {
    return collapse(roughText(raw));
  }
}

// Markup simple enough to read without a parser: text, bare tags that parse
// alike everywhere (no attributes), and the entities below. WordPress titles
// (`&#8217;`) and excerpts (`<p>…</p>`) are nearly always this; parsing each
// into a template was most of adapting a WordPress response.
const BASIC_ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};
const SIMPLE_MARKUP = /^(?:[^<&]|<\/?(?:p|br|em|strong|b|i|u|s|small|sup|sub|mark|code|cite|q|span|div|h[1-6]|li|ul|ol|blockquote)\s*\/?>|&#\d{1,7};|&#[xX][\da-fA-F]{1,6};|&(?:amp|lt|gt|quot|apos|nbsp);)*$/;

/**
 * The text of `raw` when it is simple markup (see SIMPLE_MARKUP) and each
 * numeric entity names a character the HTML parser keeps as it is; else
 * `undefined`, for the parser to read. Blocks are spaced as `textOf` does.
 */
function simpleText(raw: string): string | undefined {
  if (!SIMPLE_MARKUP.test(raw)) return undefined;
  let plain = true;
  const text = raw.replace(/<(\/?)([a-z0-9]+)[^>]*>|&(#[xX]?)?(\w+);/g, (_, _slash, tag: string | undefined, hash: string | undefined, name: string) => {
    if (tag) return BLOCK_TAGS.has(tag.toUpperCase()) ? ' ' : '';
    if (!hash) return BASIC_ENTITIES[name];
    const code = parseInt(name, hash.length > 1 ? 16 : 10);
    // Controls, C1 (which the parser maps to windows-1252), surrogates and out-of-range values: leave them to it.
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0xd800 && code < 0xe000) || code > 0x10ffff) plain = false;
    return plain ? String.fromCodePoint(code) : '';
  });
  return plain ? text : undefined;
}

/** Elements whose content is never text a reader sees. */
export const SILENT_TAGS = ['script', 'style', 'template', 'noscript', 'iframe', 'object'];

let parseTemplate: HTMLTemplateElement | undefined;

/**
 * Parses `html` into one reused <template> (under the `news-widgets` Trusted
 * Types policy), drops the elements that match `selector` (if any), and returns
 * `read(template)`. Throws when the page's CSP refuses the policy.
 */
function readParsed<T>(html: string, selector: string | undefined, read: (template: HTMLTemplateElement) => T): T {
  const template = (parseTemplate ??= document.createElement('template'));
  parseInto(template, html);
  try {
    if (selector) template.content.querySelectorAll(selector).forEach((node) => node.remove());
    return read(template);
  } finally {
    template.content.replaceChildren();
  }
}

/**
 * Parses `html` into `template`, inertly. Where the page's Trusted Types list
 * leaves out the `news-widgets` policy, the Sanitizer API (not a Trusted Types
 * sink) or DOMPurify (under its own policy) parses instead, keeping the text
 * of the elements it drops; throws when neither is there.
 */
function parseInto(template: HTMLTemplateElement, html: string): void {
  if (!policyRefused) {
    try {
      template.innerHTML = inertHtml(html) as string;
      return;
    } catch (error) {
      if (!(globalThis as TrustedTypesWindow).trustedTypes) throw error;
      // Asked once: each refusal is a violation the page reports.
      policyRefused = true;
    }
  }
  if (nativeAvailable()) {
    setHtml(template, html, {removeElements: SILENT_TAGS});
  } else if (purifier) {
    // Null when the page refuses DOMPurify's policy too: then no parser is left (see the else).
    const fragment: DocumentFragment | null = purifier.sanitize(html, {RETURN_DOM_FRAGMENT: true, FORBID_TAGS: SILENT_TAGS});
    if (!fragment) throw new Error('No parser: the page refuses the news-widgets and dompurify Trusted Types policies');
    template.content.replaceChildren(fragment);
  } else {
    throw new Error('No parser: the page refuses the news-widgets Trusted Types policy');
  }
}

/**
 * `html` without the elements that match `selector`, still as markup (for
 * more sanitizing later); markup that cannot be parsed comes back as it was.
 */
function removeElements(html: string, selector: string): string {
  try {
    return readParsed(html, selector, (template) => template.innerHTML);
  } catch {
    return html;
  }
}

/** The text of a parsed fragment, with a space around each block so words never run together. */
function textOf(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) text += child.nodeValue ?? '';
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const block = BLOCK_TAGS.has((child as Element).tagName);
        if (block) text += ' ';
        walk(child);
        if (block) text += ' ';
      }
    }
  };
  walk(root);
  return text;
}

/** `raw` (HTML) without the elements that carry one of `classes`, parsed inertly. */
export function withoutClasses(raw: string, classes: string[]): string {
  // No class name anywhere in the text: nothing to remove, and nothing to parse.
  if (!classes.some((name) => raw.includes(name))) return raw;
  if (markupEngine) return markupEngine.withoutClasses(raw, classes);
  return removeElements(raw, classes.map((name) => `.${name}`).join(', '));
}

type TrustedTypesWindow = {trustedTypes?: {createPolicy(name: string, rules: {createHTML(s: string): string}): {createHTML(s: string): unknown}}};
let parsePolicy: {createHTML(s: string): unknown} | undefined;
/** Set when the page's CSP refused the policy (see parseInto). */
let policyRefused = false;

/**
 * Under Trusted Types, even DOMParser and <template> want TrustedHTML. Both
 * are inert (nothing runs, nothing loads), so the `news-widgets` policy
 * passes strings through for this use only: reading text out of feed markup.
 */
function inertHtml(raw: string): unknown {
  const tt = (globalThis as TrustedTypesWindow).trustedTypes;
  if (!tt) return raw;
  parsePolicy ??= tt.createPolicy('news-widgets', {createHTML: (s) => s});
  return parsePolicy.createHTML(raw);
}

/**
 * Last resort when a page's CSP forbids the `news-widgets` policy: tags
 * dropped and the common entities decoded by hand, so a title still reads.
 */
export function roughText(raw: string): string {
  return raw
    .replace(/<(script|style|template|noscript)[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] !== '#') return BASIC_ENTITIES[name.toLowerCase()] ?? entity;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    });
}

function collapse(text: string): string | undefined {
  const out = text.replace(/\s+/g, ' ').trim();
  // Zero-width characters alone (spaces, joiners, byte-order marks) show nothing: no text, as for white space.
  return out.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').trim() ? out : undefined;
}

// Elements whose content is worth keeping though the element itself is not:
// layout wrappers, obsolete presentational tags, and form controls' labels.
// The browser's Sanitizer API and the server engine drop an element that is
// on neither list together with its content (DOMPurify keeps the content), so
// this names every HTML element that wraps text a reader should still see.
const UNWRAP_TAGS = [
  'div', 'span', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'address', 'hgroup', 'search',
  'font', 'center', 'big', 'tt', 'strike', 'acronym', 'nobr', 'marquee', 'blink', 'menu', 'dir', 'picture',
  'form', 'fieldset', 'legend', 'label', 'button', 'output',
  // A disclosure's hidden part shows, rather than bring an element whose toggle event is an old script vector.
  'details', 'summary',
];

export type SanitizerEngine = 'native' | 'dompurify';

const nativeAvailable = () => typeof (Element.prototype as {setHTML?: unknown}).setHTML === 'function';
/** The Sanitizer API's `setHTML` (not in TypeScript's DOM types yet), with a sanitizer configuration. */
const setHtml = (template: HTMLTemplateElement, html: string, sanitizer: object): void =>
  (template as unknown as {setHTML(html: string, options: {sanitizer: object}): void}).setHTML(html, {sanitizer});
let forcedEngine: SanitizerEngine | undefined;
let purifier: DOMPurify | undefined;
let purifierLoading: Promise<void> | undefined;

/** What rich HTML may keep; an engine without a DOM applies the same rules. */
export const SANITIZE_POLICY = {elements: ALLOWED_TAGS, attributes: ALLOWED_ATTR, unwrap: UNWRAP_TAGS} as const;

/** The engine in use: the browser's Sanitizer API when it has one. */
export function sanitizerEngine(): SanitizerEngine {
  return forcedEngine ?? (nativeAvailable() ? 'native' : 'dompurify');
}

/** For tests: run one engine whatever the browser has (`undefined` restores the default). */
export function forceSanitizerEngine(engine: SanitizerEngine | undefined): void {
  forcedEngine = engine;
}

/** True when `sanitizeHtml` can answer now. */
export function sanitizerReady(): boolean {
  return markupEngine !== undefined || sanitizerEngine() === 'native' || purifier !== undefined;
}

/** Makes `sanitizeHtml` ready: at once with the native API, else after DOMPurify loads. */
export function prepareSanitizer(): Promise<void> {
  if (sanitizerReady()) return Promise.resolve();
  purifierLoading ??= import('dompurify')
    .then((module) => {
      // A private instance, so nothing we set touches the host page's DOMPurify.
      purifier = module.default(window);
    })
    .catch((error) => {
      purifierLoading = undefined;
      throw error;
    });
  return purifierLoading;
}

/**
 * The real source of an image that a lazy-loading plugin wrote as a
 * placeholder (`<img src="data:…" data-src="photo.jpg">`, or
 * `data-lazy-src`, `data-srcset`…): WordPress runs such plugins on the
 * content its REST API serves, and the sanitizers drop `data-*` attributes,
 * so the body lost every image. `attribute(name)` reads the image's
 * attributes; the engines set what this returns before sanitizing.
 */
export function lazyImageSources(attribute: (name: string) => string | null | undefined): [string, string][] {
  const found: [string, string][] = [];
  for (const name of ['src', 'srcset', 'sizes']) {
    const value = attribute(`data-lazy-${name}`) ?? attribute(`data-${name}`);
    if (value) found.push([name, value]);
  }
  return found;
}

const LAZY_IMAGE = /\sdata-(?:lazy-)?src(?:set)?\s*=/i;

/** `raw` with the placeholders of lazy-loaded images given their real sources (see lazyImageSources). */
function promoteLazyImages(raw: string): string {
  if (!LAZY_IMAGE.test(raw)) return raw;
  try {
    return readParsed(raw, undefined, (template) => {
      for (const img of Array.from(template.content.querySelectorAll('img'))) {
        for (const [name, value] of lazyImageSources((attribute) => img.getAttribute(attribute))) img.setAttribute(name, value);
      }
      return template.innerHTML;
    });
  } catch {
    return raw;
  }
}

/** The allowlisted markup as an inert fragment, or undefined when no engine is ready. */
function clean(feedHtml: string): DocumentFragment | undefined {
  const raw = promoteLazyImages(feedHtml);
  if (sanitizerEngine() === 'native') {
    const template = document.createElement('template');
    setHtml(template, raw, {elements: ALLOWED_TAGS, attributes: ALLOWED_ATTR, replaceWithChildrenElements: UNWRAP_TAGS});
    return template.content;
  }
  if (!purifier) return undefined;
  // The nodes themselves, not markup to parse again: still in DOMPurify's inert document (no image starts
  // loading before we check its URL), and a blank first line of a <pre> survives (see keepLeadingNewline).
  return purifier.sanitize(raw, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    RETURN_DOM_FRAGMENT: true,
  });
}

/**
 * The text of a `<pre>`'s first text node, ready to serialize. The parser
 * drops a newline right after `<pre>`, and serializing does not put it back:
 * a block that starts with a blank line would lose it each time its markup is
 * parsed again (by the widget that renders it). One more newline keeps it; the
 * result is the same however often it is sanitized. Every engine uses it.
 */
export const keepLeadingNewline = (text: string): string => (text.startsWith('\n') ? `\n${text}` : text);

/** What both engines leave to us: URLs resolved and checked, safe links, lazy images. */
function finish(fragment: DocumentFragment, base: string | undefined, page: string | undefined): void {
  for (const element of Array.from(fragment.querySelectorAll('*'))) {
    for (const {name, value} of Array.from(element.attributes)) if (!attributeFits(element.localName, name, value)) element.removeAttribute(name);
    for (const name of ['href', 'src']) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const safe = name === 'href' ? bodyLink(value, base, page) : safeUrl(value, base);
      if (safe) element.setAttribute(name, safe);
      else element.removeAttribute(name);
    }
    const srcset = element.getAttribute('srcset');
    if (srcset !== null) {
      const safe = safeSrcset(srcset, base);
      if (safe) element.setAttribute('srcset', safe);
      else element.removeAttribute('srcset');
    }
    if (element.localName === 'a' && element.hasAttribute('href')) element.setAttribute('rel', 'noopener noreferrer');
    if (element.localName === 'pre' && element.firstChild?.nodeType === Node.TEXT_NODE) {
      const text = element.firstChild as Text;
      text.data = keepLeadingNewline(text.data);
    }
    if (element.localName === 'img') {
      // A lazy-loaded image may bring only a srcset (its src was the placeholder).
      const srcset = element.getAttribute('srcset');
      if (!element.hasAttribute('src') && srcset) element.setAttribute('src', firstSrcsetUrl(srcset));
      if (!element.hasAttribute('src')) element.remove();
      else {
        element.setAttribute('loading', 'lazy');
        element.setAttribute('decoding', 'async');
      }
    }
  }
}

/**
 * Sanitized rich HTML for article bodies, or `undefined` when nothing is
 * left (or, with DOMPurify, before `prepareSanitizer()` has resolved).
 * Relative links and images resolve against `base` (the endpoint URL), a
 * link to a fragment alone against `page` (the story's URL; see bodyLink).
 */
export function sanitizeHtml(raw: unknown, base?: string, page?: string): string | undefined {
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  if (markupEngine) return markupEngine.sanitize(raw, base, page).trim() || undefined;
  const fragment = clean(raw);
  if (!fragment) return undefined;
  finish(fragment, base, page);
  const holder = document.createElement('template');
  holder.content.append(fragment);
  return holder.innerHTML.trim() || undefined;
}

/** A URL-friendly slug from a display name, for categories and tags without one. */
export function slugify(name: string): string {
  // Feeds repeat the same few category and tag names on every article.
  let slug = slugs.get(name);
  if (slug === undefined) {
    slug =
      name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/đ/g, 'd')
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '') || name;
    if (slugs.size >= 1000) slugs.clear();
    slugs.set(name, slug);
  }
  return slug;
}
const slugs = new Map<string, string>();

provideSanitizer({sanitizeHtml, sanitizerReady, prepareSanitizer});
