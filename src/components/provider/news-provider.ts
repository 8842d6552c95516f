import {defineElement} from '../../internal/define.js';
import {NewsProvider} from './provider.js';

export {NewsProvider};
// The event detail types; importing them also brings the typed events (`addEventListener('news-load', …)`) to code that imports only this entry.
export type {NewsArticleSelectDetail, NewsCategorySelectDetail, NewsErrorDetail, NewsLoadDetail} from '../../events.js';

defineElement('news-provider', NewsProvider);

declare global {
  interface HTMLElementTagNameMap {
    'news-provider': NewsProvider;
  }
}
