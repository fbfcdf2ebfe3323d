import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/checkers.ts';
import { formatProblem, formatReport } from '../../src/lib/content/problems.ts';
import { article, sources } from '../helpers/content-sources.ts';

/** The formatted problem lines for some content. */
function lines(...args: Parameters<typeof sources>): string[] {
  return checkContent(sources(...args)).problems.map(formatProblem);
}

describe('content checker: valid content', () => {
  it('finds nothing wrong with a valid article, and parses its fields', () => {
    const { problems, context } = checkContent(sources([article('geldig')]));
    expect(problems).toEqual([]);
    expect(context.articles[0]?.data).toMatchObject({
      title: 'Een geldig artikel',
      seriesPart: 1,
      draft: false,
      tags: ['gt-connect'],
    });
    expect(context.articles[0]?.data?.pubDate.toISOString()).toBe('2020-10-01T00:00:00.000Z');
  });

  it('accepts a scaffolded draft with an empty description and no tags', () => {
    const draft = article('concept', {
      description: '""',
      tags: '[]',
      draft: 'true',
      series: undefined,
      seriesPart: undefined,
    });
    expect(lines([draft])).toEqual([]);
  });
});

describe('content checker: frontmatter errors name file, line, field and fix', () => {
  it('a date written as "okt 2020"', () => {
    expect(lines([article('x', { pubDate: 'okt 2020' })])).toEqual([
      'content/articles/x.mdx:4: "pubDate" verwacht een datum als 2020-10-01, maar kreeg "okt 2020" — oplossing: schrijf de datum als jaar-maand-dag, bijvoorbeeld pubDate: 2020-10-01',
    ]);
  });

  it('an impossible date', () => {
    expect(lines([article('x', { pubDate: '2021-02-30' })])[0]).toContain(
      '"pubDate" verwacht een datum als 2020-10-01, maar kreeg "2021-02-30"',
    );
  });

  it('a missing title', () => {
    expect(lines([article('x', { title: undefined })])).toEqual([
      'content/articles/x.mdx:1: "title" ontbreekt — oplossing: schrijf de titel op één regel, bijvoorbeeld title: "Wat gemeenten van telefonie nodig hebben"',
    ]);
  });

  it('an unknown field, with a suggestion for the likely typo', () => {
    const [line] = lines([article('x', { pubdate: '2020-10-01' })]);
    expect(line).toBe(
      'content/articles/x.mdx:9: "pubdate" is geen bekend veld — oplossing: bedoelt u "pubDate"? Pas de naam aan (hoofdletters tellen mee)',
    );
  });

  it('a description that is too long for search results', () => {
    const [line] = lines([article('x', { description: `"${'a'.repeat(170)}"` })]);
    expect(line).toMatch(
      /^content\/articles\/x\.mdx:3: "description" is te lang voor zoekresultaten: maximaal 160 tekens, nu 170 — oplossing: /,
    );
  });

  it('a published article without a description or tags', () => {
    expect(lines([article('x', { description: '""', tags: '[]' })])).toEqual([
      expect.stringMatching(
        /^content\/articles\/x\.mdx:3: "description" ontbreekt: een gepubliceerd artikel heeft een samenvatting nodig/,
      ),
      expect.stringMatching(
        /^content\/articles\/x\.mdx:8: "tags" ontbreekt: een gepubliceerd artikel heeft minstens één onderwerp/,
      ),
    ]);
  });

  it('series without seriesPart', () => {
    expect(lines([article('x', { seriesPart: undefined })])[0]).toMatch(
      /"seriesPart" ontbreekt: een artikel in een reeks heeft een volgnummer nodig/,
    );
  });

  it('broken YAML, with the line of the error', () => {
    const broken = {
      path: 'content/articles/x.mdx',
      source: '---\ntitle: "Niet afgesloten\npubDate: 2020-10-01\n---\nTekst\n',
    };
    const [line] = lines([broken]);
    expect(line).toMatch(/^content\/articles\/x\.mdx:\d+: de frontmatter is geen geldige YAML: /);
  });

  it('a file without frontmatter', () => {
    expect(lines([{ path: 'content/articles/x.mdx', source: 'Alleen tekst.\n' }])[0]).toMatch(
      /^content\/articles\/x\.mdx:1: de frontmatter ontbreekt — oplossing: begin het bestand met een regel ---/,
    );
  });
});

describe('content checker: cross-file rules', () => {
  it('an unknown author, with the ids that exist', () => {
    expect(lines([article('x', { author: 'jan' })])).toEqual([
      'content/articles/x.mdx:5: "author" "jan" staat niet in content/authors.yaml — oplossing: gebruik een id uit content/authors.yaml (redactie) of voeg "jan" daar toe',
    ]);
  });

  it('an unknown series, with a suggestion', () => {
    expect(lines([article('x', { series: 'gtconnect' })])[0]).toBe(
      'content/articles/x.mdx:6: "series" "gtconnect" staat niet in content/series.yaml — oplossing: bedoelt u "gt-connect"?',
    );
  });

  it('an unknown tag', () => {
    expect(lines([article('x', { tags: '[gt-connect, teams]' })])[0]).toMatch(
      /^content\/articles\/x\.mdx:8: "tags" "teams" staat niet in content\/tags\.yaml/,
    );
  });

  it('two files with the same slug in different folders', () => {
    const a = { ...article('dubbel'), path: 'content/articles/2020/dubbel.mdx' };
    const b = {
      ...article('dubbel', { seriesPart: '2' }),
      path: 'content/articles/2021/dubbel.mdx',
    };
    expect(lines([a, b])).toEqual([
      'content/articles/2020/dubbel.mdx: dezelfde slug "dubbel" als content/articles/2021/dubbel.mdx — oplossing: geef een van de bestanden een andere naam; de bestandsnaam is het webadres',
      'content/articles/2021/dubbel.mdx: dezelfde slug "dubbel" als content/articles/2020/dubbel.mdx — oplossing: geef een van de bestanden een andere naam; de bestandsnaam is het webadres',
    ]);
  });

  it('a series position used twice', () => {
    const problems = lines([article('een'), article('twee')]);
    expect(problems).toEqual([
      'content/articles/een.mdx:7: "seriesPart" deel 1 van reeks "gt-connect" is ook content/articles/twee.mdx — oplossing: geef elk artikel in de reeks een eigen volgnummer',
      'content/articles/twee.mdx:7: "seriesPart" deel 1 van reeks "gt-connect" is ook content/articles/een.mdx — oplossing: geef elk artikel in de reeks een eigen volgnummer',
    ]);
  });

  it('a file name that is not a valid slug, with the slug to use', () => {
    expect(lines([{ ...article('x'), path: 'content/articles/Mijn Artikel.mdx' }])[0]).toBe(
      'content/articles/Mijn Artikel.mdx: de bestandsnaam "Mijn Artikel" is geen geldig webadres (alleen kleine letters, cijfers en losse streepjes) — oplossing: hernoem het bestand naar mijn-artikel.mdx',
    );
  });

  it('a .md file that would be silently skipped', () => {
    expect(lines([{ ...article('x'), path: 'content/articles/x.md' }])[0]).toMatch(
      /^content\/articles\/x\.md: wordt niet gepubliceerd: alleen \.mdx-bestanden zijn artikelen/,
    );
  });

  it('ignores images and _partials next to articles', () => {
    expect(
      lines([
        article('x'),
        { path: 'content/articles/x.png', source: '' },
        { path: 'content/articles/_notities.md', source: '' },
      ]),
    ).toEqual([]);
  });

  it('a duplicate id in a data file', () => {
    const authors = '- id: redactie\n  name: A\n  bio: B\n- id: redactie\n  name: C\n  bio: D\n';
    expect(lines([article('x')], { 'content/authors.yaml': authors })).toEqual([
      'content/authors.yaml:4: "id" "redactie" komt vaker voor in dit bestand (eerst op regel 1) — oplossing: geef elk item een eigen id',
    ]);
  });

  it('a missing data file', () => {
    expect(lines([], { 'content/series.yaml': undefined })).toEqual([
      'content/series.yaml: het bestand ontbreekt — oplossing: maak content/series.yaml aan met een lijst van items',
    ]);
  });

  it('reports every problem at once, errors counted', () => {
    const { problems } = checkContent(
      sources([
        article('a', { pubDate: 'gisteren', author: 'jan' }),
        article('b', { title: undefined, seriesPart: '2' }),
      ]),
    );
    expect(problems.length).toBe(2);
    expect(formatReport(problems).split('\n').at(-1)).toBe('2 fouten, 0 waarschuwingen');
  });
});

describe('content checker: routes for link checks', () => {
  it('knows the fixed pages and the pages the content generates', () => {
    const { context } = checkContent(
      sources([article('geldig', { tags: '[gt-connect, telefonie]' })]),
    );
    expect([...context.routes.keys()]).toEqual(
      expect.arrayContaining([
        '/',
        '/artikelen/',
        '/artikelen/geldig/',
        '/onderwerpen/gt-connect/',
        '/onderwerpen/telefonie/',
        '/reeks/gt-connect/',
      ]),
    );
    expect(context.routes.has('/onderwerpen/bestaat-niet/')).toBe(false);
  });
});

describe('content checker: cover image', () => {
  const image = { path: 'content/articles/afbeeldingen/omslag.png', source: '' };
  const withCover = (cover: string) => article('x', { cover }, '\nTekst.\n');

  it('accepts a cover with a file next to the article and an alt text', () => {
    expect(
      lines([
        withCover(
          '{ src: ./afbeeldingen/omslag.png, alt: "Een telefooncentrale in een serverruimte" }',
        ),
        image,
      ]),
    ).toEqual([]);
  });

  it('a cover without alt text fails in the schema, naming the field', () => {
    const [line] = lines([withCover('{ src: ./afbeeldingen/omslag.png }'), image]);
    expect(line).toMatch(
      /^content\/articles\/x\.mdx:9: "cover\.alt" ontbreekt — oplossing: schrijf cover: met daaronder ingesprongen src: /,
    );
  });

  it('a cover with an empty alt text', () => {
    expect(lines([withCover('{ src: ./afbeeldingen/omslag.png, alt: "" }'), image])[0]).toContain(
      '"cover.alt" mag niet leeg zijn: beschrijf in een zin wat de afbeelding laat zien',
    );
  });

  it('a cover whose file does not exist, with the file that does', () => {
    expect(
      lines([
        withCover(
          '{ src: ./afbeeldingen/omslg.png, alt: "Een telefooncentrale in een serverruimte" }',
        ),
        image,
      ]),
    ).toEqual([
      'content/articles/x.mdx:9: "cover" afbeelding ./afbeeldingen/omslg.png bestaat niet (gezocht: content/articles/afbeeldingen/omslg.png) — oplossing: bedoelt u ./afbeeldingen/omslag.png? Hoofdletters tellen mee',
    ]);
  });

  it('a cover on another website', () => {
    expect(
      lines([withCover('{ src: "https://example.com/foto.jpg", alt: "Een foto" }')])[0],
    ).toContain('staat op een andere website; de site laadt niets van andere websites');
  });
});
