import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import {NewsArticleCard} from '../../src/components/article-card/article-card.js';
import type {NewsArticleList} from '../../src/components/article-list/article-list.js';
import type {NewsCategoryNav} from '../../src/components/category-nav/category-nav.js';
import {fullArticle} from '../fixtures/card-articles.js';
import {cardTitles, fresh, shadowText} from '../helpers.js';

/**
 * Widgets take turns to update (src/internal/turns.ts): once a task has run
 * its share of widget updates, the next widget waits for a task of its own,
 * so the host page can answer input between them.
 */

/** How long a slow card's render keeps the main thread: past the budget of one task. */
let busyMs = 60;
const renders: Array<{id: string; at: number}> = [];
/** Run by a slow card at the end of its render, by its id. */
const afterRender = new Map<string, () => void>();

/** A card whose render is expensive, standing for a widget with much to draw. */
class SlowCard extends NewsArticleCard {
  override render() {
    const start = performance.now();
    renders.push({id: this.id, at: start});
    while (performance.now() - start < busyMs) {
      // Busy on purpose: a render that holds the main thread.
    }
    afterRender.get(this.id)?.();
    return super.render();
  }
}
customElements.define('turns-slow-card', SlowCard);

function slowCard(id: string): SlowCard {
  const card = document.createElement('turns-slow-card') as SlowCard;
  card.id = id;
  card.article = {...fullArticle(), id, title: `Story ${id}`};
  return card;
}

describe('widgets taking turns', () => {
  beforeEach(() => {
    renders.length = 0;
    afterRender.clear();
    busyMs = 60;
  });

  it('runs the updates of widgets added together in separate tasks, in order', async () => {
    const longTasks: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
    observer.observe({type: 'longtask'});
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const cards = ['one', 'two', 'three'].map(slowCard);
    wrapper.append(...cards);
    await waitUntil(() => cards.every((card) => shadowText(card, '[part~="title"]')), 'every card renders');
    // Long tasks are reported after they end.
    await waitUntil(() => renders.every(({at}) => longTasks.some((t) => t.startTime <= at && at <= t.startTime + t.duration)), 'each render within a long task');
    observer.disconnect();

    expect(renders.map((r) => r.id)).to.deep.equal(['one', 'two', 'three']);
    const taskOf = (at: number) => longTasks.findIndex((t) => t.startTime <= at && at <= t.startTime + t.duration);
    const tasks = renders.map(({at}) => taskOf(at));
    // Without turns the three renders share one long task.
    expect(new Set(tasks).size, `tasks of the renders: ${tasks.join(', ')}`).to.equal(3);
  });

  it('keeps a widget that waits for its first turn marked, so reserve.css holds its place', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const first = slowCard('first');
    const second = slowCard('second');
    const marks: Array<string | null> = [];
    const watcher = new MutationObserver((records) => records.forEach((r) => marks.push((r.target as Element).getAttribute('data-pending'))));
    watcher.observe(second, {attributes: true, attributeFilter: ['data-pending']});
    wrapper.append(first, second);
    await waitUntil(() => shadowText(second, '[part~="title"]'), 'the second card renders');
    watcher.disconnect();
    // Marked while the first card's render used up the task, unmarked with its own first render.
    expect(marks).to.deep.equal(['', null]);
    expect(second.hasAttribute('data-pending')).to.equal(false);
  });

  it("renders a list's cards in the list's own turn, never one card at a time", async () => {
    const src = fresh('/test/fixtures/list-feed-1.json');
    const provider = await fixture<HTMLElement>(html`<news-provider src=${src}>
      <turns-slow-card></turns-slow-card>
      <news-article-list limit="6"></news-article-list>
    </news-provider>`);
    const list = provider.querySelector<NewsArticleList>('news-article-list')!;
    await list.updateComplete;
    // Any card of the list that waited for a turn would be marked pending on its way.
    const waitedCards: Element[] = [];
    const watcher = new MutationObserver((records) => records.forEach((r) => waitedCards.push(r.target as Element)));
    watcher.observe(list.shadowRoot!, {attributes: true, attributeFilter: ['data-pending'], subtree: true});
    await waitUntil(() => cardTitles(list).filter(Boolean).length === 6, 'the list shows six cards');
    watcher.disconnect();
    // The slow card took the task the feed arrived in, so the list had to wait for its turn.
    expect(renders.length).to.be.greaterThan(0);
    expect(waitedCards).to.deep.equal([]);
  });

  it('gives a widget removed while it waited its update when it is back in the page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const first = slowCard('first');
    const second = slowCard('second');
    // Removed in the task of the first render, before the second's turn comes.
    afterRender.set('first', () => second.remove());
    wrapper.append(first, second);
    await waitUntil(() => shadowText(first, '[part~="title"]'), 'the first card renders');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(renders.map((r) => r.id), 'no render while removed').to.deep.equal(['first']);
    wrapper.append(second);
    await waitUntil(() => shadowText(second, '[part~="title"]'), 'the second card renders once back');
    expect(renders.map((r) => r.id)).to.deep.equal(['first', 'second']);
  });

  it('lets a category nav that lost room fit its items at once, ahead of the widgets waiting', async () => {
    busyMs = 30;
    const nav = await fixture<NewsCategoryNav>(html`<news-category-nav lang="en" style="width: 900px"></news-category-nav>`);
    nav.categories = ['Politics', 'Economy', 'Sport', 'Culture', 'World'].map((name) => ({id: name, slug: name.toLowerCase(), name}));
    const more = () => nav.shadowRoot!.querySelector('[part~="more"]');
    await waitUntil(() => nav.shadowRoot!.querySelector('[part~="list"]'), 'the nav renders its items');
    expect(more(), 'every item fits at 900 px').to.equal(null);
    let rendersWhenFitted: number | undefined;
    const watcher = new MutationObserver(() => {
      if (more() && rendersWhenFitted === undefined) rendersWhenFitted = renders.length;
    });
    watcher.observe(nav.shadowRoot!, {childList: true, subtree: true});
    // Five slow widgets queue up; the nav narrows in the task of the first one's render.
    const cards = ['c1', 'c2', 'c3', 'c4', 'c5'].map(slowCard);
    afterRender.set('c1', () => (nav.style.width = '150px'));
    nav.after(...cards);
    await waitUntil(() => cards.every((card) => shadowText(card, '[part~="title"]')), 'every card renders');
    await waitUntil(() => more(), 'a More button');
    watcher.disconnect();
    // Measured after the browser's next layout and fitted before that frame is painted, not after the queue.
    expect(rendersWhenFitted, 'slow cards rendered when the nav showed More').to.be.lessThan(5);
  });
});
