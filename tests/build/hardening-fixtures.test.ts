/**
 * A real build of a temporary copy with the inputs the audit smuggled in: a meta refresh in a
 * glossary body and in an article, and symlinks under public/ and content/. The build must
 * stop before writing any page, naming each file and line with a fix.
 */
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';

const META = '<meta http-equiv="refresh" content="1;url=https://example.org/phish">';

describe('a build with raw HTML in content bodies and symlinks in its inputs', () => {
  let fixture: FixtureSite;
  let result: { status: number | null; output: string };
  let articleLine: number;

  beforeAll(() => {
    fixture = createFixtureSite();
    const sbc = readFileSync('content/glossary/sbc.md', 'utf8');
    fixture.write('content/glossary/sbc.md', `${sbc.trimEnd()}\n\n${META}\n`);
    const article = readFileSync('content/articles/hoe-gt-connect-ontstond.mdx', 'utf8');
    articleLine = article.trimEnd().split('\n').length + 2;
    fixture.write(
      'content/articles/hoe-gt-connect-ontstond.mdx',
      `${article.trimEnd()}\n\n${META.replace('>', ' />')}\n`,
    );
    symlinkSync('../package.json', join(fixture.dir, 'public', 'pakket.json'));
    symlinkSync('../../package.json', join(fixture.dir, 'content', 'glossary', 'pakket.md'));
    fixture.remove('dist');
    result = fixture.build();
  });

  afterAll(() => fixture?.dispose());

  it('fails before writing a page', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/De content bevat 4 fouten/);
    expect(existsSync(join(fixture.dir, 'dist', 'index.html'))).toBe(false);
  });

  it('names the meta refresh in the glossary body, with its line and a fix', () => {
    const line = readFileSync('content/glossary/sbc.md', 'utf8').trimEnd().split('\n').length + 2;
    expect(result.output).toMatch(
      new RegExp(
        `content/glossary/sbc\\.md:${line}: HTML-element <meta> is niet toegestaan in de tekst: .* — oplossing: `,
      ),
    );
  });

  it('names the meta refresh in the article, with its line and a fix', () => {
    expect(result.output).toMatch(
      new RegExp(
        `content/articles/hoe-gt-connect-ontstond\\.mdx:${articleLine}: HTML-element <meta> is niet toegestaan in de tekst: .* — oplossing: `,
      ),
    );
  });

  it('names each symlink and where it points', () => {
    expect(result.output).toContain(
      'public/pakket.json: is een symbolische koppeling (symlink) naar ../package.json',
    );
    expect(result.output).toContain(
      'content/glossary/pakket.md: is een symbolische koppeling (symlink) naar ../../package.json',
    );
  });
});
