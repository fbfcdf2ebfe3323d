/** Sitemap (M1, M2) and robots.txt. */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { listFiles, listPages, loadDocument, readDist } from '../helpers/dist.ts';
import { assertWellFormedXml } from '../helpers/xml.ts';

const parser = new XMLParser();
const index = parser.parse(readDist('sitemap-index.xml'));
const sitemapFiles: string[] = [index.sitemapindex.sitemap]
  .flat()
  .map((s: { loc: string }) => new URL(s.loc).pathname.slice(1));
const locs: string[] = sitemapFiles.flatMap((file) =>
  [parser.parse(readDist(file)).urlset.url].flat().map((u: { loc: string }) => u.loc),
);

describe('sitemap', () => {
  it('M1: well-formed files within the protocol limits, absolute locs on the site origin', () => {
    for (const file of ['sitemap-index.xml', ...sitemapFiles]) {
      const xml = readDist(file);
      assertWellFormedXml(xml);
      expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(52_428_800);
    }
    expect(locs.length).toBeLessThanOrEqual(50_000);
    for (const loc of locs) expect(loc.startsWith(`${site.url}/`), loc).toBe(true);
  });

  it('M2: lists exactly the built pages minus 404 and noindex pages', () => {
    const expected = listPages()
      .filter(({ file }) => file !== '404.html')
      .filter(
        ({ file }) =>
          loadDocument(file).querySelector('meta[name="robots"][content*="noindex"]') === null,
      )
      .map(({ url }) => `${site.url}${url}`);
    expect([...locs].sort()).toEqual(expected.sort());
  });

  it('robots.txt points to the sitemap by its absolute URL', () => {
    expect(readDist('robots.txt')).toContain(`Sitemap: ${site.url}/sitemap-index.xml`);
    expect(listFiles()).toContain('sitemap-index.xml');
  });
});
