/**
 * The script-tag bundle for server-rendered pages (`dist/news-widgets.hydrate.js`):
 * the main bundle plus Lit's hydration support, which must come first. Kept
 * apart so that pages without server rendering never download it.
 */
import './hydrate.js';

export * from './index.js';
