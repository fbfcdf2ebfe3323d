/**
 * Real `astro build`s of temporary copies of the site with fixture content: drafts and future
 * articles must not leak (D4, D5), a title full of markup characters must survive every
 * output (D6), and broken content must fail the build naming file and field (D3).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { listFiles, loadDocument } from '../helpers/dist.ts';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { readPagefindIndex } from '../helpers/pagefind-index.ts';
import { reviewedDateFor } from '../helpers/content-sources.ts';
import { pngSize, shareImageProblems } from '../helpers/share-images.ts';

const TRICKY = 'Beleid & "praktijk" <Wmo> 🚀 </script><!--';
const DRAFT_TOKEN = 'conceptlektoken7f3a';
const FUTURE_TOKEN = 'toekomstlektoken9c2e';
/** In the published tricky-title article: the positive control for the search index checks. */
const PUBLISHED_TOKEN = 'zichtbaartoken4d1b';
const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** An article file; author and tags come last so the given fields keep lines 2, 3, 4 … */
function mdx(fields: Record<string, string>, body: string): string {
  return `---\n${Object.entries({
    ...fields,
    ...common,
    reviewedDate: reviewedDateFor(fields['pubDate']),
  })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n\n${body}\n`;
}

const common = {
  author: 'redactie',
  tags: '[gt-connect]',
};

/** One page's worth of articles plus one, all on one topic: the article list and that topic both get a second page. */
const EXTRA = site.pageSize + 1;

describe('a build with drafts, a future article, a tricky title and a second page of articles', () => {
  let fixture: FixtureSite;
  let dist: string;
  let output: string;

  beforeAll(() => {
    fixture = createFixtureSite();
    fixture.write(
      'content/articles/concept-artikel.mdx',
      mdx(
        {
          title: `"Concept ${DRAFT_TOKEN}"`,
          description: `"Een concept dat nooit online mag komen: ${DRAFT_TOKEN} staat erin."`,
          pubDate: '2021-01-01',
          draft: 'true',
        },
        `Tekst met ${DRAFT_TOKEN}.`,
      ),
    );
    fixture.write(
      'content/articles/toekomstig-artikel.mdx',
      mdx(
        {
          title: `"Morgen ${FUTURE_TOKEN}"`,
          description: `"Een artikel dat pas morgen verschijnt en vandaag nergens mag staan: ${FUTURE_TOKEN}."`,
          pubDate: tomorrow,
        },
        `Tekst met ${FUTURE_TOKEN}.`,
      ),
    );
    fixture.write(
      'content/articles/lastige-titel.mdx',
      mdx(
        {
          title: `'${TRICKY}'`,
          description: `'Een samenvatting met <tekens> & "aanhalingstekens" en een 🚀, om het ontsnappen van tekens te testen.'`,
          pubDate: '2021-02-01',
        },
        `Tekst met een & en <code>&lt;tags&gt;</code> en een [link](/artikelen/het-begin-van-het-einde-van-gt-connect/). ${PUBLISHED_TOKEN}.[^bron]\n\n[^bron]: Een voetnoot.`,
      ),
    );
    // A topic whose only article is a draft: in a build it is empty, so it gets no page and no feed.
    fixture.write(
      'content/tags.yaml',
      `${readFileSync('content/tags.yaml', 'utf8').trimEnd()}\n- id: alleen-concept\n  label: Alleen een concept\n  description: Een onderwerp met alleen een concept, dus zonder gepubliceerde artikelen.\n`,
    );
    fixture.write(
      'content/articles/concept-leeg-onderwerp.mdx',
      `---\ntitle: "Concept over een leeg onderwerp"\ndescription: "Het enige artikel van een onderwerp, en het is nog een concept."\npubDate: 2021-01-01\ndraft: true\nauthor: redactie\ntags: [alleen-concept]\n---\n\nTekst.\n`,
    );
    for (let i = 1; i <= EXTRA; i++) {
      fixture.write(
        `content/articles/extra-artikel-${i}.mdx`,
        mdx(
          {
            title: `"Extra artikel ${i}"`,
            description:
              '"Een extra artikel, zodat de lijst met artikelen een tweede pagina krijgt."',
            pubDate: `2019-01-${String(i).padStart(2, '0')}`,
          },
          'Tekst.',
        ),
      );
    }
    const result = fixture.build();
    output = result.output;
    expect(result.status, output).toBe(0);
    dist = join(fixture.dir, 'dist');
  });

  afterAll(() => fixture?.dispose());

  it.each([
    { list: 'the article list', base: '/artikelen/', title: 'Alle artikelen' },
    { list: 'a topic', base: '/onderwerpen/gt-connect/', title: 'GT Connect' },
  ])(
    'paginates $list: page 1 at $base, the oldest article on the last page, pages linked both ways',
    ({ base, title }) => {
      const file = (path: string) => `${path.slice(1)}index.html`;
      const pages = listFiles(dist).filter((f) => f.startsWith(`${base.slice(1)}pagina/`));
      const total = pages.length + 1;
      expect(total).toBeGreaterThanOrEqual(2);
      const first = loadDocument(file(base), dist);
      const last = loadDocument(file(`${base}pagina/${total}/`), dist);
      expect(first.querySelectorAll('.card-list .card')).toHaveLength(site.pageSize);
      expect(first.querySelector('.pagination a[rel="next"]')?.getAttribute('href')).toBe(
        `${base}pagina/2/`,
      );
      expect(first.querySelector('.pagination [aria-current="page"]')?.textContent?.trim()).toBe(
        'Pagina 1',
      );
      expect(last.querySelector('h1')?.textContent).toBe(`${title}, pagina ${total} van ${total}`);
      expect(last.querySelector('.pagination a[rel="prev"]')?.getAttribute('href')).toBe(
        total === 2 ? base : `${base}pagina/${total - 1}/`,
      );
      expect(last.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
        `${site.url}${base}pagina/${total}/`,
      );
      // Newest first: the oldest (extra) article is the last one on the last page.
      expect([...last.querySelectorAll('.card-list .card h2 a')].at(-1)?.getAttribute('href')).toBe(
        '/artikelen/extra-artikel-1/',
      );
      expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain(
        `<loc>${site.url}${base}pagina/2/</loc>`,
      );
    },
  );

  it('renders footnotes with a Dutch heading and Dutch back links', () => {
    const doc = loadDocument('artikelen/lastige-titel/index.html', dist);
    const section = doc.querySelector('section[data-footnotes]');
    expect(section?.querySelector('h2')?.textContent).toBe('Voetnoten');
    expect(section?.querySelector('a[data-footnote-backref]')?.getAttribute('aria-label')).toBe(
      'Terug naar verwijzing 1',
    );
    expect(section?.textContent).toContain('Een voetnoot.');
  });

  it('D4/D5: no draft or future article in any output file', () => {
    const texts = listFiles(dist).filter((f) => /\.(html|xml|txt|json|js)$/.test(f));
    expect(texts.length).toBeGreaterThan(5);
    for (const file of texts) {
      const text = readFileSync(join(dist, file), 'utf8');
      expect(text, file).not.toContain(DRAFT_TOKEN);
      expect(text, file).not.toContain(FUTURE_TOKEN);
    }
    expect(listFiles(dist)).not.toContain('artikelen/concept-artikel/index.html');
    expect(listFiles(dist)).not.toContain('artikelen/toekomstig-artikel/index.html');
  });

  it('D4/D5: a draft or future article gets 0 search results: its words are in no pagefind file', () => {
    const index = readPagefindIndex(dist);
    const urls = index.fragments.map((f) => f.url);
    // Positive control: the published fixture article is indexed, word and page.
    expect(urls).toContain('/artikelen/lastige-titel/');
    expect(index.allText).toContain(PUBLISHED_TOKEN);
    expect(urls).not.toContain('/artikelen/concept-artikel/');
    expect(urls).not.toContain('/artikelen/toekomstig-artikel/');
    expect(index.allText).not.toContain(DRAFT_TOKEN);
    expect(index.allText).not.toContain(FUTURE_TOKEN);
  });

  it('D6: the tricky title is exact in the search index', () => {
    const fragment = readPagefindIndex(dist).fragments.find(
      (f) => f.url === '/artikelen/lastige-titel/',
    );
    expect(fragment?.meta['title']).toBe(TRICKY);
  });

  it('D5: no feed item is dated after the build', () => {
    const feed = new XMLParser().parse(readFileSync(join(dist, 'rss.xml'), 'utf8'));
    for (const item of [feed.rss.channel.item].flat())
      expect(new Date(item.pubDate).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('D6: the tricky title is exact in <title>, <h1>, og:title and JSON-LD', () => {
    const doc = loadDocument('artikelen/lastige-titel/index.html', dist);
    expect(doc.querySelector('title')?.textContent).toBe(`${TRICKY} | ${site.name}`);
    expect(doc.querySelector('h1')?.textContent).toBe(TRICKY);
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(TRICKY);
    const raw = doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
    expect(raw).not.toContain('<');
    expect(JSON.parse(raw).headline).toBe(TRICKY);
  });

  it('D6: the tricky title gets its share preview: a 1200×630 PNG, the title exact in og:image:alt', () => {
    const doc = loadDocument('artikelen/lastige-titel/index.html', dist);
    expect(doc.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
      `${site.url}/og/artikelen/lastige-titel.png`,
    );
    expect(doc.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toBe(
      `${site.name}: ${TRICKY} (1 februari 2021)`,
    );
    expect(pngSize(readFileSync(join(dist, 'og/artikelen/lastige-titel.png')))).toEqual({
      width: 1200,
      height: 630,
    });
    // And every other page of this build, the paginated lists included.
    expect(shareImageProblems(dist).problems).toEqual([]);
  });

  it.each(['rss.xml', 'onderwerpen/gt-connect/rss.xml'])(
    'D6: the tricky title round-trips through %s',
    (file) => {
      const feed = new XMLParser({ processEntities: true, htmlEntities: false }).parse(
        readFileSync(join(dist, file), 'utf8'),
      );
      expect([feed.rss.channel.item].flat().map((i: { title: string }) => i.title)).toContain(
        TRICKY,
      );
    },
  );

  it('gives a topic with only a draft neither a page nor a feed, and links to neither', () => {
    const files = listFiles(dist);
    // Positive control: a topic with published articles has both.
    expect(files).toContain('onderwerpen/gt-connect/rss.xml');
    expect(files).toContain('onderwerpen/gt-connect/index.html');
    expect(files.filter((f) => f.startsWith('onderwerpen/alleen-concept/'))).toEqual([]);
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toContain(
        '/onderwerpen/alleen-concept/',
      );
    }
    const volgen = loadDocument('volgen/index.html', dist);
    expect(volgen.getElementById('onderwerp-gt-connect')).toBeTruthy();
    expect(volgen.getElementById('onderwerp-alleen-concept')).toBeNull();
  });

  it('D6: no double-escaped entity and no replacement character anywhere', () => {
    for (const file of listFiles(dist).filter((f) => /\.(html|xml|txt|json)$/.test(f))) {
      const text = readFileSync(join(dist, file), 'utf8');
      expect(text, file).not.toContain('&amp;amp;');
      expect(text, file).not.toContain('\uFFFD');
    }
  });
});

describe('a build with broken content', () => {
  let fixture: FixtureSite;
  let result: { status: number | null; output: string };

  beforeAll(() => {
    fixture = createFixtureSite();
    fixture.write(
      'content/articles/slechte-datum.mdx',
      mdx(
        {
          title: '"Slechte datum"',
          description:
            '"Een artikel met een datum die de build niet begrijpt en dus moet weigeren."',
          pubDate: 'okt 2020',
        },
        'Tekst.',
      ),
    );
    fixture.write(
      'content/articles/zonder-titel.mdx',
      mdx(
        {
          description:
            '"Een artikel zonder titel, dat kan niet: de build moet dat duidelijk melden."',
          pubDate: '2020-10-01',
        },
        'Tekst.',
      ),
    );
    fixture.write(
      'content/articles/onbekende-reeks.mdx',
      mdx(
        {
          title: '"Onbekende reeks"',
          description:
            '"Een artikel in een reeks die niet bestaat; de build moet de reeks noemen."',
          pubDate: '2020-10-01',
          series: 'bestaat-niet',
          seriesPart: '1',
        },
        'Tekst.',
      ),
    );
    fixture.write(
      'content/articles/dubbel.mdx',
      mdx(
        {
          title: '"Dubbel A"',
          description:
            '"Twee bestanden met dezelfde naam in verschillende mappen geven dezelfde slug."',
          pubDate: '2020-10-01',
        },
        'Tekst.',
      ),
    );
    fixture.write(
      'content/articles/2021/dubbel.mdx',
      mdx(
        {
          title: '"Dubbel B"',
          description:
            '"Twee bestanden met dezelfde naam in verschillende mappen geven dezelfde slug."',
          pubDate: '2020-10-01',
        },
        'Tekst.',
      ),
    );
    fixture.write(
      'content/articles/ook-deel-een.mdx',
      mdx(
        {
          title: '"Ook deel een"',
          description:
            '"Een tweede artikel dat beweert deel 1 van de reeks te zijn; dat mag niet."',
          pubDate: '2020-10-01',
          series: 'gt-connect',
          seriesPart: '1',
        },
        'Tekst.',
      ),
    );
    result = fixture.build();
  });

  afterAll(() => fixture?.dispose());

  it('D3: fails', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/De content bevat \d+ fouten/);
  });

  it.each([
    [
      'a date written as "okt 2020"',
      'content/articles/slechte-datum.mdx:4: "pubDate" verwacht een datum als 2020-10-01, maar kreeg "okt 2020" — oplossing: schrijf de datum als jaar-maand-dag',
    ],
    [
      'a missing title',
      'content/articles/zonder-titel.mdx:1: "title" ontbreekt — oplossing: schrijf de titel op één regel',
    ],
    [
      'an unknown series',
      'content/articles/onbekende-reeks.mdx:5: "series" "bestaat-niet" staat niet in content/series.yaml',
    ],
    [
      'a duplicate slug',
      'content/articles/2021/dubbel.mdx: dezelfde slug "dubbel" als content/articles/dubbel.mdx',
    ],
    [
      'a series part used twice',
      'content/articles/ook-deel-een.mdx:6: "seriesPart" deel 1 van reeks "gt-connect" is ook content/articles/het-begin-van-het-einde-van-gt-connect.mdx',
    ],
  ])('names the file, line and field for %s', (_, line) => {
    expect(result.output).toContain(line);
  });
});
