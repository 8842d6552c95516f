#!/usr/bin/env node
/**
 * Smoke test of the built Storybook: serves storybook-static on loopback and
 * opens every story and every docs page in headless Chromium. A story must
 * render (its play function included) with its widgets in the state it
 * expects, its CSS property and part controls styling its own element, log
 * no error, and pass axe (WCAG A/AA); a docs page must render with every
 * widget on it drawn, no story's styles reaching another story's widgets, log
 * no error, and pass axe. Ends with
 * `storybook: N passed, N failed` and writes the counts to
 * .cache/storybook-tests.json.
 *
 * Each worker loads iframe.html once and then moves from story to story
 * through Storybook's channel, as the manager does: a page load and an axe
 * injection per story would cost seconds each.
 */
import {chromiumArgs, chromiumPath} from './chromium.mjs';
import {createReadStream} from 'node:fs';
import {mkdir, readFile, stat, writeFile} from 'node:fs/promises';
import http from 'node:http';
import {createRequire} from 'node:module';
import path from 'node:path';
import {chromium} from 'playwright-core';

const ROOT = path.resolve('storybook-static');
const RESULTS = path.resolve('.cache/storybook-tests.json');
const ENTRY_TIMEOUT_MS = 15_000;
/**
 * Toolbar globals for the whole run, in Storybook's URL syntax, e.g.
 * `STORYBOOK_SMOKE_GLOBALS='theme:dark;locale:ar'`: the same checks in
 * another theme or language. A story's own globals still win.
 */
const GLOBALS = ['a11y.manual:!true', process.env.STORYBOOK_SMOKE_GLOBALS].filter(Boolean).join(';');
/** Pages open at once; the machines this runs on have two cores. */
const CONCURRENCY = Number(process.env.STORYBOOK_SMOKE_CONCURRENCY) || 2;
/**
 * What a story's widgets should end up showing, from its tags: the skeleton
 * (an endpoint that never answers), the error message, nothing at all (a
 * widget that hides itself), or else the content.
 */
const expectedState = (tags = []) =>
  tags.includes('stays-loading') ? 'loading' : tags.includes('shows-error') ? 'error' : tags.includes('renders-nothing') ? 'hidden' : 'content';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * On a docs page: the prose. Not the stories, each checked on its own, nor
 * the controls table, which is Storybook's own interface (its colour
 * swatches and toggles are not ours to fix).
 */
const DOCS_AXE_CONTEXT = {include: ['#storybook-docs'], exclude: ['.docblock-argstable', '.docs-story']};

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

/**
 * Static files of `root` and nothing else, as any static host serves a built
 * Storybook: the stories' mock endpoints come from its service worker.
 */
function startServer(root) {
  const server = http.createServer((req, res) => {
    res.on('error', () => {});
    // Chromium asks for it on its own; the iframe has none, and the 404 would read as a story's error.
    if (req.url === '/favicon.ico') return end(res, 204);
    serveFile(root, req, res);
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
 * Runs in the page before Storybook: notes which docs pages have rendered,
 * since a docs render has no phase to read as a story render does.
 */
function watchDocs() {
  window.__smokeDocsRendered = new Set();
  const attach = setInterval(() => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return;
    clearInterval(attach);
    channel.on('docsRendered', (id) => window.__smokeDocsRendered.add(id));
  }, 10);
}

/**
 * Runs in the page: whether the entry has finished rendering, and the state
 * of each widget it shows. Resolves to false while it is not done.
 */
function readEntry({id, type, want}) {
  if (document.body.classList.contains('sb-show-errordisplay')) {
    const message = document.querySelector('#error-message')?.textContent?.trim();
    return {error: message || 'the story threw'};
  }
  const preview = window.__STORYBOOK_PREVIEW__;
  const render = preview?.currentRender;
  if (render?.id !== id) return false;
  if (type === 'story' ? render.phase !== 'finished' : !window.__smokeDocsRendered?.has(id)) return false;

  const root = document.querySelector(type === 'story' ? '#storybook-root' : '#storybook-docs');
  // The provider draws nothing of its own: the widgets inside it tell the state.
  const widgets = [...(root?.querySelectorAll('*') ?? [])].filter((el) => el.localName.startsWith('news-') && el.localName !== 'news-provider');
  const states = widgets.map((el) => {
    // A widget with nothing to show hides itself (`data-empty`, display: none).
    if (el.hasAttribute('data-empty') && getComputedStyle(el).display === 'none') return 'hidden';
    const shadow = el.shadowRoot;
    if (!shadow?.querySelector(':not(style)')) return 'empty';
    if (shadow.querySelector('[aria-busy="true"]')) return 'loading';
    // The error box (an alert in the first widget to show a failure only); a list's "nothing to show" is a status.
    return shadow.querySelector('[part~="message"]:not([role="status"])') ? 'error' : 'content';
  });
  if (type === 'docs') {
    // A docs page shows stories in every state; each widget must have drawn something.
    return states.every((state) => state !== 'empty') && {states};
  }
  if (!widgets.length) return false;
  return states.every((state) => state === want) && {states};
}

/**
 * Runs in the page: whether the CSS property and part controls style the
 * story's own element and nothing else. In a story, each CSS property arg
 * must reach the element's computed style and each part arg must have a rule
 * that matches the element; on a docs page, the rules of one story must not
 * match a widget of another. Resolves to what is wrong.
 */
function checkStyleArgs(type) {
  const problems = [];
  /** A style rule as the host selector and the part (if any) it styles; `:scope` inside `@scope` made explicit. */
  const describeRule = (rule, scope) => {
    if (rule instanceof CSSScopeRule) return [...rule.cssRules].flatMap((inner) => describeRule(inner, rule.start));
    if (!(rule instanceof CSSStyleRule)) return [];
    const [, host, part] = rule.selectorText.match(/^(.*?)(?:::part\(([^)]*)\))?$/s);
    return [{host: scope ? host.replace(':scope', scope) : host, part}];
  };
  const rulesIn = (container) =>
    [...container.querySelectorAll('style')].flatMap((style) => [...(style.sheet?.cssRules ?? [])].flatMap((rule) => describeRule(rule)));
  const normal = (value) => String(value).replace(/\s+/g, ' ').trim();

  if (type === 'docs') {
    for (const block of document.querySelectorAll('#storybook-docs .docs-story')) {
      for (const {host} of rulesIn(block)) {
        const strays = [...document.querySelectorAll(host)].filter((el) => el.localName.startsWith('news-') && !block.contains(el));
        if (strays.length) problems.push(`a story's style rule \`${host}\` restyles ${strays.length} widget(s) of other stories`);
      }
    }
    return [...new Set(problems)];
  }

  const root = document.querySelector('#storybook-root');
  const {args, argTypes, component} = window.__STORYBOOK_PREVIEW__.currentRender.storyContext();
  if (!component) return problems;
  const elements = [...root.querySelectorAll(component)];
  const rules = rulesIn(root);
  for (const [name, argType] of Object.entries(argTypes)) {
    const value = args[name];
    if (name.startsWith('--') && value && value !== argType.defaultValue) {
      for (const el of elements) {
        const actual = getComputedStyle(el).getPropertyValue(name);
        if (normal(actual) !== normal(value)) problems.push(`CSS property control ${name}: ${value} does not reach <${component}> (it has ${normal(actual) || 'nothing'})`);
      }
    } else if (name.endsWith('-part') && argType.table?.category === 'css shadow parts' && String(value ?? '').trim()) {
      const part = name.slice(0, -'-part'.length);
      for (const el of elements) {
        if (!rules.some((rule) => rule.part === part && el.matches(rule.host))) problems.push(`CSS part control ${name} does not reach <${component}>::part(${part})`);
      }
    }
  }
  return problems;
}

/** What the widgets show, for a failure report. */
function describeWidgets(type) {
  const root = document.querySelector(type === 'story' ? '#storybook-root' : '#storybook-docs');
  return [...(root?.querySelectorAll('*') ?? [])]
    .filter((el) => el.localName.startsWith('news-'))
    .map((el) => `${el.localName}: ${(el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80) || '(empty)'}`);
}

/** Failures to load a /__mock/ resource are what the fault stories are about. */
const isExpectedFault = (message) =>
  message.text().startsWith('Failed to load resource') && new URL(message.location().url || 'about:blank', 'http://x').pathname.startsWith('/__mock/');

/** A page that renders entries one after another; `problems` collects what goes wrong with the current one. */
async function openWorkerPage(context) {
  const page = await context.newPage();
  const worker = {page, problems: [], loaded: false};
  page.on('console', (message) => {
    if (message.type() === 'error' && !isExpectedFault(message)) {
      const where = message.location().url;
      // First line only: a logged error's stack would bury the other findings.
      worker.problems.push(`console error: ${message.text().split('\n')[0]}${where ? ` (${where})` : ''}`);
    }
  });
  page.on('pageerror', (error) => worker.problems.push(`page error: ${error.message}`));
  await page.addInitScript(watchDocs);
  return worker;
}

/** Renders one entry on the worker's page; resolves to what is wrong with it (never rejects). */
async function checkEntry(worker, origin, entry, axeSource) {
  const {page} = worker;
  worker.problems = [];
  const problems = worker.problems;
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  try {
    if (!worker.loaded) {
      // The smoke test runs axe itself; the a11y addon's own run would collide with it.
      const url = `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}&globals=${GLOBALS}`;
      const response = await page.goto(url, {waitUntil: 'domcontentloaded'});
      if (!response?.ok()) problems.push(`iframe.html answered ${response?.status()}`);
      await page.addScriptTag({content: axeSource});
      worker.loaded = true;
    } else {
      await page.evaluate(
        ({storyId, viewMode}) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', {storyId, viewMode}),
        {storyId: entry.id, viewMode},
      );
    }
    const want = expectedState(entry.tags);
    const outcome = await page
      .waitForFunction(readEntry, {id: entry.id, type: viewMode, want}, {timeout: ENTRY_TIMEOUT_MS, polling: 50})
      .then((handle) => handle.jsonValue())
      .catch(async (error) => {
        if (!error.message.includes('Timeout')) return {error: error.message.split('\n')[0]};
        const states = await page.evaluate(describeWidgets, viewMode).catch(() => []);
        const expected = viewMode === 'docs' ? 'every widget drawn' : want;
        return {error: `expected ${expected} within ${ENTRY_TIMEOUT_MS / 1000} s; got ${states.length ? states.join(' | ') : 'no news-* element'}`};
      });
    if (outcome.error) {
      problems.push(outcome.error.startsWith('expected') ? outcome.error : `render error: ${outcome.error}`);
    } else {
      problems.push(...(await page.evaluate(checkStyleArgs, viewMode)));
      const violations = await page.evaluate(
        async ({context, tags}) => {
          const result = await window.axe.run(context, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
          return result.violations.map((v) => `${v.impact}: ${v.id} (${v.nodes.length}) ${v.help}: ${v.nodes[0]?.target.join(' ')}`);
        },
        {context: viewMode === 'docs' ? DOCS_AXE_CONTEXT : '#storybook-root', tags: AXE_TAGS},
      );
      problems.push(...violations.map((v) => `axe ${v}`));
    }
  } catch (error) {
    problems.push(`error: ${error.message.split('\n')[0]}`);
  }
  // After a failure the page may be in any state: the next entry starts on a fresh load.
  if (problems.length) worker.loaded = false;
  return [...problems];
}

async function main() {
  const index = JSON.parse(
    await readFile(path.join(ROOT, 'index.json'), 'utf8').catch(() => {
      throw new Error(`no ${path.relative('.', ROOT)}/index.json: run \`npm run build-storybook\` first`);
    }),
  );
  // Storybook's convention: an entry tagged `!test` loses the `test` tag and is left out of test runs.
  const entries = Object.values(index.entries).filter(
    (entry) => (entry.type === 'story' || entry.type === 'docs') && (entry.tags ?? ['test']).includes('test'),
  );
  if (!entries.some((entry) => entry.type === 'story')) throw new Error('index.json lists no stories');
  const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  const server = await startServer(ROOT);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const results = new Array(entries.length);
  const started = performance.now();
  try {
    const browser = await chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs});
    try {
      let next = 0;
      const work = async () => {
        // A context per worker: Chromium opens at most six connections to a host per context, and
        // a loading story holds one open after it is gone (until the client's 10 s timeout).
        const context = await browser.newContext({viewport: {width: 1200, height: 900}});
        let worker;
        while (next < entries.length) {
          const i = next++;
          const t = performance.now();
          if (!worker?.loaded) {
            // A fresh page for a fresh load: nothing of a failed entry lingers.
            await worker?.page.close().catch(() => {});
            worker = await openWorkerPage(context);
          }
          const problems = await checkEntry(worker, origin, entries[i], axeSource);
          results[i] = {problems, ms: Math.round(performance.now() - t)};
        }
        await context.close().catch(() => {});
      };
      await Promise.all(Array.from({length: Math.min(CONCURRENCY, entries.length)}, work));
    } finally {
      await browser.close();
    }
  } finally {
    // The hang endpoint keeps its sockets open until told otherwise.
    server.closeAllConnections();
    server.close();
  }

  let passed = 0;
  let failed = 0;
  for (const [i, entry] of entries.entries()) {
    const {problems, ms} = results[i];
    const label = entry.type === 'docs' ? `${entry.id} (docs)` : entry.id;
    if (problems.length) {
      failed++;
      console.log(`✗ ${label} (${ms} ms)`);
      for (const problem of problems) console.log(`    ${problem}`);
    } else {
      passed++;
      console.log(`✓ ${label} (${ms} ms)`);
    }
  }
  console.log(`${entries.length} entries in ${((performance.now() - started) / 1000).toFixed(1)} s`);
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
