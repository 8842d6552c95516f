import {ContextConsumer, ContextRoot} from '@lit/context';
import {isServer} from 'lit';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {emit} from '../events.js';
import {renderedFeed} from '../internal/hydration-hooks.js';
import {serverRender} from '../internal/server-render.js';
import {toNewsError} from './errors.js';
import type {FeedController, FeedSource as FeedSourceOptions} from './feed-controller.js';
import {providerContext} from './feed-context.js';
import type {FeedState, ProviderValue} from './feed-context.js';

// A widget may upgrade before the provider around it is defined (separate
// define entries, any load order). A ContextRoot on the document replays
// such early requests once a provider appears. Attached once per page.
const ROOT_KEY = Symbol.for('news-widgets.context-root');
function ensureContextRoot(): void {
  const holder = globalThis as {[ROOT_KEY]?: boolean};
  if (holder[ROOT_KEY] || isServer) return;
  holder[ROOT_KEY] = true;
  new ContextRoot().attach(document.documentElement);
}

const IDLE: FeedState = {status: 'idle', retry: () => undefined};

// The loading half (@lit/task, the client, the adapters) is imported the
// first time a widget has its own `src`: a card given its article, or fed by
// a provider, never downloads it with its own entry point. The script-tag
// bundle holds the controller already (the provider needs it), so there the
// import costs a microtask.
type ControllerModule = typeof import('./feed-controller.js');
let controllerModule: ControllerModule | undefined;
let controllerLoading: Promise<ControllerModule> | undefined;
const loadControllerModule = () =>
  (controllerLoading ??= import('./feed-controller.js').then(
    (module) => (controllerModule = module),
    (error: unknown) => {
      controllerLoading = undefined;
      throw error;
    },
  ));

/**
 * The data behind a widget: its own `src` when it has one, else the feed of
 * the nearest `news-provider`.
 */
export class FeedSource implements ReactiveController {
  #own?: FeedController;
  /** The controller's module could not be loaded (offline, say). */
  #ownFailed?: unknown;
  readonly #consumer: ContextConsumer<typeof providerContext, ReactiveControllerHost & HTMLElement>;
  readonly #options: () => FeedSourceOptions;
  readonly #host: ReactiveControllerHost & HTMLElement;
  /**
   * Whether a provider answered since the widget last connected. The context
   * consumer keeps the value of a provider the widget has left (moved out of
   * it), which must no longer feed it, nor take a nav's category.
   */
  #provided = false;

  /** `onProvider` runs whenever the provider's value arrives or changes, even while the widget's update waits (`lazy`). */
  constructor(host: ReactiveControllerHost & HTMLElement, options: () => FeedSourceOptions, onProvider?: () => void) {
    ensureContextRoot();
    this.#host = host;
    this.#options = options;
    this.#consumer = new ContextConsumer(host, {
      context: providerContext,
      subscribe: true,
      callback: () => {
        this.#provided = true;
        onProvider?.();
      },
    });
    // After the consumer: its hostConnected asks for the provider (which answers at once) before ours runs.
    host.addController(this);
  }

  hostConnected(): void {
    // Moved out of its provider (the consumer still holds that one's value): it renders without its feed.
    if (!this.#provided && this.#consumer.value) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#provided = false;
  }

  hostUpdate(): void {
    // A controller added here still gets this update's hostUpdate, so its task starts now.
    if (!this.#own && this.#options().src) this.#createOwn();
  }

  #createOwn(): void {
    if (controllerModule) {
      this.#own = new controllerModule.FeedController(this.#host, this.#options);
      return;
    }
    this.#ownFailed = undefined;
    loadControllerModule().then(
      () => this.#host.requestUpdate(),
      (error: unknown) => {
        this.#ownFailed = error;
        const {kind, message} = toNewsError(error);
        emit(this.#host, 'news-error', {kind, message, src: this.#options().src});
        this.#host.requestUpdate();
      },
    );
  }

  /** The enclosing provider, if any. */
  get provider(): ProviderValue | undefined {
    // No context on the server: a provider's render hands its value over.
    if (isServer) return serverRender()?.provider;
    return this.#provided ? this.#consumer.value : undefined;
  }

  /** True when the widget loads its own feed rather than the provider's. */
  get standalone(): boolean {
    return Boolean(this.#options().src);
  }

  get state(): FeedState {
    if (!this.standalone) {
      const provided = this.provider?.feed;
      if (provided) return provided;
      // Rendered on the server from a feed without a src: static output.
      const rendered = isServer ? serverRender() : undefined;
      return rendered?.feed && rendered.src === undefined ? {status: 'ready', feed: rendered.feed, retry: IDLE.retry} : IDLE;
    }
    if (this.#own) return this.#own.state;
    const src = this.#options().src!;
    const retry = () => this.#createOwn();
    if (this.#ownFailed) return {status: 'error', error: toNewsError(this.#ownFailed), src, retry};
    // Until the controller arrives, a server-rendered widget shows the feed it was rendered
    // from (which the controller then takes without a request), so hydration finds the
    // same content. On the server, the render hands the feed over.
    const feed = renderedFeed(this.#host, src);
    return feed ? {status: 'ready', feed, src, retry} : {status: 'loading', src, retry};
  }
}
