/** S1–S4 on the built /.well-known/security.txt (the served copy is checked in tests/e2e/headers.test.ts). */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { DIST } from '../helpers/dist.ts';
import { securityTxtProblems } from '../helpers/security-txt-checks.ts';

const FILE = join(DIST, '.well-known/security.txt');

describe('security.txt', () => {
  it('S1–S4: valid, with an Expires 31–365 days after this build and the contact from site.config.ts', () => {
    const bytes = readFileSync(FILE);
    const builtAt = statSync(FILE).mtime;
    expect(
      securityTxtProblems(bytes, { buildTime: builtAt, host: new URL(site.url).host }),
    ).toEqual([]);
    expect(bytes.toString('utf8')).toContain(`Contact: ${site.securityContact}\n`);
    expect(bytes.toString('utf8')).toContain(`Canonical: ${site.url}/.well-known/security.txt\n`);
  });
});
