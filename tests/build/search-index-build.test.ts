/**
 * `buildSearchIndex`, the function the pagefind integration runs at `astro:build:done`,
 * against small hand-written sites: it must fail loudly instead of shipping a broken index.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/pagefind.ts';
import { listFiles } from '../helpers/dist.ts';
import { readPagefindIndex } from '../helpers/pagefind-index.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'gt-pagefind-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

const page = (body: string, lang = 'nl') =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`;
const article = (title: string) =>
  page(
    `<nav>Menu</nav><main data-pagefind-body data-pagefind-filter="type:artikel"><h1>${title}</h1><p>Tekst over gemeenten.</p></main>`,
  );

describe('buildSearchIndex', () => {
  it('indexes the marked pages only and writes the bundle', async () => {
    const root = site({
      'index.html': page('<h1>Home</h1><p>Lijst</p>'),
      'a/index.html': article('Artikel A'),
      'b/index.html': article('Artikel B'),
    });
    await expect(buildSearchIndex(root)).resolves.toEqual({ pageCount: 2, languages: { nl: 2 } });
    expect(
      readPagefindIndex(root)
        .fragments.map((f) => f.url)
        .sort(),
    ).toEqual(['/a/', '/b/']);
    expect(listFiles(join(root, 'pagefind'))).not.toContain('pagefind-ui.js');
  });

  it('fails when no page carries data-pagefind-body (it would index every page whole)', async () => {
    const root = site({ 'index.html': page('<h1>Home</h1>'), 'a/index.html': page('<h1>A</h1>') });
    await expect(buildSearchIndex(root)).rejects.toThrow(
      /geen enkele pagina .* heeft data-pagefind-body/,
    );
  });

  it('fails when a page would land in another language index, where the search page never looks', async () => {
    const root = site({
      'a/index.html': article('Artikel A'),
      'en/index.html': page('<main data-pagefind-body><h1>English</h1></main>', 'en'),
    });
    await expect(buildSearchIndex(root)).rejects.toThrow(/taal "en" \(1\) in plaats van "nl"/);
  });

  it('fails when the folder cannot be read', async () => {
    await expect(buildSearchIndex(join(tmpdir(), 'bestaat-niet-gt-pagefind'))).rejects.toThrow();
  });
});
