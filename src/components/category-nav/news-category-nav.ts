import {defineElement} from '../../internal/define.js';
import {NewsCategoryNav} from './category-nav.js';

export {NewsCategoryNav};
// The event detail types; importing them also brings the typed events (`addEventListener('news-load', …)`) to code that imports only this entry.
export type {NewsArticleSelectDetail, NewsCategorySelectDetail, NewsErrorDetail, NewsLoadDetail} from '../../events.js';

defineElement('news-category-nav', NewsCategoryNav);

declare global {
  interface HTMLElementTagNameMap {
    'news-category-nav': NewsCategoryNav;
  }
}
