// A small static file server for the production build: used by `npm start`, the browser tests and
// the benchmark, so all three load the app the same way. Loopback only; gzip like a real host.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};
/** What the server gzips (level 9); everything else goes as it is. */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.txt']);

/**
 * A running server: its base URL, and the path of every request so far, in order.
 * @typedef {{ url: string, port: number, requests: string[], close: () => Promise<void> }} StaticServer
 */

/**
 * Serves `root` on 127.0.0.1. Resolves to { url, port, close, requests } once listening.
 * @param {string} root
 * @param {{ port?: number, log?: boolean }} [options]  port 0: any free one
 * @returns {Promise<StaticServer>}
 */
export function serveStatic(root, { port = 0, log = false } = {}) {
  const base = resolve(root);
  /** @type {Map<string, Buffer>} */
  const gzCache = new Map();
  /** @type {string[]} */
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(path);
    const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (log) console.log(req.method, url.pathname);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      let body = gzCache.get(path);
      if (!body) {
        body = gzipSync(readFileSync(path), { level: 9 });
        gzCache.set(path, body);
      }
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
      res.end(body);
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': statSync(path).size });
    createReadStream(path).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      // Listening on a TCP port, so the address is an AddressInfo (not a pipe's name, nor null).
      const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
      ok({
        url: `http://127.0.0.1:${actual}/`,
        port: actual,
        requests,
        close: () => /** @type {Promise<void>} */ (new Promise((done) => server.close(() => done()))),
      });
    });
  });
}
