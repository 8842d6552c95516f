/** What went wrong, in terms a widget can turn into a message for the reader. */
export type NewsErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'parse'
  | 'format'
  | 'too-large'
  | 'not-found';

/**
 * The one error type the data layer produces. Widgets switch on `kind`;
 * `message` is for developers (console, events), never shown to readers.
 */
export class NewsError extends Error {
  override readonly name = 'NewsError';
  readonly kind: NewsErrorKind;
  /** HTTP status, for `kind === 'http'`. */
  readonly status?: number;

  constructor(kind: NewsErrorKind, message: string, options: {status?: number; cause?: unknown} = {}) {
    super(message, {cause: options.cause});
    this.kind = kind;
    this.status = options.status;
  }
}

/**
 * By shape, not only by class: the script-tag bundle's adapters chunk carries
 * its own copy of this module (see vite.config.ts), and so does a second
 * copy of the library on the page, so a NewsError may come from another class.
 */
export const isNewsError = (value: unknown): value is NewsError =>
  value instanceof NewsError || (value instanceof Error && value.name === 'NewsError' && typeof (value as NewsError).kind === 'string');

/** Any failure as a NewsError: ours as they are, anything else (a TypeError from fetch) as a network error. */
export const toNewsError = (error: unknown): NewsError =>
  isNewsError(error) ? error : new NewsError('network', String(error), {cause: error});

/** Result of an adapter: a feed, or a typed error. Adapters never throw. */
export type AdapterResult<T> = {ok: true; value: T} | {ok: false; error: NewsError};
