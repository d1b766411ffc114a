import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createLogger, readConfig } from '@ejournal/kit';
import request from 'supertest';
import type { AccessTokenVerifier } from '../src/access-tokens';
import { createApp } from '../src/app';
import { gatewayEnvironment } from '../src/config';
import type { Upstream } from '../src/upstream';

// The web client (issue #14) served by the gateway on the API's origin: its files, its page for
// client-side routes, and the API kept as it was.
const PAGE = '<!doctype html><html><head><script type="module" crossorigin src="/assets/app-123.js"></script></head><body><div id="root"></div></body></html>';
const BROWSER_NAVIGATION = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

function gatewayServing(webRoot: string, perMinute = 1_000) {
  const logger = createLogger('gateway');
  logger.silent = true;
  return createApp({
    upstream: {} as Upstream,
    logger,
    verifier: { verify: async () => undefined } as unknown as AccessTokenVerifier,
    isReady: () => true,
    limits: { perMinute, authPerMinute: 1_000 },
    webRoot,
  });
}

describe('the web client served by the gateway', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'web-client-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), PAGE);
    writeFileSync(join(root, 'assets', 'app-123.js'), 'document.getElementById("root").textContent = "журнал";\n');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('serves its page at / without a token, revalidated on every load, with the security headers', async () => {
    const response = await request(gatewayServing(root)).get('/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.text).toBe(PAGE);
    // helmet's: scripts and styles from the origin itself, nothing inline for scripts.
    const policy = response.headers['content-security-policy'];
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("script-src-attr 'none'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('serves hashed assets as immutable for a year, with the security headers', async () => {
    const response = await request(gatewayServing(root)).get('/assets/app-123.js');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers a missing asset 404 (not the page, not a demand for a token)', async () => {
    const response = await request(gatewayServing(root)).get('/assets/app-999.js').set('Accept', BROWSER_NAVIGATION);
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.type).toBe('urn:ejournal:problem:not-found');
  });

  it('answers a browser navigation to a client-side route with the page', async () => {
    const app = gatewayServing(root);
    for (const path of ['/journal/xyz', '/journal/abc/lessons?week=2026-09-07', '/diary']) {
      const response = await request(app).get(path).set('Accept', BROWSER_NAVIGATION);
      expect({ path, status: response.status, cache: response.headers['cache-control'], page: response.text === PAGE }).toEqual({ path, status: 200, cache: 'no-cache', page: true });
    }
    expect((await request(app).get('/journal/xyz').set('Accept', 'text/html')).text).toBe(PAGE);
  });

  it('does not answer with the page what is not a navigation: JSON, pictures, scripts, commands', async () => {
    const app = gatewayServing(root);
    for (const [method, accept] of [
      ['get', 'application/json'],
      ['get', '*/*'],
      ['get', 'image/avif,image/webp,image/*,*/*;q=0.8'],
      ['post', BROWSER_NAVIGATION],
    ] as const) {
      const response = await request(app)[method]('/journal/xyz').set('Accept', accept);
      expect({ method, accept, status: response.status, page: response.text === PAGE }).toEqual({ method, accept, status: 401, page: false });
    }
  });

  it('keeps the gateway own paths: the API, its description, readiness and keys are never the page', async () => {
    const app = gatewayServing(root);
    const api = await request(app).get('/api/v1/unknown').set('Accept', BROWSER_NAVIGATION);
    expect(api.status).toBe(401);
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect(api.text).not.toContain('<div id="root">');
    const description = await request(app).get('/api/openapi.json').set('Accept', BROWSER_NAVIGATION);
    expect(description.status).toBe(200);
    expect(description.body.openapi).toBe('3.1.0');
    const ready = await request(app).get('/readyz').set('Accept', BROWSER_NAVIGATION);
    expect(ready.body).toEqual({ status: 'ready' });
    for (const path of ['/api', '/api/v2/anything', '/.well-known/openid-configuration', '/healthz/extra', '/openapi.yaml']) {
      const response = await request(app).get(path).set('Accept', BROWSER_NAVIGATION);
      expect({ path, page: response.text === PAGE }).toEqual({ path, page: false });
    }
  });

  it('does not count its files against the API rate limit', async () => {
    const app = gatewayServing(root, 2);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await request(app).get('/assets/app-123.js')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
  });
});

describe('the gateway without a built web client', () => {
  const missing = join(tmpdir(), 'web-client-never-built', 'dist');

  it('answers / with a problem document saying the client is not built, and goes on serving', async () => {
    const app = gatewayServing(missing);
    const response = await request(app).get('/').set('Accept', BROWSER_NAVIGATION);
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.headers['cache-control']).toBeUndefined();
    expect(response.body).toMatchObject({ type: 'urn:ejournal:problem:web-client-not-built', title: 'Веб-клиент не собран', status: 404, instance: '/' });
    expect(response.body.detail).toContain('make up');
    expect(response.headers['content-security-policy']).toBeDefined();
    expect((await request(app).get('/journal/xyz').set('Accept', BROWSER_NAVIGATION)).body.type).toBe('urn:ejournal:problem:web-client-not-built');
    expect((await request(app).get('/assets/app-123.js')).status).toBe(404);
    expect((await request(app).get('/readyz')).status).toBe(200);
  });
});

describe('WEB_ROOT', () => {
  const required = { CREDENTIALS_DIR: '/credentials', AMQP_URL: 'amqp://127.0.0.1:5672' };

  it("is the repository's web/dist by default (from gateway/src here, from gateway/dist when built), a given path made absolute", () => {
    expect(readConfig(gatewayEnvironment, required).WEB_ROOT).toBe(resolve(__dirname, '../../web/dist'));
    expect(readConfig(gatewayEnvironment, { ...required, WEB_ROOT: 'client/build' }).WEB_ROOT).toBe(resolve('client/build'));
  });
});
