import {defineElement} from '../../internal/define.js';
import {NewsCategoryNav} from './category-nav.js';

export {NewsCategoryNav};

defineElement('news-category-nav', NewsCategoryNav);

declare global {
  interface HTMLElementTagNameMap {
    'news-category-nav': NewsCategoryNav;
  }
}
