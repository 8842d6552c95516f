import {expect, fixture, html, nextFrame, waitUntil} from '@open-wc/testing';
import {ifDefined} from 'lit/directives/if-defined.js';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/define.js';
import {NewsArticleCard} from '../../src/components/article-card/article-card.js';
import type {NewsArticleList} from '../../src/components/article-list/article-list.js';
import type {NewsCategoryNav} from '../../src/components/category-nav/category-nav.js';
import {registerLocale} from '../../src/i18n/locale.js';
import {fullArticle} from '../fixtures/card-articles.js';
import {cardTitles, fresh, requestsTo, shadowText} from '../helpers.js';
import {faultServerUrl} from '/__fault-server.js';

/**
 * `lazy` widgets wait to come near the viewport (within one viewport of it)
 * before their first render and their fetch, as images with
 * `loading="lazy"` do.
 */

const CARD_FEED = '/test/fixtures/card-feed.json';
const LIST_FEED = '/test/fixtures/list-feed-1.json';

/** Counted alone by the leak test (other tests' cards may still be held by their waitUntil timers). */
class LeakCard extends NewsArticleCard {}
customElements.define('lazy-leak-card', LeakCard);

/** A card whose render holds the main thread for 5 ms. */
class SlowCard extends NewsArticleCard {
  override render() {
    const start = performance.now();
    while (performance.now() - start < 5) {
      // Busy on purpose.
    }
    return super.render();
  }
}
customElements.define('lazy-slow-card', SlowCard);

const titleOf = (card: Element) => shadowText(card, '[part~="title"]');

/** A few frames: long enough for an intersection observer to have reported, several times over. */
async function frames(n = 5): Promise<void> {
  for (let i = 0; i < n; i++) await nextFrame();
}

/** `content` placed `screens` viewport heights below the top of the page, inside a fixture. */
async function below(screens: number, content: unknown): Promise<HTMLElement> {
  return fixture(html`<div><div style="height: ${screens * innerHeight}px"></div>${content}</div>`);
}

describe('lazy widgets', () => {
  afterEach(() => scrollTo(0, 0));

  // First in the file, so that its cards are the first the page ever watches: a closure made in the
  // first watch could hold that widget, and its tree, for the page's lifetime.
  it('are not kept alive by the viewport watch once removed', async () => {
    // Built without a template, which would keep references to its nodes.
    const mountFar = async () => {
      const box = document.createElement('div');
      box.style.paddingTop = `${4 * innerHeight}px`;
      for (let i = 0; i < 20; i++) {
        const card = new LeakCard();
        card.lazy = true;
        card.src = fresh(CARD_FEED);
        box.append(card);
      }
      document.body.append(box);
      await frames();
      expect(box.querySelector('[data-pending]'), 'the cards wait').to.not.equal(null);
      box.remove();
    };
    await mountFar();
    await frames();
    const {count} = await executeServerCommand<{count: number}, {prototype: string}>('count-objects', {
      prototype: `customElements.get('lazy-leak-card').prototype`,
    });
    expect(count, 'cards alive').to.equal(0);
  });

  it('load and render a card far down the page only when it is scrolled near', async () => {
    const src = fresh(CARD_FEED);
    const box = await below(4, html`<news-article-card lazy src=${src}></news-article-card>`);
    const card = box.querySelector('news-article-card')!;
    await frames();
    expect(requestsTo(src), 'requests before the card is near').to.equal(0);
    expect(card.shadowRoot?.childElementCount ?? 0, 'rendered elements').to.equal(0);
    expect(card.hasAttribute('data-pending'), 'marked for news-widgets/reserve.css').to.equal(true);

    card.scrollIntoView();
    await waitUntil(() => titleOf(card), 'the card renders once in view');
    expect(requestsTo(src)).to.equal(1);
    expect(card.hasAttribute('data-pending')).to.equal(false);
  });

  it('render a card already in view without being asked', async () => {
    const src = fresh(CARD_FEED);
    const card = await fixture<NewsArticleCard>(html`<news-article-card lazy src=${src}></news-article-card>`);
    await waitUntil(() => titleOf(card), 'the card renders');
    expect(requestsTo(src)).to.equal(1);
  });

  it('start within one viewport of the visible area, not further', async () => {
    const near = await below(1.5, html`<news-article-card lazy .article=${{...fullArticle(), title: 'Near'}}></news-article-card>`);
    const far = await below(2.5, html`<news-article-card lazy .article=${{...fullArticle(), title: 'Far'}}></news-article-card>`);
    await frames();
    // The first card is 1.5 screens down; the second 2.5 screens below the first.
    expect(titleOf(near.querySelector('news-article-card')!)).to.equal('Near');
    expect(titleOf(far.querySelector('news-article-card')!)).to.equal(undefined);
  });

  it('render at once when lazy is turned off', async () => {
    const box = await below(4, html`<news-article-card lazy .article=${fullArticle()}></news-article-card>`);
    const card = box.querySelector<NewsArticleCard>('news-article-card')!;
    await frames();
    expect(titleOf(card)).to.equal(undefined);
    card.lazy = false;
    await card.updateComplete;
    expect(titleOf(card)).to.equal(fullArticle().title);
  });

  it('all render in the task of beforeprint, so that the page prints them', async () => {
    // Slow renders: past the share of a task that widgets taking turns may use.
    const box = await below(4, html`${[1, 2, 3, 4, 5, 6].map((i) => html`<lazy-slow-card lazy .article=${{...fullArticle(), id: `p${i}`, title: `Printed ${i}`}}></lazy-slow-card>`)}`);
    const cards = Array.from(box.querySelectorAll('lazy-slow-card'));
    await frames();
    expect(cards.map(titleOf).filter(Boolean)).to.deep.equal([]);
    dispatchEvent(new Event('beforeprint'));
    // Microtasks only: the browser lays the page out for printing right after the event's task.
    for (let i = 0; i < 50; i++) await null;
    expect(cards.map(titleOf)).to.deep.equal([1, 2, 3, 4, 5, 6].map((i) => `Printed ${i}`));
  });

  it('wait again when removed before they were near, and render where they are put back', async () => {
    const src = fresh(CARD_FEED);
    const box = await below(4, html`<news-article-card lazy src=${src}></news-article-card>`);
    const card = box.querySelector('news-article-card')!;
    await frames();
    card.remove();
    await frames();
    expect(requestsTo(src)).to.equal(0);
    // Back in the page, far down: still waiting.
    box.append(card);
    await frames();
    expect(requestsTo(src)).to.equal(0);
    // At the top: it renders.
    box.prepend(card);
    await waitUntil(() => titleOf(card), 'the card renders where it was put back');
    expect(requestsTo(src)).to.equal(1);
  });

  it('reuse the answer a widget above already fetched from the same endpoint', async () => {
    const src = fresh(CARD_FEED);
    const box = await fixture(html`<div>
      <news-article-card lazy src=${src}></news-article-card>
      <div style="height: ${4 * innerHeight}px"></div>
      <news-article-card lazy src=${src} article-id="42"></news-article-card>
    </div>`);
    const [first, second] = box.querySelectorAll('news-article-card');
    await waitUntil(() => titleOf(first), 'the card in view renders');
    second.scrollIntoView();
    await waitUntil(() => titleOf(second), 'the card further down renders');
    expect(titleOf(second)).to.not.equal(titleOf(first));
    expect(requestsTo(src), 'requests to the endpoint').to.equal(1);
  });

  it('claim their related stories before they render, so that the lists after them never show those first', async () => {
    const src = fresh(LIST_FEED);
    const feed = await (await fetch(src)).json();
    const id = String(feed.items[0].id);
    const box = await fixture(html`<news-provider src=${src}>
      <div style="height: ${4 * innerHeight}px"></div>
      <news-related-list lazy relation="category" article-id=${id} limit="1"></news-related-list>
      <news-related-list relation="category" article-id=${id} limit="1"></news-related-list>
    </news-provider>`);
    const [lazy, eager] = box.querySelectorAll('news-related-list');
    await waitUntil(() => cardTitles(eager).filter(Boolean).length > 0, 'the eager list renders');
    const eagerFirst = cardTitles(eager);
    lazy.scrollIntoView();
    await waitUntil(() => cardTitles(lazy).filter(Boolean).length > 0, 'the lazy list renders');
    await frames();
    expect(cardTitles(eager), 'the eager list kept its stories').to.deep.equal(eagerFirst);
    expect(cardTitles(lazy).filter((title) => eagerFirst.includes(title)), 'stories in both lists').to.deep.equal([]);
  });

  /**
   * A provider whose two stories come 300 ms late, with a lazy list below content that grows to four screens
   * when they load, as a story above does when its skeleton gives way to its text. Resolves once they loaded.
   */
  async function pushedFarByTheFeed(lang?: string) {
    const src = `${faultServerUrl}/slow-feed?ms=300&n=2&title=Later&key=lazy-${Math.random()}`;
    const box = await fixture(html`<news-provider src=${src}>
      <div class="above"></div>
      <news-article-list lazy limit="2" lang=${ifDefined(lang)}></news-article-list>
    </news-provider>`);
    const list = box.querySelector<NewsArticleList>('news-article-list')!;
    const loaded = new Promise<void>((resolve) =>
      box.addEventListener('news-load', () => {
        box.querySelector<HTMLElement>('.above')!.style.height = `${4 * innerHeight}px`;
        resolve();
      }),
    );
    return {list, loaded};
  }

  it('look again when the feed arrives, and keep their skeleton while what came in above pushed them far', async () => {
    const {list, loaded} = await pushedFarByTheFeed();
    await waitUntil(() => list.shadowRoot?.querySelector('[aria-busy="true"]'), 'near at first, the list shows its skeleton');
    await loaded;
    await frames();
    expect(cardTitles(list).filter(Boolean), 'stories rendered while far').to.deep.equal([]);
    expect(list.shadowRoot!.querySelector('[aria-busy="true"]'), 'the skeleton keeps its place').to.not.equal(null);

    list.scrollIntoView();
    await waitUntil(() => cardTitles(list).filter(Boolean).length === 2, 'the stories render once near');
    expect(cardTitles(list)).to.deep.equal(['Later · 1', 'Later · 2']);
  });

  it('look again when the feed arrives while their language is still loading', async () => {
    let release!: () => void;
    const catalog = new Promise<void>((resolve) => (release = resolve));
    registerLocale('eo', () => catalog.then(() => ({templates: {}})));
    const {list, loaded} = await pushedFarByTheFeed('eo');
    await loaded;
    await frames();
    expect(list.hasAttribute('data-pending'), 'still waiting for its catalog').to.equal(true);
    release();
    await frames();
    expect(cardTitles(list).filter(Boolean), 'stories rendered while far').to.deep.equal([]);
    list.scrollIntoView();
    await waitUntil(() => cardTitles(list).filter(Boolean).length === 2, 'the stories render once near');
  });

  it('print what came while they waited to look again', async () => {
    const {list, loaded} = await pushedFarByTheFeed();
    await loaded;
    await frames();
    expect(cardTitles(list).filter(Boolean)).to.deep.equal([]);
    dispatchEvent(new Event('beforeprint'));
    for (let i = 0; i < 50; i++) await null;
    expect(cardTitles(list)).to.deep.equal(['Later · 1', 'Later · 2']);
  });

  it('that first rendered nothing render what they are given later, without waiting to be seen', async () => {
    // No source: an empty nav is hidden (data-empty), so it could never come into view to end a wait.
    const nav = await fixture<NewsCategoryNav>(html`<news-category-nav lazy lang="en"></news-category-nav>`);
    await waitUntil(() => nav.hasAttribute('data-empty'), 'the first render shows nothing');
    nav.categories = [
      {id: '1', name: 'World', slug: 'world'},
      {id: '2', name: 'Tech', slug: 'tech'},
    ];
    await waitUntil(() => shadowText(nav, 'nav')?.includes('Tech'), 'the categories render');
  });

  it('share their provider\'s one request, and render its feed when scrolled near', async () => {
    const src = fresh(LIST_FEED);
    const box = await fixture(html`<news-provider src=${src}>
      <news-article-list limit="2"></news-article-list>
      <div style="height: ${4 * innerHeight}px"></div>
      <news-article-list lazy limit="2"></news-article-list>
    </news-provider>`);
    const [eager, lazy] = box.querySelectorAll<NewsArticleList>('news-article-list');
    await waitUntil(() => cardTitles(eager).length === 2, 'the list in view renders');
    await frames();
    expect(lazy.shadowRoot?.childElementCount ?? 0, 'the lazy list has rendered nothing').to.equal(0);
    lazy.scrollIntoView();
    await waitUntil(() => cardTitles(lazy).filter(Boolean).length === 2, 'the lazy list renders');
    expect(cardTitles(lazy)).to.deep.equal(cardTitles(eager));
    expect(requestsTo(src)).to.equal(1);
  });
});
