import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {NewsArticleCard} from '../../src/components/article-card/article-card.js';
import type {NewsArticleList} from '../../src/components/article-list/article-list.js';
import type {NewsProvider} from '../../src/components/provider/provider.js';
import {at, closedEarly, hits, recordNewsEvents, uniqueKey, visibleTitles, watchPage} from './resilience-helpers.js';

/** A feed of `n` articles titled "TITLE · i", answered after `ms`. */
const slowFeed = (title: string, ms: number, key = uniqueKey(title), n = 1) => ({
  key,
  title,
  src: at(`/slow-feed?ms=${ms}&title=${encodeURIComponent(title)}&n=${n}`, key),
});

/** Every headline set the widget ever showed, sampled after each DOM change, however brief. */
function filmstrip(el: Element): {frames: string[][]; stop(): void} {
  const frames: string[][] = [];
  const observer = new MutationObserver(() => {
    const titles = visibleTitles(el);
    if (titles.length && titles.join('\n') !== frames.at(-1)?.join('\n')) frames.push(titles);
  });
  const watch = (root: Node) => observer.observe(root, {childList: true, subtree: true, characterData: true, attributes: true});
  watch(el.shadowRoot!);
  // Cards inside a list have shadow roots of their own.
  const cards = new MutationObserver(() => el.shadowRoot!.querySelectorAll('news-article-card').forEach((c) => c.shadowRoot && watch(c.shadowRoot)));
  cards.observe(el.shadowRoot!, {childList: true, subtree: true});
  return {
    frames,
    stop() {
      observer.disconnect();
      cards.disconnect();
    },
  };
}

describe('races: the newest request wins, and abandoned requests are aborted', () => {
  let page: ReturnType<typeof watchPage>;
  let news: ReturnType<typeof recordNewsEvents>;
  beforeEach(() => {
    page = watchPage();
    news = recordNewsEvents();
  });
  afterEach(() => {
    page.stop();
    news.stop();
  });

  it('src A (slow) then src B (fast): the card shows B, stays on B, never shows A, and A is aborted', async () => {
    const a = slowFeed('Alpha', 600);
    const b = slowFeed('Bravo', 20);
    const card = await fixture<NewsArticleCard>(html`<news-article-card src=${a.src}></news-article-card>`);
    const film = filmstrip(card);
    await hits(a.key, 1);
    card.src = b.src;

    await waitUntil(() => visibleTitles(card).length, 'the card renders', {timeout: 3000});
    expect(visibleTitles(card)).to.deep.equal(['Bravo · 1']);
    // Waits until A's request has ended, whichever way, then looks again.
    expect(await closedEarly(a.key), 'A was aborted').to.equal(true);
    await card.updateComplete;
    expect(visibleTitles(card)).to.deep.equal(['Bravo · 1']);
    film.stop();
    expect(film.frames.flat().filter((t) => !t.startsWith('Bravo'))).to.deep.equal([]);
    expect(news.of(card, 'news-load').map((e) => e.detail.src)).to.deep.equal([b.src]);
    expect(page.problems).to.deep.equal([]);
  });

  it('src switched back and forth ten times: only the last one ever shows', async () => {
    const feeds = [slowFeed('One', 300), slowFeed('Two', 150), slowFeed('Three', 50)];
    const list = await fixture<NewsArticleList>(html`<news-article-list></news-article-list>`);
    const film = filmstrip(list);
    const order = [0, 1, 2, 0, 1, 0, 2, 1, 2, 0, 1];
    for (const i of order) {
      list.src = feeds[i].src;
      await list.updateComplete;
    }
    const last = feeds[order.at(-1)!];
    await waitUntil(() => visibleTitles(list).length, 'the list renders', {timeout: 3000});
    // Every request made has ended (aborted or answered) before this last look. A src
    // dropped before its request started (the loading code still arriving, say) is never
    // requested at all.
    for (const feed of feeds) if (await hits(feed.key)) await closedEarly(feed.key);
    await list.updateComplete;
    film.stop();
    expect(visibleTitles(list)).to.deep.equal([`${last.title} · 1`]);
    expect(new Set(film.frames.flat())).to.deep.equal(new Set([`${last.title} · 1`]));
    expect(news.of(list, 'news-load').map((e) => e.detail.src)).to.deep.equal([last.src]);
    expect(page.problems).to.deep.equal([]);
  });

  it('article-id changed while the feed loads, and after: the card shows the newest id', async () => {
    const feed = slowFeed('Ids', 200, uniqueKey('ids'), 3);
    const card = await fixture<NewsArticleCard>(html`<news-article-card src=${feed.src} article-id="1"></news-article-card>`);
    const film = filmstrip(card);
    card.articleId = '2';
    await card.updateComplete;
    card.articleId = '3';
    await waitUntil(() => visibleTitles(card).length, 'the card renders', {timeout: 3000});
    expect(visibleTitles(card)).to.deep.equal(['Ids · 3']);
    card.articleId = '1';
    await card.updateComplete;
    expect(visibleTitles(card)).to.deep.equal(['Ids · 1']);
    film.stop();
    expect(film.frames).to.deep.equal([['Ids · 3'], ['Ids · 1']]);
    expect(await hits(feed.key)).to.equal(1);
  });

  it('src and article-id changed together: never an article of the old feed', async () => {
    const a = slowFeed('Old', 400, uniqueKey('old'), 3);
    const b = slowFeed('New', 30, uniqueKey('new'), 3);
    const card = await fixture<NewsArticleCard>(html`<news-article-card src=${a.src} article-id="2"></news-article-card>`);
    const film = filmstrip(card);
    await hits(a.key, 1);
    card.src = b.src;
    card.articleId = '3';
    await waitUntil(() => visibleTitles(card).length, 'the card renders', {timeout: 3000});
    await closedEarly(a.key);
    await card.updateComplete;
    film.stop();
    expect(visibleTitles(card)).to.deep.equal(['New · 3']);
    expect(film.frames.flat().filter((t) => t.startsWith('Old'))).to.deep.equal([]);
  });

  it('a card removed mid-request aborts its request', async () => {
    const feed = slowFeed('Removed', 1500);
    const card = await fixture<NewsArticleCard>(html`<news-article-card src=${feed.src}></news-article-card>`);
    await hits(feed.key, 1);
    card.remove();
    expect(await closedEarly(feed.key), 'the connection was closed before the answer').to.equal(true);
    expect(page.problems).to.deep.equal([]);
  });

  it('a provider removed mid-request aborts its request', async () => {
    const feed = slowFeed('Provider', 1500);
    const provider = await fixture<NewsProvider>(html`<news-provider src=${feed.src}><news-article-list></news-article-list></news-provider>`);
    await hits(feed.key, 1);
    provider.remove();
    expect(await closedEarly(feed.key), 'the connection was closed before the answer').to.equal(true);
    expect(page.problems).to.deep.equal([]);
  });

  it('a card removed while another card shares its request: the request goes on for the other', async () => {
    const feed = slowFeed('Shared', 300);
    const box = await fixture<HTMLElement>(html`<div>
      <news-article-card src=${feed.src}></news-article-card>
      <news-article-card src=${feed.src}></news-article-card>
    </div>`);
    const [gone, stays] = Array.from(box.querySelectorAll('news-article-card'));
    await hits(feed.key, 1);
    gone.remove();
    await waitUntil(() => visibleTitles(stays).length, 'the remaining card renders', {timeout: 3000});
    expect(visibleTitles(stays)).to.deep.equal(['Shared · 1']);
    expect(await closedEarly(feed.key), 'the shared request completed').to.equal(false);
    expect(await hits(feed.key)).to.equal(1);
    expect(page.problems).to.deep.equal([]);
  });

  it('a card moved elsewhere in the page mid-request keeps its request and renders', async () => {
    const feed = slowFeed('Moved', 300);
    const box = await fixture<HTMLElement>(html`<div><news-article-card src=${feed.src}></news-article-card><aside></aside></div>`);
    const card = box.querySelector('news-article-card')!;
    await hits(feed.key, 1);
    box.querySelector('aside')!.append(card);
    await waitUntil(() => visibleTitles(card).length, 'the moved card renders', {timeout: 3000});
    expect(visibleTitles(card)).to.deep.equal(['Moved · 1']);
    expect(await hits(feed.key)).to.equal(1);
    expect(page.problems).to.deep.equal([]);
  });

  it('a card removed mid-request and put back later loads its feed', async () => {
    const feed = slowFeed('Back', 200);
    const box = await fixture<HTMLElement>(html`<div><news-article-card src=${feed.src}></news-article-card></div>`);
    const card = box.querySelector('news-article-card')!;
    await hits(feed.key, 1);
    card.remove();
    await closedEarly(feed.key);
    box.append(card);
    await waitUntil(() => visibleTitles(card).length, 'the card renders once back', {timeout: 3000});
    expect(visibleTitles(card)).to.deep.equal(['Back · 1']);
    expect(page.problems).to.deep.equal([]);
  });
});
