import {expect, waitUntil} from '@open-wc/testing';

/**
 * The built bundle on a page served with a strict CSP, Trusted Types
 * included (header set by test/server/csp-plugin.mjs): every widget renders,
 * and the page records not a single policy violation.
 */

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}
type StrictWindow = Window & {cspViolations: Violation[]; pageErrors: string[]; __articlePwned?: unknown};

const PAGE = '/test/csp/strict-page.html';

async function openPage(path: string): Promise<StrictWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as StrictWindow;
}

/** Fails unless `path` is served with a Trusted Types policy, i.e. unless the runner has the CSP plugin. */
async function requireCsp(path: string): Promise<void> {
  const policy = (await fetch(path)).headers.get('content-security-policy');
  if (!policy?.includes('trusted-types')) {
    throw new Error(`${path} has no CSP header: add cspPlugin() from test/server/csp-plugin.mjs to the plugins of web-test-runner.config.mjs`);
  }
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const root = (el: Element | null) => el?.shadowRoot ?? undefined;
const cardTitles = (list: Element | null) =>
  Array.from(root(list)?.querySelectorAll('news-article-card') ?? [], (card) => text(root(card)?.querySelector('[part~="title"]'))).filter(Boolean);

const VARIANTS = [
  {name: 'with the Sanitizer API', query: ''},
  {name: 'without the Sanitizer API (DOMPurify)', query: '?sanitizer=dompurify'},
];

for (const variant of VARIANTS) describe(`a page with a strict Content Security Policy and Trusted Types, ${variant.name}`, () => {
  let win: StrictWindow;
  let doc: Document;

  before(async function () {
    this.timeout(10_000);
    const head = await fetch('/dist/news-widgets.js', {method: 'HEAD'});
    if (!head.ok) throw new Error('dist/news-widgets.js is missing: run `npm run build` first (npm test does).');
    await requireCsp(PAGE);
    win = await openPage(PAGE + variant.query);
    doc = win.document;
    const widgetsReady = () =>
      text(root(doc.querySelector('news-article-card'))?.querySelector('[part~="title"]')) &&
      cardTitles(doc.querySelector('body > news-article-list')).length &&
      cardTitles(doc.querySelector('news-related-list')).length &&
      root(doc.querySelector('body > news-category-nav'))?.querySelector('nav') &&
      root(doc.querySelector('news-article'))?.querySelector('[part~="body"]') &&
      cardTitles(doc.querySelector('news-provider news-article-list')).length &&
      cardTitles(doc.querySelector('news-article-list.wordpress')).length;
    // On failure, the violations below say more than a timeout would.
    await waitUntil(widgetsReady, 'every widget renders', {timeout: 6000}).catch(() => undefined);
  });

  it('records no policy violation, no error and no logged render failure', () => {
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('renders the card, in French (the catalog chunk loaded under script-src self)', () => {
    const card = root(doc.querySelector('news-article-card'))!;
    expect(text(card.querySelector('[part~="title"]'))).to.equal('The answer is in the feed');
    expect(text(card.querySelector('[part~="byline"]'))).to.equal('Par Ana');
  });

  it('renders the list, the related list and the category nav', () => {
    expect(cardTitles(doc.querySelector('body > news-article-list'))).to.deep.equal(['Article P1', 'Article P2', 'Article P3']);
    expect(cardTitles(doc.querySelector('news-related-list'))).to.not.be.empty;
    const nav = root(doc.querySelector('body > news-category-nav'))!;
    expect(Array.from(nav.querySelectorAll('.list [part~="link"]'), text)).to.include.members(['Toutes', 'Politics', 'Economy']);
  });

  it('renders the article with its sanitized HTML body and same-origin images', async () => {
    const article = root(doc.querySelector('news-article'))!;
    expect(text(article.querySelector('[part~="title"]'))).to.equal('Parliament passes the 2027 budget');
    const body = article.querySelector('[part~="body"]')!;
    expect(text(body.querySelector('p'))).to.equal('After eleven hours of amendments, the vote came.');
    expect(body.querySelector('script')).to.equal(null);
    expect(win.__articlePwned).to.equal(undefined);
    const images = Array.from(article.querySelectorAll('img'));
    expect(images).to.have.length(2);
    await waitUntil(() => images.every((img) => img.complete), 'the images load');
    expect(images.map((img) => img.naturalWidth > 0)).to.deep.equal([true, true]);
  });

  it('renders a WordPress list, whose excerpts are parsed to drop "Continue reading" links', () => {
    const list = doc.querySelector('news-article-list.wordpress');
    expect(cardTitles(list)).to.have.length(2);
    const summaries = Array.from(root(list)!.querySelectorAll('news-article-card'), (card) => text(root(card)?.querySelector('[part~="summary"]')));
    expect(summaries.every(Boolean), 'every card has its teaser').to.equal(true);
  });

  it('renders the widgets of a provider, the carousel included', () => {
    expect(cardTitles(doc.querySelector('news-provider news-article-list'))).to.have.length(4);
    expect(root(doc.querySelector('news-provider news-category-nav'))?.querySelector('nav')).to.exist;
  });

  it(`sanitized the body with ${variant.query ? 'DOMPurify' : 'the Sanitizer API'}`, () => {
    const purify = win.performance.getEntriesByType('resource').filter((entry) => /purify/i.test(entry.name));
    expect(purify, 'DOMPurify chunk downloads').to.have.length(variant.query ? 1 : 0);
  });
});

describe('a strict-CSP page that runs Lit of its own and loads the bundle twice (ES module and classic script)', () => {
  // The policy names then exist twice: such a page needs 'allow-duplicates' (without it, the
  // bundle throws "Policy with name lit-html already exists" on load and no widget renders).
  it("renders, with no violation and no error, under 'allow-duplicates'", async () => {
    await requireCsp('/test/csp/host-lit-page.html');
    const win = await openPage('/test/csp/host-lit-page.html');
    const doc = win.document;
    await waitUntil(
      () => text(root(doc.querySelector('news-article-card'))?.querySelector('[part~="title"]')) && root(doc.querySelector('news-article'))?.querySelector('[part~="body"]'),
      'both widgets render',
      {timeout: 6000},
    ).catch(() => undefined);
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    expect(text(root(doc.querySelector('news-article-card'))?.querySelector('[part~="byline"]'))).to.equal('Par Ana');
    expect(text(root(doc.querySelector('news-article'))?.querySelector('[part~="body"] p'))).to.equal('After eleven hours of amendments, the vote came.');
  });
});

for (const variant of VARIANTS) describe(`a page whose Trusted Types list leaves out the library's policy, ${variant.name}`, () => {
  // A site that listed only the policies it knew of: the library's parsing of feed text is refused.
  it('still shows titles and teasers as readable text, the article with its body, and asks for the policy once', async () => {
    const path = '/test/csp/refused-policy-page.html';
    await requireCsp(path);
    const win = await openPage(path + variant.query);
    const doc = win.document;
    const list = doc.querySelector('news-article-list');
    const summaries = () => Array.from(root(list)?.querySelectorAll('news-article-card') ?? [], (card) => text(root(card)?.querySelector('[part~="summary"]')));
    await waitUntil(() => cardTitles(list).length === 2 && root(doc.querySelector('news-article'))?.querySelector('[part~="body"]'), 'the list and the article render', {timeout: 6000}).catch(() => undefined);
    expect(cardTitles(list)).to.deep.equal(['L’été brûlant … à Paris', 'L’hiver « doux »']);
    // WordPress's "[…]" read-more mark becomes an ellipsis.
    expect(summaries()).to.deep.equal(['Résumé d’une saison…', 'Prévisions']);
    expect(text(root(doc.querySelector('news-article'))?.querySelector('[part~="body"] p'))).to.equal('After eleven hours of amendments, the vote came.');
    expect(win.pageErrors).to.deep.equal([]);
    // The one refusal the page reports: the library asks once, then does without.
    expect(win.cspViolations.filter((v) => v.sample === 'news-widgets' || v.directive === 'trusted-types').length).to.be.at.most(1);
  });
});

describe("a page whose Trusted Types list leaves out the library's and DOMPurify's policies, without the Sanitizer API", () => {
  // No parser is left for feed text: the rough fallback must still show words, never "null" nor a blank list.
  it('shows the titles as rough text, with no error', async () => {
    const win = await openPage('/test/csp/refused-policy-page.html?sanitizer=dompurify&refuse=all');
    const list = win.document.querySelector('news-article-list');
    await waitUntil(() => cardTitles(list).length === 2, 'the list renders', {timeout: 6000}).catch(() => undefined);
    const titles = cardTitles(list);
    expect(titles.length).to.equal(2);
    for (const title of titles) expect(title !== 'null' && /Paris|hiver/.test(title), title).to.be.true;
    expect(win.pageErrors).to.deep.equal([]);
  });
});
