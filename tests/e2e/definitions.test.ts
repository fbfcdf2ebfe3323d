/**
 * Definitions on tap (issue 12): on an article page a reader opens a term's definition without
 * leaving the article, by tap and by keyboard, with 0 bytes of JavaScript on the page; the link
 * to the term page stays. axe accepts the open popover.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterEach, describe, expect, it } from 'vitest';
import { readGlossaryEntries } from '../../src/integrations/term-links.ts';
import { noProblems, openPage, type OpenedPage } from '../helpers/browser.ts';

const ARTICLE = '/artikelen/het-begin-van-het-einde-van-gt-connect/';
const vng = readGlossaryEntries(process.cwd()).find((entry) => entry.id === 'vng')!;

let opened: OpenedPage | undefined;
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

describe('a term definition on an article page', () => {
  it('opens with a tap, closes with "Sluiten", and the page loads no script', async () => {
    opened = await openPage({
      viewport: { width: 375, height: 800 },
      isMobile: true,
      hasTouch: true,
    });
    const { page, problems } = opened;
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(ARTICLE);
    await expect(page.locator('script:not([type="application/ld+json"])').count()).resolves.toBe(0);
    const popover = page.locator('#begrip-uitleg-vng');
    await expect(popover.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Uitleg bij VNG' }).tap();
    await expect(popover.isVisible()).resolves.toBe(true);
    await expect(popover.textContent()).resolves.toContain(vng.definition);
    // Still on the article, and the link to the term page is still there.
    expect(new URL(page.url()).pathname).toBe(ARTICLE);
    await expect(
      page.locator('.prose a.term-link[href="/kennisbank/begrippen/vng/"]').count(),
    ).resolves.toBe(1);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.getByRole('button', { name: 'Sluiten' }).tap();
    await expect(popover.isVisible()).resolves.toBe(false);
    expect(scripts).toEqual([]);
    expect(problems).toEqual(noProblems);
  });

  it('opens with the keyboard (Tab to the button, Enter) and closes with Escape, focus back on the button', async () => {
    opened = await openPage({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = opened;
    await page.goto(ARTICLE);
    await page.locator('.prose a.term-link[href="/kennisbank/begrippen/vng/"]').focus();
    await page.keyboard.press('Tab');
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
    ).resolves.toBe('Uitleg bij VNG');
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('aria-expanded')),
    ).resolves.not.toBe('true');
    await page.keyboard.press('Enter');
    const popover = page.locator('#begrip-uitleg-vng');
    await expect(popover.isVisible()).resolves.toBe(true);
    await expect(
      page
        .locator('button.term-tip[popovertarget="begrip-uitleg-vng"]')
        .evaluate((b) => b.matches(':has(+ :popover-open)')),
    ).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(popover.isVisible()).resolves.toBe(false);
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
    ).resolves.toBe('Uitleg bij VNG');
    expect(problems).toEqual(noProblems);
  });
});
