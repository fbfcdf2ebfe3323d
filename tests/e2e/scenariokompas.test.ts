/**
 * The scenario quiz in Chromium with the production headers: keyboard only from the first
 * question to the result, the shareable URL, back and forward, broken links, the fallback
 * without JavaScript, print and motion preferences, 320 px, and axe on question and result.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { noProblems, openPage, type OpenedPage } from '../helpers/browser.ts';

let opened: OpenedPage | undefined;
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

const QUIZ = '/scenariokompas/';
/** A municipality that calls via Teams and buys collectively: the hand-checked persona of the content tests. */
const PERSONA = { c: 2, t: 1, k: 2, w: 1, e: 3, i: 1, p: 2, s: 2 };
const PERSONA_QUERY = '?a=c2t1k2w1e3i1p2s2';
const TOTAL = Object.keys(PERSONA).length;

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase(),
      text: el?.textContent?.replace(/\s+/g, ' ').trim(),
      data: { ...el?.dataset },
    };
  });

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** What the result shows: ranked scenario names with their score text, and the "past het best" marks. */
const ranking = (page: Page) =>
  page.locator('[data-ranking] > li').evaluateAll((items) =>
    items.map((li) => ({
      name: li.querySelector('[data-title]')!.textContent!.trim(),
      score: li.querySelector('.kompas__score')!.textContent!.replace(/\s+/g, ' ').trim(),
      best: !(li.querySelector('[data-best]') as HTMLElement).hidden,
    })),
  );

/** Pages of the printed PDF on A4 with the 1 cm margins of Chromium's print dialog. */
async function pdfPages(page: Page): Promise<number> {
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    margin: { top: '1cm', right: '1cm', bottom: '1cm', left: '1cm' },
  });
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

const visibleHeading = (page: Page) => page.locator('[data-heading]:visible').textContent();

async function axe(page: Page): Promise<string[]> {
  // Legacy mode runs axe once in the page; the pages have no frames, so nothing is missed and no helper page opens.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode(true)
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('the scenario quiz with the keyboard only', () => {
  it('goes from the first question to an explained, ranked result, with focus on each new heading', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    await page.goto(QUIZ);
    await expect(visibleHeading(page)).resolves.toMatch(
      /^\s*Vraag 1 van 8:?\s*Wanneer loopt het contract/,
    );

    await tabTo(page, 'input[type="radio"]');
    for (const [index, [key, option]] of Object.entries(PERSONA).entries()) {
      // Tab lands on the first option; Space chooses it, arrow keys move and choose.
      expect((await focused(page)).tag).toBe('input');
      if (option === 1) await page.keyboard.press('Space');
      else for (let i = 1; i < option; i++) await page.keyboard.press('ArrowDown');
      await expect(
        page.locator(`input[name="${key}"]:checked`).getAttribute('value'),
      ).resolves.toBe(String(option));
      await tabTo(page, '[data-next]');
      await page.keyboard.press('Enter');
      const now = await focused(page);
      if (index < TOTAL - 1) {
        expect(now.tag).toBe('h2');
        expect(now.text).toMatch(new RegExp(`^Vraag ${index + 2} van ${TOTAL}:? `));
        await page.keyboard.press('Tab');
      } else {
        expect(now).toMatchObject({ tag: 'h2', text: 'Uw uitkomst' });
      }
    }

    expect(new URL(page.url()).search).toBe(PERSONA_QUERY);
    await expect(ranking(page)).resolves.toEqual([
      { name: 'Teams met eigen aanbesteding', score: '69 van 100', best: true },
      { name: 'Teams met GT Connect 2', score: '63 van 100', best: false },
      { name: 'Andere clouddienst (UCaaS)', score: '58 van 100', best: false },
      { name: 'Huidig platform verlengen', score: '46 van 100', best: false },
      { name: 'Nieuwe eigen telefooncentrale', score: '44 van 100', best: false },
    ]);
    await expect(page.locator('[data-live]').textContent()).resolves.toBe(
      'Uitkomst: Teams met eigen aanbesteding past het best, met 69 van 100. Daarna Teams met GT Connect 2, met 63.',
    );
    await expect(page.locator('[data-live]').getAttribute('role')).resolves.toBe('status');
    await expect(page.locator('[data-pick="1"] [data-why]').textContent()).resolves.toBe(
      'Dit past omdat u aangaf dat uw organisatie Teams gebruikt en er ook mee wil bellen, dat voor uw KCC een gewone wachtrij en een keuzemenu genoeg zijn en dat veel medewerkers deels thuiswerken en vanuit huis bereikbaar moeten zijn.',
    );
    // Since December 2026 GT Connect 2's status is unknown and its weights are lower: this
    // collective-purchase persona gets the route that is certainly open first, GT Connect 2 second.
    // The caveats of the top scenario are its risks, among them the 112 settings in Teams.
    await expect(
      page.locator('[data-pick="1"] [data-detail="teams-eigen-aanbesteding"]').isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.locator('[data-pick="1"] [data-detail="teams-eigen-aanbesteding"]').textContent(),
    ).resolves.toContain('dynamic emergency calling');
    // The runner-up too, with its own reasons and block: the two a meeting compares.
    await expect(page.locator('[data-pick="2"] [data-pick-name]').textContent()).resolves.toBe(
      'Teams met GT Connect 2',
    );
    await expect(page.locator('[data-pick="2"] [data-why]').textContent()).resolves.toMatch(
      /^Dit past omdat u aangaf dat /,
    );
    await expect(
      page.locator('[data-pick="2"] [data-detail="teams-gt-connect-2"]').isVisible(),
    ).resolves.toBe(true);
    await expect(page.locator('[data-detail]:visible').count()).resolves.toBe(2);
    // The caveat of the collective-purchase answer says what to ask the VNG.
    await expect(page.locator('[data-caveats]').textContent()).resolves.toContain(
      'Vraag bij de VNG na of GT Connect 2 is gegund',
    );
    await expect(page.locator('[data-caveats] li:visible').count()).resolves.toBeGreaterThan(0);
    // Further reading: the links of the questions behind the reasons (Teams, KCC, home working),
    // without the page of the top scenario, which its own block already links.
    await expect(page.locator('[data-links] li:visible a').allTextContents()).resolves.toEqual([
      'Het begin van het einde van GT Connect?',
      'Bellen via Teams, met bouwstenen uit GT Connect 2 (status onbekend)',
      'Bellen via Microsoft Teams en GT Connect 2',
      'Teams Phone',
      'Wat een gemeente van telefonie vraagt',
      'KCC (klantcontactcentrum)',
      '14+netnummer',
      'Twinning',
    ]);
    await expect(page.locator('[data-summary="t"] [data-chosen]').textContent()).resolves.toBe(
      'Ja, wij gebruiken Teams en willen er ook mee bellen',
    );
    await expect(page.locator('[data-share]').getAttribute('href')).resolves.toBe(
      `${QUIZ}${PERSONA_QUERY}`,
    );

    // "Opnieuw beginnen" by keyboard: back to question 1, nothing chosen.
    await tabTo(page, '[data-restart]');
    await page.keyboard.press('Enter');
    expect((await focused(page)).text).toMatch(/^Vraag 1 van 8/);
    expect(new URL(page.url()).search).toBe('');
    await expect(page.locator('input:checked').count()).resolves.toBe(0);
    expect(problems).toEqual(noProblems);
  });

  it('asks for an answer instead of moving on without one', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    await page.goto(QUIZ);
    await tabTo(page, '[data-next]');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-error]:visible').textContent()).resolves.toMatch(
      /Kies een antwoord/,
    );
    expect(await focused(page)).toMatchObject({ tag: 'input' });
    expect(new URL(page.url()).search).toBe('');
    await page.keyboard.press('Space');
    await expect(page.locator('[data-error]:visible').count()).resolves.toBe(0);
    expect(problems).toEqual(noProblems);
  });
});

describe('the shareable result and the browser history', () => {
  it('opens a shared URL straight on the same result', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    await page.goto(`${QUIZ}${PERSONA_QUERY}`);
    await expect(page.locator('[data-result]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-form]').isVisible()).resolves.toBe(false);
    await expect(ranking(page)).resolves.toMatchObject([
      { name: 'Teams met eigen aanbesteding', score: '69 van 100', best: true },
      {},
      {},
      {},
      {},
    ]);
    await expect(page.locator('[data-notice]').isVisible()).resolves.toBe(false);
    expect(problems).toEqual(noProblems);
  });

  it('steps back and forward through questions and result, keeping the answers', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    await page.goto(QUIZ);
    for (const [key, option] of Object.entries(PERSONA)) {
      await page.locator(`input[name="${key}"][value="${option}"]`).check();
      await page.locator('[data-next]').click();
    }
    await expect(page.locator('[data-result]').isVisible()).resolves.toBe(true);

    await page.goBack();
    await expect(visibleHeading(page)).resolves.toMatch(/Vraag 8 van 8/);
    await expect(page.locator('input[name="s"]:checked').getAttribute('value')).resolves.toBe('2');
    expect((await focused(page)).text).toMatch(/^Vraag 8 van 8/);
    await page.goBack();
    await expect(visibleHeading(page)).resolves.toMatch(/Vraag 7 van 8/);
    await expect(page.locator('input[name="p"]:checked').getAttribute('value')).resolves.toBe('2');

    await page.goForward();
    await page.goForward();
    await expect(page.locator('[data-result]').isVisible()).resolves.toBe(true);
    await expect(ranking(page)).resolves.toMatchObject([
      { name: 'Teams met eigen aanbesteding', score: '69 van 100' },
      {},
      {},
      {},
      {},
    ]);
    expect(new URL(page.url()).search).toBe(PERSONA_QUERY);
    expect(problems).toEqual(noProblems);
  });

  it('changes one answer from the result and goes straight back to the new result', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    // A municipality with much in-house knowledge that is unhappy with its platform; it first says it calls via Teams.
    await page.goto(`${QUIZ}?a=c2t1k2w1e1i1p2s3`);
    await page.getByRole('button', { name: 'Wijzig het antwoord op vraag 2' }).click();
    await expect(visibleHeading(page)).resolves.toMatch(/Vraag 2 van 8/);
    await expect(page.locator('input[name="t"]:checked').getAttribute('value')).resolves.toBe('1');
    await page.getByLabel('Nee, wij gebruiken geen Teams').check();
    await page.getByRole('button', { name: 'Naar de uitkomst' }).click();
    expect(new URL(page.url()).search).toBe('?a=c2t3k2w1e1i1p2s3');
    // Without Teams, another cloud service and a new own telephone system score the same:
    // the tie is said out loud, and both are marked as fitting best.
    await expect(ranking(page)).resolves.toMatchObject([
      { name: 'Andere clouddienst (UCaaS)', score: '63 van 100', best: true },
      { name: 'Nieuwe eigen telefooncentrale', score: '63 van 100', best: true },
      { best: false },
      { best: false },
      { best: false },
    ]);
    await expect(page.locator('[data-tie]').textContent()).resolves.toBe(
      'Andere clouddienst (UCaaS) en Nieuwe eigen telefooncentrale passen even goed bij uw antwoorden.',
    );
    await expect(page.locator('[data-caveats]').textContent()).resolves.toContain(
      'Zonder Teams is het dus niet zinvol',
    );
    // "Vorige vraag" works too, and the first question has none.
    await page.getByRole('button', { name: 'Wijzig het antwoord op vraag 1' }).click();
    await expect(page.locator('[data-prev]').isVisible()).resolves.toBe(false);
    expect(problems).toEqual(noProblems);
  });

  it('uses what it can from a broken link and asks the rest', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    await page.goto(`${QUIZ}?a=C2-t1zz9x&v=q&utm_source=mail`);
    await expect(page.locator('[data-notice]').isVisible()).resolves.toBe(true);
    await expect(visibleHeading(page)).resolves.toMatch(/Vraag 3 van 8/);
    await page.getByRole('button', { name: 'Vorige vraag' }).click();
    await expect(visibleHeading(page)).resolves.toMatch(/Vraag 2 van 8/);
    await expect(page.locator('input[name="t"]:checked').getAttribute('value')).resolves.toBe('1');
    await expect(page.locator('[data-notice]').isVisible()).resolves.toBe(false);
    expect(problems).toEqual(noProblems);
  });
});

describe('without JavaScript', () => {
  it('shows the static "welk scenario past wanneer" overview with links, not an empty box', async () => {
    opened = await openPage({ javaScriptEnabled: false });
    const { page, problems } = opened;
    await page.goto(`${QUIZ}${PERSONA_QUERY}`);
    await expect(page.locator('[data-nojs]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-app]').isVisible()).resolves.toBe(false);
    await expect(
      page.getByRole('heading', { name: 'Welk scenario past wanneer?' }).isVisible(),
    ).resolves.toBe(true);
    const links = page.locator('.scenario-overview a');
    await expect(links.count()).resolves.toBe(5);
    await links.first().click();
    await page.waitForURL('**/kennisbank/scenarios/huidig-platform-verlengen/');
    expect(problems).toEqual(noProblems);
  });
});

describe('print, motion and small screens', () => {
  it('prints the result without the controls, with the bars and the share link', async () => {
    opened = await openPage();
    const { page } = opened;
    await page.goto(`${QUIZ}${PERSONA_QUERY}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-result]').isVisible()).resolves.toBe(true);
    for (const selector of ['.kompas__actions', '.kompas__edit >> nth=0', '.site-nav']) {
      await expect(page.locator(selector).isVisible(), selector).resolves.toBe(false);
    }
    await expect(page.locator('[data-share]').isVisible()).resolves.toBe(true);
    await expect(
      page
        .locator('.kompas__fill >> nth=0')
        .evaluate((el) => getComputedStyle(el).printColorAdjust),
    ).resolves.toBe('exact');
  });

  it('prints the outcome as a handout of at most two A4 pages with what a meeting needs', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    await page.goto(`${QUIZ}${PERSONA_QUERY}`);
    await page.locator('[data-result]').waitFor();
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().isVisible();
    const text = (selector: string) => page.locator(selector).innerText();
    // Title and the date of printing.
    await expect(text('h1')).resolves.toBe('Scenariokompas');
    const today = new Date().toLocaleDateString('nl-NL', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    await expect(text('.kompas__printed')).resolves.toBe(
      `${site.name}, ${new URL(site.url).host}. Afgedrukt op ${today}.`,
    );
    // The answers, the ranking with numbers, the top two with reasons, points to watch and first steps.
    await expect(page.locator('[data-summary]:visible').count()).resolves.toBe(TOTAL);
    await expect(text('[data-summary="t"]')).resolves.toContain(
      'Ja, wij gebruiken Teams en willen er ook mee bellen',
    );
    await expect(page.locator('.kompas__score:visible').allInnerTexts()).resolves.toEqual([
      '69 van 100',
      '63 van 100',
      '58 van 100',
      '46 van 100',
      '44 van 100',
    ]);
    for (const place of ['1', '2']) {
      const pick = page.locator(`[data-pick="${place}"]`);
      await expect(pick.locator('[data-why]').innerText()).resolves.toMatch(
        /^Dit past omdat u aangaf dat /,
      );
      await expect(pick.locator('h4:visible').allInnerTexts()).resolves.toEqual([
        'Aandachtspunten bij dit scenario',
        'Eerste stappen',
      ]);
    }
    // The share link written out in full, and the disclaimer.
    await expect(text('[data-share]')).resolves.toBe(opened.url(`${QUIZ}${PERSONA_QUERY}`));
    await expect(text('.kompas__disclaimer')).resolves.toMatch(/geen advies voor uw situatie/);
    // Not on paper: the general overview, the form, the buttons and further reading.
    for (const selector of [
      '.kompas-overview',
      '[data-form]',
      '.kompas__result button',
      '[data-links]',
      '.kompas__related',
      '.kompas-intro__note',
    ]) {
      await expect(shown(selector), selector).resolves.toBe(false);
    }
    const pages = await pdfPages(page);
    console.info(`scenariokompas handout (persona): ${pages} A4 page(s)`);
    expect(pages).toBeLessThanOrEqual(2);
    expect(problems).toEqual(noProblems);
  });

  it('fits two A4 pages also with the answers that bring the most points to watch', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    await page.goto(QUIZ);
    await page.locator('[data-app]:not([hidden])').waitFor();
    // Per question the first answer with a caveat ("Let op bij uw antwoorden"), else the first answer.
    const answers = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLFieldSetElement>('fieldset[data-key]')]
        .map((fieldset) => {
          const key = fieldset.dataset['key']!;
          const options = [...fieldset.querySelectorAll<HTMLInputElement>('input[data-w]')].map(
            (input) => input.value,
          );
          return (
            key +
            (options.find((option) => document.querySelector(`[data-answer="${key}${option}"]`)) ??
              options[0])
          );
        })
        .join(''),
    );
    await page.goto(`${QUIZ}?a=${answers}`);
    await page.locator('[data-result]').waitFor();
    await expect(page.locator('[data-caveats] li:not([hidden])').count()).resolves.toBeGreaterThan(
      4,
    );
    const pages = await pdfPages(page);
    console.info(`scenariokompas handout (most caveats, ?a=${answers}): ${pages} A4 page(s)`);
    expect(pages).toBeLessThanOrEqual(2);
    expect(problems).toEqual(noProblems);
  });

  it('counts more than two pages when the general overview prints too: the count is measured, not assumed', async () => {
    opened = await openPage();
    const { page } = opened;
    await page.goto(`${QUIZ}${PERSONA_QUERY}`);
    await page.locator('[data-result]').waitFor();
    // CSSOM, which the CSP allows: the overview that the handout leaves out.
    await page
      .locator('.kompas-overview')
      .evaluate((el: HTMLElement) => el.style.setProperty('display', 'block', 'important'));
    expect(await pdfPages(page)).toBeGreaterThan(2);
  });

  it('copies the share link with visible and announced feedback; "Opnieuw beginnen" is the quiet action', async () => {
    opened = await openPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page, problems } = opened;
    await page.goto(`${QUIZ}${PERSONA_QUERY}`);
    await page.getByRole('button', { name: 'Kopieer de link' }).click();
    const status = page.locator('[data-copied]');
    await expect(status.getAttribute('role')).resolves.toBe('status');
    await status.filter({ hasText: 'De link is gekopieerd' }).waitFor();
    await expect(status.isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      opened.url(`${QUIZ}${PERSONA_QUERY}`),
    );
    // The primary button is copying; restarting is a plain text button, not styled as a button.
    await expect(page.locator('[data-copy]').getAttribute('class')).resolves.toBe('button');
    await expect(page.locator('[data-restart]').getAttribute('class')).resolves.not.toMatch(
      /\bbutton\b/,
    );
    expect(problems).toEqual(noProblems);
  });

  it('animates the bars only when the reader allows motion', async () => {
    opened = await openPage({ reducedMotion: 'reduce' });
    await opened.page.goto(`${QUIZ}${PERSONA_QUERY}`);
    const duration = (page: Page) =>
      page
        .locator('.kompas__fill >> nth=0')
        .evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
    expect(await duration(opened.page)).toBeLessThan(0.001);
    await opened.close();
    opened = await openPage({ reducedMotion: 'no-preference' });
    await opened.page.goto(`${QUIZ}${PERSONA_QUERY}`);
    expect(await duration(opened.page)).toBeGreaterThan(0.1);
  });

  it('fits 320 px without horizontal scrolling, on a question and on the result', async () => {
    opened = await openPage({ viewport: { width: 320, height: 640 } });
    const { page, problems } = opened;
    for (const path of [
      QUIZ,
      `${QUIZ}${PERSONA_QUERY}`,
      '/kennisbank/scenarios/',
      '/kennisbank/scenarios/teams-eigen-aanbesteding/',
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    expect(problems).toEqual(noProblems);
  });
});

describe('accessibility (axe: WCAG 2.0–2.2 A and AA)', () => {
  const setups = [
    { name: '1280 px', options: { viewport: { width: 1280, height: 900 } } },
    { name: '320 px', options: { viewport: { width: 320, height: 640 } } },
    {
      name: 'dark mode',
      options: { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const },
    },
  ];

  it.each(setups)(
    'finds no violations on the first question and on the result at $name',
    async ({ options }) => {
      opened = await openPage(options);
      const { page, problems } = opened;
      await page.goto(QUIZ);
      await expect(page.locator('fieldset:visible').count()).resolves.toBe(1);
      expect(await axe(page)).toEqual([]);
      // The error state of a question, too.
      await page.locator('[data-next]').click();
      expect(await axe(page)).toEqual([]);
      await page.goto(`${QUIZ}${PERSONA_QUERY}`);
      await expect(page.locator('[data-result]').isVisible()).resolves.toBe(true);
      expect(await axe(page)).toEqual([]);
      expect(problems).toEqual(noProblems);
    },
  );

  it('finds no violations on the scenario overview and a scenario page', async () => {
    opened = await openPage();
    const { page, problems } = opened;
    for (const path of ['/kennisbank/scenarios/', '/kennisbank/scenarios/cloudtelefonie/']) {
      await page.goto(path);
      expect(await axe(page), path).toEqual([]);
    }
    expect(problems).toEqual(noProblems);
  });
});
