import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import {sharedClient} from '../../src/data/client.js';
import {fresh, requestsTo, shadowText} from '../helpers.js';
import {etagServerUrl} from '/__etag-server.js';

describe('requests', () => {
  it('20 widgets sharing an endpoint make exactly one request', async () => {
    const src = fresh('/test/fixtures/list-feed-1.json');
    const ids = ['p1', 'p2', 'p3', 'e1', 'e2'];
    const wrapper = await fixture(html`<div>
      ${Array.from({length: 20}, (_, i) => html`<news-article-card src=${src} article-id=${ids[i % ids.length]}></news-article-card>`)}
    </div>`);
    const cards = Array.from(wrapper.querySelectorAll('news-article-card'));
    await waitUntil(() => cards.every((card) => shadowText(card, '[part~="title"]')), 'every card renders');
    expect(requestsTo(src)).to.equal(1);
  });

  it('revalidates with the HTTP cache on a reload instead of downloading again', async () => {
    const key = `reload-${Date.now()}`;
    const src = `${etagServerUrl}/feed.json?key=${key}`;
    const first = await sharedClient.getJson(src);
    // A reload starts with an empty memory cache; the browser's HTTP cache remains.
    sharedClient.clear();
    const second = await sharedClient.getJson(src);
    expect(second.data).to.deep.equal(first.data);
    const stats = await (await fetch(`${etagServerUrl}/stats?key=${key}`)).json();
    // One download, then a 304 answered from the HTTP cache.
    expect(stats).to.deep.equal({full: 1, notModified: 1});
  });
});
