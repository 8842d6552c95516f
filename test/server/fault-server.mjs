/**
 * A real HTTP server on 127.0.0.1 for network tests. Every route but /no-cors
 * answers with CORS headers so the browser under test may read it.
 *
 * Tests pass a unique `key` query parameter; the server counts hits per key
 * and remembers whether the last request of a key finished or was closed
 * early by the client, and reports both (waiting for them if asked):
 *   /hits?of=KEY[&min=N]   {count}, once count >= N (or after 5 s)
 *   /closed?of=KEY[&wait=0] {closed: true|false}, once that request ended
 *                           (or {closed: null} if it has not, after 5 s or at once with wait=0)
 *
 * Routes that answer something:
 *   /json?body=TEXT            the body as given
 *   /feed?key=K                small JSON with the hit number, X-WP-Total(Pages) exposed
 *   /echo                      JSON of the request headers the server received
 *   /utf8                      JSON with accented text, split inside a character across writes
 *   /slow?ms=N                 JSON after N ms
 *   /hang                      nothing, until the client goes away
 *   /drip?ms=N&n=M             a JSON array, one small piece every N ms, M pieces
 *   /status?code=N             that status, small JSON body
 *   /flaky?fail=N&code=C[&retryAfter=S][&as=feed]  the first N hits answer C, then JSON (a JSON Feed with as=feed)
 *   /wp-posts?page=N           WordPress posts, two a page, X-WP-TotalPages: 2
 *   /once[?code=C][&as=feed]   JSON on the first hit (a JSON Feed with as=feed), C (default 500) after that
 *   /invalid-json /truncated-json /html   200 with a body that is not JSON
 *   /big?mb=N                  N MiB of a JSON array, streamed without Content-Length
 *   /big-declared?mb=N         the same with Content-Length
 *   /redirect?to=PATH          302 to PATH;  /redirect-loop  302 to itself forever
 *   /no-cors                   JSON without CORS headers
 *
 * Routes for the resilience tests (test/resilience):
 *   /refuse                    closes the connection without answering, as an unreachable server
 *   /healable?key=K&fault=ROUTE[&...]  behaves like /ROUTE (any route above, or refuse) until
 *                              /heal?of=K, then answers a small JSON Feed ("Healed (hit N)", category "Healed");
 *                              the faulty answers count under the key K:fault
 *   /heal?of=K                 flips that switch
 *   /slow-feed?ms=N[&title=T][&n=M]  a JSON Feed of M articles (ids 1..M, titles "T · i") after N ms
 *   /drip-feed?ms=N&n=M        a JSON Feed whose M articles arrive one every N ms
 */
import http from 'node:http';
import {EventEmitter} from 'node:events';

const MiB = 1024 * 1024;
const LONG_POLL_MS = 5_000;

export async function startFaultServer() {
  const hits = new Map();
  /** key -> 'finished' | 'closed', for the latest request of that key. */
  const endings = new Map();
  const changes = new EventEmitter();
  /** Keys of /healable whose fault was cleared. */
  const healed = new Set();
  changes.setMaxListeners(0);

  /** Answers `answer()` as soon as it is not undefined, else `fallback` after a while. */
  function longPoll(res, answer, fallback, waitMs = LONG_POLL_MS) {
    const reply = (value) => {
      clearTimeout(timer);
      changes.off('change', check);
      if (!res.destroyed) sendJson(res, value);
    };
    const check = () => {
      const value = answer();
      if (value !== undefined) reply(value);
    };
    const timer = setTimeout(() => reply(fallback), waitMs);
    changes.on('change', check);
    res.on('close', () => {
      clearTimeout(timer);
      changes.off('change', check);
    });
    check();
  }

  const server = http.createServer(function handle(req, res) {
    const url = new URL(req.url, 'http://127.0.0.1');
    const params = url.searchParams;
    const route = url.pathname;
    const key = params.get('key') ?? route;
    res.on('error', () => {});
    if (route !== '/no-cors') {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Expose-Headers', '*');
    }
    res.setHeader('Cache-Control', 'no-store');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {'Access-Control-Allow-Methods': 'GET', 'Access-Control-Allow-Headers': '*'});
      res.end();
      return;
    }
    const hit = (hits.get(key) ?? 0) + 1;
    hits.set(key, hit);
    endings.delete(key);
    res.on('close', () => {
      endings.set(key, res.writableFinished ? 'finished' : 'closed');
      changes.emit('change');
    });
    changes.emit('change');

    const number = (name, fallback) => {
      const value = Number(params.get(name) ?? fallback);
      return Number.isFinite(value) ? value : fallback;
    };

    switch (route) {
      case '/hits': {
        const of = params.get('of');
        const min = number('min', 0);
        const count = () => hits.get(of) ?? 0;
        return longPoll(res, () => (count() >= min ? {count: count()} : undefined), {count: count()});
      }
      case '/closed': {
        const of = params.get('of');
        const ended = () => (endings.has(of) ? {closed: endings.get(of) === 'closed'} : undefined);
        return longPoll(res, ended, {closed: null}, params.get('wait') === '0' ? 0 : LONG_POLL_MS);
      }
      case '/json':
        res.setHeader('Content-Type', 'application/json');
        return res.end(params.get('body') ?? '{}');
      case '/feed':
        res.setHeader('X-WP-Total', '3');
        res.setHeader('X-WP-TotalPages', '3');
        res.setHeader('Access-Control-Expose-Headers', 'X-WP-Total, X-WP-TotalPages');
        return sendJson(res, {
          key,
          hit,
          items: [{id: 1, title: 'Élections : les résultats à Montréal'}],
        });
      case '/wp-posts': {
        // WordPress paging: two posts a page, the page count in a header.
        const page = number('page', 1);
        res.setHeader('X-WP-TotalPages', '2');
        res.setHeader('X-WP-Total', '4');
        const posts = [1, 2].map((n) => ({
          id: page * 10 + n,
          date_gmt: `2026-11-0${page}T0${n}:00:00`,
          link: `https://wp.example/?p=${page * 10 + n}`,
          title: {rendered: `Post ${page}.${n}`},
          excerpt: {rendered: '<p>Excerpt</p>'},
        }));
        return sendJson(res, page <= 2 ? posts : [], page <= 2 ? 200 : 400);
      }
      case '/echo':
        return sendJson(res, {headers: req.headers});
      case '/utf8': {
        const bytes = Buffer.from(JSON.stringify({title: 'Crème brûlée à l’Élysée — 日本'}));
        const cut = bytes.indexOf(0xc3) + 1; // inside the two-byte "è"
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.write(bytes.subarray(0, cut));
        const timer = setTimeout(() => res.end(bytes.subarray(cut)), 30);
        return res.on('close', () => clearTimeout(timer));
      }
      case '/slow': {
        const timer = setTimeout(() => sendJson(res, {hit, slow: true}), number('ms', 100));
        return res.on('close', () => clearTimeout(timer));
      }
      case '/hang':
        return undefined;
      case '/drip': {
        res.writeHead(200, {'Content-Type': 'application/json'});
        res.write('[');
        let left = number('n', 100);
        const timer = setInterval(() => {
          if (--left > 0) return void res.write('0,');
          clearInterval(timer);
          res.end('0]');
        }, number('ms', 100));
        return res.on('close', () => clearInterval(timer));
      }
      case '/status': {
        const code = number('code', 500);
        return sendJson(res, {error: `status ${code}`}, code);
      }
      case '/flaky': {
        if (hit > number('fail', 1)) return sendJson(res, params.get('as') === 'feed' ? tinyFeed(`Back online (hit ${hit})`) : {ok: true, hit});
        const retryAfter = params.get('retryAfter');
        if (retryAfter !== null) res.setHeader('Retry-After', retryAfter);
        return sendJson(res, {error: 'flaky'}, number('code', 503));
      }
      case '/once':
        if (hit === 1) return sendJson(res, params.get('as') === 'feed' ? tinyFeed('Once') : {hit});
        return sendJson(res, {error: 'gone'}, number('code', 500));
      case '/invalid-json':
        res.setHeader('Content-Type', 'application/json');
        return res.end('{"items": [1, 2,, 3]}');
      case '/truncated-json':
        res.setHeader('Content-Type', 'application/json');
        return res.end('{"items": [{"id": 1}, {"id"');
      case '/html':
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        return res.end('<!doctype html>\n<html lang="fr"><title>Actualités</title><h1>Bienvenue</h1></html>');
      case '/big':
        return streamJsonArray(res, number('mb', 1) * MiB, false);
      case '/big-declared':
        return streamJsonArray(res, number('mb', 1) * MiB, true);
      case '/redirect':
        res.writeHead(302, {Location: params.get('to') ?? '/json'});
        return res.end();
      case '/redirect-loop':
        res.writeHead(302, {Location: `/redirect-loop?key=${encodeURIComponent(key)}&hop=${hit}`});
        return res.end();
      case '/no-cors':
        return sendJson(res, {secret: true});
      case '/refuse':
        // No status line at all: to the browser, as if the server could not be reached.
        return req.socket.destroy();
      case '/heal':
        healed.add(params.get('of'));
        return sendJson(res, {healed: true});
      case '/healable': {
        if (healed.has(key)) return sendJson(res, healedFeed(`Healed (hit ${hit})`));
        const inner = new URLSearchParams(params);
        inner.delete('fault');
        inner.set('key', `${key}:fault`);
        const fault = params.get('fault') ?? 'refuse';
        if (fault === 'no-cors') {
          res.removeHeader('Access-Control-Allow-Origin');
          res.removeHeader('Access-Control-Expose-Headers');
        }
        req.url = `/${fault}?${inner}`;
        return handle(req, res);
      }
      case '/slow-feed': {
        const title = params.get('title') ?? key;
        const timer = setTimeout(() => sendJson(res, feedOf(title, number('n', 1))), number('ms', 100));
        return res.on('close', () => clearTimeout(timer));
      }
      case '/drip-feed': {
        const total = Math.max(1, number('n', 10));
        res.writeHead(200, {'Content-Type': 'application/json; charset=utf-8'});
        res.write('{"version":"https://jsonfeed.org/version/1.1","items":[');
        let sent = 0;
        const timer = setInterval(() => {
          const item = {id: `drip-${sent + 1}`, url: `https://news.example/drip-${sent + 1}`, title: `Drip ${sent + 1}`};
          res.write(`${sent ? ',' : ''}${JSON.stringify(item)}`);
          if (++sent < total) return;
          clearInterval(timer);
          res.end(']}');
        }, number('ms', 100));
        return res.on('close', () => clearInterval(timer));
      }
      default:
        res.statusCode = 404;
        return res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        // Hanging and long-poll requests would otherwise keep close() waiting.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The smallest JSON Feed a widget can show. */
function tinyFeed(title) {
  return {version: 'https://jsonfeed.org/version/1.1', items: [{id: 'tiny-1', url: 'https://news.example/tiny-1', title}]};
}

/** The answer of a healed /healable: one article, with a category for the category nav. */
function healedFeed(title) {
  const feed = tinyFeed(title);
  feed.items[0]._news = {category: {name: 'Healed', slug: 'healed'}};
  return feed;
}

/** A JSON Feed of `count` articles, ids "1".."count", titles "title · i". */
function feedOf(title, count) {
  const items = Array.from({length: Math.max(1, count)}, (_, i) => ({
    id: String(i + 1),
    url: `https://news.example/${encodeURIComponent(title)}/${i + 1}`,
    title: `${title} · ${i + 1}`,
  }));
  return {version: 'https://jsonfeed.org/version/1.1', items};
}

function sendJson(res, value, status = 200) {
  res.writeHead(status, {'Content-Type': 'application/json; charset=utf-8'});
  res.end(JSON.stringify(value));
}

/**
 * Writes about `bytes` of a JSON array from one reused chunk, waiting for
 * 'drain' (so memory stays bounded) and stopping when the client goes away.
 */
function streamJsonArray(res, bytes, declareLength) {
  const chunk = Buffer.from(`${JSON.stringify('x'.repeat(1022))},`.repeat(64));
  const count = Math.max(1, Math.ceil(bytes / chunk.length));
  const head = '[';
  const tail = '0]';
  res.setHeader('Content-Type', 'application/json');
  if (declareLength) res.setHeader('Content-Length', head.length + count * chunk.length + tail.length);
  res.write(head);
  let sent = 0;
  const pump = () => {
    while (!res.destroyed && sent < count) {
      sent++;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end(tail);
  };
  pump();
}
