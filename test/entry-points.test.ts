import {expect} from '@open-wc/testing';

describe('entry points', () => {
  it('exports the classes without registering any element', async () => {
    const library = await import('../src/index.js');
    expect(library.NewsArticleCard).to.be.a('function');
    expect(customElements.get('news-article-card')).to.equal(undefined);
  });

  it('registers each element from its define entry, once, even when imported again', async () => {
    const {NewsArticleCard} = await import('../src/index.js');
    await import('../src/components/article-card/news-article-card.js');
    expect(customElements.get('news-article-card')).to.equal(NewsArticleCard);
    await import('../src/define.js');
    expect(customElements.get('news-article-card')).to.equal(NewsArticleCard);
  });
});
