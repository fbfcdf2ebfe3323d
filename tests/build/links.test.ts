/** Every internal link, image and stylesheet in dist/ points at a file that exists, and every #fragment at an id. */
import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { fileForPath, listFiles, listPages, loadDocument } from '../helpers/dist.ts';

const files = new Set(listFiles());
const pages = listPages();
const idsByFile = new Map<string, Set<string>>();

function idsOf(file: string): Set<string> {
  let ids = idsByFile.get(file);
  if (!ids) {
    ids = new Set(
      [...loadDocument(file).querySelectorAll('[id]')].map((el) => el.getAttribute('id')!),
    );
    idsByFile.set(file, ids);
  }
  return ids;
}

/** Internal targets of a page: [attribute value, resolved path] for same-origin URLs. */
function internalTargets(file: string, url: string): { raw: string; path: string; hash: string }[] {
  const doc = loadDocument(file);
  const base = new URL(url, `${site.url}/`);
  const values = [
    ...[...doc.querySelectorAll('a[href], link[href]')].map((el) => el.getAttribute('href')!),
    ...[...doc.querySelectorAll('img[src], script[src], source[src]')].map((el) =>
      el.getAttribute('src')!,
    ),
    ...[...doc.querySelectorAll('img[srcset], source[srcset]')].flatMap((el) =>
      el
        .getAttribute('srcset')!
        .split(',')
        .map((c) => c.trim().split(/\s+/)[0]!),
    ),
  ];
  return values
    .map((raw) => ({ raw, target: new URL(raw, base) }))
    .filter(({ target }) => target.origin === base.origin)
    .map(({ raw, target }) => ({
      raw,
      path: target.pathname,
      hash: decodeURIComponent(target.hash.slice(1)),
    }));
}

describe('internal links', () => {
  it.each(pages)('$url links only to pages and fragments that exist', ({ file, url }) => {
    const broken: string[] = [];
    for (const { raw, path, hash } of internalTargets(file, url)) {
      const target = fileForPath(path, files);
      if (!target) broken.push(`${raw} (no file)`);
      else if (hash && target.endsWith('.html') && !idsOf(target).has(hash))
        broken.push(`${raw} (no id "${hash}")`);
    }
    expect(broken).toEqual([]);
  });

  it('every page is linked from another page or is the target of a form (no orphans), except the 404 page', () => {
    const reached = new Set<string>();
    for (const { file, url } of pages) {
      for (const { path } of internalTargets(file, url)) if (path !== url) reached.add(path);
      for (const form of loadDocument(file).querySelectorAll('form[action]'))
        reached.add(new URL(form.getAttribute('action')!, `${site.url}${url}`).pathname);
    }
    expect(
      pages.map((p) => p.url).filter((url) => url !== '/404.html' && !reached.has(url)),
    ).toEqual([]);
  });

  it('never links to the production origin with a relative-looking mistake or to http://', () => {
    for (const { file } of pages) {
      for (const a of loadDocument(file).querySelectorAll('a[href^="http:"]')) {
        throw new Error(`${file} links to insecure ${a.getAttribute('href')}`);
      }
    }
    expect(pages.length).toBeGreaterThan(0);
  });
});
