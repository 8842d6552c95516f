import {expect} from '@open-wc/testing';
import {faultServerUrl} from '/__fault-server.js';
import {NewsClient, getJson, sharedClient} from '../../src/data/client.js';
import {NewsError} from '../../src/data/errors.js';

const run = Math.random().toString(36).slice(2, 8);
let sequence = 0;
/** A key no other test (or test file on the same server) uses. */
const uniqueKey = (name: string) => `${name}-${run}-${sequence++}`;
const at = (path: string, key: string) => `${faultServerUrl}${path}${path.includes('?') ? '&' : '?'}key=${key}`;

async function ask<T>(path: string): Promise<T> {
  const response = await fetch(`${faultServerUrl}${path}`);
  return (await response.json()) as T;
}
/** Server-side hit count for a key; with `min`, waits until it is reached. */
const hits = async (key: string, min = 0) => (await ask<{count: number}>(`/hits?of=${key}&min=${min}`)).count;
/** Whether the server saw the client close the connection before the answer was complete. */
const closedEarly = async (key: string, wait = true) =>
  (await ask<{closed: boolean | null}>(`/closed?of=${key}${wait ? '' : '&wait=0'}`)).closed;

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

async function newsErrorOf(promise: Promise<unknown>): Promise<NewsError> {
  const error = await rejectionOf(promise);
  expect(error).to.be.instanceOf(NewsError);
  return error as NewsError;
}

function expectAbortError(error: unknown) {
  expect(error).to.be.instanceOf(DOMException);
  expect((error as DOMException).name).to.equal('AbortError');
}

/** Settles when `promise` does, recording that it did. */
function track<T>(promise: Promise<T>) {
  const state = {settled: false};
  promise.then(
    () => (state.settled = true),
    () => (state.settled = true),
  );
  return state;
}

/** Fast retries so the suite stays quick; jitter keeps each delay at or under backoffMs * 2^n. */
const fast = {backoffMs: 10, maxBackoffMs: 40};

describe('NewsClient', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
  before(() => window.addEventListener('unhandledrejection', onUnhandled));
  after(() => window.removeEventListener('unhandledrejection', onUnhandled));

  describe('answers', () => {
    it('returns parsed JSON, status, final URL and exposed headers', async () => {
      const key = uniqueKey('feed');
      const response = await new NewsClient().getJson(at('/feed', key));
      expect(response.status).to.equal(200);
      expect(response.url).to.equal(at('/feed', key));
      expect(response.data).to.deep.include({key, hit: 1});
      expect(response.headers['x-wp-totalpages']).to.equal('3');
      expect(response.headers['content-type']).to.match(/^application\/json/);
    });

    it('reports the final URL after a redirect', async () => {
      const key = uniqueKey('redirect');
      const response = await new NewsClient().getJson(`${faultServerUrl}/redirect?to=${encodeURIComponent(`/feed?key=${key}`)}`);
      expect(response.url).to.equal(at('/feed', key));
      expect(response.data).to.deep.include({key});
    });

    it('decodes UTF-8 split across chunks', async () => {
      const response = await new NewsClient().getJson(at('/utf8', uniqueKey('utf8')));
      expect(response.data).to.deep.equal({title: 'Crème brûlée à l’Élysée — 日本'});
    });

    it('asks for JSON, without credentials', async () => {
      const response = await new NewsClient().getJson(at('/echo', uniqueKey('echo')));
      const {headers} = response.data as {headers: Record<string, string>};
      expect(headers.accept).to.equal('application/json');
      let init: RequestInit | undefined;
      const spy: typeof fetch = (input, requestInit) => {
        init = requestInit;
        return fetch(input, requestInit);
      };
      await new NewsClient({}, spy).getJson(at('/feed', uniqueKey('credentials')));
      expect(init?.credentials).to.equal('omit');
    });
  });

  describe('failures', () => {
    it('times out on a server that never answers, without retrying', async () => {
      const key = uniqueKey('hang');
      const error = await newsErrorOf(new NewsClient({timeoutMs: 300}).getJson(at('/hang', key)));
      expect(error.kind).to.equal('timeout');
      expect(await closedEarly(key)).to.equal(true);
      expect(await hits(key)).to.equal(1);
    });

    it('times out on a body that drips too slowly', async () => {
      const key = uniqueKey('drip');
      const error = await newsErrorOf(new NewsClient({timeoutMs: 300}).getJson(at('/drip?ms=100&n=100', key)));
      expect(error.kind).to.equal('timeout');
      expect(await closedEarly(key)).to.equal(true);
    });

    it('reports a 404 as an http error, without retrying', async () => {
      const key = uniqueKey('404');
      const error = await newsErrorOf(new NewsClient({retries: 2, ...fast}).getJson(at('/status?code=404', key)));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(404);
      expect(await hits(key)).to.equal(1);
    });

    it('rejects invalid JSON as a parse error', async () => {
      const error = await newsErrorOf(new NewsClient().getJson(at('/invalid-json', uniqueKey('invalid'))));
      expect(error.kind).to.equal('parse');
      expect(error.message).to.contain('Invalid JSON');
    });

    it('rejects truncated JSON as a parse error', async () => {
      const error = await newsErrorOf(new NewsClient().getJson(at('/truncated-json', uniqueKey('truncated'))));
      expect(error.kind).to.equal('parse');
    });

    it('rejects an HTML page as a parse error that says so', async () => {
      const key = uniqueKey('html');
      const error = await newsErrorOf(new NewsClient({retries: 2, ...fast}).getJson(at('/html', key)));
      expect(error.kind).to.equal('parse');
      expect(error.message).to.contain('HTML').and.to.contain('text/html');
      expect(await hits(key)).to.equal(1);
    });

    it('reports a CORS refusal as a network error', async () => {
      const error = await newsErrorOf(new NewsClient({retries: 0}).getJson(at('/no-cors', uniqueKey('no-cors'))));
      expect(error.kind).to.equal('network');
    });

    it('reports a redirect loop as a network error', async () => {
      const error = await newsErrorOf(new NewsClient({retries: 0}).getJson(at('/redirect-loop', uniqueKey('loop'))));
      expect(error.kind).to.equal('network');
    });
  });

  describe('size cap', () => {
    it('stops reading a streamed body once it passes maxBytes', async () => {
      const key = uniqueKey('big');
      const error = await newsErrorOf(new NewsClient({maxBytes: 64 * 1024}).getJson(at('/big?mb=50', key)));
      expect(error.kind).to.equal('too-large');
      expect(await closedEarly(key)).to.equal(true);
      expect(await hits(key)).to.equal(1);
    });

    it('rejects a declared Content-Length over maxBytes before reading', async () => {
      const key = uniqueKey('declared');
      const error = await newsErrorOf(new NewsClient({maxBytes: 1024 * 1024}).getJson(at('/big-declared?mb=50', key)));
      expect(error.kind).to.equal('too-large');
      expect(error.message).to.match(/\(\d+ bytes declared\)/);
      expect(await closedEarly(key)).to.equal(true);
    });

    it('caps at 5 MiB by default', async () => {
      const error = await newsErrorOf(new NewsClient().getJson(at('/big?mb=6', uniqueKey('default-cap'))));
      expect(error.kind).to.equal('too-large');
    });

    it('reads a large body under the cap', async () => {
      const response = await new NewsClient().getJson(at('/big?mb=2', uniqueKey('under-cap')));
      expect(response.data).to.be.an('array').with.length.above(2000);
    });
  });

  describe('retries', () => {
    it('retries a 503 and succeeds', async () => {
      const key = uniqueKey('flaky');
      const response = await new NewsClient({retries: 2, ...fast}).getJson(at('/flaky?fail=2&code=503', key));
      expect(response.data).to.deep.equal({ok: true, hit: 3});
      expect(await hits(key)).to.equal(3);
    });

    it('gives up after the last retry with the http error', async () => {
      const key = uniqueKey('down');
      const error = await newsErrorOf(new NewsClient({retries: 2, ...fast}).getJson(at('/flaky?fail=10&code=500', key)));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(500);
      expect(await hits(key)).to.equal(3);
    });

    it('retries network errors', async () => {
      const key = uniqueKey('network');
      await newsErrorOf(new NewsClient({retries: 2, ...fast}).getJson(at('/no-cors', key)));
      expect(await hits(key)).to.equal(3);
    });

    it('honours Retry-After seconds', async () => {
      const key = uniqueKey('retry-after');
      const started = performance.now();
      const client = new NewsClient({retries: 1, backoffMs: 1, maxBackoffMs: 5_000});
      await client.getJson(at('/flaky?fail=1&code=503&retryAfter=1', key));
      expect(performance.now() - started).to.be.at.least(950);
      expect(await hits(key)).to.equal(2);
    });

    it('caps Retry-After at maxBackoffMs', async () => {
      const key = uniqueKey('retry-after-cap');
      const client = new NewsClient({retries: 1, backoffMs: 1, maxBackoffMs: 20});
      const response = await client.getJson(at('/flaky?fail=1&code=503&retryAfter=3600', key));
      expect(response.data).to.deep.equal({ok: true, hit: 2});
    });

    it('does not retry after the caller aborts', async () => {
      const key = uniqueKey('abort-retry');
      let calls = 0;
      let firstAnswer!: Promise<Response>;
      const counting: typeof fetch = (input, init) => {
        calls++;
        const answer = fetch(input, init);
        firstAnswer ??= answer;
        return answer;
      };
      const client = new NewsClient({retries: 5, backoffMs: 20, maxBackoffMs: 20}, counting);
      const controller = new AbortController();
      const pending = client.getJson(at('/flaky?fail=10&code=503', key), {signal: controller.signal});
      await firstAnswer; // the 503 is in: the client is now waiting to retry
      controller.abort();
      expectAbortError(await rejectionOf(pending));
      // Nothing to await for "nothing happens": wait well past the longest backoff.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(calls).to.equal(1);
      expect(await hits(key)).to.equal(1);
    });
  });

  describe('sharing requests in flight', () => {
    it('makes one request for three callers of the same URL', async () => {
      const key = uniqueKey('dedupe');
      const client = new NewsClient();
      const url = at('/slow?ms=50', key);
      const [a, b, c] = await Promise.all([client.getJson(url), client.getJson(url), client.getJson(url)]);
      expect(await hits(key)).to.equal(1);
      expect(a.data).to.deep.equal({hit: 1, slow: true});
      expect(b.data).to.equal(a.data);
      expect(c.data).to.equal(a.data);
    });

    it('treats a relative and an absolute spelling of a URL as one', async () => {
      const key = uniqueKey('spelling');
      const client = new NewsClient();
      const url = new URL(at('/slow?ms=50', key));
      const [a, b] = await Promise.all([client.getJson(url.href), client.getJson(`${url.origin}/./slow${url.search}`)]);
      expect(await hits(key)).to.equal(1);
      expect(b.data).to.equal(a.data);
    });

    it('rejects only the caller that aborts; the others get the answer', async () => {
      const key = uniqueKey('abort-one');
      const client = new NewsClient();
      const url = at('/slow?ms=300', key);
      const controllers = [new AbortController(), new AbortController(), new AbortController()];
      const [first, ...others] = controllers.map((controller) => client.getJson(url, {signal: controller.signal}));
      await hits(key, 1);
      controllers[0].abort();
      expectAbortError(await rejectionOf(first));
      const answers = await Promise.all(others);
      expect(answers.map((answer) => answer.data)).to.deep.equal([
        {hit: 1, slow: true},
        {hit: 1, slow: true},
      ]);
      expect(await closedEarly(key)).to.equal(false);
      expect(await hits(key)).to.equal(1);
    });

    it('aborts the request when its last caller aborts', async () => {
      const key = uniqueKey('abort-last');
      const client = new NewsClient();
      const url = at('/hang', key);
      const first = new AbortController();
      const second = new AbortController();
      const a = client.getJson(url, {signal: first.signal});
      const b = client.getJson(url, {signal: second.signal});
      const bState = track(b);
      await hits(key, 1);

      first.abort();
      expectAbortError(await rejectionOf(a));
      expect(bState.settled).to.equal(false);
      expect(await closedEarly(key, false), 'still open after the first abort').to.equal(null);

      second.abort();
      expectAbortError(await rejectionOf(b));
      expect(await closedEarly(key)).to.equal(true);
    });

    it('starts a new request after an abandoned one', async () => {
      const key = uniqueKey('after-abandon');
      const client = new NewsClient();
      const url = at('/slow?ms=100', key);
      const controller = new AbortController();
      const abandoned = client.getJson(url, {signal: controller.signal});
      await hits(key, 1);
      controller.abort();
      await rejectionOf(abandoned);
      const response = await client.getJson(url);
      expect(response.data).to.deep.equal({hit: 2, slow: true});
    });

    it('rejects at once with a signal that is already aborted', async () => {
      const key = uniqueKey('pre-aborted');
      const error = await rejectionOf(new NewsClient().getJson(at('/feed', key), {signal: AbortSignal.abort()}));
      expectAbortError(error);
      expect(await hits(key)).to.equal(0);
    });
  });

  describe('cache', () => {
    it('answers a second call within the TTL from memory', async () => {
      const key = uniqueKey('fresh');
      const client = new NewsClient({ttlMs: 60_000});
      const first = await client.getJson(at('/feed', key));
      const second = await client.getJson(at('/feed', key));
      expect(second).to.equal(first);
      expect(await hits(key)).to.equal(1);
    });

    it('asks again once the entry is past its TTL and stale window', async () => {
      const key = uniqueKey('expired');
      const client = new NewsClient({ttlMs: 0, staleMs: 0});
      await client.getJson(at('/feed', key));
      const second = await client.getJson(at('/feed', key));
      expect(second.data).to.deep.include({hit: 2});
    });

    it('returns a stale entry at once and refreshes it in the background', async () => {
      const key = uniqueKey('stale');
      const url = at('/feed', key);
      let gate: Promise<void> = Promise.resolve();
      const gated: typeof fetch = async (input, init) => {
        await gate;
        return fetch(input, init);
      };
      const client = new NewsClient({ttlMs: 0, staleMs: 60_000}, gated);
      await client.getJson(url);

      let open!: () => void;
      gate = new Promise((resolve) => (open = resolve));
      // The refresh cannot reach the network until the gate opens, so this answer is the stale one.
      const stale = await client.getJson(url);
      expect(stale.data).to.deep.include({hit: 1});

      open();
      // A forced call joins the refresh already in flight rather than starting another.
      const refreshed = await client.getJson(url, {force: true});
      expect(refreshed.data).to.deep.include({hit: 2});
      expect(await hits(key)).to.equal(2);
    });

    it('swallows a failed background refresh and keeps the stale entry', async () => {
      const key = uniqueKey('stale-fail');
      const url = at('/once', key);
      const client = new NewsClient({ttlMs: 0, staleMs: 60_000, retries: 0});
      await client.getJson(url);
      const stale = await client.getJson(url); // starts a refresh that gets a 500
      expect(stale.data).to.deep.equal({hit: 1});
      const error = await newsErrorOf(client.getJson(url, {force: true})); // joins that refresh
      expect(error.status).to.equal(500);
      const again = await client.getJson(url); // starts another refresh nobody waits for
      expect(again.data).to.deep.equal({hit: 1});
      await hits(key, 3); // that refresh reached the server; its failure is checked for at the end
    });

    it('bypasses a fresh entry with force', async () => {
      const key = uniqueKey('force');
      const client = new NewsClient({ttlMs: 60_000});
      await client.getJson(at('/feed', key));
      const forced = await client.getJson(at('/feed', key), {force: true});
      expect(forced.data).to.deep.include({hit: 2});
      const cached = await client.getJson(at('/feed', key));
      expect(cached).to.equal(forced);
    });

    it('forgets everything on clear()', async () => {
      const key = uniqueKey('clear');
      const client = new NewsClient();
      await client.getJson(at('/feed', key));
      client.clear();
      const again = await client.getJson(at('/feed', key));
      expect(again.data).to.deep.include({hit: 2});
    });

    it('does not cache failures', async () => {
      const key = uniqueKey('no-error-cache');
      const client = new NewsClient({retries: 0});
      await newsErrorOf(client.getJson(at('/flaky?fail=1&code=503', key)));
      const response = await client.getJson(at('/flaky?fail=1&code=503', key));
      expect(response.data).to.deep.equal({ok: true, hit: 2});
    });
  });

  describe('the shared client', () => {
    it('serves getJson() and lives on globalThis under a Symbol.for key', async () => {
      const registry = globalThis as unknown as Record<symbol, unknown>;
      expect(registry[Symbol.for('news-widgets.client.v1')]).to.equal(sharedClient);
      const key = uniqueKey('shared');
      const first = await getJson(at('/feed', key));
      const second = await sharedClient.getJson(at('/feed', key));
      expect(second).to.equal(first);
      expect(await hits(key)).to.equal(1);
    });

    it('is the same instance when the module is loaded a second time', async () => {
      const copy = new URL('../../src/data/client.ts', import.meta.url);
      copy.search = `copy=${uniqueKey('bundle')}`;
      const second = (await import(copy.href)) as {sharedClient: unknown; NewsClient: unknown};
      expect(second.NewsClient, 'a distinct module instance').not.to.equal(NewsClient);
      expect(second.sharedClient).to.equal(sharedClient);
    });
  });

  // Last, so that it sees every test above (Mocha runs child suites in order).
  describe('afterwards', () => {
    it('left no unhandled promise rejection', async () => {
      // Rejection events are queued as tasks: let any pending one be dispatched.
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(unhandled).to.deep.equal([]);
    });
  });
});
