/**
 * A1: axe-core with the WCAG 2.0/2.1/2.2 A and AA rules finds 0 violations
 * - on EVERY page in dist/ at 1280 px (content differs per page: link text, headings, tables);
 * - on one example per page type (tests/helpers/page-types.ts), and its states, at 320 px and
 *   in dark mode.
 * Best-practice findings are printed as warnings, not failures; `incomplete` results (what axe
 * could not decide, such as contrast over gradients) go to .tmp/axe-incomplete.json for review.
 *
 * The same visits check what every page must never do: console errors, CSP violations,
 * requests to another origin, and (except on /zoeken/) loading the search UI.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { noProblems, openPage, type OpenedPage } from '../helpers/browser.ts';
import { listPages } from '../helpers/dist.ts';
import { pageExamples, pageTypeOf, type PageExample } from '../helpers/page-types.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const REPORT = '.tmp/axe-incomplete.json';

interface Finding {
  page: string;
  setting: string;
  rule: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}
const incomplete: Finding[] = [];
const warnings: Finding[] = [];

afterAll(() => {
  mkdirSync('.tmp', { recursive: true });
  writeFileSync(
    REPORT,
    `${JSON.stringify({ generated: new Date().toISOString(), incomplete, bestPractice: warnings }, null, 2)}\n`,
  );
  if (warnings.length) {
    console.warn(
      `axe best-practice warnings (${warnings.length}, not failing):\n${warnings.map((w) => `  ${w.page} [${w.setting}] ${w.rule}: ${w.help} (${w.targets.join(', ')})`).join('\n')}`,
    );
  }
  console.info(`axe: ${incomplete.length} incomplete results written to ${REPORT}`);
});

/** Runs axe once with WCAG and best-practice rules; returns the WCAG violations, records the rest. */
async function audit(page: Page, label: string, setting: string): Promise<string[]> {
  // resultTypes: axe details only what we report (much faster than collecting every pass).
  const results = await new AxeBuilder({ page })
    .withTags([...WCAG_TAGS, 'best-practice'])
    .options({ resultTypes: ['violations', 'incomplete'] })
    .analyze();
  const toFinding = (r: (typeof results.violations)[number]): Finding => ({
    page: label,
    setting,
    rule: r.id,
    impact: r.impact,
    help: r.help,
    targets: r.nodes.map((n) => n.target.join(' ')),
  });
  const isWcag = (tags: string[]) => tags.some((t) => WCAG_TAGS.includes(t));
  incomplete.push(...results.incomplete.map(toFinding));
  warnings.push(...results.violations.filter((r) => !isWcag(r.tags)).map(toFinding));
  return results.violations
    .filter((r) => isWcag(r.tags))
    .map(
      (r) =>
        `${r.id} (${r.impact}): ${r.help} → ${r.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/** Requests for search assets on a page that is not the search page. */
function watchSearchAssets(opened: OpenedPage): string[] {
  const loads: string[] = [];
  opened.page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (
      path.startsWith('/pagefind/') &&
      !new URL(opened.page.url()).pathname.startsWith('/zoeken/')
    )
      loads.push(path);
  });
  return loads;
}

describe('the audit itself', () => {
  it('reports a WCAG violation when there is one (image without alt text, low contrast)', async () => {
    const opened = await openPage();
    try {
      await opened.page.goto('/');
      await opened.page.evaluate(() => {
        const img = document.createElement('img');
        img.src = '/favicon.svg';
        img.width = img.height = 24;
        document.querySelector('main')!.append(img);
        document.querySelector('h1')!.classList.add('skip-link');
      });
      const violations = await audit(opened.page, '/ (broken on purpose)', 'self-test');
      expect(violations.join('\n')).toMatch(/^image-alt/m);
    } finally {
      await opened.close();
    }
  });
});

describe('every page at 1280 px: 0 WCAG violations, no errors, no third-party requests', () => {
  const pages = listPages();
  let opened: OpenedPage | undefined;
  let searchLoads: string[] = [];
  afterAll(async () => opened?.close());

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pages)('$url', async ({ url }) => {
    if (!opened) {
      opened = await openPage({ viewport: { width: 1280, height: 800 } });
      searchLoads = watchSearchAssets(opened);
    }
    opened.problems.consoleErrors.length = 0;
    // /404.html itself is a page (200); unknown paths get its body with 404 (headers.test.ts).
    // A page type with a query (search) is visited with it, in the state its readers see.
    const type = pageTypeOf(url);
    const response = await opened.page.goto(`${url}${type?.query ?? ''}`);
    expect(response?.status()).toBe(200);
    await type?.ready?.(opened.page);
    expect(await audit(opened.page, url, '1280 px')).toEqual([]);
    expect(opened.problems).toEqual(noProblems);
    expect(searchLoads, 'search UI loaded outside /zoeken/').toEqual([]);
  });
});

const SETTINGS = [
  // At 1280 px every page is audited above; here only the states (quiz answered, …).
  {
    name: '1280 px, states',
    statesOnly: true,
    options: { viewport: { width: 1280, height: 800 } },
  },
  { name: '320 px', options: { viewport: { width: 320, height: 640 } } },
  // Dark mode changes colours, not layout: one width is enough for its contrast.
  {
    name: 'dark, 1280 px',
    options: { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' as const },
  },
];

const { examples } = pageExamples();
const cases: { label: string; example: PageExample; state?: string }[] = examples.flatMap(
  (example) => [
    { label: `${example.type.name} (${example.url})`, example },
    ...(example.type.states ?? []).map((state) => ({
      label: `${example.type.name}, ${state.name} (${example.url})`,
      example,
      state: state.name,
    })),
  ],
);

describe.each(SETTINGS)(
  'page types at $name: 0 WCAG violations',
  ({ name, options, statesOnly }) => {
    let opened: OpenedPage | undefined;
    afterAll(async () => opened?.close());

    it.each(statesOnly ? cases.filter((c) => c.state) : cases)(
      '$label',
      async ({ example, state }) => {
        opened ??= await openPage(options);
        await opened.page.goto(example.url);
        await example.type.ready?.(opened.page);
        if (state) await example.type.states!.find((s) => s.name === state)!.prepare(opened.page);
        expect(
          await audit(opened.page, `${example.url}${state ? ` (${state})` : ''}`, name),
        ).toEqual([]);
        expect(opened.problems).toEqual(noProblems);
      },
    );
  },
);
