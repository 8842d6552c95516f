import {expect, nextFrame} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/define.js';
import type {Article} from '../../src/data/model.js';
import {clockState} from '../../src/internal/clock.js';
import {at, closedEarly, heapSize, hits, uniqueKey, visibleTitles} from './resilience-helpers.js';

/**
 * A page that mounts and removes widgets all day (a single-page app, an
 * infinite scroll) must not pay for the ones that are gone: no heap growth,
 * no timer, no observer, no listener and no request left behind.
 */

const LIST_FEED = new URL('/test/fixtures/list-feed-1.json', location.href).href;
const MINUTE = 60_000;

const article = (i: number): Article => ({
  id: `leak-${i}`,
  url: `https://news.example/leak/${i}`,
  title: `Story number ${i}`,
  summary: 'A teaser long enough to wrap over a couple of lines in a card.',
  // Recent, so that every card shows a relative date and follows the shared clock.
  published: new Date(Date.now() - 5 * MINUTE).toISOString(),
  authors: [{name: 'Ana'}],
  commentCount: i,
});

/**
 * `cards` cards with an `article`, and `lists` lists of one card fed by providers of ten lists each.
 * Providers come first: each provider that connects after the cards makes the page's context root
 * replay every card's pending context request (reported; costly, not a leak).
 */
function mount(cards: number, lists: number, src = LIST_FEED): HTMLElement {
  const container = document.createElement('div');
  for (let p = 0; p < lists / 10; p++) {
    const provider = document.createElement('news-provider');
    provider.setAttribute('src', src);
    for (let i = 0; i < 10; i++) {
      const list = document.createElement('news-article-list');
      list.setAttribute('limit', '1');
      provider.append(list);
    }
    container.append(provider);
  }
  for (let i = 0; i < cards; i++) {
    const card = document.createElement('news-article-card');
    card.article = article(i);
    container.append(card);
  }
  document.body.append(container);
  return container;
}

/**
 * Polls like `waitUntil`, but leaves no timer behind: the timeout timer of
 * `waitUntil` outlives it and holds its predicate, and with it every widget.
 */
async function until(predicate: () => boolean, message: string, timeout: number): Promise<void> {
  const deadline = performance.now() + timeout;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error(`Timeout: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const rendered = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('news-article-card')).every((card) => visibleTitles(card).length === 1) &&
  Array.from(container.querySelectorAll('news-article-list')).every((list) => visibleTitles(list).length === 1);

async function mountAndRemove(cards: number, lists: number): Promise<void> {
  const container = mount(cards, lists);
  await until(() => rendered(container), `${cards} cards and ${lists} lists render`, 20_000);
  container.remove();
  await nextFrame();
}

/** Lang observers alive: MutationObservers watching `lang` attributes (src/internal/lang-observer.ts exports no state). */
const langObservers = new Set<MutationObserver>();
const NativeMutationObserver = window.MutationObserver;
class SpyMutationObserver extends NativeMutationObserver {
  override observe(target: Node, options?: MutationObserverInit): void {
    if (options?.attributeFilter?.includes('lang')) langObservers.add(this);
    super.observe(target, options);
  }
  override disconnect(): void {
    langObservers.delete(this);
    super.disconnect();
  }
}

/** Listeners on window, document and <html> added between `start()` and `stop()` and never removed. */
function listenerLedger() {
  const targets = new Set<EventTarget>([window, document, document.documentElement]);
  const proto = EventTarget.prototype;
  const {addEventListener: add, removeEventListener: remove} = proto;
  const ids = new WeakMap<object, number>();
  const live = new Set<string>();
  let nextId = 0;
  const keyOf = (type: string, listener: object, options?: boolean | EventListenerOptions) => {
    if (!ids.has(listener)) ids.set(listener, nextId++);
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    return `${type} ${capture} ${ids.get(listener)}`;
  };
  return {
    start() {
      proto.addEventListener = function (this: EventTarget, type, listener, options) {
        if (listener && targets.has(this)) live.add(keyOf(type, listener, options));
        return add.call(this, type, listener, options);
      };
      proto.removeEventListener = function (this: EventTarget, type, listener, options) {
        if (listener && targets.has(this)) live.delete(keyOf(type, listener, options));
        return remove.call(this, type, listener, options);
      };
    },
    stop() {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
    },
    /** Event types of the listeners left. */
    left: () => Array.from(live, (key) => key.split(' ')[0]),
  };
}

/** Live elements of a tag, through test/server/heap-plugin.mjs. */
const alive = async (tag: string) =>
  (await executeServerCommand<{count: number}, {prototype: string}>('count-objects', {prototype: `customElements.get('${tag}').prototype`})).count;

const TAGS = ['news-article-card', 'news-article-list', 'news-provider'];

describe('mounting and removing 1,000 widgets', () => {
  const seen = {clockWhileMounted: false, langObserversWhileMounted: 0, listenersLeft: [] as string[]};
  let heapBefore: number | undefined;
  let heapAfter: number | undefined;

  // One measured round for the tests below: 500 cards with an `article`, 500 lists fed by 50 providers.
  before(async function () {
    this.timeout(60_000);
    window.MutationObserver = SpyMutationObserver;
    // A first round of the same size sets up what a page keeps however many widgets come and go:
    // the context root, compiled code, Lit's templates, styles, the cached feed.
    await mountAndRemove(500, 500);
    heapBefore = await heapSize();
    const ledger = listenerLedger();
    ledger.start();
    try {
      const container = mount(500, 500);
      await until(() => rendered(container), 'every widget renders', 20_000);
      seen.clockWhileMounted = clockState.running;
      seen.langObserversWhileMounted = langObservers.size;
      container.remove();
      // Lit's pending updates and the microtasks of removed widgets let go within a frame.
      await nextFrame();
    } finally {
      ledger.stop();
    }
    seen.listenersLeft = ledger.left();
    heapAfter = await heapSize();
  });
  after(() => {
    window.MutationObserver = NativeMutationObserver;
  });

  it('leaves the shared clock stopped', () => {
    expect(seen.clockWhileMounted, 'cards with a relative date followed the clock').to.equal(true);
    expect(clockState.running, 'the clock timer runs').to.equal(false);
    expect(clockState.subscribers).to.equal(0);
  });

  it('leaves the lang observer disconnected', () => {
    expect(seen.langObserversWhileMounted, 'one lang observer for the page').to.equal(1);
    expect(langObservers.size, 'lang observers still observing').to.equal(0);
  });

  it('leaves no listener on window, document or <html>', () => {
    expect(seen.listenersLeft).to.deep.equal([]);
  });

  it('leaves the JS heap within 10% of where it started, and no widget alive', async function () {
    if (heapBefore === undefined || heapAfter === undefined) {
      console.warn('leaks.test.ts: heap check skipped: add heapPlugin() of test/server/heap-plugin.mjs to web-test-runner.config.mjs');
      this.skip();
    }
    expect(heapAfter, `heap after (${heapAfter} bytes) vs before (${heapBefore} bytes)`).to.be.at.most(heapBefore * 1.1);
    for (const tag of TAGS) expect(await alive(tag), `${tag} elements alive`).to.equal(0);
  });

  it('leaves no request open when providers are removed mid-request', async () => {
    const key = uniqueKey('leak');
    const container = mount(0, 100, at('/slow-feed?ms=1500&n=2', key));
    await hits(key, 1);
    container.remove();
    expect(await closedEarly(key), 'the request was aborted').to.equal(true);
    expect(await hits(key), 'ten providers of one src share one request').to.equal(1);
  });
});
