/**
 * The npm entry `news-widgets/hydrate` (dist/hydrate.js, for pages that
 * bundle the package themselves) hydrates as the script-tag bundle does.
 * Nothing here may load Lit before the entry does, so this file uses plain
 * chai rather than @open-wc/testing.
 */
import {expect} from '@esm-bundle/chai';

it('hydrates a server-rendered list through the npm entry', async () => {
  const src = `/demo/data/vi/feed.json?npm=${Date.now()}`;
  const query = new URLSearchParams({tag: 'news-article-list', feed: 'demo/data/vi/feed.json', src, lang: 'vi', attrs: JSON.stringify({limit: '2'})});
  const response = await fetch(`/__ssr/render?${query}`);
  expect(response.ok).to.equal(true);
  const container = document.createElement('div');
  container.setHTMLUnsafe(await response.text());
  const list = container.querySelector('news-article-list') as HTMLElement & {updateComplete: Promise<boolean>};
  const card = list.shadowRoot!.querySelector('news-article-card')!;
  const link = card.shadowRoot!.querySelector('a[part~="link"]');
  const errors: unknown[] = [];
  const originalError = console.error;
  console.error = (...args: unknown[]) => errors.push(args);
  try {
    document.body.append(container);
    const entry = '/dist/hydrate.js';
    await import(/* @vite-ignore */ entry);
    await list.updateComplete;
    await (card as HTMLElement & {updateComplete: Promise<boolean>}).updateComplete;
  } finally {
    console.error = originalError;
  }
  expect(errors).to.deep.equal([]);
  expect(card.hasAttribute('defer-hydration')).to.equal(false);
  expect(card.shadowRoot!.querySelector('a[part~="link"]')).to.equal(link);
  expect(performance.getEntriesByType('resource').filter((e) => e.name === new URL(src, location.href).href)).to.have.length(0);
  container.remove();
});
