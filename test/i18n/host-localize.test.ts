import {expect, fixture, html} from '@open-wc/testing';
import {configureLocalization, msg} from '@lit/localize';

/**
 * An application built with Lit localizes its own strings with
 * `@lit/localize`, which may be configured once per page. The widgets share
 * that package with it (a bundler keeps one copy) and must neither take that
 * one configuration nor fail when the application took it first.
 */
describe('an application that configures @lit/localize itself', () => {
  it('keeps its own messages, and the widgets load and speak their own languages', async () => {
    // The application first: its module runs before it imports the widgets.
    const {setLocale} = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['fr'],
      loadLocale: async () => ({templates: {'app.greeting': 'Bonjour depuis l’application'}}),
    });
    const greeting = () => msg('Hello from the app', {id: 'app.greeting'});
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      await import('../../src/define.js');
      expect(customElements.get('news-article-card')).to.not.equal(undefined);
      const card = await fixture(html`<news-article-card lang="de" .article=${{id: 'x', url: 'https://news.example/x', commentCount: 2}}></news-article-card>`);
      await (card as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      const text = card.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      // The German catalog, not the application's French and not English.
      expect(text).to.include('Artikel ohne Titel');
      expect(text).to.include('2 Kommentare');
      await setLocale('fr');
      expect(greeting()).to.equal('Bonjour depuis l’application');
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
