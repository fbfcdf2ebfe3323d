/**
 * The editors' guide must stay true: linked from the README, its table of contents pointing at
 * real headings, its template exactly what `npm run new` writes, and every check message listed.
 */
import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { articleTemplate } from '../../src/lib/content/scaffold.ts';

const guide = readFileSync('docs/redactie.md', 'utf8');

describe('docs/redactie.md', () => {
  it('is linked from the README', () => {
    expect(readFileSync('README.md', 'utf8')).toContain('(docs/redactie.md)');
  });

  it('has a table of contents whose links all reach a heading', () => {
    const slugger = new GithubSlugger();
    const prose = guide.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    const anchors = new Set([...prose.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slugger.slug(m[1]!)));
    const links = [...prose.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThanOrEqual(12);
    for (const link of links) expect(anchors, link).toContain(link);
  });

  it('shows exactly the template that npm run new writes', () => {
    const template = /### Het sjabloon\n\n```mdx\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(template).toBe(
      articleTemplate({ title: 'Titel van het artikel', date: '2025-03-04', author: 'redactie' }),
    );
  });

  it.each([
    'wordt niet gepubliceerd: alleen .mdx-bestanden zijn artikelen',
    'is geen geldig webadres',
    'dezelfde slug',
    'de frontmatter ontbreekt',
    'de frontmatter is geen geldige YAML',
    'is geen bekend veld',
    'ontbreekt: een gepubliceerd artikel heeft een samenvatting nodig',
    'is te lang voor zoekresultaten',
    'verwacht een datum als 2020-10-01, maar kreeg',
    'ligt vóór pubDate',
    'staat niet in content/authors.yaml',
    'staat niet in content/series.yaml',
    'staat niet in content/tags.yaml',
    'staat niet in content/glossary/',
    'ontbreekt: een gepubliceerd artikel heeft minstens één onderwerp',
    'komt vaker voor in dit bestand',
    'de tekst is geen geldige MDX',
    'is een kop 1, maar de titel van het artikel is al de kop 1 van de pagina',
    'er wordt een niveau overgeslagen',
    'lege kop',
    'bevat nog de voorbeeldtekst "Vervang deze tekst" van npm run new, maar staat op draft: false',
    'er is geen artikel met dat adres',
    'die pagina bestaat niet',
    'het adres mist de / aan het eind',
    'heeft geen kop met het anker',
    'dat is een bestand, geen webadres',
    'dat artikel staat nog niet online',
    'heeft geen adres',
    'wordt geen link: er staat een spatie tussen ] en (',
    'onbeveiligde http-link',
    'heeft geen alt-tekst',
    'die niets zegt over wat erop staat',
    'bestaat niet (gezocht:',
    'staat op een andere website',
    'een adres dat met / begint wordt niet geoptimaliseerd',
    'dit bestandstype kan de site niet tonen',
    'wordt niet geoptimaliseerd en niet gecontroleerd',
    'zin van … woorden',
    'leesbaarheid: gemiddeld … woorden per zin',
  ])('explains the message "%s"', (message) => {
    expect(guide).toContain(message);
  });
});
