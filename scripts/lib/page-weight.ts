/**
 * What a page costs to load, in gzip bytes (level 6, as deploy/nginx.conf serves it): the HTML,
 * its stylesheets, the fonts those stylesheets use, and its JavaScript including every module it
 * imports statically. Used by the budget tests and `npm run bench`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

export interface PageWeight {
  html: number;
  css: number;
  fonts: number;
  js: number;
  /** HTML + CSS + fonts (images excluded), the budget figure. */
  total: number;
  /** Site paths of the JavaScript files loaded at page load. */
  scripts: string[];
}

export function gzipSize(bytes: Buffer | string): number {
  return gzipSync(bytes, { level: 6 }).length;
}

function fileOf(root: string, url: string): string | undefined {
  const path = new URL(url, 'https://x/').pathname;
  const file = join(root, decodeURIComponent(path));
  return existsSync(file) ? file : undefined;
}

/** JS files reachable from `entries` through static `import … from '…'` / `import '…'`. */
export function staticModuleGraph(root: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const url = new URL(queue.shift()!, 'https://x/').pathname;
    if (seen.has(url)) continue;
    seen.add(url);
    const file = fileOf(root, url);
    if (!file) continue;
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(
      /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g,
    )) {
      queue.push(new URL(match[1]!, `https://x${url}`).pathname);
    }
  }
  return [...seen];
}

/** The file in dist/ of a page's path (`/x/` → `x/index.html`). */
export function pageFile(path: string): string {
  return `${path.slice(1)}index.html`;
}

/** The weight of the page in `root` at `file` (`artikelen/x/index.html`). */
export function pageWeight(root: string, file: string): PageWeight {
  const html = readFileSync(join(root, file));
  const { document } = parseHTML(html.toString('utf8'));
  const styles = [...document.querySelectorAll('link[rel~="stylesheet"]')].map((l) =>
    l.getAttribute('href')!,
  );
  let css = 0;
  const fonts = new Set<string>();
  for (const href of styles) {
    const cssFile = fileOf(root, href);
    if (!cssFile) continue;
    const text = readFileSync(cssFile, 'utf8');
    css += gzipSize(text);
    for (const match of text.matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/g))
      fonts.add(new URL(match[1]!, `https://x${new URL(href, 'https://x/').pathname}`).pathname);
  }
  for (const link of document.querySelectorAll('link[rel~="preload"][as="font"]'))
    fonts.add(link.getAttribute('href')!);
  const fontBytes = [...fonts].reduce((sum, url) => {
    const f = fileOf(root, url);
    return sum + (f ? readFileSync(f).length : 0); // woff2 is already compressed
  }, 0);
  const entries = [
    ...[...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!),
    ...[...document.querySelectorAll('link[rel~="modulepreload"]')].map((l) =>
      l.getAttribute('href')!,
    ),
  ];
  const scripts = staticModuleGraph(root, entries);
  const inline = [...document.querySelectorAll('script:not([src])')]
    .filter((s) => s.getAttribute('type') !== 'application/ld+json')
    .reduce((sum, s) => sum + gzipSize(s.textContent ?? ''), 0);
  const js = scripts.reduce((sum, url) => {
    const f = fileOf(root, url);
    return sum + (f ? gzipSize(readFileSync(f)) : 0);
  }, inline);
  const htmlSize = gzipSize(html);
  return { html: htmlSize, css, fonts: fontBytes, js, total: htmlSize + css + fontBytes, scripts };
}
