// @vitest-environment node
// The static server behind `npm start`, the browser tests and the bench: long links are served, a
// malformed path is refused without taking the server down, and every response carries the security
// headers, the Content-Security-Policy being the one in the page's own <meta>.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metaPolicy, type StaticServer, serveStatic } from '../../scripts/lib/serve.mjs';

let tmp = '';
let server: StaticServer;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'atlas-serve-'));
  const root = join(tmp, 'site');
  mkdirSync(root);
  // A sibling whose name starts with the root's, as dist-bench sits beside dist.
  mkdirSync(join(tmp, 'site-private'));
  writeFileSync(join(tmp, 'site-private', 'secret.txt'), 'secret');
  copyFileSync('index.html', join(root, 'index.html'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'app.js'), 'export {};\n');
  server = await serveStatic(root);
});
afterAll(async () => {
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** A GET with the raw path as given (fetch would normalise it), to the status and headers. */
function get(path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

const SOURCE_POLICY = metaPolicy(readFileSync('index.html', 'utf8'));

describe('long links', () => {
  it('serves the app for a ~20 KB URL (Node’s default 16 KB header limit answered 431)', async () => {
    const r = await get(`/?area=${'x'.repeat(20_000)}&strategy=yrd`);
    expect(r.status).toBe(200);
    expect(r.body).toContain('<div id="root">');
  });

  it('serves a URL as long as Chromium sends (2 MiB)', async () => {
    const r = await get(`/?brief=${'9'.repeat(2 * 1024 * 1024 - 100)}`);
    expect(r.status).toBe(200);
  });
});

describe('malformed requests', () => {
  it('answers 400 to a path that is not valid percent-encoding, and keeps serving', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/assets/%zz.js')).status).toBe(400);
    expect((await get('/')).status).toBe(200);
  });

  it('does not serve files outside the root', async () => {
    expect((await get('/..%2f..%2fetc%2fpasswd')).status).toBe(403);
    expect((await get('/..%2fsite-private%2fsecret.txt')).status).toBe(403);
  });
});

describe('security headers', () => {
  it('the page’s <meta> policy forbids <base> and form submissions', () => {
    expect(SOURCE_POLICY).toContain("base-uri 'none'");
    expect(SOURCE_POLICY).toContain("form-action 'none'");
    expect(SOURCE_POLICY).toContain("default-src 'self'");
  });

  it('the bench’s floor page carries the same policy as the app', () => {
    expect(metaPolicy(readFileSync('scripts/bench/floor/floor.html', 'utf8'))).toBe(SOURCE_POLICY);
  });

  it.each(['/', '/index.html', '/assets/app.js', '/missing'])('are sent with %s', async (path) => {
    const r = await get(path);
    expect(r.headers['content-security-policy']).toBe(`${SOURCE_POLICY}; frame-ancestors 'self'`);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
  });

  // The embed view is for other sites' pages; the full app, and anything that is not a page, is not.
  it.each([
    ['/?embed=1', '*'],
    ['/index.html?area=pudong&embed=1', '*'],
    ['/?embed=yes', "'self'"],
    ['/?embed=0&embed=1', "'self'"],
    ['/assets/app.js?embed=1', "'self'"],
  ])('let %s be framed by %s', async (path, ancestors) => {
    const r = await get(path);
    expect(r.headers['content-security-policy']).toBe(`${SOURCE_POLICY}; frame-ancestors ${ancestors}`);
  });
});

describe('metaPolicy', () => {
  it('reads the policy whatever the attribute order, quoting and case', () => {
    expect(metaPolicy(`<meta content="default-src 'none'" http-equiv="content-security-policy">`)).toBe(
      "default-src 'none'",
    );
    expect(metaPolicy(`<META HTTP-EQUIV='Content-Security-Policy' CONTENT="img-src &#39;self&#39;" />`)).toBe(
      "img-src 'self'",
    );
    expect(metaPolicy('<meta charset="utf-8"><title>x</title>')).toBeNull();
  });
});
