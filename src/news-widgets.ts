/**
 * The script-tag bundle: registers every element on load and exposes the
 * classes for pages that want them (`window.NewsWidgets` in the classic
 * script). It carries the HTTP client, so a widget's first request starts
 * at once; the format adapters and the HTML sanitizer are a chunk fetched
 * beside the first feed, and pages reach them through `loadAdapters()`.
 * The npm entry (`news-widgets`) exports all of these directly.
 */
import './define.js';
import {importAdapters} from './data/sanitizer-slot.js';

export {NewsProvider} from './components/provider/provider.js';
export {NewsArticleCard} from './components/article-card/article-card.js';
export {NewsArticleList} from './components/article-list/article-list.js';
export {NewsRelatedList} from './components/related-list/related-list.js';
export {NewsArticle} from './components/article/article.js';
export {NewsCategoryNav, feedCategories, categoryHref} from './components/category-nav/category-nav.js';
export {NewsElement} from './internal/news-element.js';
export {relatedArticles} from './data/related.js';
export {NewsClient, getJson, sharedClient} from './data/client.js';
export {NewsError, isNewsError} from './data/errors.js';
export {loadFeed} from './data/feed-controller.js';
export {safeUrl} from './data/url.js';
export {directionOf, matchLocale, registerLocale, supportedLocales} from './i18n/locale.js';
// The npm entry's types as well (erased from the script): an application importing this bundle is typed the same.
export type * from './index.js';

/** The format adapters and the HTML sanitizer (`adaptFeed`, `detectFormat`, `parseFieldMap`, `sanitizeHtml`, `toPlainText`, `prepareSanitizer`), loaded on first use. */
export const loadAdapters = importAdapters;
