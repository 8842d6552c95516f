import {expect} from '@open-wc/testing';
import {relatedArticles} from '../../src/data/related.js';
import type {Article} from '../../src/data/model.js';

const cat = (slug: string) => ({id: slug, name: slug, slug});
const tags = (...slugs: string[]) => slugs.map((slug) => ({name: slug, slug}));
const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T10:00:00Z`;

const articles: Article[] = [
  {id: 'subject', title: 'Subject', category: cat('heritage'), tags: tags('bridge', 'stone', 'river'), authors: [{name: 'Claire Morel'}], source: {name: 'ARP'}, published: day(20)},
  {id: 'two-tags', category: cat('local'), tags: tags('bridge', 'stone'), published: day(1)},
  {id: 'one-tag-new', category: cat('politics'), tags: tags('river'), published: day(15)},
  {id: 'one-tag-old-same-cat', category: cat('heritage'), tags: tags('river'), published: day(2)},
  {id: 'same-cat-only', category: cat('heritage'), published: day(18)},
  {id: 'same-cat-older', category: cat('heritage'), published: day(3)},
  {id: 'same-author', authors: [{name: 'claire morel '}], published: day(5)},
  {id: 'same-source', source: {name: 'ARP'}, published: day(19)},
  {id: 'unrelated', category: cat('business'), tags: tags('tax'), authors: [{name: 'Someone'}], published: day(21)},
];

const ids = (list: Article[]) => list.map((a) => a.id);

describe('relatedArticles', () => {
  it('ranks by shared tags, then same category, then newest', () => {
    expect(ids(relatedArticles(articles, 'subject', 'topic', 10))).to.deep.equal([
      'two-tags',
      'one-tag-old-same-cat',
      'one-tag-new',
      'same-cat-only',
      'same-cat-older',
    ]);
  });

  it('lists the same category newest first', () => {
    expect(ids(relatedArticles(articles, 'subject', 'category', 10))).to.deep.equal([
      'same-cat-only',
      'same-cat-older',
      'one-tag-old-same-cat',
    ]);
  });

  it('prefers a shared author, then the same source', () => {
    expect(ids(relatedArticles(articles, 'subject', 'author', 10))).to.deep.equal(['same-author', 'same-source']);
  });

  it('never lists the article itself, respects the limit and the exclusions', () => {
    const picks = relatedArticles(articles, 'subject', 'topic', 2, new Set(['two-tags']));
    expect(ids(picks)).to.deep.equal(['one-tag-old-same-cat', 'one-tag-new']);
  });

  it('returns nothing for an unknown article', () => {
    expect(relatedArticles(articles, 'nope', 'topic', 4)).to.deep.equal([]);
  });
});
