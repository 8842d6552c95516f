import {defineElement} from '../../internal/define.js';
import {NewsArticle} from './article.js';

export {NewsArticle};
// The event detail types; importing them also brings the typed events (`addEventListener('news-load', …)`) to code that imports only this entry.
export type {NewsArticleSelectDetail, NewsCategorySelectDetail, NewsErrorDetail, NewsLoadDetail} from '../../events.js';

defineElement('news-article', NewsArticle);

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
}
