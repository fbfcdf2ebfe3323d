/**
 * D1: linkinator crawls the site as nginx serves it, from the home page and the 404 page,
 * following every internal link, stylesheet URL and #fragment. Absolute links to the production
 * origin (canonical, feed, share URLs) are rewritten to the local server, so they are checked
 * too. Links to other sites are not fetched: the test machine has no internet, and their
 * availability is not ours to gate a build on.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { listPages } from '../helpers/dist.ts';

const baseUrl = inject('baseUrl');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('D1: linkinator', () => {
  it('finds 0 broken links, stylesheet URLs or fragments on any page', async () => {
    const pages = listPages();
    const checker = new LinkChecker();
    // Start from every built page, so pages reached only through a form (/zoeken/) are checked too.
    const result = await checker.check({
      path: [
        `${baseUrl}/`,
        `${baseUrl}/.well-known/security.txt`,
        ...pages.map((p) => `${baseUrl}${p.url}`),
      ],
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 8,
      timeout: 10_000,
      urlRewriteExpressions: [
        { pattern: new RegExp(`^${escape(site.url)}`), replacement: baseUrl },
      ],
      linksToSkip: async (link) => !link.startsWith(`${baseUrl}/`),
      redirects: 'error',
    });
    const broken = result.links
      .filter((link: LinkResult) => link.state === LinkState.BROKEN)
      .map((link: LinkResult) => `${link.url} (${link.status}) on ${link.parent}`);
    expect(broken).toEqual([]);
    const ok = new Set(
      result.links
        .filter((l: LinkResult) => l.state === LinkState.OK)
        .map((l: LinkResult) => new URL(l.url).pathname),
    );
    expect(
      pages.map((p) => p.url).filter((url) => !ok.has(url)),
      'pages linkinator did not check',
    ).toEqual([]);
    console.info(
      `linkinator: ${result.links.length} links checked from ${pages.length} pages, ${ok.size} distinct paths OK`,
    );
  });

  it('reports a missing page, a missing fragment and a missing stylesheet URL (self-test)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gt-links-'));
    try {
      writeFileSync(
        join(dir, 'index.html'),
        '<!doctype html><html lang="nl"><head><title>t</title><link rel="stylesheet" href="/s.css"></head><body><h1 id="a">t</h1><a href="/weg/">weg</a> <a href="#nergens">frag</a> <a href="#a">ok</a></body></html>',
      );
      writeFileSync(join(dir, 's.css'), 'body { background: url(/ontbreekt.png); }');
      const result = await new LinkChecker().check({
        path: dir,
        recurse: true,
        checkFragments: true,
        checkCss: true,
      });
      const broken = result.links
        .filter((l: LinkResult) => l.state === LinkState.BROKEN)
        .map((l: LinkResult) => String(l.url).slice(String(l.url).indexOf(dir) + dir.length));
      expect(broken.sort()).toEqual(['/#nergens', '/ontbreekt.png', '/weg/'].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
