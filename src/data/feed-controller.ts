import {Task, initialState} from '@lit/task';
import type {ReactiveControllerHost} from 'lit';
import {adaptFeed} from './adapt.js';
import {getJson} from './client.js';
import {NewsError, isNewsError} from './errors.js';
import {parseFieldMap} from './formats/field-map.js';
import type {Feed, FeedFormat, FieldMap} from './model.js';
import {emit} from '../events.js';

export interface FeedSource {
  src?: string;
  format?: FeedFormat;
  map?: FieldMap | string;
}

/**
 * Loads and adapts the feed a widget points at, through `@lit/task`: a new
 * `src` aborts the previous request and only the newest run is committed.
 * Fires `news-load` and `news-error` on the host.
 */
export class FeedController {
  readonly task: Task<[string | undefined, FeedFormat, FieldMap | string | undefined], Feed>;

  constructor(host: ReactiveControllerHost & HTMLElement, source: () => FeedSource) {
    this.task = new Task(host, {
      args: () => {
        const {src, format = 'auto', map} = source();
        return [src, format, map];
      },
      task: async ([src, format, map], {signal}) => {
        if (!src) return initialState;
        try {
          const fieldMap = map === undefined ? undefined : parseFieldMap(map);
          if (isNewsError(fieldMap)) throw fieldMap;
          const response = await getJson(src, {signal});
          const result = adaptFeed(response.data, {format, map: fieldMap, baseUrl: response.url});
          if (!result.ok) throw result.error;
          if (!signal.aborted) emit(host, 'news-load', {feed: result.value, src});
          return result.value;
        } catch (error) {
          if (signal.aborted) throw error;
          const newsError = isNewsError(error) ? error : new NewsError('network', String(error), {cause: error});
          emit(host, 'news-error', {kind: newsError.kind, message: newsError.message, status: newsError.status, src});
          throw newsError;
        }
      },
    });
  }

  /** Loads again, bypassing nothing but the last result (the client's cache decides freshness). */
  retry(): void {
    void this.task.run();
  }
}
