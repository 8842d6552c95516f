import {safeUrl} from '../data/sanitize.js';
import type {Article, Feed} from '../data/model.js';
import {scriptSafeJson} from '../data/embedded-feed.js';
import type {WidgetTag} from './fallback.js';

type Json = Record<string, unknown>;

/** Drops absent fields, so the output only states what the feed says. */
const defined = (object: Json): Json => Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && !(Array.isArray(v) && !v.length)));

function newsArticle(article: Article, language: string | undefined): Json {
  const url = safeUrl(article.url);
  return defined({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    url,
    mainEntityOfPage: url,
    image: article.image && safeUrl(article.image.src) ? [safeUrl(article.image.src)] : undefined,
    datePublished: article.published,
    dateModified: article.updated,
    author: article.authors?.map((a) => defined({'@type': 'Person', name: a.name, url: safeUrl(a.url)})),
    publisher: article.source ? defined({'@type': 'Organization', name: article.source.name, url: safeUrl(article.source.url)}) : undefined,
    articleSection: article.category?.name,
    keywords: article.tags?.map((t) => t.name),
    inLanguage: article.language ?? language,
    commentCount: article.commentCount,
  });
}

function itemList(articles: Article[]): Json {
  const items = articles
    .map((article) => ({url: safeUrl(article.url), name: article.title}))
    .filter((item) => item.url)
    .map((item, index) => defined({'@type': 'ListItem', position: index + 1, url: item.url, name: item.name}));
  return {'@context': 'https://schema.org', '@type': 'ItemList', numberOfItems: items.length, itemListElement: items};
}

/**
 * schema.org structured data for what the widget shows (`articles`): `NewsArticle` for
 * `news-article`, `ItemList` for the lists; `undefined` for the others (a
 * card is a teaser, the navigation no content). The JSON is safe inside a
 * `<script>`: `<` is written `\u003c`, so a title holding `</script>` cannot
 * end it.
 */
export function jsonLd(tag: WidgetTag, feed: Feed, articles: Article[]): string | undefined {
  let data: Json | undefined;
  if (tag === 'news-article' && articles[0]) data = newsArticle(articles[0], feed.language);
  else if ((tag === 'news-article-list' || tag === 'news-related-list') && articles.length) data = itemList(articles);
  return data && scriptSafeJson(data);
}
