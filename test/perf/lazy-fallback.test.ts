import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import {fullArticle} from '../fixtures/card-articles.js';
import {shadowText} from '../helpers.js';

/**
 * Engines without IntersectionObserver, and engines that take only an
 * element as its root (all before 2020: a TypeError on `{root: document}`).
 * A page of their own (a test file of its own): the widgets build their one
 * observer on first use.
 */
describe('lazy widgets in older engines', () => {
  const Native = window.IntersectionObserver;
  const errors: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  const installThrowingOnDocumentRoot = () => {
    window.IntersectionObserver = class extends Native {
      constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
        if (options?.root instanceof Document) throw new TypeError("Failed to construct 'IntersectionObserver': member root is not of type Element.");
        super(callback, options);
      }
    };
  };
  before(() => addEventListener('unhandledrejection', onRejection));
  after(() => {
    window.IntersectionObserver = Native;
    removeEventListener('unhandledrejection', onRejection);
  });

  // First: the widgets build their observer on first use, and none is built while there is none to build.
  it('render at once, without an error, in an engine without IntersectionObserver', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'IntersectionObserver')!;
    delete (window as {IntersectionObserver?: unknown}).IntersectionObserver;
    try {
      const box = await fixture(html`<div><div style="height: ${4 * innerHeight}px"></div>
        <news-article-card lazy .article=${fullArticle()}></news-article-card></div>`);
      const card = box.querySelector('news-article-card')!;
      await waitUntil(() => shadowText(card, '[part~="title"]') === fullArticle().title, 'the card renders');
      expect(card.hasAttribute('data-pending')).to.equal(false);
    } finally {
      Object.defineProperty(window, 'IntersectionObserver', descriptor);
    }
    expect(errors).to.deep.equal([]);
  });

  it('still wait for the reader, and render once scrolled near, without an error', async () => {
    installThrowingOnDocumentRoot();
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
