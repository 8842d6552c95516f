#!/usr/bin/env node
/**
 * Serves the demo on the real build: `/` leads to demo/index.html, `/dist/` the
 * built bundles. Static files only, from this folder, on loopback. Text is
 * compressed (brotli, else gzip) as any production server or CDN would send
 * it, so that Lighthouse measures the bytes a reader would download; each
 * file is compressed once and kept while it is unchanged, as a CDN would,
 * so compressing never slows an answer down.
 */
import http from 'node:http';
import {createReadStream} from 'node:fs';
import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {promisify} from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
// Quality 5, as CDNs compress on the fly: a few milliseconds for the bundle, where 11 takes hundreds.
const compressors = {br: (bytes) => brotli(bytes, {params: {[zlib.constants.BROTLI_PARAM_QUALITY]: 5}}), gzip: promisify(zlib.gzip)};
const compressed = new Map();

/** The file's bytes in `encoding`, compressed on first use and again only when the file changes. */
async function compressedFile(file, mtimeMs, encoding) {
  const key = `${encoding}:${file}`;
  const hit = compressed.get(key);
  if (hit?.mtimeMs === mtimeMs) return hit.body;
  const body = await compressors[encoding](await readFile(file));
  compressed.set(key, {mtimeMs, body});
  return body;
}

const root = process.cwd();
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

export function createServer() {
  return http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    if (pathname === '/' || pathname === '/demo') {
      // Relative URLs in the demo pages resolve against /demo/.
      res.writeHead(302, {Location: `/demo/${url.search}`});
      res.end();
      return;
    }
    if (pathname === '/favicon.ico') {
      // No icon, and no 404 in every page's console either.
      res.writeHead(204);
      res.end();
      return;
    }
    if (pathname === '/demo/ssr.html') {
      // Rendered on each request by news-widgets/ssr (see demo/ssr-page.mjs).
      try {
        const {renderSsrPage} = await import('../demo/ssr-page.mjs');
        const html = await renderSsrPage(new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`), root);
        // Compressed per answer, as a server rendering per request would (brotli 5: a few milliseconds).
        const accepted = String(req.headers['accept-encoding'] ?? '');
        const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
        const body = encoding ? await compressors[encoding](Buffer.from(html)) : html;
        res.writeHead(200, {'Content-Type': types['.html'], 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding', ...(encoding ? {'Content-Encoding': encoding} : {})});
        res.end(body);
      } catch (error) {
        res.writeHead(500, {'Content-Type': 'text/plain; charset=utf-8'});
        res.end(`Server rendering failed: ${error?.message ?? error}`);
      }
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.join(root, pathname);
    const allowed = ['demo', 'dist'].some((dir) => file.startsWith(path.join(root, dir) + path.sep));
    try {
      const info = allowed ? await stat(file) : undefined;
      if (!info?.isFile()) throw new Error('not found');
      const type = types[path.extname(file)] ?? 'application/octet-stream';
      const accepted = String(req.headers['accept-encoding'] ?? '');
      const compressible = /^(text\/|application\/json|image\/svg)/.test(type);
      const encoding = !compressible ? undefined : /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
      const body = encoding ? await compressedFile(file, info.mtimeMs, encoding) : undefined;
      res.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
        ...(encoding ? {'Content-Encoding': encoding, 'Content-Length': body.length} : {}),
      });
      if (body) res.end(body);
      else createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8'});
      res.end('Not found');
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8080);
  const server = createServer();
  server.on('error', (error) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: run with PORT=8081 npm start` : error);
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`news-widgets demo: http://localhost:${port}/`);
  });
}
