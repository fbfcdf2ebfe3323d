/** The header criteria (H1–H7) reject what they should, and accept the site's own policy. */
import { describe, expect, it } from 'vitest';
import { cspHeader } from '../../src/lib/csp.ts';
import { securityHeaders } from '../../src/lib/security-headers.ts';
import { cspProblems, headerProblems } from '../helpers/header-checks.ts';

const good = () =>
  Object.entries(securityHeaders('document', { https: true })) as [string, string][];

describe('cspProblems', () => {
  it('accepts the site policy', () => {
    expect(cspProblems(cspHeader())).toEqual([]);
  });

  it.each([
    ["script-src 'self' 'unsafe-inline'", /H2: script-src allows 'unsafe-inline'/],
    ["style-src 'self' 'unsafe-hashes'", /H2: style-src allows 'unsafe-hashes'/],
    ["script-src 'self' 'unsafe-eval'", /H2: script-src allows 'unsafe-eval'/],
    ['script-src data:', /H2: data: in script-src/],
    ['img-src *', /H2: wildcard \*/],
    ['img-src https://*.example.org', /H2: wildcard/],
    ['connect-src https:', /H2: bare scheme/],
    ['connect-src http://cdn.example.org', /H2: insecure host/],
    ['connect-src cdn.example.org', /H2: scheme-less/],
    ['connect-src https://127.0.0.1:4321', /H2: local host/],
  ])('rejects %s', (extra, problem) => {
    expect(cspProblems(`${cspHeader()}; ${extra}`).join('\n')).toMatch(problem);
  });

  it('rejects a repeated directive', () => {
    expect(cspProblems(`${cspHeader()}; img-src 'self'`).join('\n')).toMatch(
      /H1: repeated directive img-src/,
    );
  });

  it.each([
    [
      "default-src 'self' https://cdn.example.org; script-src 'self' 'wasm-unsafe-eval'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
      /H3: default-src/,
    ],
    [
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; form-action 'self'; frame-ancestors 'none'",
      /H3: base-uri missing/,
    ],
    [
      "default-src 'none'; script-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
      /H3: script-src lacks 'wasm-unsafe-eval'/,
    ],
    [
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
      /H3: object-src resolves/,
    ],
    [
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; base-uri 'self'; form-action 'self'",
      /H3: frame-ancestors missing/,
    ],
  ])('rejects the policy %s', (policy, problem) => {
    expect(cspProblems(policy).join('\n')).toMatch(problem);
  });
});

describe('headerProblems', () => {
  it('accepts the site headers over HTTPS', () => {
    expect(headerProblems([...good(), ['Server', 'nginx']], { https: true })).toEqual([]);
  });

  it('finds a CSP sent twice, and one missing', () => {
    expect(
      headerProblems([...good(), ['Content-Security-Policy', cspHeader()]], { https: true }).join(
        '\n',
      ),
    ).toMatch(/H1: 2 Content-Security-Policy/);
    expect(
      headerProblems(
        good().filter(([n]) => n !== 'Content-Security-Policy'),
        { https: true },
      ).join('\n'),
    ).toMatch(/H1: 0 Content-Security-Policy/);
  });

  it('checks HSTS on HTTPS responses: once, no comma, at least a year', () => {
    const without = good().filter(([n]) => n !== 'Strict-Transport-Security');
    expect(headerProblems(without, { https: true }).join('\n')).toMatch(
      /H4: 0 Strict-Transport-Security/,
    );
    expect(
      headerProblems([...without, ['Strict-Transport-Security', 'max-age=86400']], {
        https: true,
      }).join('\n'),
    ).toMatch(/H4: max-age/);
    expect(
      headerProblems(
        [...without, ['Strict-Transport-Security', 'max-age=31536000, max-age=31536000']],
        { https: true },
      ).join('\n'),
    ).toMatch(/H4: comma/);
    expect(
      headerProblems([...good(), ['Strict-Transport-Security', 'max-age=31536000']], {
        https: true,
      }).join('\n'),
    ).toMatch(/H4: 2 Strict/);
    expect(headerProblems(without, { https: false })).toEqual([]);
  });

  it.each([
    ['X-Content-Type-Options', 'sniff', /H5: x-content-type-options/],
    ['X-Frame-Options', 'SAMEORIGIN', /H5: x-frame-options/],
    ['Cross-Origin-Opener-Policy', 'unsafe-none', /H6: cross-origin-opener-policy/],
    [
      'Referrer-Policy',
      'same-origin, unsafe-url',
      /H6: last Referrer-Policy token is "unsafe-url"/,
    ],
  ])('rejects %s: %s', (name, value, problem) => {
    const headers = good().map(([n, v]): [string, string] => (n === name ? [n, value] : [n, v]));
    expect(headerProblems(headers, { https: true }).join('\n')).toMatch(problem);
  });

  it('rejects cookies, a missing Permissions-Policy and a versioned Server header', () => {
    expect(headerProblems([...good(), ['Set-Cookie', 'a=b']], { https: true }).join('\n')).toMatch(
      /H7: Set-Cookie/,
    );
    expect(
      headerProblems([...good(), ['Server', 'nginx/1.22.1']], { https: true }).join('\n'),
    ).toMatch(/H7: Server header "nginx\/1.22.1"/);
    expect(
      headerProblems(
        good().filter(([n]) => n !== 'Permissions-Policy'),
        { https: true },
      ).join('\n'),
    ).toMatch(/H6: Permissions-Policy/);
  });
});
