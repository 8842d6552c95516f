import {defineElement} from '../../internal/define.js';
import {NewsArticleCard} from './article-card.js';

export {NewsArticleCard};

defineElement('news-article-card', NewsArticleCard);

declare global {
  interface HTMLElementTagNameMap {
    'news-article-card': NewsArticleCard;
  }
}
