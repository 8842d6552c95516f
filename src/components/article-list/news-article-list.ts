import {defineElement} from '../../internal/define.js';
import {NewsArticleList} from './article-list.js';

export {NewsArticleList};

defineElement('news-article-list', NewsArticleList);

declare global {
  interface HTMLElementTagNameMap {
    'news-article-list': NewsArticleList;
  }
}
