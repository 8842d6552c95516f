import {defineElement} from '../../internal/define.js';
// Its cards are news-article-card elements.
import '../article-card/news-article-card.js';
import {NewsRelatedList} from './related-list.js';

export {NewsRelatedList};

defineElement('news-related-list', NewsRelatedList);

declare global {
  interface HTMLElementTagNameMap {
    'news-related-list': NewsRelatedList;
  }
}
