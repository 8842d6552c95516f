/**
 * The server-rendered demo page in Chromium with JavaScript off: the
 * articles are there, as links, from the declarative shadow roots alone;
 * the light-DOM fallback stays out of sight where shadow roots render.
 */
import {describe, it, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../../scripts/chromium.mjs';
import {createServer} from '../../scripts/serve.mjs';
import {demoFeed} from './helpers.mjs';

describe('server-rendered page without JavaScript', () => {
  let server;
  let browser;
  let origin;
  before(async () => {
    server = createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs});
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('shows the articles as links, and no fallback twice', async () => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    const scripts = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await page.goto(`${origin}/demo/ssr.html?lang=fr`);
    const titles = demoFeed('fr').items.slice(0, 4).map((item) => item.title);
    const grid = page.locator('#latest');
    for (const title of titles) {
      // Inside the list's shadow root (locators pierce open ones): one visible link each.
      await assert.doesNotReject(grid.getByRole('link', {name: title, exact: true}).waitFor({state: 'visible', timeout: 5000}), title);
    }
    assert.equal(await grid.getByRole('heading', {name: 'À la une'}).count(), 1);
    // The light-DOM links exist for readers without shadow DOM, but render nowhere here.
    assert.equal(await page.locator('#latest > ul[data-news-fallback] a').count(), 4);
    assert.equal(await page.locator('#latest > ul[data-news-fallback]').isVisible(), false);
    assert.deepEqual(scripts, [], 'no script was even requested');
    await context.close();
  });

  it('speaks the language it is in around the widgets, right to left in Arabic, and hydrates there', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (message) => ['warning', 'error'].includes(message.type()) && warnings.push(message.text()));
    await page.goto(`${origin}/demo/ssr.html?lang=ar`);
    await page.waitForFunction(() => document.querySelector('#events')?.textContent.startsWith('news-load'));
    const page_ = await page.evaluate(() => ({
      dir: document.documentElement.dir,
      title: document.title,
      tagline: document.querySelector('.brand-tagline').textContent,
      label: document.querySelector('.masthead nav').getAttribute('aria-label'),
      navDirection: getComputedStyle(document.querySelector('#nav')).direction,
    }));
    assert.deepEqual(page_, {dir: 'rtl', title: 'عناصر مُعدّة على الخادم — news-widgets', tagline: 'تُعدّ على الخادم وتُفعَّل في المتصفح', label: 'اللغة', navDirection: 'rtl'});
    assert.deepEqual(warnings, [], 'no widget rendered anew');
    await context.close();
  });

  it('keeps buttons that need the script out of sight until it runs, in their place', async () => {
    const more = async (javaScriptEnabled) => {
      const context = await browser.newContext({javaScriptEnabled});
      const page = await context.newPage();
      await page.goto(`${origin}/demo/ssr.html?lang=fr`);
      if (javaScriptEnabled) await page.waitForFunction(() => document.querySelector('#events')?.textContent.startsWith('news-load'));
      const button = page.locator('#latest').getByRole('button', {name: 'Charger plus', includeHidden: true});
      const result = {count: await button.count(), visible: await button.isVisible(), width: Math.round((await button.boundingBox())?.width ?? 0)};
      await context.close();
      return result;
    };
    const without = await more(false);
    assert.equal(without.count, 1);
    assert.equal(without.visible, false, '"Load more" does nothing without the script');
    assert.ok(without.width > 40, 'its place is kept, so that nothing moves when the script comes');
    assert.deepEqual(await more(true), {...without, visible: true});
  });

  it('lays out the widgets as the hydrated page does', async () => {
    const boxes = async (javaScriptEnabled) => {
      const context = await browser.newContext({javaScriptEnabled, viewport: {width: 1000, height: 1600}});
      const page = await context.newPage();
      await page.goto(`${origin}/demo/ssr.html?lang=fr`);
      if (javaScriptEnabled) await page.waitForFunction(() => document.querySelector('#events')?.textContent.startsWith('news-load'));
      const result = await page.evaluate(() =>
        ['#nav', '#hero', '#latest', '#related news-related-list', '#related news-related-list + news-related-list'].map((id) => {
          const r = document.querySelector(id).getBoundingClientRect();
          return [id, Math.round(r.top), Math.round(r.height)];
        }),
      );
      await context.close();
      return result;
    };
    assert.deepEqual(await boxes(true), await boxes(false));
  });
});
