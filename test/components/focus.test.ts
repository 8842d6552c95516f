import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import {at, heal, uniqueKey} from '../resilience/resilience-helpers.js';
import {cardTitles, fresh, shownCards} from '../helpers.js';

/** The element that has the focus, looked for through shadow roots. */
function focused(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
/** A feed that answers 404 (not retried by the client) until `heal(key)`, then one article. */
const failing = (key: string) => at('/healable?fault=status&code=404', key);
// Compared as booleans with a description: chai's message for two unequal DOM elements can take minutes to build.
const describeFocus = (el: Element | null) => (el ? `<${el.localName}> ${el.getAttribute('part') ?? ''} "${el.textContent?.trim()}"` : 'nothing');

describe('focus and announcements', () => {
  describe('a keyboard user pressing Retry keeps the focus in the widget', () => {
    const cases = [
      {tag: 'news-article-list', target: (el: Element) => part(el.shadowRoot!.querySelector('news-article-card')!, 'link')},
      {tag: 'news-article-card', target: (el: Element) => part(el, 'link')},
      {tag: 'news-category-nav', target: (el: Element) => el.shadowRoot!.querySelector('[data-group="row"][tabindex="0"]')},
      {tag: 'news-article', target: (el: Element) => part(el, 'title')},
    ];
    for (const {tag, target} of cases) {
      it(`${tag}: on the new Retry when it fails again, then on its content`, async () => {
        const key = uniqueKey(`retry-${tag}`);
        const wrapper = await fixture(html`<div lang="en"></div>`);
        const el = document.createElement(tag);
        el.setAttribute('src', failing(key));
        wrapper.append(el);
        await waitUntil(() => part(el, 'retry'), 'the error');
        const first = part(el, 'retry')!;
        first.focus();
        await sendKeys({press: 'Enter'});
        // Loading again, then the same error: a new Retry button, which has the focus.
        await waitUntil(() => part(el, 'retry') && part(el, 'retry') !== first, 'the error again');
        expect(focused() === part(el, 'retry'), describeFocus(focused())).to.be.true;
        await heal(key);
        await sendKeys({press: 'Enter'});
        await waitUntil(() => target(el), 'the content');
        expect(focused() === target(el), describeFocus(focused())).to.be.true;
      });
    }

    it('keeps it in the widget while it loads again, on the loading status', async () => {
      const key = uniqueKey('retry-loading');
      // Each answer takes 600 ms and is not a feed (an error with Retry), until healed.
      const el = await fixture(html`<news-article-card lang="en" src=${at('/healable?fault=slow&ms=600', key)}></news-article-card>`);
      await waitUntil(() => part(el, 'retry'), 'the error', {timeout: 4000});
      part(el, 'retry')!.focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => !part(el, 'retry'), 'loading again');
      const holder = focused();
      expect(holder?.getAttribute('role') === 'status' && holder.getRootNode() === el.shadowRoot, describeFocus(holder)).to.be.true;
      await waitUntil(() => part(el, 'retry'), 'the error again', {timeout: 4000});
      expect(focused() === part(el, 'retry'), describeFocus(focused())).to.be.true;
      await heal(key);
      await sendKeys({press: 'Enter'});
      await waitUntil(() => part(el, 'link'), 'the content', {timeout: 4000});
      expect(focused() === part(el, 'link'), describeFocus(focused())).to.be.true;
    });

    it('unless the reader has put the focus somewhere else meanwhile', async () => {
      const key = uniqueKey('retry-elsewhere');
      const wrapper = await fixture(html`<div lang="en"><button id="elsewhere">Elsewhere</button></div>`);
      const el = document.createElement('news-article-list') as HTMLElement & {updateComplete: Promise<unknown>};
      el.setAttribute('src', failing(key));
      wrapper.append(el);
      await waitUntil(() => part(el, 'retry'), 'the error');
      part(el, 'retry')!.focus();
      await heal(key);
      part(el, 'retry')!.click();
      await el.updateComplete;
      const elsewhere = wrapper.querySelector<HTMLElement>('#elsewhere')!;
      elsewhere.focus();
      await waitUntil(() => shownCards(el) > 0, 'the content');
      await el.updateComplete;
      expect(document.activeElement === elsewhere, describeFocus(document.activeElement)).to.be.true;
    });
  });

  describe('Load more', () => {
    it('takes the focus to the first new story, from what the list has and from the next page', async () => {
      const el = await fixture(html`<news-article-list lang="en" src=${fresh('/test/fixtures/list-feed-1.json')} limit="3"></news-article-list>`);
      await waitUntil(() => shownCards(el) === 3, 'the first three');
      const focusedTitle = () => (focused()?.getRootNode() as ShadowRoot).host?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim();
      // 3 more from the first page; 3 more with the second page (fetched); the last 2, after which the button goes.
      for (const [shown, first] of [
        [6, 3],
        [9, 6],
        [11, 9],
      ]) {
        part(el, 'load-more')!.focus();
        await sendKeys({press: 'Enter'});
        await waitUntil(() => shownCards(el) === shown, `${shown} stories`);
        await waitUntil(() => focused()?.getAttribute('part') === 'link', 'the focus on a story');
        expect(focusedTitle()).to.equal(cardTitles(el)[first]);
      }
      expect(part(el, 'load-more')).to.equal(null);
    });

    it('leaves the focus alone after a click that did not focus the button', async () => {
      const el = await fixture(html`<news-article-list lang="en" src=${fresh('/test/fixtures/list-feed-1.json')} limit="3"></news-article-list>`);
      await waitUntil(() => shownCards(el) === 3, 'the first three');
      part(el, 'load-more')!.click();
      await waitUntil(() => shownCards(el) === 6, 'six');
      expect(document.activeElement === document.body, describeFocus(document.activeElement)).to.be.true;
    });
  });

  it("keeps the focus on the carousel's Next button at the end", async () => {
    const el = await fixture(
      html`<news-article-list lang="en" layout="carousel" src=${fresh('/test/fixtures/list-feed-1.json')} style="width: 600px"></news-article-list>`,
    );
    await waitUntil(() => shownCards(el) === 8, 'the cards');
    const next = part(el, 'next')!;
    next.focus();
    for (let i = 0; i < 12 && next.getAttribute('aria-disabled') !== 'true'; i++) {
      await sendKeys({press: 'Enter'});
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    expect(focused() === next, describeFocus(focused())).to.be.true;
  });

  it("leaves room in the carousel for a focused card's ring (2px wide, 2px outside the card)", async () => {
    const el = await fixture(
      html`<news-article-list lang="en" layout="carousel" src=${fresh('/test/fixtures/list-feed-1.json')} style="width: 600px"></news-article-list>`,
    );
    await waitUntil(() => shownCards(el) === 8, 'the cards');
    const scroller = part(el, 'scroller')!.getBoundingClientRect();
    const card = part(el.shadowRoot!.querySelector('news-article-card')!, 'base')!.getBoundingClientRect();
    expect(card.top - 4).to.be.at.least(scroller.top);
    expect(card.left - 4).to.be.at.least(scroller.left);
  });

  it('has one loading status per widget, outside its busy box', async () => {
    const hang = at('/hang', uniqueKey('status'));
    const wrapper = await fixture(html`<div lang="en">
      <news-article-list src=${hang} limit="4"></news-article-list>
      <news-article-card src=${hang}></news-article-card>
      <news-category-nav src=${hang}></news-category-nav>
      <news-article src=${hang}></news-article>
    </div>`);
    const widgets = Array.from(wrapper.children);
    await waitUntil(() => widgets.every((w) => w.shadowRoot?.querySelector('[aria-busy="true"]')), 'every skeleton');
    for (const widget of widgets) {
      const statuses = Array.from(widget.shadowRoot!.querySelectorAll('[role="status"]'));
      expect(statuses.map((s) => s.textContent?.trim()), widget.localName).to.deep.equal(['Loading…']);
      expect(statuses[0].closest('[aria-busy]'), widget.localName).to.equal(null);
    }
    // The list's skeleton cards, each with a status of its own, are out of the accessibility tree.
    const items = Array.from(widgets[0].shadowRoot!.querySelectorAll('li'));
    expect(items.length).to.equal(4);
    expect(items.every((li) => li.getAttribute('aria-hidden') === 'true')).to.be.true;
  });

  describe('forced colours', () => {
    afterEach(() => executeServerCommand('forced-colors', false));

    it('keeps the skeleton blocks seen, and marks only the current item of the nav menu', async () => {
      const wrapper = await fixture(html`<div lang="en" style="width: 260px">
        <news-article-card loading></news-article-card>
        <news-category-nav current="c5"></news-category-nav>
      </div>`);
      const [card, nav] = Array.from(wrapper.children) as (HTMLElement & {categories: unknown; updateComplete: Promise<unknown>})[];
      nav.categories = Array.from({length: 8}, (_, i) => ({slug: `c${i}`, name: `Category number ${i}`}));
      await waitUntil(() => part(nav, 'more'), 'the More button');
      part(nav, 'more')!.click();
      await waitUntil(() => !part(nav, 'menu')!.hidden, 'the menu open');
      await executeServerCommand('forced-colors', true);
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const block = card.shadowRoot!.querySelector('.block')!;
      const surface = getComputedStyle(card.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor;
      expect(getComputedStyle(block).backgroundColor).to.not.equal(surface);
      const items = Array.from(part(nav, 'menu')!.querySelectorAll('[part~="link"]'));
      const marked = items.filter((item) => getComputedStyle(item).borderInlineStartStyle !== 'none' && parseFloat(getComputedStyle(item).borderInlineStartWidth) > 0);
      expect(marked).to.deep.equal([]);
      const current = items.find((item) => item.hasAttribute('aria-current'))!;
      expect(getComputedStyle(current).textDecorationLine).to.equal('underline');
    });
  });
});
