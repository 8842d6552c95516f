import {expect} from '@open-wc/testing';
import {adaptWordPress} from '../../../src/data/formats/wordpress.js';
import type {Feed} from '../../../src/data/model.js';
import {wordpressEmbed} from '../../fixtures/feeds/wordpress-embed.js';
import {wordpressPlain} from '../../fixtures/feeds/wordpress-plain.js';

const baseUrl = 'https://blog.example/wp-json/wp/v2/posts?_embed';

function feedOf(json: unknown): Feed {
  const result = adaptWordPress(json, {baseUrl});
  if (!result.ok) throw new Error(`expected a feed, got ${result.error.message}`);
  return result.value;
}

describe('adaptWordPress: with _embed', () => {
  const pwned = () => (window as unknown as {__wpPwned?: boolean}).__wpPwned;
  let feed: Feed;
  before(() => {
    feed = feedOf(wordpressEmbed);
  });

  it('keeps the posts in order with their numeric ids as strings', () => {
    expect(feed.articles.map((a) => a.id)).to.deep.equal(['101', '102', '103']);
    expect(feed.categories).to.deep.equal([]);
    expect(feed).to.not.have.property('title');
  });

  it('decodes entities in title.rendered to plain text', () => {
    expect(feed.articles[0].title).to.equal('Café – “x”');
  });

  it('makes a plain-text summary without the theme "Continue reading" link', () => {
    expect(feed.articles[0].summary).to.equal('Le café & les croissants…');
  });

  it('turns date_gmt and modified_gmt into ISO dates in UTC', () => {
    expect(feed.articles[0].published).to.equal('2024-05-01T08:30:00.000Z');
    expect(feed.articles[0].updated).to.equal('2024-05-02T07:00:00.000Z');
  });

  it('reads link, lang and a real comment_count of 0', () => {
    const [post] = feed.articles;
    expect(post.url).to.equal('https://blog.example/2024/05/01/cafe/');
    expect(post.language).to.equal('fr');
    expect(post.commentCount).to.equal(0);
  });

  it('sanitizes content.rendered and runs none of it', () => {
    const html = feed.articles[0].contentHtml!;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('script')).to.equal(null);
    expect(doc.querySelector('figure img')!.getAttribute('src')).to.equal('https://blog.example/wp-content/uploads/cup.jpg');
    expect(doc.querySelector('figure img')!.hasAttribute('onload')).to.be.false;
    expect(doc.querySelector('p a')!.hasAttribute('href')).to.be.false;
    expect(pwned()).to.equal(undefined);
  });

  it('reads embedded authors with their archive links', () => {
    expect(feed.articles[0].authors).to.deep.equal([{name: 'Amélie Dupont', url: 'https://blog.example/author/amelie/'}]);
  });

  it('builds the image from wp:featuredmedia with a width-sorted srcset', () => {
    expect(feed.articles[0].image).to.deep.equal({
      src: 'https://blog.example/wp-content/uploads/cafe.jpg',
      alt: 'Une tasse de café',
      width: 1600,
      height: 900,
      srcset: [
        'https://blog.example/wp-content/uploads/cafe-150x150.jpg 150w',
        'https://blog.example/wp-content/uploads/cafe-300x169.jpg 300w',
        'https://blog.example/wp-content/uploads/cafe-1024x576.jpg 1024w',
        'https://blog.example/wp-content/uploads/cafe.jpg 1600w',
      ].join(', '),
      caption: 'Le comptoir & la machine',
      credit: 'Jean Photo / AFP',
    });
  });

  it('matches wp:term entries by taxonomy, not by position', () => {
    const [post] = feed.articles;
    expect(post.category).to.deep.equal({id: '3', name: 'Arts & Culture', slug: 'arts-culture'});
    expect(post.tags).to.deep.equal([
      {name: 'Petit déjeuner', slug: 'petit-dejeuner'},
      {name: 'Paris', slug: 'paris'},
    ]);
  });

  it('decodes percent-encoded slugs of non-Latin terms', () => {
    expect(feed.articles[1].category).to.deep.equal({id: '40', name: '経済', slug: '経済'});
  });

  it('skips embed errors, an empty title and protected content', () => {
    const post = feed.articles[1];
    for (const key of ['title', 'summary', 'contentHtml', 'authors', 'image', 'tags', 'commentCount', 'readingTimeMinutes']) {
      expect(post, key).to.not.have.property(key);
    }
    expect(post.published).to.equal('2024-04-30T23:15:00.000Z');
  });

  it('shows markup in a title as text and drops a javascript: link', () => {
    const post = feed.articles[2];
    expect(post.title).to.equal('Hello world <b>');
    expect(post).to.not.have.property('url');
    expect(post).to.not.have.property('summary');
    expect(post).to.not.have.property('updated');
    expect(pwned()).to.equal(undefined);
  });

  it('takes the first category term and ignores other taxonomies', () => {
    const post = feed.articles[2];
    expect(post.category).to.deep.equal({id: '5', name: 'News', slug: 'news'});
    expect(post).to.not.have.property('tags');
  });
});

describe('adaptWordPress: without _embed', () => {
  it('renders what is there and invents no names for bare ids', () => {
    const [post, jetpack] = feedOf(wordpressPlain).articles;
    expect(post.title).to.equal('Budget 2024 : ce qui change');
    expect(post.summary).to.equal('Le budget.');
    expect(post.published).to.equal('2024-03-10T14:00:00.000Z');
    for (const key of ['authors', 'image', 'category', 'tags', 'commentCount', 'language']) {
      expect(post, key).to.not.have.property(key);
    }
    expect(jetpack.image).to.deep.equal({src: 'https://news.example/wp-content/uploads/jet.jpg'});
    expect(jetpack).to.not.have.property('contentHtml');
  });

  it('accepts a single post object (the /posts/<id> endpoint)', () => {
    const feed = feedOf(wordpressPlain[0]);
    expect(feed.articles.map((a) => a.id)).to.deep.equal(['201']);
  });

  it('reads dates that already carry a zone as they are', () => {
    const feed = feedOf([{id: 1, link: 'https://x.example/1', date_gmt: '2024-01-01T00:00:00+01:00'}]);
    expect(feed.articles[0].published).to.equal('2023-12-31T23:00:00.000Z');
  });

  it('accepts an empty posts list', () => {
    expect(feedOf([]).articles).to.deep.equal([]);
  });
});

describe('adaptWordPress: errors', () => {
  it('rejects an object that is not a post', () => {
    const result = adaptWordPress({code: 'rest_no_route', message: 'No route', data: {status: 404}});
    expect(result.ok).to.be.false;
    if (!result.ok) {
      expect(result.error.kind).to.equal('format');
      expect(result.error.message).to.include('an object with keys code, message, data');
    }
  });

  it('rejects an array of objects that are not posts', () => {
    const result = adaptWordPress([{name: 'x'}]);
    expect(result.ok).to.be.false;
  });
});
