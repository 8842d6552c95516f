/**
 * Registers every element, ready to hydrate server-rendered widgets
 * (`news-widgets/ssr`): each comes alive from the declarative shadow DOM
 * and the feed the server embedded, without re-rendering or fetching.
 * Lit's hydration support must load before LitElement is defined, so it is
 * imported first, and this entry must load before any other copy of Lit.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './internal/hydration.js';
import './define.js';
