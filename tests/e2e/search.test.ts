/**
 * Search in real Chromium against the served build, with the production headers: the header
 * form, the search page (deep links, Dutch word forms, filters, "geen resultaten", keyboard,
 * address bar, no layout shift) and pagefind under the CSP (QUALITY P1, P2) with the negative
 * control (P3): without 'wasm-unsafe-eval' the same search must fail.
 */
import type { Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import { readContentFiles } from '../../src/integrations/content-checks.ts';
import { checkContent } from '../../src/lib/content/checkers.ts';
import { cspHeader } from '../../src/lib/csp.ts';
import { publishStatus } from '../../src/lib/publish.ts';
import { noProblems, openPage, type OpenedPage } from '../helpers/browser.ts';

const ARTICLE_TITLE = 'Het begin van het einde van GT Connect?';
const ARTICLE_URL = '/artikelen/het-begin-van-het-einde-van-gt-connect/';

// Expected counts come from the content, so the tests hold as articles are added.
const { context } = checkContent(readContentFiles(process.cwd()));
const published = context.articles
  .filter((a) => a.data && publishStatus(a.data, new Date()) === 'published')
  .map((a) => a.data!);
const tagLabels = new Map(
  (context.data.get('tags') ?? []).map((t) => [t.id, String(t.data?.['label'])]),
);
const withTag = (id: string) => published.filter((a) => a.tags.includes(id)).length;
const years = [...new Set(published.map((a) => String(a.pubDate.getUTCFullYear())))]
  .sort()
  .reverse();
const counted = (n: number) => (n === 1 ? '1 resultaat' : `${n} resultaten`);

let opened: OpenedPage | undefined;
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

const results = (page: Page) => page.locator('.search-result');
const status = (page: Page) => page.getByRole('status');

/** Waits until the search page has answered: a result count, "geen resultaten" or an error. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-output]:not([aria-busy])') !== null &&
      (document.querySelector('[data-status]')?.textContent ?? '') !== '',
  );
  return (await status(page).textContent()) ?? '';
}

/** The marked words of the excerpts on the page (or of one result), lower-cased. */
async function markedWords(page: Page, href?: string): Promise<string[]> {
  const scope = href
    ? results(page).filter({ has: page.locator(`a[href="${href}"]`) })
    : results(page);
  return (await scope.locator('mark').allTextContents()).map((t) =>
    t.toLowerCase().replace(/[.,;:!?]+$/, ''),
  );
}

/** The number at the start of the status line ("7 resultaten voor …"), 0 for "Geen resultaten". */
function countOf(status: string): number {
  return Number(/^(\d+) resulta/.exec(status)?.[1] ?? 0);
}

/** The years of the dates shown in the results. */
function resultYears(page: Page): Promise<string[]> {
  return results(page)
    .locator('time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!.slice(0, 4)));
}

describe('the header search form', () => {
  it('takes a query from the home page to /zoeken/?q=… with the expected article', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    await page.goto('/');
    const field = page
      .getByRole('search')
      .getByRole('searchbox', { name: 'Zoek in artikelen en kennisbank' });
    await field.fill('noodrem');
    await field.press('Enter');
    await page.waitForURL('**/zoeken/?q=noodrem');
    await expect(settled(page)).resolves.toMatch(/^\d+ resultaa?te?n? voor ‘noodrem’\.$/);
    await expect(
      results(page).getByRole('link', { name: ARTICLE_TITLE }).getAttribute('href'),
    ).resolves.toBe(ARTICLE_URL);
    await expect(page.getByRole('searchbox', { name: 'Zoekterm' }).inputValue()).resolves.toBe(
      'noodrem',
    );
    expect(problems).toEqual(noProblems);
  });

  it('is reached with Tab and shows a visible focus ring', async () => {
    opened = await openPage();
    const { page } = opened;
    await page.goto(ARTICLE_URL);
    let name: string | null = null;
    for (let i = 0; i < 15 && name !== 'q'; i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => document.activeElement?.getAttribute('name') ?? null);
    }
    expect(name).toBe('q');
    await expect(
      page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle),
    ).resolves.toBe('solid');
  });
});

describe('the search page', () => {
  it('shows results for a deep link on load: title link, type, date and a highlighted excerpt', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    await page.goto('/zoeken/?q=noodrem');
    await expect(settled(page)).resolves.toMatch(/^\d+ resultaa?te?n? voor ‘noodrem’\.$/);
    const result = results(page).filter({ has: page.locator(`a[href="${ARTICLE_URL}"]`) });
    await expect(
      result.getByRole('heading', { level: 2 }).getByRole('link').textContent(),
    ).resolves.toBe(ARTICLE_TITLE);
    await expect(result.locator('.search-result__type').textContent()).resolves.toBe('artikel');
    await expect(result.locator('time').getAttribute('datetime')).resolves.toBe('2020-10-01');
    await expect(result.locator('time').textContent()).resolves.toBe('1 oktober 2020');
    expect(await markedWords(page, ARTICLE_URL)).toContain('noodrem');
    // Into a result and back: the search is still there.
    await result.getByRole('link').click();
    await page.waitForURL(`**${ARTICLE_URL}`);
    await page.goBack();
    await page.waitForURL('**/zoeken/?q=noodrem');
    await expect(settled(page)).resolves.toMatch(/voor ‘noodrem’\.$/);
    await expect(results(page).locator(`a[href="${ARTICLE_URL}"]`).count()).resolves.toBe(1);
    await expect(page.getByRole('searchbox', { name: 'Zoekterm' }).inputValue()).resolves.toBe(
      'noodrem',
    );
    expect(problems).toEqual(noProblems);
  });

  it.each([
    ['mogelijkheid', 'mogelijkheden'],
    ['zekerheden', 'zekerheid'],
    ['gemeente', 'gemeenten'],
    ['uberhaupt', 'überhaupt'],
  ])('finds a Dutch word form: “%s” finds the article with “%s”', async (query, inText) => {
    opened = await openPage();
    const { page, problems } = opened;
    // Only articles: the glossary and timeline pages also say "gemeente" and can fill the first page of results.
    await page.goto(`/zoeken/?q=${encodeURIComponent(query)}&type=artikel`);
    // The status may say that only related forms were found (issue 12): count the list itself.
    await settled(page);
    expect(await results(page).count()).toBeGreaterThanOrEqual(1);
    await expect(results(page).locator(`a[href="${ARTICLE_URL}"]`).count()).resolves.toBe(1);
    expect(await markedWords(page, ARTICLE_URL)).toContain(inText);
    expect(problems).toEqual(noProblems);
  });

  it('narrows the results with a filter and widens them again', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    await page.goto('/zoeken/?q=gemeenten');
    // Articles and knowledge-base pages (scenarios, terms) both mention "gemeenten".
    const all = countOf(await settled(page));
    expect(all).toBeGreaterThan(published.length);
    await page.getByLabel('Soort').selectOption({ label: 'Artikel' });
    await page.waitForURL('**/zoeken/?q=gemeenten&type=artikel');
    expect(countOf(await settled(page))).toBe(published.length);
    const year = page.getByLabel('Jaar');
    await year.selectOption('2020');
    await page.waitForURL('**/zoeken/?q=gemeenten&type=artikel&jaar=2020');
    const in2020 = published.filter((a) => a.pubDate.getUTCFullYear() === 2020).length;
    expect(in2020).toBeLessThan(published.length);
    await expect(settled(page)).resolves.toBe(`${counted(in2020)} voor ‘gemeenten’ (met filters).`);
    await expect(resultYears(page)).resolves.toEqual(Array(in2020).fill('2020'));
    await year.selectOption('');
    await page.waitForURL('**/zoeken/?q=gemeenten&type=artikel');
    expect(countOf(await settled(page))).toBe(published.length);
    // A year in no index: nothing, and the value from the address stays visible in the select.
    await page.goto('/zoeken/?q=gemeenten&jaar=1999');
    await expect(settled(page)).resolves.toBe('Geen resultaten voor ‘gemeenten’ (met filters).');
    await expect(year.inputValue()).resolves.toBe('1999');
    expect(problems).toEqual(noProblems);
  });

  it('offers topics, years and types from the index, searches by topic alone and sorts by date', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    await page.goto('/zoeken/?onderwerp=Thuiswerken');
    await expect(settled(page)).resolves.toBe(
      `${counted(withTag('thuiswerken'))} met deze filters.`,
    );
    const usedTopics = [...new Set(published.flatMap((a) => a.tags))]
      .map((id) => tagLabels.get(id)!)
      .sort((a, b) => a.localeCompare(b, 'nl'));
    await expect(page.getByLabel('Onderwerp').locator('option').allTextContents()).resolves.toEqual(
      ['Alle onderwerpen', ...usedTopics],
    );
    await expect(page.getByLabel('Jaar').locator('option').allTextContents()).resolves.toEqual([
      'Alle jaren',
      ...years,
    ]);
    await expect(page.getByLabel('Soort').locator('option').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Alles', 'Artikel']),
    );
    for (const order of ['nieuw', 'oud'] as const) {
      await page.getByLabel('Volgorde').selectOption(order);
      await page.waitForURL(`**/zoeken/?onderwerp=Thuiswerken&sortering=${order}`);
      expect(countOf(await settled(page))).toBe(withTag('thuiswerken'));
      const dates = await results(page)
        .locator('time')
        .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
      expect(dates).toEqual(
        [...dates].sort((a, b) => (order === 'nieuw' ? b.localeCompare(a) : a.localeCompare(b))),
      );
    }
    expect(problems).toEqual(noProblems);
  });

  it('says “geen resultaten” for nonsense and suggests what to do next', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    await page.goto('/zoeken/?q=qwxzptlv');
    await expect(settled(page)).resolves.toBe('Geen resultaten voor ‘qwxzptlv’.');
    await expect(results(page).count()).resolves.toBe(0);
    const empty = page.locator('[data-empty]');
    await expect(empty.getByRole('heading', { name: 'Geen resultaten' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(empty.getByText('Niets gevonden voor ‘qwxzptlv’.').isVisible()).resolves.toBe(
      true,
    );
    await expect(
      empty.getByRole('link', { name: 'alle artikelen' }).getAttribute('href'),
    ).resolves.toBe('/artikelen/');
    await expect(
      empty.getByRole('link', { name: 'de onderwerpen' }).getAttribute('href'),
    ).resolves.toBe('/onderwerpen/');
    // A topic suggestion leads to real results.
    await empty.getByRole('link', { name: 'GT Connect' }).click();
    await page.waitForURL('**/zoeken/?onderwerp=GT+Connect');
    await expect(settled(page)).resolves.toBe(
      `${counted(withTag('gt-connect'))} met deze filters.`,
    );
    await page.goBack();
    await page.waitForURL('**/zoeken/?q=qwxzptlv');
    expect(problems).toEqual(noProblems);
  });

  it('works by keyboard: / focuses the field, typing updates results and address, Escape clears', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    await page.goto('/');
    await page.goto('/zoeken/');
    await page.locator('site-search[data-ready]').waitFor();
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('zoekterm');
    await expect(
      page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle),
    ).resolves.toBe('solid');
    await page.keyboard.type('noodrem');
    await page.waitForURL('**/zoeken/?q=noodrem');
    expect(countOf(await settled(page))).toBeGreaterThanOrEqual(1);
    // Results follow the field in reading order.
    await page.keyboard.press('Tab');
    for (
      let i = 0;
      i < 6 &&
      (await page.evaluate(() => document.activeElement?.closest('.search-result') === null));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(
      page.evaluate(() => document.activeElement?.closest('.search-result') !== null),
    ).resolves.toBe(true);
    await page.getByRole('searchbox', { name: 'Zoekterm' }).focus();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('searchbox', { name: 'Zoekterm' }).inputValue()).resolves.toBe('');
    await page.waitForURL((url) => url.pathname === '/zoeken/' && url.search === '');
    await expect(results(page).count()).resolves.toBe(0);
    // replaceState, not pushState: back leaves the search page for the page before it.
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/');
    expect(problems).toEqual(noProblems);
  });

  it('does not shift the layout when results arrive', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    await page.addInitScript(() => {
      const w = window as unknown as { layoutShift: number };
      w.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) w.layoutShift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/zoeken/?q=gemeenten');
    expect(countOf(await settled(page))).toBeGreaterThan(1);
    await expect(
      page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift),
    ).resolves.toBeLessThan(0.001);
    expect(problems).toEqual(noProblems);
  });

  it('fits a 320 px wide screen with results open', async () => {
    opened = await openPage({ viewport: { width: 320, height: 640 } });
    const { page, problems } = opened;
    await page.goto('/zoeken/?q=gemeenten');
    await settled(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(problems).toEqual(noProblems);
  });

  it.each([
    ['results, 1280 px, light', '/zoeken/?q=gemeenten', 1280, 'light'],
    ['geen resultaten with filters, 320 px, dark', '/zoeken/?q=qwxzptlv&jaar=1999', 320, 'dark'],
    ['the header form, 320 px, light', '/', 320, 'light'],
  ] as const)(
    'A1: axe finds no WCAG 2.2 AA violation (%s)',
    async (_, path, width, colorScheme) => {
      opened = await openPage({ viewport: { width, height: 800 }, colorScheme });
      const { page, problems } = opened;
      await page.goto(path);
      if (path.startsWith('/zoeken/')) await settled(page);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      expect(problems).toEqual(noProblems);
    },
  );

  it('without JavaScript, says search needs it and links to the lists', async () => {
    opened = await openPage({ javaScriptEnabled: false });
    const { page } = opened;
    await page.goto('/zoeken/?q=gemeenten');
    // Playwright's text and role locators skip <noscript>, so these use CSS selectors.
    const notice = page.locator('noscript .search-page__notice');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.textContent()).resolves.toContain('Zoeken werkt alleen met JavaScript');
    await expect(notice.locator('a[href="/artikelen/"]').isVisible()).resolves.toBe(true);
    await expect(notice.locator('a[href="/onderwerpen/"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('#zoekterm').isVisible()).resolves.toBe(false);
  });
});

/** The same search P1 and P3 run: pagefind's own API, imported in the page. */
async function apiSearch(page: Page, term: string): Promise<number> {
  // A string, so Vitest does not rewrite the browser's import().
  return page.evaluate<number>(
    `import('/pagefind/pagefind.js').then((pagefind) => pagefind.search(${JSON.stringify(term)})).then((search) => search.results.length)`,
  );
}

describe('pagefind under the Content Security Policy', () => {
  it('P1: the API finds a known word in a same-origin worker, with no violation anywhere', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await page.goto('/');
    await expect(apiSearch(page, 'noodrem')).resolves.toBeGreaterThanOrEqual(1);
    expect(workers).toContain('/pagefind/pagefind-worker.js');
    // Worker console messages (where a blocked WebAssembly compile is reported) reach the page's console.
    expect(problems).toEqual(noProblems);
  });

  describe('P3: negative control', () => {
    let server: Server;
    let baseUrl: string;

    beforeAll(async () => {
      const csp = cspHeader().replace(" 'wasm-unsafe-eval'", '');
      expect(csp).not.toContain('wasm-unsafe-eval');
      ({ server, url: baseUrl } = await startServer({ root: 'dist', port: 0, csp }));
    });
    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    it("fails the same search when the served CSP lacks 'wasm-unsafe-eval'", async () => {
      opened = await openPage();
      const { page, problems } = opened;
      await page.goto(`${baseUrl}/zoeken/?q=noodrem`);
      await expect(settled(page)).resolves.toMatch(/^Zoeken lukt nu niet/);
      await expect(results(page).count()).resolves.toBe(0);
      await expect(apiSearch(page, 'noodrem')).rejects.toThrow();
      expect(problems.cspViolations.join('\n')).toMatch(/WebAssembly/);
    });
  });
});
