import {Task, TaskStatus, initialState} from '@lit/task';
import {isServer} from 'lit';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {renderedFeed} from '../internal/hydration-hooks.js';
import {toNewsError} from './errors.js';
import type {FeedState} from './feed-context.js';
import type {Feed, FeedFormat, FieldMap} from './model.js';
import {emit} from '../events.js';
import {importAdapters} from './sanitizer-slot.js';

export interface FeedSource {
  src?: string;
  format?: FeedFormat;
  map?: FieldMap | string;
}

export interface LoadOptions extends FeedSource {
  signal?: AbortSignal;
  /** Bypass the fresh cache (periodic refresh). */
  force?: boolean;
}

/**
 * Fetches and adapts one page of a feed. Throws a NewsError (or the
 * caller's AbortError).
 *
 * Both halves are dynamic imports. In the script-tag bundle the client is
 * part of the bundle (so the request starts at once) while the adapters and
 * sanitizer come as a chunk fetched beside the feed; an element's own entry
 * point loads both only when a widget fetches.
 */
export async function loadFeed(src: string, {format = 'auto', map, signal, force}: LoadOptions = {}): Promise<Feed> {
  const adapters = importAdapters();
  // Awaited below; until then a failed chunk must not surface as an unhandled rejection.
  adapters.catch(() => undefined);
  const {getJson} = await import('./client.js');
  const [response, {adaptResponse}] = await Promise.all([getJson(src, {signal, force}), adapters]);
  return adaptResponse(response, {format, map});
}

/**
 * Loads and adapts the feed a widget points at, through `@lit/task`: a new
 * `src` aborts the previous request and only the newest run is committed.
 * Fires `news-load` and `news-error` on the host.
 */
export class FeedController implements ReactiveController {
  readonly task: Task<[string | undefined, FeedFormat, FieldMap | string | undefined], Feed | undefined>;
  #force = false;
  /** The run is a periodic refresh (see `refresh`). */
  #refresh = false;
  /** The `src` the current `task.value` came from. */
  #valueSrc?: string;

  readonly #source: () => FeedSource;
  readonly #host: ReactiveControllerHost & HTMLElement;
  /** A request abandoned because the widget left the page, to run again if it comes back. */
  #abortedByDisconnect = false;
  /** The feed a server-rendered widget came with, shown until the task has one of its own. */
  #embedded?: {src: string; feed: Feed};

  /** The network came back: a failed feed loads again by itself. */
  readonly #onOnline = () => {
    if (this.task.status === TaskStatus.ERROR) this.retry();
  };

  constructor(host: ReactiveControllerHost & HTMLElement, source: () => FeedSource) {
    this.#source = source;
    this.#host = host;
    this.task = new Task(host, {
      // Without a src yet (a provider before its attributes), settled from the start:
      // an initial value also records the args, so the task runs only once they change,
      // and never at all for a provider left without src. Created with a src, it runs at once.
      ...(source().src ? {} : {initialValue: undefined}),
      args: () => {
        const {src, format = 'auto', map} = source();
        return [src, format, map];
      },
      task: async ([src, format, map], {signal}) => {
        if (!src) return initialState;
        const force = this.#force;
        const refresh = this.#refresh;
        this.#force = this.#refresh = false;
        if (this.#embedded?.src === src && !force) {
          // Rendered on the server: this is the feed it was rendered from, no request.
          this.#valueSrc = src;
          emit(host, 'news-load', {feed: this.#embedded.feed, src});
          return this.#embedded.feed;
        }
        this.#embedded = undefined;
        try {
          const feed = await loadFeed(src, {format, map, signal, force});
          if (!signal.aborted) {
            this.#valueSrc = src;
            emit(host, 'news-load', {feed, src});
          }
          return feed;
        } catch (error) {
          if (signal.aborted) throw error;
          const newsError = toNewsError(error);
          emit(host, 'news-error', {kind: newsError.kind, message: newsError.message, status: newsError.status, src});
          // A refresh that failed (the network dropped for a while) leaves the readers what they were reading:
          // the next refresh may succeed. Only a load that has nothing to show turns into the error box.
          const shown = this.task.value;
          if (refresh && shown && this.#valueSrc === src) return shown;
          throw newsError;
        }
      },
    });
    // After the task: a controller added to a connected host is connected at once, and
    // hostConnected reads the task.
    host.addController(this);
  }

  hostConnected(): void {
    const src = this.#source().src;
    if (src && this.task.status !== TaskStatus.PENDING) {
      const feed = renderedFeed(this.#host, src);
      if (feed) this.#embedded = {src, feed};
    }
    window.addEventListener('online', this.#onOnline);
    if (this.#abortedByDisconnect) {
      this.#abortedByDisconnect = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#onOnline);
    // A widget moved within the page is back before this microtask: its request goes on.
    queueMicrotask(() => {
      if (this.#host.isConnected || this.task.status !== TaskStatus.PENDING) return;
      this.#abortedByDisconnect = true;
      this.task.abort();
    });
  }

  /** Loads again; `force` skips the client's fresh cache. */
  reload(force = false): void {
    this.#force = force;
    void this.task.run();
  }

  /** Loads the feed again, as fresh as the server has it; if that fails, the feed shown stays. */
  refresh(): void {
    this.#refresh = true;
    this.reload(true);
  }

  /** Loads again after an error (errors are never cached). */
  retry(): void {
    // Forced: a feed that was unreadable came from the cache's point of view as a success.
    this.reload(true);
  }

  get state(): FeedState {
    const {status, value, error} = this.task;
    const src = this.#source().src;
    const retry = () => this.retry();
    if (!src) return {status: 'idle', retry};
    const embedded = this.#embeddedFeed(src);
    switch (status) {
      case TaskStatus.PENDING: {
        // A refresh keeps showing the feed it has; a new src never shows the old one.
        const shown = (value && this.#valueSrc === src ? value : undefined) ?? embedded;
        return shown ? {status: 'ready', feed: shown, src, retry} : {status: 'loading', src, retry};
      }
      case TaskStatus.COMPLETE: {
        // Until the task picks up a changed src, the old feed is not this widget's.
        const shown = this.#valueSrc === src ? value : embedded;
        return shown ? {status: 'ready', feed: shown, src, retry} : {status: 'loading', src, retry};
      }
      case TaskStatus.ERROR:
        return {status: 'error', error: toNewsError(error), src, retry};
      default:
        return {status: 'idle', retry};
    }
  }

  #embeddedFeed(src: string): Feed | undefined {
    // On the server the task never runs: the render hands over the feed.
    if (isServer) return renderedFeed(this.#host, src);
    return this.#embedded?.src === src ? this.#embedded.feed : undefined;
  }
}
