import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../../src/define.js';
import type {NewsProvider} from '../../../src/components/provider/provider.js';
import type {NewsArticleList} from '../../../src/components/article-list/article-list.js';
import {cardTitles, fresh, requestsTo, shadowText, shownCards} from '../../helpers.js';
import {ContextEvent} from '@lit/context';
import {providerContext} from '../../../src/data/feed-context.js';
import type {ProviderValue} from '../../../src/data/feed-context.js';
import type {Article} from '../../../src/data/model.js';

describe('news-provider', () => {
  it('asks each related list before another for its picks once, in document order', async () => {
    const provider = await fixture<NewsProvider>(html`<news-provider></news-provider>`);
    const lists = Array.from({length: 12}, () => provider.appendChild(document.createElement('div')));
    let value: ProviderValue | undefined;
    lists[0].dispatchEvent(new ContextEvent(providerContext, lists[0], (v) => (value = v)));
    const calls = new Map<number, number>();
    // Registered last to first: the provider orders them as the page does. List i shows story i
    // unless an earlier list claimed it, then story i + 100.
    for (let i = lists.length - 1; i >= 0; i--) {
      value!.registerRelated(lists[i], (claimed) => {
        calls.set(i, (calls.get(i) ?? 0) + 1);
        return [{id: claimed.has(String(i)) ? String(i + 100) : String(i)} as Article];
      });
    }
    const claimed = value!.claimedBefore(lists[11]);
    expect([...claimed]).to.deep.equal(Array.from({length: 11}, (_, i) => String(i)));
    expect([...calls.values()]).to.deep.equal(Array(11).fill(1));
  });

  it('fetches once and shares the feed with every widget inside, fires news-load once', async () => {
    const src = fresh('/test/fixtures/list-feed-1.json');
    const loads: Event[] = [];
    const provider = await fixture<NewsProvider>(html`
      <news-provider src=${src} lang="en" @news-load=${(e: Event) => loads.push(e)}>
        <news-article-list limit="3"></news-article-list>
        <news-article-card article-id="e1"></news-article-card>
        <news-related-list article-id="p1"></news-related-list>
      </news-provider>
    `);
    const [list, card, related] = Array.from(provider.children);
    await waitUntil(() => shownCards(list) === 3, 'the list renders');
    await waitUntil(() => shadowText(card, '[part~="title"]') === 'Article E1', 'the card renders');
    await waitUntil(() => shownCards(related) > 0, 'the related list renders');
    expect(requestsTo(src)).to.equal(1);
    expect(loads.length).to.equal(1);
  });

  it('gives its feed to widgets added later', async () => {
    const src = fresh('/test/fixtures/list-feed-1.json');
    const provider = await fixture<NewsProvider>(html`<news-provider src=${src}><p>Page</p></news-provider>`);
    await waitUntil(() => requestsTo(src) === 1, 'the provider loads');
    const card = document.createElement('news-article-card');
    card.setAttribute('article-id', 'h2');
    provider.append(card);
    await waitUntil(() => shadowText(card, '[part~="title"]') === 'Article H2', 'the late card renders');
    expect(requestsTo(src)).to.equal(1);
  });

  it('lets a widget with its own src use that instead', async () => {
    const src = fresh('/test/fixtures/list-feed-1.json');
    const provider = await fixture<NewsProvider>(html`
      <news-provider src=${src}>
        <news-article-card src="/test/fixtures/card-feed.json" article-id="42"></news-article-card>
      </news-provider>
    `);
    const card = provider.querySelector('news-article-card')!;
    await waitUntil(() => shadowText(card, '[part~="title"]') === 'The answer is in the feed', 'own feed');
  });

  it('filters its lists by the selected category, unless a list has its own', async () => {
    const src = fresh('/test/fixtures/list-feed-1.json');
    const provider = await fixture<NewsProvider>(html`
      <news-provider src=${src}>
        <news-article-list id="follows"></news-article-list>
        <news-article-list id="own" category="patrimoine"></news-article-list>
      </news-provider>
    `);
    const follows = provider.querySelector<NewsArticleList>('#follows')!;
    const own = provider.querySelector<NewsArticleList>('#own')!;
    await waitUntil(() => shownCards(follows) === 8, 'all articles');
    provider.category = 'politique';
    await waitUntil(() => shownCards(follows) === 3, 'politics only');
    expect(cardTitles(follows)).to.deep.equal(['Article P1', 'Article P2', 'Article P3']);
    expect(cardTitles(own)).to.deep.equal(['Article H1', 'Article H2']);
  });

  it('passes its language to the widgets inside', async () => {
    const src = fresh('/test/fixtures/list-feed-1.json');
    const provider = await fixture<NewsProvider>(html`
      <news-provider src=${src} lang="vi"><news-article-card article-id="p3"></news-article-card></news-provider>
    `);
    const card = provider.querySelector('news-article-card')!;
    await waitUntil(() => shadowText(card, '[part~="comments"]') === '2 bình luận', 'Vietnamese labels');
    provider.lang = 'fr';
    await waitUntil(() => shadowText(card, '[part~="comments"]') === '2 commentaires', 'French after the change');
  });

  it('refreshes on its interval while the page is visible', async () => {
    const src = fresh('/test/fixtures/list-feed-1.json');
    await fixture<NewsProvider>(html`<news-provider src=${src} refresh="0.2"></news-provider>`);
    await waitUntil(() => requestsTo(src) >= 3, 'two refreshes', {timeout: 3000});
  });

  it('does not refresh while the page is hidden, and resumes when it is shown', async () => {
    const src = fresh('/test/fixtures/list-feed-1.json');
    let state: DocumentVisibilityState = 'visible';
    Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => state});
    try {
      await fixture<NewsProvider>(html`<news-provider src=${src} refresh="0.1"></news-provider>`);
      await waitUntil(() => requestsTo(src) >= 2, 'refreshing while visible');
      state = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
      // A request already on its way may still land (late, on a busy machine); count from
      // once the count has held still for 300 ms. A refresh every 100 ms never would.
      let last = -1;
      let still = 0;
      await waitUntil(
        () => {
          const now = requestsTo(src);
          still = now === last ? still + 1 : 0;
          last = now;
          return still >= 3;
        },
        'no request in flight',
        {interval: 100, timeout: 3000},
      );
      const hiddenAt = requestsTo(src);
      // Five refresh periods pass with the page hidden: nothing is fetched.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(requestsTo(src)).to.equal(hiddenAt);
      state = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => requestsTo(src) > hiddenAt, 'refreshing again once shown');
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
    }
  });

  it('adds no box of its own to the page layout', async () => {
    const provider = await fixture<NewsProvider>(html`<news-provider></news-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
  });
});

describe('one failure, announced once', () => {
  // Every widget shows the failure in its place, with its Retry; a screen reader hears it once, not once per widget.
  const widgets = (root: Element) => Array.from(root.querySelectorAll('news-article-list, news-article-card, news-category-nav, news-article'));
  const inShadow = (el: Element, selector: string) => Array.from(el.shadowRoot?.querySelectorAll(selector) ?? []);
  const alerts = (root: Element) => widgets(root).flatMap((w) => inShadow(w, '[role="alert"]'));
  const retries = (root: Element) => widgets(root).flatMap((w) => inShadow(w, '[part~="retry"]'));

  it('inside a provider, as often as it fails', async () => {
    const {faultServerUrl} = await import('/__fault-server.js');
    const wrapper = await fixture(html`<div>
      <news-provider lang="en" src=${`${faultServerUrl}/invalid-json?key=alert-${Math.random()}`}>
        <news-category-nav></news-category-nav>
        <news-article-card article-id="1"></news-article-card>
        <news-article-list limit="3"></news-article-list>
        <news-article article-id="1"></news-article>
      </news-provider>
    </div>`);
    await waitUntil(() => retries(wrapper).length === 4, 'every widget shows the failure with a Retry', {timeout: 8000});
    expect(widgets(wrapper).map((w) => inShadow(w, '[part~="message"]').length > 0)).to.deep.equal([true, true, true, true]);
    expect(alerts(wrapper)).to.have.length(1);
    // Retry from any of them: the feed fails again, and that is one more announcement.
    const first = alerts(wrapper)[0];
    (retries(wrapper)[2] as HTMLButtonElement).click();
    await waitUntil(() => retries(wrapper).length === 4 && alerts(wrapper).length > 0 && alerts(wrapper)[0] !== first, 'failed again', {timeout: 8000});
    expect(alerts(wrapper)).to.have.length(1);
  });

  it('again where the widget that announced it is gone or cannot be seen', async () => {
    const {faultServerUrl} = await import('/__fault-server.js');
    const wrapper = await fixture(html`<div>
      <news-provider lang="en" src=${`${faultServerUrl}/invalid-json?key=alert-${Math.random()}`}>
        <nav hidden><news-category-nav></news-category-nav></nav>
        <main><news-article-list limit="3"></news-article-list></main>
      </news-provider>
    </div>`);
    await waitUntil(() => retries(wrapper).length === 2, 'both show the failure', {timeout: 8000});
    // The nav in a closed drawer comes first, but the list, which can be seen, is the one heard (a hidden alert is
    // not read; the drawer's, once opened, would be).
    const list = wrapper.querySelector('news-article-list')!;
    const heard = alerts(wrapper).filter((a) => a.checkVisibility());
    // Booleans, not elements: a failed deep comparison of DOM nodes can stall the runner.
    expect(heard.map((a) => (a.getRootNode() as ShadowRoot).host === list)).to.deep.equal([true]);
    // An application swaps the view: the new list shows the same failure, and is heard.
    wrapper.querySelector('nav')!.remove();
    const main = wrapper.querySelector('main')!;
    main.replaceChildren(document.createElement('news-article-list'));
    await waitUntil(() => retries(wrapper).length === 1, 'the new view shows the failure', {timeout: 8000});
    expect(alerts(wrapper)).to.have.length(1);
  });

  it('for widgets that share a request without a provider', async () => {
    const {faultServerUrl} = await import('/__fault-server.js');
    const src = `${faultServerUrl}/invalid-json?key=alert-${Math.random()}`;
    const wrapper = await fixture(html`<div lang="en">
      <news-article-list src=${src} limit="2"></news-article-list>
      <news-article-list src=${src} limit="2"></news-article-list>
    </div>`);
    await waitUntil(() => retries(wrapper).length === 2, 'both show the failure', {timeout: 8000});
    expect(alerts(wrapper)).to.have.length(1);
  });
});
