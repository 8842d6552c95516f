/**
 * Two copies of the script-tag bundle on one page (a theme's and a plugin's,
 * at two addresses): the elements are the first copy's, and a language
 * registered through either copy must reach them. Plain chai: nothing may
 * load the library before the bundles do.
 */
import {expect} from '@esm-bundle/chai';

type Bundle = {
  NewsArticleCard: CustomElementConstructor;
  registerLocale(code: string, load: () => Promise<{templates: Record<string, string>}>): void;
  supportedLocales(): string[];
};

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!check()) throw new Error(`timed out: ${what}`);
};

it('a language registered through either copy of the bundle reaches the elements', async () => {
  const load = (address: string) => import(/* @vite-ignore */ address) as Promise<Bundle>;
  const first = await load('/dist/news-widgets.js?copy=theme');
  // Registered before the second copy runs: that copy learns of it too.
  first.registerLocale('eo', async () => ({templates: {'article.untitled': 'Artikolo sen titolo'}}));
  const second = await load('/dist/news-widgets.js?copy=plugin');
  expect(second.NewsArticleCard === first.NewsArticleCard, 'two copies indeed').to.equal(false);
  expect(customElements.get('news-article-card') === first.NewsArticleCard, "the elements are the first copy's").to.equal(true);
  expect(second.supportedLocales()).to.include('eo');

  // Registered through the second copy, the one whose elements are not in use.
  second.registerLocale('ia', async () => ({templates: {'article.untitled': 'Articulo sin titulo'}}));
  const cards = ['eo', 'ia'].map((lang) => {
    const card = document.createElement('news-article-card') as HTMLElement & {article: unknown};
    card.lang = lang;
    card.article = {id: lang, url: `https://news.example/${lang}`};
    document.body.append(card);
    return card;
  });
  const link = (card: HTMLElement) => card.shadowRoot?.querySelector('[part~="link"]')?.textContent?.trim();
  await until(() => link(cards[0]) === 'Artikolo sen titolo' && link(cards[1]) === 'Articulo sin titulo', `both registered languages (${cards.map(link).join(', ')})`);
  for (const card of cards) card.remove();
});
