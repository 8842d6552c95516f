#!/usr/bin/env node
/**
 * `npm run bench`: rendering performance of the built bundle in headless
 * Chromium, against a hand-written baseline, all in one run.
 *
 *   render     10, 100 and 1,000 cards three ways (library, vanilla shadow DOM,
 *              static light-DOM HTML), interleaved, every round; medians
 *   language   100 cards re-rendered after `lang` changes from en to fr
 *   memory     JS heap (and Blink's heap) per card, 1,000 cards, after full GCs
 *   feed       feed response end (Resource Timing) to the first card's frame,
 *              the feed served from loopback after a fixed delay
 *
 * Wall-clock times are what a reader waits; on a shared machine they also
 * count the time other processes hold the CPU. The renderer main thread's
 * own CPU time (DevTools' Performance.getMetrics ThreadTime, read around each
 * timed run) is printed beside them: it is what the ratios should be judged on
 * when the load average is high.
 *
 * Options: --rounds=N (default 7), --delay=MS (feed delay, default 300),
 * --dist=DIR (another build of dist/, to compare a change), --json=FILE (also
 * write every sample). Builds first when dist/ is missing. The pages are in
 * bench/; BENCHMARKS.md has the latest figures.
 */
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {createReadStream, existsSync, readFileSync, writeFileSync} from 'node:fs';
import {stat} from 'node:fs/promises';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from './chromium.mjs';

const option = (name, fallback) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
};
const ROUNDS = Number(option('rounds', 7));
const DELAY = Number(option('delay', 300));
const JSON_OUT = option('json', undefined);
const DIST = path.resolve(option('dist', 'dist'));
const SIZES = [10, 100, 1000];
const KINDS = ['library', 'vanilla', 'static'];

const root = process.cwd();
if (DIST === path.join(root, 'dist') && !existsSync(path.join(root, 'dist/news-widgets.js'))) {
  console.log('dist/news-widgets.js is missing: building first.');
  const build = spawnSync('npm', ['run', 'build', '--silent'], {stdio: 'inherit'});
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.map': 'application/json'};

/** bench/, dist/ and demo/ from loopback; `?delay=MS` holds any answer back that long. */
function startServer() {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pathname = decodeURIComponent(url.pathname);
    const file = pathname.startsWith('/dist/') ? path.join(DIST, pathname.slice('/dist/'.length)) : path.join(root, pathname);
    const allowed = [path.join(root, 'bench'), DIST, path.join(root, 'demo')].some((dir) => file.startsWith(dir + path.sep));
    try {
      if (!allowed || !(await stat(file)).isFile()) throw new Error('not found');
    } catch {
      res.writeHead(404).end('not found');
      return;
    }
    const send = () => {
      const ext = path.extname(file);
      // The feed is fetched fresh every time; code and images come from the cache after the first round.
      res.writeHead(200, {'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': ext === '.json' ? 'no-store' : 'max-age=3600'});
      createReadStream(file).pipe(res);
    };
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay > 0) {
      const timer = setTimeout(send, delay);
      res.on('close', () => clearTimeout(timer));
    } else send();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const quartiles = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  return [at(0.25), at(0.75)];
};
const ms = (value) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0));
const pad = (text, width) => String(text).padStart(width);
const rotate = (list, by) => list.map((_, i) => list[(i + by) % list.length]);

/**
 * CPU time of the renderer's main thread in the `windowMs` before the
 * user-timing mark `markName`: the thread time of each top-level slice (a
 * task, or the microtask checkpoint Blink runs after one, which is where
 * promise-driven work such as a widget's fetch-parse-render lands), pro rata
 * of its overlap with the window.
 */
const TOP_LEVEL = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_OnTaskCompleted', 'BlinkScheduler_PerformMicrotaskCheckpoint']);
function mainThreadCpu(events, markName, windowMs) {
  const mark = events.find((e) => e.name === markName);
  if (!mark) return NaN;
  const end = mark.ts;
  const start = end - windowMs * 1000;
  let cpu = 0;
  let covered = -Infinity;
  const slices = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && TOP_LEVEL.has(e.name) && e.dur > 0).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  for (const slice of slices) {
    if (slice.ts < covered) continue; // nested inside the previous slice
    covered = slice.ts + slice.dur;
    const overlap = Math.min(end, slice.ts + slice.dur) - Math.max(start, slice.ts);
    if (overlap > 0) cpu += ((slice.tdur ?? slice.dur) * overlap) / slice.dur;
  }
  return cpu / 1000;
}

function machine(browserVersion) {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1].trim() ?? os.cpus()[0]?.model ?? 'unknown CPU';
  return {
    cpu: model,
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    os: `${os.type()} ${os.release()}`,
    chromium: browserVersion,
    node: process.version,
    playwrightCore: JSON.parse(readFileSync(path.join(root, 'node_modules/playwright-core/package.json'), 'utf8')).version,
  };
}

const server = await startServer();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
const started = Date.now();

try {
  const info = machine(browser.version());
  console.log(`news-widgets benchmark: ${ROUNDS} rounds, interleaved; medians in ms (interquartile range in brackets)`);
  console.log(`machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, ${info.os}; load average ${info.loadAverage.join(' ')} at the start`);
  if (DIST !== path.join(root, 'dist')) console.log(`bundle: ${DIST}`);
  console.log(`browser: Chromium ${info.chromium} (headless, ${path.basename(chromiumPath)}), Node ${info.node}, playwright-core ${info.playwrightCore}\n`);

  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
  await page.goto(`${origin}/bench/index.html`);
  await page.waitForFunction(() => window.bench?.ready);
  const setup = await page.evaluate(() => window.bench.setup());

  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
  /** Runs one timed step in the page, with the main thread's CPU time around it. */
  const timed = async (fn, arg) => {
    const before = await threadTime();
    const sample = await page.evaluate(fn, arg);
    return {...sample, cpu: (await threadTime()) - before};
  };

  // 1. Render: a warm-up round, then ROUNDS rounds; within a round every size, every kind, the kinds' order rotating.
  const render = Object.fromEntries(SIZES.map((n) => [n, Object.fromEntries(KINDS.map((k) => [k, {layout: [], frame: [], cpu: []}]))]));
  for (let round = -1; round < ROUNDS; round++) {
    // The warm-up round (JIT, caches) needs no 1,000-card pass.
    for (const n of round < 0 ? SIZES.slice(0, 2) : SIZES) {
      for (const kind of rotate(KINDS, Math.max(round, 0) + n)) {
        await page.evaluate(() => window.bench.prepare());
        const sample = await timed(([k, count]) => window.bench.render(k, count), [kind, n]);
        if (round < 0) continue;
        for (const key of ['layout', 'frame', 'cpu']) render[n][kind][key].push(sample[key]);
      }
    }
  }
  const cell = (values) => {
    const [q1, q3] = quartiles(values);
    return `${ms(median(values))} [${ms(q1)}-${ms(q3)}]`;
  };
  console.log(`Render N cards of one feed (${setup.stories} French stories, repeated), from the first DOM call to the cards laid out`);
  console.log('(forced layout): wall-clock median [IQR]; then to the task after the next frame; then main-thread CPU time to that point');
  console.log(`${'cards'.padStart(5)}  ${'kind'.padEnd(8)} ${'laid out'.padStart(20)} ${'next frame'.padStart(11)} ${'CPU'.padStart(20)}`);
  for (const n of SIZES) {
    for (const kind of KINDS) {
      const r = render[n][kind];
      console.log(`${pad(n, 5)}  ${kind.padEnd(8)} ${pad(cell(r.layout), 20)} ${pad(ms(median(r.frame)), 11)} ${pad(cell(r.cpu), 20)}`);
    }
  }
  const ratio = (n, other, key) => median(render[n].library[key]) / median(render[n][other][key]);
  console.log(`\n${'cards'.padStart(5)}  ${'lib/vanilla wall'.padStart(16)} ${'lib/vanilla CPU'.padStart(16)} ${'lib/static wall'.padStart(16)} ${'lib/static CPU'.padStart(15)}`);
  for (const n of SIZES) {
    console.log(`${pad(n, 5)}  ${pad(ratio(n, 'vanilla', 'layout').toFixed(2), 16)} ${pad(ratio(n, 'vanilla', 'cpu').toFixed(2), 16)} ${pad(ratio(n, 'static', 'layout').toFixed(2), 16)} ${pad(ratio(n, 'static', 'cpu').toFixed(2), 15)}`);
  }
  const goalWall = ratio(1000, 'vanilla', 'layout');
  const goalCpu = ratio(1000, 'vanilla', 'cpu');
  console.log(`goal library/vanilla <= 1.30 at 1,000 cards: wall ${goalWall.toFixed(2)} ${goalWall <= 1.3 ? 'met' : 'NOT met'}, CPU ${goalCpu.toFixed(2)} ${goalCpu <= 1.3 ? 'met' : 'NOT met'}\n`);

  // 2. Language change: 100 cards from en to fr, catalog already loaded.
  const language = {library: {layout: [], cpu: []}, vanilla: {layout: [], cpu: []}};
  let waitedForFrames = 0;
  for (let round = -1; round < ROUNDS; round++) {
    for (const kind of rotate(['library', 'vanilla'], Math.max(round, 0))) {
      await page.evaluate((k) => window.bench.prepareLanguage(k, 100), kind);
      const sample = await timed((k) => window.bench.switchLanguage(k), kind);
      if (round < 0) continue;
      language[kind].layout.push(sample.layout);
      language[kind].cpu.push(sample.cpu);
      waitedForFrames += sample.waitedForFrames;
    }
  }
  await page.evaluate(() => window.bench.clear());
  console.log('Language change: 100 cards, lang en -> fr on their wrapper (French catalog loaded), until every card shows');
  console.log('French labels and is laid out again: wall-clock median [IQR]; main-thread CPU time');
  for (const kind of ['library', 'vanilla']) console.log(`${kind.padStart(10)} ${pad(cell(language[kind].layout), 20)} ${pad(cell(language[kind].cpu), 20)}`);
  const langRatio = (key) => (median(language.library[key]) / median(language.vanilla[key])).toFixed(2);
  console.log(`library/vanilla: wall ${langRatio('layout')}, CPU ${langRatio('cpu')}${waitedForFrames ? ` (labels lagged by ${waitedForFrames} frames in all)` : ''}\n`);

  // 3. Memory: 1,000 cards of each kind, heap after full GCs before and after; and what stays once they are removed.
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    const js = await page.evaluate(() => {
      window.gc?.();
      return performance.memory.usedJSHeapSize;
    });
    return {js, blink: usage.embedderHeapUsedSize ?? NaN};
  };
  const memory = Object.fromEntries(KINDS.map((k) => [k, {js: [], blink: [], retainedJs: []}]));
  for (let round = 0; round < 3; round++) {
    for (const kind of rotate(KINDS, round)) {
      await page.evaluate(() => window.bench.clear());
      const before = await heap();
      const count = await page.evaluate(([k, n]) => window.bench.fill(k, n), [kind, 1000]);
      const after = await heap();
      await page.evaluate(() => window.bench.clear());
      const removed = await heap();
      memory[kind].js.push((after.js - before.js) / count);
      memory[kind].blink.push((after.blink - before.blink) / count);
      memory[kind].retainedJs.push((removed.js - before.js) / count);
    }
  }
  console.log('Memory per card, 1,000 cards on the page, after full GCs (median of 3), bytes');
  console.log(`${''.padStart(10)} ${'JS heap'.padStart(10)} ${'Blink heap'.padStart(11)} ${'JS left after removal'.padStart(22)}`);
  for (const kind of KINDS) {
    const m = memory[kind];
    console.log(`${kind.padStart(10)} ${pad(Math.round(median(m.js)), 10)} ${pad(Number.isNaN(median(m.blink)) ? 'n/a' : Math.round(median(m.blink)), 11)} ${pad(Math.round(median(m.retainedJs)), 22)}`);
  }
  console.log(`library/vanilla JS heap ${(median(memory.library.js) / median(memory.vanilla.js)).toFixed(2)}\n`);

  // 4. Feed to first card: fresh document per sample, the feed answered after DELAY ms, each sample traced
  //    so that the main thread's CPU time inside the measured window can be read beside the wall-clock time.
  const feed = {library: {paint: [], title: [], cpu: []}, vanilla: {paint: [], title: [], cpu: []}};
  const feedPage = await context.newPage();
  feedPage.on('pageerror', (error) => pageErrors.push(String(error)));
  for (let round = -1; round < ROUNDS; round++) {
    for (const kind of rotate(['library', 'vanilla'], Math.max(round, 0))) {
      await browser.startTracing(feedPage, {categories: ['toplevel', 'blink.user_timing']});
      await feedPage.goto(`${origin}/bench/feed-${kind}.html?delay=${DELAY}&n=10&round=${round + 1}`);
      await feedPage.waitForFunction(() => window.__probe, undefined, {timeout: 15_000});
      const trace = JSON.parse((await browser.stopTracing()).toString());
      const probe = await feedPage.evaluate(() => window.__probe);
      if (probe.error) throw new Error(`feed-${kind}: ${probe.error}`);
      if (round < 0) continue;
      feed[kind].paint.push(probe.toPaint);
      feed[kind].title.push(probe.toTitle);
      feed[kind].cpu.push(mainThreadCpu(trace.traceEvents, 'probe:painted', probe.toPaint));
    }
  }
  console.log(`Feed to first card: a list of 10 from the French feed served after ${DELAY} ms; from the response's end`);
  console.log('(Resource Timing responseEnd) to the first headline in the DOM; to the task after the frame that paints it,');
  console.log('median [IQR]; main-thread CPU time in that window (from a trace)');
  for (const kind of ['library', 'vanilla']) {
    console.log(`${kind.padStart(10)} ${pad(ms(median(feed[kind].title)), 8)} ${pad(cell(feed[kind].paint), 20)} ${pad(cell(feed[kind].cpu), 20)}`);
  }
  const feedRatio = (key) => (median(feed.library[key]) / median(feed.vanilla[key])).toFixed(2);
  console.log(`library/vanilla: to paint ${feedRatio('paint')}, CPU ${feedRatio('cpu')}\n`);

  // 5. Diagnostics, after every timing: renders per card and events per connect.
  const diagnosis = await page.evaluate(() => window.bench.diagnose(100));
  const adapt = await timed(() => window.bench.adapt(5));
  console.log(`Diagnostics (library, 100 cards with .article): ${diagnosis.updatesPerCard} updates per card, ${diagnosis.contextRequestsPerCard} context-request events per card`);
  console.log(
    `Adapting the ${adapt.stories}-story feed (what a list does before its first card): ${ms(adapt.ms)} ms (median of 5), ` +
      `${adapt.domParserPerRun} DOMParser documents and ${adapt.setHTMLPerRun} setHTML calls per run`,
  );

  if (pageErrors.length) {
    console.log(`\nPage errors:\n${pageErrors.join('\n')}`);
    process.exitCode = 1;
  }
  console.log(`\nTotal time ${((Date.now() - started) / 1000).toFixed(0)} s; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} at the end`);
  if (JSON_OUT) {
    writeFileSync(JSON_OUT, `${JSON.stringify({date: new Date().toISOString(), machine: info, loadAverageAtEnd: os.loadavg(), rounds: ROUNDS, feedDelay: DELAY, render, language, memory, feed, diagnosis, adapt}, null, 2)}\n`);
    console.log(`Samples written to ${JSON_OUT}`);
  }
} finally {
  await browser.close();
  server.close();
}
