import { describe, expect, it } from 'vitest';
import { internalLinks } from '../../src/collections/articles/links.ts';
import { parseMarkdown, parseMdx } from '../../src/lib/content/mdx.ts';
import { normalizePath, resolveInternal } from '../../src/lib/internal-links.ts';

const ORIGIN = 'https://gt-connect.example';

describe('normalizePath', () => {
  it('adds the trailing slash pages have, keeps files and drops the query', () => {
    expect(normalizePath('/kennisbank/scenarios/cloudtelefonie')).toBe(
      '/kennisbank/scenarios/cloudtelefonie/',
    );
    expect(normalizePath('/kennisbank/scenarios/cloudtelefonie/?x=1')).toBe(
      '/kennisbank/scenarios/cloudtelefonie/',
    );
    expect(normalizePath('/rss.xml')).toBe('/rss.xml');
    expect(normalizePath('/')).toBe('/');
    expect(normalizePath('/begrippen/14%2Bnetnummer')).toBe('/begrippen/14%2Bnetnummer/');
  });
});

describe('resolveInternal', () => {
  it('accepts site paths and absolute links to the own origin, with the fragment', () => {
    expect(resolveInternal('/a/b/#risicos')).toEqual({ path: '/a/b/', hash: 'risicos' });
    expect(resolveInternal(`${ORIGIN}/a/`, { origin: ORIGIN })).toEqual({ path: '/a/', hash: '' });
    expect(resolveInternal(`${ORIGIN}`, { origin: `${ORIGIN}/` })).toEqual({ path: '/', hash: '' });
  });

  it('rejects other sites, protocol-relative, relative and mailto links', () => {
    for (const href of [
      'https://vng.nl/x/',
      '//evil.example/x',
      'artikelen/x/',
      'mailto:a@b.nl',
      '#boven',
      'https://gt-connect.example.evil/x',
    ]) {
      expect(resolveInternal(href, { origin: ORIGIN }), href).toBeUndefined();
    }
  });
});

describe('internalLinks: the links of a syntax tree that point into the site', () => {
  const links = (body: string, parse = parseMdx) =>
    internalLinks(parse(body).tree!, { origin: ORIGIN });

  it('finds inline links with their file line, ignoring external links and images', () => {
    const body =
      'Intro.\n\nLees [het scenario](/kennisbank/scenarios/cloudtelefonie/) of [VNG](https://vng.nl/).\n![schema](/plaatje.png)\n';
    expect(internalLinks(parseMdx(body, 5).tree!)).toEqual([
      {
        url: '/kennisbank/scenarios/cloudtelefonie/',
        path: '/kennisbank/scenarios/cloudtelefonie/',
        hash: '',
        line: 7,
      },
    ]);
  });

  it('handles titles, angle brackets, nested brackets and several links on a line', () => {
    const body = 'Zie [a [b]](/x/ "titel") en [c](</y/#deel-2>) en [d](/z)';
    expect(links(body).map(({ path, hash }) => [path, hash])).toEqual([
      ['/x/', ''],
      ['/y/', 'deel-2'],
      ['/z/', ''],
    ]);
  });

  it('finds reference definitions, autolinks to the own origin (Markdown) and href attributes in JSX (MDX)', () => {
    const markdown = [
      '[scenario]: /kennisbank/scenarios/eigen-telefooncentrale/',
      '',
      `Zie <${ORIGIN}/scenariokompas/>.`,
    ].join('\n');
    expect(links(markdown, parseMarkdown).map((l) => l.path)).toEqual([
      '/kennisbank/scenarios/eigen-telefooncentrale/',
      '/scenariokompas/',
    ]);
    const mdx = '<a href="/kennisbank/begrippen/sbc/">SBC</a> <a href=\'/over/\'>over</a>';
    expect(links(mdx).map((l) => l.path)).toEqual(['/kennisbank/begrippen/sbc/', '/over/']);
  });

  it('skips fenced code blocks and inline code, in Markdown as in MDX', () => {
    const body = [
      'Echt: [a](/a/)',
      '',
      '```md',
      '[b](/b/)',
      '```',
      '',
      'Code: `[c](/c/)` en ~~~ niet een hek',
      '',
      '````',
      '```',
      '[x](/x/)',
      '````',
      '',
      '[e](/e/)',
    ].join('\n');
    expect(links(body).map((l) => l.path)).toEqual(['/a/', '/e/']);
    expect(links(body, parseMarkdown).map((l) => l.path)).toEqual(['/a/', '/e/']);
  });
});
