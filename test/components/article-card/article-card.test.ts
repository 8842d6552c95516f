import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../../src/components/article-card/news-article-card.js';
import type {NewsArticleCard} from '../../../src/components/article-card/article-card.js';
import {bareArticle, fullArticle} from '../../fixtures/card-articles.js';
import {clockState} from '../../../src/internal/clock.js';
import {watchClicks} from '../../helpers.js';

const shadow = (el: Element) => el.shadowRoot!;
// Collapses white space, non-breaking spaces included, as a reader would not see them apart.
const text = (el: Element, selector: string) => shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('news-article-card', () => {
  describe('with an article property', () => {
    it('shows every field the article has', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card lang="en" .article=${fullArticle()}></news-article-card>`);
      const root = shadow(el);
      expect(text(el, '[part~="category"]')).to.equal('Politics');
      expect(text(el, 'h3[part~="title"]')).to.equal('Parliament passes the 2027 budget after a night of debate');
      expect(root.querySelector('h3 a')!.getAttribute('href')).to.equal('https://news.example/politics/budget-vote');
      expect(text(el, '[part~="summary"]')).to.equal('The vote came shortly before dawn, after eleven hours of amendments.');
      expect(text(el, '[part~="byline"]')).to.equal('By Léa Dubois and Minh Trần');
      expect(text(el, 'time')).to.equal('3 hours ago');
      expect(root.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT/);
      expect(text(el, '[part~="comments"]')).to.equal('2 comments');
      expect(text(el, '[part~="reading-time"]')).to.equal('5 minutes read');
    });

    it('reserves the image space and loads it lazily with alt and srcset', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card .article=${fullArticle()}></news-article-card>`);
      const img = shadow(el).querySelector('img')!;
      expect(img.alt).to.equal('The assembly hall seen from the gallery');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('width')).to.equal('1200');
      expect(img.getAttribute('height')).to.equal('675');
      expect(img.getAttribute('srcset')).to.contain('600w');
      const media = shadow(el).querySelector<HTMLElement>('[part~="media"]')!;
      // The box has its height before the image arrives.
      expect(media.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('leaves no gap and no empty label for missing fields', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card .article=${bareArticle}></news-article-card>`);
      const root = shadow(el);
      for (const part of ['media', 'image', 'category', 'summary', 'meta', 'byline', 'date', 'comments', 'reading-time']) {
        expect(root.querySelector(`[part~="${part}"]`), part).to.equal(null);
      }
      expect(text(el, '[part~="title"]')).to.equal('Short note');
      // Without a URL the headline is a button, still the card's one control.
      expect(root.querySelector('button[part~="link"]')).to.exist;
    });

    it('keeps a real zero comment count', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card lang="en" .article=${{...bareArticle, commentCount: 0}}></news-article-card>`);
      expect(text(el, '[part~="comments"]')).to.equal('0 comments');
    });

    it('labels an article without title instead of leaving an empty link', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card lang="en" .article=${{id: 'x', url: 'https://news.example/x'}}></news-article-card>`);
      expect(text(el, 'a[part~="link"]')).to.equal('Untitled article');
    });

    it('names a story without a title by its teaser, or by its first words, as feed readers do', async () => {
      const post = {id: 'p', url: 'https://micro.example/p', summary: 'Coffee, then the harbour at dawn.'};
      const el = await fixture<NewsArticleCard>(html`<news-article-card lang="en" .article=${post}></news-article-card>`);
      expect(text(el, 'a[part~="link"]')).to.equal('Coffee, then the harbour at dawn.');
      expect(shadow(el).querySelector('[part~="summary"]'), 'the teaser is not said twice').to.equal(null);
      // Set as text, not as a headline.
      const title = shadow(el).querySelector('[part~="title"]')!;
      expect(getComputedStyle(title).fontWeight).to.equal('400');
      // A long post is cut after four lines (the teaser's three and one), not shown whole.
      const long = await fixture<NewsArticleCard>(html`<news-article-card lang="en" style="width: 220px" .article=${{...post, summary: 'word '.repeat(60)}}></news-article-card>`);
      const lineHeight = parseFloat(getComputedStyle(shadow(long).querySelector('[part~="title"]')!).lineHeight);
      expect(shadow(long).querySelector('[part~="title"]')!.getBoundingClientRect().height).to.be.closeTo(4 * lineHeight, 2);
      const excerpt = await fixture<NewsArticleCard>(html`<news-article-card lang="en" .article=${{id: 'q', url: 'https://micro.example/q', excerpt: 'First words…'}}></news-article-card>`);
      expect(text(excerpt, 'a[part~="link"]')).to.equal('First words…');
      // An empty title names nothing: the teaser names the story, as with no title.
      const empty = await fixture<NewsArticleCard>(html`<news-article-card lang="en" .article=${{...post, title: ''}}></news-article-card>`);
      expect(text(empty, 'a[part~="link"]')).to.equal(post.summary);
      const titled = await fixture<NewsArticleCard>(html`<news-article-card lang="en" .article=${{...post, title: 'Dawn'}}></news-article-card>`);
      expect(text(titled, '[part~="summary"]')).to.equal(post.summary);
      expect(getComputedStyle(shadow(titled).querySelector('[part~="title"]')!).fontWeight).to.equal('700');
    });

    it('shows markup in a title as text', async () => {
      const hostile = '<img src=x onerror="window.__cardPwned=1"><b>Bold</b>';
      const el = await fixture<NewsArticleCard>(html`<news-article-card .article=${{...bareArticle, title: hostile}}></news-article-card>`);
      const title = shadow(el).querySelector('[part~="title"]')!;
      expect(title.textContent!.trim()).to.equal(hostile);
      expect(title.querySelector('img, b')).to.equal(null);
      expect((window as unknown as {__cardPwned?: number}).__cardPwned).to.equal(undefined);
    });

    it('never renders a javascript: URL as a link or image', async () => {
      const el = await fixture<NewsArticleCard>(
        html`<news-article-card .article=${{...bareArticle, url: ' JaVaScRiPt:alert(1)', image: {src: 'javascript:alert(1)'}}}></news-article-card>`,
      );
      expect(shadow(el).querySelector('a')).to.equal(null);
      expect(shadow(el).querySelector('img')).to.equal(null);
    });

    it('fires news-article-select and lets the host keep the link from navigating', async () => {
      const article = fullArticle();
      const el = await fixture<NewsArticleCard>(html`<news-article-card .article=${article}></news-article-card>`);
      const link = shadow(el).querySelector('a')!;
      const seen: {event?: CustomEvent; clickPrevented?: boolean} = {};
      el.addEventListener('news-article-select', (e) => {
        seen.event = e;
        e.preventDefault();
      });
      document.addEventListener('click', (e) => (seen.clickPrevented = e.defaultPrevented), {once: true});
      link.click();
      expect(seen.event!.detail.article).to.equal(article);
      expect(seen.event!.bubbles && seen.event!.composed).to.be.true;
      expect(seen.clickPrevented).to.be.true;
    });

    it('leaves a Ctrl-, Cmd-, Shift- or Alt-click to the browser (a new tab, a window, a download) and fires nothing', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card .article=${fullArticle()}></news-article-card>`);
      const link = shadow(el).querySelector('a')!;
      const selected: string[] = [];
      // An application's router, as in the documented recipe.
      el.addEventListener('news-article-select', (e) => {
        e.preventDefault();
        selected.push('select');
      });
      const clicks = watchClicks();
      try {
        for (const key of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey']) {
          link.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, cancelable: true, [key]: true}));
        }
        expect(selected).to.deep.equal([]);
        expect(clicks.prevented).to.deep.equal([false, false, false, false]);
        link.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, cancelable: true}));
        expect(selected).to.deep.equal(['select']);
      } finally {
        clicks.stop();
      }
    });

    it("marks a story in another language, its image's alt text included, and keeps its labels in the page's", async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card lang="en" .article=${{...fullArticle(), language: 'vi'}}></news-article-card>`);
      for (const selector of ['[part~="body"]', '[part~="image"]']) expect(shadow(el).querySelector(selector)!.getAttribute('lang'), selector).to.equal('vi');
      expect(shadow(el).querySelector('[part~="meta"]')!.getAttribute('lang')).to.equal('en');
    });

    it('makes the whole card clickable through its one link', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card .article=${fullArticle()} style="width: 320px"></news-article-card>`);
      const box = el.getBoundingClientRect();
      // A point on the image, far from the headline, still hits the link.
      const hit = shadow(el).elementFromPoint(box.left + 10, box.top + 10);
      expect(hit?.closest('a')).to.exist;
      expect(shadow(el).querySelectorAll('a').length).to.equal(1);
    });

    it('keeps the image box and drops the broken image when it fails to load', async () => {
      const article = {...fullArticle(), image: {src: '/test/fixtures/images/missing.jpg', alt: 'gone'}};
      const el = await fixture<NewsArticleCard>(html`<news-article-card .article=${article}></news-article-card>`);
      await waitUntil(() => !shadow(el).querySelector('img'), 'broken image removed');
      expect(shadow(el).querySelector('[part~="media"]')).to.exist;
    });

    for (const variant of ['standard', 'horizontal', 'compact', 'hero'] as const) {
      it(`renders the ${variant} variant accessibly`, async () => {
        const el = await fixture<NewsArticleCard>(
          html`<news-article-card lang="en" variant=${variant} .article=${fullArticle()} style="width: 600px"></news-article-card>`,
        );
        expect(text(el, '[part~="title"]')).to.contain('Parliament');
        await expect(el).to.be.accessible();
      });
    }

    it('lays out horizontally when wide and stacks when narrow', async () => {
      const wide = await fixture<NewsArticleCard>(html`<news-article-card variant="horizontal" .article=${fullArticle()} style="width: 700px"></news-article-card>`);
      const [media, body] = ['[part~="media"]', '[part~="body"]'].map((s) => shadow(wide).querySelector(s)!.getBoundingClientRect());
      expect(body.left).to.be.greaterThan(media.left + media.width - 1);
      const narrow = await fixture<NewsArticleCard>(html`<news-article-card variant="horizontal" .article=${fullArticle()} style="width: 300px"></news-article-card>`);
      const [m2, b2] = ['[part~="media"]', '[part~="body"]'].map((s) => shadow(narrow).querySelector(s)!.getBoundingClientRect());
      expect(b2.top).to.be.greaterThan(m2.top + m2.height - 1);
    });

    it('keeps its text under its image when a grid row makes it taller', async () => {
      // A card in a grid row is stretched to its tallest neighbour: the extra height goes below its text,
      // so that the headlines of one row line up, rather than into a gap under the shorter cards' images.
      const offsets = async (variant: string, width: number, stretch: boolean) => {
        const wrapper = await fixture(html`<div style="display: grid; grid-template-rows: ${stretch ? '900px' : 'auto'}; width: ${width}px">
          <news-article-card variant=${variant} .article=${fullArticle()}></news-article-card>
        </div>`);
        const card = wrapper.querySelector('news-article-card')!;
        const [base, media, body] = ['[part~="base"]', '[part~="media"]', '[part~="body"]'].map((s) => shadow(card).querySelector(s)!.getBoundingClientRect());
        return {bodyTop: Math.round(body.top - base.top), mediaHeight: Math.round(media.height), baseHeight: Math.round(base.height)};
      };
      for (const [variant, width] of [['standard', 320], ['horizontal', 300], ['compact', 400], ['hero', 400]] as const) {
        const natural = await offsets(variant, width, false);
        const stretched = await offsets(variant, width, true);
        expect(stretched.baseHeight, `${variant} at ${width}px fills the row`).to.equal(900);
        expect(stretched.bodyTop, `${variant} at ${width}px`).to.equal(natural.bodyTop);
        expect(stretched.mediaHeight, `${variant} at ${width}px`).to.equal(natural.mediaHeight);
      }
      // Side by side, the image still fills the card's height.
      const wide = await offsets('horizontal', 700, true);
      expect(wide.mediaHeight).to.be.closeTo(900 - 2, 1);
    });

    it('follows the theme attribute for dark colours', async () => {
      const light = await fixture<NewsArticleCard>(html`<news-article-card theme="light" .article=${bareArticle}></news-article-card>`);
      const dark = await fixture<NewsArticleCard>(html`<news-article-card theme="dark" .article=${bareArticle}></news-article-card>`);
      const bg = (el: Element) => getComputedStyle(shadow(el).querySelector('[part~="base"]')!).backgroundColor;
      expect(bg(light)).to.equal('rgb(255, 255, 255)');
      expect(bg(dark)).to.equal('rgb(28, 28, 33)');
      await expect(dark).to.be.accessible();
    });

    it('takes the page font and the --news-* tokens', async () => {
      const wrapper = await fixture(html`<div style="font-family: Georgia, serif; --news-color-accent: rgb(0, 128, 0)">
        <news-article-card .article=${fullArticle()}></news-article-card>
      </div>`);
      const card = wrapper.querySelector('news-article-card')!;
      expect(getComputedStyle(shadow(card).querySelector('[part~="title"]')!).fontFamily).to.contain('Georgia');
      expect(getComputedStyle(shadow(card).querySelector('[part~="category"]')!).color).to.equal('rgb(0, 128, 0)');
    });
  });

  describe('labels in the reader\'s language', () => {
    it('speaks French from an ancestor lang, with French plurals', async () => {
      const wrapper = await fixture(html`<div lang="fr-CA">
        <news-article-card .article=${{...fullArticle(), commentCount: 0}}></news-article-card>
        <news-article-card .article=${{...fullArticle(), commentCount: 2}}></news-article-card>
      </div>`);
      const [zero, two] = Array.from(wrapper.querySelectorAll('news-article-card'));
      await (zero as NewsArticleCard).updateComplete;
      await (two as NewsArticleCard).updateComplete;
      expect(text(zero, '[part~="comments"]')).to.equal('0 commentaire');
      expect(text(two, '[part~="comments"]')).to.equal('2 commentaires');
      expect(text(zero, '[part~="byline"]')).to.equal('Par Léa Dubois et Minh Trần');
      expect(text(zero, '[part~="reading-time"]')).to.equal('Lecture : 5 minutes');
      expect(text(zero, 'time')).to.equal('il y a 3 heures');
    });

    it('speaks Vietnamese', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card lang="vi" .article=${fullArticle()}></news-article-card>`);
      expect(text(el, '[part~="comments"]')).to.equal('2 bình luận');
      expect(text(el, '[part~="byline"]')).to.equal('Tác giả: Léa Dubois và Minh Trần');
    });

    it('shows older dates in the locale\'s format and time zone', async () => {
      const article = {...bareArticle, published: '2024-03-12T23:30:00Z'};
      const el = await fixture<NewsArticleCard>(html`<news-article-card lang="fr" time-zone="UTC" .article=${article}></news-article-card>`);
      expect(text(el, 'time')).to.equal('12 mars 2024');
      el.timeZone = 'Asia/Ho_Chi_Minh';
      await el.updateComplete;
      expect(text(el, 'time')).to.equal('13 mars 2024');
    });

    it('never shows a future date as relative', async () => {
      const future = new Date(Date.now() + 5 * 60_000).toISOString();
      const el = await fixture<NewsArticleCard>(html`<news-article-card lang="en" .article=${{...bareArticle, published: future}}></news-article-card>`);
      expect(text(el, 'time')).to.not.match(/^in /);
      expect(text(el, 'time')).to.match(/\d{4}/);
    });

    it('re-renders when the page language changes', async () => {
      const wrapper = await fixture(html`<div lang="en"><news-article-card .article=${fullArticle()}></news-article-card></div>`);
      const card = wrapper.querySelector('news-article-card')!;
      expect(text(card, '[part~="comments"]')).to.equal('2 comments');
      wrapper.setAttribute('lang', 'fr');
      await waitUntil(() => text(card, '[part~="comments"]') === '2 commentaires', 'French after the change');
      wrapper.setAttribute('lang', 'vi');
      await waitUntil(() => text(card, '[part~="comments"]') === '2 bình luận', 'Vietnamese after the change');
    });

    it('falls back to English for a language it does not ship', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card lang="sw" .article=${fullArticle()}></news-article-card>`);
      expect(text(el, '[part~="byline"]')).to.match(/^By /);
    });
  });

  describe('with a src', () => {
    const feedUrl = '/test/fixtures/card-feed.json';

    it('shows a loading state, then the article with that id', async () => {
      const loads: CustomEvent[] = [];
      const el = await fixture<NewsArticleCard>(
        html`<news-article-card lang="en" src=${feedUrl} article-id="42" @news-load=${(e: CustomEvent) => loads.push(e)}></news-article-card>`,
      );
      if (!loads.length) expect(shadow(el).querySelector('[aria-busy="true"]')).to.exist;
      await waitUntil(() => text(el, '[part~="title"]'), 'the card renders');
      expect(text(el, '[part~="title"]')).to.equal('The answer is in the feed');
      expect(shadow(el).querySelector('a')!.href).to.equal(new URL('/stories/42', location.href).href);
      expect(loads.length).to.equal(1);
      expect(loads[0].detail.feed.articles.length).to.equal(3);
    });

    it('says so when the id is not in the feed', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card lang="fr" src=${feedUrl} article-id="nope"></news-article-card>`);
      await waitUntil(() => text(el, '[part~="message"]'), 'a message');
      expect(text(el, '[part~="message"]')).to.equal('Cet article n’est pas disponible.');
    });

    it('shows a localized error with Retry and fires news-error', async () => {
      const errors: CustomEvent[] = [];
      const el = await fixture<NewsArticleCard>(
        html`<news-article-card lang="fr" src="/test/fixtures/does-not-exist.json" @news-error=${(e: CustomEvent) => errors.push(e)}></news-article-card>`,
      );
      await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'an error state');
      expect(errors[0].detail.kind).to.equal('http');
      expect(errors[0].detail.status).to.equal(404);
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('Le service d’actualités a répondu par une erreur.');
      expect(text(el, '[part~="retry"]')).to.equal('Réessayer');
      await expect(el).to.be.accessible();
    });

    it('never renders a javascript: link from a feed', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card src=${feedUrl} article-id="evil"></news-article-card>`);
      await waitUntil(() => text(el, '[part~="title"]'), 'the card renders');
      expect(text(el, '[part~="title"]')).to.equal('<script>alert(1)</script> Evil');
      expect(shadow(el).querySelector('a')).to.equal(null);
      expect(shadow(el).querySelector('script')).to.equal(null);
    });
  });
});

describe('news-article-card relative dates', () => {
  afterEach(() => clockState.setPeriod(60_000));

  it('stay current through one shared timer, stopped when no card needs it', async () => {
    clockState.setPeriod(50);
    const justNow = {...bareArticle, published: new Date(Date.now() - 30_000).toISOString()};
    const wrapper = await fixture(html`<div lang="en">
      <news-article-card .article=${justNow}></news-article-card>
      <news-article-card .article=${justNow}></news-article-card>
      <news-article-card .article=${{...bareArticle, published: '2020-01-01T00:00:00Z'}}></news-article-card>
    </div>`);
    const [first] = Array.from(wrapper.querySelectorAll('news-article-card'));
    await waitUntil(() => clockState.running, 'the clock runs');
    expect(clockState.subscribers).to.equal(2);
    expect(text(first, 'time')).to.equal('now');
    // Two minutes pass: nothing but the shared timer can update the label.
    const realNow = Date.now;
    Date.now = () => realNow() + 120_000;
    try {
      await waitUntil(() => text(first, 'time') === '2 minutes ago', 'the label follows the clock');
    } finally {
      Date.now = realNow;
    }
    wrapper.remove();
    expect(clockState.running).to.be.false;
  });
});

describe('news-article-card skeleton', () => {
  for (const [variant, width] of [
    ['standard', 360],
    ['horizontal', 360],
    ['compact', 360],
    // A compact card in a sidebar, where its headline and meta wrap more.
    ['compact', 320],
    ['hero', 360],
  ] as const) {
    it(`is about the height of a ${variant} card ${width}px wide, so nothing jumps when data arrives`, async () => {
      const wrapper = await fixture(html`<div style="width: ${width}px">
        <news-article-card loading variant=${variant}></news-article-card>
        <news-article-card lang="en" variant=${variant} .article=${fullArticle()}></news-article-card>
      </div>`);
      const [skeleton, card] = Array.from(wrapper.querySelectorAll('news-article-card'));
      const height = (el: Element) => el.getBoundingClientRect().height;
      await waitUntil(() => height(card) > 0 && height(skeleton) > 0, 'both laid out');
      expect(Math.abs(height(skeleton) - height(card)) / height(card)).to.be.below(0.2);
    });
  }
});

describe('while loading, for assistive technology', () => {
  it('shows the card and the article as busy boxes beside one status, with no empty article to land on', async () => {
    await import('../../../src/components/article/news-article.js');
    const {faultServerUrl} = await import('/__fault-server.js');
    const wrapper = await fixture(html`<div lang="en">
      <news-article-card loading></news-article-card>
      <news-article src=${`${faultServerUrl}/hang?key=skeleton-${Math.random()}`}></news-article>
    </div>`);
    const [card, article] = [wrapper.querySelector('news-article-card')!, wrapper.querySelector('news-article')!];
    await waitUntil(() => article.shadowRoot?.querySelector('[aria-busy="true"]'), 'the article shows its skeleton');
    for (const el of [card, article]) {
      const root = el.shadowRoot!;
      expect(root.querySelector('[aria-busy="true"]'), el.localName).to.exist;
      expect(root.querySelectorAll('article').length, `${el.localName}: no empty <article>`).to.equal(0);
      expect(root.querySelectorAll('[role="status"]').length, el.localName).to.equal(1);
    }
  });
});
