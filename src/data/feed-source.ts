import {ContextConsumer, ContextRoot} from '@lit/context';
import {isServer} from 'lit';
import type {ReactiveControllerHost} from 'lit';
import {serverRender} from '../internal/server-render.js';
import {FeedController} from './feed-controller.js';
import type {FeedSource as FeedSourceOptions} from './feed-controller.js';
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

/**
 * The data behind a widget: its own `src` when it has one, else the feed of
 * the nearest `news-provider`.
 */
export class FeedSource {
  private readonly own: FeedController;
  private readonly consumer: ContextConsumer<typeof providerContext, ReactiveControllerHost & HTMLElement>;
  private readonly options: () => FeedSourceOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: () => FeedSourceOptions) {
    ensureContextRoot();
    this.options = options;
    this.own = new FeedController(host, options);
    this.consumer = new ContextConsumer(host, {context: providerContext, subscribe: true});
  }

  /** The enclosing provider, if any. */
  get provider(): ProviderValue | undefined {
    // No context on the server: a provider's render hands its value over.
    return isServer ? serverRender()?.provider : this.consumer.value;
  }

  /** True when the widget loads its own feed rather than the provider's. */
  get standalone(): boolean {
    return Boolean(this.options().src);
  }

  get state(): FeedState {
    if (this.standalone) return this.own.state;
    return this.provider?.feed ?? IDLE;
  }
}
