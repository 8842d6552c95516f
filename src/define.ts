/** Registers every element. Safe to load more than once. */
import './components/article-card/news-article-card.js';
