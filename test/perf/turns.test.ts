import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import {NewsArticleCard} from '../../src/components/article-card/article-card.js';
import type {NewsArticleList} from '../../src/components/article-list/article-list.js';
import type {NewsCategoryNav} from '../../src/components/category-nav/category-nav.js';
import {registerLocale} from '../../src/i18n/locale.js';
import {fullArticle} from '../fixtures/card-articles.js';
import {cardTitles, fresh, shadowText} from '../helpers.js';

/**
 * Widgets take turns to update (src/internal/turns.ts): once a task has run
 * its share of widget updates, the next widget waits for a task of its own,
 * so the host page can answer input between them. First renders do not wait.
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

/** Slow cards in `parent`, past their first render; `renders` starts empty again. */
async function renderedSlowCards(parent: Element, ids: string[]): Promise<SlowCard[]> {
  const cards = ids.map(slowCard);
  parent.append(...cards);
  await Promise.all(cards.map((card) => card.updateComplete));
  renders.length = 0;
  return cards;
}

/** New headlines for every card, in one task: one update each. */
function retitle(cards: SlowCard[]): void {
  for (const card of cards) card.article = {...card.article!, title: `${card.article!.title} (updated)`};
}

const titleOf = (card: Element) => shadowText(card, '[part~="title"]') ?? '';

describe('widgets taking turns', () => {
  beforeEach(() => {
    renders.length = 0;
    afterRender.clear();
    busyMs = 60;
  });

  it('runs the updates of widgets changed together in separate tasks, in order', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const cards = await renderedSlowCards(wrapper, ['one', 'two', 'three']);
    const longTasks: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
    observer.observe({type: 'longtask'});
    retitle(cards);
    await waitUntil(() => cards.every((card) => titleOf(card).endsWith('(updated)')), 'every card updates');
    // Long tasks are reported after they end.
    await waitUntil(() => renders.every(({at}) => longTasks.some((t) => t.startTime <= at && at <= t.startTime + t.duration)), 'each render within a long task');
    observer.disconnect();

    expect(renders.map((r) => r.id)).to.deep.equal(['one', 'two', 'three']);
    const taskOf = (at: number) => longTasks.findIndex((t) => t.startTime <= at && at <= t.startTime + t.duration);
    const tasks = renders.map(({at}) => taskOf(at));
    // Without turns the three renders share one long task.
    expect(new Set(tasks).size, `tasks of the renders: ${tasks.join(', ')}`).to.equal(3);
  });

  it('renders widgets added together at once: a first render does not wait', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const cards = ['one', 'two', 'three'].map(slowCard);
    wrapper.append(...cards);
    // Still in the task that added them.
    await Promise.resolve();
    await Promise.resolve();
    expect(cards.map(titleOf)).to.deep.equal(['Story one', 'Story two', 'Story three']);
  });

  it('gives widgets whose first render waited for their catalog a task each', async () => {
    // A language (Esperanto, which the widgets do not ship) whose catalog arrives when the test says so.
    let release = () => {};
    registerLocale('eo', () => new Promise((resolve) => (release = () => resolve({templates: {}}))));
    const wrapper = await fixture<HTMLElement>(html`<div lang="eo"></div>`);
    const cards = ['one', 'two', 'three'].map(slowCard);
    wrapper.append(...cards);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(renders, 'no render before the catalog').to.deep.equal([]);
    const longTasks: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
    observer.observe({type: 'longtask'});
    release();
    await waitUntil(() => cards.every((card) => titleOf(card) !== ''), 'every card renders');
    await waitUntil(() => renders.every(({at}) => longTasks.some((t) => t.startTime <= at && at <= t.startTime + t.duration)), 'each render within a long task');
    observer.disconnect();

    expect(renders.map((r) => r.id)).to.deep.equal(['one', 'two', 'three']);
    const tasks = renders.map(({at}) => longTasks.findIndex((t) => t.startTime <= at && at <= t.startTime + t.duration));
    // Without a turn for such first renders, the three share the catalog's task.
    expect(new Set(tasks).size, `tasks of the renders: ${tasks.join(', ')}`).to.equal(3);
  });

  it("updates a list's cards together, never one card per task", async () => {
    const src = fresh('/test/fixtures/list-feed-1.json');
    const wrapper = await fixture<HTMLElement>(html`<div lang="en">
      <news-provider src=${src}>
        <turns-slow-card></turns-slow-card>
        <news-article-list limit="6"></news-article-list>
      </news-provider>
    </div>`);
    const list = wrapper.querySelector<NewsArticleList>('news-article-list')!;
    await waitUntil(() => cardTitles(list).filter(Boolean).length === 6, 'the list shows six cards');
    const cards = Array.from(list.shadowRoot!.querySelectorAll('news-article-card'));

    // A clock that ticks once per task: a message that posts the next one.
    let tick = 0;
    let ticking = true;
    const clock = new MessageChannel();
    clock.port1.onmessage = () => {
      tick++;
      if (ticking) clock.port2.postMessage(undefined);
    };
    clock.port2.postMessage(undefined);
    const ticksOfCards = new Set<number>();
    const watcher = new MutationObserver(() => ticksOfCards.add(tick));
    for (const card of cards) watcher.observe(card.shadowRoot!, {subtree: true, childList: true, characterData: true, attributes: true});

    // Every widget re-renders for the new language; the slow card uses up the task first, and
    // the six cards together need more than one task's share (3 ms each).
    // render() is protected: patched through the prototype, for this test only.
    const card = NewsArticleCard.prototype as unknown as {render(): unknown};
    const render = card.render;
    card.render = function (this: NewsArticleCard) {
      const start = performance.now();
      while (performance.now() - start < 3) {
        // Busy on purpose.
      }
      return render.call(this);
    };
    renders.length = 0;
    try {
      wrapper.lang = 'fr';
      await waitUntil(() => cards.every((card) => shadowText(card, '[part~="comments"]')?.includes('commentaire')), 'the cards speak French');
    } finally {
      card.render = render;
      ticking = false;
      watcher.disconnect();
    }
    expect(renders.length, 'the slow card re-rendered').to.equal(1);
    expect([...ticksOfCards], 'tasks in which the cards changed').to.have.length(1);
  });

  it('gives a widget removed while it waited its update when it is back in the page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const [first, second] = await renderedSlowCards(wrapper, ['first', 'second']);
    // Removed in the task of the first card's update, before the second's turn comes.
    afterRender.set('first', () => second.remove());
    retitle([first, second]);
    await waitUntil(() => titleOf(first).endsWith('(updated)'), 'the first card updates');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(renders.map((r) => r.id), 'no render while removed').to.deep.equal(['first']);
    expect(titleOf(second)).to.equal('Story second');
    wrapper.append(second);
    await waitUntil(() => titleOf(second).endsWith('(updated)'), 'the second card updates once back');
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
    const holder = document.createElement('div');
    nav.after(holder);
    const cards = await renderedSlowCards(holder, ['c1', 'c2', 'c3', 'c4', 'c5']);
    // Five slow updates queue up; the nav narrows in the task of the first one.
    afterRender.set('c1', () => (nav.style.width = '150px'));
    retitle(cards);
    await waitUntil(() => cards.every((card) => titleOf(card).endsWith('(updated)')), 'every card updates');
    await waitUntil(() => more(), 'a More button');
    watcher.disconnect();
    // Measured after the browser's next layout and fitted before that frame is painted, not after the queue.
    expect(rendersWhenFitted, 'slow cards rendered when the nav showed More').to.be.lessThan(5);
  });
});
