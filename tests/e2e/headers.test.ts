/**
 * Served headers (H1–H11) from real nginx running the shipped deploy/nginx.conf: over TLS (a
 * throw-away certificate) for the production server block, over plain HTTP for what the browser
 * tests see, and through the HTTP→HTTPS redirect server. The local `npm start` server must send
 * the same headers.
 *
 * What this cannot show: that a browser accepts HSTS from the real certificate (the test
 * certificate is self-signed, and HSTS is only honoured over trusted TLS), and that no CDN in
 * front of the server adds a second copy of a header (QUALITY.md's CDN trap).
 */
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startNginx, type RunningNginx } from '../../scripts/nginx.ts';
import { startServer } from '../../scripts/serve.ts';
import { securityHeaders } from '../../src/lib/security-headers.ts';
import { site } from '../../src/site.config.ts';
import { DIST, listFiles, readDist } from '../helpers/dist.ts';
import { headerProblems } from '../helpers/header-checks.ts';
import { rawRequest } from '../helpers/http.ts';
import { pageExamples } from '../helpers/page-types.ts';
import { securityTxtProblems } from '../helpers/security-txt-checks.ts';

const nginx = inject('nginx');
const files = listFiles();
const article = pageExamples().examples.find((e) => e.type.name === 'article')!;
/** A file the build must have: the header cases below need one of each kind. */
function required(file: string | undefined, what: string): string {
  if (!file) throw new Error(`dist/ has no ${what}; the header tests need one`);
  return file;
}
const astroCss = required(
  files.find((f) => /^_astro\/.+\.css$/.test(f)),
  '/_astro/*.css',
);
const astroJs = required(
  files.find((f) => /^_astro\/.+\.js$/.test(f)),
  '/_astro/*.js (an island)',
);
const worker = required(
  files.find((f) => f === 'pagefind/pagefind-worker.js'),
  'pagefind worker',
);
const unknown = `/bestaat-niet-${process.pid}/`;

const JS = /^(?:text|application)\/javascript(?:;\s*charset=utf-8)?$/i;

/** Path, expected status, type, cache and CORP. */
const CASES: {
  path: string;
  status: number;
  type: RegExp;
  cache: string;
  corp: 'same-origin' | 'cross-origin';
}[] = [
  {
    path: '/',
    status: 200,
    type: /^text\/html; charset=utf-8$/,
    cache: 'no-cache',
    corp: 'same-origin',
  },
  {
    path: article.url,
    status: 200,
    type: /^text\/html; charset=utf-8$/,
    cache: 'no-cache',
    corp: 'same-origin',
  },
  {
    path: unknown,
    status: 404,
    type: /^text\/html; charset=utf-8$/,
    cache: 'no-cache',
    corp: 'same-origin',
  },
  {
    path: `/${astroCss}`,
    status: 200,
    type: /^text\/css(;\s*charset=utf-8)?$/,
    cache: 'public, max-age=31536000, immutable',
    corp: 'same-origin',
  },
  {
    path: `/${astroJs}`,
    status: 200,
    type: JS,
    cache: 'public, max-age=31536000, immutable',
    corp: 'same-origin',
  },
  { path: `/${worker}`, status: 200, type: JS, cache: 'no-cache', corp: 'same-origin' },
  { path: '/pagefind/pagefind.js', status: 200, type: JS, cache: 'no-cache', corp: 'same-origin' },
  {
    path: '/pagefind/pagefind-entry.json',
    status: 200,
    type: /^application\/json/,
    cache: 'no-cache',
    corp: 'same-origin',
  },
  {
    path: '/rss.xml',
    status: 200,
    type: /^application\/(rss\+)?xml(; charset=utf-8)?$/,
    cache: 'no-cache',
    corp: 'cross-origin',
  },
  // A feed in a subfolder is RSS too, not the text/xml of mime.types (deploy-config.ts).
  {
    path: '/reeks/gt-connect/rss.xml',
    status: 200,
    type: /^application\/rss\+xml(; charset=utf-8)?$/,
    cache: 'no-cache',
    corp: 'cross-origin',
  },
  {
    path: '/sitemap-index.xml',
    status: 200,
    type: /^(application|text)\/xml(; charset=utf-8)?$/,
    cache: 'no-cache',
    corp: 'cross-origin',
  },
  // A share preview: a stable name (no hash), so revalidated like the favicon; other sites may embed it.
  {
    path: '/og/index.png',
    status: 200,
    type: /^image\/png$/,
    cache: 'no-cache',
    corp: 'cross-origin',
  },
  {
    path: '/favicon.svg',
    status: 200,
    type: /^image\/svg\+xml(; charset=utf-8)?$/,
    cache: 'no-cache',
    corp: 'cross-origin',
  },
  {
    path: '/.well-known/security.txt',
    status: 200,
    type: /^text\/plain(; charset=utf-8)?$/,
    cache: 'no-cache',
    corp: 'same-origin',
  },
  {
    path: '/.git/config',
    status: 404,
    type: /^text\/html; charset=utf-8$/,
    cache: 'no-cache',
    corp: 'same-origin',
  },
  {
    path: '/.env',
    status: 404,
    type: /^text\/html; charset=utf-8$/,
    cache: 'no-cache',
    corp: 'same-origin',
  },
  {
    path: '/_headers',
    status: 404,
    type: /^text\/html; charset=utf-8$/,
    cache: 'no-cache',
    corp: 'same-origin',
  },
];

const https = (path: string, headers: Record<string, string> = {}) =>
  rawRequest(`${nginx.httpsUrl}${path}`, {
    ca: nginx.certificate,
    headers: { Host: nginx.serverName, ...headers },
  });

describe('served headers over HTTPS (production server block)', () => {
  it.each(CASES)('$path: H1–H7 with status $status', async ({ path, status }) => {
    const response = await https(path);
    expect(response.status).toBe(status);
    expect(headerProblems(response.headers, { https: true })).toEqual([]);
  });

  it.each(CASES)(
    '$path: H9 content type and H10 cache and CORP',
    async ({ path, type, cache, corp }) => {
      const response = await https(path);
      expect(response.one('content-type')).toMatch(type);
      expect(response.one('cache-control')).toBe(cache);
      expect(response.one('cross-origin-resource-policy')).toBe(corp);
    },
  );

  it('H10: a conditional request answers 304 with all security headers', async () => {
    for (const path of ['/', article.url, '/rss.xml', `/${astroCss}`]) {
      const first = await https(path);
      const etag = first.one('etag');
      expect(etag, path).toBeTruthy();
      const again = await https(path, { 'If-None-Match': etag! });
      expect(again.status, path).toBe(304);
      expect(headerProblems(again.headers, { https: true }), path).toEqual([]);
    }
  });

  it('H11: an unknown path returns the 404 page itself', async () => {
    const response = await https(unknown);
    expect(response.body.toString('utf8')).toBe(readDist('404.html'));
  });

  it('serves gzip for text, and HTTP/2-capable TLS without a version in Server', async () => {
    const response = await https('/', { 'Accept-Encoding': 'gzip' });
    expect(response.one('content-encoding')).toBe('gzip');
    expect(response.one('vary')).toMatch(/Accept-Encoding/i);
    expect(response.one('server')).toBe('nginx');
  });

  it('redirects a directory without its trailing slash, keeping the query', async () => {
    const response = await https('/artikelen?x=1');
    expect(response.status).toBe(301);
    expect(response.one('location')).toBe('/artikelen/?x=1');
    expect(headerProblems(response.headers, { https: true })).toEqual([]);
  });
});

describe('H8: plain HTTP in production', () => {
  it.each(['/', '/artikelen/?x=1', '/.well-known/security.txt'])(
    '%s answers 301 to the same URL on https://<host>, in one hop',
    async (path) => {
      const response = await rawRequest(`${nginx.redirectUrl}${path}`, {
        headers: { Host: nginx.serverName },
      });
      expect(response.status).toBe(301);
      expect(response.one('location')).toBe(`https://${nginx.serverName}${path}`);
      expect(response.one('server')).toBe('nginx');
      expect(nginx.serverName).toBe(new URL(site.url).host);
    },
  );
});

describe('the plain-HTTP listener the browser tests use', () => {
  it('sends exactly the same headers as the HTTPS server', async () => {
    const strip = (headers: [string, string][]) =>
      headers.filter(([n]) => !['date', 'connection', 'keep-alive'].includes(n)).sort();
    for (const path of ['/', unknown, '/rss.xml']) {
      const [plain, secure] = [await rawRequest(`${nginx.url}${path}`), await https(path)];
      expect(strip(plain.headers), path).toEqual(strip(secure.headers));
    }
  });
});

describe('S1–S4: security.txt as served', () => {
  it('is served as UTF-8 plain text and passes S1–S4', async () => {
    const response = await https('/.well-known/security.txt');
    expect(response.status).toBe(200);
    expect(response.one('content-type')).toMatch(/^text\/plain(; charset=utf-8)?$/);
    const builtAt = statSync(join(DIST, '.well-known/security.txt')).mtime;
    expect(
      securityTxtProblems(response.body, { buildTime: builtAt, host: nginx.serverName }),
    ).toEqual([]);
  });
});

describe('H11: dotfiles that really exist are still not served', () => {
  let root: string;
  let server: RunningNginx;

  beforeAll(async () => {
    // A copy of a few dist files plus the secrets a careless deploy might upload.
    root = mkdtempSync(join(tmpdir(), 'gt-dotfiles-'));
    // mkdtemp makes the folder private; nginx workers (nobody, when the tests run as root) must read it.
    chmodSync(root, 0o755);
    for (const file of ['index.html', '404.html', '.well-known/security.txt'])
      cpSync(join(DIST, file), join(root, file), { recursive: true });
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, '.git', 'config'), '[core]\n\tsecret = yes\n');
    writeFileSync(join(root, '.env'), 'SECRET=yes\n');
    writeFileSync(join(root, '.htpasswd'), 'user:secret\n');
    server = await startNginx({ root });
  });

  afterAll(async () => {
    await server?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it.each(['/.git/config', '/.env', '/.htpasswd', '/.git/'])(
    '%s is a 404 with the 404 page and all headers',
    async (path) => {
      const response = await rawRequest(`${server.httpsUrl}${path}`, { ca: server.certificate });
      expect(response.status).toBe(404);
      expect(response.body.toString('utf8')).not.toContain('secret');
      expect(response.body.toString('utf8')).toBe(readDist('404.html'));
      expect(headerProblems(response.headers, { https: true })).toEqual([]);
    },
  );

  it('/.well-known/ stays reachable', async () => {
    expect(
      (await rawRequest(`${server.httpsUrl}/.well-known/security.txt`, { ca: server.certificate }))
        .status,
    ).toBe(200);
  });
});

describe('npm start (scripts/serve.ts) sends the same headers as nginx', () => {
  it.each(['/', unknown, '/rss.xml', '/.well-known/security.txt', `/${astroCss}`])(
    '%s',
    async (path) => {
      const { server, url } = await startServer({ root: DIST, port: 0 });
      try {
        const local = await rawRequest(`${url}${path}`);
        const served = await rawRequest(`${nginx.url}${path}`);
        expect(local.status).toBe(served.status);
        const names = [
          ...Object.keys(securityHeaders('document', { https: false })),
          'cache-control',
        ];
        for (const name of names) expect(local.one(name), name).toBe(served.one(name));
        expect(
          local
            .one('content-type')
            ?.toLowerCase()
            .replace(/^application\/javascript/, 'text/javascript'),
        ).toBe(
          served
            .one('content-type')
            ?.toLowerCase()
            .replace(/^application\/javascript/, 'text/javascript'),
        );
      } finally {
        await new Promise((done) => server.close(done));
      }
    },
  );
});
