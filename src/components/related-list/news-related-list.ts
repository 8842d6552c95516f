import {defineElement} from '../../internal/define.js';
// Its cards are news-article-card elements.
import '../article-card/news-article-card.js';
import {NewsRelatedList} from './related-list.js';

export {NewsRelatedList};
// The event detail types; importing them also brings the typed events (`addEventListener('news-load', …)`) to code that imports only this entry.
export type {NewsArticleSelectDetail, NewsCategorySelectDetail, NewsErrorDetail, NewsLoadDetail} from '../../events.js';

defineElement('news-related-list', NewsRelatedList);

declare global {
  interface HTMLElementTagNameMap {
    'news-related-list': NewsRelatedList;
  }
}
