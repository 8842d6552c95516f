/**
 * Server-rendered widgets on a page that loads the non-hydrating bundle
 * (dist/news-widgets.js) by mistake: they fetch and render anew, once, not
 * after the server's content. Plain chai: nothing may load Lit first.
 */
import {expect} from '@esm-bundle/chai';

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!check()) throw new Error(`timed out: ${what}`);
};

it('renders anew, never twice, under news-widgets.js', async () => {
  const src = `/demo/data/en/feed.json?main=${Date.now()}`;
  const query = new URLSearchParams({tag: 'news-article-list', feed: 'demo/data/en/feed.json', src, lang: 'en', attrs: JSON.stringify({limit: '2'})});
  const container = document.createElement('div');
  container.setHTMLUnsafe(await (await fetch(`/__ssr/render?${query}`)).text());
  document.body.append(container);
  const list = container.querySelector('news-article-list')!;
  const cards = () => Array.from(list.shadowRoot!.querySelectorAll('news-article-card'));
  expect(cards()).to.have.length(2);
  const bundle = '/dist/news-widgets.js';
  await import(/* @vite-ignore */ bundle);
  const url = new URL(src, location.href).href;
  await until(() => performance.getEntriesByType('resource').some((e) => e.name === url), 'the feed is fetched');
  await until(() => cards().length > 0 && cards().every((card) => card.shadowRoot?.querySelector('a[part~="link"]')), 'the cards render');
  expect(cards()).to.have.length(2);
  expect(list.shadowRoot!.querySelectorAll('ul[part="list"]')).to.have.length(1);
  container.remove();
});
