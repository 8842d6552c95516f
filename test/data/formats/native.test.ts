import {expect} from '@open-wc/testing';
import {NATIVE_ARTICLE_KEYS, adaptNative} from '../../../src/data/formats/native.js';
import type {Feed} from '../../../src/data/model.js';
import {nativeFeed} from '../../fixtures/feeds/native.js';

const baseUrl = 'https://tin.example/api/feed.json';

function feedOf(json: unknown): Feed {
  const result = adaptNative(json, {baseUrl});
  if (!result.ok) throw new Error(`expected a feed, got ${result.error.message}`);
  return result.value;
}

describe('adaptNative', () => {
  let feed: Feed;
  before(() => {
    feed = feedOf(nativeFeed);
  });

  it('reads the feed fields and its declared categories', () => {
    expect(feed.title).to.equal('Thời sự');
    expect(feed.language).to.equal('vi');
    expect(feed.nextUrl).to.equal('https://tin.example/api/feed?page=2');
    expect(feed.categories.map((c) => c.id)).to.deep.equal(['thoi-su', 'the-gioi']);
  });

  it('skips entries that are not objects', () => {
    expect(feed.articles.map((a) => a.id)).to.deep.equal(['n-1', '2', 'n-3']);
  });

  it('maps a complete article onto the model', () => {
    const [a] = feed.articles;
    expect(a).to.deep.include({
      id: 'n-1',
      url: 'https://tin.example/bai/1',
      title: 'Hà Nội mở rộng đường vành đai',
      summary: 'Tóm tắt',
      authors: [{name: 'Nguyễn Văn A', url: 'https://tin.example/tac-gia/a'}],
      source: {name: 'TTXVN', url: 'https://vnanet.vn/'},
      category: {id: 'thoi-su', name: 'Thời sự', slug: 'thoi-su'},
      tags: [
        {name: 'Giao thông', slug: 'giao-thong'},
        {name: 'Hà Nội', slug: 'ha-noi'},
      ],
      published: '2024-05-01T00:00:00.000Z',
      updated: '2024-05-01T02:00:00.000Z',
      commentCount: 0,
      language: 'vi',
      readingTimeMinutes: 4,
    });
    expect(a.image).to.deep.equal({
      src: 'https://tin.example/anh/1.jpg',
      alt: 'Đường phố',
      width: 1280,
      height: 720,
      srcset: 'https://tin.example/anh/1-640.jpg 640w, https://tin.example/anh/1-1280.jpg 1280w',
      caption: 'Chú thích',
      credit: 'Ảnh: TTXVN',
    });
  });

  it('sanitizes content into contentHtml', () => {
    const [a] = feed.articles;
    expect(a).to.not.have.property('content');
    expect(a.contentHtml).to.equal('<p>Nội dung <a href="https://tin.example/bai/2" rel="noopener noreferrer">liên quan</a>.</p>');
  });

  it('drops fields of the wrong type instead of failing', () => {
    const a = feed.articles[1];
    for (const key of ['title', 'summary', 'contentHtml', 'image', 'url', 'published', 'commentCount', 'readingTimeMinutes']) {
      expect(a, key).to.not.have.property(key);
    }
    expect(a.authors).to.deep.equal([{name: 'Trần Thị B'}]);
    expect(a.category).to.deep.equal({id: 'the-gioi', name: 'Thế giới', slug: 'the-gioi'});
  });

  it('accepts an image given as a URL and a category given by name only', () => {
    const a = feed.articles[2];
    expect(a.image).to.deep.equal({src: 'https://tin.example/anh/3.jpg'});
    expect(a.category).to.deep.equal({id: 'moi', name: 'Mới', slug: 'moi'});
  });

  it('rejects another version with a format error naming it', () => {
    const result = adaptNative({version: 'news-widgets/2', articles: []});
    expect(result.ok).to.be.false;
    if (!result.ok) {
      expect(result.error.kind).to.equal('format');
      expect(result.error.message).to.include('"news-widgets/2"');
    }
  });

  it('rejects a document without an articles array', () => {
    const result = adaptNative({version: 'news-widgets/1', items: []});
    expect(result.ok).to.be.false;
    if (!result.ok) expect(result.error.message).to.include('"articles" is missing');
  });
});

describe('native feed JSON Schema', () => {
  let schema: {
    $schema: string;
    required: string[];
    properties: Record<string, unknown>;
    $defs: {article: {properties: Record<string, unknown>}};
  };
  before(async () => {
    schema = await (await fetch('/schemas/native-feed.schema.json')).json();
  });

  it('is a draft 2020-12 schema for the native version', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.version).to.deep.include({const: 'news-widgets/1'});
    expect(schema.required).to.deep.equal(['version', 'articles']);
  });

  it('documents exactly the article fields the adapter reads', () => {
    expect(Object.keys(schema.$defs.article.properties).sort()).to.deep.equal([...NATIVE_ARTICLE_KEYS].sort());
  });

  it('documents every field the fixture uses', () => {
    const documented = new Set(Object.keys(schema.$defs.article.properties));
    for (const article of nativeFeed.articles) {
      if (Array.isArray(article)) continue;
      for (const key of Object.keys(article)) expect(documented.has(key), key).to.be.true;
    }
    for (const key of Object.keys(nativeFeed)) expect(schema.properties, key).to.have.property(key);
  });
});
