import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../../../src/components/article-list/news-article-list.js';
import '../../../src/components/provider/news-provider.js';
import type {NewsProvider} from '../../../src/components/provider/provider.js';
import type {NewsArticleList} from '../../../src/components/article-list/article-list.js';
import {faultServerUrl} from '/__fault-server.js';
import {cardTitles, fresh, labelOf, requestsTo, shadowText, shownCards} from '../../helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
let key = 0;
const faultUrl = (path: string) => `${faultServerUrl}${path}${path.includes('?') ? '&' : '?'}key=list-${Date.now()}-${++key}`;

describe('news-article-list', () => {
  it('shows `limit` articles under its heading, cards one level below', async () => {
    const el = await fixture<NewsArticleList>(
      html`<news-article-list lang="en" src=${fresh('/test/fixtures/list-feed-1.json')} limit="4" heading="Latest news" heading-level="3"></news-article-list>`,
    );
    await waitUntil(() => shownCards(el) === 4, 'four cards');
    expect(cardTitles(el)).to.deep.equal(['Article P1', 'Article P2', 'Article P3', 'Article E1']);
    expect(el.shadowRoot!.querySelector('h3[part~="heading"]')!.textContent!.trim()).to.equal('Latest news');
    const card = el.shadowRoot!.querySelector('news-article-card')!;
    expect(card.shadowRoot!.querySelector('h4')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('filters by category', async () => {
    const el = await fixture<NewsArticleList>(html`<news-article-list src=${fresh('/test/fixtures/list-feed-1.json')} category="patrimoine"></news-article-list>`);
    await waitUntil(() => shownCards(el) === 2, 'two cards');
    expect(cardTitles(el)).to.deep.equal(['Article H1', 'Article H2']);
  });

  it('loads more: from what it has, then the next page, never refetching what is shown', async () => {
    const src = fresh('/test/fixtures/list-feed-1.json');
    const page2 = new URL('/test/fixtures/list-feed-2.json', location.href).href;
    const el = await fixture<NewsArticleList>(html`<news-article-list lang="fr" src=${src} limit="3"></news-article-list>`);
    await waitUntil(() => shownCards(el) === 3, 'first three');
    const more = () => part(el, 'load-more');
    expect(more()!.textContent!.trim()).to.equal('Charger plus');
    more()!.click();
    await waitUntil(() => shownCards(el) === 6, 'three more from page 1');
    expect(requestsTo(page2)).to.equal(0);
    more()!.click();
    // Two left on page 1, one more from page 2.
    await waitUntil(() => shownCards(el) === 9, 'page 2 appended');
    expect(cardTitles(el).slice(-3)).to.deep.equal(['Article H1', 'Article H2', 'Older article 1']);
    more()!.click();
    await waitUntil(() => shownCards(el) === 11, 'the rest of page 2');
    expect(requestsTo(src)).to.equal(1);
    expect(requestsTo(page2)).to.equal(1);
    expect(more()).to.equal(null);
  });

  it('says which list its Load more belongs to, where a page has several', async () => {
    const el = await fixture<NewsArticleList>(html`<news-article-list lang="fr" heading="Culture" src=${fresh('/test/fixtures/list-feed-1.json')} limit="3"></news-article-list>`);
    await waitUntil(() => part(el, 'load-more'), 'Load more');
    const button = part(el, 'load-more')!;
    expect(el.shadowRoot!.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).to.equal('Culture');
    // Without a heading there is nothing to name it by.
    const bare = await fixture<NewsArticleList>(html`<news-article-list lang="fr" src=${fresh('/test/fixtures/list-feed-1.json')} limit="3"></news-article-list>`);
    await waitUntil(() => part(bare, 'load-more'), 'Load more');
    expect(part(bare, 'load-more')!.hasAttribute('aria-describedby')).to.be.false;
  });

  it('never shows a story twice that the next page repeats, loaded while a category was selected', async () => {
    const item = (id: string, slug: string) => ({id, url: `https://news.example/${id}`, title: `Story ${id}`, _news: {category: {name: slug, slug}}});
    const json = (value: unknown) => faultUrl(`/json?body=${encodeURIComponent(JSON.stringify(value))}`);
    // The next page starts with the first page's last story (a new story pushed it down meanwhile).
    const page2 = json({version: 'https://jsonfeed.org/version/1.1', items: [item('b', 'y'), item('c', 'x')]});
    const page1 = json({version: 'https://jsonfeed.org/version/1.1', next_url: page2, items: [item('a', 'x'), item('b', 'y')]});
    const el = await fixture<NewsArticleList>(html`<news-article-list lang="en" src=${page1} limit="0" category="x"></news-article-list>`);
    await waitUntil(() => shownCards(el) === 1, 'the first page, category x');
    part(el, 'load-more')!.click();
    await waitUntil(() => shownCards(el) === 2, 'the next page, category x');
    el.removeAttribute('category');
    await waitUntil(() => shownCards(el) === 3, 'every category');
    expect(cardTitles(el)).to.deep.equal(['Story a', 'Story b', 'Story c']);
  });

  it('starts again from `limit` when the provider selects another category', async () => {
    const provider = await fixture<NewsProvider>(
      html`<news-provider src=${fresh('/test/fixtures/list-feed-1.json')}><news-article-list lang="en" limit="1"></news-article-list></news-provider>`,
    );
    const el = provider.querySelector('news-article-list')!;
    await waitUntil(() => shownCards(el) === 1, 'one card');
    part(el, 'load-more')!.click();
    await waitUntil(() => shownCards(el) === 2, 'two after Load more');
    provider.category = 'economie';
    await waitUntil(() => cardTitles(el)[0] === 'Article E1', 'the provider category applies');
    expect(cardTitles(el)).to.deep.equal(['Article E1']);
    expect(part(el, 'load-more')).to.exist;
  });

  it('pages a WordPress source through X-WP-TotalPages', async () => {
    const el = await fixture<NewsArticleList>(html`<news-article-list src=${faultUrl('/wp-posts?page=1')}></news-article-list>`);
    await waitUntil(() => shownCards(el) === 2, 'page 1');
    part(el, 'load-more')!.click();
    await waitUntil(() => shownCards(el) === 4, 'page 2');
    expect(cardTitles(el)).to.deep.equal(['Post 1.1', 'Post 1.2', 'Post 2.1', 'Post 2.2']);
    expect(part(el, 'load-more')).to.equal(null);
  });

  it('shows a skeleton of `limit` cards while loading', async () => {
    const el = await fixture<NewsArticleList>(html`<news-article-list src=${faultUrl('/slow?ms=400')} limit="3"></news-article-list>`);
    const skeleton = el.shadowRoot!.querySelector('[aria-busy="true"]')!;
    expect(skeleton.querySelectorAll('news-article-card[loading]').length).to.equal(3);
  });

  it('says so in the reader\'s language when nothing matches, or hides itself', async () => {
    const el = await fixture<NewsArticleList>(html`<news-article-list lang="fr" src=${fresh('/test/fixtures/list-feed-1.json')} category="sport"></news-article-list>`);
    await waitUntil(() => part(el, 'message'), 'a message');
    expect(shadowText(el, '[part~="message"]')).to.equal('Aucun article à afficher pour le moment.');
    const hidden = await fixture<NewsArticleList>(
      html`<news-article-list src=${fresh('/test/fixtures/list-feed-1.json')} category="sport" empty="hide"></news-article-list>`,
    );
    await waitUntil(() => hidden.hasAttribute('data-empty'), 'hidden');
    expect(getComputedStyle(hidden).display).to.equal('none');
  });

  it('shows an error with Retry, fires news-error, and recovers once the fault clears', async () => {
    const errors: CustomEvent[] = [];
    // Three 503s exhaust the client's retries; the fourth request succeeds.
    const el = await fixture<NewsArticleList>(
      html`<news-article-list lang="vi" src=${faultUrl('/flaky?fail=3&code=503&as=feed')} @news-error=${(e: CustomEvent) => errors.push(e)}></news-article-list>`,
    );
    await waitUntil(() => part(el, 'retry'), 'an error state', {timeout: 8000});
    expect(errors[0].detail.kind).to.equal('http');
    expect(errors[0].detail.status).to.equal(503);
    expect(shadowText(el, '[role="alert"] span')).to.equal('Máy chủ tin tức trả về lỗi.');
    part(el, 'retry')!.click();
    await waitUntil(() => shownCards(el) > 0, 'recovered', {timeout: 5000});
  });

  it('lays out a grid in columns', async () => {
    const el = await fixture<NewsArticleList>(
      html`<news-article-list layout="grid" src=${fresh('/test/fixtures/list-feed-1.json')} limit="4" style="width: 900px"></news-article-list>`,
    );
    await waitUntil(() => shownCards(el) === 4, 'four cards');
    const tops = Array.from(el.shadowRoot!.querySelectorAll('li')).map((li) => Math.round(li.getBoundingClientRect().top));
    expect(tops[0]).to.equal(tops[1]);
  });

  describe('carousel', () => {
    async function carousel(dir = 'ltr') {
      const el = await fixture<NewsArticleList>(
        html`<news-article-list dir=${dir} lang="en" layout="carousel" heading="Most read" src=${fresh('/test/fixtures/list-feed-1.json')} style="width: 600px"></news-article-list>`,
      );
      await waitUntil(() => shownCards(el) === 8, 'cards');
      return el;
    }

    it('scrolls with previous and next buttons, disabled at the ends', async () => {
      const el = await carousel();
      const scroller = part(el, 'scroller')!;
      const previous = part(el, 'previous') as HTMLButtonElement;
      const next = part(el, 'next') as HTMLButtonElement;
      // aria-disabled, not disabled: a button that became disabled would drop the focus (test/components/focus.test.ts).
      const disabled = (button: HTMLButtonElement) => button.getAttribute('aria-disabled') === 'true';
      expect(disabled(previous)).to.be.true;
      expect(disabled(next)).to.be.false;
      expect(next.getAttribute('aria-label')).to.equal('Next articles');
      next.click();
      await waitUntil(() => scroller.scrollLeft > 0, 'scrolled forward');
      await waitUntil(() => !disabled(previous), 'previous enabled');
      scroller.scrollLeft = scroller.scrollWidth;
      await waitUntil(() => disabled(next), 'next disabled at the end');
      await expect(el).to.be.accessible();
    });

    it('is a labelled, focusable region whose scrollbar does not cover the cards', async () => {
      const el = await carousel();
      const scroller = part(el, 'scroller')!;
      expect(scroller.getAttribute('role')).to.equal('region');
      expect(labelOf(scroller)).to.equal('Most read');
      expect(scroller.tabIndex).to.equal(0);
      const list = scroller.querySelector('ul')!;
      expect(scroller.clientHeight).to.be.at.least(list.getBoundingClientRect().height);
      expect(getComputedStyle(scroller).scrollSnapType).to.contain('mandatory');
    });

    // 390px: a phone. 1184px: four cards (4 × 288px and three 16px gaps) miss the view by 24px, so the nearest
    // snap position for the fourth, the first card's, would leave it cut at the edge, its focus ring with it.
    // 390.4px with cards as wide as the view: one card a page, and a view that rounds to whole pixels narrower than it.
    for (const [width, dir, item] of [[390, 'ltr', ''], [1184, 'ltr', ''], [1184, 'rtl', ''], [390.4, 'ltr', '100%'], [390.4, 'rtl', '100%']] as const) {
      it(`brings each card that takes the keyboard focus fully into view, on a ${width}px carousel (${dir}${item && `, cards ${item} wide`})`, async () => {
        const style = `width: ${width}px${item && `; --news-article-list-carousel-item: ${item}`}`;
        const el = await fixture<NewsArticleList>(
          html`<news-article-list dir=${dir} lang="en" layout="carousel" src=${fresh('/test/fixtures/list-feed-1.json')} style=${style}></news-article-list>`,
        );
        await waitUntil(() => shownCards(el) === 8, 'cards');
        const scroller = part(el, 'scroller')!;
        const inView = (item: Element) => {
          const [box, view] = [item.getBoundingClientRect(), scroller.getBoundingClientRect()];
          return box.left >= view.left - 1 && box.right <= view.right + 1;
        };
        scroller.focus();
        const items = Array.from(scroller.querySelectorAll('li'));
        for (const [i, item] of items.entries()) {
          await sendKeys({press: 'Tab'});
          expect(item.querySelector('news-article-card')!.matches(':focus-within'), `card ${i + 1} has the focus`).to.be.true;
          await waitUntil(() => inView(item), `card ${i + 1} is fully in view`, {timeout: 2000});
          // Still in view once the scroll and its snap have settled.
          await new Promise((resolve) => setTimeout(resolve, 600));
          expect(inView(item), `card ${i + 1} stays fully in view`).to.be.true;
        }
      });
    }

    it('pages by whole cards, so that none is skipped half seen', async () => {
      // Instant scrolling: each page is measured where it ends, not in the middle of a smooth scroll.
      await emulateMedia({reducedMotion: 'reduce'});
      const el = await fixture<NewsArticleList>(
        html`<news-article-list lang="en" layout="carousel" src=${fresh('/test/fixtures/list-feed-1.json')} style="width: 860px"></news-article-list>`,
      );
      await waitUntil(() => shownCards(el) === 8, 'cards');
      const scroller = part(el, 'scroller')!;
      const view = () => scroller.getBoundingClientRect();
      const items = Array.from(scroller.querySelectorAll('li'));
      const fullySeen = () => items.flatMap((item, i) => (item.getBoundingClientRect().left >= view().left - 1 && item.getBoundingClientRect().right <= view().right + 1 ? [i] : []));
      const seen = new Set(fullySeen());
      while (part(el, 'next')!.getAttribute('aria-disabled') !== 'true') {
        const before = scroller.scrollLeft;
        part(el, 'next')!.click();
        await waitUntil(() => scroller.scrollLeft !== before, 'scrolled');
        // Settled: the smooth scroll and its snap are over.
        let last = NaN;
        await waitUntil(() => {
          const now = scroller.scrollLeft;
          const still = now === last;
          last = now;
          return still;
        }, 'settled', {interval: 100});
        for (const i of fullySeen()) seen.add(i);
      }
      await emulateMedia({reducedMotion: 'no-preference'});
      expect([...seen].sort((a, b) => a - b)).to.deep.equal(items.map((_, i) => i));
    });

    it('scrolls toward the reading direction in right-to-left', async () => {
      const el = await carousel('rtl');
      const scroller = part(el, 'scroller')!;
      part(el, 'next')!.click();
      await waitUntil(() => scroller.scrollLeft < 0, 'scrolled toward the left');
    });
  });
});
