/**
 * The knowledge base in Chromium with the production headers: a term link shows its definition
 * on keyboard focus (without JavaScript) and describes itself to screen readers, and axe finds
 * no WCAG 2.2 AA violations on the kennisbank pages, narrow and wide.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterEach, describe, expect, it } from 'vitest';
import { noProblems, openPage, type OpenedPage } from '../helpers/browser.ts';

const ARTICLE = '/artikelen/het-begin-van-het-einde-van-gt-connect/';
const VNG_DEFINITION =
  'De vereniging van gemeenten, die bij GT Connect namens de deelnemende gemeenten optrad.';

let opened: OpenedPage | undefined;
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

/** Name and description of the focused element, as Chromium exposes them to assistive technology. */
async function focusedAccessibility(
  opened: OpenedPage,
): Promise<{ name: string; description: string }> {
  const cdp = await opened.page.context().newCDPSession(opened.page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
    objectId: result.objectId!,
    fetchRelatives: false,
  });
  const node = nodes[0]!;
  return {
    name: String(node.name?.value ?? ''),
    description: String(node.description?.value ?? ''),
  };
}

describe('term links', () => {
  it('show the definition on keyboard focus, with JavaScript off, and describe the link to screen readers', async () => {
    opened = await openPage({ javaScriptEnabled: false });
    const { page, problems } = opened;
    await page.goto(ARTICLE);
    const link = page.locator('.prose a.term-link').first();
    await expect(link.textContent()).resolves.toBe('VNG');
    const after = () =>
      link.evaluate((el) => ({
        content: getComputedStyle(el, '::after').content,
        display: getComputedStyle(el, '::after').display,
      }));
    expect((await after()).content).toBe('none');

    // Tab from the top of the text, as a keyboard user would, until the term link has focus.
    await page.locator('.prose').evaluate((el) => {
      el.setAttribute('tabindex', '-1');
      (el as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('VNG');

    const shown = await after();
    expect(shown.display).not.toBe('none');
    expect(shown.content).toContain(VNG_DEFINITION);
    const box = await link.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(await focusedAccessibility(opened)).toEqual({
      name: 'VNG',
      description: VNG_DEFINITION,
    });
    await expect(link.getAttribute('title')).resolves.toBe(VNG_DEFINITION);
    expect(problems).toEqual(noProblems);
  });

  it('lead to the term page, which explains the term', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    await page.goto(ARTICLE);
    await page.locator('.prose a.term-link', { hasText: 'GT Connect' }).click();
    await page.waitForURL('**/kennisbank/begrippen/gt-connect/');
    await expect(page.locator('h1').textContent()).resolves.toBe('GT Connect');
    await expect(page.locator('.term-page__articles a').allTextContents()).resolves.toContain(
      'Het begin van het einde van GT Connect?',
    );
    expect(problems).toEqual(noProblems);
  });
});

// The term page with the longest word in its title (DPIA) tests wrapping at 320 px.
const PAGES = [
  '/kennisbank/',
  '/kennisbank/begrippen/',
  '/kennisbank/begrippen/gt-connect/',
  '/kennisbank/begrippen/dpia/',
  '/kennisbank/tijdlijn/',
];
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe.each([320, 1280])('accessibility at %i px', (width) => {
  it.each(PAGES)(
    '%s has no axe violations, no horizontal scrolling and no console or CSP problems',
    async (path) => {
      opened = await openPage({ viewport: { width, height: 800 } });
      const { page, problems } = opened;
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(problems).toEqual(noProblems);
    },
  );
});

describe('accessibility in dark mode', () => {
  it('the timeline, with the most colours, has no axe violations', async () => {
    opened = await openPage({ colorScheme: 'dark' });
    const { page } = opened;
    await page.goto('/kennisbank/tijdlijn/');
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('an article with a term link in focus', () => {
  it('keeps a visible focus outline and its definition inside a 320 px screen, without axe violations', async () => {
    opened = await openPage({ viewport: { width: 320, height: 640 } });
    const { page } = opened;
    await page.goto(ARTICLE);
    await page.locator('.prose a.term-link').first().focus();
    await expect(
      page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle),
    ).resolves.toBe('solid');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
