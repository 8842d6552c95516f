import {defineElement} from '../../internal/define.js';
import {NewsRelatedList} from './related-list.js';

export {NewsRelatedList};

defineElement('news-related-list', NewsRelatedList);

declare global {
  interface HTMLElementTagNameMap {
    'news-related-list': NewsRelatedList;
  }
}
