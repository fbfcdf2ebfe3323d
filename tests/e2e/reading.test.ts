/**
 * A reader's path through the served site in Chromium: home → article → series → topic, with
 * the production headers (CSP included), and nothing failing on the way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { noProblems, openPage, type OpenedPage } from '../helpers/browser.ts';

let opened: OpenedPage | undefined;
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

describe('reading the series', () => {
  it('goes from the home page via the series to the first article and on to its topic, without errors', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    await page.goto('/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Telefonie na GT Connect');
    // The main button leads to the series overview; deel 1 is one click further (issue 12).
    await page.locator('.hero').getByRole('link', { name: 'Lees de reeks' }).click();
    await page.waitForURL('**/reeks/gt-connect/');
    await page
      .locator('main')
      .getByRole('link', { name: 'Het begin van het einde van GT Connect?' })
      .first()
      .click();
    await page.waitForURL('**/artikelen/het-begin-van-het-einde-van-gt-connect/');
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Het begin van het einde van GT Connect?',
    );
    // The publication date comes first; "Gecontroleerd op" and "Bijgewerkt op" follow it.
    await expect(page.locator('.article__meta time').allTextContents()).resolves.toEqual([
      '1 oktober 2020',
      '2 december 2026',
      '2 december 2026',
    ]);
    await expect(page.locator('.article__meta dt').allTextContents()).resolves.toEqual([
      'Gepubliceerd',
      'Gecontroleerd op',
      'Bijgewerkt op',
      'Leestijd',
      'Door',
    ]);
    await page.locator('.tag-list').getByRole('link', { name: 'GT Connect' }).click();
    await page.waitForURL('**/onderwerpen/gt-connect/');
    await expect(
      page.getByRole('link', { name: 'Het begin van het einde van GT Connect?' }).count(),
    ).resolves.toBe(1);
    expect(problems).toEqual(noProblems);
  });

  it('reaches the skip link first and lands on the main content', async () => {
    opened = await openPage();
    const { page } = opened;
    await page.goto('/artikelen/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(focused).toEqual({ text: 'Naar de inhoud', href: '#inhoud' });
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('inhoud');
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    opened = await openPage({ viewport: { width: 320, height: 640 } });
    const { page, problems } = opened;
    for (const path of [
      '/',
      '/artikelen/het-begin-van-het-einde-van-gt-connect/',
      '/reeks/gt-connect/',
      '/onderwerpen/',
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    expect(problems).toEqual(noProblems);
  });

  it('follows the dark colour scheme of the operating system without script', async () => {
    opened = await openPage({ colorScheme: 'dark' });
    const { page } = opened;
    await page.goto('/');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(21, 23, 27)');
  });

  it('serves the Dutch 404 page with status 404 for an unknown address', async () => {
    opened = await openPage();
    const { page } = opened;
    const response = await page.goto('/bestaat-niet/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Pagina niet gevonden');
  });
});
