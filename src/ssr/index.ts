/**
 * Server rendering for Node (`news-widgets/ssr`): widgets as HTML with
 * declarative shadow DOM, which `news-widgets/hydrate` brings to life in
 * the browser. See "Server rendering" in the README.
 */
export {renderWidget, resolveFeed, WIDGET_TAGS} from './render.js';
export type {Attributes, ProviderChild, RenderWidgetOptions, WidgetTag} from './render.js';
export {supportedLocales} from '../i18n/locale.js';
