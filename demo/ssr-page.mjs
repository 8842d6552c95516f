/**
 * The server-rendered demo page (`/demo/ssr.html`, served by scripts/serve.mjs):
 * every widget below is rendered here, in Node, by `news-widgets/ssr`, and
 * `news-widgets.hydrate.js` brings them to life in the browser from the feed
 * each one carries. With JavaScript off the page still reads: the shadow
 * roots are declarative, and each widget also holds plain links.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {renderWidget} from '../dist/ssr/index.js';

const LANGS = {fr: 'Français', en: 'English', vi: 'Tiếng Việt', ar: 'العربية'};
// Arabic labels on the French feed: the widgets turn right to left, the articles keep their language.
const FEED_OF = {fr: 'fr', en: 'en', vi: 'vi', ar: 'fr'};
const HEADING = {fr: 'À la une', en: 'Top stories', vi: 'Tin nổi bật', ar: 'أبرز الأخبار'};
// The page's own words, in the page's language as the widgets' labels are.
const PAGE = {
  fr: {
    title: 'Widgets rendus sur le serveur',
    tagline: 'Rendus sur le serveur, hydratés dans le navigateur',
    description: 'Chaque widget de cette page est rendu sur le serveur en shadow DOM déclaratif, puis hydraté dans le navigateur sans seconde requête.',
    language: 'Langue',
  },
  en: {
    title: 'Server-rendered widgets',
    tagline: 'Rendered on the server, hydrated in the browser',
    description: 'Every widget on this page is rendered on the server with declarative shadow DOM, then hydrated in the browser without a second request.',
    language: 'Language',
  },
  vi: {
    title: 'Tiện ích kết xuất trên máy chủ',
    tagline: 'Kết xuất trên máy chủ, kích hoạt trong trình duyệt',
    description: 'Mọi tiện ích trên trang này được kết xuất trên máy chủ bằng shadow DOM khai báo, rồi được kích hoạt trong trình duyệt mà không cần yêu cầu thứ hai.',
    language: 'Ngôn ngữ',
  },
  ar: {
    title: 'عناصر مُعدّة على الخادم',
    tagline: 'تُعدّ على الخادم وتُفعَّل في المتصفح',
    description: 'كل عنصر في هذه الصفحة يُعدّ على الخادم بـ shadow DOM تصريحي، ثم يُفعَّل في المتصفح دون طلب ثانٍ.',
    language: 'اللغة',
  },
};
const DIR = {ar: 'rtl'};

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page for `pageUrl` (a URL object), its language from `?lang=`. */
export async function renderSsrPage(pageUrl, root = process.cwd()) {
  const lang = Object.hasOwn(LANGS, pageUrl.searchParams.get('lang') ?? '') ? pageUrl.searchParams.get('lang') : 'fr';
  const src = `data/${FEED_OF[lang]}/feed.json`;
  // The browser resolves src against the page; the server needs the same absolute URL for the feed's links.
  const baseUrl = new URL(src, pageUrl).href;
  const json = JSON.parse(await readFile(path.join(root, 'demo', src), 'utf8'));
  const common = {src, json, baseUrl, lang};
  const feedArticle = json.items?.[0]?.id ?? '1001';

  const [nav, hero, list, related] = await Promise.all([
    renderWidget({...common, tag: 'news-category-nav', attributes: {id: 'nav', 'href-template': `index.html?category={slug}&lang=${FEED_OF[lang]}`, 'all-href': `index.html?lang=${FEED_OF[lang]}`}}),
    // The navigation carries the feed for all: the others find it by their common src.
    renderWidget({...common, embedFeed: false, tag: 'news-article-card', attributes: {id: 'hero', variant: 'hero', 'heading-level': '2'}}),
    renderWidget({...common, embedFeed: false, tag: 'news-article-list', jsonLd: true, attributes: {id: 'latest', layout: 'grid', limit: '4', heading: HEADING[lang]}}),
    // A provider shares the feed with the lists inside it: the second never repeats a story of the first.
    renderWidget({
      ...common,
      embedFeed: false,
      tag: 'news-provider',
      attributes: {id: 'related'},
      jsonLd: true,
      children: [
        {tag: 'news-related-list', attributes: {'article-id': String(feedArticle), relation: 'topic'}},
        {tag: 'news-related-list', attributes: {'article-id': String(feedArticle), relation: 'category', empty: 'message'}},
      ],
    }),
  ]);

  const switcher = Object.entries(LANGS)
    .map(([code, name]) => `<a href="ssr.html?lang=${code}" lang="${code}"${code === lang ? ' aria-current="page"' : ''}>${escapeHtml(name)}</a>`)
    .join(' · ');

  return `<!doctype html>
<html lang="${lang}"${DIR[lang] ? ` dir="${DIR[lang]}"` : ''}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(PAGE[lang].title)} — news-widgets</title>
    <meta name="description" content="${escapeHtml(PAGE[lang].description)}" />
    <link rel="stylesheet" href="demo.css" />
    <!-- As a real theme would link it for its client-rendered widgets; server-rendered ones reserve nothing. -->
    <link rel="stylesheet" href="../dist/reserve.css" />
    <script type="module" src="../dist/news-widgets.hydrate.js"></script>
  </head>
  <body>
    <header class="masthead">
      <div class="masthead-inner">
        <a class="brand" href="index.html"><span class="brand-name">Le Courrier de l’Aurelle</span>
          <span class="brand-tagline">${escapeHtml(PAGE[lang].tagline)}</span></a>
        <nav class="controls" aria-label="${escapeHtml(PAGE[lang].language)}">${switcher}</nav>
      </div>
    </header>
    <div class="nav-bar">${nav}</div>
    <main class="front" id="content">
      ${hero}
      ${list}
      ${related}
      <p id="events" role="status"></p>
    </main>
    <script type="module">
      // The page's own code: events work on the hydrated widgets as on any other.
      const events = document.getElementById('events');
      for (const name of ['news-load', 'news-article-select', 'news-category-select']) {
        document.addEventListener(name, (event) => {
          events.textContent = name + (event.detail?.article ? ': ' + event.detail.article.title : '');
        });
      }
    </script>
  </body>
</html>
`;
}
