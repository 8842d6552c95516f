/** Reading server output as a browser would parse it (parse5 implements the HTML standard's parser). */
import {parse, parseFragment} from 'parse5';
import {readFileSync} from 'node:fs';

export const demoFeed = (lang = 'fr') => JSON.parse(readFileSync(new URL(`../../demo/data/${lang}/feed.json`, import.meta.url), 'utf8'));

export const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;

/** Every element under `node`, declarative shadow roots included (as a template's content). */
export function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (!child.tagName) continue;
    yield child;
    yield* elements(child);
    if (child.content) yield* elements(child.content);
  }
}

export const fragment = (html) => parseFragment(html);
export const documentOf = (html) => parse(html);

/** The widget element, its declarative shadow root (a template), and its light-DOM children. */
export function widget(html, tag) {
  const host = [...elements(fragment(html))].find((e) => e.tagName === tag);
  if (!host) throw new Error(`no <${tag}> in output`);
  const shadow = host.childNodes.find((c) => c.tagName === 'template' && attr(c, 'shadowrootmode') === 'open');
  const light = host.childNodes.filter((c) => c !== shadow && c.tagName);
  return {host, shadow, light};
}

export const textOf = (node) => {
  if (node.nodeName === '#text') return node.value;
  return [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])].map(textOf).join('');
};

export const find = (root, predicate) => [...elements(root)].filter(predicate);
