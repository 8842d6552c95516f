import {expect, waitUntil} from '@open-wc/testing';

/** Opens a page of test/embed in an iframe, as a host site would be. */
async function openPage(path: string): Promise<Window & {pageErrors: string[]}> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Window & {pageErrors: string[]};
}

/** The catalog chunks a page downloaded. */
const catalogs = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/locales/'));

/** The chunks beside the bundle a page downloaded (adapters, DOMPurify). */
const chunks = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.startsWith('/dist/chunks/')) as PerformanceResourceTiming[];

const cardTitle = (win: Window) =>
  win.document.querySelector('news-article-card')?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim();

describe('embedding the built bundle', () => {
  before(async function () {
    const response = await fetch('/dist/news-widgets.js', {method: 'HEAD'});
    if (!response.ok) throw new Error('dist/news-widgets.js is missing: run `npm run build` first (npm test does).');
  });

  it('shows a card from one module script tag, in the page language', async () => {
    const win = await openPage('/test/embed/script-tag.html');
    await waitUntil(() => cardTitle(win), 'the card renders', {timeout: 5000});
    expect(cardTitle(win)).to.equal('The answer is in the feed');
    const byline = win.document.querySelector('news-article-card')!.shadowRoot!.querySelector('[part~="byline"]')!;
    expect(byline.textContent!.trim()).to.equal('Par Ana');
    expect(win.pageErrors).to.deep.equal([]);
    // Only the French catalog was downloaded, and nothing else besides the bundle.
    expect(catalogs(win)).to.have.length(1);
    expect(catalogs(win)[0]).to.match(/^\/dist\/locales\/fr-[\w-]+\.js$/);
  });

  for (const build of ['module', 'iife']) {
    it(`works on a page that added enumerable properties to Object.prototype (${build} build)`, async () => {
      const win = await openPage(`/test/embed/polluted-prototype.html?build=${build}`);
      await waitUntil(() => cardTitle(win), 'the card renders', {timeout: 5000});
      expect(cardTitle(win)).to.equal('The answer is in the feed');
      expect(win.pageErrors).to.deep.equal([]);
    });
  }

  it('evaluates the bundle once when the page adds a query to its address (WordPress ?ver=)', async () => {
    const win = await openPage('/test/embed/versioned.html');
    const shadow = (id: string) => win.document.getElementById(id)!.shadowRoot!;
    await waitUntil(() => cardTitle(win), 'the card renders', {timeout: 5000});
    await waitUntil(() => shadow('not-a-feed').querySelector('[role="alert"]'), 'the error shows', {timeout: 5000});
    await waitUntil(() => shadow('article').querySelector('[part~="body"] p'), 'the article body renders', {timeout: 5000});
    const bundles = win.performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === '/dist/news-widgets.js');
    expect(bundles.map((entry) => new URL(entry.name).search)).to.deep.equal(['?ver=0.1.0']);
    // The adapters' error reaches the widget as what it is (a feed it cannot read), not as a network failure.
    expect(shadow('not-a-feed').querySelector('[role="alert"]')!.textContent).to.contain('The news feed could not be read.');
    expect(shadow('article').querySelector('[part~="body"]')!.textContent).to.contain('After eleven hours of amendments');
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('requests the adapters chunk beside the feed, not after it', async () => {
    const win = await openPage('/test/embed/script-tag.html?lang=en');
    await waitUntil(() => cardTitle(win), 'the card renders', {timeout: 5000});
    const adapters = chunks(win).filter((entry) => /\/load-feed-[\w-]+\.js$/.test(entry.name));
    const feed = win.performance.getEntriesByType('resource').find((entry) => entry.name.includes('/card-feed.json')) as PerformanceResourceTiming;
    expect(adapters).to.have.length(1);
    expect(feed).to.exist;
    // Both requests leave before either answer is needed: the chunk starts before the feed has arrived.
    expect(adapters[0].startTime).to.be.below(feed.responseEnd);
  });

  it('downloads neither the adapters nor the sanitizer when the page hands a card its article', async () => {
    const win = await openPage('/test/embed/properties.html');
    await waitUntil(() => cardTitle(win), 'the card renders', {timeout: 5000});
    expect(cardTitle(win)).to.equal('Handed over by the page');
    expect(chunks(win).map((entry) => new URL(entry.name).pathname)).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('downloads no catalog for an English page', async () => {
    const win = await openPage('/test/embed/script-tag.html?lang=en');
    await waitUntil(() => cardTitle(win), 'the card renders', {timeout: 5000});
    expect(catalogs(win)).to.deep.equal([]);
  });

  it('registers once and keeps working when the ES and classic builds load together, twice', async () => {
    const win = await openPage('/test/embed/double-load.html');
    await waitUntil(() => cardTitle(win), 'the card renders', {timeout: 5000});
    expect(cardTitle(win)).to.equal('The answer is in the feed');
    expect(win.pageErrors).to.deep.equal([]);
    expect(win.customElements.get('news-article-card')).to.exist;
    expect((win as unknown as {NewsWidgets: {NewsArticleCard: unknown}}).NewsWidgets.NewsArticleCard).to.equal(
      win.customElements.get('news-article-card'),
    );
  });
});
