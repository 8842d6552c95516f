import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import {fullArticle} from '../fixtures/card-articles.js';
import {shadowText} from '../helpers.js';

/**
 * An engine that takes only an element as an IntersectionObserver root (all
 * before 2020) throws a TypeError on `{root: document}`. Its own page (a
 * test file of its own): the widgets build their one observer on first use.
 */
describe('lazy widgets in an engine without document roots', () => {
  const Native = window.IntersectionObserver;
  const errors: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  before(() => {
    window.IntersectionObserver = class extends Native {
      constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
        if (options?.root instanceof Document) throw new TypeError("Failed to construct 'IntersectionObserver': member root is not of type Element.");
        super(callback, options);
      }
    };
    addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.IntersectionObserver = Native;
    removeEventListener('unhandledrejection', onRejection);
  });

  it('still wait for the reader, and render once scrolled near, without an error', async () => {
    const box = await fixture(html`<div><div style="height: ${4 * innerHeight}px"></div>
      <news-article-card lazy .article=${fullArticle()}></news-article-card></div>`);
    const card = box.querySelector('news-article-card')!;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shadowText(card, '[part~="title"]'), 'far: not rendered').to.equal(undefined);
    card.scrollIntoView();
    await waitUntil(() => shadowText(card, '[part~="title"]') === fullArticle().title, 'the card renders once in view');
    scrollTo(0, 0);
    expect(errors).to.deep.equal([]);
  });
});
