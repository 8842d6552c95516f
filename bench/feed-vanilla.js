/**
 * The baseline of the feed-to-first-card timing: fetch the JSON Feed, map the
 * fields the card shows by hand, and build the cards with bench/vanilla-card.js
 * in the horizontal variant a list shows. The stylesheet text is the library's
 * card CSS, read from the bundle in a module that is not timed (it loads while
 * the feed's response is still delayed).
 */
import {cardCount, feedUrl, probe} from './feed-probe.js';
import {sharedSheet, vanillaCard} from './vanilla-card.js';

const list = document.getElementById('list');
probe(() => list.querySelector('.vanilla-card')?.shadowRoot?.querySelector('[part~="title"]'));

const cssReady = import('../dist/news-widgets.js').then(({NewsArticleCard}) => NewsArticleCard.elementStyles.map((s) => s.cssText).join('\n'));

const words = (html) => (html ?? '').replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean).length;

function toArticle(item, base) {
  const url = (value) => (value ? new URL(value, base).href : undefined);
  return {
    id: String(item.id),
    url: url(item.url),
    title: item.title,
    summary: item.summary,
    image: item.image ? {src: url(item.image), alt: item._news?.imageAlt ?? '', width: item._news?.imageWidth, height: item._news?.imageHeight} : undefined,
    authors: item.authors,
    category: item._news?.category,
    published: item.date_published,
    commentCount: item._news?.commentCount,
    readingTimeMinutes: Math.max(1, Math.round(words(item.content_html) / 230)),
  };
}

const response = await fetch(feedUrl());
const feed = await response.json();
const styles = sharedSheet(await cssReady);
const fragment = document.createDocumentFragment();
for (const item of feed.items.slice(0, cardCount())) {
  const host = vanillaCard(toArticle(item, response.url), 'fr', styles);
  host.setAttribute('variant', 'horizontal');
  const li = document.createElement('li');
  li.append(host);
  fragment.append(li);
}
list.append(fragment);
