import {defineElement} from '../../internal/define.js';
import {NewsArticleCard} from './article-card.js';

export {NewsArticleCard};
// The event detail types; importing them also brings the typed events (`addEventListener('news-load', …)`) to code that imports only this entry.
export type {NewsArticleSelectDetail, NewsCategorySelectDetail, NewsErrorDetail, NewsLoadDetail} from '../../events.js';

defineElement('news-article-card', NewsArticleCard);

declare global {
  interface HTMLElementTagNameMap {
    'news-article-card': NewsArticleCard;
  }
}
