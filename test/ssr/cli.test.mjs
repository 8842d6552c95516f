/** The news-widgets-render command, as a static site's build or a CMS theme runs it. */
import {describe, it, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import {fileURLToPath} from 'node:url';
import {attr, demoFeed, find, textOf, widget} from './helpers.mjs';

const BIN = fileURLToPath(new URL('../../bin/news-widgets-render.mjs', import.meta.url));
const FEED = fileURLToPath(new URL('../../demo/data/en/feed.json', import.meta.url));

function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args]);
    // Decoded as a stream: a character split between two chunks stays whole.
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({code, stdout, stderr}));
  });
}

describe('news-widgets-render', () => {
  let server;
  let origin;
  const requests = [];
  before(async () => {
    server = http.createServer((req, res) => {
      requests.push(req.url);
      res.writeHead(200, {'Content-Type': 'application/json'});
      res.end(readFileSync(FEED));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  it('renders a widget from a feed file to an HTML fragment', async () => {
    const {code, stdout} = await run(['news-article-card', '--feed', FEED, '--src', '/feed.json', '--base', 'https://site.example/feed.json', '--lang', 'vi', '--attr', 'article-id=1002', '--attr', 'variant=compact']);
    assert.equal(code, 0);
    const {host, shadow} = widget(stdout, 'news-article-card');
    assert.equal(attr(host, 'variant'), 'compact');
    assert.equal(attr(host, 'lang'), 'vi');
    assert.equal(attr(host, 'src'), '/feed.json');
    const link = find(shadow.content, (e) => attr(e, 'part') === 'link')[0];
    assert.equal(textOf(link).trim(), demoFeed('en').items.find((i) => i.id === '1002').title);
    assert.ok(attr(link, 'href').startsWith('https://site.example/'));
  });

  it('fetches a feed URL, which is then the widget\'s src', async () => {
    const {code, stdout} = await run(['news-article-list', '--feed', `${origin}/feed.json`, '--attr', 'limit=2', '--json-ld']);
    assert.equal(code, 0);
    assert.deepEqual(requests, ['/feed.json']);
    const {host, light} = widget(stdout, 'news-article-list');
    assert.equal(attr(host, 'src'), `${origin}/feed.json`);
    assert.ok(light.some((e) => attr(e, 'type') === 'application/ld+json'));
    assert.ok(light.some((e) => attr(e, 'type') === 'application/json'));
    const bare = await run(['news-article-list', '--feed', FEED, '--src', '/feed.json', '--no-embed', '--no-fallback']);
    assert.deepEqual(widget(bare.stdout, 'news-article-list').light, [], 'neither feed nor links');
  });

  it('renders a provider with the widgets inside it', async () => {
    const {code, stdout, stderr} = await run(['news-provider', '--feed', FEED, '--src', '/feed.json', '--base', 'https://site.example/feed.json', '--child', 'news-category-nav', '--child', 'news-article-list limit=2 layout=grid', '--child', `news-related-list article-id=1001 heading="Read 'more'"`]);
    assert.equal(code, 0, stderr);
    const {host, light} = widget(stdout, 'news-provider');
    assert.equal(attr(host, 'src'), '/feed.json');
    const children = light.filter((e) => e.tagName.startsWith('news-'));
    assert.deepEqual(children.map((e) => [e.tagName, attr(e, 'limit'), attr(e, 'layout')]), [['news-category-nav', undefined, undefined], ['news-article-list', '2', 'grid'], ['news-related-list', undefined, undefined]]);
    // A quoted value keeps its spaces (and the other kind of quote).
    assert.equal(attr(children[2], 'heading'), "Read 'more'");
  });

  it('writes the whole fragment to a pipe, however large', async () => {
    // A CMS theme reads the command's output through a pipe (PHP's shell_exec), 64 KiB at a time on Linux.
    const args = ['news-article-list', '--feed', FEED, '--src', '/feed.json', '--json-ld', '--attr', 'limit=20', '--now', '2026-05-01T12:00:00Z'];
    const {code, stdout} = await run(args);
    assert.equal(code, 0);
    const file = `${mkdtempSync(`${os.tmpdir()}/news-widgets-cli-`)}/out.html`;
    assert.equal((await run([...args, '--out', file])).code, 0);
    const whole = readFileSync(file, 'utf8');
    assert.ok(whole.length > 128 * 1024, `a fragment larger than a pipe's buffer (${whole.length} characters)`);
    assert.equal(stdout.length, whole.length);
    assert.ok(stdout === whole, 'the same fragment as --out writes');
  });

  it('explains its usage, and fails with a message', async () => {
    assert.equal((await run(['--help'])).code, 0);
    const wrong = await run(['news-nope', '--feed', FEED]);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /Usage/);
    const missing = await run(['news-article-list', '--feed', '/nonexistent/feed.json']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /news-widgets-render: .*ENOENT/);
  });
});
