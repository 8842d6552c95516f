/**
 * The adapter entry point: picks the adapter for a response (declared,
 * field-mapped or detected) and turns it into a Feed or a typed format error.
 */
import {NewsError, isNewsError} from './errors.js';
import type {AdapterResult} from './errors.js';
import type {Feed, FeedFormat, FieldMap} from './model.js';
import {adaptFieldMap, parseFieldMap} from './formats/field-map.js';
import {adaptJsonFeed, isJsonFeedVersion} from './formats/jsonfeed.js';
import {NATIVE_VERSION, adaptNative} from './formats/native.js';
import {adaptWordPress, isWordPressPost} from './formats/wordpress.js';
import {describeValue, formatError, prop} from './formats/shared.js';
import type {AdapterOptions} from './formats/shared.js';

export {parseFieldMap} from './formats/field-map.js';
export type {AdapterOptions} from './formats/shared.js';

export interface AdaptOptions extends AdapterOptions {
  /** `auto` (the default) detects the format from the data. */
  format?: FeedFormat;
  /** When given, the field-map adapter is used whatever `format` says. */
  map?: FieldMap;
}

const ADAPTERS: Record<Exclude<FeedFormat, 'auto'>, (json: unknown, options: AdapterOptions) => AdapterResult<Feed>> = {
  jsonfeed: adaptJsonFeed,
  wordpress: adaptWordPress,
  native: adaptNative,
};

/**
 * The format of a parsed response, or undefined when it is none we know. An
 * empty array counts as WordPress: it is what a posts query with no match
 * returns, and it should read as "no articles", not as a broken feed.
 */
export function detectFormat(json: unknown): Exclude<FeedFormat, 'auto'> | undefined {
  if (Array.isArray(json)) {
    return !json.length || json.some(isWordPressPost) ? 'wordpress' : undefined;
  }
  const version = prop(json, 'version');
  if (isJsonFeedVersion(version)) return 'jsonfeed';
  if (version === NATIVE_VERSION) return 'native';
  if (isWordPressPost(json)) return 'wordpress';
  return undefined;
}

/**
 * Turns parsed JSON into a Feed. Never throws: every failure is a NewsError
 * of kind 'format'. Article bodies (`contentHtml`) are sanitized on the way;
 * in a browser without the Sanitizer API, `await prepareSanitizer()` first,
 * or bodies are left out (widgets do this for you).
 */
export function adaptFeed(json: unknown, options: AdaptOptions = {}): AdapterResult<Feed> {
  const adapterOptions: AdapterOptions = {baseUrl: options.baseUrl};
  try {
    if (options.map != null) {
      const map = parseFieldMap(options.map);
      return isNewsError(map) ? {ok: false, error: map} : adaptFieldMap(json, map, adapterOptions);
    }
    // An empty `format=""` attribute means the default.
    const format = options.format || 'auto';
    if (format === 'auto') {
      const detected = detectFormat(json);
      if (!detected) return formatError(`Unrecognized feed format: ${describeValue(json)}`);
      return ADAPTERS[detected](json, adapterOptions);
    }
    if (!Object.hasOwn(ADAPTERS, format)) {
      return formatError(`Unknown format ${JSON.stringify(format)}; expected auto, ${Object.keys(ADAPTERS).join(', ')}`);
    }
    return ADAPTERS[format](json, adapterOptions);
  } catch (cause) {
    // Adapters are written not to throw; this keeps the promise if one ever does.
    return {ok: false, error: new NewsError('format', `Could not read the feed: ${String(cause)}`, {cause})};
  }
}
