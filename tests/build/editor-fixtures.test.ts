/**
 * Real builds of copies of the site with what editors write: a local image (optimised by
 * astro:assets), headings whose ids other content links to, "bijgewerkt op", the "Bewerk deze
 * pagina" link when it is configured; and body mistakes that must fail the build with file,
 * line and fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/integrations/content-checks.ts';
import { checkContent } from '../../src/lib/content/checkers.ts';
import { anchorsOf, ARTICLE_PAGE_ANCHORS, parseBody } from '../../src/lib/content/mdx.ts';
import { listFiles, loadDocument } from '../helpers/dist.ts';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { png } from '../helpers/png.ts';
import { reviewedDateFor, TODAY } from '../helpers/content-sources.ts';
import { formatDateNl } from '../../src/lib/dates.ts';

const EDIT_BASE = 'https://github.com/voorbeeld/gt-connect-site/edit/main/';

/** An article file: frontmatter fields in the given order, then the body. */
function mdx(fields: Record<string, string>, body: string): string {
  if (!('reviewedDate' in fields))
    fields = { ...fields, reviewedDate: reviewedDateFor(fields['pubDate']) };
  return `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n\n${body}\n`;
}

const valid = {
  title: '"Een artikel met een afbeelding"',
  description:
    '"Een artikel om te zien dat een afbeelding naast het artikel geoptimaliseerd op de pagina komt."',
  pubDate: '2021-03-01',
  updatedDate: '2021-03-23',
  author: 'redactie',
  tags: '[telefonie]',
};

const HEADINGS = [
  '## Wat kost het? (2021)',
  "## Teams & GT Connect: scenario's",
  '### Kop met *nadruk* en `code`',
  '## Überhaupt -- verstandig...',
  '## Bronnen',
  '## Bronnen',
];

describe('a build with a local image, headings, an update date and an edit link', () => {
  let fixture: FixtureSite;
  let dist: string;
  let output: string;
  let doc: Document;

  beforeAll(() => {
    fixture = createFixtureSite();
    const config = readFileSync(join(fixture.dir, 'src/site.config.ts'), 'utf8');
    expect(config).toContain("editBaseUrl: '',");
    fixture.write(
      'src/site.config.ts',
      config.replace("editBaseUrl: '',", `editBaseUrl: '${EDIT_BASE}',`),
    );
    fixture.write('content/articles/afbeeldingen/testkaart.png', png(1600, 900));
    fixture.write(
      'content/articles/afbeeldingen/schema.svg',
      '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="160" viewBox="0 0 320 160"><rect width="320" height="160" fill="#0b4f8a"/></svg>\n',
    );
    const body = [
      'De gemeente kiest een nieuwe telefooncentrale. Dat doet ze met zorg.',
      '',
      '![Testkaart met vier verticale kleurvlakken in blauw, oranje, wit en zwart](./afbeeldingen/testkaart.png)',
      '',
      '![Schema van de koppeling tussen Teams en het telefoonnet](./afbeeldingen/schema.svg)',
      '',
      // A warning, not an error: the build must still succeed.
      'Deze zin is met opzet veel te lang, zodat de leesbaarheidscontrole een waarschuwing geeft die de build niet laat mislukken, want waarschuwingen zijn geen fouten voor de redactie.',
      '',
      ...HEADINGS.flatMap((h) => [h, '', 'Tekst.', '']),
      'Zie [de kosten](#wat-kost-het-2021) en [de tweede bronnenlijst](#bronnen-1).',
    ].join('\n');
    fixture.write('content/articles/met-afbeelding.mdx', mdx(valid, body));
    const result = fixture.build();
    output = result.output;
    expect(result.status, output).toBe(0);
    dist = join(fixture.dir, 'dist');
    doc = loadDocument('artikelen/met-afbeelding/index.html', dist);
  });

  afterAll(() => fixture?.dispose());

  it('prints readability warnings but builds', () => {
    expect(output).toMatch(
      /let op {2}content\/articles\/met-afbeelding\.mdx:\d+: zin van 28 woorden: "Deze zin is met opzet veel te lang, …"/,
    );
    expect(output).toContain('0 fouten,');
  });

  it('serves the image as AVIF and WebP in several widths, with a fallback, width, height and lazy loading', () => {
    const picture = doc.querySelector('.prose picture');
    expect(picture, 'a <picture> in the article').not.toBeNull();
    const sources = [...picture!.querySelectorAll('source')];
    expect(sources.map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    for (const source of sources) {
      const candidates = source
        .getAttribute('srcset')!
        .split(',')
        .map((c) => c.trim().split(/\s+/));
      expect(candidates.map(([, w]) => w)).toEqual(['480w', '800w', '1200w', '1600w']);
      for (const [url] of candidates) expect(listFiles(dist)).toContain(url!.replace(/^\//, ''));
      expect(source.getAttribute('sizes')).toBe('(min-width: 44rem) 40rem, 100vw');
    }
    const img = picture!.querySelector('img')!;
    expect(img.getAttribute('alt')).toBe(
      'Testkaart met vier verticale kleurvlakken in blauw, oranje, wit en zwart',
    );
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1600', '900']);
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('decoding')).toBe('async');
    expect(img.getAttribute('src')).toMatch(/^\/_astro\/testkaart\.[\w-]+\.png$/);
    expect(img.hasAttribute('style')).toBe(false);
  });

  it('writes real AVIF and WebP files, smaller than the original', () => {
    const original = png(1600, 900).length;
    const avif = listFiles(dist).find((f) => /^_astro\/testkaart\..*\.avif$/.test(f))!;
    const webp = listFiles(dist).find((f) => /^_astro\/testkaart\..*\.webp$/.test(f))!;
    expect(readFileSync(join(dist, avif)).subarray(4, 12).toString('latin1')).toBe('ftypavif');
    expect(readFileSync(join(dist, webp)).subarray(8, 12).toString('latin1')).toBe('WEBP');
    expect(readFileSync(join(dist, avif)).length).toBeLessThan(original);
  });

  it('keeps an SVG as SVG, with its size set', () => {
    const img = doc.querySelector('.prose img[src$=".svg"]');
    expect(img?.getAttribute('alt')).toBe(
      'Schema van de koppeling tussen Teams en het telefoonnet',
    );
    expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual(['320', '160']);
    expect(img?.getAttribute('loading')).toBe('lazy');
  });

  it('puts the same image with absolute URLs in the feed', () => {
    const feed = new XMLParser().parse(readFileSync(join(dist, 'rss.xml'), 'utf8'));
    const item = [feed.rss.channel.item]
      .flat()
      .find((i: { link: string }) => i.link.endsWith('/artikelen/met-afbeelding/'));
    const html = parseHTML(`<div>${item['content:encoded']}</div>`).document;
    const source = html.querySelector('source[type="image/avif"]');
    for (const candidate of source!.getAttribute('srcset')!.split(','))
      expect(candidate.trim()).toMatch(/^https:\/\/gt-connect\.example\/_astro\//);
    expect(html.querySelector('img')?.getAttribute('src')).toMatch(
      /^https:\/\/gt-connect\.example\/_astro\/testkaart\./,
    );
  });

  it('gives headings exactly the ids the content checker computes, so anchor checks match the page', async () => {
    const { context } = checkContent(readContentFiles(fixture.dir));
    const record = context.articles.find((a) => a.slug === 'met-afbeelding')!;
    const expected = anchorsOf(parseBody(record).tree!);
    const ids = [...doc.querySelectorAll('.prose :is(h2, h3, h4, h5, h6)')].map((h) =>
      h.getAttribute('id'),
    );
    expect(ids).toEqual(expected);
    expect(ids).toEqual([
      'wat-kost-het-2021',
      'teams--gt-connect-scenarios',
      'kop-met-nadruk-en-code',
      'überhaupt--verstandig',
      'bronnen',
      'bronnen-1',
    ]);
    for (const anchor of ARTICLE_PAGE_ANCHORS)
      expect(doc.getElementById(anchor), anchor).not.toBeNull();
  });

  it('shows "Bijgewerkt op" and "Gecontroleerd op"; the structured data take the later of the two', () => {
    const meta = [...doc.querySelectorAll('.article__meta > div')].map((d) => [
      d.querySelector('dt')?.textContent,
      d.querySelector('dd')?.innerHTML,
    ]);
    expect(meta).toContainEqual([
      'Bijgewerkt op',
      '<time datetime="2021-03-23">23 maart 2021</time>',
    ]);
    // The fixture was checked today (reviewedDate), after its update in 2021.
    expect(meta).toContainEqual([
      'Gecontroleerd op',
      `<time datetime="${TODAY}">${formatDateNl(new Date(TODAY))}</time>`,
    ]);
    expect(
      JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!)
        .dateModified,
    ).toBe(TODAY);
    expect(
      doc.querySelector('meta[property="article:modified_time"]')?.getAttribute('content'),
    ).toBe(TODAY);
  });

  it('links "Bewerk deze pagina" to the source file when editBaseUrl is set', () => {
    const link = doc.querySelector('.edit-link a');
    expect(link?.textContent).toBe('Bewerk deze pagina');
    expect(link?.getAttribute('href')).toBe(`${EDIT_BASE}content/articles/met-afbeelding.mdx`);
  });
});

describe('the production build of the real content (editBaseUrl empty)', () => {
  it('has no "Bewerk deze pagina" link and no "Bijgewerkt op" without updatedDate', async () => {
    const { context } = checkContent(readContentFiles(process.cwd()));
    const article = context.articles.find(
      (a) => a.data?.draft === false && a.data.updatedDate === undefined,
    )!;
    expect(article, 'a published article without updatedDate').toBeDefined();
    const doc = loadDocument(`artikelen/${article.slug}/index.html`);
    expect(doc.querySelector('.edit-link')).toBeNull();
    expect(doc.body.textContent).not.toContain('Bewerk deze pagina');
    expect(doc.querySelector('.article__meta')?.textContent).not.toContain('Bijgewerkt op');
  });
});

describe('a build with mistakes in article bodies', () => {
  let fixture: FixtureSite;
  let result: { status: number | null; output: string };

  beforeAll(() => {
    fixture = createFixtureSite();
    const article = (fields: Record<string, string>, body: string) =>
      mdx({ ...valid, updatedDate: '2021-03-01', ...fields }, body);
    fixture.write('content/articles/afbeeldingen/kaart.png', png(40, 20));
    // Lines: frontmatter 1–9 (reviewedDate last), blank 10, body from line 11.
    fixture.write(
      'content/articles/onbekende-auteur.mdx',
      article({ author: 'jan-jansen' }, 'Tekst.'),
    );
    fixture.write(
      'content/articles/zonder-alt.mdx',
      article({}, 'Tekst.\n\n![](./afbeeldingen/kaart.png)\n\n![Kaart](./afbeeldingen/kart.png)'),
    );
    fixture.write(
      'content/articles/kapotte-links.mdx',
      article(
        {},
        'Lees [deel 1](/artikelen/het-begin-van-het-einde-van-gt-conect/).\n\nEn [de kosten](/artikelen/zonder-alt/#kosten).',
      ),
    );
    fixture.write(
      'content/articles/koppen.mdx',
      article({}, '# Inleiding\n\nTekst.\n\n## Kosten\n\nTekst.\n\n#### Licenties\n\nTekst.'),
    );
    fixture.write('content/articles/nog-concept.mdx', article({ draft: 'true' }, 'Nog niet af.'));
    fixture.write(
      'content/articles/lekt-concept.mdx',
      article({}, 'Binnenkort: [het concept](/artikelen/nog-concept/).'),
    );
    fixture.write(
      'content/articles/half-af.mdx',
      article({}, 'Vervang deze tekst door de inleiding.'),
    );
    fixture.write('content/articles/mdx-fout.mdx', article({}, 'Tekst.\n\nWij <3 telefonie.'));
    result = fixture.build();
  });

  afterAll(() => fixture?.dispose());

  it('fails, counting the errors', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/De content bevat 1\d fouten; zie de lijst hierboven/);
  });

  it.each([
    [
      'an unknown author',
      'content/articles/onbekende-auteur.mdx:6: "author" "jan-jansen" staat niet in content/authors.yaml — oplossing: gebruik een id uit content/authors.yaml (redactie) of voeg "jan-jansen" daar toe',
    ],
    [
      'a missing alt text',
      'content/articles/zonder-alt.mdx:13: afbeelding ./afbeeldingen/kaart.png heeft geen alt-tekst — oplossing: beschrijf tussen de vierkante haken wat de afbeelding laat zien',
    ],
    [
      'a missing image file',
      'content/articles/zonder-alt.mdx:15: afbeelding ./afbeeldingen/kart.png bestaat niet (gezocht: content/articles/afbeeldingen/kart.png) — oplossing: bedoelt u ./afbeeldingen/kaart.png?',
    ],
    [
      'a broken internal link',
      'content/articles/kapotte-links.mdx:11: link naar /artikelen/het-begin-van-het-einde-van-gt-conect/: er is geen artikel met dat adres — oplossing: bedoelt u /artikelen/het-begin-van-het-einde-van-gt-connect/?',
    ],
    [
      'a link to a missing anchor',
      'content/articles/kapotte-links.mdx:13: link naar /artikelen/zonder-alt/#kosten: /artikelen/zonder-alt/ heeft geen kop met het anker #kosten — oplossing: die pagina heeft geen tussenkoppen',
    ],
    [
      'a # heading',
      'content/articles/koppen.mdx:11: kop "# Inleiding" is een kop 1, maar de titel van het artikel is al de kop 1 van de pagina — oplossing: maak er ## Inleiding van',
    ],
    [
      'a skipped heading level',
      'content/articles/koppen.mdx:19: kop "#### Licenties" volgt op een kop 2: er wordt een niveau overgeslagen — oplossing: maak er ### Licenties van',
    ],
    [
      'a link that would leak a draft',
      'content/articles/lekt-concept.mdx:11: link naar /artikelen/nog-concept/: dat artikel staat nog niet online (concept in content/articles/nog-concept.mdx)',
    ],
    [
      'placeholder text in a published article',
      'content/articles/half-af.mdx:11: bevat nog de voorbeeldtekst "Vervang deze tekst" van npm run new, maar staat op draft: false',
    ],
    ['invalid MDX', 'content/articles/mdx-fout.mdx:13: de tekst is geen geldige MDX'],
  ])('names the file, line and fix for %s', (_, line) => {
    expect(result.output).toContain(line);
  });
});
