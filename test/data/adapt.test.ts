import {expect} from '@open-wc/testing';
import {adaptFeed, detectFormat, parseFieldMap} from '../../src/data/adapt.js';
import {NewsError} from '../../src/data/errors.js';
import {adaptFieldMap} from '../../src/data/formats/field-map.js';
import {adaptJsonFeed} from '../../src/data/formats/jsonfeed.js';
import {adaptNative} from '../../src/data/formats/native.js';
import {adaptWordPress} from '../../src/data/formats/wordpress.js';
import type {AdapterResult} from '../../src/data/errors.js';
import type {Feed} from '../../src/data/model.js';
import {customApi, customApiMap} from '../fixtures/feeds/field-map.js';
import {jsonFeed10} from '../fixtures/feeds/jsonfeed-1.0.js';
import {jsonFeed11} from '../fixtures/feeds/jsonfeed-1.1.js';
import {nativeFeed} from '../fixtures/feeds/native.js';
import {wordpressEmbed} from '../fixtures/feeds/wordpress-embed.js';
import {wordpressPlain} from '../fixtures/feeds/wordpress-plain.js';

function errorOf(result: AdapterResult<Feed>): NewsError {
  if (result.ok) throw new Error('expected an error, got a feed');
  return result.error;
}

describe('detectFormat', () => {
  it('recognizes JSON Feed 1.0 and 1.1 by their version URL', () => {
    expect(detectFormat(jsonFeed10)).to.equal('jsonfeed');
    expect(detectFormat(jsonFeed11)).to.equal('jsonfeed');
  });

  it('recognizes the native format by its version', () => {
    expect(detectFormat(nativeFeed)).to.equal('native');
  });

  it('recognizes WordPress posts with and without _embed, and a single post', () => {
    expect(detectFormat(wordpressEmbed)).to.equal('wordpress');
    expect(detectFormat(wordpressPlain)).to.equal('wordpress');
    expect(detectFormat(wordpressPlain[0])).to.equal('wordpress');
    expect(detectFormat([{id: 3, link: 'https://x.example/'}])).to.equal('wordpress');
  });

  it('reads an empty array as an empty WordPress result', () => {
    expect(detectFormat([])).to.equal('wordpress');
  });

  it('recognizes nothing else', () => {
    for (const value of [customApi, {version: 'https://jsonfeed.org/version/2', items: []}, [{id: '3', link: 'x'}], [1, 2], 'x', null, undefined]) {
      expect(detectFormat(value), JSON.stringify(value)).to.equal(undefined);
    }
  });
});

describe('adaptFeed', () => {
  it('detects and adapts each format by default', () => {
    for (const [json, first] of [
      [jsonFeed11, 'a-1'],
      [jsonFeed10, 'https://notes.example/1'],
      [nativeFeed, 'n-1'],
      [wordpressEmbed, '101'],
      [wordpressPlain, '201'],
    ] as const) {
      const result = adaptFeed(json, {baseUrl: 'https://news.example/feed'});
      expect(result.ok, first).to.be.true;
      if (result.ok) expect(result.value.articles[0].id).to.equal(first);
    }
  });

  it('uses a declared format that matches the data', () => {
    const result = adaptFeed(wordpressPlain, {format: 'wordpress'});
    expect(result.ok).to.be.true;
  });

  it('resolves relative URLs against baseUrl', () => {
    const result = adaptFeed(nativeFeed, {baseUrl: 'https://other.example/api/'});
    expect(result.ok && result.value.articles[0].url).to.equal('https://other.example/bai/1');
  });

  it("points a body's footnote links at the story's page; other relative URLs resolve against baseUrl", () => {
    const body = '<p><a href="#fn1">1</a> <a href="more/">more</a> <img src="chart.png" alt=""></p>';
    const result = adaptFeed(
      {version: 'https://jsonfeed.org/version/1.1', items: [{id: 'a', url: '../2026/story/', content_html: body}, {id: 'b', content_html: body}]},
      {baseUrl: 'https://api.example/v1/feed.json'},
    );
    const urls = (html: string | undefined) =>
      Array.from(new DOMParser().parseFromString(html ?? '', 'text/html').querySelectorAll('a, img'), (e) => e.getAttribute(e.localName === 'img' ? 'src' : 'href'));
    if (!result.ok) throw result.error;
    const [a, b] = result.value.articles;
    expect(a.url).to.equal('https://api.example/2026/story/');
    expect(urls(a.contentHtml)).to.deep.equal(['https://api.example/2026/story/#fn1', 'https://api.example/v1/more/', 'https://api.example/v1/chart.png']);
    // No page to point at: the link goes, its text stays.
    expect(urls(b.contentHtml)).to.deep.equal([null, 'https://api.example/v1/more/', 'https://api.example/v1/chart.png']);
  });

  it('uses the field map whenever one is given', () => {
    const result = adaptFeed(customApi, {map: customApiMap, format: 'jsonfeed'});
    expect(result.ok).to.be.true;
    if (result.ok) expect(result.value.articles[0].title).to.equal('Markup stays text');
  });

  it('turns an invalid field map into a format error', () => {
    const error = errorOf(adaptFeed(customApi, {map: {headline: 'x'} as never}));
    expect(error.kind).to.equal('format');
    expect(error.message).to.include('unknown key "headline"');
  });

  it('re-exports parseFieldMap for the map attribute', () => {
    expect(parseFieldMap('{"title": "t"}')).to.deep.equal({title: 't'});
  });

  const unrecognized: [string, unknown, string][] = [
    ['an object', {version: 'x', items: [], data: 1}, 'Unrecognized feed format: an object with keys version, items, data (version "x")'],
    ['a string', '<html>', 'Unrecognized feed format: a string'],
    ['an array of numbers', [1, 2, 3], 'Unrecognized feed format: an array of 3 numbers'],
    ['a mixed array', [{a: 1}, 'b', 'c'], 'Unrecognized feed format: an array of 3 mixed values (1 object, 2 strings)'],
    ['null', null, 'Unrecognized feed format: null'],
    ['undefined', undefined, 'Unrecognized feed format: undefined'],
    ['an empty object', {}, 'Unrecognized feed format: an empty object'],
    ['a boolean', true, 'Unrecognized feed format: a boolean'],
  ];
  for (const [what, json, message] of unrecognized) {
    it(`names what it saw when it recognizes nothing: ${what}`, () => {
      const error = errorOf(adaptFeed(json));
      expect(error).to.be.instanceOf(NewsError);
      expect(error.kind).to.equal('format');
      expect(error.message).to.equal(message);
    });
  }

  it('shortens long key lists', () => {
    const json = Object.fromEntries('abcdefghij'.split('').map((k) => [k, 1]));
    expect(errorOf(adaptFeed(json)).message).to.equal('Unrecognized feed format: an object with keys a, b, c, d, e, f, g, h, ...');
  });

  const mismatches: [string, unknown, 'jsonfeed' | 'wordpress' | 'native', string][] = [
    ['native data declared as JSON Feed', nativeFeed, 'jsonfeed', 'Not a JSON Feed'],
    ['a JSON Feed declared as WordPress', jsonFeed11, 'wordpress', 'Not a WordPress posts response'],
    ['WordPress posts declared as native', wordpressEmbed, 'native', 'Not a news-widgets feed'],
    ['a JSON Feed declared as native', jsonFeed10, 'native', 'Not a news-widgets feed'],
  ];
  for (const [what, json, format, message] of mismatches) {
    it(`gives a format error for ${what}`, () => {
      const error = errorOf(adaptFeed(json, {format}));
      expect(error.kind).to.equal('format');
      expect(error.message).to.include(message);
    });
  }

  it('rejects an unknown declared format', () => {
    const error = errorOf(adaptFeed(jsonFeed11, {format: 'rss' as never}));
    expect(error.message).to.equal('Unknown format "rss"; expected auto, jsonfeed, wordpress, native');
  });

  // The adapters are called directly too, so adaptFeed's safety net cannot hide a throw.
  it('never throws, whatever it is given', () => {
    const strange: unknown[] = [
      NaN,
      Symbol('x'),
      () => 1,
      new Date(),
      {version: 'https://jsonfeed.org/version/1.1', items: [{id: {}, title: {}, tags: [{}, null, [1]], authors: 'x', _news: 5}]},
      {version: 'https://jsonfeed.org/version/1', items: [{authors: [null], image: 5, date_published: 1e20, language: 'not a tag!!'}]},
      {version: 'news-widgets/1', articles: [{image: {src: {}}, authors: [1, null], category: [], tags: {}}], categories: 'x'},
      [{id: 1, title: {rendered: 5}, _embedded: {'wp:term': 'x', 'wp:featuredmedia': [null], author: {}}}],
      [{id: 2, link: 'https://x.example/', _embedded: {'wp:featuredmedia': [{source_url: 'a.jpg', media_details: {sizes: [null, 1]}}]}}],
    ];
    const adapters = [adaptJsonFeed, adaptWordPress, adaptNative, (json: unknown) => adaptFieldMap(json, {items: 'a.b', title: 'c'})];
    for (const json of strange) {
      for (const adapter of adapters) {
        expect(() => adapter(json), String(json)).to.not.throw();
      }
      for (const format of ['auto', 'jsonfeed', 'wordpress', 'native'] as const) {
        const result = adaptFeed(json, {format});
        expect(result).to.have.property('ok');
        if (!result.ok) expect(result.error.kind).to.equal('format');
      }
      expect(adaptFeed(json, {map: {items: 'a.b', title: 'c'}})).to.have.property('ok');
    }
  });
});
