/**
 * news-widgets/ssr in Node, on the built package: what a crawler or a
 * browser gets before any script runs. Output is read with parse5, the
 * HTML standard's parser, as a browser would read it.
 */
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {serialize} from 'parse5';
import {renderWidget, supportedLocales} from '../../dist/ssr/index.js';
import {attr, demoFeed, elements, find, fragment, textOf, widget} from './helpers.mjs';

const SRC = '/demo/data/fr/feed.json';
const BASE = 'https://news.example/demo/data/fr/feed.json';
const fr = () => ({src: SRC, json: demoFeed('fr'), baseUrl: BASE, lang: 'fr'});

const BREAKOUT = '</script><script>alert(1)</script>';
const hostileFeed = () => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Hostile',
  items: [
    {
      id: 'h1',
      url: 'javascript:alert(1)',
      // Entities, so that plain text keeps the would-be markup as text.
      title: `Evil ${BREAKOUT.replace(/</g, '&lt;').replace(/>/g, '&gt;')}`,
      content_html: '<p>ok</p><img src="javascript:alert(2)"><img src="/pic.jpg" onerror="alert(3)"><script>alert(4)</script><a href="javascript:alert(5)">x</a><iframe src="https://evil.example"></iframe><div><em>kept</em></div>',
      date_published: '2026-11-20T09:00:00Z',
    },
    {id: 'h2', url: 'https://news.example/h2', title: '<b>Bold</b> &amp; co', date_published: '2026-11-19T09:00:00Z'},
    {id: 'h3', url: 'data:text/html,<script>alert(6)</script>', title: 'Data URL', date_published: '2026-11-18T09:00:00Z'},
  ],
});
const hostile = () => ({src: '/hostile.json', json: hostileFeed(), baseUrl: 'https://news.example/hostile.json'});

const scripts = (html) => find(fragment(html), (e) => e.tagName === 'script');
const cardsOf = (shadow) => find(shadow.content, (e) => e.tagName === 'news-article-card');
const linkIn = (card) => {
  const template = card.childNodes.find((c) => c.tagName === 'template');
  return find(template.content, (e) => e.tagName === 'a' && attr(e, 'part') === 'link')[0];
};

describe('renderWidget', () => {
  it('renders a list as declarative shadow DOM, a card per article with its own shadow root', async () => {
    const html = await renderWidget({...fr(), tag: 'news-article-list', attributes: {limit: '3'}});
    const {host, shadow} = widget(html, 'news-article-list');
    assert.equal(attr(host, 'lang'), 'fr');
    assert.equal(attr(host, 'src'), SRC);
    assert.ok(shadow, 'a <template shadowrootmode="open">');
    assert.ok(find(shadow.content, (e) => e.tagName === 'style').length, 'styles inside the shadow root');
    const cards = cardsOf(shadow);
    assert.equal(cards.length, 3);
    const titles = demoFeed('fr').items.slice(0, 3).map((item) => item.title);
    assert.deepEqual(cards.map((card) => textOf(linkIn(card)).trim()), titles);
    for (const card of cards) assert.ok(card.attrs.some((a) => a.name === 'defer-hydration'), 'nested cards wait for the list to hydrate');
    const more = find(shadow.content, (e) => attr(e, 'part') === 'load-more')[0];
    assert.equal(textOf(more).trim(), 'Charger plus');
  });

  it('embeds the feed it rendered from, tied to its src', async () => {
    const html = await renderWidget({...fr(), tag: 'news-article-list'});
    const {light} = widget(html, 'news-article-list');
    const data = light.find((e) => e.tagName === 'script' && attr(e, 'type') === 'application/json' && e.attrs.some((a) => a.name === 'data-news-feed'));
    assert.ok(data);
    const embedded = JSON.parse(textOf(data));
    assert.equal(embedded.src, SRC);
    assert.equal(embedded.feed.articles.length, demoFeed('fr').items.length);
    assert.equal(embedded.feed.articles[0].url, new URL(demoFeed('fr').items[0].url, BASE).href);
  });

  it('keeps a hostile feed inside its script: no </script> breaks out, the data reads back intact', async () => {
    const html = await renderWidget({...hostile(), tag: 'news-article', jsonLd: true});
    const all = scripts(html);
    assert.deepEqual(all.map((s) => attr(s, 'type')).sort(), ['application/json', 'application/ld+json']);
    const data = JSON.parse(textOf(all.find((s) => attr(s, 'type') === 'application/json')));
    assert.equal(data.feed.articles[0].title, `Evil ${BREAKOUT}`);
    const ld = JSON.parse(textOf(all.find((s) => attr(s, 'type') === 'application/ld+json')));
    assert.equal(ld.headline, `Evil ${BREAKOUT}`);
    assert.ok(!html.includes(BREAKOUT), 'the title never appears as markup');
  });

  it('sanitizes an article body on the server as in the browser', async () => {
    const html = await renderWidget({...hostile(), tag: 'news-article'});
    const {shadow} = widget(html, 'news-article');
    const body = find(shadow.content, (e) => attr(e, 'part') === 'body')[0];
    const inside = [...elements(body)];
    assert.deepEqual(
      inside.map((e) => e.tagName),
      ['p', 'img', 'a', 'em'],
      'script, iframe and the image without a safe source are gone; the div is unwrapped',
    );
    const img = inside.find((e) => e.tagName === 'img');
    assert.equal(attr(img, 'src'), 'https://news.example/pic.jpg');
    assert.equal(attr(img, 'onerror'), undefined);
    const link = inside.find((e) => e.tagName === 'a');
    assert.equal(attr(link, 'href'), undefined);
    assert.ok(!/javascript:/i.test(textOf(body)) && !find(body, (e) => e.attrs.some((a) => /javascript:/i.test(a.value))).length);
  });

  it('keeps the rich markup the browser keeps, and the text of the wrappers it unwraps', async () => {
    // The browser engines' test (test/data/sanitize.test.ts) reads the same file: the three engines share one policy.
    const {kept, unwrapped, unwrappedText} = JSON.parse(readFileSync(new URL('../fixtures/rich-body.json', import.meta.url), 'utf8'));
    const feed = {version: 'https://jsonfeed.org/version/1.1', items: [{id: 'r', title: 'Rich', content_html: kept + unwrapped}]};
    const html = await renderWidget({src: '/rich.json', json: feed, baseUrl: 'https://news.example/rich.json', tag: 'news-article'});
    const body = find(widget(html, 'news-article').shadow.content, (e) => attr(e, 'part') === 'body')[0];
    // Both sides parsed once, as a browser parses the page (the parser eats a newline right after <pre>). The
    // article gives the body's headings their level under its headline (aria-level): not the sanitizer's doing.
    assert.equal(serialize(body).replace(/<!--[^]*?-->/g, '').replace(/ aria-level="\d"/g, ''), serialize(fragment(kept)) + unwrappedText);
  });

  it("levels a body's headings under the headline without letting an attribute's text become markup", async () => {
    // The server's serializer leaves `<` in attribute values: a heading's level written into the markup must not
    // turn `alt="<h3 onerror=…"` into an attribute of its own.
    const content = '<h2>Section</h2><p><img src="https://news.example/i.png" alt="<h3 onerror=alert(document.domain) "></p><h3>Sub</h3>';
    const feed = {version: 'https://jsonfeed.org/version/1.1', items: [{id: 'h', title: 'Levels', content_html: content}]};
    const html = await renderWidget({src: '/levels.json', json: feed, baseUrl: 'https://news.example/levels.json', tag: 'news-article', attributes: {'heading-level': '2'}});
    const body = find(widget(html, 'news-article').shadow.content, (e) => attr(e, 'part') === 'body')[0];
    const elements = find(body, () => true);
    assert.deepEqual(elements.map((e) => [e.tagName, e.attrs.map((a) => a.name).sort().join(' ')]), [
      ['h2', 'aria-level'],
      ['p', ''],
      ['img', 'alt decoding loading src'],
      ['h3', 'aria-level'],
    ]);
    assert.deepEqual(elements.filter((e) => e.tagName.startsWith('h')).map((e) => attr(e, 'aria-level')), ['3', '4']);
    // Nor does such text count as a heading: under an h1 headline, the body's h2 needs no other level.
    const quoted = {version: 'https://jsonfeed.org/version/1.1', items: [{id: 'q', title: 'Quoted', content_html: '<p><img src="https://news.example/i.png" alt="<h1 x"></p><h2>Section</h2>'}]};
    const second = await renderWidget({src: '/quoted.json', json: quoted, baseUrl: 'https://news.example/quoted.json', tag: 'news-article'});
    const h2 = find(widget(second, 'news-article').shadow.content, (e) => e.tagName === 'h2')[0];
    assert.equal(attr(h2, 'aria-level'), undefined);
  });

  it("points a body's footnote links at the story's page, as the browser does", async () => {
    const feed = {version: 'https://jsonfeed.org/version/1.1', items: [{id: 'f', title: 'Notes', url: 'https://site.example/story/', content_html: '<p>Claim<a href="#fn1">1</a></p>'}]};
    const html = await renderWidget({src: '/notes.json', json: feed, baseUrl: 'https://news.example/api/notes.json', tag: 'news-article'});
    const body = find(widget(html, 'news-article').shadow.content, (e) => attr(e, 'part') === 'body')[0];
    assert.deepEqual(find(body, (e) => e.tagName === 'a').map((a) => attr(a, 'href')), ['https://site.example/story/#fn1']);
  });

  it('gives the placeholders of lazy-loading plugins their real sources, as the browser does', async () => {
    const content =
      '<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-lazy-src="/big.jpg" data-lazy-srcset="/big.jpg 1x, /big2.jpg 2x" alt="B"><noscript><img src="/big.jpg" alt="B"></noscript></p>' +
      '<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-srcset="/set.jpg 1x" alt="C"></p>';
    const feed = {version: 'https://jsonfeed.org/version/1.1', items: [{id: 'l', title: 'Lazy', content_html: content}]};
    const html = await renderWidget({src: '/lazy.json', json: feed, baseUrl: 'https://news.example/api/lazy.json', tag: 'news-article'});
    const body = find(widget(html, 'news-article').shadow.content, (e) => attr(e, 'part') === 'body')[0];
    const images = find(body, (e) => e.tagName === 'img');
    assert.deepEqual(
      images.map((img) => [attr(img, 'src'), attr(img, 'srcset')]),
      [
        ['https://news.example/big.jpg', 'https://news.example/big.jpg 1x, https://news.example/big2.jpg 2x'],
        ['https://news.example/set.jpg', 'https://news.example/set.jpg 1x'],
      ],
    );
  });

  it('keeps sizes on images only, and table cells spanning a few rows or columns, as the browser does', async () => {
    const content = '<table height="9999999"><tr><td rowspan="65534" height="9">a</td><td colspan="3">b</td></tr></table><img src="/p.jpg" width="10" height="20" alt="">';
    const feed = {version: 'https://jsonfeed.org/version/1.1', items: [{id: 's', title: 'Spans', content_html: content}]};
    const html = await renderWidget({src: '/spans.json', json: feed, baseUrl: 'https://news.example/spans.json', tag: 'news-article'});
    const body = find(widget(html, 'news-article').shadow.content, (e) => attr(e, 'part') === 'body')[0];
    const attrs = (tag) => find(body, (e) => e.tagName === tag).map((e) => e.attrs.map((a) => a.name).join(' '));
    assert.deepEqual(attrs('table'), ['']);
    assert.deepEqual(attrs('td'), ['', 'colspan']);
    const img = find(body, (e) => e.tagName === 'img')[0];
    assert.deepEqual([attr(img, 'width'), attr(img, 'height')], ['10', '20']);
  });

  it('carries plain light-DOM links to its articles: http(s) only, titles as text', async () => {
    const html = await renderWidget({...hostile(), tag: 'news-article-list'});
    const {light} = widget(html, 'news-article-list');
    const list = light.find((e) => e.tagName === 'ul');
    const links = find(list, (e) => e.tagName === 'a');
    assert.deepEqual(
      links.map((a) => [attr(a, 'href'), textOf(a)]),
      [['https://news.example/h2', 'Bold & co']],
    );
    assert.deepEqual(find(list, () => true).map((e) => e.tagName).sort(), ['a', 'li']);
  });

  it('links the fallback to what the widget shows: the card its article, the list its limit', async () => {
    const card = widget(await renderWidget({...fr(), tag: 'news-article-card', attributes: {'article-id': '1003'}}), 'news-article-card');
    const item = demoFeed('fr').items.find((i) => i.id === '1003');
    assert.deepEqual(find(card.light.find((e) => e.tagName === 'ul'), (e) => e.tagName === 'a').map(textOf), [item.title]);
    assert.equal(textOf(linkIn(card.host)).trim(), item.title);

    const list = widget(await renderWidget({...fr(), tag: 'news-article-list', attributes: {limit: '2'}}), 'news-article-list');
    const shown = cardsOf(list.shadow).map((c) => attr(linkIn(c), 'href'));
    assert.deepEqual(find(list.light.find((e) => e.tagName === 'ul'), (e) => e.tagName === 'a').map((a) => attr(a, 'href')), shown);
  });

  it('names a post without a title by its first words, in the card and in the fallback', async () => {
    const json = {version: 'https://jsonfeed.org/version/1.1', items: [{id: 'p1', url: 'https://micro.example/p1', content_html: '<p>Harbour at <em>dawn</em>.</p>'}]};
    const list = widget(await renderWidget({src: '/micro.json', json, baseUrl: 'https://micro.example/feed.json', lang: 'en', tag: 'news-article-list'}), 'news-article-list');
    assert.deepEqual(find(list.light.find((e) => e.tagName === 'ul'), (e) => e.tagName === 'a').map(textOf), ['Harbour at dawn.']);
    assert.equal(textOf(linkIn(cardsOf(list.shadow)[0])).trim(), 'Harbour at dawn.');
  });

  it('adds JSON-LD on request: ItemList for a list, NewsArticle for the article', async () => {
    const list = await renderWidget({...fr(), tag: 'news-related-list', attributes: {'article-id': '1001', relation: 'category'}, jsonLd: true});
    const ld = JSON.parse(textOf(scripts(list).find((s) => attr(s, 'type') === 'application/ld+json')));
    assert.equal(ld['@type'], 'ItemList');
    const cards = cardsOf(widget(list, 'news-related-list').shadow);
    assert.deepEqual(ld.itemListElement.map((i) => i.url), cards.map((c) => attr(linkIn(c), 'href')));
    assert.deepEqual(ld.itemListElement.map((i) => i.position), cards.map((_, i) => i + 1));

    const article = await renderWidget({...fr(), tag: 'news-article', attributes: {'article-id': '1001'}, jsonLd: true});
    const news = JSON.parse(textOf(scripts(article).find((s) => attr(s, 'type') === 'application/ld+json')));
    const item = demoFeed('fr').items.find((i) => i.id === '1001');
    assert.equal(news['@type'], 'NewsArticle');
    assert.equal(news.headline, item.title);
    assert.equal(news.datePublished, new Date(item.date_published).toISOString());
    assert.equal(news.inLanguage, 'fr');

    const plain = await renderWidget({...fr(), tag: 'news-article-list'});
    assert.ok(!scripts(plain).some((s) => attr(s, 'type') === 'application/ld+json'), 'none unless asked');
  });

  it('speaks every shipped language, and Arabic turns the widgets right to left', async () => {
    for (const lang of supportedLocales()) {
      const html = await renderWidget({...fr(), lang, tag: 'news-category-nav'});
      const {shadow} = widget(html, 'news-category-nav');
      const all = find(shadow.content, (e) => attr(e, 'data-key') === 'all')[0];
      const expected = lang === 'en' ? 'All' : (await import(`../../dist/i18n/generated/locales/${lang}.js`)).templates['nav.all'];
      assert.equal(textOf(all).trim(), expected, lang);
    }
    const ar = await renderWidget({...fr(), lang: 'ar', tag: 'news-article-list', attributes: {limit: '2'}});
    const {host, shadow} = widget(ar, 'news-article-list');
    assert.ok(host.attrs.some((a) => a.name === 'data-rtl'));
    assert.ok(cardsOf(shadow).every((c) => c.attrs.some((a) => a.name === 'data-rtl')), 'the cards too');
    const viaAttribute = widget(await renderWidget({...fr(), lang: undefined, tag: 'news-article-list', attributes: {lang: 'ar'}}), 'news-article-list');
    assert.equal(attr(viaAttribute.host, 'lang'), 'ar', 'lang may come as an attribute');
    assert.ok(viaAttribute.host.attrs.some((a) => a.name === 'data-rtl'));
    const ltr = widget(await renderWidget({...fr(), lang: 'ar', tag: 'news-article-list', attributes: {dir: 'ltr'}}), 'news-article-list');
    assert.ok(!ltr.host.attrs.some((a) => a.name === 'data-rtl'), 'unless the page sets dir');
  });

  it('renders the category navigation as links with href-template', async () => {
    const html = await renderWidget({...fr(), tag: 'news-category-nav', attributes: {'href-template': 'https://site.example/rubrique/{slug}', current: 'heritage'}});
    const links = find(widget(html, 'news-category-nav').shadow.content, (e) => e.tagName === 'a' && attr(e, 'part') === 'link');
    assert.ok(links.length > 3);
    assert.ok(links.every((a) => attr(a, 'href').startsWith('https://site.example/rubrique/')));
    assert.deepEqual(links.filter((a) => attr(a, 'aria-current') === 'page').map((a) => attr(a, 'href')), ['https://site.example/rubrique/heritage']);
  });

  it('without a src, the output is static: shown in full, no embedded feed, never hydrated', async () => {
    for (const tag of ['news-article-card', 'news-article-list', 'news-article', 'news-category-nav']) {
      const html = await renderWidget({json: demoFeed('en'), baseUrl: 'https://news.example/feed.json', tag});
      const {host, shadow, light} = widget(html, tag);
      assert.ok(host.attrs.some((a) => a.name === 'defer-hydration'), tag);
      assert.ok(host.attrs.some((a) => a.name === 'data-ssr-static'), tag);
      assert.ok(!light.some((e) => e.tagName === 'script'), tag);
      // What a reader sees: the shadow root shows the articles as links (the categories, without an href-template, as buttons).
      const links = find(shadow.content, (e) => e.tagName === 'a' || (tag === 'news-category-nav' && attr(e, 'part') === 'link'));
      assert.ok(links.length >= 1, `${tag} shows links`);
    }
  });

  it('keeps page-relative URLs relative: a server cannot know the page they belong to', async () => {
    const json = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Relative',
      items: [{id: 'r1', url: '/news/1', title: 'One', date_published: '2026-11-20T09:00:00Z', tags: ['Port']}],
    };
    const list = await renderWidget({src: '/feed.json', json, tag: 'news-article-list'});
    const hrefs = find(widget(list, 'news-article-list').shadow.content, (e) => e.tagName === 'news-article-card').map((card) => attr(linkIn(card), 'href'));
    assert.deepEqual(hrefs, ['/news/1']);
    assert.ok(!list.includes('page.invalid'), 'no stand-in origin anywhere in the output');
    const nav = await renderWidget({src: '/feed.json', json, tag: 'news-category-nav', attributes: {'href-template': '/rubrique/{slug}'}});
    const navLinks = find(widget(nav, 'news-category-nav').shadow.content, (e) => e.tagName === 'a' && attr(e, 'part') === 'link');
    assert.ok(navLinks.length >= 1);
    assert.ok(navLinks.every((a) => /^\/rubrique\/[\w-]+$/.test(attr(a, 'href'))), navLinks.map((a) => attr(a, 'href')).join(' '));
    await assert.rejects(renderWidget({src: '/feed.json', tag: 'news-article-list'}), /absolute http\(s\) URLs only/);
  });

  it('says what is wrong with options it cannot use', async () => {
    await assert.rejects(renderWidget({...fr(), tag: 'news-provider', children: {tag: 'news-article-list'}}), /children must be an array/);
    await assert.rejects(renderWidget({...fr(), tag: 'news-article-list', children: [{tag: 'news-article-card'}]}), /Only a news-provider/);
    await assert.rejects(renderWidget({...fr(), tag: 'news-article-list', now: 'yesterday'}), /now must be a time/);
    await assert.rejects(renderWidget({src: SRC, feed: {items: []}, tag: 'news-article-list'}), /adapted feed/);
  });

  it('never writes an event handler attribute, whatever the caller passes', async () => {
    await assert.rejects(renderWidget({...fr(), tag: 'news-article-list', attributes: {onmouseover: 'alert(1)'}}), /Event handler attributes/);
  });

  it('embeds article bodies only when a news-article is in the render', async () => {
    const embedded = (html) => JSON.parse(scripts(html).find((e) => e.attrs.some((a) => a.name === 'data-news-feed')).childNodes[0].value);
    const list = embedded(await renderWidget({...fr(), tag: 'news-article-list'}));
    assert.equal(list.bodies, false);
    assert.ok(list.feed.articles.every((article) => !('contentHtml' in article)));
    const article = embedded(await renderWidget({...fr(), tag: 'news-article', attributes: {'article-id': String(demoFeed('fr').items[0].id)}}));
    assert.equal(article.bodies, undefined);
    assert.ok(article.feed.articles.some((a) => a.contentHtml));
  });

  it('refuses what it cannot render', async () => {
    await assert.rejects(renderWidget({...fr(), tag: 'news-foo'}), /cannot render/);
    await assert.rejects(renderWidget({...fr(), src: undefined, tag: 'news-provider'}), /renders with a src/);
    await assert.rejects(renderWidget({...fr(), tag: 'news-provider', children: [{tag: 'news-article-list', attributes: {src: '/other.json'}}]}), /leave out its src/);
    await assert.rejects(renderWidget({...fr(), tag: 'news-provider', children: [{tag: 'news-provider'}]}), /cannot hold/);
    await assert.rejects(renderWidget({...fr(), tag: 'news-provider', children: [{tag: 'news-article-list', attributes: {lang: 'vi'}}]}), /leave out its lang/);
    await assert.rejects(renderWidget({...fr(), tag: 'news-article-list', attributes: {'x onclick': '1'}}), /Not an attribute name/);
    await assert.rejects(renderWidget({json: {nope: true}, tag: 'news-article-list', src: '/x.json'}), (error) => error.kind === 'format');
  });

  it('escapes attribute values', async () => {
    const html = await renderWidget({...fr(), tag: 'news-article-list', attributes: {heading: '"><script>alert(1)</script>'}});
    const {host, shadow} = widget(html, 'news-article-list');
    assert.equal(attr(host, 'heading'), '"><script>alert(1)</script>');
    assert.equal(textOf(find(shadow.content, (e) => attr(e, 'part') === 'heading')[0]).trim(), '"><script>alert(1)</script>');
    assert.equal(scripts(html).length, 1, 'only the embedded feed');
  });

  it('writes dates at the time it is given, the same each time', async () => {
    const now = Date.parse('2026-11-20T11:00:00Z');
    const options = {src: '/f.json', json: JSON.parse(JSON.stringify(demoFeed('en'))), baseUrl: 'https://news.example/f.json', tag: 'news-article-card', now, timeZone: 'Asia/Tokyo'};
    const first = await renderWidget(options);
    assert.equal(await renderWidget(options), first);
    const {host} = widget(first, 'news-article-card');
    assert.equal(attr(host, 'data-ssr-dates'), `${now} Asia/Tokyo`);
  });

  it('leaves the feed out on request, for another widget of the same src to carry', async () => {
    const html = await renderWidget({...fr(), tag: 'news-article-list', embedFeed: false});
    const {host, light} = widget(html, 'news-article-list');
    assert.equal(attr(host, 'src'), SRC);
    assert.ok(!light.some((e) => e.tagName === 'script'));
    assert.ok(!host.attrs.some((a) => a.name === 'defer-hydration'), 'it still hydrates');
  });

  it('renders a provider with its widgets, which share its feed and category', async () => {
    const html = await renderWidget({
      ...fr(),
      tag: 'news-provider',
      attributes: {category: 'heritage'},
      jsonLd: true,
      children: [
        {tag: 'news-category-nav', attributes: {'href-template': 'https://site.example/rubrique/{slug}'}},
        {tag: 'news-article-list', attributes: {limit: '3'}},
        {tag: 'news-related-list', attributes: {'article-id': '1001'}},
        {tag: 'news-related-list', attributes: {'article-id': '1001', relation: 'category'}},
      ],
    });
    const provider = widget(html, 'news-provider');
    assert.equal(attr(provider.host, 'src'), SRC);
    assert.ok(provider.light.some((e) => e.tagName === 'script' && attr(e, 'type') === 'application/json'), 'the provider carries the feed');
    assert.ok(!provider.light.some((e) => e.tagName === 'ul'), 'no links of its own: its slot would show them');
    const children = provider.light.filter((e) => e.tagName.startsWith('news-'));
    assert.deepEqual(children.map((e) => e.tagName), ['news-category-nav', 'news-article-list', 'news-related-list', 'news-related-list']);
    for (const child of children) {
      assert.ok(child.attrs.some((a) => a.name === 'defer-hydration'), `${child.tagName} waits for the provider`);
      assert.equal(attr(child, 'src'), undefined);
    }
    const shadowOf = (el) => el.childNodes.find((c) => c.tagName === 'template');
    const hrefs = (el) => cardsOf(shadowOf(el)).map((card) => attr(linkIn(card), 'href'));
    const feed = demoFeed('fr');
    const category = (href) => feed.items.find((item) => href.endsWith(`id=${item.id}&lang=fr`))?._news?.category?.slug;
    const [nav, list, topic, sameCategory] = children;
    assert.equal(hrefs(list).length, 3);
    assert.deepEqual(new Set(hrefs(list).map(category)), new Set(['heritage']), 'the list follows the provider\'s category');
    assert.ok(hrefs(topic).length && hrefs(sameCategory).length);
    assert.deepEqual(hrefs(sameCategory).filter((href) => hrefs(topic).includes(href)), [], 'related lists do not repeat each other');
    const current = find(shadowOf(nav).content, (e) => attr(e, 'aria-current') === 'page').map((a) => attr(a, 'href'));
    assert.deepEqual(current, ['https://site.example/rubrique/heritage']);
    // Each widget carries its own links and structured data, matching what it shows.
    for (const child of [list, topic, sameCategory]) {
      const fallback = child.childNodes.find((c) => c.tagName === 'ul');
      assert.deepEqual(find(fallback, (e) => e.tagName === 'a').map((a) => attr(a, 'href')), hrefs(child));
      const ld = JSON.parse(textOf(child.childNodes.find((c) => attr(c, 'type') === 'application/ld+json')));
      assert.deepEqual(ld.itemListElement.map((i) => i.url), hrefs(child));
    }
  });

  it('reads WordPress posts on the server, excerpts without their "Continue reading" links', async () => {
    const posts = JSON.parse(readFileSync(new URL('../../demo/data/en/wp-posts.json', import.meta.url), 'utf8'));
    posts[0].excerpt.rendered = '<p>The bridge reopens &hellip; <a href="https://x.example/1" class="more-link">Continue reading<span class="screen-reader-text"> The bridge</span></a></p>';
    const html = await renderWidget({src: 'https://site.example/wp-json/wp/v2/posts?_embed', json: posts, tag: 'news-article-card', attributes: {variant: 'standard'}});
    const {shadow} = widget(html, 'news-article-card');
    const summary = find(shadow.content, (e) => attr(e, 'part') === 'summary')[0];
    assert.equal(textOf(summary).trim(), 'The bridge reopens …');
    const link = find(shadow.content, (e) => attr(e, 'part') === 'link')[0];
    assert.equal(textOf(link).trim(), posts[0].title.rendered.replace(/&#8217;/g, '\u2019'));
  });

  it('reads any JSON through a field map, and writes the map for the browser', async () => {
    const json = JSON.parse(readFileSync(new URL('../../demo/data/en.custom.json', import.meta.url), 'utf8'));
    const map = {items: 'data.stories', id: 'slug', title: 'headline', summary: 'teaser', url: 'link', published: 'time'};
    const html = await renderWidget({src: '/en.custom.json', json, baseUrl: 'https://site.example/en.custom.json', map, tag: 'news-article-list', attributes: {limit: '2'}});
    const {host, shadow} = widget(html, 'news-article-list');
    assert.deepEqual(JSON.parse(attr(host, 'map')), map);
    assert.deepEqual(cardsOf(shadow).map((card) => textOf(linkIn(card)).trim()), json.data.stories.slice(0, 2).map((story) => story.headline));
  });
});
