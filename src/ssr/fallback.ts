import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import {categoryHref, feedCategories} from '../components/category-nav/category-nav.js';
import {inCategory, pickArticle, storyName} from '../data/pick.js';
import {relatedArticles} from '../data/related.js';
import type {Relation} from '../data/related.js';
import {safeUrl} from '../data/sanitize.js';
import type {Article, Feed} from '../data/model.js';

export type WidgetTag = 'news-article-card' | 'news-article-list' | 'news-related-list' | 'news-category-nav' | 'news-article';
export type Attributes = Record<string, string | undefined>;

const number = (value: string | undefined, fallback: number): number => {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) ? n : fallback;
};

/**
 * The articles a widget shows for these attributes, as the element itself
 * picks them (a standalone widget: no provider around it).
 */
export function shownArticles(tag: WidgetTag, feed: Feed, attributes: Attributes, exclude?: Set<string>): Article[] {
  const id = attributes['article-id'];
  switch (tag) {
    case 'news-article-card':
    case 'news-article': {
      const article = pickArticle(feed.articles, id);
      return article ? [article] : [];
    }
    case 'news-article-list': {
      const all = inCategory(feed.articles, attributes.category);
      const limit = number(attributes.limit, 0);
      return limit > 0 ? all.slice(0, limit) : all;
    }
    case 'news-related-list':
      if (id === undefined) return [];
      return relatedArticles(feed.articles, id, (attributes.relation as Relation) ?? 'topic', number(attributes.limit, 4), exclude);
    default:
      return [];
  }
}

interface Link {
  href: string;
  text: string;
}

function links(tag: WidgetTag, feed: Feed, attributes: Attributes, shown: Article[]): Link[] {
  if (tag === 'news-category-nav') {
    const template = attributes['href-template'];
    if (!template) return [];
    return feedCategories(feed)
      .map((category) => ({href: categoryHref(template, category), text: category.name}))
      .filter((link): link is Link => Boolean(link.href && link.text));
  }
  return shown
    // Named as the cards name it: a post without a title by its own words.
    .map((article) => ({href: safeUrl(article.url), text: storyName(article)?.trim()}))
    .filter((link): link is Link => Boolean(link.href && link.text));
}

/**
 * Plain links to what the widget shows, as light-DOM children: readers and
 * crawlers without JavaScript or declarative shadow DOM follow them; where
 * the shadow root renders, no slot shows them. Only http(s) URLs (checked
 * again: a feed handed to the API need not have gone through an adapter),
 * and titles as text, which Lit escapes.
 */
export function fallbackLinks(tag: WidgetTag, feed: Feed, attributes: Attributes, shown: Article[]): TemplateResult | typeof nothing {
  const items = links(tag, feed, attributes, shown);
  if (!items.length) return nothing;
  return html`<ul data-news-fallback>${items.map((link) => html`<li><a href=${link.href}>${link.text}</a></li>`)}</ul>`;
}
