import {expect} from '@open-wc/testing';
import {adaptJsonFeed} from '../../../src/data/formats/jsonfeed.js';
import type {Article, Feed} from '../../../src/data/model.js';
import {jsonFeed10} from '../../fixtures/feeds/jsonfeed-1.0.js';
import {jsonFeed11} from '../../fixtures/feeds/jsonfeed-1.1.js';

const baseUrl = 'https://quotidien.example/api/feed.json';

function feedOf(json: unknown, base = baseUrl): Feed {
  const result = adaptJsonFeed(json, {baseUrl: base});
  if (!result.ok) throw new Error(`expected a feed, got ${result.error.message}`);
  return result.value;
}

const byId = (feed: Feed, id: string): Article => {
  const article = feed.articles.find((a) => a.id === id);
  if (!article) throw new Error(`no article ${id}`);
  return article;
};

describe('adaptJsonFeed: JSON Feed 1.1', () => {
  const pwned = () => (window as unknown as {__jsonfeedPwned?: boolean}).__jsonfeedPwned;
  let feed: Feed;
  before(() => {
    feed = feedOf(jsonFeed11);
  });

  it('reads the feed-level fields', () => {
    expect(feed.title).to.equal('Le Quotidien – À la une');
    expect(feed.language).to.equal('fr-FR');
    expect(feed.nextUrl).to.equal('https://quotidien.example/feed.json?page=2');
  });

  it('declares the _news categories, dropping nameless entries and repeated ids', () => {
    expect(feed.categories).to.deep.equal([
      {id: 'eco', name: 'Économie', slug: 'economie'},
      {id: '12', name: 'Sport', slug: 'sport'},
      {id: 'not-a-category-object-but-a-name', name: 'not a category object but a name', slug: 'not-a-category-object-but-a-name'},
    ]);
  });

  it('skips items that are not objects and keeps source order', () => {
    expect(feed.articles.map((a) => a.id)).to.deep.equal([
      'a-1',
      'a-2',
      'a-3',
      'a-4',
      '12345',
      'https://quotidien.example/no-id',
      feed.articles[6].id,
    ]);
  });

  it('maps a complete item, resolving relative URLs against the endpoint', () => {
    const a = byId(feed, 'a-1');
    expect(a.url).to.equal('https://quotidien.example/2024/05/01/port');
    expect(a.title).to.equal('Le port de Marseille se réinvente');
    expect(a.summary).to.equal('Un chantier de dix ans & 2 milliards.');
    expect(a.published).to.equal('2024-05-01T08:30:00.000Z');
    expect(a.updated).to.equal('2024-05-01T12:00:00.000Z');
    expect(a.language).to.equal('fr');
    expect(a.authors).to.deep.equal([{name: 'Jeanne Martin', url: 'https://quotidien.example/auteurs/jm'}]);
    expect(a.tags).to.deep.equal([
      {name: 'Mer', slug: 'mer'},
      {name: 'Économie', slug: 'economie'},
    ]);
    expect(a.category).to.deep.equal({id: 'eco', name: 'Économie', slug: 'economie'});
    expect(a.source).to.deep.equal({name: 'AFP', url: 'https://www.afp.com/'});
    expect(a.readingTimeMinutes).to.equal(1);
  });

  it('prefers image over banner_image and fills the image from _news', () => {
    expect(byId(feed, 'a-1').image).to.deep.equal({
      src: 'https://quotidien.example/img/port-1200.jpg',
      alt: 'Des grues sur le quai',
      width: 1200,
      height: 800,
      caption: 'Le quai de la Joliette',
      credit: 'Photo : J. Martin / AFP',
    });
  });

  it('uses banner_image and external_url when they are all there is', () => {
    const a = byId(feed, '12345');
    expect(a.url).to.equal('https://partner.example/story');
    expect(a.image).to.deep.equal({src: 'https://cdn.example/banner.jpg'});
    expect(a.source).to.deep.equal({name: 'Reuters'});
    expect(a.category).to.deep.equal({id: 'nouvelle-rubrique', name: 'Nouvelle rubrique', slug: 'nouvelle-rubrique'});
  });

  it('keeps a real comment count of 0 and reads numeric strings', () => {
    expect(byId(feed, 'a-1').commentCount).to.equal(0);
    expect(byId(feed, 'a-2').commentCount).to.equal(37);
  });

  it('sanitizes content_html and runs none of it', () => {
    const html = byId(feed, 'a-1').contentHtml!;
    expect(html).to.not.include('<script');
    expect(html).to.not.include('onerror');
    expect(html).to.include('<strong>change</strong>');
    expect(html).to.include('src="https://quotidien.example/img/inline.jpg"');
    expect(pwned()).to.equal(undefined);
  });

  it('turns content_text into escaped paragraphs', () => {
    expect(byId(feed, 'a-2').contentHtml).to.equal(
      '<p>Premier paragraphe avec &lt;b&gt;pas de balise&lt;/b&gt;.</p><p>Deuxième paragraphe,<br>sur deux lignes.</p>',
    );
  });

  it('reads markup in a title as text, never as markup', () => {
    expect(byId(feed, 'a-2').title).to.equal('Victoire historique');
    expect(pwned()).to.equal(undefined);
  });

  it('resolves a category name against the declared categories', () => {
    expect(byId(feed, 'a-2').category).to.deep.equal({id: '12', name: 'Sport', slug: 'sport'});
  });

  it('lets items without authors inherit the feed authors', () => {
    expect(byId(feed, 'a-2').authors).to.deep.equal([{name: 'La rédaction', url: 'https://quotidien.example/redaction'}]);
  });

  it('drops hostile URLs but keeps the rest of the item', () => {
    const a = byId(feed, 'a-3');
    expect(a).to.not.have.property('url');
    expect(a).to.not.have.property('image');
    expect(a.title).to.equal('Liens hostiles');
    expect(a.authors).to.deep.equal([{name: 'Mallory'}]);
    expect(a.source).to.deep.equal({name: 'Agence X'});
  });

  it('drops invalid dates and negative counts', () => {
    const a = byId(feed, 'a-3');
    expect(a).to.not.have.property('published');
    expect(a).to.not.have.property('commentCount');
  });

  it('leaves absent fields absent', () => {
    const a = byId(feed, 'a-4');
    expect(a).to.not.have.property('title');
    for (const key of ['url', 'summary', 'image', 'source', 'published', 'updated', 'commentCount', 'language']) {
      expect(a, key).to.not.have.property(key);
    }
    expect(byId(feed, 'a-2')).to.not.have.property('summary');
    expect(byId(feed, 'a-2')).to.not.have.property('tags');
    expect(byId(feed, 'a-2')).to.not.have.property('image');
  });

  it('uses the first tag as category when _news has none', () => {
    expect(byId(feed, 'a-4').category).to.deep.equal({id: 'climat', name: 'Climat', slug: 'climat'});
  });

  it('falls back to the url, then to a stable hash of the title, for ids', () => {
    const hashed = feed.articles[6];
    expect(hashed.title).to.equal('Only a title');
    expect(hashed.id).to.match(/^item-[0-9a-z]+$/);
    expect(feedOf(jsonFeed11).articles[6].id).to.equal(hashed.id);
  });

  it('gives repeated ids a suffix so lists can key by id', () => {
    const twice = feedOf({version: 'https://jsonfeed.org/version/1.1', items: [{id: 'x'}, {id: 'x'}, {id: 'x'}]});
    expect(twice.articles.map((a) => a.id)).to.deep.equal(['x', 'x-2', 'x-3']);
  });
});

describe('adaptJsonFeed: JSON Feed 1.0', () => {
  it('reads the singular author on items and on the feed', () => {
    const feed = feedOf(jsonFeed10);
    expect(feed.articles[0].authors).to.deep.equal([{name: 'Item Author'}]);
    expect(feed.articles[1].authors).to.deep.equal([{name: 'Feed Author', url: 'https://notes.example/about'}]);
  });

  it('prefers authors (1.1) over author (1.0) when a feed has both', () => {
    const feed = feedOf({
      version: 'https://jsonfeed.org/version/1.1',
      items: [{id: '1', author: {name: 'Old'}, authors: [{name: 'New'}]}],
    });
    expect(feed.articles[0].authors).to.deep.equal([{name: 'New'}]);
  });

  it('computes reading time only when there is content', () => {
    const feed = feedOf(jsonFeed10);
    expect(feed.articles[0].readingTimeMinutes).to.equal(2);
    expect(feed.articles[1].readingTimeMinutes).to.equal(1);
    expect(feedOf({version: 'https://jsonfeed.org/version/1', items: [{id: '1', title: 'No body'}]}).articles[0]).to.not.have.property(
      'readingTimeMinutes',
    );
  });

  it('declares no categories when the feed has no list', () => {
    const feed = feedOf(jsonFeed10);
    expect(feed.categories).to.deep.equal([]);
    expect(feed).to.not.have.property('language');
    expect(feed).to.not.have.property('nextUrl');
  });

  it('counts CJK characters for reading time', () => {
    const feed = feedOf({version: 'https://jsonfeed.org/version/1', items: [{id: '1', content_text: '読'.repeat(1500)}]});
    expect(feed.articles[0].readingTimeMinutes).to.equal(3);
  });
});

describe('adaptJsonFeed: errors', () => {
  it('rejects other versions with a format error', () => {
    const result = adaptJsonFeed({version: 'news-widgets/1', items: []});
    expect(result.ok).to.be.false;
    if (!result.ok) {
      expect(result.error.kind).to.equal('format');
      expect(result.error.message).to.include('news-widgets/1');
    }
  });

  it('rejects a feed without an items array', () => {
    const result = adaptJsonFeed({version: 'https://jsonfeed.org/version/1.1', items: {}});
    expect(result.ok).to.be.false;
    if (!result.ok) expect(result.error.message).to.include('"items" is an empty object');
  });

  it('rejects non-objects without throwing', () => {
    for (const value of [undefined, null, 'feed', 3, [], true]) {
      const result = adaptJsonFeed(value);
      expect(result.ok, String(value)).to.be.false;
    }
  });

  it('accepts an http:// version URL as seen in the wild', () => {
    expect(adaptJsonFeed({version: 'http://jsonfeed.org/version/1', items: []}).ok).to.be.true;
  });
});

describe('adaptJsonFeed: real feed (hatena, JSON Feed 1.0 in Japanese)', () => {
  let json: unknown;
  before(async function () {
    const response = await fetch('/__shared-data/feeds/hatena-jsonfeed-1.0.json');
    if (response.status === 404) {
      console.log('Skipped: the shared corpus ../shared/data/feeds/hatena-jsonfeed-1.0.json is missing.');
      this.skip();
    }
    json = await response.json();
  });

  it('reads every item with its Japanese title, singular author and update date', () => {
    const feed = feedOf(json, 'https://otariidae.github.io/hatena-blog-dev-trending-feed/feed.json');
    expect(feed.title).to.equal('はてなブログ企業技術ブログTrending');
    expect(feed.articles).to.have.length(20);
    const [first] = feed.articles;
    expect(first.title).to.equal('機械学習とビジネスゴールのはざまで');
    expect(first.id).to.equal('https://tech.layerx.co.jp/entry/2024/06/30/140352');
    expect(first.url).to.equal('https://tech.layerx.co.jp/entry/2024/06/30/140352');
    expect(first.authors).to.deep.equal([{name: '株式会社LayerX'}]);
    expect(first.updated).to.equal('2024-06-29T15:00:00.000Z');
    expect(first).to.not.have.property('published');
    expect(first.image?.src).to.match(/^https:\/\/cdn\.image\.st-hatena\.com\/image\/scale\//);
    for (const article of feed.articles) {
      expect(article.authors?.length, article.id).to.equal(1);
      expect(article.updated, article.id).to.match(/^\d{4}-\d{2}-\d{2}T/);
      expect(article).to.not.have.property('summary');
      expect(article).to.not.have.property('contentHtml');
      expect(article).to.not.have.property('commentCount');
    }
  });

  it('leaves items without an image imageless', () => {
    const feed = feedOf(json);
    const withoutImage = feed.articles.filter((a) => !('image' in a));
    expect(withoutImage.map((a) => a.title)).to.include('Remix x Cloudflare Workersで0->1');
    expect(withoutImage).to.have.length(3);
    expect(feed.categories).to.deep.equal([]);
  });
});
