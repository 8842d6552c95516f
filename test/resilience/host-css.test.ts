import {expect, html, waitUntil} from '@open-wc/testing';
import {render} from 'lit';
import '../../src/define.js';
import type {Category} from '../../src/data/model.js';
import {fullArticle as fullCard} from '../fixtures/card-articles.js';
import {fullArticle} from '../fixtures/article-articles.js';
import {visibleTitles} from './resilience-helpers.js';

/**
 * Style sheets that real host pages ship, at their worst. Widgets live in
 * shadow roots, so only inherited properties reach them: the layout must
 * hold, and what the page's selectors target must stay the page's business.
 */
const HOSTILE_CSS = `
  * { box-sizing: content-box !important; line-height: 5 !important; }
  img { display: none !important; }
  a { color: red !important; }
  button { all: unset; }
  ul { list-style: square; padding: 40px; }
`;
const RED = 'rgb(255, 0, 0)';

const categories: Category[] = ['Politics', 'Economy', 'Culture'].map((name) => ({id: name, name, slug: name.toLowerCase()}));

type Reading = Record<string, number | string>;

const box = (el: Element | null | undefined, name: string): Reading => {
  if (!el) throw new Error(`${name} is missing`);
  const rect = el.getBoundingClientRect();
  return {[`${name} width`]: rect.width, [`${name} height`]: rect.height};
};
const style = (el: Element | null | undefined, name: string, ...props: string[]): Reading => {
  if (!el) throw new Error(`${name} is missing`);
  const computed = getComputedStyle(el);
  return Object.fromEntries(props.map((prop) => [`${name} ${prop}`, computed.getPropertyValue(prop)]));
};
const inside = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);

describe('hostile host CSS', () => {
  let page: HTMLElement;
  let sheet: HTMLStyleElement | undefined;

  /** Everything a reader would notice: boxes, image sizes, colours, list markers. */
  function read(): Reading {
    const card = page.querySelector<HTMLElement>('#card')!;
    const failed = page.querySelector<HTMLElement>('#failed')!;
    const list = page.querySelector<HTMLElement>('news-article-list:not([id])')!;
    const listCard = inside(list, 'news-article-card')!;
    const failedList = page.querySelector<HTMLElement>('#failed-list')!;
    const nav = page.querySelector<HTMLElement>('news-category-nav')!;
    const article = page.querySelector<HTMLElement>('news-article')!;
    const body = inside(article, '[part~="body"]')!;
    return {
      ...box(card, 'card'),
      ...box(inside(card, 'img'), 'card image'),
      ...style(inside(card, 'img'), 'card image', 'display'),
      ...style(inside(card, '[part~="link"]'), 'card link', 'color'),
      ...style(inside(card, '[part~="meta"] li'), 'card meta item', 'list-style-type', 'line-height'),
      ...box(failed, 'card in error'),
      ...box(inside(failed, '[part~="retry"]'), 'retry button'),
      ...style(inside(failed, '[part~="retry"]'), 'retry button', 'border-top-width', 'padding-left', 'cursor'),
      ...box(list, 'list'),
      ...box(listCard, 'list card'),
      ...style(inside(list, '[part~="item"]'), 'list item', 'list-style-type', 'display'),
      ...box(inside(list, '[part~="load-more"]'), 'load-more button'),
      ...box(inside(failedList, '[part~="message"]'), 'list error message'),
      ...box(inside(failedList, '[part~="retry"]'), 'list retry button'),
      ...box(nav, 'nav'),
      ...box(inside(nav, '[part~="link"]'), 'nav item'),
      ...style(inside(nav, '[part~="link"]'), 'nav item', 'color', 'border-bottom-width'),
      ...box(article, 'article'),
      ...box(inside(article, '[part~="image"]'), 'article image'),
      ...box(body.querySelector('img'), 'body image'),
      ...style(body.querySelector('a'), 'body link', 'color'),
      ...style(body.querySelector('li'), 'body list item', 'list-style-type'),
      ...style(inside(article, '[part~="tags"] li'), 'tag', 'list-style-type'),
    };
  }

  before(async () => {
    // Rendered once for both tests (a fixture would be cleaned up after the first).
    page = document.createElement('div');
    document.body.append(page);
    // The widgets sit in a list of the host page, as in many sidebars.
    render(
      html`
      <ul class="sidebar">
        <li>
          <div style="width: 640px">
            <news-article-card id="card" .article=${fullCard()}></news-article-card>
            <news-article-card id="failed" src="/test/fixtures/does-not-exist.json"></news-article-card>
            <news-article-list src="/test/fixtures/list-feed-1.json" limit="2" layout="grid"></news-article-list>
            <news-article-list id="failed-list" src="/test/fixtures/does-not-exist.json"></news-article-list>
            <news-category-nav .categories=${categories}></news-category-nav>
            <news-article .article=${fullArticle()}></news-article>
          </div>
        </li>
      </ul>
    `,
      page,
    );
    await waitUntil(
      () =>
        inside(page.querySelector('#failed')!, '[part~="retry"]') &&
        inside(page.querySelector('#failed-list')!, '[part~="retry"]') &&
        visibleTitles(page.querySelector('news-article-list:not([id])')!).length === 2 &&
        inside(page.querySelector('news-article')!, '[part~="body"] img'),
      'every widget renders',
      {timeout: 4000},
    );
  });

  afterEach(() => sheet?.remove());
  after(() => page.remove());

  it('keeps every box, image, colour and list marker of a clean page', async () => {
    const clean = read();
    sheet = document.createElement('style');
    sheet.textContent = HOSTILE_CSS;
    document.head.append(sheet);
    const hostile = read();

    const differences = Object.keys(clean).filter((name) => {
      const [before, after] = [clean[name], hostile[name]];
      // Sizes may move by a pixel with rounding; anything more is the page's CSS getting in.
      return typeof before === 'number' ? Math.abs(before - (after as number)) > Math.max(1, before * 0.01) : before !== after;
    });
    expect(
      differences.map((name) => `${name}: ${clean[name]} → ${hostile[name]}`),
      'readings that changed under the hostile style sheet',
    ).to.deep.equal([]);
  });

  it('shows images, and no red link, no square bullet inside the widgets', () => {
    sheet = document.createElement('style');
    sheet.textContent = HOSTILE_CSS;
    document.head.append(sheet);
    const reading = read();
    for (const name of ['card image', 'list card', 'article image', 'body image']) {
      expect(reading[`${name} height`], `${name} height`).to.be.above(0);
    }
    expect(reading['card image display']).to.equal('block');
    for (const name of ['card link color', 'nav item color', 'body link color']) expect(reading[name], name).to.not.equal(RED);
    for (const name of ['card meta item list-style-type', 'list item list-style-type', 'tag list-style-type']) {
      expect(reading[name], name).to.equal('none');
    }
  });

  it('sets its text at the same sizes on a theme with html { font-size: 62.5% } and its text in rem', () => {
    // Many CMS themes make 1rem 10px, for easy sums, and set their body text at 1.6rem: the widgets' text
    // sizes follow the text around them, so a 7.5px date beside 16px text is not what such a theme gets.
    const sizes = (): Record<string, string> => {
      const card = page.querySelector('#card')!;
      const listCard = inside(page.querySelector('news-article-list:not([id])')!, 'news-article-card')!;
      const article = page.querySelector('news-article')!;
      const parts: [Element, string][] = [
        [card, 'title'], [card, 'category'], [card, 'summary'], [card, 'meta'],
        [listCard, 'title'], [page.querySelector('news-category-nav')!, 'link'],
        [article, 'title'], [article, 'lead'], [article, 'meta'], [article, 'body'], [article, 'caption'], [article, 'credit'], [article, 'tag'], [article, 'source'],
      ];
      return Object.fromEntries(parts.map(([host, part]) => [`${host.localName} ${part}`, getComputedStyle(inside(host, `[part~="${part}"]`)!).fontSize]));
    };
    // The grid's columns are as wide as before too (their gap, spacing in rem, is 6px narrower).
    const column = () => inside(page.querySelector('news-article-list:not([id])')!, 'news-article-card')!.getBoundingClientRect().width;
    const plain = sizes();
    const plainColumn = column();
    sheet = document.createElement('style');
    sheet.textContent = 'html { font-size: 62.5%; } body { font-size: 1.6rem; }';
    document.head.append(sheet);
    expect(getComputedStyle(page).fontSize, 'the page text is as large as before').to.equal('16px');
    expect(sizes()).to.deep.equal(plain);
    expect(Math.abs(column() - plainColumn) <= 6, `a grid column of ${column()}px, against ${plainColumn}px`).to.equal(true);
  });
});

describe('widgets in boxes that shrink to fit their content', () => {
  // A sidebar's flex item, a float, an inline-block and a modal dialog take the width their content asks
  // for. A widget that asked for none (size containment for its container queries) was squeezed to a
  // letter per line, or to nothing, in each of them.
  const widgets = () => html`
    <news-article-card .article=${fullCard()}></news-article-card>
    <news-article-list src="/test/fixtures/list-feed-1.json" limit="2"></news-article-list>
    <news-category-nav .categories=${categories}></news-category-nav>
    <news-article .article=${fullArticle()}></news-article>
  `;
  const boxes = {
    'a flex item': (content: unknown) => html`<div style="display: flex"><main style="flex: 1">Host text</main><aside>${content}</aside></div>`,
    'a float': (content: unknown) => html`<div style="float: right">${content}</div><p>Host text around it.</p>`,
    'an inline-block': (content: unknown) => html`<div style="display: inline-block">${content}</div>`,
    'a modal dialog': (content: unknown) => html`<dialog>${content}</dialog>`,
  };
  const tags = ['news-article-card', 'news-article-list', 'news-category-nav', 'news-article'];
  let page: HTMLElement;
  afterEach(() => page.remove());

  async function show(content: unknown): Promise<void> {
    page = document.createElement('div');
    document.body.append(page);
    render(content, page);
    page.querySelector('dialog')?.showModal();
    await waitUntil(() => visibleTitles(page.querySelector('news-article-list')!).length === 2, 'the list renders', {timeout: 4000});
  }
  const widths = () => tags.map((tag) => Math.round(page.querySelector(tag)!.getBoundingClientRect().width));

  for (const [name, box] of Object.entries(boxes)) {
    it(`in ${name}, each widget keeps a readable width and the page does not scroll sideways`, async () => {
      await show(box(widgets()));
      const available = document.documentElement.clientWidth;
      // About 20 characters a line at least (or the whole width, on a narrower screen).
      for (const [i, width] of widths().entries()) expect(width >= Math.min(240, available - 40), `${tags[i]} is ${width}px wide`).to.be.true;
      expect(document.documentElement.scrollWidth <= available, 'no sideways scroll').to.be.true;
    });
  }

  it('still shrinks with a grid column or a flex item narrower than that width', async () => {
    const column = (content: unknown) => html`<div>${content}</div>`;
    await show(html`<div style="display: grid; grid-template-columns: repeat(4, 1fr); width: 360px">${tags.map(() => column(widgets()))}</div>`);
    const grid = page.firstElementChild!;
    for (const widget of Array.from(grid.querySelectorAll(':scope > div > *'))) expect(widget.getBoundingClientRect().width <= 90, `${widget.localName} fits its column`).to.be.true;
  });
});
