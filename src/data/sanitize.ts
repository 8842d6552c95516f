/**
 * The one place where feed text becomes markup or a link.
 *
 * - Rich HTML (article bodies) goes through DOMPurify with a strict allowlist.
 * - Every URL must resolve, against the endpoint URL, to http or https.
 * - Titles and teasers become plain text.
 */
import createDOMPurify from 'dompurify';

const ALLOWED_TAGS = [
  'p', 'br', 'hr',
  'a',
  'em', 'strong', 'b', 'i', 'u', 's', 'small', 'sub', 'sup', 'mark', 'abbr', 'code',
  'ul', 'ol', 'li',
  'blockquote', 'q', 'cite',
  'h2', 'h3', 'h4', 'h5', 'h6',
  'figure', 'figcaption', 'img',
];
const ALLOWED_ATTR = ['href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'lang', 'dir'];

const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/** Base used for relative URLs when the caller gives none (the page itself). */
const pageBase = (): string => (typeof document !== 'undefined' ? document.baseURI : 'http://localhost/');

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
    const url = new URL(trimmed, base ? new URL(base, pageBase()) : pageBase());
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A `srcset` whose every candidate URL is safe, or `undefined` when none is. */
export function safeSrcset(raw: unknown, base?: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const candidates = raw
    .split(/,\s+/)
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

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'BR', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGCAPTION', 'TR', 'TD', 'TH', 'SECTION', 'ARTICLE', 'HR',
]);

/**
 * Plain text from a string that may hold HTML tags and entities (WordPress
 * titles and excerpts, JSON Feed summaries). Parsed with DOMParser, whose
 * documents are inert: no script runs and no image loads while parsing.
 * Returns `undefined` for empty results so absent data stays absent.
 */
export function toPlainText(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  if (!/[<&]/.test(raw)) return collapse(raw);
  const doc = new DOMParser().parseFromString(raw, 'text/html');
  doc.querySelectorAll('script, style, template, noscript, iframe, object').forEach((n) => n.remove());
  let text = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) text += child.nodeValue ?? '';
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const block = BLOCK_TAGS.has((child as Element).tagName);
        if (block) text += ' ';
        walk(child);
        if (block) text += ' ';
      }
    }
  };
  walk(doc.body);
  return collapse(text);
}

function collapse(text: string): string | undefined {
  const out = text.replace(/\s+/g, ' ').trim();
  return out || undefined;
}

let purifier: ReturnType<typeof createDOMPurify> | undefined;
let currentBase: string | undefined;

/** A private DOMPurify instance, so our hooks never touch the host page's. */
function getPurifier() {
  if (purifier) return purifier;
  purifier = createDOMPurify(window);
  purifier.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'href' || data.attrName === 'src') {
      const safe = safeUrl(data.attrValue, currentBase);
      if (safe) data.attrValue = safe;
      else data.keepAttr = false;
    } else if (data.attrName === 'srcset') {
      const safe = safeSrcset(data.attrValue, currentBase);
      if (safe) data.attrValue = safe;
      else data.keepAttr = false;
    }
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      if (node.hasAttribute('href')) node.setAttribute('rel', 'noopener noreferrer');
    } else if (node.tagName === 'IMG') {
      if (!node.hasAttribute('src')) {
        node.remove();
        return;
      }
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
    }
  });
  return purifier;
}

/**
 * Sanitized rich HTML for article bodies, or `undefined` when nothing is
 * left. Relative links and images resolve against `base` (the endpoint URL).
 */
export function sanitizeHtml(raw: unknown, base?: string): string | undefined {
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  const dompurify = getPurifier();
  currentBase = base;
  try {
    const clean = dompurify.sanitize(raw, {
      ALLOWED_TAGS,
      ALLOWED_ATTR,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      ALLOW_UNKNOWN_PROTOCOLS: false,
    });
    return clean.trim() || undefined;
  } finally {
    currentBase = undefined;
  }
}

/** A URL-friendly slug from a display name, for categories and tags without one. */
export function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/đ/g, 'd')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || name
  );
}
