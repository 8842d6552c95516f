/**
 * Links and image sources from feeds: every URL must resolve, against the
 * endpoint URL, to http or https. Kept apart from the HTML sanitizer so a
 * widget that only shows links and images carries none of it.
 */

const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

// A server render has no page: relative URLs are checked against this
// stand-in and come back relative, for the reader's browser to resolve.
const NO_PAGE = 'https://page.invalid/';
const NO_PAGE_ORIGIN = 'https://page.invalid';

/** Base used for relative URLs when the caller gives none (the page itself). */
const pageBase = (): string => (typeof document !== 'undefined' ? document.baseURI : NO_PAGE);

// The last base resolved: a feed's URLs share one, and a card checks three
// URLs per render, so parsing it again each time was most of safeUrl's cost.
let lastBase: {raw: string | undefined; page: string; url: URL} | undefined;
function resolvedBase(raw: string | undefined): URL {
  const page = pageBase();
  if (!lastBase || lastBase.raw !== raw || lastBase.page !== page) lastBase = {raw, page, url: new URL(raw ?? page, page)};
  return lastBase.url;
}

/**
 * Returns the absolute form of `raw` when it resolves to http(s), else
 * `undefined`. The WHATWG URL parser already strips leading control
 * characters and inner tabs/newlines, so `" jAvA\tscript:"` tricks resolve to
 * their real scheme and are rejected here.
 */
export function safeUrl(raw: unknown, base?: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const trimmed = raw.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, resolvedBase(base || undefined));
    if (!SAFE_PROTOCOLS.has(url.protocol)) return undefined;
    if (url.origin !== NO_PAGE_ORIGIN) return url.href;
    // Relative to a page the server cannot see: as written (without the tabs and
    // newlines the URL parser ignores), or from the root when a relative base came first.
    return base ? url.pathname + url.search + url.hash : trimmed.replace(/[\t\n\r]/g, '');
  } catch {
    return undefined;
  }
}

/** `value` with lone UTF-16 surrogates (which JSON allows) replaced by U+FFFD. */
export function wellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** A slug or id as one URL path segment; never throws, whatever the feed holds. */
export const encodeSegment = (value: string): string => encodeURIComponent(wellFormed(value));

/** A `srcset` whose every candidate URL is safe, or `undefined` when none is. */
export function safeSrcset(raw: unknown, base?: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  // Candidates end at a comma after a descriptor ("a.jpg 1x,b.jpg 2x") or at a
  // comma and white space; a comma inside a URL is neither.
  const candidates = raw
    .split(/(?<=\s\d+(?:\.\d+)?[wx])\s*,\s*|,\s+/)
    .map((candidate) => {
      const [url, descriptor] = candidate.trim().split(/\s+/, 2);
      const safe = safeUrl(url, base);
      if (!safe) return undefined;
      if (descriptor && !/^\d+(\.\d+)?[wx]$/.test(descriptor)) return undefined;
      // A comma inside a URL would split the candidate list.
      const escaped = safe.replace(/,/g, '%2C');
      return descriptor ? `${escaped} ${descriptor}` : escaped;
    })
    .filter((c): c is string => c !== undefined);
  return candidates.length ? candidates.join(', ') : undefined;
}
