#!/usr/bin/env node
/**
 * Smoke test of the built Storybook: serves storybook-static on loopback,
 * opens every story alone (iframe.html) in headless Chromium, and checks that
 * its widgets render, that nothing is logged as an error, and that axe finds
 * no WCAG A/AA violation. Ends with `storybook: N passed, N failed` and writes
 * the counts to .cache/storybook-tests.json.
 */
import {chromiumArgs, chromiumPath} from './chromium.mjs';
import {createReadStream} from 'node:fs';
import {mkdir, readFile, stat, writeFile} from 'node:fs/promises';
import http from 'node:http';
import {createRequire} from 'node:module';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {mockRoutes} from '../.storybook/mock-routes.mjs';

const ROOT = path.resolve('storybook-static');
const RESULTS = path.resolve('.cache/storybook-tests.json');
const STORY_TIMEOUT_MS = 15_000;
/** Pages open at once; the machines this runs on have two cores. */
const CONCURRENCY = Number(process.env.STORYBOOK_SMOKE_CONCURRENCY) || 2;
/**
 * What a story's widgets should end up showing, from its tags: the skeleton
 * (an endpoint that never answers), the error message, or else the content.
 */
const expectedState = (tags = []) => (tags.includes('stays-loading') ? 'loading' : tags.includes('shows-error') ? 'error' : 'content');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Static files of `root`, plus the fault endpoints the stories use (dev serves them from vite). */
function startServer(root) {
  const server = http.createServer((req, res) => {
    res.on('error', () => {});
    // Chromium asks for it on its own; the iframe has none, and the 404 would read as a story's error.
    if (req.url === '/favicon.ico') return end(res, 204);
    mockRoutes(req, res, () => serveFile(root, req, res));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function serveFile(root, req, res) {
  const {pathname} = new URL(req.url ?? '/', 'http://127.0.0.1');
  let file = path.join(root, decodeURIComponent(pathname));
  // path.join normalises `..`; anything that lands outside the root is refused.
  if (file !== root && !file.startsWith(root + path.sep)) return end(res, 403);
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    const {size} = await stat(file);
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
      // Bundles have hashed names: cached, they are fetched and compiled once for all stories.
      'Cache-Control': pathname.startsWith('/assets/') ? 'max-age=3600, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  } catch {
    end(res, 404);
  }
}

const end = (res, status) => {
  res.writeHead(status, {'Content-Type': 'text/plain'});
  res.end(status === 204 ? undefined : http.STATUS_CODES[status]);
};

/**
 * Waits until every widget of the story has rendered something in its shadow
 * root and shows the state the story expects. Resolves to a reason when it
 * does not, else to null.
 */
function waitForWidgets(page, expected) {
  return page
    .waitForFunction(
      (want) => {
        if (document.body.classList.contains('sb-show-errordisplay')) {
          return {error: document.querySelector('#error-message')?.textContent || 'the story threw'};
        }
        const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('news-'));
        if (!widgets.length) return false;
        const states = widgets.map((el) => {
          const root = el.shadowRoot;
          if (!root?.querySelector(':not(style)')) return 'empty';
          if (root.querySelector('[aria-busy="true"]')) return 'loading';
          return root.querySelector('[role="alert"]') ? 'error' : 'content';
        });
        return states.every((state) => state === want) && {states};
      },
      expected,
      {timeout: STORY_TIMEOUT_MS, polling: 100},
    )
    .then((handle) => handle.jsonValue())
    .then((result) => (result.error ? `story error: ${result.error}` : null))
    .catch(async (error) => {
      if (!error.message.includes('Timeout')) return `error: ${error.message.split('\n')[0]}`;
      const states = await page
        .evaluate(() =>
          [...document.querySelectorAll('#storybook-root *')]
            .filter((el) => el.localName.startsWith('news-'))
            .map((el) => `${el.localName}: ${(el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80) || '(empty)'}`),
        )
        .catch(() => []);
      return `expected ${expected} within ${STORY_TIMEOUT_MS / 1000} s; got ${states.length ? states.join(' | ') : 'no news-* element'}`;
    });
}

/** Failures to load a /__mock/ resource are what the fault stories are about. */
const isExpectedFault = (message) =>
  message.text().startsWith('Failed to load resource') && new URL(message.location().url || 'about:blank', 'http://x').pathname.startsWith('/__mock/');

/** Opens one story on a page of its own; resolves to what is wrong with it (never rejects). */
async function checkStory(context, origin, story, axeSource) {
  const problems = [];
  let page;
  try {
    page = await context.newPage();
  } catch (error) {
    return [`error: ${error.message.split('\n')[0]}`];
  }
  page.on('console', (message) => {
    if (message.type() === 'error' && !isExpectedFault(message)) {
      const where = message.location().url;
      // First line only: a logged error's stack would bury the other findings.
      problems.push(`console error: ${message.text().split('\n')[0]}${where ? ` (${where})` : ''}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    // The smoke test runs axe itself; the a11y addon's own run would collide with it.
    const url = `${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`;
    const response = await page.goto(url, {waitUntil: 'domcontentloaded'});
    if (!response?.ok()) problems.push(`iframe.html answered ${response?.status()}`);
    const notRendered = await waitForWidgets(page, expectedState(story.tags));
    if (notRendered) problems.push(notRendered);
    else {
      await page.addScriptTag({content: axeSource});
      const violations = await page.evaluate(async (tags) => {
        const result = await window.axe.run('#storybook-root', {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
        return result.violations.map((v) => `${v.impact}: ${v.id} (${v.nodes.length}) ${v.help}`);
      }, AXE_TAGS);
      problems.push(...violations.map((v) => `axe ${v}`));
    }
  } catch (error) {
    problems.push(`error: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close().catch(() => {});
  }
  return problems;
}

/** Runs at most `n` of the functions it is given at a time, first come first served. */
function limiter(n) {
  let active = 0;
  const waiting = [];
  return async (fn) => {
    if (active >= n) await new Promise((resolve) => waiting.push(resolve));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

async function main() {
  const index = JSON.parse(
    await readFile(path.join(ROOT, 'index.json'), 'utf8').catch(() => {
      throw new Error(`no ${path.relative('.', ROOT)}/index.json: run \`npm run build-storybook\` first`);
    }),
  );
  // Storybook's convention: a story tagged `!test` loses the `test` tag and is left out of test runs.
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && (entry.tags ?? ['test']).includes('test'));
  if (!stories.length) throw new Error('index.json lists no stories');
  const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  const server = await startServer(ROOT);
  const origin = `http://127.0.0.1:${server.address().port}`;
  let passed = 0;
  let failed = 0;
  try {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
    });
    try {
      // One context for all stories, so the Storybook bundle is fetched and compiled once;
      // each story still gets a page of its own.
      const context = await browser.newContext({viewport: {width: 1200, height: 900}});
      // Stories are checked CONCURRENCY at a time, and reported in index order.
      const run = limiter(CONCURRENCY);
      const pending = stories.map((story) =>
        run(async () => {
          const started = performance.now();
          const problems = await checkStory(context, origin, story, axeSource);
          return {problems, ms: Math.round(performance.now() - started)};
        }),
      );
      for (const [i, story] of stories.entries()) {
        const {problems, ms} = await pending[i];
        if (problems.length) {
          failed++;
          console.log(`✗ ${story.id} (${ms} ms)`);
          for (const problem of problems) console.log(`    ${problem}`);
        } else {
          passed++;
          console.log(`✓ ${story.id} (${ms} ms)`);
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    // The hang endpoint keeps its sockets open until told otherwise.
    server.closeAllConnections();
    server.close();
  }
  return {passed, failed};
}

let counts;
try {
  counts = await main();
} catch (error) {
  console.error(`storybook smoke test could not run: ${error.message}`);
  counts = {passed: 0, failed: 1};
}
await mkdir(path.dirname(RESULTS), {recursive: true});
await writeFile(RESULTS, `${JSON.stringify(counts)}\n`);
console.log(`storybook: ${counts.passed} passed, ${counts.failed} failed`);
process.exitCode = counts.failed ? 1 : 0;
