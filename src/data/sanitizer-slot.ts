/**
 * The HTML sanitizer (sanitize.ts) travels in the adapters' chunk: of the
 * widgets, only news-article renders HTML, and most pages that show one
 * have adapted a feed first. The module announces itself here when it
 * loads, so that an article can use it at once, and `loadSanitizer()`
 * fetches it for an article given as a property.
 */
export interface LoadedSanitizer {
  sanitizeHtml(raw: unknown, base?: string): string | undefined;
  sanitizerReady(): boolean;
  prepareSanitizer(): Promise<void>;
}

let loaded: LoadedSanitizer | undefined;
let loading: Promise<LoadedSanitizer> | undefined;

/** The sanitizer if its module has loaded (it may still wait for DOMPurify: see `sanitizerReady`). */
export const loadedSanitizer = (): LoadedSanitizer | undefined => loaded;

/** Called by sanitize.ts as it loads. */
export function provideSanitizer(sanitizer: LoadedSanitizer): void {
  loaded = sanitizer;
}

/** The sanitizer, ready to answer (DOMPurify loaded where the browser has no Sanitizer API). */
export function loadSanitizer(): Promise<LoadedSanitizer> {
  // Through the adapters' module, whose chunk holds the sanitizer: one chunk, whoever asks first.
  loading ??= import('./load-feed.js').then(
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
