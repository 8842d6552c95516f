/**
 * Classes, types and data helpers, without registering any element.
 * Register with the define entries (`news-widgets/news-article-card.js`) or
 * the all-in-one `news-widgets/define` entry.
 */
export {NewsProvider} from './components/provider/provider.js';
export {NewsArticleCard} from './components/article-card/article-card.js';
export type {ArticleCardVariant} from './components/article-card/article-card.js';
export {NewsArticleList} from './components/article-list/article-list.js';
export type {ArticleListLayout} from './components/article-list/article-list.js';
export {NewsRelatedList} from './components/related-list/related-list.js';
export {NewsArticle} from './components/article/article.js';
export {NewsCategoryNav, feedCategories, categoryHref} from './components/category-nav/category-nav.js';
export {relatedArticles} from './data/related.js';
export type {Relation} from './data/related.js';
export type {FeedState, ProviderValue} from './data/feed-context.js';
export {NewsElement} from './internal/news-element.js';
export {adaptFeed, detectFormat} from './data/adapt.js';
export {NewsClient, getJson, sharedClient} from './data/client.js';
export type {JsonResponse, RequestOptions} from './data/client.js';
export {NewsError, isNewsError} from './data/errors.js';
export type {NewsErrorKind, AdapterResult} from './data/errors.js';
export {parseFieldMap} from './data/formats/field-map.js';
export {prepareSanitizer, sanitizeHtml, toPlainText} from './data/sanitize.js';
export {safeUrl} from './data/url.js';
export {loadFeed} from './data/feed-controller.js';
export type * from './data/model.js';
export type * from './events.js';
export {directionOf, matchLocale, registerLocale, supportedLocales} from './i18n/locale.js';
