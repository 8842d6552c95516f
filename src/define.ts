/** Registers every element. Safe to load more than once. */
import './components/provider/news-provider.js';
import './components/article-card/news-article-card.js';
import './components/article-list/news-article-list.js';
import './components/related-list/news-related-list.js';
import './components/category-nav/news-category-nav.js';
import './components/article/news-article.js';
