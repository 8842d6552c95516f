import {expect, nextFrame, waitUntil} from '@open-wc/testing';

/**
 * The demo pages, opened from the built bundle in an iframe as a reader
 * would open them, and read as a reader would: headlines, headings, labels.
 * Widgets render into shadow roots; a list's cards live in the list's.
 */

interface Page {
  win: Window & typeof globalThis;
  doc: Document;
  /** Errors, unhandled rejections and console.error calls, from the page's first script on. */
  errors: string[];
}

interface CardArticle {
  id: string;
  category?: {slug: string; name: string};
}
type Card = Element & {article?: CardArticle};

interface FeedItem {
  id: string;
  title: string;
  _news: {category: {name: string; slug: string}; commentCount: number; source: {name: string}};
}
interface DemoFeed {
  items: FeedItem[];
  _news: {categories: {name: string; slug: string}[]};
}

const WAIT = {timeout: 5000};
const frames: HTMLIFrameElement[] = [];
const feeds = new Map<string, Promise<DemoFeed>>();

/** A demo feed as the page reads it, for the texts a page should show. */
function demoFeed(lang: string): Promise<DemoFeed> {
  if (!feeds.has(lang)) feeds.set(lang, fetch(`/demo/data/${lang}/feed.json`).then((r) => r.json()));
  return feeds.get(lang)!;
}

/**
 * Opens a page in an iframe. The iframe's first, empty window is the one the
 * same-origin page then runs in (HTML's window reuse), so listeners added
 * before navigating see errors from the page's very first script.
 */
async function openPage(path: string, {width = 1280, height = 1000} = {}): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = path;
  document.body.append(frame);
  frames.push(frame);
  const win = frame.contentWindow as Window & typeof globalThis & {demoTestMarker?: boolean};
  const errors: string[] = [];
  win.demoTestMarker = true;
  win.addEventListener('error', (event) => errors.push(`error: ${event.message}`));
  win.addEventListener('unhandledrejection', (event) => errors.push(`unhandledrejection: ${String(event.reason)}`));
  const consoleError = win.console.error;
  win.console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
    consoleError.apply(win.console, args);
  };
  await loaded;
  if (!win.demoTestMarker) throw new Error(`${path} got a new window: the error listeners are not in it`);
  return {win, doc: win.document, errors};
}

/**
 * Scrolls to each `lazy` widget in turn, as a reader going down the page
 * would (they render only near the viewport), then back to the top.
 */
async function scrollThrough(page: Page): Promise<void> {
  for (const widget of page.doc.querySelectorAll('[lazy]')) {
    widget.scrollIntoView();
    await nextFrame();
    await nextFrame();
  }
  page.win.scrollTo(0, 0);
}

/** Requests of the page that failed (4xx, 5xx), but for the ones it makes on purpose. */
function failedRequests(page: Page, expected: string[] = []): string[] {
  return (page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => entry.responseStatus >= 400)
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => !expected.some((end) => path.endsWith(end)));
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Text of the first element with `part` in a widget's shadow root. */
const partText = (host: Element | null | undefined, part: string) => clean(host?.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent);

/** The cards a list shows, in order. */
const cardsOf = (list: Element | null | undefined): Card[] => Array.from(list?.shadowRoot?.querySelectorAll('news-article-card') ?? []);

/** True once every card of `list` shows its headline (cards render after their list). */
const cardsReady = (list: Element | null | undefined, count?: number) => {
  const cards = cardsOf(list);
  return cards.length > 0 && (count === undefined || cards.length === count) && cards.every((card) => partText(card, 'title'));
};

/** Every text a reader could see, shadow roots included. */
function deepText(root: Node): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out += `${node.nodeValue} `;
    if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.nodeName)) return;
    const shadow = (node as Element).shadowRoot;
    if (shadow) shadow.childNodes.forEach(walk);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return clean(out);
}

/** A whole word, so that "All" does not match "Allée". */
const word = (text: string) => new RegExp(`(?<![\\p{L}])${text}(?![\\p{L}])`, 'u');

/** Labels of the widgets and of the page, by language: none may show on a page in another language. */
const LABELS: Record<string, RegExp[]> = {
  fr: [/Même sujet/, /Même rubrique/, /Même auteur/, word('Toutes'), word('commentaires?'), /Lecture\s*:/, /Source\s+:/, word('Thème'), /Aller au contenu/],
  vi: [/Cùng chủ đề/, /Cùng chuyên mục/, /Cùng tác giả/, /Tất cả/, /bình luận/, /Thời gian đọc/, /Nguồn:/, /Tác giả:/, /Giao diện/],
  en: [/Same topic/, /Same category/, /Same author/, word('All'), word('comments?'), word('minutes? read'), /Source:/, word('By'), word('Theme'), /Skip to content/],
};
const foreignLabels = (text: string, lang: string) =>
  Object.entries(LABELS)
    .filter(([other]) => other !== lang)
    .flatMap(([, patterns]) => patterns.filter((pattern) => pattern.test(text)).map(String));

describe('demo pages, on the built bundle', function () {
  this.timeout(20_000);

  before(async () => {
    const response = await fetch('/dist/news-widgets.js', {method: 'HEAD'});
    if (!response.ok) throw new Error('dist/news-widgets.js is missing: run `npm run build` first (npm test does).');
  });

  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('would notice a page that throws, rejects or logs an error', async () => {
    const page = await openPage('/test/demo/throws.html');
    await waitUntil(() => page.errors.length >= 3, 'the errors are collected', WAIT);
    expect(page.errors.join('\n')).to.include('thrown by the first script').and.include('rejected and never handled').and.include('logged as an error');
  });

  describe('article.html', () => {
    const article = (page: Page) => page.doc.querySelector('news-article');
    const relatedLists = (page: Page) => Array.from(page.doc.querySelectorAll('news-related-list'));
    const nav = (page: Page) => page.doc.querySelector('news-category-nav');
    const navItems = (page: Page) => Array.from(nav(page)?.shadowRoot?.querySelectorAll('[part~="link"]') ?? []).map((el) => clean(el.textContent));
    const navCurrent = (page: Page) => clean(nav(page)?.shadowRoot?.querySelector('[aria-current]')?.textContent);
    const relatedReady = (page: Page) => relatedLists(page).every((list) => list.hasAttribute('data-empty') || cardsReady(list));

    it('shows the article chosen by ?id=, in French, with its section marked in the menu', async () => {
      const page = await openPage('/demo/article.html?id=1012');
      const story = (await demoFeed('fr')).items.find((item) => item.id === '1012')!;
      await waitUntil(() => partText(article(page), 'title') === story.title, 'the article shows its headline', WAIT);
      await waitUntil(() => navCurrent(page), 'the menu marks the current section', WAIT);

      expect(page.doc.documentElement.lang).to.equal('fr');
      expect(navItems(page)).to.deep.equal(['Toutes', ...(await demoFeed('fr'))._news.categories.map((c) => c.name)]);
      expect(navCurrent(page)).to.equal(story._news.category.name);
      expect(partText(article(page), 'comments')).to.equal('17 commentaires');
      expect(partText(article(page), 'source')).to.equal(`Source : ${story._news.source.name}`);
      const figure = article(page)!.shadowRoot!.querySelector('[part~="figure"]')!;
      expect(figure.querySelector('img')!.getAttribute('alt')).to.not.be.empty;
      expect(partText(article(page), 'credit')).to.match(/^Photo : /);
      await waitUntil(() => page.doc.title.startsWith(story.title), 'the tab shows the headline', WAIT);
      expect(page.errors).to.deep.equal([]);
      expect(failedRequests(page)).to.deep.equal([]);
    });

    it('shows three related lists, topic, category and author, never repeating a story nor the article', async () => {
      // 1026: the topic list takes every other "Figures" story, so the category list has none left and hides.
      const hidden: Record<string, boolean[]> = {'1001': [false, false, false], '1012': [false, false, false], '1026': [false, true, false]};
      for (const [id, hides] of Object.entries(hidden)) {
        const page = await openPage(`/demo/article.html?id=${id}`);
        await waitUntil(() => relatedLists(page).length === 3 && relatedReady(page), `the related lists of ${id} load`, WAIT);
        const lists = relatedLists(page);
        expect(lists.map((list) => list.hasAttribute('data-empty')), `hidden lists of ${id}`).to.deep.equal(hides);
        expect(lists.map((list) => partText(list, 'heading'))).to.deep.equal(
          ['Même sujet', 'Même rubrique', 'Même auteur'].map((heading, i) => (hides[i] ? '' : heading)),
        );
        const ids = lists.flatMap((list) => cardsOf(list).map((card) => card.article!.id));
        expect(new Set(ids).size, `stories of ${id}: ${ids}`).to.equal(ids.length);
        expect(ids).to.not.include(id);
        expect(page.errors).to.deep.equal([]);
      }
    });

    it('changes every label when the reader switches to Vietnamese, then English', async () => {
      const page = await openPage('/demo/article.html');
      const headings = () => relatedLists(page).map((list) => partText(list, 'heading'));
      const firstCardComments = () => partText(cardsOf(relatedLists(page)[0])[0], 'comments');
      const [fr, vi, en] = await Promise.all(['fr', 'vi', 'en'].map(demoFeed));

      await waitUntil(() => partText(article(page), 'title') === fr.items[0].title && relatedReady(page) && navCurrent(page), 'the French page loads', WAIT);
      expect(headings()).to.deep.equal(['Même sujet', 'Même rubrique', 'Même auteur']);
      expect(navItems(page)[0]).to.equal('Toutes');
      expect(navCurrent(page)).to.equal('Patrimoine');
      expect(partText(article(page), 'comments')).to.equal('0 commentaire');
      expect(partText(article(page), 'byline')).to.match(/^Par Claire Morel/);
      expect(firstCardComments()).to.match(/commentaires?$/);
      expect(foreignLabels(deepText(page.doc.body), 'fr')).to.deep.equal([]);

      page.doc.querySelector<HTMLButtonElement>('.language-switch button[value="vi"]')!.click();
      await waitUntil(() => partText(article(page), 'title') === vi.items[0].title && relatedReady(page), 'the Vietnamese feed loads', WAIT);
      await waitUntil(() => headings()[0] === 'Cùng chủ đề' && navCurrent(page) === 'Di sản', 'the labels turn Vietnamese', WAIT);
      expect(page.doc.documentElement.lang).to.equal('vi');
      expect(headings()).to.deep.equal(['Cùng chủ đề', 'Cùng chuyên mục', 'Cùng tác giả']);
      expect(navItems(page)[0]).to.equal('Tất cả');
      expect(partText(article(page), 'comments')).to.equal('0 bình luận');
      expect(partText(article(page), 'byline')).to.match(/^Tác giả: Claire Morel/);
      expect(partText(article(page), 'source')).to.equal('Nguồn: Thông tấn Aurelle');
      expect(firstCardComments()).to.match(/bình luận$/);
      expect(clean(page.doc.querySelector('.brand-name')!.textContent)).to.equal('Bản tin Aurelle');
      expect(foreignLabels(deepText(page.doc.body), 'vi')).to.deep.equal([]);
      expect(page.win.location.search).to.include('lang=vi');

      page.doc.querySelector<HTMLButtonElement>('.language-switch button[value="en"]')!.click();
      await waitUntil(() => partText(article(page), 'title') === en.items[0].title && relatedReady(page), 'the English feed loads', WAIT);
      await waitUntil(() => headings()[0] === 'Same topic' && navCurrent(page) === 'Heritage', 'the labels turn English', WAIT);
      expect(headings()).to.deep.equal(['Same topic', 'Same category', 'Same author']);
      expect(navItems(page)[0]).to.equal('All');
      expect(partText(article(page), 'comments')).to.equal('0 comments');
      expect(partText(article(page), 'byline')).to.match(/^By Claire Morel/);
      expect(partText(article(page), 'source')).to.equal('Source: Aurelle Press Agency');
      expect(firstCardComments()).to.match(/comments?$/);
      expect(foreignLabels(deepText(page.doc.body), 'en')).to.deep.equal([]);
      expect(page.errors).to.deep.equal([]);
      expect(failedRequests(page)).to.deep.equal([]);
    });

    it('reads the feed given by ?src=, here the WordPress one, and its first story without ?id=', async () => {
      const page = await openPage('/demo/article.html?src=data/en/wp-posts.json&lang=en');
      const first = (await demoFeed('en')).items[0];
      await waitUntil(() => partText(article(page), 'title') === first.title, 'the first story of the other feed shows', WAIT);
      await waitUntil(() => relatedLists(page).length === 3 && relatedReady(page) && navCurrent(page), 'related lists and menu follow', WAIT);
      expect(navCurrent(page)).to.equal('Heritage');
      expect(page.doc.getElementById('custom-feed')!.hidden).to.be.false;
      expect(relatedLists(page).some((list) => cardsOf(list).length > 0)).to.be.true;
      expect(page.errors).to.deep.equal([]);
    });
  });

  describe('index.html', () => {
    const provider = (page: Page) => page.doc.getElementById('provider')!;
    const grid = (page: Page) => page.doc.getElementById('top-stories');
    const carousel = (page: Page) => page.doc.getElementById('all-news');
    const sectionLists = (page: Page) => Array.from(page.doc.querySelectorAll('#sections news-article-list'));
    const slugs = (list: Element | null) => cardsOf(list).map((card) => card.article?.category?.slug);
    const navButton = (page: Page, name: string) =>
      Array.from(page.doc.getElementById('nav')!.shadowRoot!.querySelectorAll<HTMLElement>('[part~="link"]')).find((el) => clean(el.textContent) === name);

    it('shows a hero card, a grid, a carousel and one list per section', async () => {
      const page = await openPage('/demo/index.html');
      const feed = await demoFeed('fr');
      await waitUntil(() => partText(page.doc.getElementById('hero'), 'title') === feed.items[0].title, 'the hero card shows the first story', WAIT);
      await waitUntil(() => cardsReady(grid(page), 6), 'the grid fills', WAIT);
      await waitUntil(() => sectionLists(page).length === 7, 'the section lists are written', WAIT);
      await scrollThrough(page);
      await waitUntil(() => cardsReady(carousel(page), feed.items.length), 'the carousel fills', WAIT);
      await waitUntil(() => sectionLists(page).every((list) => cardsReady(list)), 'the section lists fill', WAIT);

      // One h1 on the page, the site's name; the widgets' headings come below it.
      expect(Array.from(page.doc.querySelectorAll('h1'), (h) => clean(h.textContent))).to.deep.equal(['Le Courrier de l’Aurelle']);
      expect(page.doc.getElementById('hero')!.getAttribute('heading-level')).to.not.equal('1');
      expect(page.doc.getElementById('hero')!.getAttribute('variant')).to.equal('hero');
      expect(grid(page)!.getAttribute('layout')).to.equal('grid');
      expect(partText(grid(page), 'heading')).to.equal('À la une');
      expect(carousel(page)!.shadowRoot!.querySelector('[part~="scroller"]')).to.exist;
      expect(sectionLists(page).map((list) => partText(list, 'heading'))).to.deep.equal(feed._news.categories.map((c) => c.name));
      for (const list of sectionLists(page)) {
        expect(cardsOf(list).length).to.be.within(1, 3);
        expect(new Set(slugs(list))).to.deep.equal(new Set([list.getAttribute('category')]));
      }
      expect(clean(page.doc.getElementById('nav')!.shadowRoot!.querySelector('[aria-current]')?.textContent)).to.equal('Toutes');
      expect(page.errors).to.deep.equal([]);
      // "When things go wrong": a JSON answer that is no feed, read as a reader would, without a failed request.
      const unreadable = page.doc.querySelector('news-article-card[src="data/not-a-feed.json"]');
      await waitUntil(() => partText(unreadable, 'message'), 'the unreadable feed says so', WAIT);
      expect(partText(unreadable, 'message')).to.contain('Le flux d’actualités est illisible.');
      expect(failedRequests(page)).to.deep.equal([]);
    });

    it('filters the lists that follow the provider when a category is chosen in the menu', async () => {
      const page = await openPage('/demo/index.html');
      const politics = (await demoFeed('fr')).items.filter((item) => item._news.category.slug === 'politics');
      // Widgets take turns to render: the section lists may show their cards a few tasks after the grid.
      await waitUntil(() => cardsReady(grid(page), 6) && sectionLists(page).length === 7 && navButton(page, 'Politique'), 'the page loads', WAIT);
      await scrollThrough(page);
      await waitUntil(() => sectionLists(page).every((list) => cardsReady(list)), 'the section lists fill', WAIT);
      const heritageBefore = cardsOf(sectionLists(page)[0]).map((card) => card.article!.id);

      navButton(page, 'Politique')!.click();
      await waitUntil(() => provider(page).getAttribute('category') === 'politics', 'the provider takes the category', WAIT);
      await waitUntil(() => cardsReady(grid(page), politics.length) && cardsReady(carousel(page), politics.length), 'the lists filter', WAIT);
      expect(new Set(slugs(grid(page)))).to.deep.equal(new Set(['politics']));
      expect(new Set(slugs(carousel(page)))).to.deep.equal(new Set(['politics']));
      expect(cardsOf(sectionLists(page)[0]).map((card) => card.article!.id), 'a list with its own category stays').to.deep.equal(heritageBefore);
      expect(clean(page.doc.getElementById('nav')!.shadowRoot!.querySelector('[aria-current]')?.textContent)).to.equal('Politique');
      expect(page.win.location.search).to.include('category=politics');

      navButton(page, 'Toutes')!.click();
      await waitUntil(() => cardsReady(grid(page), 6) && new Set(slugs(grid(page))).size > 1, 'every section again', WAIT);
      expect(provider(page).hasAttribute('category')).to.be.false;
      expect(page.errors).to.deep.equal([]);
    });

    it('reads the feed given by ?src= and shows the theme given by ?theme=, which the widgets follow', async () => {
      const page = await openPage('/demo/index.html?src=data/vi/native.json&lang=vi&theme=dark');
      const first = (await demoFeed('vi')).items[0];
      await waitUntil(() => partText(page.doc.getElementById('hero'), 'title') === first.title, 'the hero shows the other feed', WAIT);
      await waitUntil(() => cardsReady(grid(page), 6) && sectionLists(page).length === 7, 'the lists fill', WAIT);
      expect(page.doc.getElementById('custom-feed')!.hidden).to.be.false;
      expect(partText(grid(page), 'heading')).to.equal('Tin nổi bật');
      expect((page.doc.getElementById('theme') as HTMLSelectElement).value).to.equal('dark');
      // The page is dark, the reader's preference light: the widgets take the page's scheme, without a theme of their own.
      expect(page.win.matchMedia('(prefers-color-scheme: dark)').matches).to.be.false;
      expect(page.doc.querySelector('[theme]')).to.equal(null);
      const colour = (el: Element | null | undefined) => getComputedStyle(el!).color;
      expect(colour(page.doc.getElementById('hero')!.shadowRoot!.querySelector('[part~="title"]'))).to.equal('rgb(236, 236, 241)');
      const card = grid(page)!.shadowRoot!.querySelector('news-article-card')!;
      expect(colour(card.shadowRoot!.querySelector('[part~="title"]'))).to.equal('rgb(236, 236, 241)');
      expect(page.errors).to.deep.equal([]);
    });
  });

  describe('embed.html', () => {
    const cardImages = (list: Element) => cardsOf(list).map((card) => card.shadowRoot?.querySelector('img'));

    it('shows the cards and their images in a page whose CSS hides images and paints links red', async () => {
      const page = await openPage('/demo/embed.html', {height: 1600});
      const list = page.doc.querySelector('news-article-list')!;
      await waitUntil(() => cardsReady(list, 4), 'the list shows its cards', WAIT);
      expect(page.doc.querySelectorAll('script[src*="news-widgets"]')).to.have.length(1);
      expect(page.doc.querySelectorAll('news-provider, news-article-card, news-article-list, news-related-list, news-category-nav, news-article')).to.have.length(1);
      for (const img of cardImages(list)) img?.scrollIntoView({block: 'center'});
      await waitUntil(() => cardImages(list).every((img) => img?.complete && img.naturalWidth > 0), 'the images load', WAIT);

      expect(page.win.getComputedStyle(page.doc.querySelector('article img')!).display, 'the host page hides its own images').to.equal('none');
      for (const card of cardsOf(list)) {
        const img = card.shadowRoot!.querySelector('img')!;
        const box = img.getBoundingClientRect();
        expect(page.win.getComputedStyle(img).display).to.not.equal('none');
        expect(box.width).to.be.greaterThan(100);
        expect(box.height).to.be.greaterThan(50);
        expect(page.win.getComputedStyle(card.shadowRoot!.querySelector('[part~="link"]')!).color).to.not.equal('rgb(255, 0, 0)');
      }
      expect(partText(list, 'heading')).to.equal('From the Aurelle Courier');
      expect(page.errors).to.deep.equal([]);
      expect(failedRequests(page)).to.deep.equal([]);
    });

    it('keeps its own letter case, alignment and spacing in a page that sets them on <body>', async () => {
      const page = await openPage('/demo/embed.html');
      const list = page.doc.querySelector('news-article-list')!;
      await waitUntil(() => cardsReady(list, 4), 'the list shows its cards', WAIT);
      const title = cardsOf(list)[0].shadowRoot!.querySelector('[part~="title"]')!;
      const style = page.win.getComputedStyle(title);
      expect(style.textTransform).to.equal('none');
      expect(style.textAlign).to.be.oneOf(['start', 'left']);
      expect(style.letterSpacing).to.equal('normal');
      expect(style.wordSpacing).to.equal('0px');
    });
  });

  describe('CMS recipes (docs/cms-recipes.md)', () => {
    it('wordpress.html: the template part lists six posts from the REST API, in English', async () => {
      const page = await openPage('/demo/recipes/wordpress.html');
      const list = page.doc.querySelector('news-article-list')!;
      await waitUntil(() => cardsReady(list, 6), 'six cards', WAIT);
      expect(partText(list, 'heading')).to.equal('Latest news');
      expect(partText(cardsOf(list)[0], 'byline')).to.match(/^By /);
      expect(cardsOf(list)[0].shadowRoot!.querySelector('img')!.alt).to.not.be.empty;
      expect(page.errors).to.deep.equal([]);
      expect(failedRequests(page)).to.deep.equal([]);
    });

    it('static-site.html: the partial shows a menu and six stories from a JSON Feed, in French', async () => {
      const page = await openPage('/demo/recipes/static-site.html');
      const list = page.doc.querySelector('news-article-list')!;
      const nav = page.doc.querySelector('news-category-nav')!;
      await waitUntil(() => cardsReady(list, 6) && nav.shadowRoot?.querySelectorAll('[part~="link"]').length === 8, 'menu and cards', WAIT);
      expect(partText(list, 'heading')).to.equal('Dernières nouvelles');
      expect(partText(cardsOf(list)[0], 'comments')).to.match(/commentaires?$/);
      expect(page.errors).to.deep.equal([]);
      expect(failedRequests(page)).to.deep.equal([]);
    });

    it('plain.html: one card and a list from the native format, in Vietnamese', async () => {
      const page = await openPage('/demo/recipes/plain.html');
      const card = page.doc.querySelector('news-article-card')!;
      const list = page.doc.querySelector('news-article-list')!;
      const story = (await demoFeed('vi')).items.find((item) => item.id === '1010')!;
      await waitUntil(() => partText(card, 'title') === story.title && cardsReady(list, 4), 'the card and the list', WAIT);
      expect(partText(list, 'heading')).to.equal('Tin mới');
      expect(partText(cardsOf(list)[0], 'comments')).to.match(/bình luận$/);
      expect(page.errors).to.deep.equal([]);
      expect(failedRequests(page)).to.deep.equal([]);
    });
  });
});
