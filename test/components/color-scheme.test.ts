import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../../src/define.js';
import type {NewsArticle} from '../../src/components/article/article.js';
import {bareArticle, fullArticle} from '../fixtures/card-articles.js';
import {fresh} from '../helpers.js';

// The defaults of theme.styles.ts, as getComputedStyle writes them.
const LIGHT = {surface: 'rgb(255, 255, 255)', text: 'rgb(27, 27, 31)'};
const DARK = {surface: 'rgb(28, 28, 33)', text: 'rgb(236, 236, 241)'};

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!;
const cardColours = (card: Element) => ({surface: getComputedStyle(part(card, 'base')).backgroundColor, text: getComputedStyle(part(card, 'title')).color});

/** A card inside a wrapper that plays the page, with the page's `color-scheme` (none when empty). */
async function cardOnPage(scheme: string, attrs = '') {
  const page = await fixture(html`<div style="color-scheme: ${scheme || 'normal'}"></div>`);
  page.innerHTML = `<news-article-card lang="en" ${attrs}></news-article-card>`;
  const card = page.firstElementChild as HTMLElement & {article: unknown; updateComplete: Promise<unknown>};
  card.article = bareArticle;
  await card.updateComplete;
  return card;
}

describe('colour scheme', () => {
  afterEach(() => emulateMedia({colorScheme: 'light'}));

  it("follows the page's color-scheme, not the reader's preference alone", async () => {
    await emulateMedia({colorScheme: 'dark'});
    // A page that says nothing is a light page (most are): its widgets stay light for a reader who prefers dark.
    expect(cardColours(await cardOnPage(''))).to.deep.equal(LIGHT);
    expect(cardColours(await cardOnPage('light'))).to.deep.equal(LIGHT);
    // A page that offers both follows the reader; one that is dark is dark whatever the reader prefers.
    expect(cardColours(await cardOnPage('light dark'))).to.deep.equal(DARK);
    expect(cardColours(await cardOnPage('dark'))).to.deep.equal(DARK);
    await emulateMedia({colorScheme: 'light'});
    expect(cardColours(await cardOnPage('light dark'))).to.deep.equal(LIGHT);
    expect(cardColours(await cardOnPage('dark'))).to.deep.equal(DARK);
  });

  it('follows the color-scheme meta tag of the page', async () => {
    const meta = Object.assign(document.createElement('meta'), {name: 'color-scheme', content: 'light dark'});
    document.head.append(meta);
    try {
      await emulateMedia({colorScheme: 'dark'});
      expect(cardColours(await cardOnPage(''))).to.deep.equal(DARK);
    } finally {
      meta.remove();
    }
  });

  it('lets the theme attribute, and a page rule on the element, override the page', async () => {
    expect(cardColours(await cardOnPage('light', 'theme="dark"'))).to.deep.equal(DARK);
    expect(cardColours(await cardOnPage('dark', 'theme="light"'))).to.deep.equal(LIGHT);
    // A host page can set color-scheme on the widgets themselves, say from its own dark-mode media query.
    expect(cardColours(await cardOnPage('light', 'style="color-scheme: dark"'))).to.deep.equal(DARK);
  });

  it("gives a page's own colour both schemes, and light-dark() one for each", async () => {
    const one = await cardOnPage('dark', 'style="--news-color-surface: rgb(1, 2, 3)"');
    expect(cardColours(one).surface).to.equal('rgb(1, 2, 3)');
    const each = await cardOnPage('dark', 'style="--news-color-surface: light-dark(rgb(1, 2, 3), rgb(4, 5, 6))"');
    expect(cardColours(each).surface).to.equal('rgb(4, 5, 6)');
  });

  it('reaches the cards of a list and the items of a nav, and stays readable in dark', async () => {
    const page = await fixture(html`<div style="color-scheme: dark; background: Canvas">
      <news-article-list lang="en" src=${fresh('/test/fixtures/list-feed-1.json')} limit="2"></news-article-list>
      <news-category-nav lang="en" .categories=${[{slug: 'politics', name: 'Politics'}]}></news-category-nav>
    </div>`);
    const [list, nav] = Array.from(page.children) as (HTMLElement & {updateComplete: Promise<unknown>})[];
    await nav.updateComplete;
    const cards = () => Array.from(list.shadowRoot!.querySelectorAll('news-article-card:not([loading])'));
    await waitUntil(() => cards().length === 2, 'the list shows its cards');
    for (const card of cards()) expect(cardColours(card)).to.deep.equal(DARK);
    expect(getComputedStyle(nav.shadowRoot!.querySelector('[data-key="c:politics"]')!).color).to.equal(DARK.text);
    await expect(list).to.be.accessible();
    await expect(nav).to.be.accessible();
  });

  it('brings its own surface when forced to the scheme the page does not have, so headings and text stay readable', async () => {
    const light = await fixture(html`<div style="color-scheme: light; background: Canvas">
      <news-article-list lang="en" theme="dark" heading="Latest" src=${fresh('/test/fixtures/list-feed-1.json')} limit="2"></news-article-list>
    </div>`);
    const dark = await fixture(html`<div style="color-scheme: dark; background: Canvas">
      <news-article lang="en" theme="light" .article=${fullArticle()}></news-article>
    </div>`);
    const list = light.firstElementChild as HTMLElement;
    const article = dark.firstElementChild as NewsArticle;
    await article.updateComplete;
    await waitUntil(() => list.shadowRoot!.querySelectorAll('news-article-card:not([loading])').length === 2, 'the list shows its cards');
    expect(getComputedStyle(list).backgroundColor).to.equal(DARK.surface);
    expect(getComputedStyle(list.shadowRoot!.querySelector('[part~="heading"]')!).color).to.equal(DARK.text);
    expect(getComputedStyle(article.shadowRoot!.querySelector('.article')!).backgroundColor).to.equal(LIGHT.surface);
    await expect(list).to.be.accessible();
    await expect(article).to.be.accessible();
  });

  it('shows an article on the page like its text, unless forced dark, when it brings its own surface', async () => {
    const page = await fixture(html`<div style="color-scheme: dark; background: Canvas">
      <news-article lang="en" .article=${fullArticle()}></news-article>
      <news-article lang="en" theme="dark" .article=${fullArticle()}></news-article>
    </div>`);
    const [following, forced] = Array.from(page.children) as NewsArticle[];
    await Promise.all([following.updateComplete, forced.updateComplete]);
    const box = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.article')!);
    expect(box(following).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(box(following).paddingTop).to.equal('0px');
    expect(getComputedStyle(part(following, 'title')).color).to.equal(DARK.text);
    expect(box(forced).backgroundColor).to.equal(DARK.surface);
    expect(box(forced).paddingTop).to.not.equal('0px');
    await expect(following).to.be.accessible();
  });
});
