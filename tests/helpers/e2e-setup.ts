/**
 * Global setup for the e2e suite: serves dist/ once with Debian's nginx and the shipped
 * `deploy/nginx.conf` (so the headers and CSP the browser gets are the ones users get), and
 * starts one Chromium for all test files. Tests read the addresses with `inject('baseUrl')`,
 * `inject('browserWsEndpoint')` and, for header tests, `inject('nginx')`.
 *
 * Chromium is Debian's (`apt-get install -y chromium`); no browser is ever downloaded.
 */
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/lib/chromium.ts';
import { startNginx } from '../../scripts/nginx.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserWsEndpoint: string;
    /** The nginx test server: plain HTTP, HTTPS and the HTTP→HTTPS redirect server. */
    nginx: {
      url: string;
      httpsUrl: string;
      redirectUrl: string;
      certificate: string;
      serverName: string;
    };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = requireChromium();
  const nginx = await startNginx({ root: 'dist' });
  let browser: BrowserServer;
  try {
    browser = await chromium.launchServer({
      executablePath,
      args: [...CHROMIUM_ARGS],
      headless: true,
    });
  } catch (error) {
    await nginx.stop();
    throw error;
  }
  const { url, httpsUrl, redirectUrl, certificate, serverName } = nginx;
  project.provide('baseUrl', url);
  project.provide('nginx', { url, httpsUrl, redirectUrl, certificate, serverName });
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await nginx.stop();
  };
}
