/**
 * The search page beyond the list (issue 12), in Chromium against the served build:
 * hits link to the section or timeline event that matched (and that id exists on the target
 * page), the count is honest when only related word forms were found, "Bedoelde u …?" offers
 * a vocabulary word for a typo, every glossary alias finds its term page first, and Back from a
 * result restores the results and the scroll position.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { readGlossaryEntries } from '../../src/integrations/term-links.ts';
import { normalizeWord } from '../../src/lib/search-hints.ts';
import { vocabularyWords } from '../../src/lib/text/words.ts';
import { noProblems, openPage, type OpenedPage } from '../helpers/browser.ts';
import { DIST, loadDocument } from '../helpers/dist.ts';
import { readPagefindIndex } from '../helpers/pagefind-index.ts';

const index = readPagefindIndex(DIST);
const glossary = readGlossaryEntries(process.cwd());

let opened: OpenedPage | undefined;
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

async function search(page: Page, query: string): Promise<string> {
  await page.goto(`/zoeken/?q=${encodeURIComponent(query)}`);
  return settled(page);
}

/** Waits until the search page has answered, and returns its status line. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-output]:not([aria-busy])') !== null &&
      (document.querySelector('[data-status]')?.textContent ?? '') !== '',
  );
  return (await page.getByRole('status').textContent()) ?? '';
}

/** Every section link on the results page resolves to an element with that id on its page. */
async function expectSectionLinksResolve(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('.search-result__section a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const check = await openPage();
  try {
    for (const href of hrefs) {
      const url = new URL(href, 'http://x');
      expect(url.hash, href).not.toBe('');
      await check.page.goto(url.pathname);
      await expect(
        check.page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).count(),
        href,
      ).resolves.toBe(1);
    }
  } finally {
    await check.close();
  }
  return hrefs;
}

/**
 * A word of one timeline event that nothing else on the site resembles (no other word anywhere
 * shares its first six letters, so stemming finds no other place): its hit must point at that event.
 */
function timelineOnlyWord(): string {
  const all = index.fragments.flatMap((f) => vocabularyWords(f.content).map(normalizeWord));
  const prefixCount = new Map<string, number>();
  for (const word of all)
    prefixCount.set(word.slice(0, 6), (prefixCount.get(word.slice(0, 6)) ?? 0) + 1);
  const events = [
    ...loadDocument('kennisbank/tijdlijn/index.html').querySelectorAll(
      '.timeline__event .timeline__text',
    ),
  ].map((p) => p.textContent ?? '');
  const word = events
    .flatMap((text) => vocabularyWords(text).map(normalizeWord))
    .find((w) => w.length >= 8 && !w.includes('-') && prefixCount.get(w.slice(0, 6)) === 1);
  if (!word) throw new Error('geen woord dat alleen in één gebeurtenis van de tijdlijn staat');
  return word;
}

describe('hits point into the page', () => {
  it('a word of one timeline event links to that event on /kennisbank/tijdlijn/', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    const word = timelineOnlyWord();
    await search(page, word);
    const result = page
      .locator('.search-result')
      .filter({ has: page.locator('h2 a[href="/kennisbank/tijdlijn/"]') });
    const href = await result.locator('.search-result__section a').getAttribute('href');
    expect(href).toMatch(/^\/kennisbank\/tijdlijn\/#[a-z0-9-]+$/);
    await expectSectionLinksResolve(page);
    // The event it points at holds the word.
    await page.goto(href!);
    const text = await page.locator(`[id="${href!.split('#')[1]}"]`).textContent();
    expect(normalizeWord(text ?? '')).toContain(word);
    expect(problems).toEqual(noProblems);
  });

  it.each(['Atos', 'kort geding', 'ledenbrief'])(
    'the section links for ‘%s’ show a heading and resolve',
    async (query) => {
      opened = await openPage();
      const { page } = opened;
      await search(page, query);
      const hrefs = await expectSectionLinksResolve(page);
      expect(hrefs.length).toBeGreaterThan(0);
      for (const text of await page.locator('.search-result__section a').allTextContents())
        expect(text.trim()).not.toBe('');
    },
  );
});

describe('honest counts and typo help', () => {
  it('says "Geen exacte treffers" for a word that no page contains, and offers the right word', async () => {
    const query = 'telefooncentale';
    expect(
      index.fragments.some((f) => vocabularyWords(f.content).map(normalizeWord).includes(query)),
      'the word must be on no page',
    ).toBe(false);
    opened = await openPage();
    const { page, problems } = opened;
    const status = await search(page, query);
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    expect(status).toBe(
      `Geen exacte treffers voor ‘${query}’. Wel resultaten voor verwante woorden:`,
    );
    const suggestion = page.locator('[data-suggestion]');
    await suggestion.waitFor();
    // The rendered text (innerText): the source may wrap the sentence over lines, as HTML allows.
    await expect(suggestion.innerText()).resolves.toBe('Bedoelde u telefooncentrale?');
    expect(problems).toEqual(noProblems);
  });

  it('counts normally when the word itself is found', async () => {
    opened = await openPage();
    await expect(search(opened.page, 'telefooncentrale')).resolves.toMatch(
      /^\d+ resultaa?te?n? voor ‘telefooncentrale’\.$/,
    );
  });

  it('"pentset" finds nothing and suggests "pentest", a link that searches for it', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    await expect(search(page, 'pentset')).resolves.toBe('Geen resultaten voor ‘pentset’.');
    const link = page.locator('[data-suggestion] a');
    await link.waitFor();
    await expect(link.textContent()).resolves.toBe('pentest');
    await link.click();
    await page.waitForURL('**/zoeken/?q=pentest');
    await expect(settled(page)).resolves.toMatch(/^\d+ resultaa?te?n? voor ‘pentest’\.$/);
    await expect(page.locator('.search-result h2 a').first().getAttribute('href')).resolves.toBe(
      '/kennisbank/begrippen/pentest/',
    );
    expect(problems).toEqual(noProblems);
  });

  it('loads the vocabulary only after a poor search', async () => {
    opened = await openPage();
    const { page } = opened;
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/zoeken/woorden.json')) fetched.push(request.url());
    });
    await search(page, 'aanbesteding');
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await search(page, 'pentset');
    await page.locator('[data-suggestion] a').waitFor();
    expect(fetched).toHaveLength(1);
  });
});

// Every alias of every term: the mechanism is the term page itself, so a new alias needs no code.
const aliases = glossary.flatMap((entry) =>
  entry.aliases.map((alias) => ({ alias, id: entry.id })),
);

describe('every glossary alias finds its term page first', () => {
  it('has aliases to check', () => {
    expect(aliases.length).toBeGreaterThan(5);
  });

  it.each(aliases)('‘$alias’ → /kennisbank/begrippen/$id/', async ({ alias, id }) => {
    opened ??= await openPage();
    await search(opened.page, alias);
    await expect(
      opened.page.locator('.search-result h2 a').first().getAttribute('href'),
    ).resolves.toBe(`/kennisbank/begrippen/${id}/`);
  });
});

describe('Back from a result', () => {
  it('restores the results shown and the scroll position, after they render again', async () => {
    opened = await openPage({ viewport: { width: 375, height: 700 } });
    const { page, problems } = opened;
    await search(page, 'gemeente');
    await page.getByRole('button', { name: 'Meer resultaten tonen' }).click();
    await page.locator('.search-result').nth(19).waitFor();
    const shown = await page.locator('.search-result').count();
    const target = page.locator('.search-result h2 a').nth(12);
    await target.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(1000);
    const href = (await target.getAttribute('href'))!;
    await target.click();
    await page.waitForURL(`**${href}`);
    await page.goBack();
    await page.waitForURL('**/zoeken/?q=gemeente');
    await page
      .locator('.search-result')
      .nth(shown - 1)
      .waitFor();
    await page.waitForFunction((y) => Math.abs(scrollY - y) < 5, scrolled);
    expect(await page.locator('.search-result').count()).toBe(shown);
    expect(problems).toEqual(noProblems);
  });

  it('restores them after a reload too, when the results must render again from the index', async () => {
    opened = await openPage({ viewport: { width: 375, height: 700 } });
    const { page } = opened;
    await search(page, 'gemeente');
    const target = page.locator('.search-result').nth(7);
    await target.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(800);
    // The island notes the position once scrolling stops.
    await page.waitForFunction(
      (y) =>
        (history.state as { searchView?: { scrollY: number } } | null)?.searchView?.scrollY ===
        Math.round(y),
      scrolled,
    );
    await page.reload();
    await page.locator('.search-result').nth(7).waitFor();
    await page.waitForFunction((y) => Math.abs(scrollY - y) < 5, scrolled);
  });
});
