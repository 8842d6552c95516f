import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../../src/components/article/news-article.js';
import '../../../src/components/provider/news-provider.js';
import type {NewsArticle} from '../../../src/components/article/article.js';
import {clockState} from '../../../src/internal/clock.js';
import type {Article} from '../../../src/data/model.js';
import {bareArticle, fullArticle, hostileBody} from '../../fixtures/article-articles.js';
import {labelOf} from '../../helpers.js';

const shadow = (el: Element) => el.shadowRoot!;
const $ = (el: Element, selector: string) => shadow(el).querySelector(selector);
// Collapses white space, non-breaking spaces included, as a reader would not see them apart.
const squash = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim();
const text = (el: Element, selector: string) => squash($(el, selector)?.textContent);
const texts = (el: Element, selector: string) => Array.from(shadow(el).querySelectorAll(selector), (n) => squash(n.textContent));

const feedUrl = '/test/fixtures/article-feed.json';
const pwned = () => (window as unknown as {__articlePwned?: string}).__articlePwned;

describe('news-article', () => {
  describe('with an article property', () => {
    // First in the file: the sanitizer's module has not loaded yet.
    it('shows its body in its first render, not after the rest (nothing below it jumps)', async () => {
      const el = document.createElement('news-article') as NewsArticle;
      el.article = fullArticle();
      const frames: boolean[] = [];
      document.body.append(el);
      const observer = new MutationObserver(() => {
        if (el.shadowRoot!.querySelector('[part~="title"]')) frames.push(Boolean(el.shadowRoot!.querySelector('[part~="body"]')));
      });
      observer.observe(el.shadowRoot!, {childList: true, subtree: true});
      try {
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="body"] p'), 'the body', {timeout: 5000});
        await el.updateComplete;
        observer.disconnect();
        expect(frames.length).to.be.above(0);
        expect(frames.every(Boolean), 'every render that shows the title shows the body').to.equal(true);
      } finally {
        observer.disconnect();
        el.remove();
      }
    });

    it('shows every field the article has', async () => {
      const el = await fixture<NewsArticle>(html`<news-article lang="en" .article=${fullArticle()}></news-article>`);
      expect(text(el, '[part~="category"]')).to.equal('Politics');
      expect(text(el, 'h1[part~="title"]')).to.equal('Parliament passes the 2027 budget after a night of debate');
      expect(text(el, '[part~="lead"]')).to.equal('The vote came shortly before dawn, after eleven hours of amendments.');
      expect(text(el, '[part~="byline"] .authors')).to.equal('By Léa Dubois and Minh Trần');
      expect($(el, '[part~="byline"] .authors a')!.getAttribute('href')).to.equal('https://news.example/authors/lea-dubois');
      // Only authors with a URL are links.
      expect(shadow(el).querySelectorAll('[part~="byline"] .authors a').length).to.equal(1);
      expect(text(el, '[part~="byline"] .agency a')).to.equal('Agence Nouvelles');
      expect($(el, '.agency a')!.getAttribute('href')).to.equal('https://agence.example/');
      // Read out as "By Léa Dubois and Minh Trần, Agence Nouvelles": the agency is not one more name; the comma is not shown.
      expect(text(el, '[part~="byline"]')).to.equal('By Léa Dubois and Minh Trần, Agence Nouvelles');
      expect($(el, '.agency .visually-hidden')!.getBoundingClientRect().width).to.be.at.most(1);
      const [published, updated] = Array.from(shadow(el).querySelectorAll('time[part~="date"]'));
      expect(squash(published.textContent)).to.equal('3 hours ago');
      expect(published.getAttribute('datetime')).to.equal(el.article!.published);
      expect(squash(updated.parentElement!.textContent)).to.equal('Updated 1 hour ago');
      expect(updated.getAttribute('datetime')).to.equal(el.article!.updated);
      expect(text(el, '[part~="comments"]')).to.equal('2 comments');
      expect(text(el, '[part~="reading-time"]')).to.equal('5 minutes read');
      expect(text(el, '[part~="caption"] .caption')).to.equal('The hall at 5 a.m.');
      expect(text(el, '[part~="credit"]')).to.equal('Photo: A. Martin');
      expect(text(el, '[part~="body"] h2')).to.equal('What changes');
      expect(texts(el, '[part~="tag"]')).to.deep.equal(['Budget', 'Thời sự']);
      expect(text(el, '[part~="source"]')).to.equal('Source: Agence Nouvelles');
    });

    it('asks for a lead image as wide as its column, which grows with the text around the article', async () => {
      // Candidates of 700 and 900 pixels: a 20px text makes the column 840px wide, which "42rem" called 672.
      const srcset = ['/test/fixtures/images/photo.svg?w=700 700w', '/test/fixtures/images/photo.svg?w=900 900w'].join(', ');
      const article = {...fullArticle(), image: {src: '/test/fixtures/images/photo.svg?w=700', srcset, width: 1200, height: 675, alt: ''}};
      const el = await fixture<NewsArticle>(html`<news-article .article=${article} style="width: 1000px; font-size: 20px"></news-article>`);
      const img = $(el, 'img[part~="image"]') as HTMLImageElement;
      await waitUntil(() => img.currentSrc, 'the image chosen');
      expect(img.currentSrc.endsWith('?w=900'), img.currentSrc).to.equal(true);
      expect(img.getBoundingClientRect().width).to.equal(840);
    });

    it('shows the lead image in a figure with its caption and credit, its space reserved', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${fullArticle()} style="width: 600px"></news-article>`);
      const figure = $(el, 'figure[part~="figure"]')!;
      const img = figure.querySelector('img[part~="image"]')! as HTMLImageElement;
      expect(img.alt).to.equal('The assembly hall seen from the gallery');
      expect(img.getAttribute('loading')).to.equal('eager');
      expect(img.getAttribute('fetchpriority')).to.equal('high');
      expect(img.getAttribute('width')).to.equal('1200');
      expect(img.getAttribute('height')).to.equal('675');
      expect(img.getAttribute('srcset')).to.contain('600w').and.contain('1200w');
      expect(img.getAttribute('sizes')).to.exist;
      // The width and height give the box its ratio before a byte of the image arrives.
      const box = img.getBoundingClientRect();
      expect(box.height).to.be.closeTo((box.width * 675) / 1200, 1);
      const caption = figure.querySelector('figcaption[part~="caption"]')!;
      expect(caption.querySelector('[part~="credit"]')).to.exist;
      const [captionSize, creditSize] = [caption.querySelector('.caption')!, caption.querySelector('[part~="credit"]')!].map((n) =>
        parseFloat(getComputedStyle(n).fontSize),
      );
      expect(creditSize).to.be.lessThan(captionSize);
    });

    it('gives an image of unknown size a fixed box', async () => {
      const article = {...bareArticle, image: {src: '/test/fixtures/images/photo.svg', alt: 'A photo'}};
      const el = await fixture<NewsArticle>(html`<news-article .article=${article} style="width: 320px"></news-article>`);
      const box = $(el, 'img')!.getBoundingClientRect();
      expect(box.height).to.be.closeTo((320 * 9) / 16, 1);
      expect($(el, 'figcaption')).to.equal(null);
    });

    it('leaves no gap and no empty label for missing fields', async () => {
      const el = await fixture<NewsArticle>(html`<news-article lang="en" .article=${bareArticle}></news-article>`);
      const parts = ['category', 'lead', 'meta', 'byline', 'date', 'comments', 'reading-time', 'figure', 'image', 'caption', 'credit', 'body', 'tags', 'tag', 'source'];
      for (const part of parts) expect($(el, `[part~="${part}"]`), part).to.equal(null);
      expect(text(el, 'h1[part~="title"]')).to.equal('Short note');
      // Nothing rendered is an empty box.
      for (const node of Array.from(shadow(el).querySelectorAll('article *'))) {
        expect(squash(node.textContent), node.outerHTML).to.not.equal('');
      }
    });

    it('shows only the parts it has: a caption without credit, an agency without authors', async () => {
      const article: Article = {
        ...bareArticle,
        image: {src: '/test/fixtures/images/photo.svg', caption: 'Only a caption'},
        source: {name: 'Agence Nouvelles'},
        commentCount: 0,
      };
      const el = await fixture<NewsArticle>(html`<news-article lang="en" .article=${article}></news-article>`);
      expect(text(el, 'figcaption')).to.equal('Only a caption');
      expect($(el, '[part~="credit"]')).to.equal(null);
      expect(text(el, '[part~="byline"]')).to.equal('Agence Nouvelles');
      expect($(el, '[part~="byline"] .authors')).to.equal(null);
      expect(text(el, '[part~="comments"]')).to.equal('0 comments');
      expect($(el, '[part~="date"]')).to.equal(null);
      // Neither a source URL nor an article URL: no link to the original.
      expect($(el, '[part~="source"]')).to.equal(null);
      expect($(el, 'img')!.getAttribute('alt')).to.equal('');
    });

    it('renders the body as HTML and keeps the figures\' captions', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${fullArticle()} style="width: 400px"></news-article>`);
      const body = $(el, '[part~="body"]')!;
      expect(body.querySelectorAll('li').length).to.equal(2);
      expect(body.querySelector('blockquote')).to.exist;
      expect(squash(body.querySelector('figure figcaption')!.textContent)).to.equal('Deputies vote at 5 a.m.');
      const link = body.querySelector('a')!;
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      // Body images never overflow the column.
      const img = body.querySelector('img')!;
      expect(img.getBoundingClientRect().width).to.be.at.most(body.getBoundingClientRect().width);
      expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
    });

    it('sanitizes the body of an article given as a property', async () => {
      delete (window as unknown as {__articlePwned?: string}).__articlePwned;
      const el = await fixture<NewsArticle>(html`<news-article .article=${{...bareArticle, contentHtml: hostileBody}}></news-article>`);
      const body = $(el, '[part~="body"]')!;
      expect(squash(body.querySelector('p')!.textContent)).to.equal('Safe paragraph.');
      expect(body.querySelector('script, svg, iframe, [onerror], [onload], [onclick], [style]')).to.equal(null);
      for (const a of Array.from(body.querySelectorAll('a'))) expect(a.getAttribute('href') ?? '').to.not.match(/script:/i);
      expect(body.innerHTML).to.not.match(/javascript:|onerror|__articlePwned/i);
      const img = body.querySelector('img');
      if (img) await waitUntil(() => img.complete, 'the broken image settled');
      for (const a of Array.from(body.querySelectorAll('a'))) a.click();
      expect(pwned()).to.equal(undefined);
    });

    it("points a body's footnote links at the story's page, never at the endpoint or the host page", async () => {
      const contentHtml = '<p><a href="#fn1">1</a> <a href="photos/">photos</a> <img src="/images/chart.png" alt="Chart"></p>';
      const urls = (el: Element) => [...Array.from(shadow(el).querySelectorAll('[part~="body"] a'), (a) => a.getAttribute('href')), $(el, '[part~="body"] img')!.getAttribute('src')];
      const page = (path: string) => new URL(path, document.baseURI).href;
      const given = await fixture<NewsArticle>(html`<news-article .article=${{...bareArticle, url: 'https://site.example/2026/11/story/', contentHtml}}></news-article>`);
      expect(urls(given)).to.deep.equal(['https://site.example/2026/11/story/#fn1', page('photos/'), page('/images/chart.png')]);
      const feed = {
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          {id: 'with-url', title: 'With', url: 'https://site.example/2026/11/story/', content_html: contentHtml},
          {id: 'without', title: 'Without', content_html: contentHtml},
        ],
      };
      const src = `data:application/json,${encodeURIComponent(JSON.stringify(feed))}`;
      const fromFeed = await fixture<NewsArticle>(html`<news-article src=${src} article-id="with-url"></news-article>`);
      await waitUntil(() => $(fromFeed, '[part~="body"] a'), 'the body rendered');
      expect($(fromFeed, '[part~="body"] a')!.getAttribute('href')).to.equal('https://site.example/2026/11/story/#fn1');
      // A story without a page of its own: the footnote mark stays, as text.
      fromFeed.articleId = 'without';
      await waitUntil(() => $(fromFeed, '[part~="title"]')?.textContent?.includes('Without'), 'the other story rendered');
      const mark = $(fromFeed, '[part~="body"] a')!;
      expect(mark.hasAttribute('href')).to.be.false;
      expect(mark.textContent).to.equal('1');
    });

    it('keeps the blank first line of a code block, from a feed and given as a property', async () => {
      // The parser eats the newline right after <pre>: this block's text starts with one blank line.
      const contentHtml = '<pre>\n\n  indented();\n</pre>';
      const shown = (el: Element) => $(el, '[part~="body"] pre')!.textContent;
      const given = await fixture<NewsArticle>(html`<news-article .article=${{...bareArticle, contentHtml}}></news-article>`);
      expect(shown(given)).to.equal('\n  indented();\n');
      const feed = {version: 'https://jsonfeed.org/version/1.1', items: [{id: 'code', title: 'Code', content_html: contentHtml}]};
      const fromFeed = await fixture<NewsArticle>(html`<news-article src=${`data:application/json,${encodeURIComponent(JSON.stringify(feed))}`} article-id="code"></news-article>`);
      await waitUntil(() => $(fromFeed, '[part~="body"] pre'), 'the body rendered');
      expect(shown(fromFeed)).to.equal('\n  indented();\n');
    });

    it('sanitizes again when the body changes, and keeps the DOM when it does not', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${fullArticle()}></news-article>`);
      const first = $(el, '[part~="body"] p');
      el.timeZone = 'UTC';
      await el.updateComplete;
      expect($(el, '[part~="body"] p')).to.equal(first);
      el.article = {...el.article!, contentHtml: '<p>New</p><script>window.__articlePwned = 1</script>'};
      await el.updateComplete;
      expect($(el, '[part~="body"]')!.innerHTML.replace(/<!--[^>]*-->/g, '').trim()).to.equal('<p>New</p>');
    });

    it('never renders javascript: URLs for the image, authors, source or article', async () => {
      const bad = 'javascript:alert(1)';
      const article: Article = {
        ...bareArticle,
        url: bad,
        image: {src: bad},
        authors: [{name: 'Ana', url: bad}],
        source: {name: 'Agency', url: bad},
      };
      const el = await fixture<NewsArticle>(html`<news-article .article=${article}></news-article>`);
      expect($(el, 'a, img')).to.equal(null);
      expect(text(el, '[part~="byline"]')).to.contain('Ana');
    });

    it('links tags through tag-href-template, with URL-encoded slugs', async () => {
      const el = await fixture<NewsArticle>(html`<news-article tag-href-template="/tag/{slug}" .article=${fullArticle()}></news-article>`);
      const links = Array.from(shadow(el).querySelectorAll<HTMLAnchorElement>('[part~="tags"] a[part~="tag"]'));
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        new URL('/tag/budget', location.href).href,
        new URL(`/tag/${encodeURIComponent('thời-sự')}`, location.href).href,
      ]);
      expect(labelOf($(el, '[part~="tags"]'))).to.equal('Tags');
    });

    it('shows tags as plain chips without a template, or with an unsafe one', async () => {
      const plain = await fixture<NewsArticle>(html`<news-article .article=${fullArticle()}></news-article>`);
      expect(shadow(plain).querySelectorAll('[part~="tag"]').length).to.equal(2);
      expect($(plain, '[part~="tags"] a')).to.equal(null);
      const unsafe = await fixture<NewsArticle>(html`<news-article tag-href-template="javascript:go('{slug}')" .article=${fullArticle()}></news-article>`);
      expect($(unsafe, '[part~="tags"] a')).to.equal(null);
      expect(texts(unsafe, '[part~="tag"]')).to.deep.equal(['Budget', 'Thời sự']);
    });

    it('links to the source, else to the original article', async () => {
      const el = await fixture<NewsArticle>(html`<news-article lang="en" .article=${fullArticle()}></news-article>`);
      const link = $(el, '[part~="source"] a')!;
      expect(link.getAttribute('href')).to.equal('https://agence.example/');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      el.article = {...fullArticle(), source: {name: 'Agence Nouvelles'}};
      await el.updateComplete;
      expect(text(el, '[part~="source"]')).to.equal('Read the original article');
      expect($(el, '[part~="source"] a')!.getAttribute('href')).to.equal('https://news.example/politics/budget-vote');
    });

    it('sets tighter type in a narrow column (its own width, not its parent\'s)', async () => {
      const narrow = await fixture<NewsArticle>(html`<news-article lang="en" .article=${fullArticle()} style="width: 320px"></news-article>`);
      const wide = await fixture<NewsArticle>(html`<news-article lang="en" .article=${fullArticle()} style="width: 800px"></news-article>`);
      const size = (el: NewsArticle, part: string) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector(`[part~="${part}"]`)!).fontSize);
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(size(narrow, 'title')).to.equal(1.5 * rem);
      expect(size(narrow, 'body')).to.equal(1 * rem);
      expect(size(wide, 'title')).to.be.above(1.5 * rem);
      expect(size(wide, 'body')).to.equal(1.125 * rem);
      // A caption in the body stays at the captions' size, whatever the body's.
      const caption = (el: NewsArticle) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector('[part~="body"] figcaption')!).fontSize);
      expect(caption(narrow)).to.be.closeTo(0.875 * rem, 0.01);
      expect(caption(wide)).to.be.closeTo(0.875 * rem, 0.01);
    });

    it('uses the heading level it is given, 1 by default', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${bareArticle}></news-article>`);
      expect($(el, 'h1[part~="title"]')).to.exist;
      el.headingLevel = 2;
      await el.updateComplete;
      expect($(el, 'h1')).to.equal(null);
      expect(text(el, 'h2[part~="title"]')).to.equal('Short note');
    });

    it('nests the body\'s headings under its headline for assistive technology, whatever its level', async () => {
      const article = {...bareArticle, contentHtml: '<h1>Background</h1><p>One.</p><h3>Details</h3><p>Two.</p><p>Not a tag: &lt;h2 x&gt;</p>'};
      const el = await fixture<NewsArticle>(html`<news-article .article=${article}></news-article>`);
      await waitUntil(() => $(el, '[part~="body"] h1'), 'the body renders');
      const levels = () => [...shadow(el).querySelectorAll('[part~="body"] :is(h1, h2, h3, h4, h5, h6)')].map((h) => [h.localName, h.getAttribute('aria-level')]);
      // Under the h1 headline, the body's h1 reads as level 2 and its h3 keeps its distance, at 4; the tags, and so their look, stay.
      expect(levels()).to.deep.equal([['h1', '2'], ['h3', '4']]);
      el.headingLevel = 3;
      await el.updateComplete;
      expect(levels()).to.deep.equal([['h1', '4'], ['h3', '6']]);
      expect(text(el, '[part~="body"] p:last-child')).to.equal('Not a tag: <h2 x>');
      // A body that already nests under the headline is left as it is.
      const nested = await fixture<NewsArticle>(html`<news-article .article=${{...article, contentHtml: '<h2>A</h2><h3>B</h3>'}}></news-article>`);
      await waitUntil(() => $(nested, '[part~="body"] h2'), 'the body renders');
      expect([...shadow(nested).querySelectorAll('[part~="body"] [aria-level]')]).to.have.length(0);
    });

    it('shows absolute dates with their time, in the given time zone', async () => {
      const article = {...bareArticle, published: '2024-03-12T23:30:00Z', updated: '2024-03-13T08:15:00Z'};
      const el = await fixture<NewsArticle>(html`<news-article lang="en" time-zone="UTC" .article=${article}></news-article>`);
      expect(texts(el, 'time')).to.deep.equal(['March 12, 2024 at 11:30 PM', 'Updated March 13, 2024 at 8:15 AM']);
      // The full date is the text itself, so no tooltip repeats it.
      expect($(el, 'time')!.hasAttribute('title')).to.be.false;
      el.timeZone = 'Asia/Ho_Chi_Minh';
      await el.updateComplete;
      expect(texts(el, 'time')[0]).to.equal('March 13, 2024 at 6:30 AM');
    });

    it('follows date-format, with the full date in a tooltip of a relative one', async () => {
      const article = {...bareArticle, published: new Date(Date.now() - 2 * 86_400_000).toISOString()};
      const el = await fixture<NewsArticle>(html`<news-article lang="en" .article=${article}></news-article>`);
      expect(text(el, 'time')).to.match(/\d{4} at /);
      el.dateFormat = 'relative';
      await el.updateComplete;
      expect(text(el, 'time')).to.equal('2 days ago');
      expect($(el, 'time')!.getAttribute('title')).to.match(/\d{4} at /);
    });

    it('is accessible, in light and dark', async () => {
      const el = await fixture<NewsArticle>(html`<news-article lang="en" tag-href-template="/tag/{slug}" .article=${fullArticle()}></news-article>`);
      await expect(el).to.be.accessible();
      const dark = await fixture<NewsArticle>(html`<news-article lang="en" theme="dark" .article=${fullArticle()}></news-article>`);
      expect(getComputedStyle($(dark, '[part~="title"]')!).color).to.equal('rgb(236, 236, 241)');
      await expect(dark).to.be.accessible();
    });
  });

  describe('layout', () => {
    it('stacks the metadata in a narrow column and lines it up in a wide one', async () => {
      const narrow = await fixture<NewsArticle>(html`<news-article .article=${fullArticle()} style="width: 320px"></news-article>`);
      expect(getComputedStyle($(narrow, '[part~="meta"]')!).flexDirection).to.equal('column');
      const wide = await fixture<NewsArticle>(html`<news-article .article=${fullArticle()} style="width: 900px"></news-article>`);
      expect(getComputedStyle($(wide, '[part~="meta"]')!).flexDirection).to.equal('row');
      const size = (el: Element) => parseFloat(getComputedStyle($(el, '[part~="title"]')!).fontSize);
      expect(size(wide)).to.be.greaterThan(size(narrow));
    });

    it('keeps the text column to --news-article-max-width', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article .article=${fullArticle()} style="width: 900px; --news-article-max-width: 500px; --news-article-font-size: 20px"></news-article>`,
      );
      expect($(el, '[part~="base"]')!.getBoundingClientRect().width).to.equal(500);
      expect(getComputedStyle($(el, '[part~="body"]')!).fontSize).to.equal('20px');
    });

    it('wraps long words instead of overflowing', async () => {
      const long = 'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(4);
      const article = {...bareArticle, title: long, summary: long, contentHtml: `<p>${long}</p><p>https://example.org/${long}</p>`};
      const el = await fixture<NewsArticle>(html`<news-article .article=${article} style="width: 280px"></news-article>`);
      for (const part of ['title', 'lead', 'body']) {
        const node = $(el, `[part~="${part}"]`)!;
        expect(node.scrollWidth, part).to.be.at.most(node.clientWidth + 1);
      }
    });

    it('uses logical properties, so a right-to-left page mirrors the quote rule', async () => {
      const el = await fixture<NewsArticle>(html`<news-article dir="rtl" .article=${fullArticle()}></news-article>`);
      const quote = getComputedStyle($(el, '[part~="body"] blockquote')!);
      expect(quote.borderRightWidth).to.equal('3px');
      expect(quote.borderLeftWidth).to.equal('0px');
    });
  });

  describe('languages', () => {
    it('speaks French', async () => {
      const wrapper = await fixture(html`<div lang="fr-FR"><news-article .article=${fullArticle()}></news-article></div>`);
      const el = wrapper.querySelector('news-article')!;
      await el.updateComplete;
      expect(text(el, '[part~="byline"] .authors')).to.equal('Par Léa Dubois et Minh Trần');
      expect(text(el, 'time')).to.equal('il y a 3 heures');
      expect(squash(shadow(el).querySelectorAll('time')[1].parentElement!.textContent)).to.equal('Mise à jour : il y a 1 heure');
      expect(text(el, '[part~="comments"]')).to.equal('2 commentaires');
      expect(text(el, '[part~="reading-time"]')).to.equal('Lecture : 5 minutes');
      expect(text(el, '[part~="source"]')).to.equal('Source : Agence Nouvelles');
      expect(labelOf($(el, '[part~="tags"]'))).to.equal('Mots-clés');
      el.article = {...fullArticle(), source: undefined};
      await el.updateComplete;
      expect(text(el, '[part~="source"]')).to.equal('Lire l’article original');
    });

    it('speaks Vietnamese', async () => {
      const el = await fixture<NewsArticle>(html`<news-article lang="vi" time-zone="UTC" .article=${{...fullArticle(), source: undefined}}></news-article>`);
      expect(text(el, '[part~="byline"] .authors')).to.equal('Tác giả: Léa Dubois và Minh Trần');
      expect(text(el, '[part~="comments"]')).to.equal('2 bình luận');
      expect(text(el, '[part~="source"]')).to.equal('Đọc bài viết gốc');
      expect(labelOf($(el, '[part~="tags"]'))).to.equal('Thẻ');
      el.article = {...bareArticle, updated: '2024-03-13T08:15:00Z', source: {name: 'TTXVN', url: 'https://ttxvn.example/'}};
      await el.updateComplete;
      expect(squash($(el, 'time')!.parentElement!.textContent)).to.match(/^Cập nhật: .*2024/);
      expect(text(el, '[part~="source"]')).to.equal('Nguồn: TTXVN');
    });

    it('marks the content with its own language when it differs from the page\'s', async () => {
      const el = await fixture<NewsArticle>(html`<news-article lang="en" .article=${{...fullArticle(), language: 'vi'}}></news-article>`);
      // The image too: a screen reader reads its alt text in the story's language.
      for (const selector of ['[part~="title"] span', '[part~="lead"]', '[part~="body"]', '[part~="image"]', '[part~="caption"] .caption', '[part~="credit"]', '[part~="category"]']) {
        expect($(el, selector)!.getAttribute('lang'), selector).to.equal('vi');
      }
      // Our labels stay in the page's language.
      for (const selector of ['[part~="meta"]', '[part~="byline"]', '[part~="comments"]', '[part~="source"]']) {
        expect($(el, selector)!.closest('[lang]'), selector).to.equal(null);
      }
      expect(text(el, '[part~="comments"]')).to.equal('2 comments');
    });

    it('sets no lang on content in the page\'s language', async () => {
      const el = await fixture<NewsArticle>(html`<news-article lang="fr" .article=${{...fullArticle(), language: 'fr'}}></news-article>`);
      expect($(el, '[lang]')).to.equal(null);
    });
  });

  describe('from a feed', () => {
    it('shows a skeleton, then the article with that id, sanitized', async () => {
      delete (window as unknown as {__articlePwned?: string}).__articlePwned;
      const loads: CustomEvent[] = [];
      const el = await fixture<NewsArticle>(
        html`<news-article lang="en" time-zone="UTC" src=${feedUrl} article-id="budget" @news-load=${(e: CustomEvent) => loads.push(e)}></news-article>`,
      );
      if (!loads.length) {
        const skeleton = $(el, '[aria-busy="true"]')!;
        expect(skeleton.querySelector('.image')).to.exist;
        expect(text(el, '[role="status"]')).to.equal('Loading…');
      }
      await waitUntil(() => text(el, '[part~="title"]'), 'the article renders');
      expect(text(el, '[part~="title"]')).to.equal('Parliament passes the 2027 budget');
      expect(text(el, '[part~="body"] p')).to.equal('After eleven hours of amendments, the vote came.');
      expect(text(el, '[part~="body"] figcaption')).to.equal('Deputies vote.');
      expect($(el, 'script')).to.equal(null);
      expect(text(el, '[part~="credit"]')).to.equal('Photo: A. Martin');
      expect(text(el, '[part~="comments"]')).to.equal('0 comments');
      expect(texts(el, '[part~="tag"]')).to.deep.equal(['Budget', 'Parliament']);
      expect(texts(el, 'time')).to.deep.equal(['March 12, 2024 at 11:30 PM', 'Updated March 13, 2024 at 8:15 AM']);
      expect(loads.length).to.equal(1);
      expect(pwned()).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('shows the first article without an article-id, in the feed\'s language', async () => {
      const el = await fixture<NewsArticle>(html`<news-article lang="fr" src=${feedUrl}></news-article>`);
      await waitUntil(() => text(el, '[part~="title"]'), 'the article renders');
      expect(text(el, '[part~="title"]')).to.equal('The first story of the feed');
      // The feed is in English; the page is French.
      expect($(el, '[part~="title"] span')!.getAttribute('lang')).to.equal('en');
      expect($(el, '[part~="source"] a')!.getAttribute('href')).to.equal(new URL('/stories/first', location.href).href);
    });

    it('says so when the id is not in the feed', async () => {
      const el = await fixture<NewsArticle>(html`<news-article lang="vi" src=${feedUrl} article-id="nope"></news-article>`);
      await waitUntil(() => text(el, '[part~="message"]'), 'a message');
      expect(text(el, '[part~="message"]')).to.equal('Bài viết này hiện không có.');
      expect($(el, '[part~="retry"]')).to.equal(null);
    });

    it('shows a localized error with Retry, and loads again on Retry', async () => {
      const errors: CustomEvent[] = [];
      const el = await fixture<NewsArticle>(
        html`<news-article lang="fr" src="/test/fixtures/does-not-exist.json" @news-error=${(e: CustomEvent) => errors.push(e)}></news-article>`,
      );
      await waitUntil(() => $(el, '[role="alert"]'), 'an error state');
      expect(errors[0].detail.kind).to.equal('http');
      expect(text(el, '[part~="message"] span')).to.equal('Le service d’actualités a répondu par une erreur.');
      expect(text(el, '[part~="retry"]')).to.equal('Réessayer');
      await expect(el).to.be.accessible();
      ($(el, '[part~="retry"]') as HTMLButtonElement).click();
      await waitUntil(() => errors.length === 2, 'a second attempt');
    });

    it('reads the feed of an enclosing news-provider when it has no src', async () => {
      const wrapper = await fixture(html`<news-provider lang="vi" src=${feedUrl}><news-article article-id="vi-1"></news-article></news-provider>`);
      const el = wrapper.querySelector('news-article')!;
      await waitUntil(() => text(el, '[part~="title"]'), 'the article renders');
      expect(text(el, '[part~="title"]')).to.equal('Quốc hội thông qua ngân sách');
      expect(text(el, '[part~="lead"]')).to.equal('Cuộc bỏ phiếu diễn ra trước bình minh.');
      expect($(el, '[lang]')).to.equal(null);
      expect(text(el, '[part~="source"]')).to.equal('Đọc bài viết gốc');
    });
  });
});

describe('news-article relative dates', () => {
  afterEach(() => clockState.setPeriod(60_000));

  it('stay current on the shared timer while the article shows one', async () => {
    clockState.setPeriod(50);
    const justNow = {...bareArticle, published: new Date(Date.now() - 30_000).toISOString()};
    const el = await fixture<NewsArticle>(html`<news-article lang="en" .article=${justNow}></news-article>`);
    await waitUntil(() => clockState.running, 'the clock runs');
    const time = () => el.shadowRoot!.querySelector('time')!.textContent!.trim();
    expect(time()).to.equal('now');
    // Two minutes pass: nothing but the shared timer can update the label.
    const realNow = Date.now;
    Date.now = () => realNow() + 120_000;
    try {
      await waitUntil(() => time() === '2 minutes ago', 'the label follows the clock');
    } finally {
      Date.now = realNow;
    }
    el.article = {...bareArticle, published: '2020-01-01T00:00:00Z'};
    await el.updateComplete;
    expect(clockState.running, 'no relative date left: the clock stops').to.equal(false);
  });
});
