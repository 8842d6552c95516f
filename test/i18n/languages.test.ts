import {expect, fixture, html, nextFrame, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {NewsArticleCard} from '../../src/components/article-card/article-card.js';
import type {NewsArticleList} from '../../src/components/article-list/article-list.js';
import type {NewsCategoryNav} from '../../src/components/category-nav/category-nav.js';
import type {NewsArticle} from '../../src/components/article/article.js';
import type {NewsRelatedList} from '../../src/components/related-list/related-list.js';
import type {Article, Category} from '../../src/data/model.js';
import {formatDateTime} from '../../src/i18n/format.js';
import {registerLocale} from '../../src/i18n/locale.js';
import {fresh, labelOf, shownCards} from '../helpers.js';
import {faultServerUrl} from '/__fault-server.js';
import {LANGUAGES, catalog, clean, effectiveLang, fill, inShadow, pluralId, shadowText} from './i18n-helpers.js';
import type {Pieces} from './i18n-helpers.js';

const feed = () => fresh('/test/fixtures/i18n-feed.json');
const emptyFeed = () => fresh('/test/fixtures/i18n-empty-feed.json');
const missing = () => fresh('/test/fixtures/does-not-exist.json');

const CATEGORIES: Category[] = [1, 2, 3, 4, 5, 6].map((n) => ({id: `k${n}`, name: `Ķ${n}`, slug: `k${n}`}));

/** A card's worth of labels and no title, so that "Untitled article" shows too. */
const untitledCard: Article = {id: 'c', url: 'https://news.example/c', authors: [{name: 'Zø Ŭ'}], commentCount: 2, readingTimeMinutes: 4};

const UPDATED = '2024-03-13T08:15:00Z';
const fullArticle: Article = {
  id: 'a',
  title: 'Ŧ',
  summary: '§ŝ§',
  contentHtml: '<p>Ƀ</p>',
  source: {name: 'Ŝŕ', url: 'https://agency.example/'},
  published: '2024-03-12T22:30:00Z',
  updated: UPDATED,
  tags: [{name: 'Ŧæĝ', slug: 't'}],
};

type Messages = (id: string, ...values: string[]) => string;

async function messagesOf(lang: (typeof LANGUAGES)[number]): Promise<Messages> {
  const messages: Map<string, Pieces> = await catalog(lang);
  return (id, ...values) => {
    if (!messages.has(id)) throw new Error(`xliff: no ${lang} text for "${id}"`);
    return fill(messages.get(id), ...values);
  };
}

/** Waits for a match in the shadow root and returns it. */
async function found<T extends Element = HTMLElement>(el: Element, selector: string, timeout = 3000): Promise<T> {
  await waitUntil(() => inShadow(el, selector), `${el.localName}: ${selector}`, {timeout});
  return inShadow<T>(el, selector)!;
}

/** The elements of a shadow root (and of the shadow roots inside it) that carry lang="en". */
function englishMarks(el: Element): Element[] {
  const marks: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const node of Array.from(root.querySelectorAll('*'))) {
      if (node.getAttribute('lang') === 'en') marks.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(el.shadowRoot!);
  return marks;
}

describe('i18n: every widget in every language', () => {
  for (const lang of LANGUAGES) {
    describe(lang, () => {
      let m: Messages;
      before(async () => {
        m = await messagesOf(lang);
      });

      it('card: untitled link, byline, comments, reading time, loading', async () => {
        const el = await fixture<NewsArticleCard>(html`<news-article-card lang=${lang} .article=${untitledCard}></news-article-card>`);
        const number = new Intl.NumberFormat(lang);
        const minutes = new Intl.NumberFormat(lang, {style: 'unit', unit: 'minute', unitDisplay: 'long'});
        expect(shadowText(el, '[part~="link"]')).to.equal(m('article.untitled'));
        expect(shadowText(el, '[part~="byline"]')).to.equal(m('byline.authors', 'Zø Ŭ'));
        expect(shadowText(el, '[part~="comments"]')).to.equal(m(pluralId(new Intl.PluralRules(lang).select(2)), number.format(2)));
        expect(shadowText(el, '[part~="reading-time"]')).to.equal(m('readingTime', minutes.format(4)));
        expect(englishMarks(el), 'no label marked as English').to.deep.equal([]);

        const loading = await fixture<NewsArticleCard>(html`<news-article-card lang=${lang} loading></news-article-card>`);
        expect(shadowText(loading, '[role="status"]')).to.equal(m('state.loading'));
      });

      it('list: empty state without a heading, Load more, carousel labels', async () => {
        const empty = await fixture<NewsArticleList>(html`<news-article-list lang=${lang} src=${emptyFeed()}></news-article-list>`);
        expect(clean((await found(empty, '[part~="message"]')).textContent)).to.equal(m('list.empty'));
        expect(inShadow(empty, '[part~="heading"]')).to.equal(null);

        const paged = await fixture<NewsArticleList>(html`<news-article-list lang=${lang} limit="1" src=${feed()}></news-article-list>`);
        expect(clean((await found(paged, '[part~="load-more"]')).textContent)).to.equal(m('list.loadMore'));

        const carousel = await fixture<NewsArticleList>(html`<news-article-list lang=${lang} layout="carousel" src=${feed()}></news-article-list>`);
        await waitUntil(() => shownCards(carousel) > 0, 'the carousel\'s cards');
        expect(inShadow(carousel, '[part~="previous"]')!.getAttribute('aria-label')).to.equal(m('list.previous'));
        expect(inShadow(carousel, '[part~="next"]')!.getAttribute('aria-label')).to.equal(m('list.next'));
        // Without a heading, the scrolling region is named by our own label.
        expect(labelOf(inShadow(carousel, '[part~="scroller"]'))).to.equal(m('list.label'));
      });

      it('related list: default heading of each relation, and the empty message', async () => {
        const wrapper = await fixture(html`<div lang=${lang}>
          <news-related-list src=${feed()} article-id="i1" relation="topic"></news-related-list>
          <news-related-list src=${feed()} article-id="i1" relation="category"></news-related-list>
          <news-related-list src=${feed()} article-id="i1" relation="author"></news-related-list>
          <news-related-list src=${feed()} article-id="none" empty="message"></news-related-list>
        </div>`);
        const [topic, category, author, none] = Array.from(wrapper.querySelectorAll<NewsRelatedList>('news-related-list'));
        await waitUntil(() => [topic, category, author].every((list) => shownCards(list) > 0), 'related stories');
        expect(shadowText(topic, '[part~="heading"]')).to.equal(m('related.sameTopic'));
        expect(shadowText(category, '[part~="heading"]')).to.equal(m('related.sameCategory'));
        expect(shadowText(author, '[part~="heading"]')).to.equal(m('related.sameAuthor'));
        expect(clean((await found(none, '[part~="message"]')).textContent)).to.equal(m('related.empty'));
        expect(shadowText(none, '[part~="heading"]')).to.equal(m('related.sameTopic'));
      });

      it('category nav: All, its name, and More when narrow', async () => {
        const wide = await fixture<NewsCategoryNav>(html`<news-category-nav lang=${lang} .categories=${CATEGORIES} style="width: 1000px"></news-category-nav>`);
        expect(shadowText(wide, '[part~="link"]')).to.equal(m('nav.all'));
        expect(labelOf(inShadow(wide, 'nav'))).to.equal(m('nav.label'));

        const narrow = await fixture<NewsCategoryNav>(html`<news-category-nav lang=${lang} .categories=${CATEGORIES} style="width: 150px"></news-category-nav>`);
        expect(clean((await found(narrow, '[part~="more"]')).textContent)).to.equal(m('nav.more'));
      });

      it('article: Updated, Source, tags, Read the original, Untitled', async () => {
        const el = await fixture<NewsArticle>(html`<news-article lang=${lang} time-zone="UTC" .article=${fullArticle}></news-article>`);
        const times = Array.from(el.shadowRoot!.querySelectorAll('time'));
        expect(clean(times.at(-1)!.textContent)).to.equal(m('article.updated', formatDateTime(UPDATED, lang, 'UTC')!));
        expect(shadowText(el, '[part~="source"]')).to.equal(m('article.source', 'Ŝŕ'));
        expect(labelOf(inShadow(el, '[part~="tags"]'))).to.equal(m('article.tags'));

        const original = await fixture<NewsArticle>(html`<news-article lang=${lang} .article=${{id: 'o', url: 'https://news.example/o'}}></news-article>`);
        expect(shadowText(original, '[part~="source"]')).to.equal(m('article.readOriginal'));
        expect(shadowText(original, '[part~="title"]')).to.equal(m('article.untitled'));
      });

      it('errors: a failed feed with Retry, an article not in the feed', async () => {
        const list = await fixture<NewsArticleList>(html`<news-article-list lang=${lang} src=${missing()}></news-article-list>`);
        const alert = await found(list, '[role="alert"]');
        expect(clean(alert.querySelector('span')!.textContent)).to.equal(m('error.http'));
        expect(shadowText(list, '[part~="retry"]')).to.equal(m('state.retry'));

        const card = await fixture<NewsArticleCard>(html`<news-article-card lang=${lang} src=${feed()} article-id="nope"></news-article-card>`);
        expect(clean((await found(card, '[part~="message"]')).textContent)).to.equal(m('error.notFound'));
      });
    });
  }
});

describe('i18n: which catalog answers', () => {
  let en: Messages;
  before(async () => {
    en = await messagesOf('en');
  });

  const comments = async (lang: string) => {
    const wrapper = await fixture(html`<div lang=${lang}><news-article-card .article=${{id: 'x', title: 't', commentCount: 2}}></news-article-card></div>`);
    const card = wrapper.querySelector<NewsArticleCard>('news-article-card')!;
    await card.updateComplete;
    return {card, text: shadowText(card, '[part~="comments"]')};
  };

  const regional: Array<[string, (typeof LANGUAGES)[number]]> = [
    ['fr-CA', 'fr'],
    ['pt-BR', 'pt'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hans'],
  ];
  for (const [tag, expected] of regional) {
    it(`${tag} speaks ${expected}`, async () => {
      const m = await messagesOf(expected);
      const {card, text} = await comments(tag);
      expect(text).to.equal(m(pluralId(new Intl.PluralRules(expected).select(2)), new Intl.NumberFormat(expected).format(2)));
      expect(englishMarks(card)).to.deep.equal([]);
    });
  }

  describe('a language without a catalog (sw): English labels marked lang="en", content left alone', () => {
    /** Each label's language is English; each piece of feed content keeps the page's. */
    function expectLangs(el: Element, labels: Element[], content: Element[] = []): void {
      expect(labels.length, 'labels found').to.be.greaterThan(0);
      for (const label of labels) expect(effectiveLang(label), `${el.localName} label "${clean(label.textContent) || label.outerHTML}"`).to.equal('en');
      for (const piece of content) expect(effectiveLang(piece), `${el.localName} content "${clean(piece.textContent)}"`).to.equal('sw');
    }
    const all = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll(selector));
    /** The element that names `selector`'s element for screen readers (aria-labelledby), so its `lang` can be read. */
    const nameOf = (el: Element, selector: string) => el.shadowRoot!.getElementById(el.shadowRoot!.querySelector(selector)?.getAttribute('aria-labelledby') ?? '')!;

    it('card', async () => {
      const wrapper = await fixture(html`<div lang="sw">
        <news-article-card .article=${untitledCard}></news-article-card>
        <news-article-card .article=${{id: 'd', title: 'Ŧ', summary: '§ŝ§', commentCount: 2}}></news-article-card>
      </div>`);
      const [untitled, titled] = Array.from(wrapper.querySelectorAll<NewsArticleCard>('news-article-card'));
      await titled.updateComplete;
      expect(shadowText(untitled, '[part~="link"]')).to.equal(en('article.untitled'));
      expect(shadowText(untitled, '[part~="comments"]')).to.equal(en('comments.other', '2'));
      expectLangs(untitled, [...all(untitled, '[part~="link"] span'), ...all(untitled, '[part~="meta"] li')]);
      expectLangs(titled, all(titled, '[part~="comments"]'), [...all(titled, '[part~="link"]'), ...all(titled, '[part~="summary"]')]);
    });

    it('lists: heading, empty message, Load more, carousel buttons', async () => {
      const wrapper = await fixture(html`<div lang="sw">
        <news-article-list src=${emptyFeed()}></news-article-list>
        <news-article-list src=${feed()} limit="1" layout="carousel"></news-article-list>
        <news-related-list src=${feed()} article-id="none" empty="message"></news-related-list>
      </div>`);
      const [empty, carousel] = Array.from(wrapper.querySelectorAll<NewsArticleList>('news-article-list'));
      const related = wrapper.querySelector<NewsRelatedList>('news-related-list')!;
      const emptyMessage = await found(empty, '[part~="message"]');
      await found(carousel, '[part~="load-more"]');
      const relatedMessage = await found(related, '[part~="message"]');
      expect(clean(emptyMessage.textContent)).to.equal(en('list.empty'));
      expectLangs(empty, [emptyMessage]);
      await waitUntil(() => shownCards(carousel) > 0, 'the carousel\'s cards');
      const card = inShadow(carousel, 'news-article-card')!;
      expectLangs(carousel, [...all(carousel, '[part~="load-more"], [part~="previous"], [part~="next"]'), nameOf(carousel, '[part~="scroller"]')], [card.shadowRoot!.querySelector('[part~="title"]')!]);
      expect(labelOf(inShadow(carousel, '[part~="scroller"]'))).to.equal(en('list.label'));
      expectLangs(related, [relatedMessage, inShadow(related, '[part~="heading"] span')!]);
    });

    it('category nav: All and More; category names left alone', async () => {
      const el = await fixture<NewsCategoryNav>(html`<news-category-nav lang="sw" .categories=${CATEGORIES} style="width: 150px"></news-category-nav>`);
      const more = await found(el, '[part~="more"]');
      const [allItem, ...categories] = all(el, '[part~="link"]');
      expect(clean(allItem.textContent)).to.equal(en('nav.all'));
      expectLangs(el, [allItem, more, nameOf(el, 'nav')], categories);
    });

    it('article: meta, source; title, lead and body left alone', async () => {
      const el = await fixture<NewsArticle>(html`<news-article lang="sw" .article=${fullArticle}></news-article>`);
      expectLangs(el, [...all(el, '[part~="meta"] time'), ...all(el, '[part~="source"] a'), nameOf(el, '[part~="tags"]')], all(el, '[part~="title"], [part~="lead"], [part~="body"] p, [part~="tag"]'));
    });

    it('loading and error states of the card, the lists and the article', async () => {
      const wrapper = await fixture(html`<div lang="sw">
        <news-article-card loading></news-article-card>
        <news-article-card src=${missing()}></news-article-card>
        <news-article-list src=${missing()}></news-article-list>
        <news-related-list src=${missing()} article-id="i1"></news-related-list>
        <news-article src=${missing()}></news-article>
        <news-article src=${feed()} article-id="nope"></news-article>
      </div>`);
      const widgets = Array.from(wrapper.children);
      // The first card only ever loads; the others end in an error.
      const labels = await Promise.all(widgets.map((el, i) => found(el, i === 0 ? '[role="status"]' : '[role="alert"]')));
      for (const [i, el] of widgets.entries()) {
        expectLangs(el, [labels[i], ...all(el, '[role="alert"] button')]);
      }
    });

    it('loading and error states of the category nav', async () => {
      const wrapper = await fixture(html`<div lang="sw">
        <news-category-nav src=${`${faultServerUrl}/hang?key=sw-nav-${Math.random()}`}></news-category-nav>
        <news-category-nav src=${missing()}></news-category-nav>
      </div>`);
      const [loading, failed] = Array.from(wrapper.children);
      expectLangs(loading, [await found(loading, '[role="status"]')]);
      expectLangs(failed, [await found(failed, '[role="alert"]'), ...all(failed, '[role="alert"] button')]);
    });

    it('the article\'s "Untitled article" headline', async () => {
      const el = await fixture<NewsArticle>(html`<news-article lang="sw" .article=${{id: 'u', summary: '§ŝ§'}}></news-article>`);
      expect(shadowText(el, '[part~="title"]')).to.equal(en('article.untitled'));
      const title = inShadow(el, '[part~="title"]')!;
      // The label itself, whatever element holds its text.
      const label = title.querySelector('span') ?? title;
      expectLangs(el, [label], all(el, '[part~="lead"]'));
    });
  });

  it('two widgets in two languages side by side each speak their own', async () => {
    const [fr, ja, ru] = await Promise.all([messagesOf('fr'), messagesOf('ja'), messagesOf('ru')]);
    const wrapper = await fixture(html`<div lang="en">
      <news-article-card lang="fr" .article=${{id: 'x', title: 't', commentCount: 5}}></news-article-card>
      <news-article-card lang="ja" .article=${{id: 'x', title: 't', commentCount: 5}}></news-article-card>
      <news-article-list lang="ru" src=${feed()} limit="1"></news-article-list>
    </div>`);
    const [frCard, jaCard] = Array.from(wrapper.querySelectorAll<NewsArticleCard>('news-article-card'));
    const list = wrapper.querySelector<NewsArticleList>('news-article-list')!;
    await waitUntil(() => shadowText(frCard, '[part~="comments"]') && shadowText(jaCard, '[part~="comments"]'), 'both cards render');
    expect(shadowText(frCard, '[part~="comments"]')).to.equal(fr('comments.other', '5'));
    expect(shadowText(jaCard, '[part~="comments"]')).to.equal(ja('comments.other', '5'));
    // The list's cards, in its shadow root, speak the list's language.
    await waitUntil(() => shownCards(list) === 1, 'the list\'s card renders');
    const card = inShadow(list, 'news-article-card')!;
    expect(shadowText(card, '[part~="comments"]')).to.equal(ru('comments.few', '2'));
    expect(shadowText(list, '[part~="load-more"]')).to.equal(ru('list.loadMore'));
  });

  it('re-renders at once when a wrapper\'s lang changes', async () => {
    const [es, it_] = await Promise.all([messagesOf('es'), messagesOf('it')]);
    const wrapper = await fixture(html`<div lang="es">
      <news-article-card .article=${{id: 'x', title: 't', commentCount: 5}}></news-article-card>
      <news-article-list src=${missing()}></news-article-list>
    </div>`);
    const card = wrapper.querySelector<NewsArticleCard>('news-article-card')!;
    const list = wrapper.querySelector<NewsArticleList>('news-article-list')!;
    await found(list, '[part~="retry"]');
    expect(shadowText(card, '[part~="comments"]')).to.equal(es('comments.other', '5'));
    expect(shadowText(list, '[part~="retry"]')).to.equal(es('state.retry'));
    wrapper.setAttribute('lang', 'it');
    await waitUntil(() => shadowText(card, '[part~="comments"]') === it_('comments.other', '5'), 'the card in Italian');
    await waitUntil(() => shadowText(list, '[part~="retry"]') === it_('state.retry'), 'the list in Italian');
    wrapper.setAttribute('lang', 'sw');
    await waitUntil(() => shadowText(card, '[part~="comments"]') === en('comments.other', '5'), 'the card back in English');
    expect(effectiveLang(inShadow(card, '[part~="comments"]')!)).to.equal('en');
  });

  it('re-renders at once when <html lang> changes', async () => {
    const de = await messagesOf('de');
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    try {
      const card = await fixture<NewsArticleCard>(html`<news-article-card .article=${{id: 'x', title: 't', commentCount: 5}}></news-article-card>`);
      root.setAttribute('lang', 'en');
      await waitUntil(() => shadowText(card, '[part~="comments"]') === en('comments.other', '5'), 'English');
      root.setAttribute('lang', 'de');
      await waitUntil(() => shadowText(card, '[part~="comments"]') === de('comments.other', '5'), 'German after <html lang> changed');
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    }
  });

  it('a language whose catalog cannot be loaded renders in English, after one attempt', async () => {
    let attempts = 0;
    registerLocale('ga', () => {
      attempts++;
      return Promise.reject(new Error('offline'));
    });
    const card = await fixture<NewsArticleCard>(html`<news-article-card lang="ga" .article=${{id: 'x', title: 't', commentCount: 11}}></news-article-card>`);
    // 11 is "other" in Irish as in English.
    await waitUntil(() => shadowText(card, '[part~="comments"]') === en('comments.other', '11'), 'English');
    await nextFrame();
    expect(attempts).to.equal(1);
  });

  it('a language registered after its widgets are in the page reaches them', async () => {
    const list = await fixture<NewsArticleList>(html`<news-article-list lang="eo" src=${missing()}></news-article-list>`);
    await found(list, '[role="alert"]');
    expect(shadowText(list, '[part~="retry"]')).to.equal(en('state.retry'));
    registerLocale('eo', async () => ({templates: {'state.retry': 'Reprovi'}}));
    await waitUntil(() => shadowText(list, '[part~="retry"]') === 'Reprovi', 'the registered language');
  });

  it("gives the cards of a list the feed's language when its stories name none", async () => {
    const body = {version: 'https://jsonfeed.org/version/1.1', language: 'en', items: [{id: '1', url: 'https://news.example/1', title: 'In English'}]};
    const src = `${faultServerUrl}/json?key=feed-language-${Date.now()}&body=${encodeURIComponent(JSON.stringify(body))}`;
    const list = await fixture<NewsArticleList>(html`<news-article-list lang="fr" src=${src}></news-article-list>`);
    await waitUntil(() => shownCards(list) === 1, 'the card');
    const card = list.shadowRoot!.querySelector('news-article-card')!;
    expect(effectiveLang(card.shadowRoot!.querySelector('[part~="title"]')!)).to.equal('en');
  });

  it('a language registered at run time answers what it has, English the rest', async () => {
    registerLocale('pl', async () => ({templates: {'state.retry': 'Ponów'}}));
    const list = await fixture<NewsArticleList>(html`<news-article-list lang="pl" src=${missing()}></news-article-list>`);
    const alert = await found(list, '[role="alert"]');
    expect(shadowText(list, '[part~="retry"]')).to.equal('Ponów');
    expect(clean(alert.querySelector('span')!.textContent)).to.equal(en('error.http'));
  });
});
