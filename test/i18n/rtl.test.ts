import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import type {NewsArticleCard} from '../../src/components/article-card/article-card.js';
import type {NewsArticleList} from '../../src/components/article-list/article-list.js';
import type {NewsCategoryNav} from '../../src/components/category-nav/category-nav.js';
import type {NewsArticle} from '../../src/components/article/article.js';
import type {Article, Category} from '../../src/data/model.js';
import {fresh, shownCards} from '../helpers.js';
import {catalog, effectiveLang, fill, inShadow, shadowText} from './i18n-helpers.js';

const article: Article = {
  id: 'r',
  url: 'https://news.example/r',
  title: 'Ŧ',
  summary: '§ŝ§',
  image: {src: new URL('/test/fixtures/images/photo.svg', location.href).href, alt: 'Ãļ', width: 1200, height: 675},
  authors: [{name: 'Zø Ŭ'}],
  commentCount: 2,
  tags: [
    {name: 'Ŧæĝ1', slug: 't1'},
    {name: 'Ŧæĝ2', slug: 't2'},
  ],
};

const CATEGORIES: Category[] = [1, 2, 3].map((n) => ({id: `k${n}`, name: `Ķ${n}`, slug: `k${n}`}));

const box = (el: Element | null) => el!.getBoundingClientRect();
const direction = (el: Element) => getComputedStyle(el).direction;

/** Where a horizontal card puts its image: 'left' or 'right' of the text. */
function imageSide(card: NewsArticleCard): 'left' | 'right' {
  const media = box(inShadow(card, '[part~="media"]'));
  const body = box(inShadow(card, '[part~="body"]'));
  if (media.right <= body.left + 1) return 'left';
  if (media.left >= body.right - 1) return 'right';
  throw new Error(`the image box overlaps the text: ${JSON.stringify({media, body})}`);
}

const horizontalCard = (lang: string) =>
  html`<news-article-card lang=${lang} variant="horizontal" .article=${article} style="width: 700px"></news-article-card>`;

describe('i18n: right-to-left', () => {
  describe('Arabic, without any dir on the page', () => {
    it('turns a card around: the image box is to the right of the text', async () => {
      const wrapper = await fixture(html`<div>${horizontalCard('ar')}${horizontalCard('en')}</div>`);
      const [ar, en] = Array.from(wrapper.querySelectorAll<NewsArticleCard>('news-article-card'));
      await ar.updateComplete;
      expect(ar.hasAttribute('data-rtl')).to.be.true;
      expect(direction(ar)).to.equal('rtl');
      expect(direction(inShadow(ar, '[part~="title"]')!)).to.equal('rtl');
      expect(imageSide(ar)).to.equal('right');
      expect(en.hasAttribute('data-rtl')).to.be.false;
      expect(imageSide(en)).to.equal('left');
      // The meta items run from the right too.
      const [first, second] = Array.from(ar.shadowRoot!.querySelectorAll('[part~="meta"] li'), box);
      expect(second.right).to.be.at.most(first.left + 1);
    });

    it('turns a list and its cards around', async () => {
      const el = await fixture<NewsArticleList>(html`<news-article-list lang="ar" src=${fresh('/test/fixtures/i18n-feed.json')} style="width: 700px"></news-article-list>`);
      await waitUntil(() => shownCards(el) === 4, 'four cards');
      expect(direction(el)).to.equal('rtl');
      const card = inShadow<NewsArticleCard>(el, 'news-article-card')!;
      expect(card.hasAttribute('data-rtl')).to.be.true;
      expect(imageSide(card)).to.equal('right');
    });

    async function carousel(): Promise<NewsArticleList> {
      const el = await fixture<NewsArticleList>(
        html`<news-article-list lang="ar" layout="carousel" src=${fresh('/test/fixtures/i18n-feed.json')} style="width: 400px"></news-article-list>`,
      );
      await waitUntil(() => shownCards(el) === 4, 'four cards');
      return el;
    }

    it('scrolls the carousel toward the left on "next"', async () => {
      const el = await carousel();
      const scroller = inShadow(el, '[part~="scroller"]')!;
      expect(direction(scroller)).to.equal('rtl');
      // The first card starts at the right edge.
      const [first, second] = Array.from(scroller.querySelectorAll('news-article-card'), box);
      expect(second.right).to.be.at.most(first.left + 1);
      inShadow(el, '[part~="next"]')!.click();
      await waitUntil(() => scroller.scrollLeft < 0, 'scrolled toward the left');
      const previous = inShadow<HTMLButtonElement>(el, '[part~="previous"]')!;
      await waitUntil(() => !previous.disabled, 'previous enabled');
    });

    it('mirrors the carousel\'s arrows', async () => {
      const el = await carousel();
      const next = inShadow(el, '[part~="next"] svg')!;
      // The "next" chevron points left, the way the cards move.
      expect(getComputedStyle(next).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    });

    it('moves the nav\'s focus to the next item with ArrowLeft', async () => {
      const el = await fixture<NewsCategoryNav>(html`<news-category-nav lang="ar" .categories=${CATEGORIES} style="width: 700px"></news-category-nav>`);
      await waitUntil(() => inShadow(el, 'nav [part~="link"]'), 'items');
      expect(direction(el)).to.equal('rtl');
      const links = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list"] [part~="link"]'));
      const [all, first] = links.map(box);
      expect(first.right).to.be.at.most(all.left + 1);
      links[0].focus();
      const focusedKey = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key;
      await sendKeys({press: 'ArrowLeft'});
      expect(focusedKey()).to.equal('c:k1');
      await sendKeys({press: 'ArrowLeft'});
      expect(focusedKey()).to.equal('c:k2');
      await sendKeys({press: 'ArrowRight'});
      expect(focusedKey()).to.equal('c:k1');
    });

    it('turns an article around', async () => {
      const el = await fixture<NewsArticle>(html`<news-article lang="ar" .article=${article} style="width: 700px"></news-article>`);
      expect(direction(el)).to.equal('rtl');
      const [first, second] = Array.from(el.shadowRoot!.querySelectorAll('[part~="tag"]'), box);
      expect(second.right).to.be.at.most(first.left + 1);
      // Start-aligned text hugs the right edge.
      const title = inShadow(el, '[part~="title"]')!;
      const range = document.createRange();
      range.selectNodeContents(title);
      expect(Math.abs(range.getBoundingClientRect().right - box(title).right)).to.be.below(2);
    });
  });

  describe('a direction the page chose', () => {
    it('keeps Arabic widgets left-to-right under dir="ltr"', async () => {
      const wrapper = await fixture(html`<div dir="ltr"><div lang="ar">${horizontalCard('ar')}</div></div>`);
      const card = wrapper.querySelector<NewsArticleCard>('news-article-card')!;
      await card.updateComplete;
      expect(card.hasAttribute('data-rtl')).to.be.false;
      expect(direction(card)).to.equal('ltr');
      expect(imageSide(card)).to.equal('left');
      // Still Arabic labels.
      const ar = await catalog('ar');
      expect(shadowText(card, '[part~="comments"]')).to.equal(fill(ar.get('comments.two'), new Intl.NumberFormat('ar').format(2)));
    });

    it('follows dir set or removed later', async () => {
      const wrapper = await fixture(html`<div lang="ar">${horizontalCard('ar')}</div>`);
      const card = wrapper.querySelector<NewsArticleCard>('news-article-card')!;
      await card.updateComplete;
      expect(imageSide(card)).to.equal('right');
      wrapper.setAttribute('dir', 'ltr');
      await waitUntil(() => !card.hasAttribute('data-rtl'), 'back to left-to-right');
      expect(imageSide(card)).to.equal('left');
      wrapper.removeAttribute('dir');
      await waitUntil(() => card.hasAttribute('data-rtl'), 'right-to-left again');
      expect(imageSide(card)).to.equal('right');
    });
  });

  it('turns Hebrew (no catalog) around too, with English labels marked as such', async () => {
    const card = await fixture<NewsArticleCard>(horizontalCard('he'));
    expect(direction(card)).to.equal('rtl');
    expect(imageSide(card)).to.equal('right');
    const en = await catalog('en');
    const comments = inShadow(card, '[part~="comments"]')!;
    expect(shadowText(card, '[part~="comments"]')).to.equal(fill(en.get('comments.other'), '2'));
    expect(effectiveLang(comments)).to.equal('en');
    expect(effectiveLang(inShadow(card, '[part~="title"] a')!)).to.equal('he');
  });
});
