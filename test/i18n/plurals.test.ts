import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/article-card/news-article-card.js';
import type {NewsArticleCard} from '../../src/components/article-card/article-card.js';
import {catalog, fill, shadowText} from './i18n-helpers.js';
import type {Pieces} from './i18n-helpers.js';

const COUNTS = [0, 1, 2, 5, 21, 101] as const;

// The CLDR category of each count, written out rather than asked of
// Intl.PluralRules, so that the test does not share the code under test's logic.
const CATEGORIES: Record<'fr' | 'ru' | 'ar', Record<(typeof COUNTS)[number], Intl.LDMLPluralRule>> = {
  fr: {0: 'one', 1: 'one', 2: 'other', 5: 'other', 21: 'other', 101: 'other'},
  ru: {0: 'many', 1: 'one', 2: 'few', 5: 'many', 21: 'one', 101: 'one'},
  ar: {0: 'zero', 1: 'one', 2: 'two', 5: 'few', 21: 'many', 101: 'other'},
};

// What a reader sees, spelled out for the languages whose words we can check by eye.
const SPELLED: Partial<Record<'fr' | 'ru' | 'ar', Record<number, string>>> = {
  fr: {0: '0 commentaire', 1: '1 commentaire', 2: '2 commentaires', 5: '5 commentaires', 21: '21 commentaires', 101: '101 commentaires'},
  ru: {0: '0 комментариев', 1: '1 комментарий', 2: '2 комментария', 5: '5 комментариев', 21: '21 комментарий', 101: '101 комментарий'},
};

async function commentsShown(lang: string, count: number): Promise<string | undefined> {
  const el = await fixture<NewsArticleCard>(
    html`<news-article-card lang=${lang} .article=${{id: 'x', title: 't', commentCount: count}}></news-article-card>`,
  );
  return shadowText(el, '[part~="comments"]');
}

describe('i18n: comment count plurals', () => {
  for (const lang of ['fr', 'ru', 'ar'] as const) {
    describe(lang, () => {
      let messages: Map<string, Pieces>;
      before(async () => {
        messages = await catalog(lang);
      });

      for (const count of COUNTS) {
        const category = CATEGORIES[lang][count];
        it(`${count} uses the "${category}" message`, async () => {
          // Arabic may write its numbers in Arabic-Indic digits: Intl says which.
          const number = new Intl.NumberFormat(lang).format(count);
          const expected = fill(messages.get(`comments.${category}`), number);
          expect(await commentsShown(lang, count)).to.equal(expected);
          const spelled = SPELLED[lang]?.[count];
          if (spelled) expect(expected).to.equal(spelled);
        });
      }
    });
  }

  it('groups large numbers the locale\'s way', async () => {
    const messages = await catalog('ru');
    const number = new Intl.NumberFormat('ru').format(1021);
    expect(number).to.not.equal('1021');
    expect(await commentsShown('ru', 1021)).to.equal(fill(messages.get('comments.one'), number));
  });
});
