import {defineElement} from '../../internal/define.js';
import {NewsProvider} from './provider.js';

export {NewsProvider};

defineElement('news-provider', NewsProvider);

declare global {
  interface HTMLElementTagNameMap {
    'news-provider': NewsProvider;
  }
}
