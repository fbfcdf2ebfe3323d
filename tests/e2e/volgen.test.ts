/**
 * /volgen/ in Chromium: every feed address is selectable text without JavaScript (no dead
 * button); with JavaScript the copy button puts the address on the clipboard and says so in a
 * live region, also when the clipboard is refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { noProblems, openPage, type OpenedPage } from '../helpers/browser.ts';

let opened: OpenedPage | undefined;
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

const PAGE = '/volgen/';

describe('the subscribe page', () => {
  it('without JavaScript: every feed address is plain text and no copy button shows', async () => {
    opened = await openPage({ javaScriptEnabled: false });
    const { page, problems } = opened;
    await page.goto(PAGE);
    const addresses = await page.locator('[data-address]').allTextContents();
    expect(addresses.length).toBeGreaterThan(2);
    expect(addresses[0]).toBe(`${site.url}/rss.xml`);
    for (const address of addresses)
      expect(address).toMatch(
        new RegExp(`^${site.url}/(onderwerpen/[^/]+/|reeks/[^/]+/)?rss\\.xml$`),
      );
    await expect(page.locator('[data-copy]:visible').count()).resolves.toBe(0);
    expect(problems).toEqual(noProblems);
  });

  it('copies the address to the clipboard and announces it', async () => {
    opened = await openPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page, problems } = opened;
    await page.goto(PAGE);
    const item = page.locator('.feed-list__item').nth(1);
    const address = (await item.locator('[data-address]').textContent())!;
    const button = item.getByRole('button', { name: /^Kopieer het adres van de feed / });
    await button.click();
    const status = item.getByRole('status');
    await status.filter({ hasText: 'Gekopieerd' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(address);
    expect(problems).toEqual(noProblems);
  });

  it('selects the address and says how to copy it when the clipboard is refused', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('geweigerd')) },
      });
    });
    await page.goto(PAGE);
    const item = page.locator('.feed-list__item').first();
    await item.locator('[data-copy]').click();
    await item.getByRole('status').filter({ hasText: 'Ctrl+C' }).waitFor();
    await expect(page.evaluate(() => getSelection()?.toString())).resolves.toBe(
      `${site.url}/rss.xml`,
    );
    expect(problems).toEqual(noProblems);
  });
});
