/**
 * Feed markup on the server, where there is no DOM.
 *
 * Browsers sanitize with the Sanitizer API or DOMPurify, and read text with
 * DOMParser; all three need a DOM. DOMPurify could run on a DOM emulation
 * (jsdom and the like), but that is a large dependency whose parsing differs
 * from browsers' in corners that matter for sanitizing. parse5, which
 * `@lit-labs/ssr` already depends on, implements the HTML standard's parser
 * and serializer: we parse into its tree, keep only the allowlist the
 * browser engines use (`SANITIZE_POLICY`), check every URL with the same
 * `safeUrl`, and let its serializer escape text and attributes. Anything not
 * on the allowlist is dropped with its content, as the Sanitizer API does,
 * except the wrappers of `unwrap`, whose content stays.
 */
import {parseFragment, serialize} from 'parse5';
import type {DefaultTreeAdapterTypes} from 'parse5';
import {BLOCK_TAGS, SANITIZE_POLICY, SILENT_TAGS, attributeFits, bodyLink, firstSrcsetUrl, keepLeadingNewline, lazyImageSources, safeSrcset, safeUrl} from '../data/sanitize.js';
import type {MarkupEngine} from '../data/sanitize.js';

type Node = DefaultTreeAdapterTypes.Node;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;
type TextNode = DefaultTreeAdapterTypes.TextNode;

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const ELEMENTS = new Set<string>(SANITIZE_POLICY.elements);
const ATTRIBUTES = new Set<string>(SANITIZE_POLICY.attributes);
const UNWRAP = new Set<string>(SANITIZE_POLICY.unwrap);
const SILENT = new Set(SILENT_TAGS);

const isElement = (node: Node): node is Element => 'tagName' in node;

function text(raw: string): string {
  let out = '';
  const walk = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (child.nodeName === '#text') out += (child as DefaultTreeAdapterTypes.TextNode).value;
      else if (isElement(child) && !SILENT.has(child.tagName)) {
        const block = BLOCK_TAGS.has(child.tagName.toUpperCase());
        if (block) out += ' ';
        walk(child);
        if (block) out += ' ';
      }
    }
  };
  walk(parseFragment(raw));
  return out;
}

function setAttribute(element: Element, name: string, value: string): void {
  const existing = element.attrs.find((a) => a.name === name);
  if (existing) existing.value = value;
  else element.attrs.push({name, value});
}

/** What URLs resolve against: the endpoint, and the story's page for fragments (see bodyLink). */
interface Bases {
  base: string | undefined;
  page: string | undefined;
}

/** The children `node` keeps, each cleaned; unwrapped elements give up their own children. */
function cleanChildren(node: ParentNode, urls: Bases): ChildNode[] {
  const kept: ChildNode[] = [];
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') kept.push(child);
    else if (isElement(child) && child.namespaceURI === HTML_NS) {
      if (ELEMENTS.has(child.tagName)) {
        if (cleanElement(child, urls)) kept.push(child);
      } else if (UNWRAP.has(child.tagName)) {
        kept.push(...cleanChildren(child, urls));
      }
    }
    // Comments, doctypes, SVG and MathML go, like everything off the allowlist.
  }
  for (const child of kept) child.parentNode = node;
  return kept;
}

/** Cleans `element` in place; false when it should go (an image left without a source). */
function cleanElement(element: Element, urls: Bases): boolean {
  if (element.tagName === 'img') for (const [name, value] of lazyImageSources((name) => attr(element, name))) setAttribute(element, name, value);
  element.attrs = element.attrs.filter((a) => !a.namespace && ATTRIBUTES.has(a.name) && attributeFits(element.tagName, a.name, a.value));
  for (const attr of element.attrs) {
    if (attr.name === 'href') attr.value = bodyLink(attr.value, urls.base, urls.page) ?? '';
    else if (attr.name === 'src') attr.value = safeUrl(attr.value, urls.base) ?? '';
    else if (attr.name === 'srcset') attr.value = safeSrcset(attr.value, urls.base) ?? '';
  }
  element.attrs = element.attrs.filter((a) => !['href', 'src', 'srcset'].includes(a.name) || a.value !== '');
  const has = (name: string) => element.attrs.some((a) => a.name === name);
  if (element.tagName === 'a' && has('href')) setAttribute(element, 'rel', 'noopener noreferrer');
  if (element.tagName === 'img') {
    // A lazy-loaded image may bring only a srcset (its src was the placeholder).
    const srcset = attr(element, 'srcset');
    if (!has('src') && srcset) setAttribute(element, 'src', firstSrcsetUrl(srcset));
    if (!has('src')) return false;
    setAttribute(element, 'loading', 'lazy');
    setAttribute(element, 'decoding', 'async');
  }
  element.childNodes = cleanChildren(element, urls);
  const first = element.childNodes[0];
  if (element.tagName === 'pre' && first?.nodeName === '#text') (first as TextNode).value = keepLeadingNewline((first as TextNode).value);
  return true;
}

function sanitize(raw: string, base: string | undefined, page: string | undefined): string {
  const fragment = parseFragment(raw);
  fragment.childNodes = cleanChildren(fragment, {base, page});
  return serialize(fragment);
}

function withoutClasses(raw: string, classes: string[]): string {
  const unwanted = new Set(classes);
  const prune = (node: ParentNode) => {
    node.childNodes = node.childNodes.filter((child) => !(isElement(child) && (attr(child, 'class') ?? '').split(/\s+/).some((name) => unwanted.has(name))));
    for (const child of node.childNodes) if (isElement(child)) prune(child);
  };
  const fragment = parseFragment(raw);
  prune(fragment);
  return serialize(fragment);
}

const attr = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;

/** The parse5-based engine for `useMarkupEngine`. */
export const serverMarkup: MarkupEngine = {text, sanitize, withoutClasses};
