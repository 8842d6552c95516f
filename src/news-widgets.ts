/**
 * The script-tag bundle: registers every element on load and exposes the
 * classes for pages that want them.
 */
import './define.js';

export * from './index.js';
