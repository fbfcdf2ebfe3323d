/**
 * Every status the shipped deploy/nginx.conf can answer with carries each security header
 * exactly once (a 416 used to send all of them twice), and a folder without index.html is the
 * Dutch 404, never nginx's own 403 and never cached for a year. Real nginx, over TLS.
 */
import { chmodSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startNginx, type RunningNginx } from '../../scripts/nginx.ts';
import { securityHeaders } from '../../src/lib/security-headers.ts';
import { DIST, listFiles, readDist } from '../helpers/dist.ts';
import { headerProblems } from '../helpers/header-checks.ts';
import { rawRequest, type RawResponse } from '../helpers/http.ts';

const nginx = inject('nginx');
const astroCss = listFiles().find((file) => /^_astro\/.+\.css$/.test(file))!;
const HEADERS = [...Object.keys(securityHeaders('document', { https: true })), 'Cache-Control'].map(
  (name) => name.toLowerCase(),
);

const https = (
  server: { httpsUrl: string; certificate: string },
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
) =>
  rawRequest(`${server.httpsUrl}${path}`, {
    ca: server.certificate,
    method: options.method ?? 'GET',
    headers: { Host: nginx.serverName, ...options.headers },
  });

/** How often each security header was sent: `{ 'content-security-policy': 1, … }`. */
function counts(response: RawResponse): Record<string, number> {
  return Object.fromEntries(HEADERS.map((name) => [name, response.all(name).length]));
}

describe('each security header exactly once on every status', () => {
  let forbidden: RunningNginx;
  let root: string;
  const seen: Record<number, RawResponse> = {};

  beforeAll(async () => {
    // A file nginx's workers may not read: the only way this site answers 403.
    root = mkdtempSync(join(tmpdir(), 'gt-403-'));
    chmodSync(root, 0o755);
    for (const file of ['index.html', '404.html']) cpSync(join(DIST, file), join(root, file));
    writeFileSync(join(root, 'geheim.txt'), 'niet voor het web\n');
    chmodSync(join(root, 'geheim.txt'), 0o000);
    forbidden = await startNginx({
      root,
      prefix: join('.nginx', `${process.pid}-403`),
      workerUser: 'nobody nogroup',
    });
  });

  afterAll(async () => {
    await forbidden?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
    const table = Object.entries(seen).map(
      ([status, response]) => `${status}: ${Object.values(counts(response)).join(' ')}`,
    );
    console.log(`security headers per status (${HEADERS.join(', ')}):\n${table.join('\n')}`);
  });

  const cases: [status: number, what: string, request: () => Promise<RawResponse>][] = [
    [200, 'GET /', () => https(nginx, '/')],
    [206, 'a range of /', () => https(nginx, '/', { headers: { Range: 'bytes=0-10' } })],
    [301, '/artikelen without its slash', () => https(nginx, '/artikelen')],
    [
      304,
      'a conditional GET /rss.xml',
      async () =>
        https(nginx, '/rss.xml', {
          headers: { 'If-None-Match': (await https(nginx, '/rss.xml')).one('etag')! },
        }),
    ],
    [403, 'a file the server may not read', () => https(forbidden, '/geheim.txt')],
    [404, 'an unknown page', () => https(nginx, '/bestaat-niet/')],
    [405, 'POST /', () => https(nginx, '/', { method: 'POST' })],
    [
      413,
      'a 2 MB request body',
      () => https(nginx, '/', { method: 'POST', headers: { 'Content-Length': '2000000' } }),
    ],
    [414, 'a 10 000-character address', () => https(nginx, `/${'a'.repeat(10_000)}`)],
    [
      416,
      'a range beyond the end of /',
      () => https(nginx, '/', { headers: { Range: 'bytes=9999999-' } }),
    ],
  ];

  it.each(cases)('%i (%s)', async (status, _what, request) => {
    const response = await request();
    seen[status] = response;
    expect(response.status).toBe(status);
    expect(counts(response)).toEqual(Object.fromEntries(HEADERS.map((name) => [name, 1])));
    expect(headerProblems(response.headers, { https: true })).toEqual([]);
  });

  it('an error is never cached for a year, also under /_astro/', async () => {
    for (const response of [
      await https(nginx, '/_astro/', { method: 'POST' }),
      await https(nginx, '/_astro/bestaat-niet.css'),
      await https(nginx, `/${astroCss}`, { headers: { Range: 'bytes=9999999-' } }),
    ]) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.one('cache-control')).toBe('no-cache');
    }
  });
});

describe('a folder without index.html', () => {
  it.each(['/_astro/', '/pagefind/', '/.well-known/'])(
    '%s is the Dutch 404, not cached',
    async (path) => {
      const response = await https(nginx, path);
      expect(response.status).toBe(404);
      expect(response.body.toString('utf8')).toBe(readDist('404.html'));
      expect(response.one('cache-control')).toBe('no-cache');
      expect(headerProblems(response.headers, { https: true })).toEqual([]);
    },
  );

  it('while a folder with index.html still is a page, and without its slash a 301', async () => {
    expect((await https(nginx, '/artikelen/')).status).toBe(200);
    expect((await https(nginx, '/pagefind')).status).toBe(301);
  });
});
