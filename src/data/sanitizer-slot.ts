/**
 * The HTML sanitizer (sanitize.ts) travels in the adapters' chunk: of the
 * widgets, only news-article renders HTML, and most pages that show one
 * have adapted a feed first. The module announces itself here when it
 * loads, so that an article can use it at once, and `loadSanitizer()`
 * fetches it for an article given as a property.
 */
export interface LoadedSanitizer {
  sanitizeHtml(raw: unknown, base?: string, page?: string): string | undefined;
  sanitizerReady(): boolean;
  prepareSanitizer(): Promise<void>;
}

let loaded: LoadedSanitizer | undefined;
let adapters: Promise<typeof import('./load-feed.js')> | undefined;
let loading: Promise<LoadedSanitizer> | undefined;

/** The sanitizer if its module has loaded (it may still wait for DOMPurify: see `sanitizerReady`). */
export const loadedSanitizer = (): LoadedSanitizer | undefined => loaded;

/** Called by sanitize.ts as it loads. */
export function provideSanitizer(sanitizer: LoadedSanitizer): void {
  loaded = sanitizer;
}

/**
 * The adapters' module (adapters, sanitizer), imported once whoever asks
 * first. Its sanitizer is recorded here by the importer, not only by the
 * module itself: the script-tag bundle's chunk carries its own copy of this
 * file (see vite.config.ts), so its call to `provideSanitizer` would reach
 * that copy and not the one the widgets read.
 */
export function importAdapters(): Promise<typeof import('./load-feed.js')> {
  adapters ??= import('./load-feed.js').then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      adapters = undefined;
      throw error;
    },
  );
  return adapters;
}

/** The sanitizer, ready to answer (DOMPurify loaded where the browser has no Sanitizer API). */
export function loadSanitizer(): Promise<LoadedSanitizer> {
  loading ??= importAdapters().then(
    async (module) => {
      await module.prepareSanitizer();
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
