import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../../src/define.js';
import type {NewsRelatedList} from '../../../src/components/related-list/related-list.js';
import type {NewsProvider} from '../../../src/components/provider/provider.js';
import {cardTitles, fresh, shadowText, shownCards} from '../../helpers.js';

describe('news-related-list', () => {
  it('shows related stories with a default heading in the reader\'s language', async () => {
    const el = await fixture<NewsRelatedList>(
      html`<news-related-list lang="fr" src=${fresh('/test/fixtures/list-feed-1.json')} article-id="p1"></news-related-list>`,
    );
    await waitUntil(() => shownCards(el) === 3, 'three related stories');
    expect(shadowText(el, '[part~="heading"]')).to.equal('Même sujet');
    // A shared tag and the same category first, newest first among equals; then a shared tag alone.
    expect(cardTitles(el)).to.deep.equal(['Article P2', 'Article P3', 'Article E1']);
    await expect(el).to.be.accessible();
  });

  it('takes a heading and a limit', async () => {
    const el = await fixture<NewsRelatedList>(
      html`<news-related-list src=${fresh('/test/fixtures/list-feed-1.json')} article-id="p1" relation="category" heading="More politics" limit="1"></news-related-list>`,
    );
    await waitUntil(() => shownCards(el) === 1, 'one story');
    expect(shadowText(el, '[part~="heading"]')).to.equal('More politics');
    expect(cardTitles(el)).to.deep.equal(['Article P2']);
  });

  it('hides itself when nothing is related, or says so with empty="message"', async () => {
    const hidden = await fixture<NewsRelatedList>(
      html`<news-related-list src=${fresh('/test/fixtures/list-feed-1.json')} article-id="h2" relation="category" allow-duplicates limit="4"></news-related-list>`,
    );
    await waitUntil(() => shownCards(hidden) === 1, 'h1 is related');
    const none = await fixture<NewsRelatedList>(
      html`<news-related-list src=${fresh('/test/fixtures/list-feed-1.json')} article-id="unknown"></news-related-list>`,
    );
    await waitUntil(() => none.hasAttribute('data-empty'), 'hidden');
    expect(getComputedStyle(none).display).to.equal('none');
    expect(none.shadowRoot!.textContent!.trim()).to.equal('');
    const message = await fixture<NewsRelatedList>(
      html`<news-related-list lang="vi" empty="message" src=${fresh('/test/fixtures/list-feed-1.json')} article-id="unknown"></news-related-list>`,
    );
    await waitUntil(() => shadowText(message, '[part~="message"]'), 'a message');
    expect(shadowText(message, '[part~="message"]')).to.equal('Không có bài viết liên quan.');
  });

  describe('inside one provider', () => {
    async function articlePage(allowDuplicates = false) {
      const provider = await fixture<NewsProvider>(html`
        <news-provider src=${fresh('/test/fixtures/list-feed-1.json')} lang="en">
          <news-related-list article-id="p1" relation="topic" limit="1"></news-related-list>
          <news-related-list article-id="p1" relation="category" limit="2" ?allow-duplicates=${allowDuplicates}></news-related-list>
          <news-related-list article-id="p1" relation="author" limit="2"></news-related-list>
        </news-provider>
      `);
      const lists = Array.from(provider.querySelectorAll('news-related-list'));
      await waitUntil(() => lists.every((l) => shownCards(l) > 0 || l.hasAttribute('data-empty')), 'lists render');
      await Promise.all(lists.map((l) => l.updateComplete));
      return lists;
    }

    it('never repeats a story across the related lists of a page', async () => {
      const [topic, category, author] = await articlePage();
      expect(shadowText(topic, '[part~="heading"]')).to.equal('Same topic');
      expect(shadowText(category, '[part~="heading"]')).to.equal('Same category');
      expect(shadowText(author, '[part~="heading"]')).to.equal('Same author');
      const shown = [topic, category, author].flatMap(cardTitles);
      expect(shown.length).to.be.greaterThan(2);
      expect(new Set(shown).size).to.equal(shown.length);
      expect(shown).to.not.include('Article P1');
      // Document order decides: the topic list keeps its best match, the others take what is left.
      expect(cardTitles(topic)).to.deep.equal(['Article P2']);
      expect(cardTitles(category)).to.deep.equal(['Article P3']);
      expect(cardTitles(author)).to.deep.equal(['Article E2']);
    });

    it('lets a list opt out with allow-duplicates', async () => {
      const [topic, category, author] = await articlePage(true);
      expect(cardTitles(topic)).to.deep.equal(['Article P2']);
      expect(cardTitles(category)).to.deep.equal(['Article P2', 'Article P3']);
      // Later lists still skip what the opted-out list shows.
      expect(cardTitles(author)).to.deep.equal(['Article E2']);
    });
  });
});
