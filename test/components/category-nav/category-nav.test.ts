import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../../src/components/category-nav/news-category-nav.js';
import '../../../src/components/provider/news-provider.js';
import type {NewsCategoryNav} from '../../../src/components/category-nav/category-nav.js';
import type {NewsProvider} from '../../../src/components/provider/provider.js';
import type {Category} from '../../../src/data/model.js';
import {faultServerUrl} from '/__fault-server.js';
import {labelOf, watchClicks} from '../../helpers.js';

const feedUrl = '/test/fixtures/nav-feed.json';
const derivedOrder = ['All', 'Politics', 'Economy', 'Sport', 'Culture', 'World', 'Science, technology and the environment'];

const short: Category[] = [
  {id: '1', name: 'News', slug: 'news'},
  {id: '2', name: 'Sport', slug: 'sport'},
  {id: '3', name: 'Culture', slug: 'culture'},
];

const shadow = (el: Element) => el.shadowRoot!;
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const all = (el: Element, selector: string) => Array.from(shadow(el).querySelectorAll<HTMLElement>(selector));
const links = (el: Element) => all(el, '[part~="link"]');
const rowLinks = (el: Element) => all(el, '[part~="list"] [part~="link"]');
const menuLinks = (el: Element) => all(el, '[part~="menu"] [part~="link"]');
const labels = (els: HTMLElement[]) => els.map((e) => clean(e.textContent));
const more = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part~="more"]');
const menu = (el: Element) => shadow(el).querySelector<HTMLElement>('[part~="menu"]')!;
const focused = (el: Element) => shadow(el).activeElement as HTMLElement | null;
const current = (el: Element) => links(el).filter((l) => l.hasAttribute('aria-current'));
const byLabel = (el: Element, label: string) => links(el).find((l) => clean(l.textContent) === label)!;

async function ready(el: Element): Promise<void> {
  await waitUntil(() => shadow(el).querySelector('nav [part~="link"]'), 'the nav renders its items');
}

/** Waits until the row has been fitted to the host: every visible item lies inside it. */
async function fitted(el: NewsCategoryNav): Promise<void> {
  await ready(el);
  await waitUntil(() => {
    const box = el.getBoundingClientRect();
    const visible = [...rowLinks(el), ...(more(el) ? [more(el)!] : [])];
    return visible.every((item) => {
      const r = item.getBoundingClientRect();
      return r.left >= box.left - 1 && r.right <= box.right + 1;
    });
  }, 'the row fits inside the host');
}

const jsonUrl = (body: unknown) => `${faultServerUrl}/json?key=nav-${Math.random()}&body=${encodeURIComponent(JSON.stringify(body))}`;

describe('news-category-nav', () => {
  describe('categories', () => {
    it('derives them from the articles in order of first appearance, one per slug, with All first', async () => {
      const el = await fixture<NewsCategoryNav>(html`<news-category-nav lang="en" src=${feedUrl} style="width: 1200px"></news-category-nav>`);
      await fitted(el);
      expect(labels(links(el))).to.deep.equal(derivedOrder);
      expect(more(el)).to.equal(null);
    });

    it('prefers the list the feed declares', async () => {
      const feed = {
        version: 'https://jsonfeed.org/version/1.1',
        _news: {categories: [{id: '7', name: 'World', slug: 'world'}, {id: '3', name: 'Tech', slug: 'tech'}]},
        items: [{id: 'a', _news: {category: 'Politics'}}, {id: 'b', _news: {category: 'Tech'}}],
      };
      const el = await fixture<NewsCategoryNav>(html`<news-category-nav lang="en" src=${jsonUrl(feed)}></news-category-nav>`);
      await ready(el);
      expect(labels(links(el))).to.deep.equal(['All', 'World', 'Tech']);
    });

    it('renders a categories property without any feed, dropping repeated slugs', async () => {
      const el = await fixture<NewsCategoryNav>(
        html`<news-category-nav lang="en" .categories=${[...short, {id: '9', name: 'News again', slug: 'news'}]}></news-category-nav>`,
      );
      await ready(el);
      expect(labels(links(el))).to.deep.equal(['All', 'News', 'Sport', 'Culture']);
      expect(labelOf(shadow(el).querySelector('nav'))).to.equal('Categories');
      await expect(el).to.be.accessible();
    });

    it('hides itself when there are no categories', async () => {
      const el = await fixture<NewsCategoryNav>(html`<news-category-nav .categories=${[]}></news-category-nav>`);
      expect(el.hasAttribute('data-empty')).to.be.true;
      expect(el.getBoundingClientRect().height).to.equal(0);
      const fromFeed = await fixture<NewsCategoryNav>(
        html`<news-category-nav src=${jsonUrl({version: 'https://jsonfeed.org/version/1.1', items: [{id: '1', title: 'x'}]})}></news-category-nav>`,
      );
      await waitUntil(() => fromFeed.hasAttribute('data-empty'), 'hidden once the feed turns out to have no categories');
      expect(shadow(fromFeed).querySelector('nav')).to.equal(null);
    });
  });

  describe('the current category', () => {
    it('is All when current is absent or empty, else the item with that slug', async () => {
      const el = await fixture<NewsCategoryNav>(html`<news-category-nav lang="en" .categories=${short}></news-category-nav>`);
      expect(labels(current(el))).to.deep.equal(['All']);
      expect(current(el)[0].getAttribute('aria-current')).to.equal('true');
      el.current = 'sport';
      await el.updateComplete;
      expect(labels(current(el))).to.deep.equal(['Sport']);
      el.current = '';
      await el.updateComplete;
      expect(labels(current(el))).to.deep.equal(['All']);
      el.current = 'unknown';
      await el.updateComplete;
      expect(current(el)).to.have.length(0);
    });

    it('takes the current colour token and marks it without colour alone', async () => {
      const el = await fixture<NewsCategoryNav>(
        html`<news-category-nav current="sport" style="--news-category-nav-current-color: rgb(0, 128, 0)" .categories=${short}></news-category-nav>`,
      );
      const style = getComputedStyle(current(el)[0]);
      expect(style.color).to.equal('rgb(0, 128, 0)');
      expect(style.boxShadow).to.contain('rgb(0, 128, 0)');
    });
  });

  describe('links', () => {
    it('fills the template with the URL-encoded slug and id', async () => {
      const cats = [...short, {id: 'x/1', name: 'Odd one', slug: 'a b/c?d'}];
      const el = await fixture<NewsCategoryNav>(
        html`<news-category-nav lang="en" href-template="/category/{slug}?id={id}" current="sport" .categories=${cats}></news-category-nav>`,
      );
      const anchors = all(el, 'a[part~="link"]');
      // No all-href: a category template says nothing about where "All" lives.
      expect(labels(anchors)).to.deep.equal(['News', 'Sport', 'Culture', 'Odd one']);
      expect(anchors[0].getAttribute('href')).to.equal(new URL('/category/news?id=1', location.href).href);
      expect(anchors[3].getAttribute('href')).to.equal(new URL('/category/a%20b%2Fc%3Fd?id=x%2F1', location.href).href);
      expect(anchors[1].getAttribute('aria-current')).to.equal('page');
      expect(all(el, 'button[part~="link"]')).to.have.length(0);
    });

    it('puts All first with all-href', async () => {
      const el = await fixture<NewsCategoryNav>(
        html`<news-category-nav lang="en" href-template="https://news.example/c/{slug}" all-href="https://news.example/" .categories=${short}></news-category-nav>`,
      );
      const first = links(el)[0];
      expect(first.tagName).to.equal('A');
      expect(clean(first.textContent)).to.equal('All');
      expect(first.getAttribute('href')).to.equal('https://news.example/');
      expect(first.getAttribute('aria-current')).to.equal('page');
      await expect(el).to.be.accessible();
    });

    it('never produces a javascript: link from a hostile template or slug', async () => {
      const hostile = [{id: '1', name: 'Evil', slug: 'javascript:alert(1)'}, ...short];
      const bySlug = await fixture<NewsCategoryNav>(html`<news-category-nav href-template="{slug}" .categories=${hostile}></news-category-nav>`);
      const evil = all(bySlug, 'a[part~="link"]')[0];
      expect(evil.getAttribute('href')).to.equal(new URL('javascript%3Aalert(1)', location.href).href);

      const byTemplate = await fixture<NewsCategoryNav>(
        html`<news-category-nav href-template=" JaVaScRiPt:alert('{slug}')" all-href="javascript:alert(0)" .categories=${hostile}></news-category-nav>`,
      );
      for (const el of [bySlug, byTemplate]) {
        for (const node of all(el, '[href]')) expect(node.getAttribute('href')).to.match(/^https?:/);
      }
      // Items whose URL is refused stay usable as buttons.
      expect(all(byTemplate, 'a')).to.have.length(0);
      expect(labels(all(byTemplate, 'button[part~="link"]'))).to.deep.equal(['All', 'Evil', 'News', 'Sport', 'Culture']);
    });

    it('fires a cancelable news-category-select that keeps the link from navigating', async () => {
      const el = await fixture<NewsCategoryNav>(html`<news-category-nav href-template="/c/{slug}" .categories=${short}></news-category-nav>`);
      const seen: {event?: CustomEvent; clickPrevented?: boolean} = {};
      el.addEventListener('news-category-select', (e) => {
        seen.event = e;
        e.preventDefault();
      });
      document.addEventListener('click', (e) => (seen.clickPrevented = e.defaultPrevented), {once: true});
      byLabel(el, 'Sport').click();
      expect(seen.event!.detail.category).to.deep.equal(short[1]);
      expect(seen.clickPrevented).to.be.true;
    });

    it('leaves a Ctrl- or Shift-click on a link to the browser and fires nothing', async () => {
      const el = await fixture<NewsCategoryNav>(html`<news-category-nav href-template="/c/{slug}" .categories=${short}></news-category-nav>`);
      const selected: string[] = [];
      el.addEventListener('news-category-select', (e) => {
        e.preventDefault();
        selected.push('select');
      });
      const clicks = watchClicks();
      try {
        for (const key of ['ctrlKey', 'shiftKey']) byLabel(el, 'Sport').dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, cancelable: true, [key]: true}));
        expect(selected).to.deep.equal([]);
        expect(clicks.prevented).to.deep.equal([false, false]);
      } finally {
        clicks.stop();
      }
    });
  });

  describe('buttons', () => {
    it('fire news-category-select, bubbling and composed, and show the choice as current', async () => {
      const el = await fixture<NewsCategoryNav>(html`<news-category-nav lang="en" .categories=${short}></news-category-nav>`);
      const events: CustomEvent[] = [];
      document.addEventListener('news-category-select', (e) => events.push(e));
      byLabel(el, 'Culture').click();
      await el.updateComplete;
      expect(events[0].detail.category).to.deep.equal(short[2]);
      expect(events[0].bubbles && events[0].composed && events[0].cancelable).to.be.true;
      expect(labels(current(el))).to.deep.equal(['Culture']);
      byLabel(el, 'All').click();
      await el.updateComplete;
      expect(events[1].detail).to.have.property('category', undefined);
      expect(labels(current(el))).to.deep.equal(['All']);
    });

    it('select nothing when the event is cancelled', async () => {
      const el = await fixture<NewsCategoryNav>(html`<news-category-nav .categories=${short}></news-category-nav>`);
      el.addEventListener('news-category-select', (e) => e.preventDefault());
      byLabel(el, 'Sport').click();
      await el.updateComplete;
      expect(labels(current(el))).to.deep.equal(['All']);
    });
  });

  describe('inside a news-provider', () => {
    it('shares the provider\'s feed and selects the category there', async () => {
      const provider = await fixture<NewsProvider>(html`<news-provider lang="en" src=${feedUrl}><news-category-nav style="width: 1200px"></news-category-nav></news-provider>`);
      const nav = provider.querySelector('news-category-nav')!;
      await ready(nav);
      expect(labels(links(nav))).to.deep.equal(derivedOrder);
      expect(labels(current(nav))).to.deep.equal(['All']);

      const events: CustomEvent[] = [];
      provider.addEventListener('news-category-select', (e) => events.push(e));
      byLabel(nav, 'Economy').click();
      expect(provider.category).to.equal('economy');
      await waitUntil(() => labels(current(nav))[0] === 'Economy', 'the nav follows the provider');
      expect(events[0].detail.category!.slug).to.equal('economy');
      // The nav follows the provider, not a copy of its own.
      expect(nav.current).to.equal(undefined);

      byLabel(nav, 'All').click();
      expect(provider.category).to.equal(undefined);
      await waitUntil(() => labels(current(nav))[0] === 'All', 'All is current again');
      await expect(nav).to.be.accessible();
    });

    it('shows the provider\'s category as current unless it has its own current', async () => {
      const provider = await fixture<NewsProvider>(html`<news-provider category="sport" .src=${feedUrl}>
        <news-category-nav style="width: 1200px"></news-category-nav>
        <news-category-nav style="width: 1200px" current="culture"></news-category-nav>
      </news-provider>`);
      const [follows, own] = Array.from(provider.querySelectorAll('news-category-nav'));
      await ready(follows);
      await ready(own);
      expect(labels(current(follows))).to.deep.equal(['Sport']);
      expect(labels(current(own))).to.deep.equal(['Culture']);
      provider.category = 'world';
      await waitUntil(() => labels(current(follows))[0] === 'World', 'follows the provider');
      expect(labels(current(own))).to.deep.equal(['Culture']);
      own.removeAttribute('current');
      await waitUntil(() => labels(current(own))[0] === 'World', 'follows the provider once its own current is gone');
    });

    it('leaves the provider alone when the event is cancelled', async () => {
      const provider = await fixture<NewsProvider>(html`<news-provider src=${feedUrl}><news-category-nav style="width: 1200px"></news-category-nav></news-provider>`);
      const nav = provider.querySelector('news-category-nav')!;
      await ready(nav);
      provider.addEventListener('news-category-select', (e) => e.preventDefault());
      byLabel(nav, 'Sport').click();
      expect(provider.category).to.equal(undefined);
    });
  });

  describe('keyboard', () => {
    async function setup(dir = 'ltr', currentSlug?: string) {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} lang="en">
        <button id="before">before</button>
        <news-category-nav current=${currentSlug ?? ''} .categories=${short} style="width: 600px"></news-category-nav>
        <button id="after">after</button>
      </div>`);
      const nav = wrapper.querySelector('news-category-nav')!;
      await fitted(nav);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      return {wrapper, nav};
    }

    it('is one tab stop, on the current item', async () => {
      const {wrapper, nav} = await setup('ltr', 'sport');
      expect(all(nav, '[tabindex="0"]')).to.have.length(1);
      await sendKeys({press: 'Tab'});
      expect(document.activeElement).to.equal(nav);
      expect(clean(focused(nav)!.textContent)).to.equal('Sport');
      await sendKeys({press: 'Tab'});
      expect(document.activeElement).to.equal(wrapper.querySelector('#after'));
    });

    it('moves with the arrows, Home and End, wrapping around, and keeps the tab stop where it went', async () => {
      const {nav} = await setup();
      await sendKeys({press: 'Tab'});
      const at = () => clean(focused(nav)?.textContent);
      expect(at()).to.equal('All');
      await sendKeys({press: 'ArrowRight'});
      expect(at()).to.equal('News');
      await sendKeys({press: 'ArrowDown'});
      expect(at()).to.equal('Sport');
      await sendKeys({press: 'ArrowUp'});
      expect(at()).to.equal('News');
      await sendKeys({press: 'ArrowLeft'});
      expect(at()).to.equal('All');
      await sendKeys({press: 'ArrowLeft'});
      expect(at()).to.equal('Culture');
      await sendKeys({press: 'Home'});
      expect(at()).to.equal('All');
      await sendKeys({press: 'End'});
      expect(at()).to.equal('Culture');
      await nav.updateComplete;
      expect(all(nav, '[tabindex="0"]').map((e) => clean(e.textContent))).to.deep.equal(['Culture']);
      // Enter activates the focused button as a native one would.
      await sendKeys({press: 'Enter'});
      await nav.updateComplete;
      expect(labels(current(nav))).to.deep.equal(['Culture']);
    });

    it('swaps left and right in a right-to-left page', async () => {
      const {nav} = await setup('rtl');
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'ArrowLeft'});
      expect(clean(focused(nav)!.textContent)).to.equal('News');
      await sendKeys({press: 'ArrowRight'});
      expect(clean(focused(nav)!.textContent)).to.equal('All');
      // The row itself runs right to left.
      const [first, second] = rowLinks(nav).map((l) => l.getBoundingClientRect());
      expect(second.right).to.be.at.most(first.left + 1);
    });
  });

  describe('the More menu', () => {
    async function narrow(width = 240, extra = '') {
      const el = await fixture<NewsCategoryNav>(html`<news-category-nav lang="en" src=${feedUrl} current=${extra} style=${`width: ${width}px`}></news-category-nav>`);
      await waitUntil(() => more(el), 'a More button');
      await fitted(el);
      return el;
    }

    it('is fitted in the first frame it paints, without measuring during the update', async () => {
      const el = await fixture<NewsCategoryNav>(html`<news-category-nav lang="en" style="width: 240px"></news-category-nav>`);
      let painted: {more: boolean; fits: boolean} | undefined;
      el.categories = derivedOrder.slice(1).map((name) => ({id: name, slug: name.toLowerCase(), name}));
      await el.updateComplete;
      // Items rendered, not yet measured: no layout was forced during the update.
      expect(more(el)).to.equal(null);
      // What the frame after this update shows, read once it has been painted.
      await new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            const box = el.getBoundingClientRect();
            const fits = rowLinks(el).every((item) => item.getBoundingClientRect().right <= box.right + 1);
            painted = {more: Boolean(more(el)), fits};
            resolve();
          }),
        ),
      );
      expect(painted).to.deep.equal({more: true, fits: true});
    });

    it('holds the items that do not fit, in order, and shows nothing twice', async () => {
      const el = await narrow();
      const row = labels(rowLinks(el));
      const overflow = labels(menuLinks(el));
      expect(row.length).to.be.greaterThan(0);
      expect(overflow.length).to.be.greaterThan(0);
      expect([...row, ...overflow]).to.deep.equal(derivedOrder);
      expect(clean(more(el)!.textContent)).to.equal('More');
      expect(more(el)!.getAttribute('aria-expanded')).to.equal('false');
      expect(menu(el).hidden).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('opens on click and closes with Escape, giving the focus back', async () => {
      const el = await narrow();
      const button = more(el)!;
      expect(button.getAttribute('aria-controls')).to.equal(menu(el).id);
      button.focus();
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(menu(el).hidden).to.be.false;
      expect(menu(el).getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      menuLinks(el)[0].focus();
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(menu(el).hidden).to.be.true;
      expect(focused(el)).to.equal(button);
    });

    it('closes on a click outside', async () => {
      const el = await narrow();
      more(el)!.click();
      await el.updateComplete;
      expect(menu(el).hidden).to.be.false;
      // A click inside the widget, off any item, leaves it open.
      menu(el).click();
      await el.updateComplete;
      expect(menu(el).hidden).to.be.false;
      document.body.click();
      await el.updateComplete;
      expect(menu(el).hidden).to.be.true;
    });

    it('is reachable from the keyboard, and choosing from it closes it', async () => {
      const el = await narrow();
      el.addEventListener('news-category-select', () => undefined);
      rowLinks(el)[0].focus();
      await sendKeys({press: 'End'});
      expect(focused(el)).to.equal(more(el));
      await sendKeys({press: 'ArrowDown'});
      await waitUntil(() => focused(el) === menuLinks(el)[0], 'the first menu item has the focus');
      await sendKeys({press: 'ArrowDown'});
      expect(focused(el)).to.equal(menuLinks(el)[1]);
      await sendKeys({press: 'End'});
      expect(focused(el)).to.equal(menuLinks(el).at(-1));
      await sendKeys({press: 'Home'});
      expect(focused(el)).to.equal(menuLinks(el)[0]);
      const chosen = clean(menuLinks(el)[0].textContent);
      await sendKeys({press: 'Enter'});
      await waitUntil(() => menu(el).hidden, 'the menu closes');
      expect(focused(el)).to.equal(more(el));
      expect(labels(current(el))).to.deep.equal([chosen]);
    });

    it('still marks the current item inside the menu', async () => {
      const el = await narrow(240, 'science');
      const cur = current(el);
      expect(cur).to.have.length(1);
      expect(menuLinks(el)).to.include(cur[0]);
      expect(cur[0].getAttribute('aria-current')).to.equal('true');
      // The tab stop, which follows the current item, is then the More button.
      expect(more(el)!.tabIndex).to.equal(0);
    });

    it('marks the More button as the current item\'s place while the menu hides it', async () => {
      const el = await narrow(240, 'science');
      const marked = (button: Element) => getComputedStyle(button).boxShadow.includes(getComputedStyle(button).color);
      const button = more(el)!;
      expect(getComputedStyle(button).color).to.equal(getComputedStyle(current(el)[0]).color);
      expect(marked(button)).to.be.true;
      // With the current item in the row, More looks like any other item.
      const inRow = await narrow(240, '');
      expect(getComputedStyle(more(inRow)!).boxShadow).to.equal('none');
    });

    it('names the current item in the More button\'s description while the menu holds it', async () => {
      const el = await narrow(240, 'science');
      const button = more(el)!;
      const described = shadow(el).getElementById(button.getAttribute('aria-describedby') ?? '');
      expect(clean(described?.textContent)).to.equal(clean(current(el)[0].textContent));
      expect(menuLinks(el).includes(described as HTMLElement)).to.be.true;
      const inRow = await narrow(240, '');
      expect(more(inRow)!.hasAttribute('aria-describedby')).to.be.false;
    });

    it('moves items back to the row when the host grows, and out again when it shrinks', async () => {
      const el = await narrow();
      el.style.width = '1200px';
      await waitUntil(() => !more(el), 'no More button once everything fits');
      expect(labels(rowLinks(el))).to.deep.equal(derivedOrder);
      el.style.width = '300px';
      await waitUntil(() => more(el), 'More again');
      await fitted(el);
    });

    it('cuts a long name with an ellipsis rather than breaking the row', async () => {
      const el = await fixture<NewsCategoryNav>(html`<news-category-nav lang="en" src=${feedUrl} style="width: 1200px"></news-category-nav>`);
      await fitted(el);
      const long = byLabel(el, 'Science, technology and the environment');
      expect(getComputedStyle(long).textOverflow).to.equal('ellipsis');
      expect(long.scrollWidth).to.be.greaterThan(long.clientWidth);
      const tops = new Set(rowLinks(el).map((l) => Math.round(l.getBoundingClientRect().top)));
      expect(tops.size).to.equal(1);
    });
  });

  describe('states', () => {
    it('shows a skeleton as tall as the loaded row while the feed loads', async () => {
      const loading = await fixture<NewsCategoryNav>(html`<news-category-nav src=${`${faultServerUrl}/hang?key=nav-hang`}></news-category-nav>`);
      await waitUntil(() => shadow(loading).querySelector('[aria-busy="true"]'), 'a skeleton');
      const loaded = await fixture<NewsCategoryNav>(html`<news-category-nav .categories=${short}></news-category-nav>`);
      expect(loading.getBoundingClientRect().height).to.equal(loaded.getBoundingClientRect().height);
      await expect(loading).to.be.accessible();
    });

    it('shows a localized error with Retry', async () => {
      const el = await fixture<NewsCategoryNav>(html`<news-category-nav lang="fr" src="/test/fixtures/does-not-exist.json"></news-category-nav>`);
      await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'an error state');
      expect(clean(shadow(el).querySelector('[part~="message"]')!.textContent)).to.contain('Le service d’actualités a répondu par une erreur.');
      expect(clean(shadow(el).querySelector('[part~="retry"]')!.textContent)).to.equal('Réessayer');
      await expect(el).to.be.accessible();
    });

    it('follows the theme attribute for dark colours', async () => {
      const el = await fixture<NewsCategoryNav>(html`<news-category-nav theme="dark" .categories=${short}></news-category-nav>`);
      expect(getComputedStyle(shadow(el).querySelector('nav')!).backgroundColor).to.equal('rgb(28, 28, 33)');
      await expect(el).to.be.accessible();
    });
  });

  it('marks the feed\'s category names with the feed\'s language, and its own labels with the page\'s', async () => {
    const feed = {version: 'https://jsonfeed.org/version/1.1', language: 'fr', items: [{id: '1', title: 'Vote du budget', _news: {category: {id: '1', name: 'Politique', slug: 'politique'}}}]};
    const el = await fixture<NewsCategoryNav>(html`<news-category-nav lang="en" src=${jsonUrl(feed)}></news-category-nav>`);
    await ready(el);
    expect(links(el).map((l) => [clean(l.textContent), l.getAttribute('lang')])).to.deep.equal([['All', null], ['Politique', 'fr']]);
    // Names given as a property are the page's.
    const given = await fixture<NewsCategoryNav>(html`<news-category-nav lang="en" .categories=${short}></news-category-nav>`);
    expect(links(given).map((l) => l.getAttribute('lang'))).to.deep.equal([null, null, null, null]);
  });

  describe('labels in the reader\'s language', () => {
    it('speaks French', async () => {
      const wrapper = await fixture(html`<div lang="fr-CA"><news-category-nav src=${feedUrl} style="width: 240px"></news-category-nav></div>`);
      const el = wrapper.querySelector('news-category-nav')!;
      await waitUntil(() => more(el), 'a More button');
      expect(labelOf(shadow(el).querySelector('nav'))).to.equal('Catégories');
      expect(clean(rowLinks(el)[0].textContent)).to.equal('Toutes');
      expect(clean(more(el)!.textContent)).to.equal('Plus');
      await fitted(el);
      await expect(el).to.be.accessible();
    });

    it('speaks Vietnamese', async () => {
      const el = await fixture<NewsCategoryNav>(html`<news-category-nav lang="vi" src=${feedUrl} style="width: 240px"></news-category-nav>`);
      await waitUntil(() => more(el), 'a More button');
      expect(labelOf(shadow(el).querySelector('nav'))).to.equal('Chuyên mục');
      expect(clean(rowLinks(el)[0].textContent)).to.equal('Tất cả');
      expect(clean(more(el)!.textContent)).to.equal('Thêm');
    });

    it('re-renders and re-fits when the language changes', async () => {
      const wrapper = await fixture(html`<div lang="en"><news-category-nav .categories=${short} style="width: 600px"></news-category-nav></div>`);
      const el = wrapper.querySelector('news-category-nav')!;
      await ready(el);
      wrapper.setAttribute('lang', 'vi');
      await waitUntil(() => clean(links(el)[0].textContent) === 'Tất cả', 'Vietnamese after the change');
      await fitted(el);
    });
  });
});
