import {expect} from '@open-wc/testing';
import {NewsError} from '../../../src/data/errors.js';
import {adaptFieldMap, getPath, parseFieldMap} from '../../../src/data/formats/field-map.js';
import type {Feed, FieldMap} from '../../../src/data/model.js';
import {customApi, customApiMap} from '../../fixtures/feeds/field-map.js';

const baseUrl = 'https://api.example.de/v2/stories';

function feedOf(json: unknown, map: FieldMap): Feed {
  const result = adaptFieldMap(json, map, {baseUrl});
  if (!result.ok) throw new Error(`expected a feed, got ${result.error.message}`);
  return result.value;
}

function mapOf(value: unknown): FieldMap {
  const map = parseFieldMap(value);
  if (map instanceof NewsError) throw map;
  return map;
}

describe('parseFieldMap', () => {
  it('accepts a JSON string from an attribute', () => {
    expect(parseFieldMap('{"items": "data.posts", "title": " headline "}')).to.deep.equal({items: 'data.posts', title: 'headline'});
  });

  it('accepts an object from a property', () => {
    expect(parseFieldMap(customApiMap)).to.deep.equal(customApiMap);
  });

  const rejects: [string, unknown, string][] = [
    ['invalid JSON', '{title: headline}', 'not valid JSON'],
    ['an array', '["title"]', 'expected a JSON object, got an array of 1 string'],
    ['null', null, 'expected a JSON object, got null'],
    ['an unknown key', {title: 'a', headline: 'b'}, 'unknown key "headline"'],
    ['a non-string path', {title: 5}, 'the path for "title" must be a string, got a number'],
    ['an empty path', {title: '  '}, 'the path for "title" is empty'],
    ['an empty segment', {image: 'media..url'}, 'has an empty segment'],
    ['bracket indexes', {image: 'media[0].url'}, 'write array indexes with dots'],
  ];
  for (const [what, input, message] of rejects) {
    it(`rejects ${what} with a clear format error`, () => {
      const result = parseFieldMap(input);
      expect(result).to.be.instanceOf(NewsError);
      expect((result as NewsError).kind).to.equal('format');
      expect((result as NewsError).message).to.include(message);
    });
  }

  it('lists the known keys when a key is unknown', () => {
    expect((parseFieldMap({foo: 'x'}) as NewsError).message).to.include('known keys: items, id, url, title');
  });
});

describe('getPath', () => {
  it('follows object keys and array indexes', () => {
    expect(getPath({a: [{b: 'x'}]}, 'a.0.b')).to.equal('x');
    expect(getPath({a: [{b: 'x'}]}, 'a.1.b')).to.equal(undefined);
    expect(getPath({a: [1]}, 'a.length')).to.equal(undefined);
  });

  it('never reads inherited properties', () => {
    expect(getPath({}, 'constructor')).to.equal(undefined);
    expect(getPath({a: {}}, 'a.__proto__')).to.equal(undefined);
    expect(getPath('text', 'length')).to.equal(undefined);
  });
});

describe('adaptFieldMap', () => {
  const pwned = () => (window as unknown as {__mapPwned?: boolean}).__mapPwned;
  let feed: Feed;
  before(() => {
    feed = feedOf(customApi, mapOf(customApiMap));
  });

  it('finds the items through the items path and skips non-objects', () => {
    expect(feed.articles).to.have.length(3);
    expect(feed.categories).to.deep.equal([]);
  });

  it('maps every field of a full item', () => {
    const [a] = feed.articles;
    expect(a).to.deep.include({
      id: 'p-1',
      url: 'https://api.example.de/news/p-1',
      title: 'Markup stays text',
      summary: 'Kurz & knapp',
      contentHtml: '<p>Erster Absatz.</p><p>Zweiter Absatz.</p>',
      authors: [{name: 'Anna Schmidt'}],
      category: {id: '7', name: 'Politik', slug: 'politik'},
      tags: [
        {name: 'Wahl', slug: 'wahl'},
        {name: 'Berlin', slug: 'berlin'},
      ],
      published: '2024-05-01T08:30:00.000Z',
      updated: '2024-05-01T10:00:00.000Z',
      commentCount: 0,
      source: {name: 'dpa', url: 'https://www.dpa.com/'},
      language: 'de-DE',
      readingTimeMinutes: 1,
    });
    expect(a.image).to.deep.equal({
      src: 'https://api.example.de/v2/img/p1.jpg',
      alt: 'Ein Bild',
      caption: 'Bildunterschrift',
      credit: 'Foto: dpa',
    });
  });

  it('sanitizes HTML content and drops hostile links', () => {
    const b = feed.articles[1];
    expect(b.id).to.equal('17');
    expect(b.contentHtml).to.equal('<p>Mit <em>HTML</em></p>');
    expect(b).to.not.have.property('url');
    expect(b).to.not.have.property('published');
    expect(pwned()).to.equal(undefined);
  });

  it('reads author, category and tags in their other shapes', () => {
    const [, b, c] = feed.articles;
    expect(b.authors).to.deep.equal([{name: 'Ben Weber', url: 'https://example.de/ben'}]);
    expect(b.category).to.deep.equal({id: 'sport', name: 'Sport', slug: 'sport'});
    expect(b.tags).to.deep.equal([{name: 'Fußball', slug: 'fußball'}]);
    expect(b.commentCount).to.equal(3);
    expect(c.authors).to.deep.equal([{name: 'Carla'}, {name: 'Dirk', url: 'https://api.example.de/autoren/dirk'}]);
  });

  it('leaves unmapped and missing fields absent and still gives an id', () => {
    const c = feed.articles[2];
    expect(c.id).to.match(/^item-/);
    for (const key of ['url', 'summary', 'contentHtml', 'image', 'category', 'tags', 'published', 'commentCount', 'source']) {
      expect(c, key).to.not.have.property(key);
    }
  });

  it('reads a root array when there is no items path', () => {
    const result = feedOf([{t: 'One'}, {t: 'Two'}], {title: 't'});
    expect(result.articles.map((a) => a.title)).to.deep.equal(['One', 'Two']);
  });

  it('takes an image object or a list of images, and drops data: URLs', () => {
    const map = {image: 'pictures', title: 't'};
    const [one, two, three] = feedOf(
      [
        {pictures: [{src: '/a.jpg', width: 10, height: 20, alt: 'A'}]},
        {pictures: 'data:image/svg+xml,<svg onload=alert(1)>'},
        {pictures: ['https://cdn.example/b.jpg']},
      ],
      map,
    ).articles;
    expect(one.image).to.deep.equal({src: 'https://api.example.de/a.jpg', width: 10, height: 20, alt: 'A'});
    expect(two).to.not.have.property('image');
    expect(three.image).to.deep.equal({src: 'https://cdn.example/b.jpg'});
  });

  it('reports where the items path leads when it is not an array', () => {
    const result = adaptFieldMap(customApi, {items: 'data.total'});
    expect(result.ok).to.be.false;
    if (!result.ok) {
      expect(result.error.kind).to.equal('format');
      expect(result.error.message).to.include('"data.total" leads to a number');
    }
  });

  it('requires an array root when there is no items path', () => {
    const result = adaptFieldMap(customApi, {title: 'headline'});
    expect(result.ok).to.be.false;
    if (!result.ok) expect(result.error.message).to.include('an object with keys status, data');
  });
});
