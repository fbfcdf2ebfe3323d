/**
 * Real builds of temporary copies with knowledge-base fixtures: broken glossary and timeline
 * content must fail the build naming file, line and field; a new term and articles that use
 * it (one with links switched off) must come out with the right links and cross-references.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { loadDocument } from '../helpers/dist.ts';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { reviewedDateFor } from '../helpers/content-sources.ts';

function article(fields: Record<string, string>, body: string): string {
  const all = {
    description: '"Een artikel om de begrippen in de kennisbank mee te testen, lang genoeg."',
    author: 'redactie',
    tags: '[gt-connect]',
    ...fields,
    reviewedDate: reviewedDateFor(fields['pubDate']),
  };
  return `---\n${Object.entries(all)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n\n${body}\n`;
}

describe('a build with broken knowledge-base content', () => {
  let fixture: FixtureSite;
  let result: { status: number | null; output: string };

  beforeAll(() => {
    fixture = createFixtureSite();
    fixture.write(
      'content/glossary/sbc.md',
      readFileSync('content/glossary/sbc.md', 'utf8').replace(
        /^related: .*$/m,
        'related: [direct-routnig]',
      ),
    );
    fixture.write(
      'content/glossary/testterm.md',
      '---\nterm: Testterm\naliases: [Session Border Controllers]\ndefinition: "Een term om de controle te testen."\nsources: [https://vng.nl/]\n---\n\nUitleg.\n',
    );
    // A term in a subfolder: Astro's loader, the term links and the checker read only the
    // folder itself, so the checker must refuse it rather than let its links vanish silently.
    fixture.write(
      'content/glossary/sub/subterm.md',
      '---\nterm: Subterm\ndefinition: "Een term in een submap."\nsources: [https://vng.nl/]\n---\n\nUitleg.\n',
    );
    const timeline = readFileSync('content/timeline.yaml', 'utf8');
    fixture.write(
      'content/timeline.yaml',
      `${timeline.trimEnd()}\n\n- id: zonder-bron\n  date: 2025-02-01\n  precision: day\n  event: Een gebeurtenis zonder bron.\n  certainty: media\n`,
    );
    result = fixture.build();
  });

  afterAll(() => fixture?.dispose());

  it('fails', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/De content bevat 4 fouten/);
  });

  it('names the unknown related term with its file, line and a suggestion', () => {
    expect(result.output).toMatch(
      /content\/glossary\/sbc\.md:\d+: "related" "direct-routnig" is geen bekend begrip: content\/glossary\/direct-routnig\.md bestaat niet — oplossing: bedoelt u "direct-routing"\?/,
    );
  });

  it('names the shared alias', () => {
    expect(result.output).toMatch(
      /content\/glossary\/testterm\.md:3: "aliases" "Session Border Controllers" is ook een alias van content\/glossary\/sbc\.md; een schrijfwijze hoort bij één begrip/,
    );
  });

  it('refuses the term in a subfolder, saying where it must go', () => {
    expect(result.output).toContain(
      'content/glossary/sub/subterm.md: wordt niet gebruikt: begrippen in een submap van content/glossary/ worden niet gelezen — oplossing: zet het bestand direct in content/glossary/ (git mv content/glossary/sub/subterm.md content/glossary/subterm.md)',
    );
  });

  it('names the event without a source, with the line where it starts', () => {
    const line = readFileSync('content/timeline.yaml', 'utf8').trimEnd().split('\n').length + 2;
    expect(result.output).toContain(
      `content/timeline.yaml:${line}: "sources" ontbreekt — oplossing: `,
    );
  });
});

describe('a build with a new term and articles that use it', () => {
  let fixture: FixtureSite;
  let dist: string;

  beforeAll(() => {
    fixture = createFixtureSite();
    fixture.write(
      'content/glossary/testterm.md',
      '---\nterm: Testterm\naliases: [testtermen]\ndefinition: "Een term die alleen in deze test bestaat."\nrelated: [vng]\nsources: [https://vng.nl/]\n---\n\nEen korte uitleg.\n',
    );
    fixture.write(
      'content/articles/begrippen-test.mdx',
      article(
        { title: '"Begrippen in de praktijk"', pubDate: '2021-05-01' },
        [
          '## Wat de VNG deed met een SBC',
          '',
          'De VNG koos geen SBC. Lees [het begrip](/kennisbank/begrippen/gt-connect/) over GT Connect, en `BIO` is code.',
          '',
          'Nogmaals de VNG, twee testtermen en een Testterm.',
        ].join('\n'),
      ),
    );
    fixture.write(
      'content/articles/zonder-links.mdx',
      article(
        { title: '"Zonder links"', pubDate: '2021-05-02', termLinks: 'false' },
        'De VNG en een testterm, zonder links.',
      ),
    );
    const result = fixture.build();
    expect(result.status, result.output).toBe(0);
    dist = join(fixture.dir, 'dist');
  });

  afterAll(() => fixture?.dispose());

  const prose = (slug: string) =>
    loadDocument(`artikelen/${slug}/index.html`, dist).querySelector('.prose')!;
  const links = (slug: string) =>
    [...prose(slug).querySelectorAll('a.term-link')].map((a) => [
      a.getAttribute('href'),
      a.textContent,
    ]);

  it('links the first mention in the text of each term once: not in the heading, not in code, not twice next to a hand-made link', () => {
    expect(links('begrippen-test')).toEqual([
      ['/kennisbank/begrippen/vng/', 'VNG'],
      ['/kennisbank/begrippen/sbc/', 'SBC'],
      ['/kennisbank/begrippen/testterm/', 'testtermen'],
    ]);
    expect(
      prose('begrippen-test').querySelectorAll('a[href="/kennisbank/begrippen/gt-connect/"]'),
    ).toHaveLength(1);
    expect(prose('begrippen-test').querySelector('h2')?.innerHTML).toBe(
      'Wat de VNG deed met een SBC',
    );
    expect(prose('begrippen-test').querySelector('code')?.innerHTML).toBe('BIO');
  });

  it('links nothing in an article with termLinks: false, but still lists its terms', () => {
    expect(links('zonder-links')).toEqual([]);
    const listed = [
      ...loadDocument('artikelen/zonder-links/index.html', dist).querySelectorAll(
        '.article-terms dt a',
      ),
    ].map((a) => a.textContent);
    expect(listed).toEqual(['Testterm', 'Vereniging van Nederlandse Gemeenten (VNG)']);
  });

  it('gives the new term its page, listing the articles that mention it and its related terms both ways', () => {
    const doc = loadDocument('kennisbank/begrippen/testterm/index.html', dist);
    expect(doc.querySelector('h1')?.textContent).toBe('Testterm');
    expect(
      [...doc.querySelectorAll('.term-page__articles a')].map((a) => a.getAttribute('href')).sort(),
    ).toEqual(['/artikelen/begrippen-test/', '/artikelen/zonder-links/']);
    const vng = loadDocument('kennisbank/begrippen/vng/index.html', dist);
    expect(
      vng.querySelector(
        '[aria-labelledby="verwante-begrippen"] a[href="/kennisbank/begrippen/testterm/"]',
      ),
    ).not.toBeNull();
    expect(
      [...vng.querySelectorAll('.term-page__articles a')].map((a) => a.getAttribute('href')),
    ).toEqual(
      expect.arrayContaining([
        '/artikelen/begrippen-test/',
        '/artikelen/zonder-links/',
        '/artikelen/het-begin-van-het-einde-van-gt-connect/',
      ]),
    );
  });

  it('puts the same links in the feed, absolute', () => {
    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(feed).toContain(
      `<a href="${site.url}/kennisbank/begrippen/testterm/" class="term-link" title="Een term die alleen in deze test bestaat.">testtermen</a>`,
    );
  });
});
