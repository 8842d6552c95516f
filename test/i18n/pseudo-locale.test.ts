import {expect, html, waitUntil} from '@open-wc/testing';
import {render} from 'lit';
import type {TemplateResult} from 'lit';
import '../../src/define.js';
import type {Article} from '../../src/data/model.js';
import {formatDate, formatDateTime} from '../../src/i18n/format.js';
import {registerLocale} from '../../src/i18n/locale.js';
import {fresh} from '../helpers.js';
import {faultServerUrl} from '/__fault-server.js';
import {buildPseudoLocale, collectShown, findLeaks} from './pseudo.js';
import type {PseudoLocale} from './pseudo.js';

const PSEUDO = 'en-XA';

// Feed data that no English word resembles, so that none of it passes for a label.
const fullArticle: Article = {
  id: 'x1',
  url: 'https://news.example/x1',
  title: 'Ŧx1',
  summary: '§ŝx§',
  contentHtml: '<p>Ƀx</p><blockquote>Ɋx</blockquote>',
  image: {src: new URL('/test/fixtures/images/photo.svg', location.href).href, alt: 'Ãļx', width: 1200, height: 675, caption: 'Çåþx', credit: 'Çŕx'},
  authors: [{name: 'Zø Ŭ'}, {name: 'Ŷø Ŵ', url: 'https://news.example/yw'}],
  source: {name: 'Ŝŕx', url: 'https://agency.example/'},
  category: {id: 'kx', name: 'Ķx', slug: 'kx'},
  tags: [{name: 'Ŧæĝx', slug: 'tx'}],
  published: '2024-02-01T10:00:00Z',
  updated: '2024-02-02T11:00:00Z',
  commentCount: 2,
  readingTimeMinutes: 4,
};

const fault = (route: string) => `${faultServerUrl}${route}${route.includes('?') ? '&' : '?'}key=pseudo-${Math.random()}`;
const feed = () => fresh('/test/fixtures/i18n-feed.json');
const missing = () => fresh('/test/fixtures/does-not-exist.json');
const hang = () => fault('/hang');
/** A one-article feed whose next page is at `nextUrl`. */
const pagedFeed = (nextUrl: string) =>
  fault(`/json?body=${encodeURIComponent(JSON.stringify({version: 'news-widgets/1', nextUrl, articles: [{id: 'p1', title: 'Ŧp1', url: 'https://news.example/p1'}]}))}`);

/** Every string of the test's data: taken out of what is shown before looking for English. */
function dataStrings(feedJson: unknown): string[] {
  const strings: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') strings.push(value, value.replace(/<[^>]*>/g, ''));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(feedJson);
  walk(fullArticle);
  walk(['Ŧp1', 'Ŧu']);
  return strings;
}

/** What Intl writes for our dates (Intl treats en-XA as English): absolute, and in full. */
function intlStrings(feedJson: {articles: Array<{published?: string; updated?: string}>}): string[] {
  const dates = [fullArticle.published, fullArticle.updated, ...feedJson.articles.flatMap((a) => [a.published, a.updated])];
  const strings = dates
    .filter((d): d is string => Boolean(d))
    .flatMap((iso) => [formatDate(iso, PSEUDO, {mode: 'absolute', timeZone: 'UTC'})!, formatDateTime(iso, PSEUDO, 'UTC')!]);
  // The list's own words between author names ("A and B"): Intl.ListFormat's, in English.
  const [, conjunction] = new Intl.ListFormat(PSEUDO, {type: 'conjunction'}).format(['\u0001', '\u0002']).split(/[\u0001\u0002]/);
  return [...strings, conjunction.trim()];
}

interface Case {
  name: string;
  /** Its request never ends: rendered after the others, as the browser opens only six connections to the fault server. */
  hangs?: boolean;
  template: TemplateResult;
  /** The state is reached when this matches in the widget's shadow root. */
  until: string;
  /** Run once the state is reached, e.g. a click, then wait for `then`. */
  act?: (el: Element) => void;
  then?: string;
}

const CASES: Record<'card' | 'list' | 'related' | 'nav' | 'article', Case[]> = {
  card: [
    {name: 'full', template: html`<news-article-card time-zone="UTC" .article=${fullArticle}></news-article-card>`, until: '[part~="meta"]'},
    {name: 'without title', template: html`<news-article-card .article=${{id: 'u', url: 'https://news.example/u'}}></news-article-card>`, until: '[part~="link"]'},
    {name: 'loading', template: html`<news-article-card loading></news-article-card>`, until: '[role="status"]'},
    {name: 'HTTP error', template: html`<news-article-card src=${missing()}></news-article-card>`, until: '[part~="retry"]'},
    {name: 'not found', template: html`<news-article-card src=${feed()} article-id="nope"></news-article-card>`, until: '[role="alert"]'},
    {name: 'unreadable feed', template: html`<news-article-card src=${fault('/invalid-json')}></news-article-card>`, until: '[role="alert"]'},
    {name: 'feed too large', template: html`<news-article-card src=${fault('/big-declared?mb=6')}></news-article-card>`, until: '[role="alert"]'},
    {name: 'network error', template: html`<news-article-card src=${fault('/no-cors')}></news-article-card>`, until: '[role="alert"]'},
  ],
  list: [
    {name: 'loading', hangs: true, template: html`<news-article-list src=${hang()}></news-article-list>`, until: '[aria-busy="true"]'},
    {name: 'ready', template: html`<news-article-list time-zone="UTC" src=${feed()}></news-article-list>`, until: '[part~="list"]:not([aria-busy])'},
    {name: 'empty', template: html`<news-article-list src=${fresh('/test/fixtures/i18n-empty-feed.json')}></news-article-list>`, until: '[part~="message"]'},
    {name: 'error', template: html`<news-article-list src=${missing()}></news-article-list>`, until: '[part~="retry"]'},
    {name: 'Load more', template: html`<news-article-list time-zone="UTC" limit="1" src=${feed()}></news-article-list>`, until: '[part~="load-more"]'},
    {
      name: 'loading more',
      hangs: true,
      template: html`<news-article-list src=${pagedFeed(hang())}></news-article-list>`,
      until: '[part~="load-more"]',
      act: (el) => el.shadowRoot!.querySelector<HTMLElement>('[part~="load-more"]')!.click(),
      then: '[part~="load-more"][aria-disabled="true"]',
    },
    {
      name: 'next page failed',
      template: html`<news-article-list src=${pagedFeed(missing())}></news-article-list>`,
      until: '[part~="load-more"]',
      act: (el) => el.shadowRoot!.querySelector<HTMLElement>('[part~="load-more"]')!.click(),
      then: '[part~="retry"]',
    },
    {name: 'carousel', template: html`<news-article-list time-zone="UTC" layout="carousel" src=${feed()} style="width: 400px"></news-article-list>`, until: '[part~="list"]:not([aria-busy])'},
  ],
  related: [
    {name: 'topic', template: html`<news-related-list time-zone="UTC" src=${feed()} article-id="i1"></news-related-list>`, until: '[part~="list"]:not([aria-busy])'},
    {name: 'category', template: html`<news-related-list time-zone="UTC" src=${feed()} article-id="i1" relation="category"></news-related-list>`, until: '[part~="list"]:not([aria-busy])'},
    {name: 'author', template: html`<news-related-list time-zone="UTC" src=${feed()} article-id="i1" relation="author"></news-related-list>`, until: '[part~="list"]:not([aria-busy])'},
    {name: 'empty', template: html`<news-related-list src=${feed()} article-id="none" empty="message"></news-related-list>`, until: '[part~="message"]'},
    {name: 'loading', hangs: true, template: html`<news-related-list src=${hang()} article-id="i1"></news-related-list>`, until: '[aria-busy="true"]'},
    {name: 'error', template: html`<news-related-list src=${missing()} article-id="i1"></news-related-list>`, until: '[part~="retry"]'},
  ],
  nav: [
    {
      name: 'narrow, with the More menu open',
      template: html`<news-category-nav src=${feed()} style="width: 150px"></news-category-nav>`,
      until: '[part~="more"]',
      act: (el) => el.shadowRoot!.querySelector<HTMLElement>('[part~="more"]')!.click(),
      then: '[part~="menu"]:not([hidden])',
    },
    {name: 'wide', template: html`<news-category-nav src=${feed()} style="width: 1000px"></news-category-nav>`, until: 'nav [part~="link"]'},
    {name: 'loading', hangs: true, template: html`<news-category-nav src=${hang()}></news-category-nav>`, until: '[role="status"]'},
    {name: 'error', template: html`<news-category-nav src=${missing()}></news-category-nav>`, until: '[part~="retry"]'},
  ],
  article: [
    {name: 'full', template: html`<news-article time-zone="UTC" .article=${fullArticle}></news-article>`, until: '[part~="source"]'},
    {name: 'from a feed', template: html`<news-article time-zone="UTC" src=${feed()} article-id="i1"></news-article>`, until: '[part~="source"]'},
    {name: 'without source', template: html`<news-article .article=${{id: 'o', title: 'Ŧu', url: 'https://news.example/o'}}></news-article>`, until: '[part~="source"]'},
    {name: 'without title', template: html`<news-article .article=${{id: 'u', summary: '§ŝx§'}}></news-article>`, until: '[part~="title"]'},
    {name: 'loading', hangs: true, template: html`<news-article src=${hang()}></news-article>`, until: '[role="status"]'},
    {name: 'error', template: html`<news-article src=${missing()}></news-article>`, until: '[part~="retry"]'},
    {name: 'not found', template: html`<news-article src=${feed()} article-id="nope"></news-article>`, until: '[role="alert"]'},
  ],
};

class LeakyProbe extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({mode: 'open'}).innerHTML =
      '<p>⟦Ĺóçáĺ⟧ Read more</p><button aria-label="Close">×</button><span title="⟦Ţíţĺé⟧">Ŧx1</span><time>Feb 1, 2024</time><i18n-leaky-inner></i18n-leaky-inner>';
  }
}
class LeakyInner extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({mode: 'open'}).innerHTML = '<style>p { color: red }</style><em lang="en">Oops</em>';
  }
}
customElements.define('i18n-leaky-probe', LeakyProbe);
customElements.define('i18n-leaky-inner', LeakyInner);

describe('i18n: no user-visible string escapes localization (pseudo-locale en-XA)', () => {
  let pseudo: PseudoLocale;
  let known: string[];
  const container = document.createElement('div');
  const rendered = new Map<string, Element[]>();

  before(async function () {
    this.timeout(15_000);
    pseudo = await buildPseudoLocale();
    registerLocale(PSEUDO, async () => pseudo.module);
    const feedJson = await (await fetch('/test/fixtures/i18n-feed.json')).json();
    known = [...dataStrings(feedJson), ...intlStrings(feedJson)];

    container.lang = PSEUDO;
    container.style.width = '800px';
    document.body.append(container);
    const all = Object.entries(CASES).flatMap(([widget, cases]) => cases.map((c) => ({widget, ...c})));
    const elements = new Map<(typeof all)[number], Element>();
    const reached = (el: Element, selector: string) => () => Boolean(el.shadowRoot?.querySelector(selector));
    for (const phase of [all.filter((c) => !c.hangs), all.filter((c) => c.hangs)]) {
      const part = document.createElement('div');
      container.append(part);
      render(html`${phase.map((c) => html`<div data-case=${`${c.widget}: ${c.name}`}>${c.template}</div>`)}`, part);
      await Promise.all(
        phase.map(async (c, i) => {
          const el = part.children[i].firstElementChild!;
          elements.set(c, el);
          await waitUntil(reached(el, c.until), `${c.widget}: ${c.name}: ${c.until}`, {timeout: 5000});
        }),
      );
    }
    // One at a time, in the order of CASES (the nav's last): a click anywhere closes an open "More" menu,
    // as it should, so a menu opened while another case clicked was sometimes closed before it was seen.
    for (const c of all) {
      const el = elements.get(c)!;
      if (c.act) {
        c.act(el);
        await waitUntil(reached(el, c.then!), `${c.widget}: ${c.name}: ${c.then}`, {timeout: 3000});
      }
      rendered.set(c.widget, [...(rendered.get(c.widget) ?? []), el]);
    }
  });

  after(() => container.remove());

  it('the checker reports English it is shown, and only that (self-test)', async () => {
    const probe = document.createElement('i18n-leaky-probe');
    document.body.append(probe);
    try {
      const leaks = findLeaks(collectShown(probe), known);
      const runs = leaks.map((leak) => /: "([^"]+)"/.exec(leak)![1]);
      expect(runs).to.deep.equal(['Read', 'more', 'Close', 'Oops']);
      expect(leaks[0]).to.contain('<i18n-leaky-probe> p');
    } finally {
      probe.remove();
    }
  });

  it('the pseudo-locale turns every English source into bracketed, accented text', () => {
    const templates = Object.entries(pseudo.module.templates);
    expect(templates.length).to.be.at.least(30);
    for (const [id, template] of templates) {
      const text = typeof template === 'string' ? template : (template as {strings: readonly string[]}).strings.join('${}');
      expect(text, id).to.match(/^⟦[^A-Za-z]*⟧$/);
    }
  });

  for (const widget of Object.keys(CASES)) {
    it(`${widget}: every state speaks the pseudo-locale only`, () => {
      const elements = rendered.get(widget)!;
      const cases = CASES[widget as keyof typeof CASES];
      expect(elements.length).to.equal(cases.length);
      // A state reached by a click (an open menu, a failed next page) is still the one shown.
      cases.forEach((c, i) => c.then && expect(elements[i].shadowRoot!.querySelector(c.then), `${c.name}: ${c.then}`).to.exist);
      const shown = elements.flatMap((el) => collectShown(el));
      // The widgets did render something, in the pseudo-locale.
      expect(shown.some((s) => s.text.includes('⟦')), 'pseudo-localized text').to.be.true;
      expect(findLeaks(shown, known)).to.deep.equal([]);
    });
  }

  it('every message of the catalog shows up in some state', () => {
    const everything = collectShown(container)
      .map((s) => s.text)
      .join('\n');
    // English has only the "one" and "other" plural categories; a timeout takes ten seconds to happen.
    const unreachable = new Set(['comments.zero', 'comments.two', 'comments.few', 'comments.many', 'error.timeout']);
    const missingIds = [...pseudo.signatures].filter(([id, signature]) => !unreachable.has(id) && !everything.includes(signature)).map(([id]) => id);
    expect(missingIds).to.deep.equal([]);
  });
});
