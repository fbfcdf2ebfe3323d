import { chromium } from 'playwright-core';
import { startServer } from './serve.ts';
const { server, url } = await startServer({ root: 'dist', port: 0, gzip: true });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await (await b.newContext()).newPage();
for (const q of process.argv.slice(2)) {
  await p.goto(`${url}/zoeken/?q=${encodeURIComponent(q)}`);
  await p.waitForFunction(() => document.querySelector('[data-output]:not([aria-busy])') && document.querySelector('[data-status]')?.textContent);
  await p.waitForTimeout(300);
  const info = await p.evaluate(() => ({
    status: document.querySelector('[data-status]')?.textContent,
    sugg: (document.querySelector('[data-suggestion]') as HTMLElement).hidden ? '' : document.querySelector('[data-suggestion]')?.textContent,
    first: [...document.querySelectorAll('.search-result')].slice(0, 3).map((r) => r.querySelector('h2 a')?.getAttribute('href') + ' | ' + (r.querySelector('.search-result__section a')?.getAttribute('href') ?? '')),
  }));
  console.log(q, JSON.stringify(info));
}
await b.close(); server.close();
