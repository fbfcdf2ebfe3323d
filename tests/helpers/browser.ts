/**
 * Pages in the shared Chromium, with everything a test should fail on recorded: console
 * errors, CSP violations (also from workers, via the console) and requests to other origins.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';

let browser: Promise<Browser> | undefined;

function getBrowser(): Promise<Browser> {
  browser ??= chromium.connect(inject('browserWsEndpoint'));
  return browser;
}

afterAll(async () => {
  if (browser) await (await browser).close();
  browser = undefined;
});

export interface PageProblems {
  consoleErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
  pageErrors: string[];
}

export interface OpenedPage {
  page: Page;
  problems: PageProblems;
  /** Absolute URL for a site path. */
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** Opens a new context and page. Options pass through (viewport, colorScheme, javaScriptEnabled …). */
export async function openPage(options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const context = await (await getBrowser()).newContext({ baseURL: baseUrl, ...options });
  const page = await context.newPage();
  const problems: PageProblems = {
    consoleErrors: [],
    cspViolations: [],
    foreignRequests: [],
    pageErrors: [],
  };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/Content Security Policy|CSP violation/i.test(text)) problems.cspViolations.push(text);
    else problems.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
      problems.foreignRequests.push(url);
  });
  return {
    page,
    problems,
    url: (path) => new URL(path, baseUrl).href,
    close: () => context.close(),
  };
}

/** The problems that make any page fail, for one `expect(...).toEqual(noProblems)`. */
export const noProblems: PageProblems = {
  consoleErrors: [],
  cspViolations: [],
  foreignRequests: [],
  pageErrors: [],
};
