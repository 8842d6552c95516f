import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {faultServerUrl} from '/__fault-server.js';
import '../../src/define.js';
import {NewsClient} from '../../src/data/client.js';
import {NewsError} from '../../src/data/errors.js';
import {fresh, shownCards} from '../helpers.js';

/**
 * Old sites still replace `window.fetch` with a polyfill built on
 * XMLHttpRequest (unfetch, whatwg-fetch): its response has no body stream,
 * its headers may not be iterable, and it ignores the abort signal. This one
 * has the shape of unfetch's.
 */
const polyfill = ((input: RequestInfo | URL) =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', String(input));
    xhr.onload = () => {
      const all = xhr
        .getAllResponseHeaders()
        .trim()
        .split(/\r?\n/)
        .filter(Boolean)
        .map((line): [string, string] => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]);
      resolve({
        ok: xhr.status >= 200 && xhr.status < 300,
        status: xhr.status,
        statusText: xhr.statusText,
        url: xhr.responseURL,
        text: () => Promise.resolve(xhr.responseText),
        json: () => Promise.resolve(JSON.parse(xhr.responseText)),
        headers: {keys: () => all.map(([name]) => name), entries: () => all, get: (name: string) => all.find(([n]) => n === name.toLowerCase())?.[1] ?? null, has: (name: string) => all.some(([n]) => n === name.toLowerCase())},
      });
    };
    xhr.onerror = () => reject(new TypeError('Network request failed'));
    xhr.send();
  })) as unknown as typeof fetch;

const key = () => `polyfill-${Math.random().toString(36).slice(2)}`;

describe('a page whose fetch is an XMLHttpRequest polyfill', () => {
  it('reads JSON, status and headers through it', async () => {
    const url = `${faultServerUrl}/feed?key=${key()}`;
    const response = await new NewsClient({}, polyfill).getJson(url);
    expect(response.status).to.equal(200);
    expect((response.data as {items: unknown[]}).items.length).to.equal(1);
    expect(response.headers['x-wp-totalpages']).to.equal('3');
  });

  it('still times out on a server that never answers, though the polyfill cannot be aborted', async () => {
    let error: unknown;
    try {
      await new NewsClient({timeoutMs: 300, retries: 0}, polyfill).getJson(`${faultServerUrl}/hang?key=${key()}`);
    } catch (caught) {
      error = caught;
    }
    expect(error instanceof NewsError && error.kind).to.equal('timeout');
  });

  it('shows the stories of a widget on that page', async () => {
    const native = window.fetch;
    window.fetch = polyfill;
    try {
      const list = await fixture(html`<news-article-list src=${fresh('/test/fixtures/list-feed-1.json')} limit="2"></news-article-list>`);
      await waitUntil(() => shownCards(list) === 2, 'the stories show', {timeout: 4000});
    } finally {
      window.fetch = native;
    }
  });
});
