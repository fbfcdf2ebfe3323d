/**
 * `npm run dev` as an editor uses it: a real `astro dev` on a free port in a copy of the site
 * with a draft and a scheduled article. Both must be visible and marked wherever an article
 * is listed, and a content mistake saved while the server runs must be reported at once.
 * (That production never contains them is tested in fixture-builds.test.ts.)
 */
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/integrations/content-checks.ts';
import { checkContent } from '../../src/lib/content/checkers.ts';
import { createFixtureSite, type DevServer, type FixtureSite } from '../helpers/fixture-site.ts';
import { reviewedDateFor } from '../helpers/content-sources.ts';

const tomorrow = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

function mdx(fields: Record<string, string>, body = 'Tekst van het artikel.'): string {
  const all = {
    author: 'redactie',
    tags: '[gt-connect, telefonie]',
    ...fields,
    reviewedDate: reviewedDateFor(fields['pubDate']),
  };
  return `---\n${Object.entries(all)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n\n${body}\n`;
}

let fixture: FixtureSite;
let server: DevServer;
/** The part of the series just before the draft: its pager leads to the draft. */
let lastPart: string;
/** A published article. */
let published: string;

async function page(path: string): Promise<Document> {
  const response = await fetch(new URL(path, server.url));
  expect(response.status, path).toBe(200);
  return parseHTML(await response.text()).document as unknown as Document;
}

beforeAll(async () => {
  fixture = createFixtureSite();
  const { context } = checkContent(readContentFiles(fixture.dir));
  const parts = context.articles
    .filter((a) => a.data?.series === 'gt-connect')
    .sort((a, b) => b.data!.seriesPart! - a.data!.seriesPart!);
  lastPart = parts[0]!.slug;
  published = parts.find((a) => !a.data!.draft)!.slug;
  const next = parts[0]!.data!.seriesPart! + 1;
  // Both dated after every real article, so they are the newest on the home page too.
  fixture.write(
    'content/articles/concept-over-teams.mdx',
    mdx({
      title: '"Concept over Teams"',
      description: '""',
      pubDate: tomorrow,
      series: 'gt-connect',
      seriesPart: String(next),
      draft: 'true',
    }),
  );
  fixture.write(
    'content/articles/gepland-over-kcc.mdx',
    mdx({
      title: '"Gepland over het KCC"',
      description:
        '"Een artikel dat pas overmorgen verschijnt, en dat de redactie nu al wil bekijken in de voorbeeldweergave."',
      pubDate: tomorrow,
      series: 'gt-connect',
      seriesPart: String(next + 1),
    }),
  );
  server = await fixture.dev();
});

afterAll(async () => {
  await server?.stop();
  fixture?.dispose();
});

/** Every link to the article, on a page, sits in a list item or card that carries its badge. */
function expectMarkedEverywhere(doc: Document, slug: string, label: string, path: string): number {
  const links = [...doc.querySelectorAll(`a[href="/artikelen/${slug}/"]`)];
  for (const link of links) {
    const item = link.closest('li, article');
    expect(item, `${path}: ${link.outerHTML}`).not.toBeNull();
    expect(
      [...item!.querySelectorAll('.badge')].map((b) => b.textContent),
      `${path}: ${item!.outerHTML}`,
    ).toContain(label);
  }
  return links.length;
}

describe('npm run dev shows drafts and scheduled articles, clearly marked', () => {
  it('marks a draft on its own page, with what that means', async () => {
    const doc = await page('/artikelen/concept-over-teams/');
    expect(doc.querySelector('h1')?.textContent).toBe('Concept over Teams');
    expect(doc.querySelector('.article__header .badge')?.textContent).toBe('Concept');
    expect(doc.querySelector('.status-notice')?.textContent).toContain(
      'Het wordt niet gepubliceerd',
    );
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('marks a scheduled article on its own page, with its date', async () => {
    const doc = await page('/artikelen/gepland-over-kcc/');
    expect(doc.querySelector('.article__header .badge')?.textContent).toBe('Gepland');
    expect(doc.querySelector('.status-notice')?.textContent).toMatch(
      /Dit artikel verschijnt pas op \d{1,2} \w+ \d{4}/,
    );
  });

  it('marks them in every list: home, all articles, topic, series, series navigation and pager', async () => {
    const counts: Record<string, number> = {};
    for (const path of [
      '/',
      '/artikelen/',
      '/onderwerpen/telefonie/',
      '/reeks/gt-connect/',
      `/artikelen/${lastPart}/`,
    ]) {
      const doc = await page(path);
      counts[path] =
        expectMarkedEverywhere(doc, 'concept-over-teams', 'Concept', path) +
        expectMarkedEverywhere(doc, 'gepland-over-kcc', 'Gepland', path);
    }
    // Each page really lists both: home (latest + series panel), list, topic, series, and the
    // series navigation of the part before them (the parts list, and the pager to the draft).
    expect(counts).toMatchObject({
      '/': 4,
      '/artikelen/': 2,
      '/onderwerpen/telefonie/': 2,
      '/reeks/gt-connect/': 2,
    });
    expect(counts[`/artikelen/${lastPart}/`]).toBeGreaterThanOrEqual(3);
    const pager = (await page(`/artikelen/${lastPart}/`)).querySelector('.pager__next');
    expect(pager?.querySelector('a')?.getAttribute('href')).toBe('/artikelen/concept-over-teams/');
    expect(pager?.querySelector('.badge')?.textContent).toBe('Concept');
  });

  it('shows no badge on a published article', async () => {
    const doc = await page(`/artikelen/${published}/`);
    expect(doc.querySelector('.article__header .badge')).toBeNull();
    expect(doc.querySelector('.status-notice')).toBeNull();
  });

  it('reports a content mistake in the terminal as soon as the file is saved', async () => {
    fixture.write(
      'content/articles/concept-over-teams.mdx',
      mdx({ title: '"Concept over Teams"', description: '""', pubDate: 'morgen', draft: 'true' }),
    );
    await expect
      .poll(() => server.output(), { timeout: 30_000, interval: 250 })
      .toContain(
        'content/articles/concept-over-teams.mdx:6: "pubDate" verwacht een datum als 2020-10-01, maar kreeg "morgen"',
      );
  });
});
