/**
 * Global setup for the e2e suite: serves dist/ once with Debian's nginx and the shipped
 * `deploy/nginx.conf` (so the headers and CSP the browser gets are the ones users get), and
 * starts one Chromium for all test files. Tests read the addresses with `inject('baseUrl')`,
 * `inject('browserWsEndpoint')` and, for header tests, `inject('nginx')`.
 *
 * Chromium is Debian's (`apt-get install -y chromium`); no browser is ever downloaded.
 */
import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startNginx } from '../../scripts/nginx.ts';

export const CHROMIUM_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/** Flags for a quiet, offline, unprivileged headless Chromium. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserWsEndpoint: string;
    /** The nginx test server: plain HTTP, HTTPS and the HTTP→HTTPS redirect server. */
    nginx: { url: string; httpsUrl: string; redirectUrl: string; certificate: string; serverName: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` or set CHROME_PATH.`);
  }
  const nginx = await startNginx({ root: 'dist' });
  let browser: BrowserServer;
  try {
    browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
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
