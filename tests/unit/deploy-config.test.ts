/**
 * The deploy configurations are rendered from the one policy: the committed files must be what
 * `npm run headers` writes, and must say what the policy says.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspHeader } from '../../src/lib/csp.ts';
import {
  NGINX_TEST_LINES,
  TLS12_CIPHERS,
  TLS13_CIPHERSUITES,
  renderHeadersFile,
  renderNginxConf,
} from '../../src/lib/deploy-config.ts';
import { IMMUTABLE_PATH, resourceKind, securityHeaders } from '../../src/lib/security-headers.ts';
import { testConfig } from '../../scripts/nginx.ts';

describe('committed deploy files', () => {
  it.each([
    ['public/_headers', renderHeadersFile],
    ['deploy/nginx.conf', renderNginxConf],
  ])('%s is up to date with src/lib (else run `npm run headers`)', (path, render) => {
    expect(
      readFileSync(path, 'utf8'),
      `${path} is outdated: run \`npm run headers\` and commit it`,
    ).toBe(render());
  });
});

describe('public/_headers', () => {
  /** Netlify semantics: every matching rule applies, a later rule overrides a header. */
  function headersFor(path: string): Record<string, string> {
    const result: Record<string, string> = {};
    let applies = false;
    for (const line of renderHeadersFile().split('\n')) {
      if (line.startsWith('#') || !line.trim()) continue;
      if (!line.startsWith(' ')) {
        const pattern = new RegExp(
          `^${line.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
        );
        applies = pattern.test(path);
      } else if (applies) {
        const [name, ...value] = line.trim().split(': ');
        result[name!] = value.join(': ');
      }
    }
    return result;
  }

  it('sends every security header on every path, and never one header from two rules', () => {
    for (const path of ['/', '/artikelen/x/', '/rss.xml', '/_astro/a.B1c.css', '/404.html']) {
      expect(headersFor(path)).toMatchObject(securityHeaders('document', { https: true }));
    }
    const names = renderHeadersFile()
      .split('\n')
      .filter((l) => l.startsWith('  '))
      .map((l) => l.trim().split(':')[0]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('caches hashed assets for a year', () => {
    expect(headersFor('/_astro/a.B1c.css')['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(headersFor('/artikelen/')['Cache-Control']).toBeUndefined();
  });
});

describe('deploy/nginx.conf', () => {
  const conf = renderNginxConf();

  it('adds every header once, at server level, and no location adds its own', () => {
    for (const [name] of Object.entries(securityHeaders('document'))) {
      expect(conf.match(new RegExp(`add_header ${name} `, 'g')), name).toHaveLength(1);
    }
    // The value comes from a map that is empty on the second header pass of a 416 (sent once).
    expect(conf).toContain(
      'add_header Content-Security-Policy $gtc_content_security_policy always;',
    );
    expect(conf).toContain(
      `map $status $gtc_content_security_policy {\n    volatile;\n    416 "";\n    default "${cspHeader()}";\n}`,
    );
    for (const block of conf.split(/\n\s*location /).slice(1))
      expect(block.split('\n    }')[0]).not.toContain('add_header');
  });

  it('uses the same per-path rules as the policy', () => {
    // The map regexes are the policy's regexes; spot-check them against the policy functions.
    expect(conf).toContain('"~^\\/_astro\\/" "public, max-age=31536000, immutable"');
    expect(IMMUTABLE_PATH.test('/_astro/x.js')).toBe(true);
    expect(IMMUTABLE_PATH.test('/pagefind/pagefind.js')).toBe(false);
    expect(resourceKind('/rss.xml')).toBe('shared');
    expect(resourceKind('/artikelen/')).toBe('document');
  });

  it("allows TLS 1.3 and TLS 1.2 ECDHE with AEAD only, in the server's order, without session tickets", () => {
    expect(conf).toContain('ssl_protocols TLSv1.2 TLSv1.3;');
    expect(conf).toContain(`ssl_ciphers ${TLS12_CIPHERS.join(':')};`);
    expect(
      TLS12_CIPHERS.every((suite) =>
        /^ECDHE-(?:ECDSA|RSA)-(?:AES(?:128|256)-GCM-SHA(?:256|384)|CHACHA20-POLY1305)$/.test(suite),
      ),
    ).toBe(true);
    expect(conf).toContain(`ssl_conf_command Ciphersuites ${TLS13_CIPHERSUITES.join(':')};`);
    expect(conf).toContain('ssl_prefer_server_ciphers on;');
    expect(conf).toContain('ssl_session_tickets off;');
  });

  it('redirects plain HTTP to the same host over HTTPS and hides the version', () => {
    expect(conf).toMatch(/return 301 https:\/\/gt-connect\.example\$request_uri;/);
    expect(conf.match(/server_tokens off;/g)).toHaveLength(2);
  });

  it('the test substitution touches only the documented lines', () => {
    const tested = testConfig(
      conf,
      { https: 1, plain: 2, redirect: 3 },
      { root: '/r', cert: '/c', key: '/k' },
    );
    const a = conf.split('\n');
    const b = tested.split('\n');
    expect(b).toHaveLength(a.length);
    const changed = a.filter((line, i) => line !== b[i]).map((line) => line.trim());
    expect(changed.sort()).toEqual(Object.values(NGINX_TEST_LINES).sort());
  });

  it('the test substitution fails loudly when a replaced line disappears', () => {
    expect(() =>
      testConfig(
        conf.replace('listen 80;', 'listen 8080;'),
        { https: 1, plain: 2, redirect: 3 },
        { root: '/r', cert: '/c', key: '/k' },
      ),
    ).toThrow(/exactly once/);
  });
});
