import {NewsError} from './errors.js';

export interface RequestOptions {
  /** The caller's own signal: aborting it rejects only this caller's promise. */
  signal?: AbortSignal;
  /** Per attempt, headers and body included. Default 10 s. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes. Default 5 MiB. */
  maxBytes?: number;
  /** Extra attempts after a network error or a 5xx. Default 2. */
  retries?: number;
  /** How long a cached answer is served without asking the server. Default 60 s. */
  ttlMs?: number;
  /** How long after `ttlMs` a cached answer is still served while it is refreshed. Default 5 min. */
  staleMs?: number;
  /** Skip the fresh cache and ask the server. */
  force?: boolean;
  /** First retry delay; it doubles on each retry, with jitter. Default 500 ms. */
  backoffMs?: number;
  /** Upper bound on any retry delay, `Retry-After` included. Default 5 s. */
  maxBackoffMs?: number;
  /** Default `omit`: feeds are public, and a third-party page must not leak its cookies. */
  credentials?: RequestCredentials;
}

export interface JsonResponse {
  /** Final URL, after redirects. */
  url: string;
  /** Parsed JSON. Shared between callers and with the cache: treat it as read-only. */
  data: unknown;
  /** Headers the server exposed through CORS, names in lower case. */
  headers: Record<string, string>;
  status: number;
}

type Settings = Required<Omit<RequestOptions, 'signal'>> & {signal?: AbortSignal};

const DEFAULTS: Settings = {
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  retries: 2,
  ttlMs: 60_000,
  staleMs: 5 * 60_000,
  force: false,
  backoffMs: 500,
  maxBackoffMs: 5_000,
  credentials: 'omit',
};

/** Enough for every widget of a page; the oldest entries go first. */
const MAX_CACHE_ENTRIES = 100;

interface Flight {
  controller: AbortController;
  promise: Promise<JsonResponse>;
  /** Callers still waiting; when the last one aborts, so does the request. */
  subscribers: number;
}

interface CacheEntry {
  response: JsonResponse;
  storedAt: number;
}

const noop = () => {};

/** Like a spread, but `{timeoutMs: undefined}` keeps the default instead of erasing it. */
const merge = (base: Settings, overrides: Partial<RequestOptions>): Settings => ({
  ...base,
  ...Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)),
});
const now = () => performance.now();

/**
 * Fetches JSON for every widget of a page: identical requests in flight are
 * made once, answers are cached (fresh, then stale while revalidating),
 * failures come back as a `NewsError`, and aborts as the caller's abort reason.
 */
export class NewsClient {
  readonly #defaults: Settings;
  readonly #fetchImpl: typeof fetch;
  readonly #cache = new Map<string, CacheEntry>();
  readonly #inflight = new Map<string, Flight>();

  constructor(defaults: Partial<RequestOptions> = {}, fetchImpl?: typeof fetch) {
    this.#defaults = merge(DEFAULTS, defaults);
    // Looked up at call time so a test may stub `globalThis.fetch`, and called
    // unbound-safe (a detached `window.fetch` throws "Illegal invocation").
    this.#fetchImpl = fetchImpl ?? ((input, init) => globalThis.fetch(input, init));
  }

  getJson(url: string, options: RequestOptions = {}): Promise<JsonResponse> {
    const settings = merge(this.#defaults, options);
    const {signal} = settings;
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const key = resolveUrl(url);

    const cached = settings.force ? undefined : this.#cache.get(key);
    if (cached) {
      const age = now() - cached.storedAt;
      if (age < settings.ttlMs) return Promise.resolve(cached.response);
      if (age < settings.ttlMs + settings.staleMs) {
        // A subscriber without a signal: the refresh outlives this caller, and
        // its failure is swallowed by the flight's own catch.
        this.#flightFor(key, settings).subscribers++;
        return Promise.resolve(cached.response);
      }
    }
    return this.#join(key, this.#flightFor(key, settings), signal);
  }

  /** Forgets cached answers and requests in flight (those still finish for their callers). */
  clear(): void {
    this.#cache.clear();
    this.#inflight.clear();
  }

  #flightFor(key: string, settings: Settings): Flight {
    const existing = this.#inflight.get(key);
    if (existing) return existing;
    const controller = new AbortController();
    // Only the flight still registered for its key may fill the cache: one
    // that was abandoned or cleared meanwhile must not.
    const settle = () => {
      const current = this.#inflight.get(key) === flight;
      if (current) this.#inflight.delete(key);
      return current;
    };
    const promise = this.#fetchWithRetry(key, settings, controller.signal).then(
      (response) => {
        if (settle()) this.#store(key, response);
        return response;
      },
      (error: unknown) => {
        settle();
        throw error;
      },
    );
    // Subscribers get the outcome through their own handlers; this keeps a
    // flight that everyone left (or a background refresh) from being unhandled.
    promise.catch(noop);
    const flight: Flight = {controller, promise, subscribers: 0};
    this.#inflight.set(key, flight);
    return flight;
  }

  #join(key: string, flight: Flight, signal?: AbortSignal): Promise<JsonResponse> {
    flight.subscribers++;
    if (!signal) return flight.promise;
    return new Promise((resolve, reject) => {
      const leave = () => {
        reject(abortReason(signal));
        if (--flight.subscribers > 0) return;
        if (this.#inflight.get(key) === flight) this.#inflight.delete(key);
        flight.controller.abort();
      };
      signal.addEventListener('abort', leave, {once: true});
      flight.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
    });
  }

  #store(key: string, response: JsonResponse): void {
    this.#cache.delete(key);
    this.#cache.set(key, {response, storedAt: now()});
    if (this.#cache.size > MAX_CACHE_ENTRIES) this.#cache.delete(this.#cache.keys().next().value!);
  }

  async #fetchWithRetry(url: string, settings: Settings, signal: AbortSignal): Promise<JsonResponse> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#fetchOnce(url, settings, signal);
      } catch (error) {
        if (signal.aborted || attempt >= settings.retries || !isRetryable(error)) throw error;
        await sleep(retryDelay(error, attempt, settings), signal);
      }
    }
  }

  async #fetchOnce(url: string, settings: Settings, flightSignal: AbortSignal): Promise<JsonResponse> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, settings.timeoutMs);
    const forwardAbort = () => controller.abort(flightSignal.reason);
    flightSignal.addEventListener('abort', forwardAbort, {once: true});
    try {
      let response: Response;
      try {
        response = await Promise.race([
          this.#fetchImpl(url, {
            signal: controller.signal,
            credentials: settings.credentials,
            headers: {Accept: 'application/json'},
            // `force` means "newer than what we have", so revalidate the HTTP cache too.
            cache: settings.force ? 'no-cache' : 'default',
          }),
          // A page's fetch polyfill (on XMLHttpRequest) may ignore the signal: the timeout and a cancelled
          // request end the wait all the same.
          new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(controller.signal.reason), {once: true})),
        ]);
      } catch (cause) {
        throw new NewsError('network', `Could not reach ${url} (offline, DNS, TLS or CORS refused)`, {cause});
      }
      if (!response.ok) {
        response.body?.cancel().catch(noop);
        const error = new NewsError('http', `HTTP ${response.status} from ${url}`, {status: response.status});
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        if (retryAfter !== undefined) retryAfterMs.set(error, retryAfter);
        throw error;
      }
      const text = await readText(response, settings.maxBytes, url);
      return Object.freeze({
        url: response.url || url,
        data: parseJson(text, response.headers.get('content-type'), url),
        // entries(), not the Headers object itself: a polyfill's headers may not be iterable. Spread, not Array.from,
        // which Prototype.js replaces with one that reads only array-likes.
        headers: Object.freeze(Object.fromEntries([...response.headers.entries()])),
        status: response.status,
      });
    } catch (error) {
      if (timedOut) {
        throw new NewsError('timeout', `No complete answer from ${url} within ${settings.timeoutMs} ms`, {cause: error});
      }
      if (flightSignal.aborted) throw flightSignal.reason;
      throw error;
    } finally {
      clearTimeout(timer);
      flightSignal.removeEventListener('abort', forwardAbort);
    }
  }
}

/** `Retry-After` of an HTTP error, in ms; kept aside because `NewsError` has no slot for it. */
const retryAfterMs = new WeakMap<NewsError, number>();

/** Only failures that may go away by themselves; a 4xx, a timeout or bad JSON will not. */
const isRetryable = (error: unknown): error is NewsError =>
  error instanceof NewsError && (error.kind === 'network' || (error.kind === 'http' && (error.status ?? 0) >= 500));

function retryDelay(error: NewsError, attempt: number, {backoffMs, maxBackoffMs}: Settings): number {
  const asked = retryAfterMs.get(error);
  if (asked !== undefined) return Math.min(asked, maxBackoffMs);
  // Exponential, with jitter so that many pages hit by one outage do not retry in step.
  return Math.min(backoffMs * 2 ** attempt, maxBackoffMs) * (0.5 + Math.random() / 2);
}

/** Seconds only; an HTTP-date falls back to our own backoff. */
function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || !/^\s*\d+\s*$/.test(value)) return undefined;
  return Number(value) * 1000;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const wake = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', wake);
      resolve();
    }, ms);
    signal.addEventListener('abort', wake, {once: true});
  });
}

/** Reads the body as UTF-8, giving up as soon as it is known to be larger than `maxBytes`. */
async function readText(response: Response, maxBytes: number, url: string): Promise<string> {
  const tooLarge = (what: string) =>
    new NewsError('too-large', `Response from ${url} is larger than ${maxBytes} bytes (${what})`);
  // Content-Length may be the compressed size, so it can only reject early, never accept.
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    response.body?.cancel().catch(noop);
    throw tooLarge(`${declared} bytes declared`);
  }
  if (!response.body) {
    // A fetch polyfill on XMLHttpRequest has the whole body already, as text, and no stream.
    const text = typeof response.text === 'function' ? await response.text() : '';
    const size = new TextEncoder().encode(text).byteLength;
    if (size > maxBytes) throw tooLarge(`${size} bytes read`);
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const {done, value} = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxBytes) {
      // Cancelling closes the connection, so the server stops sending.
      reader.cancel().catch(noop);
      throw tooLarge(`over ${received} bytes read`);
    }
    text += decoder.decode(value, {stream: true});
  }
}

function parseJson(text: string, contentType: string | null, url: string): unknown {
  const type = contentType ?? 'no content-type';
  const start = text.trimStart();
  if (start === '') throw new NewsError('parse', `Empty body from ${url} (${type}), expected JSON`);
  if (start.startsWith('<')) {
    throw new NewsError('parse', `Expected JSON from ${url} but got HTML or XML (${type}): is this the API endpoint rather than a web page?`);
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new NewsError('parse', `Invalid JSON from ${url} (${type}): ${reason}`, {cause});
  }
}

/** The cache key, and the address fetched: one URL, however the widgets spelled it, relative to the page's `<base>` as a link is. */
function resolveUrl(url: string): string {
  try {
    return new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href).href;
  } catch {
    return url;
  }
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The request was aborted.', 'AbortError');
}

// One client per page even when the bundle is loaded twice (a site's own copy
// plus the embed script), so both copies share one cache and one set of
// requests. The version in the key keeps an incompatible future copy apart.
const SHARED_KEY = Symbol.for('news-widgets.client.v1');
const registry = globalThis as unknown as Record<symbol, NewsClient | undefined>;

export const sharedClient: NewsClient = (registry[SHARED_KEY] ??= new NewsClient());

/** Fetches JSON through the page's shared client. */
export const getJson = (url: string, options?: RequestOptions): Promise<JsonResponse> =>
  sharedClient.getJson(url, options);
