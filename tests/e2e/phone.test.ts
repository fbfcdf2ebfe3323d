/**
 * Reading on a phone (issue 12), measured in Chromium from the rendered boxes:
 * - the header is at most 130 px tall at 320, 360, 375 and 414 px on every page type, and the
 *   page never scrolls sideways at 320 px;
 * - on /zoeken/?q=… at 375×800 on a phone the first result starts in the top 480 px;
 * - every link and control in the header, main content and footer is at least 24×24 px or has
 *   the spacing of WCAG 2.2 SC 2.5.8 (see `tapTargetProblems` for the exceptions applied).
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { openPage, type OpenedPage } from '../helpers/browser.ts';
import { pageExamples } from '../helpers/page-types.ts';
import { tapTargetProblems } from '../helpers/tap-targets.ts';

const { examples } = pageExamples();
const HEADER_LIMIT = 130;
const WIDTHS = [320, 360, 375, 414];

describe.each(WIDTHS)('at %i px', (width) => {
  let opened: OpenedPage | undefined;
  afterAll(async () => opened?.close());

  it.each(examples)(
    'the header of $type.name ($url) is at most 130 px tall and nothing scrolls sideways',
    async (example) => {
      opened ??= await openPage({
        viewport: { width, height: 800 },
        isMobile: true,
        hasTouch: true,
      });
      const { page } = opened;
      await page.goto(example.url);
      await example.type.ready?.(page);
      const height =
        (await page.locator('body > header, .site-header').first().boundingBox())?.height ??
        Infinity;
      expect(height, `header at ${width} px`).toBeLessThanOrEqual(HEADER_LIMIT);
      expect(height, 'header rendered').toBeGreaterThan(40);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'horizontal scroll').toBeLessThanOrEqual(0);
    },
  );
});

describe('the header at 1280 px', () => {
  it('still shows the search form and the whole navigation on one row', async () => {
    const opened = await openPage({ viewport: { width: 1280, height: 800 } });
    try {
      const { page } = opened;
      await page.goto('/artikelen/');
      await expect(
        page.getByRole('searchbox', { name: 'Zoek in artikelen en kennisbank' }).isVisible(),
      ).resolves.toBe(true);
      await expect(page.locator('.header-search-link').isVisible()).resolves.toBe(false);
      const tops = await page
        .locator('.site-nav a')
        .evaluateAll((links) => [
          ...new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))),
        ]);
      expect(tops).toHaveLength(1);
    } finally {
      await opened.close();
    }
  });
});

describe('the search page on a 375×800 phone', () => {
  it('puts the first result within the top 480 px, filters behind a closed "Verfijnen"', async () => {
    const opened = await openPage({
      viewport: { width: 375, height: 800 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const { page } = opened;
      await page.goto('/zoeken/?q=aanbesteding');
      const first = page.locator('.search-result').first();
      await first.waitFor();
      expect((await first.boundingBox())!.y).toBeLessThanOrEqual(480);
      await expect(
        page.locator('[data-refine]').evaluate((d) => (d as HTMLDetailsElement).open),
      ).resolves.toBe(false);
      // No key hints on a touch screen.
      await expect(page.locator('.search-form__keys').isVisible()).resolves.toBe(false);
    } finally {
      await opened.close();
    }
  });

  it('opens "Verfijnen" by itself when a filter is active', async () => {
    const opened = await openPage({
      viewport: { width: 375, height: 800 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const { page } = opened;
      await page.goto('/zoeken/?q=aanbesteding&type=artikel');
      await page.locator('.search-result').first().waitFor();
      await expect(
        page.locator('[data-refine]').evaluate((d) => (d as HTMLDetailsElement).open),
      ).resolves.toBe(true);
      await expect(page.getByLabel('Soort').isVisible()).resolves.toBe(true);
    } finally {
      await opened.close();
    }
  });

  it('shows the key hints with a fine pointer', async () => {
    const opened = await openPage({ viewport: { width: 1280, height: 800 } });
    try {
      await opened.page.goto('/zoeken/');
      await expect(opened.page.locator('.search-form__keys').isVisible()).resolves.toBe(true);
      await expect(
        opened.page.locator('[data-refine]').evaluate((d) => (d as HTMLDetailsElement).open),
      ).resolves.toBe(true);
    } finally {
      await opened.close();
    }
  });
});

async function targetsOf(page: Page) {
  return tapTargetProblems(page);
}

describe('tap targets at 375 px (WCAG 2.2 SC 2.5.8)', () => {
  let opened: OpenedPage | undefined;
  afterAll(async () => opened?.close());

  // Every page type, and the states of a page (the quiz answered, its outcome with "Wijzig").
  const cases = examples.flatMap((example) => [
    { label: `${example.type.name} (${example.url})`, example, state: undefined },
    ...(example.type.states ?? []).map((state) => ({
      label: `${example.type.name}, ${state.name}`,
      example,
      state,
    })),
  ]);
  it.each(cases)('$label', async ({ example, state }) => {
    opened ??= await openPage({
      viewport: { width: 375, height: 800 },
      isMobile: true,
      hasTouch: true,
    });
    const { page } = opened;
    await page.goto(example.url);
    await example.type.ready?.(page);
    await state?.prepare(page);
    expect(await targetsOf(page)).toEqual([]);
  });

  it('the check sees a small target and a crowded pair, and lets an inline link in a sentence pass', async () => {
    opened ??= await openPage({
      viewport: { width: 375, height: 800 },
      isMobile: true,
      hasTouch: true,
    });
    const { page } = opened;
    await page.goto('/over/');
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.replaceChildren();
      // Styles through the CSSOM: the CSP forbids style attributes in markup.
      const place = (el: HTMLElement, left: number, top: number, size?: number) => {
        Object.assign(el.style, {
          all: 'unset',
          display: 'block',
          position: 'absolute',
          left: `${left}px`,
          top: `${top}px`,
        });
        if (size) Object.assign(el.style, { width: `${size}px`, height: `${size}px` });
        main.append(el);
      };
      // Two 16 px buttons 4 px apart: undersized and too close. A lone 16 px button far away: spaced.
      for (const [name, left, top] of [
        ['a', 10, 200],
        ['b', 30, 200],
        ['c', 200, 320],
      ] as const) {
        const button = document.createElement('button');
        button.textContent = name;
        place(button, left, top, 16);
      }
      // A link inside a sentence: the inline exception, even right next to another target.
      const sentence = document.createElement('p');
      sentence.append(
        'Lees ',
        Object.assign(document.createElement('a'), { href: '/', textContent: 'hier' }),
        ' verder.',
      );
      place(sentence, 10, 212);
    });
    const problems = await targetsOf(page);
    expect(problems.map((p) => p.split(':')[0])).toEqual(['button "a"', 'button "b"']);
  });
});

describe('ways in', () => {
  it('the 404 page has a search form and links to the kennisbank, the scenariokompas and the articles', async () => {
    const opened = await openPage({
      viewport: { width: 375, height: 800 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const { page } = opened;
      await page.goto('/bestaat-niet/');
      const main = page.locator('main');
      for (const href of ['/kennisbank/', '/scenariokompas/', '/artikelen/'])
        await expect(main.locator(`a[href="${href}"]`).count(), href).resolves.toBe(1);
      const field = main.getByRole('searchbox', { name: 'Zoek wat u zocht' });
      await field.fill('aanbesteding');
      await field.press('Enter');
      await page.waitForURL('**/zoeken/?q=aanbesteding');
      await page.locator('.search-result').first().waitFor();
    } finally {
      await opened.close();
    }
  });

  it('the home page button leads to the series, whose first part is one click away', async () => {
    const opened = await openPage({
      viewport: { width: 375, height: 800 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const { page } = opened;
      await page.goto('/');
      await page.locator('.hero .button').first().click();
      await page.waitForURL('**/reeks/gt-connect/');
      await expect(
        page.locator('main a[href="/artikelen/het-begin-van-het-einde-van-gt-connect/"]').count(),
      ).resolves.toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });

  it('body text hyphenates (lang="nl") and breaks a word that cannot fit', async () => {
    const opened = await openPage({ viewport: { width: 320, height: 640 } });
    try {
      const { page } = opened;
      await page.goto('/artikelen/');
      const style = await page
        .locator('main p')
        .first()
        .evaluate((p) => ({
          hyphens: getComputedStyle(p).hyphens,
          wrap: getComputedStyle(p).overflowWrap,
          lang: p.closest('[lang]')?.getAttribute('lang'),
        }));
      expect(style).toEqual({ hyphens: 'auto', wrap: 'break-word', lang: 'nl' });
    } finally {
      await opened.close();
    }
  });
});
