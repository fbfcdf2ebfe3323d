import { describe, expect, it } from 'vitest';
import { findInternalLinks, linkingTo, normalizePath, resolveInternal } from '../../src/lib/internal-links.ts';

const ORIGIN = 'https://gt-connect.example';
const paths = (body: string) => findInternalLinks(body, { origin: ORIGIN }).map((l) => l.path);

describe('normalizePath', () => {
  it('adds the trailing slash pages have, keeps files and drops the query', () => {
    expect(normalizePath('/kennisbank/scenarios/cloudtelefonie')).toBe('/kennisbank/scenarios/cloudtelefonie/');
    expect(normalizePath('/kennisbank/scenarios/cloudtelefonie/?x=1')).toBe('/kennisbank/scenarios/cloudtelefonie/');
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
    for (const href of ['https://vng.nl/x/', '//evil.example/x', 'artikelen/x/', 'mailto:a@b.nl', '#boven', 'https://gt-connect.example.evil/x']) {
      expect(resolveInternal(href, { origin: ORIGIN }), href).toBeUndefined();
    }
  });
});

describe('findInternalLinks', () => {
  it('finds inline links with their line, ignoring external links and images', () => {
    const body = 'Intro.\n\nLees [het scenario](/kennisbank/scenarios/cloudtelefonie/) of [VNG](https://vng.nl/).\n![schema](/plaatje.png)\n';
    expect(findInternalLinks(body)).toEqual([
      { href: '/kennisbank/scenarios/cloudtelefonie/', path: '/kennisbank/scenarios/cloudtelefonie/', hash: '', line: 3 },
    ]);
  });

  it('handles titles, angle brackets, nested brackets and several links on a line', () => {
    const body = 'Zie [a [b]](/x/ "titel") en [c](</y/#deel-2>) en [d](/z)';
    expect(findInternalLinks(body).map(({ path, hash }) => [path, hash])).toEqual([
      ['/x/', ''],
      ['/y/', 'deel-2'],
      ['/z/', ''],
    ]);
  });

  it('finds reference definitions, autolinks to the own origin and href attributes in HTML and JSX', () => {
    const body = [
      '[scenario]: /kennisbank/scenarios/eigen-telefooncentrale/',
      `Zie <${ORIGIN}/scenariokompas/>.`,
      '<a href="/kennisbank/begrippen/sbc/">SBC</a> <Link href={"/artikelen/x/"} /> <a href=\'/over/\'>over</a>',
    ].join('\n');
    expect(paths(body)).toEqual(['/kennisbank/scenarios/eigen-telefooncentrale/', '/scenariokompas/', '/kennisbank/begrippen/sbc/', '/artikelen/x/', '/over/']);
  });

  it('skips fenced code blocks and inline code', () => {
    const body = ['Echt: [a](/a/)', '```md', '[b](/b/)', '```', 'Code: `[c](/c/)` en ~~~ niet een hek', '~~~~', '<a href="/d/">', '~~~~', '[e](/e/)'].join('\n');
    expect(paths(body)).toEqual(['/a/', '/e/']);
  });

  it('does not end a fence on a shorter or different marker', () => {
    const body = ['````', '```', '[x](/x/)', '~~~', '````', '[y](/y/)'].join('\n');
    expect(paths(body)).toEqual(['/y/']);
  });
});

describe('linkingTo', () => {
  const docs = [
    { id: 'een', body: 'Zie [a](/kennisbank/scenarios/a/) en nog eens [a](/kennisbank/scenarios/a/#risicos).' },
    { id: 'twee', body: '```\n[a](/kennisbank/scenarios/a/)\n```\nEn [b](/kennisbank/scenarios/b).' },
    { id: 'drie', body: `Volledig: [a](${ORIGIN}/kennisbank/scenarios/a/)` },
  ];

  it('finds the documents that link to one path, with or without its trailing slash', () => {
    expect(linkingTo(docs, '/kennisbank/scenarios/a', { origin: ORIGIN }).map((d) => d.id)).toEqual(['een', 'drie']);
    expect(linkingTo(docs, '/kennisbank/scenarios/a/').map((d) => d.id)).toEqual(['een']);
    expect(linkingTo(docs, '/kennisbank/scenarios/zzz/')).toEqual([]);
  });
});
