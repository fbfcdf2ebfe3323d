/** security.txt (RFC 9116) generation, and the S1–S4 checker that tests the built file. */
import { describe, expect, it } from 'vitest';
import { securityTxt } from '../../src/lib/security-txt.ts';
import { securityTxtProblems } from '../helpers/security-txt-checks.ts';

const now = new Date('2026-01-15T10:20:30.456Z');
const input = {
  contacts: ['mailto:security@example.org'],
  canonical: 'https://example.org/.well-known/security.txt',
  preferredLanguages: ['nl', 'en'],
  now,
  expiresAfterDays: 180,
};

describe('securityTxt', () => {
  it('writes contact, an Expires 180 days after the build, languages and canonical', () => {
    expect(
      securityTxt(input)
        .split('\n')
        .filter((l) => !l.startsWith('#')),
    ).toEqual([
      'Contact: mailto:security@example.org',
      'Expires: 2026-07-14T10:20:30Z',
      'Preferred-Languages: nl, en',
      'Canonical: https://example.org/.well-known/security.txt',
      '',
    ]);
  });

  it('refuses an expiry outside 31–365 days, no contact and insecure URIs', () => {
    expect(() => securityTxt({ ...input, expiresAfterDays: 30 })).toThrow(/31–365/);
    expect(() => securityTxt({ ...input, expiresAfterDays: 400 })).toThrow(/31–365/);
    expect(() => securityTxt({ ...input, contacts: [] })).toThrow(/Contact/);
    expect(() => securityTxt({ ...input, contacts: ['http://example.org/report'] })).toThrow(
      /mailto:, tel: or https:/,
    );
  });

  it('passes its own checker', () => {
    expect(
      securityTxtProblems(Buffer.from(securityTxt(input)), { buildTime: now, host: 'example.org' }),
    ).toEqual([]);
  });
});

describe('securityTxtProblems', () => {
  const ok = securityTxt(input);
  const check = (text: string | Buffer) =>
    securityTxtProblems(Buffer.isBuffer(text) ? text : Buffer.from(text), {
      buildTime: now,
      host: 'example.org',
    }).join('\n');

  it.each([
    [
      'a BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ok)]),
      /S1: starts with a byte order mark/,
    ],
    ['a line without ": "', ok.replace('Contact: ', 'Contact:'), /S1: line 3/],
    ['no Contact', ok.replace(/^Contact:.*\n/m, ''), /S2: no Contact/],
    [
      'an http Contact',
      ok.replace('mailto:security@example.org', 'http://example.org/report'),
      /S2: Contact/,
    ],
    ['no Expires', ok.replace(/^Expires:.*\n/m, ''), /S3: 0 Expires/],
    ['two Expires', ok.replace(/^(Expires:.*\n)/m, '$1$1'), /S3: 2 Expires/],
    [
      'an Expires within 30 days',
      ok.replace(/^Expires:.*$/m, 'Expires: 2026-02-01T00:00:00Z'),
      /S3: Expires .* not more than 30 days/,
    ],
    [
      'an Expires over a year away',
      ok.replace(/^Expires:.*$/m, 'Expires: 2027-03-01T00:00:00Z'),
      /S3: Expires .* more than 365 days/,
    ],
    [
      'a non-ISO Expires',
      ok.replace(/^Expires:.*$/m, 'Expires: 14 juli 2026'),
      /S3: Expires .* not ISO 8601/,
    ],
    [
      'a foreign Canonical',
      ok.replace('https://example.org/.well-known', 'https://other.example/.well-known'),
      /S4: Canonical/,
    ],
    ['Preferred-Languages twice', `${ok}Preferred-Languages: nl\n`, /S4: Preferred-Languages/],
    [
      'an invalid language tag',
      ok.replace('nl, en', 'nl, Engels!'),
      /S4: "Engels!" is not a language tag/,
    ],
  ])('finds %s', (_, text, problem) => {
    expect(check(text)).toMatch(problem);
  });
});
