/**
 * Server-rendered widgets (rendered by the built news-widgets/ssr through
 * test/server/ssr-plugin.mjs) coming alive under the built
 * dist/news-widgets.hydrate.js: the nodes the server sent stay, nothing is
 * fetched again, no error, and the reader's clicks work.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {requestsTo} from '../helpers.js';

interface Render {
  tag: string;
  feed: string;
  src?: string;
  lang?: string;
  attrs?: Record<string, string>;
  now?: string;
  children?: {tag: string; attributes?: Record<string, string>}[];
}

let counter = 0;

async function serverRender({tag, feed, src, lang, attrs = {}, now, children}: Render): Promise<string> {
  const query = new URLSearchParams({tag, feed, attrs: JSON.stringify(attrs)});
  if (children) query.set('children', JSON.stringify(children));
  if (now) query.set('now', now);
  if (src) query.set('src', src);
  if (lang) query.set('lang', lang);
  const response = await fetch(`/__ssr/render?${query}`);
  const body = await response.text();
  if (!response.ok) throw new Error(body);
  return body;
}

/** A src the page has never requested, whose requests we can count. */
const uniqueSrc = (path: string) => `${path}?ssr=${Date.now()}-${++counter}`;

/** Server HTML in a detached container, its declarative shadow roots attached as a browser parsing the page would. */
function parse(html: string): HTMLElement {
  const container = document.createElement('div');
  container.setHTMLUnsafe(html);
  return container;
}

let bundle: Promise<unknown> | undefined;
function loadBundle(): Promise<unknown> {
  const url = '/dist/news-widgets.hydrate.js';
  bundle ??= import(/* @vite-ignore */ url);
  return bundle;
}

type Updating = HTMLElement & {updateComplete: Promise<boolean>};

/** Connects `container`, with the bundle loaded, and waits until its widgets and their cards have updated. Errors and warnings are collected. */
async function hydrate(container: HTMLElement, errors: unknown[], warnings: unknown[] = errors): Promise<void> {
  const originalError = console.error;
  const originalWarn = console.warn;
  console.error = (...args: unknown[]) => {
    errors.push(args);
    originalError(...args);
  };
  console.warn = (...args: unknown[]) => {
    warnings.push(args);
    originalWarn(...args);
  };
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  window.addEventListener('error', onError);
  try {
    document.body.append(container);
    await loadBundle();
    for (let i = 0; i < 3; i++) {
      for (const el of container.querySelectorAll<Updating>('*')) if ('updateComplete' in el) await el.updateComplete;
      for (const host of container.querySelectorAll('*')) {
        for (const el of host.shadowRoot?.querySelectorAll<Updating>('*') ?? []) if ('updateComplete' in el) await el.updateComplete;
      }
    }
  } finally {
    console.error = originalError;
    console.warn = originalWarn;
    window.removeEventListener('error', onError);
  }
}

const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

const cards = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll('news-article-card'));
const cardLink = (card: Element) => card.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="link"]')!;

/**
 * Scrolls a lazy server-rendered widget into view and lets it hydrate: it must adopt the server's cards
 * (`before`), without an error and without a request to `src`.
 */
async function hydrateOnceNear(container: HTMLElement, widget: Updating & {hasUpdated: boolean}, before: HTMLAnchorElement[], src: string): Promise<void> {
  const errors: unknown[] = [];
  widget.scrollIntoView();
  await hydrate(container, errors);
  scrollTo(0, 0);
  expect(widget.hasUpdated).to.equal(true);
  expect(errors).to.deep.equal([]);
  expect(cards(widget).map(cardLink), 'the same nodes, adopted').to.deep.equal(before);
  expect(requestsTo(new URL(src, location.href).href), 'requests to the feed').to.equal(0);
}

describe('server-rendered widgets', () => {
  afterEach(() => {
    document.querySelectorAll('[data-test-container]').forEach((c) => c.remove());
  });

  // First, before any element is defined: a browser without declarative shadow DOM (innerHTML does not attach it).
  it('gives readers without shadow DOM or script plain, safe links', async () => {
    const html = await serverRender({tag: 'news-article-list', feed: 'demo/data/fr/feed.json', src: '/demo/data/fr/feed.json', attrs: {limit: '3'}});
    const container = document.createElement('div');
    container.dataset.testContainer = '';
    container.innerHTML = html;
    document.body.append(container);
    expect(customElements.get('news-article-list'), 'no element defined yet').to.equal(undefined);
    const links = Array.from(container.querySelectorAll<HTMLAnchorElement>('news-article-list > ul a'));
    expect(links.map((a) => a.textContent)).to.have.length(3);
    for (const link of links) {
      expect(link.getClientRects().length, 'visible').to.be.greaterThan(0);
      expect(link.protocol).to.be.oneOf(['http:', 'https:']);
    }
    expect(container.innerText).to.include(links[0].textContent!);
  });

  it('hydrates a list without a request, a new render or an error', async () => {
    const src = uniqueSrc('/demo/data/fr/feed.json');
    const container = parse(await serverRender({tag: 'news-article-list', feed: 'demo/data/fr/feed.json', src, lang: 'fr', attrs: {limit: '2', heading: 'À la une'}}));
    container.dataset.testContainer = '';
    const list = container.querySelector('news-article-list')!;
    expect(list.shadowRoot, 'declarative shadow root').to.exist;
    const before = cards(list).map(cardLink);
    const heading = list.shadowRoot!.querySelector('[part="heading"]');
    const loads: Event[] = [];
    container.addEventListener('news-load', (e) => loads.push(e));

    const errors: unknown[] = [];
    await hydrate(container, errors);

    expect(errors).to.deep.equal([]);
    expect(requestsTo(new URL(src, location.href).href), 'requests to the feed').to.equal(0);
    expect(cards(list).every((card) => !card.hasAttribute('defer-hydration')), 'cards hydrated').to.equal(true);
    // The same nodes the server sent: hydration adopted them rather than rendering anew.
    expect(cards(list).map(cardLink)).to.deep.equal(before);
    expect(list.shadowRoot!.querySelector('[part="heading"]')).to.equal(heading);
    expect(before.every((a) => a.isConnected)).to.equal(true);
    expect(loads.length, 'news-load fired for the embedded feed').to.equal(1);
    // The fallback links never show where the shadow root renders.
    expect(list.querySelector('ul[data-news-fallback]')!.getClientRects().length).to.equal(0);
  });

  it('keeps a lazy widget far down as the server wrote it, and hydrates it when the reader scrolls near', async () => {
    const src = uniqueSrc('/demo/data/fr/feed.json');
    const container = parse(await serverRender({tag: 'news-article-list', feed: 'demo/data/fr/feed.json', src, lang: 'fr', attrs: {limit: '2', lazy: ''}}));
    container.dataset.testContainer = '';
    const spacer = document.createElement('div');
    spacer.style.height = `${4 * innerHeight}px`;
    container.prepend(spacer);
    const list = container.querySelector('news-article-list') as Updating & {hasUpdated: boolean};
    const before = cards(list).map(cardLink);
    document.body.append(container);
    await loadBundle();
    await twoFrames();
    expect(list.hasUpdated, 'hydrated while far from the viewport').to.equal(false);
    expect(before.every((a) => a.isConnected && a.textContent!.trim() !== ''), "the server's links are there").to.equal(true);

    await hydrateOnceNear(container, list, before, src);
  });

  it('hydrates a lazy list inside a provider once the reader scrolls near it', async () => {
    const src = uniqueSrc('/demo/data/fr/feed.json');
    const container = parse(
      await serverRender({
        tag: 'news-provider',
        feed: 'demo/data/fr/feed.json',
        src,
        lang: 'fr',
        children: [
          {tag: 'news-article-list', attributes: {limit: '2'}},
          {tag: 'news-related-list', attributes: {lazy: '', 'article-id': '1001', style: `display: block; margin-top: ${4 * innerHeight}px`}},
        ],
      }),
    );
    container.dataset.testContainer = '';
    const [list, related] = Array.from(container.querySelectorAll<Updating & {hasUpdated: boolean}>('news-article-list, news-related-list'));
    const before = cards(related).map(cardLink);
    expect(before.length, 'the server rendered the related list').to.be.greaterThan(0);
    document.body.append(container);
    await loadBundle();
    await waitUntil(() => list.hasUpdated, 'the list in view hydrates');
    await twoFrames();
    expect(related.hasUpdated, 'the lazy list, far down, waits').to.equal(false);
    expect(related.hasAttribute('defer-hydration'), "released by its provider").to.equal(false);

    await hydrateOnceNear(container, related, before, src);
  });

  it('fires events and pages after hydration', async () => {
    const src = uniqueSrc('/demo/data/fr/feed.json');
    const container = parse(await serverRender({tag: 'news-article-list', feed: 'demo/data/fr/feed.json', src, lang: 'fr', attrs: {limit: '2'}}));
    container.dataset.testContainer = '';
    await hydrate(container, []);
    const list = container.querySelector('news-article-list')!;

    const selected: string[] = [];
    container.addEventListener('news-article-select', (e) => {
      e.preventDefault();
      selected.push(e.detail.article.id);
    });
    cardLink(cards(list)[1]).click();
    expect(selected).to.deep.equal(['1002']);

    const more = list.shadowRoot!.querySelector<HTMLButtonElement>('[part="load-more"]')!;
    expect(more.textContent!.trim()).to.equal('Charger plus');
    more.click();
    await (list as Updating).updateComplete;
    expect(cards(list)).to.have.length(4);
    expect(requestsTo(new URL(src, location.href).href)).to.equal(0);
  });

  it('hydrates the category navigation, whose buttons then choose categories', async () => {
    const src = uniqueSrc('/demo/data/en/feed.json');
    const container = parse(await serverRender({tag: 'news-category-nav', feed: 'demo/data/en/feed.json', src, lang: 'en'}));
    container.dataset.testContainer = '';
    const nav = container.querySelector('news-category-nav')!;
    const buttons = Array.from(nav.shadowRoot!.querySelectorAll('.list [part="link"]'));
    const errors: unknown[] = [];
    await hydrate(container, errors);
    expect(errors).to.deep.equal([]);
    expect(Array.from(nav.shadowRoot!.querySelectorAll('.list [part="link"]')).slice(0, buttons.length)).to.deep.equal(buttons);

    const chosen: (string | undefined)[] = [];
    container.addEventListener('news-category-select', (e) => chosen.push(e.detail.category?.slug));
    (buttons[1] as HTMLElement).click();
    expect(chosen).to.deep.equal([JSON.parse(JSON.stringify(buttons[1].getAttribute('data-key'))).slice(2)]);
    expect(requestsTo(new URL(src, location.href).href)).to.equal(0);
  });

  it('hydrates a full article, its sanitized body as the server wrote it', async () => {
    const src = uniqueSrc('/demo/data/fr/feed.json');
    const container = parse(await serverRender({tag: 'news-article', feed: 'demo/data/fr/feed.json', src, lang: 'fr', attrs: {'article-id': '1001'}}));
    container.dataset.testContainer = '';
    const article = container.querySelector('news-article')!;
    const body = article.shadowRoot!.querySelector('[part="body"]')!;
    const figure = body.querySelector('figure');
    expect(figure, 'the body has a figure').to.exist;
    const errors: unknown[] = [];
    await hydrate(container, errors);
    expect(errors).to.deep.equal([]);
    expect(article.shadowRoot!.querySelector('[part="body"] figure')).to.equal(figure);
    expect(requestsTo(new URL(src, location.href).href)).to.equal(0);
  });

  it('hydrates a full article in a browser without the Sanitizer API, once DOMPurify has loaded', async () => {
    const src = uniqueSrc('/demo/data/fr/feed.json');
    const container = parse(await serverRender({tag: 'news-article', feed: 'demo/data/fr/feed.json', src, lang: 'fr', attrs: {'article-id': '1002'}}));
    container.dataset.testContainer = '';
    const article = container.querySelector('news-article')!;
    const paragraph = article.shadowRoot!.querySelector('[part="body"] p');
    expect(paragraph, 'the body has a paragraph').to.exist;
    const setHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML');
    // As in a browser that lacks it: the widget's sanitizer is DOMPurify, loaded on demand.
    delete (Element.prototype as {setHTML?: unknown}).setHTML;
    const errors: unknown[] = [];
    try {
      await hydrate(container, errors);
      await waitUntil(() => (article as unknown as {hasUpdated: boolean}).hasUpdated, 'the article takes over', {timeout: 5000});
    } finally {
      if (setHTML) Object.defineProperty(Element.prototype, 'setHTML', setHTML);
    }
    expect(errors).to.deep.equal([]);
    expect(article.shadowRoot!.querySelector('[part="body"] p')).to.equal(paragraph);
    expect(requestsTo(new URL(src, location.href).href)).to.equal(0);
  });

  it('leaves a widget rendered without a src as the server wrote it', async () => {
    const container = parse(await serverRender({tag: 'news-article-list', feed: 'demo/data/fr/feed.json', lang: 'fr', attrs: {limit: '2'}}));
    container.dataset.testContainer = '';
    const list = container.querySelector('news-article-list')!;
    const nodes = Array.from(list.shadowRoot!.querySelectorAll('*'));
    expect(cards(list)).to.have.length(2);
    // It never updates, so there is no updateComplete to wait for: the bundle, then two frames.
    document.body.append(container);
    await loadBundle();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(nodes.every((node) => node.isConnected), "the server's nodes stay").to.equal(true);
    expect(cards(list)).to.have.length(2);
    expect(cardLink(cards(list)[0]).textContent!.trim()).to.not.equal('');
    // Nothing will ever load more: no button says it would.
    const more = list.shadowRoot!.querySelector('[part="load-more"]');
    expect(more === null || more.getBoundingClientRect().height === 0).to.equal(true);
    container.remove();
  });

  it('keeps the buttons of a widget waiting to hydrate out of sight, in their place, until it does', async () => {
    const src = uniqueSrc('/demo/data/fr/feed.json');
    const container = parse(await serverRender({tag: 'news-article-list', feed: 'demo/data/fr/feed.json', src, lang: 'fr', attrs: {limit: '2'}}));
    container.dataset.testContainer = '';
    const list = container.querySelector<Updating & {hasUpdated: boolean}>('news-article-list')!;
    // As inside a provider that has not shared its feed yet.
    list.setAttribute('defer-hydration', '');
    document.body.append(container);
    await loadBundle();
    await twoFrames();
    const more = list.shadowRoot!.querySelector('[part="load-more"]')!;
    expect(customElements.get('news-article-list') !== undefined && !list.hasUpdated, 'defined, not hydrated').to.equal(true);
    expect(getComputedStyle(more).visibility).to.equal('hidden');
    const place = more.getBoundingClientRect().height;
    expect(place).to.be.above(0);
    list.removeAttribute('defer-hydration');
    await waitUntil(() => list.hasUpdated, 'it hydrates');
    await list.updateComplete;
    expect(getComputedStyle(more).visibility).to.equal('visible');
    expect(more.getBoundingClientRect().height).to.equal(place);
    container.remove();
  });

  it('stays in Arabic, right to left, once hydrated', async () => {
    const src = uniqueSrc('/demo/data/fr/feed.json');
    const container = parse(await serverRender({tag: 'news-article-list', feed: 'demo/data/fr/feed.json', src, lang: 'ar', attrs: {limit: '2'}}));
    container.dataset.testContainer = '';
    const list = container.querySelector('news-article-list')!;
    const more = list.shadowRoot!.querySelector('[part="load-more"]')!;
    expect(more.textContent!.trim()).to.equal('تحميل المزيد');
    const errors: unknown[] = [];
    await hydrate(container, errors);
    expect(errors).to.deep.equal([]);
    expect(list.shadowRoot!.querySelector('[part="load-more"]')).to.equal(more);
    expect(more.textContent!.trim()).to.equal('تحميل المزيد');
    expect(list.hasAttribute('data-rtl')).to.equal(true);
    expect(getComputedStyle(more).direction).to.equal('rtl');
    // The stories are the French feed's: their text runs left to right inside the Arabic page.
    expect(getComputedStyle(cardLink(cards(list)[0])).direction).to.equal('ltr');
  });

  it('starts from the server\'s dates, then shows the reader\'s', async () => {
    const src = uniqueSrc('/test/fixtures/list-feed-1.json');
    // Rendered two hours after p1 was published: the server wrote "2 hours ago".
    const container = parse(
      await serverRender({tag: 'news-article-list', feed: 'test/fixtures/list-feed-1.json', src, lang: 'en', now: '2026-11-20T11:00:00Z', attrs: {limit: '1', 'date-format': 'relative'}}),
    );
    container.dataset.testContainer = '';
    const card = cards(container.querySelector('news-article-list')!)[0];
    const time = card.shadowRoot!.querySelector('time')!;
    expect(time.textContent).to.equal('2 hours ago');
    const errors: unknown[] = [];
    await hydrate(container, errors);
    await (card as Updating).updateComplete;
    expect(errors).to.deep.equal([]);
    expect(card.shadowRoot!.querySelector('time'), 'the same element').to.equal(time);
    expect(time.textContent, 'the reader\'s clock').not.to.equal('2 hours ago');
    expect(card.hasAttribute('data-ssr-dates')).to.equal(false);
  });

  it('finds a feed carried once for several widgets, and only for the same src', async () => {
    const src = uniqueSrc('/demo/data/en/feed.json');
    const other = uniqueSrc('/demo/data/en/feed.json');
    const carrier = await serverRender({tag: 'news-article-card', feed: 'demo/data/en/feed.json', src, attrs: {'article-id': '1003'}});
    const sharing = await serverRender({tag: 'news-article-list', feed: 'demo/data/en/feed.json', src, attrs: {limit: '2', 'embed-feed': 'false'}});
    const container = parse(`<section>${carrier}</section><section>${sharing}</section><section><news-article-list src="${other}" limit="2"></news-article-list></section>`);
    container.dataset.testContainer = '';
    expect(container.querySelectorAll('script[data-news-feed]')).to.have.length(1);
    const [, list, unrelated] = Array.from(container.querySelectorAll('news-article-card, news-article-list'));
    const links = cards(list).map(cardLink);
    const errors: unknown[] = [];
    await hydrate(container, errors);
    expect(errors).to.deep.equal([]);
    expect(cards(list).map(cardLink), 'the list hydrated from the card\'s feed').to.deep.equal(links);
    expect(requestsTo(new URL(src, location.href).href)).to.equal(0);
    // A widget of another src finds nothing to take: it fetches, as any widget.
    await waitUntil(() => requestsTo(new URL(other, location.href).href) === 1, 'the other src is fetched');
    expect(unrelated.localName).to.equal('news-article-list');
  });

  it('renders anew, with a warning, when its feed is not on the page', async () => {
    const src = uniqueSrc('/demo/data/en/feed.json');
    const container = parse(await serverRender({tag: 'news-article-list', feed: 'demo/data/en/feed.json', src, attrs: {limit: '2', 'embed-feed': 'false'}}));
    container.dataset.testContainer = '';
    const list = container.querySelector('news-article-list')!;
    const warnings: unknown[] = [];
    const errors: unknown[] = [];
    await hydrate(container, errors, warnings);
    await waitUntil(() => cards(list).length > 0 && cards(list).every((card) => cardLink(card)), 'cards render from the fetched feed');
    expect(errors).to.deep.equal([]);
    expect(String(warnings[0])).to.include('renders anew');
    expect(requestsTo(new URL(src, location.href).href)).to.equal(1);
    expect(cards(list), 'the server\'s cards gone, not doubled').to.have.length(2);
    expect(list.shadowRoot!.querySelectorAll('ul[part="list"]')).to.have.length(1);
    expect(getComputedStyle(list.shadowRoot!.querySelector('ul')!).listStyleType, 'styles kept').to.equal('none');
  });

  it('retries a failed next page after hydration', async () => {
    // The next page (list-feed-2.json beside the src) does not exist there: "Load more" fails, Retry fails again.
    const src = uniqueSrc('/test/fixtures/missing-pages/list-feed-1.json');
    const next = new URL('/test/fixtures/missing-pages/list-feed-2.json', location.href).href;
    const container = parse(await serverRender({tag: 'news-article-list', feed: 'test/fixtures/list-feed-1.json', src, lang: 'en'}));
    container.dataset.testContainer = '';
    await hydrate(container, []);
    const list = container.querySelector('news-article-list')!;
    const failures: string[] = [];
    container.addEventListener('news-error', (e) => failures.push(e.detail.src ?? ''));
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="load-more"]')!.click();
    await waitUntil(() => list.shadowRoot!.querySelector('[part="retry"]'), 'the page fails');
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => failures.length === 2, 'Retry asks again');
    expect(failures).to.deep.equal([next, next]);
    expect(requestsTo(new URL(src, location.href).href), 'the first page came with the page').to.equal(0);
  });

  it('hydrates a provider and its widgets, which then share its category', async () => {
    const src = uniqueSrc('/demo/data/fr/feed.json');
    const container = parse(
      await serverRender({
        tag: 'news-provider',
        feed: 'demo/data/fr/feed.json',
        src,
        lang: 'fr',
        children: [
          {tag: 'news-category-nav'},
          {tag: 'news-article-list', attributes: {limit: '3'}},
          {tag: 'news-related-list', attributes: {'article-id': '1001'}},
          {tag: 'news-related-list', attributes: {'article-id': '1001', relation: 'category'}},
        ],
      }),
    );
    container.dataset.testContainer = '';
    const provider = container.querySelector('news-provider')!;
    const [nav, list, topic, category] = Array.from(provider.querySelectorAll('news-category-nav, news-article-list, news-related-list'));
    const before = [list, topic, category].map((widget) => cards(widget).map(cardLink));
    const navItems = Array.from(nav.shadowRoot!.querySelectorAll<HTMLElement>('.list [part~="link"]'));
    const errors: unknown[] = [];
    await hydrate(container, errors);
    expect(errors).to.deep.equal([]);
    expect([nav, list, topic, category].every((widget) => !widget.hasAttribute('defer-hydration'))).to.equal(true);
    expect([list, topic, category].map((widget) => cards(widget).map(cardLink)), 'the same cards, related lists not repeating each other').to.deep.equal(before);
    expect(Array.from(nav.shadowRoot!.querySelectorAll('.list [part~="link"]'))).to.deep.equal(navItems);
    expect(requestsTo(new URL(src, location.href).href)).to.equal(0);

    // The navigation's buttons set the provider's category, which the list follows.
    const item = navItems.find((el) => el.dataset.key === 'c:politics')!;
    item.click();
    const categories = () => cards(list).map((card) => card.shadowRoot!.querySelector('[part~="category"]')?.textContent?.trim());
    await waitUntil(() => categories().length && categories().every((name) => name === 'Politique'), 'the list follows the provider');
    expect(provider.getAttribute('category')).to.equal('politics');
    expect(item.getAttribute('aria-current')).to.equal('true');
  });

  it('hydrates every layout and variant without a new render', async () => {
    const renders: Render[] = [
      {tag: 'news-article-list', feed: 'demo/data/vi/feed.json', lang: 'vi', attrs: {layout: 'carousel', limit: '4', heading: 'Tin'}},
      {tag: 'news-article-list', feed: 'demo/data/en/wp-posts.json', lang: 'en', attrs: {layout: 'grid', 'card-variant': 'compact', format: 'wordpress'}},
      {tag: 'news-article-card', feed: 'demo/data/fr/native.json', lang: 'fr-CA', attrs: {variant: 'hero', 'article-id': '1004'}},
      {tag: 'news-related-list', feed: 'demo/data/fr/feed.json', lang: 'fr', attrs: {'article-id': '1001', relation: 'author', empty: 'message'}},
      {tag: 'news-article', feed: 'demo/data/en/feed.json', lang: 'ja', attrs: {'article-id': '1005', 'tag-href-template': 'https://site.example/tag/{slug}', theme: 'dark'}},
      {tag: 'news-category-nav', feed: 'demo/data/vi/feed.json', lang: 'vi', attrs: {'href-template': 'https://site.example/c/{slug}', 'all-href': 'https://site.example/', current: 'politics'}},
    ];
    for (const render of renders) {
      const src = uniqueSrc(`/${render.feed}`);
      const container = parse(await serverRender({...render, src}));
      container.dataset.testContainer = '';
      const widget = container.querySelector(render.tag)!;
      const nodes = Array.from(widget.shadowRoot!.querySelectorAll('*'));
      const errors: unknown[] = [];
      await hydrate(container, errors);
      expect(errors, render.tag).to.deep.equal([]);
      expect(nodes.every((node) => node.isConnected), `${render.tag}: the server's nodes stay`).to.equal(true);
      expect(requestsTo(new URL(src, location.href).href), render.tag).to.equal(0);
      container.remove();
    }
  });
});
