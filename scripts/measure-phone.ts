/**
 * Phone-layout figures (issue 12): the header's height at 320, 360, 375, 414 and 1280 px on
 * one example page per type, the top of the first search result at 375×800, and the gzip
 * bytes of an article page. Prints figures; never fails on them (the e2e tests hold the limits).
 *
 *   node scripts/measure-phone.ts [--dist dist]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { paths } from '../src/routes.ts';
import { pageExamples } from '../tests/helpers/page-types.ts';
import { CHROMIUM_ARGS, requireChromium } from './lib/chromium.ts';
import { startServer } from './serve.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = resolve(values.dist);
const WIDTHS = [320, 360, 375, 414, 1280];

const { server, url } = await startServer({ root: dist, port: 0, gzip: true });
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: [...CHROMIUM_ARGS],
  headless: true,
});
try {
  const { examples } = pageExamples(dist);
  console.log(['page type', ...WIDTHS.map((w) => `${w}px`)].join('\t'));
  for (const example of examples) {
    const heights: number[] = [];
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(url + example.url);
      heights.push(Math.round((await page.locator('.site-header').boundingBox())?.height ?? -1));
      await context.close();
    }
    console.log([example.type.name, ...heights].join('\t'));
  }
  // A desktop browser in a narrow window (fine pointer: keyboard hints shown) and a phone.
  for (const [device, options] of [
    ['fine pointer', {}],
    ['phone (touch)', { isMobile: true, hasTouch: true }],
  ] as const) {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, ...options });
    const page = await context.newPage();
    for (const query of ['GT Connect', 'aanbesteding']) {
      await page.goto(`${url}${paths.search()}?q=${encodeURIComponent(query)}`);
      const first = page.locator('[data-results] li').first();
      await first.waitFor();
      console.log(
        `first result top at 375×800, ${device}, ‘${query}’: ${Math.round((await first.boundingBox())?.y ?? -1)} px`,
      );
    }
    await context.close();
  }
  const article = examples.find((e) => e.type.name === 'article')!;
  const html = readFileSync(join(dist, article.file));
  console.log(`article ${article.url}: ${html.length} B HTML, ${gzipSync(html).length} B gzip`);
} finally {
  await browser.close();
  await new Promise((done) => server.close(done));
}
