/**
 * A2/A3: a scripted keyboard run on every page type (tests/helpers/page-types.ts), at a desktop
 * and a phone width. Tab from the top of the page:
 * - the skip link is the first stop and its target exists;
 * - every control in the header is reached;
 * - every stop shows a focus indicator (a computed outline) and is not covered by anything
 *   (WCAG 2.4.11: some part of it is the topmost element at its point);
 * - Tab cycles back to the start within a bound (no keyboard trap), and Shift+Tab walks the same
 *   stops backwards.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { noProblems, openPage, type OpenedPage } from '../helpers/browser.ts';
import { pageExamples } from '../helpers/page-types.ts';

interface Stop {
  key: string;
  label: string;
  outline: string;
  covered: boolean;
  inHeader: boolean;
}

/** Marks every focusable element with a stable key, and lists the header's controls. */
async function indexControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const focusable =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    let n = 0;
    for (const el of document.querySelectorAll(focusable)) el.setAttribute('data-kb', String(n++));
    return [...document.querySelectorAll(`header ${focusable.split(', ').join(', header ')}`)]
      .filter(
        (el) =>
          (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed',
      )
      .map((el) => el.getAttribute('data-kb')!);
  });
}

/** What has focus now, whether its focus is visible, and whether it is covered. */
async function currentStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const outline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
        ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`
        : '';
    const rect = el.getBoundingClientRect();
    // A link that wraps has one box per line: probe the middle and corners of each.
    const points = [...el.getClientRects()].flatMap((r) => [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 2, r.top + 2],
      [r.right - 2, r.bottom - 2],
    ]);
    const visible = points.some(([x, y]) => {
      if (x! < 0 || y! < 0 || x! > innerWidth || y! > innerHeight) return false;
      const top = document.elementFromPoint(x!, y!);
      return top !== null && (top === el || el.contains(top));
    });
    // Controls that script added after indexing get a key now.
    if (!el.hasAttribute('data-kb'))
      el.setAttribute('data-kb', `late-${document.querySelectorAll('[data-kb^="late-"]').length}`);
    return {
      key: el.getAttribute('data-kb')!,
      label: `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}"`,
      outline,
      covered: rect.width > 0 && rect.height > 0 && !visible,
      inHeader: el.closest('header') !== null,
    };
  });
}

describe('the keyboard checks themselves', () => {
  it('see a missing outline and a focused element under an overlay', async () => {
    const opened = await openPage();
    try {
      const { page } = opened;
      await page.goto('/');
      await indexControls(page);
      await page.keyboard.press('Tab');
      expect(await currentStop(page)).toMatchObject({
        label: 'a "Naar de inhoud"',
        covered: false,
        outline: expect.stringMatching(/^solid/),
      });
      await page.evaluate(() => {
        (document.activeElement as HTMLElement).style.outline = 'none';
        const overlay = document.createElement('div');
        overlay.style.cssText = 'position:fixed;inset:0;z-index:9999;background:#fff';
        document.body.append(overlay);
      });
      expect(await currentStop(page)).toMatchObject({ outline: '', covered: true });
    } finally {
      await opened.close();
    }
  });
});

const { examples } = pageExamples();
const VIEWPORTS = [
  { name: '1280 px', viewport: { width: 1280, height: 800 } },
  { name: '320 px', viewport: { width: 320, height: 640 } },
];

describe.each(VIEWPORTS)('keyboard at $name', ({ viewport }) => {
  let opened: OpenedPage | undefined;
  afterAll(async () => opened?.close());

  it.each(examples)('$type.name ($url)', async ({ type, url }) => {
    opened ??= await openPage({ viewport });
    const { page } = opened;
    await page.goto(url);
    await type.ready?.(page);
    const headerControls = await indexControls(page);
    expect(headerControls.length, 'header controls').toBeGreaterThan(0);

    // Forward: from the top of the document until focus leaves the page or returns to the start.
    // A page with a trap never gets there; the bound ends the loop and the assertion below fails.
    const forward: Stop[] = [];
    const bound = (await page.locator('[data-kb]').count()) + 50;
    for (let i = 0; i < bound; i++) {
      await page.keyboard.press('Tab');
      const stop = await currentStop(page);
      if (!stop || stop.key === forward[0]?.key) break;
      forward.push(stop);
    }
    const total = await page.locator('[data-kb]').count();
    expect(
      new Set(forward.map((s) => s.key)).size,
      'no keyboard trap: every stop once, then focus leaves the page',
    ).toBe(forward.length);
    expect(
      forward.length,
      'no keyboard trap: Tab leaves the page after every control',
    ).toBeLessThanOrEqual(total);

    // A3: the skip link first, and its target exists.
    expect(forward[0]?.label).toBe('a "Naar de inhoud"');
    const target = await page.evaluate(() => {
      const href = document.querySelector('[data-kb="0"]')?.getAttribute('href') ?? '';
      return (
        href.startsWith('#') && document.getElementById(decodeURIComponent(href.slice(1))) !== null
      );
    });
    expect(target, 'skip link target exists').toBe(true);

    // A2: every header control is reached; every stop is visibly focused and not covered.
    const reached = new Set(forward.map((s) => s.key));
    expect(
      headerControls.filter((key) => !reached.has(key)),
      'header controls never reached',
    ).toEqual([]);
    expect(
      forward.filter((s) => !s.outline).map((s) => s.label),
      'stops without a visible outline',
    ).toEqual([]);
    expect(
      forward.filter((s) => s.covered).map((s) => s.label),
      'stops covered by other content',
    ).toEqual([]);

    // Backwards from the last stop walks the same stops in reverse.
    const backward: string[] = [forward.at(-1)!.key];
    await page.locator(`[data-kb="${forward.at(-1)!.key}"]`).focus();
    for (let i = 1; i < forward.length; i++) {
      await page.keyboard.press('Shift+Tab');
      backward.push((await currentStop(page))?.key ?? 'none');
    }
    expect(backward).toEqual(forward.map((s) => s.key).reverse());
  });
});

describe('A2: the scenario quiz with the keyboard alone', () => {
  const quiz = examples.find((e) => e.type.name === 'scenario quiz')!;

  it('answers every question with Space and Enter, shows an error as an alert, and announces the outcome', async () => {
    const opened = await openPage();
    try {
      const { page } = opened;
      await page.goto(quiz.url);
      await quiz.type.ready?.(page);
      const onRadio = () =>
        page.evaluate(
          () =>
            (document.activeElement as HTMLInputElement | null)?.type === 'radio' &&
            document.activeElement!.closest('fieldset:not([hidden])') !== null,
        );
      const tabToRadio = async () => {
        for (let i = 0; i < 60 && !(await onRadio()); i++) await page.keyboard.press('Tab');
        expect(await onRadio(), 'Tab reaches the options of the question').toBe(true);
      };

      // Enter without an answer: the error appears as an alert and focus stays on the options.
      await tabToRadio();
      await page.keyboard.press('Enter');
      const error = page.locator('[data-form] fieldset:visible [data-error]');
      await error.waitFor();
      expect(await error.getAttribute('role')).toBe('alert');
      expect(await onRadio()).toBe(true);

      // Space picks an option, Enter goes on; focus moves to the next question's heading.
      for (let i = 0; i < 30 && !(await page.locator('[data-result]').isVisible()); i++) {
        await tabToRadio();
        await page.keyboard.press('Space');
        await page.keyboard.press('Enter');
      }
      await page.locator('[data-result]').waitFor();
      const live = page.locator('[data-live]');
      expect(await live.getAttribute('role')).toBe('status');
      expect(await live.textContent()).toMatch(/^Uitkomst: .+ past het best/);
      expect(opened.problems).toEqual(noProblems);
    } finally {
      await opened.close();
    }
  });
});
