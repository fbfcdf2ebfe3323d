/**
 * The page types of the site: the HTML page routes of the route table (`src/routes.ts`), which
 * the per-template gates use (axe at three screen settings, keyboard run, served headers on an
 * example page, budgets). Gates that can afford it run over every page in dist/ instead; this
 * list picks one example page per type.
 *
 * Data-driven both ways:
 * - every type listed here must have a page in dist/, except an `optional` one, whose absence
 *   is explained and checked (`tests/build/page-types.test.ts`);
 * - a page in dist/ that matches no type fails `tests/build/page-types.test.ts` (and
 *   `tests/build/routes.test.ts`), so a new kind of page cannot silently escape the gates: it
 *   needs an entry in the route table, and here only what its gates need beyond that.
 *
 * `states` are extra situations on the same page that the a11y gates must also see (search
 * results open, quiz answered); each `prepare` runs in the opened page.
 */
import type { Page } from 'playwright-core';
import { routeList, type RouteKey } from '../../src/routes.ts';
import { site } from '../../src/site.config.ts';
import { listPages } from './dist.ts';

export interface PageState {
  name: string;
  prepare: (page: Page) => Promise<void>;
}

/** What decides whether an optional page type exists in a build. */
export interface ContentStats {
  /** Published articles. */
  articles: number;
  /** Published articles of the topic that has the most. */
  largestTopic: number;
}

export interface PageType {
  name: string;
  /** The route of `src/routes.ts` this type is. */
  route: RouteKey;
  /** Matches the site path of every page of this type (`/artikelen/x/`). */
  pattern: RegExp;
  /** Query string for the example (`?q=…` on the search page). */
  query?: string;
  /**
   * Set for a type that exists only in some builds: says when it appears. Its absence is
   * checked against that condition instead of failing.
   */
  optional?: { when: string; present: (content: ContentStats) => boolean };
  /** Waits until a page of this type is ready to test (content that script renders is there). */
  ready?: (page: Page) => Promise<void>;
  states?: readonly PageState[];
}

/** What the gates need beyond the route table's name and pattern, per route. */
const EXTRAS: Partial<Record<RouteKey, Omit<PageType, 'name' | 'route' | 'pattern'>>> = {
  articleListPage: {
    optional: {
      when: `with more than ${site.pageSize} published articles`,
      present: ({ articles }) => articles > site.pageSize,
    },
  },
  topicPage: {
    optional: {
      when: `with more than ${site.pageSize} published articles on one topic`,
      present: ({ largestTopic }) => largestTopic > site.pageSize,
    },
  },
  // The quiz has no right or wrong answers; its A1 states are: a question answered, "next"
  // without an answer (the error), and the outcome (markup of src/components/scenarios/ScenarioKompas.astro).
  quiz: {
    ready: (page) => page.locator('[data-app]:not([hidden])').waitFor(),
    states: [
      {
        name: 'vraag beantwoord',
        prepare: async (page) => {
          const first = page.locator('[data-form] fieldset:visible');
          const key = await first.getAttribute('data-key');
          await first.locator('input[type="radio"]').first().check();
          await page.locator('[data-next]').click();
          await page.locator(`[data-form] fieldset:visible:not([data-key="${key}"])`).waitFor();
        },
      },
      {
        name: 'verder zonder antwoord',
        prepare: async (page) => {
          await page.locator('[data-next]').click();
          await page.locator('[data-form] fieldset:visible [data-error]').waitFor();
        },
      },
      {
        name: 'uitkomst',
        prepare: async (page) => {
          for (let i = 0; i < 30 && !(await page.locator('[data-result]').isVisible()); i++) {
            await page.locator('[data-form] fieldset:visible input[type="radio"]').first().check();
            await page.locator('[data-next]:visible, [data-finish]:visible').first().click();
          }
          await page.locator('[data-result]').waitFor();
        },
      },
    ],
  },
  // The subscribe page; its state: a copy button pressed (markup of src/pages/volgen.astro).
  follow: {
    ready: (page) => page.locator('[data-copy]:not([hidden])').first().waitFor(),
    states: [
      {
        name: 'adres gekopieerd',
        prepare: async (page) => {
          await page.locator('[data-copy]').first().click();
          await page.locator('[data-status]:not(:empty)').first().waitFor();
        },
      },
    ],
  },
  // A1 "search with results open": the example URL searches; ready waits for the first result
  // (markup of the search island: results are links in [data-results]).
  search: {
    query: '?q=GT+Connect',
    ready: (page) => page.locator('[data-results] a').first().waitFor({ timeout: 15_000 }),
  },
};

/** One type per HTML page route of the table (`src/routes.ts`), in table order. */
export const PAGE_TYPES: readonly PageType[] = routeList()
  .filter((route) => route.kind === 'page')
  .map((route) => ({
    name: route.name,
    route: route.key,
    pattern: route.pattern,
    ...EXTRAS[route.key],
  }));

export interface PageExample {
  type: PageType;
  /** Site path plus the type's query string. */
  url: string;
  file: string;
}

/** The type of a site path, or undefined. */
export function pageTypeOf(url: string): PageType | undefined {
  return PAGE_TYPES.find((type) => type.pattern.test(url));
}

/** One example page per type present in dist/ (the first in path order), and the missing types. */
export function pageExamples(root?: string): { examples: PageExample[]; missing: PageType[] } {
  const pages = listPages(root);
  const examples: PageExample[] = [];
  const missing: PageType[] = [];
  for (const type of PAGE_TYPES) {
    const page = pages.find(({ url }) => type.pattern.test(url));
    if (page) examples.push({ type, url: `${page.url}${type.query ?? ''}`, file: page.file });
    else missing.push(type);
  }
  return { examples, missing };
}
