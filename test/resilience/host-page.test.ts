import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {NewsArticleCard} from '../../src/components/article-card/article-card.js';
import type {NewsArticleList} from '../../src/components/article-list/article-list.js';
import type {NewsProvider} from '../../src/components/provider/provider.js';
import type {NewsCategoryNav} from '../../src/components/category-nav/category-nav.js';
import {clockState} from '../../src/internal/clock.js';
import {NewsClient} from '../../src/data/client.js';
import {at, hits, uniqueKey, watchPage} from './resilience-helpers.js';
import {cardTitles, shadowText, shownCards} from '../helpers.js';
import {bareArticle} from '../fixtures/card-articles.js';

/** What host pages do to widgets that they did not expect: move them, page them, refresh them, set a <base>. */
describe('widgets on a host page that moves them about', () => {
  /** A first page of two stories whose next page (two more) takes `ms` to come. */
  function pagedFeed(key: string, ms: number): string {
    const next = at(`/slow-feed?ms=${ms}&n=2&title=Later`, `${key}-page2`);
    const first = {version: 'https://jsonfeed.org/version/1.1', next_url: next, items: ['a', 'b'].map((id) => ({id, url: `https://news.example/${id}`, title: `First ${id}`}))};
    return at(`/json?body=${encodeURIComponent(JSON.stringify(first))}`, key);
  }
  const loadMore = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="load-more"]');

  it('a list taken out of the page while "Load more" loads offers "Load more" again when it is back', async () => {
    const key = uniqueKey('more-removed');
    const wrapper = await fixture(html`<div lang="en"><news-article-list src=${pagedFeed(key, 800)} limit="2"></news-article-list></div>`);
    const list = wrapper.firstElementChild as NewsArticleList;
    await waitUntil(() => shownCards(list) === 2, 'the first page');
    loadMore(list)!.click();
    await waitUntil(() => loadMore(list)?.textContent?.trim() === 'Loading more…', 'loading the next page');
    list.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    wrapper.append(list);
    await list.updateComplete;
    expect(loadMore(list)!.textContent!.trim()).to.equal('Load more');
    expect(loadMore(list)!.getAttribute('aria-disabled')).to.equal('false');
    loadMore(list)!.click();
    await waitUntil(() => shownCards(list) === 4, 'the next page, asked again', {timeout: 3000});
  });

  it('a list moved to another parent while "Load more" loads gets the next page', async () => {
    const key = uniqueKey('more-moved');
    const wrapper = await fixture(html`<div lang="en"><news-article-list src=${pagedFeed(key, 300)} limit="2"></news-article-list><aside></aside></div>`);
    const list = wrapper.firstElementChild as NewsArticleList;
    await waitUntil(() => shownCards(list) === 2, 'the first page');
    loadMore(list)!.click();
    await waitUntil(() => loadMore(list)?.textContent?.trim() === 'Loading more…', 'loading the next page');
    wrapper.querySelector('aside')!.append(list);
    await waitUntil(() => shownCards(list) === 4, 'the next page', {timeout: 3000});
    expect(cardTitles(list)).to.deep.equal(['First a', 'First b', 'Later · 1', 'Later · 2']);
    expect(await hits(`${key}-page2`)).to.equal(1);
  });

  describe('relative dates', () => {
    afterEach(() => clockState.setPeriod(60_000));

    it('keep moving after the card is moved', async () => {
      clockState.setPeriod(50);
      const justNow = {...bareArticle, published: new Date(Date.now() - 30_000).toISOString()};
      const wrapper = await fixture(html`<div lang="en"><news-article-card .article=${justNow}></news-article-card><aside></aside></div>`);
      const card = wrapper.firstElementChild!;
      await waitUntil(() => clockState.subscribers === 1, 'the card follows the clock');
      wrapper.querySelector('aside')!.append(card);
      expect(clockState.subscribers).to.equal(1);
      const realNow = Date.now;
      Date.now = () => realNow() + 120_000;
      try {
        await waitUntil(() => shadowText(card, 'time') === '2 minutes ago', 'the moved card follows the clock');
      } finally {
        Date.now = realNow;
      }
    });
  });

  it("resolves a relative src against the page's <base>, as a link would be", async () => {
    const base = Object.assign(document.createElement('base'), {href: '/test/fixtures/'});
    document.head.prepend(base);
    try {
      const card = await fixture(html`<news-article-card lang="en" src=${`card-feed.json?base=${uniqueKey('base')}`}></news-article-card>`);
      await waitUntil(() => shadowText(card, '[part~="title"]') || card.shadowRoot?.querySelector('[role="alert"]'), 'the card settles');
      expect(shadowText(card, '[role="alert"]')).to.equal(undefined);
      expect(shadowText(card, '[part~="title"]')).to.be.a('string').and.not.equal('');
    } finally {
      base.remove();
    }
  });

  describe('a widget moved out of its provider', () => {
    it('no longer shows the provider\'s stories', async () => {
      const wrapper = await fixture(html`<div lang="en">
        <news-provider src=${at('/slow-feed?ms=0&n=3&title=Provided', uniqueKey('moved-out'))}><news-article-list></news-article-list></news-provider>
        <aside></aside>
      </div>`);
      const list = wrapper.querySelector('news-article-list')!;
      await waitUntil(() => shownCards(list) === 3, 'the provider\'s stories');
      wrapper.querySelector('aside')!.append(list);
      await list.updateComplete;
      expect(shownCards(list)).to.equal(0);
      expect(list.hasAttribute('data-empty')).to.be.true;
    });

    it("and a nav moved out no longer selects the provider's category", async () => {
      const wrapper = await fixture(html`<div lang="en">
        <news-provider><news-category-nav></news-category-nav></news-provider>
        <aside></aside>
      </div>`);
      const provider = wrapper.querySelector<NewsProvider>('news-provider')!;
      const nav = wrapper.querySelector<NewsCategoryNav>('news-category-nav')!;
      nav.categories = [{id: 'sport', slug: 'sport', name: 'Sport'}];
      await waitUntil(() => nav.shadowRoot!.querySelector('[data-key="c:sport"]'), 'the items');
      wrapper.querySelector('aside')!.append(nav);
      await nav.updateComplete;
      nav.shadowRoot!.querySelector<HTMLElement>('[data-key="c:sport"]')!.click();
      await nav.updateComplete;
      expect(provider.category).to.equal(undefined);
      expect(nav.shadowRoot!.querySelector('[data-key="c:sport"]')!.getAttribute('aria-current')).to.equal('true');
    });
  });

  it('a widget put into another document (a script-built iframe) renders there, styled, and throws nothing into the page', async () => {
    const watch = watchPage();
    try {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Frame"></iframe>`);
      const doc = frame.contentDocument!;
      // Made by the page and first connected in the frame, whose document refuses the page's constructed stylesheets.
      const fresh = document.createElement('news-article-card') as NewsArticleCard;
      fresh.article = {...bareArticle, id: 'fresh', title: 'Made for the frame'};
      doc.body.append(fresh);
      // Rendered in the page, then moved: the browser drops its adopted stylesheets.
      const moved = await fixture<NewsArticleCard>(html`<news-article-card .article=${{...bareArticle, id: 'moved', title: 'Moved into the frame'}}></news-article-card>`);
      doc.body.append(moved);
      await Promise.all([fresh.updateComplete, moved.updateComplete]);
      for (const card of [fresh, moved]) {
        expect(shadowText(card, '[part~="title"]')).to.contain('frame');
        // The card's own styles, not the browser's defaults: its grid, its border.
        const base = getComputedStyle(card.shadowRoot!.querySelector('[part~="base"]')!);
        expect(base.display, card.article!.id).to.equal('grid');
        expect(base.borderTopStyle, card.article!.id).to.equal('solid');
      }
      // Back in the page, still styled.
      document.body.append(moved);
      await moved.updateComplete;
      expect(getComputedStyle(moved.shadowRoot!.querySelector('[part~="base"]')!).display).to.equal('grid');
      moved.remove();
    } finally {
      watch.stop();
    }
    expect(watch.problems).to.deep.equal([]);
  });

  it("works on a page whose Prototype.js replaced Array.from with one that ignores a map function", async () => {
    const original = Array.from;
    // Prototype.js's $A, which it installs as Array.from: a copy of an array-like, no mapping.
    Array.from = function (iterable: ArrayLike<unknown> | null | undefined) {
      if (!iterable) return [];
      const copy = new Array(iterable.length || 0);
      for (let i = copy.length; i--; ) copy[i] = iterable[i];
      return copy;
    } as typeof Array.from;
    try {
      const wrapper = await fixture(html`<div lang="en" style="width: 260px">
        <news-article-list src=${at('/hang', uniqueKey('prototype'))} limit="4"></news-article-list>
        <news-category-nav></news-category-nav>
      </div>`);
      const [list, nav] = Array.prototype.slice.call(wrapper.children) as [NewsArticleList, NewsCategoryNav];
      nav.categories = [...Array(8).keys()].map((i) => ({id: `c${i}`, slug: `c${i}`, name: `Category number ${i}`}));
      await waitUntil(() => list.shadowRoot?.querySelector('[aria-busy="true"]'), 'the skeleton');
      expect(list.shadowRoot!.querySelectorAll('news-article-card[loading]').length).to.equal(4);
      await waitUntil(() => nav.shadowRoot!.querySelector('[part~="more"]'), 'the items that do not fit go into More');
      expect(nav.shadowRoot!.querySelector('[part~="list"]')!.getBoundingClientRect().width).to.be.at.most(260);
      // Response headers (a WordPress feed's page count, for "Load more") and the carousel's Next.
      const response = await new NewsClient().getJson(at('/feed', uniqueKey('prototype-headers')));
      expect(response.headers['x-wp-totalpages']).to.equal('3');
      const carousel = await fixture<NewsArticleList>(html`<news-article-list lang="en" layout="carousel" src="/test/fixtures/list-feed-1.json" style="width: 500px"></news-article-list>`);
      await waitUntil(() => carousel.shadowRoot!.querySelectorAll('news-article-card:not([loading])').length === 8, 'the carousel fills');
      const scroller = carousel.shadowRoot!.querySelector('[part~="scroller"]')!;
      carousel.shadowRoot!.querySelector<HTMLElement>('[part~="next"]')!.click();
      await waitUntil(() => scroller.scrollLeft > 0, 'Next scrolls');
    } finally {
      Array.from = original;
    }
  });

  it('a provider that refreshes keeps the stories a reader loaded with "Load more"', async () => {
    const key = uniqueKey('refresh-pages');
    const wrapper = await fixture(html`<div lang="en">
      <news-provider refresh="1" src=${pagedFeed(key, 0)}><news-article-list limit="2"></news-article-list></news-provider>
    </div>`);
    const provider = wrapper.querySelector<NewsProvider>('news-provider')!;
    const list = wrapper.querySelector<NewsArticleList>('news-article-list')!;
    let loads = 0;
    provider.addEventListener('news-load', () => loads++);
    await waitUntil(() => shownCards(list) === 2, 'the first page');
    loadMore(list)!.click();
    await waitUntil(() => shownCards(list) === 4, 'the next page');
    const before = loads;
    try {
      await waitUntil(() => loads > before, 'a refresh', {timeout: 3000});
      await list.updateComplete;
    } finally {
      provider.refresh = 0;
    }
    expect(await hits(key)).to.be.at.least(2);
    expect(cardTitles(list)).to.deep.equal(['First a', 'First b', 'Later · 1', 'Later · 2']);
  });

  it('a provider whose refresh fails keeps showing the stories it had', async () => {
    const watch = watchPage();
    const key = uniqueKey('refresh-fails');
    // The first answer is a feed; every later one a 404 (which the client does not retry).
    const wrapper = await fixture(html`<div lang="en">
      <news-provider refresh="1" src=${at('/once?as=feed&code=404', key)}><news-article-list></news-article-list></news-provider>
    </div>`);
    const provider = wrapper.querySelector<NewsProvider>('news-provider')!;
    const list = wrapper.querySelector('news-article-list')!;
    const errors: string[] = [];
    provider.addEventListener('news-error', (event) => errors.push((event as CustomEvent).detail.kind));
    await waitUntil(() => shownCards(list) === 1, 'the story');
    // Two refreshes fail, one second apart: the story stays, without a skeleton or an error box in between.
    const seen = new Set<string>();
    const look = setInterval(() => seen.add(list.shadowRoot!.querySelector('[role="alert"], [aria-busy="true"]') ? 'lost' : cardTitles(list).join()), 20);
    try {
      await waitUntil(() => errors.length >= 2, 'two failed refreshes', {timeout: 4000});
    } finally {
      clearInterval(look);
      provider.refresh = 0;
    }
    expect(errors).to.deep.equal(['http', 'http']);
    expect([...seen]).to.deep.equal(['Once']);
    expect(await hits(key)).to.equal(3);
    watch.stop();
    expect(watch.problems).to.deep.equal([]);
  });
});
