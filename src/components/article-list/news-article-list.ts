import {defineElement} from '../../internal/define.js';
// Its cards are news-article-card elements.
import '../article-card/news-article-card.js';
import {NewsArticleList} from './article-list.js';

export {NewsArticleList};

defineElement('news-article-list', NewsArticleList);

declare global {
  interface HTMLElementTagNameMap {
    'news-article-list': NewsArticleList;
  }
}
