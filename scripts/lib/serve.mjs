// A small static file server for the production build: used by `npm start`, the browser tests and
// the benchmark, so all three load the app the same way. Loopback only; gzip and security headers
// like a real host.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
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
 * The longest request head served: Chromium sends URLs of up to 2 MiB (url::kMaxURLChars), and a
 * link that long must open the app (with notices for what it ignores), not Node's default 16 KB
 * limit's 431 and the browser's error page. The rest is room for the other headers (no Referer
 * carries the URL again: the pages are sent with Referrer-Policy: no-referrer).
 */
export const MAX_HEADER_BYTES = 2 * 1024 * 1024 + 64 * 1024;

/** What the browser is told besides the policy: no MIME sniffing, no referrer to anyone. */
const FIXED_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };

/**
 * Directives only an HTTP header can carry (a <meta> policy ignores them): the app may be framed by
 * its own pages only, so no other site can overlay it (clickjacking).
 */
const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'self'";

/**
 * The embed view (`?embed=1`) is made to sit in other sites' pages, so any page may frame it. It
 * shows the map and the details and offers nothing that changes anything (no editor, no import), so
 * an overlay has nothing to trick a click into. The header follows the query of the page request:
 * the full app, at any other URL, stays framable by its own pages only.
 */
const EMBED_DIRECTIVES = 'frame-ancestors *';

/**
 * Whether a page request asks for the embed view, as the app reads it (url.ts: `embed=1`, the first
 * value).
 * @param {URL} url
 */
export const isEmbedRequest = (url) => url.searchParams.get('embed') === '1';

/** @param {string} v  an HTML attribute value: only the entities a policy could hold are decoded */
const unescapeAttr = (v) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The Content-Security-Policy of an HTML page's `<meta http-equiv>`, or null. The page's meta is the
 * one place the policy is written (it also holds when the app is opened from a file); the server
 * repeats it as a header, adding what only a header can say. Read from our own built HTML, so a
 * small attribute reader does, not a general HTML parser.
 * @param {string} html
 * @returns {string | null}
 */
export function metaPolicy(html) {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    /** @type {Record<string, string>} */
    const attrs = {};
    for (const m of tag.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attrs[m[1].toLowerCase()] = unescapeAttr(m[2] ?? m[3] ?? '');
    }
    if (attrs['http-equiv']?.toLowerCase() === 'content-security-policy' && attrs.content) {
      return attrs.content.trim().replace(/;\s*$/, '');
    }
  }
  return null;
}

/**
 * The security headers for a response: `policy` is the page's own (for an HTML file) or the site's
 * (the root's index.html, for everything else: a worker script runs under its own response's policy).
 * `embed`: the page is the embed view, which other sites may frame.
 * @param {string | null} policy
 * @param {{ embed?: boolean }} [options]
 * @returns {Record<string, string>}
 */
export function securityHeaders(policy, { embed = false } = {}) {
  const framing = embed ? EMBED_DIRECTIVES : HEADER_ONLY_DIRECTIVES;
  return {
    ...FIXED_HEADERS,
    ...(policy ? { 'content-security-policy': `${policy}; ${framing}` } : {}),
  };
}

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
  /** @type {Map<string, string | null>} the policy in each HTML file's meta */
  const policies = new Map();
  /** @param {string} file */
  const policyOf = (file) => {
    if (!policies.has(file))
      policies.set(file, existsSync(file) ? metaPolicy(readFileSync(file, 'utf8')) : null);
    return policies.get(file) ?? null;
  };
  const sitePolicy = () => policyOf(join(base, 'index.html'));
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    /** @param {number} status */
    const refuse = (status) =>
      res.writeHead(status, { ...securityHeaders(sitePolicy()), 'content-type': 'text/plain' }).end();
    let url;
    let pathname;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
      pathname = decodeURIComponent(url.pathname);
    } catch {
      refuse(400); // not valid percent-encoding (or not a URL): a bad request, not a crash
      return;
    }
    requests.push(url.pathname);
    let path = normalize(join(base, pathname));
    // Under the root itself, not merely a path starting with its name (dist-bench beside dist).
    if (path !== base && !path.startsWith(`${base}${sep}`)) {
      refuse(403);
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404, { ...securityHeaders(sitePolicy()), 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(path);
    const headers = {
      ...securityHeaders(ext === '.html' ? policyOf(path) : sitePolicy(), {
        embed: ext === '.html' && isEmbedRequest(url),
      }),
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
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
