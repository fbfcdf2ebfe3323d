/**
 * Share previews in the production build: every page but 404 announces a 1200×630 PNG that
 * exists, stays within 60 KB and has alt text; articles show their series part and date; a
 * title full of markup characters and emoji renders (the glyph filter drops the emoji).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadShareFonts,
  placeFromCache,
  rendererFingerprint,
  renderShareImage,
} from '../../src/integrations/share-images.ts';
import { site } from '../../src/site.config.ts';
import { DIST, listPages, loadDocument } from '../helpers/dist.ts';
import { png } from '../helpers/png.ts';
import { SHARE_IMAGE_BUDGET, pngSize, shareImageProblems } from '../helpers/share-images.ts';

const TRICKY = 'Beleid & "praktijk" <Wmo> 🚀 </script><!--';

describe('share previews in dist/', () => {
  it('every page except 404 has an og:image that exists: a 1200×630 PNG of at most 60 KB, with alt text', () => {
    const { problems, images } = shareImageProblems(DIST);
    expect(problems).toEqual([]);
    const pages = listPages().filter(({ file }) => file !== '404.html');
    expect(images).toHaveLength(pages.length);
    const total = images.reduce((sum, { bytes }) => sum + bytes, 0);
    console.info(
      `share images: ${images.length}, ${total} B in total, largest ${Math.max(...images.map((i) => i.bytes))} B`,
    );
  });

  it('the 404 page announces no share image', () => {
    const doc = loadDocument('404.html');
    expect(doc.querySelector('meta[property="og:image"]')).toBeNull();
    expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary');
  });

  it('an article in a series: the alt text names the title, "Deel N van M" and the Dutch date', () => {
    const doc = loadDocument('artikelen/het-begin-van-het-einde-van-gt-connect/index.html');
    const alt = doc.querySelector('meta[property="og:image:alt"]')?.getAttribute('content');
    expect(alt).toMatch(
      new RegExp(
        `^${site.name}: Het begin van het einde van GT Connect\\? \\(Deel 1 van \\d+ · 1 oktober 2020\\)$`,
      ),
    );
  });

  it('the home page card shows what the site is, not its name twice', () => {
    const alt = loadDocument('index.html')
      .querySelector('meta[property="og:image:alt"]')
      ?.getAttribute('content');
    expect(alt).toBe(`${site.name}: ${site.description}`);
  });
});

describe('shareImageProblems', () => {
  it('reports a missing image, a wrong size, a missing alt and a small Twitter card', () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-check-'));
    try {
      const head = (image: string, extra = '') =>
        `<!doctype html><html lang="nl"><head><title>x</title><meta property="og:image" content="${site.url}${image}">${extra}</head><body></body></html>`;
      const good =
        '<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"><meta property="og:image:alt" content="x"><meta name="twitter:card" content="summary_large_image">';
      mkdirSync(join(dir, 'a'));
      mkdirSync(join(dir, 'b'));
      mkdirSync(join(dir, 'og'));
      writeFileSync(join(dir, 'index.html'), head('/og/weg.png', good));
      writeFileSync(join(dir, 'a/index.html'), head('/og/klein.png', good));
      writeFileSync(
        join(dir, 'b/index.html'),
        head('/og/goed.png', '<meta name="twitter:card" content="summary">'),
      );
      writeFileSync(join(dir, 'og/klein.png'), png(100, 50));
      writeFileSync(join(dir, 'og/goed.png'), png(1200, 630));
      const { problems } = shareImageProblems(dir);
      expect(problems).toEqual([
        '/a/: /og/klein.png is 100×50, niet 1200×630',
        '/b/: geen og:image:alt',
        '/b/: twitter:card is niet summary_large_image',
        '/b/: og:image:width/height zijn niet 1200/630',
        '/: /og/weg.png bestaat niet in dist/',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('pngSize', () => {
  it('reads the IHDR size and rejects what is not a PNG', () => {
    const file = readFileSync(join(DIST, 'og/index.png'));
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(Buffer.from('<svg/>'))).toBeUndefined();
    expect(file.length).toBeLessThanOrEqual(SHARE_IMAGE_BUDGET);
  });
});

describe('renderShareImage', () => {
  it('renders a title full of <&"> and emoji to a 1200×630 PNG within budget (no cache)', async () => {
    const fonts = await loadShareFonts();
    const bytes = await renderShareImage(
      { path: '/x/', title: TRICKY, subtitle: 'Deel 1 van 2 · 1 februari 2021 🚀' },
      fonts,
    );
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    expect(bytes.length).toBeLessThanOrEqual(SHARE_IMAGE_BUDGET);
  });
});

describe('rendererFingerprint', () => {
  it('stays the same for the same drawing code and package versions, and changes with the code', async () => {
    const root = mkdtempSync(join(tmpdir(), 'og-fingerprint-'));
    try {
      for (const file of ['src/integrations/share-images.ts', 'src/lib/share-image.ts']) {
        mkdirSync(join(root, file, '..'), { recursive: true });
        writeFileSync(join(root, file), readFileSync(file));
      }
      const first = await rendererFingerprint(root);
      expect(first).toMatch(/^[0-9a-f]{16}$/);
      expect(await rendererFingerprint(root)).toBe(first);
      writeFileSync(join(root, 'src/lib/share-image.ts'), '// another card\n', { flag: 'a' });
      expect(await rendererFingerprint(root)).not.toBe(first);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('placeFromCache', () => {
  it('links the cached image into dist/ and copies it where a link is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-place-'));
    try {
      const cached = join(dir, 'cache.png');
      writeFileSync(cached, 'png-bytes');
      const linked = join(dir, 'linked.png');
      await placeFromCache(cached, linked);
      expect(statSync(linked).ino).toBe(statSync(cached).ino);
      // An existing file makes link() fail (EEXIST): the image is copied over it instead.
      const existing = join(dir, 'existing.png');
      writeFileSync(existing, 'stale');
      await placeFromCache(cached, existing);
      expect(readFileSync(existing, 'utf8')).toBe('png-bytes');
      expect(statSync(existing).ino).not.toBe(statSync(cached).ino);
      // A cache file that is gone is an error, not an empty image.
      await expect(placeFromCache(join(dir, 'weg.png'), join(dir, 'x.png'))).rejects.toThrow(
        /ENOENT/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
