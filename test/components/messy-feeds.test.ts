import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {NewsArticle} from '../../src/components/article/article.js';
import type {NewsArticleCard} from '../../src/components/article-card/article-card.js';
import {adaptFeed} from '../../src/data/adapt.js';
import type {Article} from '../../src/data/model.js';
import {fresh, shadowText} from '../helpers.js';

const PUBLISHED = '2024-03-12T22:30:00Z';

/** What real feeds and CMS settings hand the widgets, and what a reader should see of it. */
describe('messy input, as readers see it', () => {
  for (const zone of ['Europe/Pariss', '']) {
    it(`a time-zone the browser does not know (${JSON.stringify(zone)}) gives the reader's own, not an endless skeleton`, async () => {
      const card = await fixture<NewsArticleCard>(
        html`<news-article-card lang="en" date-format="absolute" time-zone=${zone} .article=${{id: 'z', title: 'Zoned', published: PUBLISHED}}></news-article-card>`,
      );
      await waitUntil(() => shadowText(card, 'time'), 'the date');
      expect(shadowText(card, 'time')).to.equal(new Intl.DateTimeFormat('en', {dateStyle: 'medium'}).format(Date.parse(PUBLISHED)));
      expect(card.shadowRoot!.querySelector('[aria-busy]')).to.equal(null);
    });
  }

  it('dates a story by its last change when that is all the feed gives, and a date without a time by its calendar day', async () => {
    const result = adaptFeed({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        {id: 'm', title: 'Modified only', date_modified: PUBLISHED},
        {id: 'd', title: 'Date only', date_published: '2024-03-12'},
      ],
    });
    if (!result.ok) throw result.error;
    const [modified, dateOnly] = result.value.articles;
    const wrapper = await fixture(html`<div lang="en">
      <news-article-card date-format="absolute" time-zone="Europe/Paris" .article=${modified}></news-article-card>
      <news-article-card date-format="absolute" time-zone="America/Los_Angeles" .article=${dateOnly}></news-article-card>
    </div>`);
    const [first, second] = Array.from(wrapper.querySelectorAll<NewsArticleCard>('news-article-card'));
    await waitUntil(() => shadowText(first, 'time') && shadowText(second, 'time'), 'both dates');
    expect(shadowText(first, 'time')).to.equal('Mar 12, 2024');
    expect(Date.parse(first.shadowRoot!.querySelector('time')!.dateTime)).to.equal(Date.parse(PUBLISHED));
    // Read as UTC midnight, the 12th was the 11th in Los Angeles.
    expect(shadowText(second, 'time')).to.equal('Mar 12, 2024');
    expect(second.shadowRoot!.querySelector('time')!.title).to.equal('March 12, 2024');
  });

  it('runs content in its own direction: an Arabic story on an English page, an English one on an Arabic page', async () => {
    const arabic: Article = {id: 'ar', title: 'عنوان الخبر', summary: 'ملخص قصير', contentHtml: '<p>نص المقال</p>', language: 'ar'};
    const english: Article = {id: 'en', title: 'A headline', summary: 'A short summary', language: 'en'};
    const wrapper = await fixture(html`<div>
      <div lang="en"><news-article .article=${arabic}></news-article></div>
      <div lang="ar"><news-article-card .article=${english}></news-article-card></div>
    </div>`);
    const article = wrapper.querySelector<NewsArticle>('news-article')!;
    const card = wrapper.querySelector<NewsArticleCard>('news-article-card')!;
    await waitUntil(() => article.shadowRoot?.querySelector('[part~="body"]') && card.shadowRoot?.querySelector('[part~="body"]'), 'both render');
    const direction = (el: Element, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!).direction;
    expect(direction(article, '[part~="body"]')).to.equal('rtl');
    expect(direction(article, '[part~="lead"]')).to.equal('rtl');
    expect(direction(article, '[part~="title"] span')).to.equal('rtl');
    expect(direction(card, '[part~="body"]')).to.equal('ltr');
    // The card's own labels stay in the page's language and direction.
    expect(direction(card, '[part~="base"]')).to.equal('rtl');
  });

  it("wraps a card teaser's long unbroken word instead of cutting it at the card's edge", async () => {
    const long = `Die ${'Donaudampfschifffahrtsgesellschaft'.repeat(4)}kapitänswitwe kommt`;
    const card = await fixture<NewsArticleCard>(html`<news-article-card lang="en" style="width: 300px" .article=${{id: 'l', title: 'Long', summary: long}}></news-article-card>`);
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="summary"]'), 'the teaser');
    const summary = card.shadowRoot!.querySelector<HTMLElement>('[part~="summary"]')!;
    expect(summary.scrollWidth).to.be.at.most(summary.clientWidth);
  });

  for (const tag of ['news-article-card', 'news-article']) {
    it(`${tag}: an article-id the feed does not have fires news-error (not-found) once, and says so to the reader`, async () => {
      const src = fresh('/test/fixtures/card-feed.json');
      const wrapper = await fixture(html`<div lang="en"></div>`);
      const errors: {kind: string; src?: string}[] = [];
      wrapper.addEventListener('news-error', (event) => errors.push((event as CustomEvent).detail));
      const el = document.createElement(tag) as HTMLElement & {updateComplete: Promise<unknown>; requestUpdate(): void};
      el.setAttribute('src', src);
      el.setAttribute('article-id', 'no-such-story');
      wrapper.append(el);
      await waitUntil(() => shadowText(el, '[role="alert"]'), 'the message');
      expect(shadowText(el, '[role="alert"]')).to.equal('This article is not available.');
      // A re-render (the clock, a language change) is not a new failure.
      el.requestUpdate();
      await el.updateComplete;
      expect(errors.map((e) => [e.kind, e.src])).to.deep.equal([['not-found', src]]);
    });
  }

  it('says "Updated" only for a change at a later minute than publication', async () => {
    const published = '2024-05-02T08:00:00Z';
    const updatedLines = async (updated: string) => {
      const el = await fixture<NewsArticle>(html`<news-article lang="en" time-zone="UTC" .article=${{id: 'u', title: 'T', published, updated}}></news-article>`);
      return Array.from(el.shadowRoot!.querySelectorAll('time')).map((t) => t.parentElement!.textContent!.replace(/\s+/g, ' ').trim());
    };
    // WordPress stamps "modified" seconds after publishing; a scheduled post was modified before it went out.
    expect(await updatedLines('2024-05-02T08:00:04Z')).to.deep.equal(['May 2, 2024 at 8:00 AM']);
    expect(await updatedLines('2024-05-01T17:00:00Z')).to.deep.equal(['May 2, 2024 at 8:00 AM']);
    expect(await updatedLines('2024-05-02T10:30:00Z')).to.deep.equal(['May 2, 2024 at 8:00 AM', 'Updated May 2, 2024 at 10:30 AM']);
  });

  it('reads a title of zero-width characters alone as no title', async () => {
    const result = adaptFeed({
      version: 'https://jsonfeed.org/version/1.1',
      items: [{id: '1', url: 'https://news.example/1', title: '\u200b\u2060\ufeff', content_text: 'A post without a title.'}],
    });
    expect(result.ok).to.be.true;
    const article = result.ok ? result.value.articles[0] : undefined;
    expect(article?.title).to.equal(undefined);
    const card = await fixture<NewsArticleCard>(html`<news-article-card lang="en" .article=${article}></news-article-card>`);
    await waitUntil(() => shadowText(card, '[part~="title"]'), 'the headline');
    // Named by its own words, as a post without a title is.
    expect(shadowText(card, '[part~="title"]')).to.equal('A post without a title.');
  });
});
