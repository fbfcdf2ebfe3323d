/**
 * Share previews: one 1200×630 PNG per page that has a `<title>` (404 excepted), written to
 * `dist/og/<path>.png` at the end of `astro build`. BaseHead registers each page's card while
 * the page renders (`src/lib/share-card-registry.ts`); this hook renders them: satori turns the
 * card into an SVG with the text as paths (fonts from @fontsource/noto-sans, no network), sharp
 * rasterises it to a palette PNG.
 *
 * Rendered images are kept in `node_modules/.cache/og/<key>.png`, keyed by title, subtitle,
 * site name and a fingerprint of the drawing code and packages (`shareCardKey`), so a rebuild with unchanged titles renders
 * none (`SHARE_IMAGE_CACHE=<folder>` puts the cache elsewhere). `npm run dev` does not serve the images (only the build writes them).
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { clearShareCards, registeredShareCards } from '../lib/share-card-registry.ts';
import {
  SHARE_IMAGE_HEIGHT,
  SHARE_IMAGE_WIDTH,
  fitTitle,
  inRanges,
  keepDrawable,
  parseUnicodeRange,
  shareCardKey,
  type CodePointRanges,
  type ShareCard,
} from '../lib/share-image.ts';
import { site } from '../site.config.ts';

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
/** The subsets loaded: Latin covers Dutch; Latin Extended the odd name from elsewhere in Europe. */
const SUBSETS = ['latin', 'latin-ext'] as const;

const PADDING = 72;
const TEXT_WIDTH = SHARE_IMAGE_WIDTH - 2 * PADDING - 24;
const COLORS = {
  bg: '#fbfaf7',
  text: '#1d1c1a',
  muted: '#55524c',
  accent: '#0b4f8a',
  white: '#ffffff',
};

export interface Fonts {
  satori: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[];
  ranges: CodePointRanges;
}

/** The card's fonts and the code points they cover, read from the installed package. */
export async function loadShareFonts(): Promise<Fonts> {
  const unicode = JSON.parse(
    await readFile(join(FONT_DIR, '..', 'unicode.json'), 'utf8'),
  ) as Record<string, string>;
  const ranges = SUBSETS.flatMap((subset) => parseUnicodeRange(unicode[subset] ?? ''));
  const satoriFonts: Fonts['satori'] = [];
  for (const subset of SUBSETS) {
    for (const weight of [400, 700] as const) {
      satoriFonts.push({
        name: 'Noto Sans',
        data: await readFile(join(FONT_DIR, `noto-sans-${subset}-${weight}-normal.woff`)),
        weight,
        style: 'normal',
      });
    }
  }
  return { satori: satoriFonts, ranges };
}

type Node = { type: string; props: Record<string, unknown> };
const el = (
  type: string,
  style: Record<string, unknown>,
  children?: unknown,
  extra: Record<string, unknown> = {},
): Node => ({
  type,
  props: { style, children, ...extra },
});

/** The site's mark: the favicon's handset on its blue tile (public/favicon.svg). */
function mark(size: number): Node {
  return {
    type: 'svg',
    props: {
      width: size,
      height: size,
      viewBox: '0 0 32 32',
      children: [
        { type: 'rect', props: { width: 32, height: 32, rx: 6, fill: COLORS.accent } },
        {
          type: 'path',
          props: {
            fill: COLORS.white,
            d: 'M10.8 14.4a13 13 0 0 0 5.7 5.7l1.9-1.9a.9.9 0 0 1 .9-.2 9.8 9.8 0 0 0 3.1.5.9.9 0 0 1 .9.9v3a.9.9 0 0 1-.9.9A14.6 14.6 0 0 1 7.8 8.7a.9.9 0 0 1 .9-.9h3a.9.9 0 0 1 .9.9c0 1.1.2 2.1.5 3.1a.9.9 0 0 1-.2.9z',
          },
        },
      ],
    },
  };
}

function cardTree(card: ShareCard, fonts: Fonts): Node {
  const drawable = (text: string) => keepDrawable(text, (point) => inRanges(point, fonts.ranges));
  const title = fitTitle(drawable(card.title) || site.name, TEXT_WIDTH);
  const subtitle = card.subtitle ? drawable(card.subtitle) : '';
  const host = new URL(site.url).host;
  return el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'row',
      backgroundColor: COLORS.bg,
      fontFamily: 'Noto Sans',
      color: COLORS.text,
    },
    [
      el('div', { width: 24, height: '100%', backgroundColor: COLORS.accent }),
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          flexGrow: 1,
          padding: PADDING,
          paddingRight: PADDING - 24,
        },
        [
          el(
            'div',
            {
              display: 'flex',
              flexDirection: 'row',
              alignItems: 'center',
              fontSize: 34,
              fontWeight: 700,
              color: COLORS.accent,
            },
            [mark(64), el('div', { marginLeft: 24 }, drawable(site.name))],
          ),
          el(
            'div',
            {
              display: 'flex',
              flexDirection: 'column',
              fontSize: title.size,
              fontWeight: 700,
              lineHeight: 1.15,
            },
            title.lines.map((line) => el('div', { display: 'flex', whiteSpace: 'pre' }, line)),
          ),
          el(
            'div',
            {
              display: 'flex',
              flexDirection: 'row',
              justifyContent: 'space-between',
              fontSize: 30,
              color: COLORS.muted,
            },
            [el('div', {}, subtitle), el('div', {}, host)],
          ),
        ],
      ),
    ],
  );
}

/**
 * The drawing libraries, loaded on first use: a build that finds every card in the cache never
 * needs them, and loading both took about 90 ms of the main thread before Astro could start.
 */
let renderers:
  Promise<[typeof import('satori').default, typeof import('sharp').default]> | undefined;

/** Renders one card to PNG bytes. */
export async function renderShareImage(card: ShareCard, fonts: Fonts): Promise<Buffer> {
  const [satori, sharp] = await (renderers ??= Promise.all([
    import('satori').then((module) => module.default),
    import('sharp').then((module) => module.default),
  ]));
  const svg = await satori(cardTree(card, fonts) as never, {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts: fonts.satori,
  });
  // A 64-colour palette keeps the flat card sharp and well under the 60 KB budget. Effort 3
  // quantises three times faster than the default 7 for about 7 % more bytes.
  return sharp(Buffer.from(svg))
    .png({ palette: true, colors: 64, compressionLevel: 9, effort: 3 })
    .toBuffer();
}

/** The source files that decide what a card looks like, relative to the project root. */
const RENDERER_SOURCES = ['src/integrations/share-images.ts', 'src/lib/share-image.ts'];

/**
 * The `package.json` of an installed package. sharp does not export it, so it is found by going
 * up from the package's entry point to the folder named after the package.
 */
function manifestPath(pkg: string): string {
  try {
    return require.resolve(`${pkg}/package.json`);
  } catch {
    let dir = dirname(require.resolve(pkg));
    while (!dir.endsWith(join('node_modules', pkg)) && dirname(dir) !== dir) dir = dirname(dir);
    return join(dir, 'package.json');
  }
}

/**
 * A hash of everything that draws the cards: this integration's and the card library's source,
 * and the versions of satori, the font package, sharp and libvips. Part of every cache key.
 * The versions come from the packages' manifests, so a build with a warm cache loads neither
 * library; sharp's pins the libvips build it uses (`@img/sharp-libvips-*`, exact versions).
 */
export async function rendererFingerprint(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of RENDERER_SOURCES) hash.update(await readFile(join(root, file)));
  for (const pkg of ['satori', '@fontsource/noto-sans', 'sharp']) {
    const manifest = JSON.parse(await readFile(manifestPath(pkg), 'utf8')) as {
      version: string;
      optionalDependencies?: Record<string, string>;
    };
    hash.update(manifest.version);
    hash.update(JSON.stringify(manifest.optionalDependencies ?? {}));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Puts a cached image at `target` as a hard link: 1400 cards of 20–30 KB each cost a third of
 * the time of copying them. Astro empties `dist/` before a build and the cache replaces a file
 * by renaming a new one over it, so neither ever writes into a shared file. Where a link is not
 * possible (the cache on another file system, a file system without links) the image is copied.
 */
export async function placeFromCache(cached: string, target: string): Promise<void> {
  try {
    await link(cached, target);
  } catch {
    await copyFile(cached, target);
  }
}

export default function shareImages(): AstroIntegration {
  let cacheDir = '';
  let root = '';
  return {
    name: 'share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        // SHARE_IMAGE_CACHE: another folder, for `npm run bench` to measure a cold cache.
        root = fileURLToPath(config.root);
        cacheDir = process.env['SHARE_IMAGE_CACHE'] || join(root, 'node_modules', '.cache', 'og');
      },
      'astro:build:start': () => {
        clearShareCards();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const cards = [...registeredShareCards()];
        if (cards.length === 0)
          throw new Error(
            'share-images: geen enkele pagina vroeg om een deelafbeelding — oplossing: controleer dat BaseHead registerShareCard aanroept',
          );
        const out = fileURLToPath(dir);
        await mkdir(cacheDir, { recursive: true });
        const host = new URL(site.url).host;
        const renderer = await rendererFingerprint(root);
        let fonts: Promise<Fonts> | undefined;
        let rendered = 0;
        let temporaries = 0;
        let bytes = 0;
        const started = performance.now();
        const queue = [...cards];
        // One mkdir per folder, not per image: most cards share their folder.
        const folders: Record<string, Promise<unknown>> = {};
        // A few cards at a time: satori runs on the main thread while sharp encodes the previous
        // card on libuv's thread pool, so two or three workers keep both cores busy.
        const worker = async () => {
          for (let next = queue.shift(); next; next = queue.shift()) {
            const [imagePath, card] = next;
            const cached = join(cacheDir, `${shareCardKey(card, site.name, host, renderer)}.png`);
            let size = (await stat(cached).catch(() => undefined))?.size;
            if (size === undefined) {
              // Written under a temporary name and renamed: a worker copying the same card never
              // reads half a file.
              const temporary = `${cached}.${process.pid}.${(temporaries += 1)}.tmp`;
              const png = await renderShareImage(card, await (fonts ??= loadShareFonts()));
              await writeFile(temporary, png);
              await rename(temporary, cached);
              size = png.length;
              rendered += 1;
            }
            const target = join(out, imagePath);
            await (folders[dirname(target)] ??= mkdir(dirname(target), { recursive: true }));
            await placeFromCache(cached, target);
            // The size is known before the await of the next card: no worker loses another's bytes.
            bytes += size;
          }
        };
        await Promise.all(
          Array.from({ length: Math.min(4, Math.max(2, availableParallelism())) }, worker),
        );
        clearShareCards();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${cards.length} deelafbeeldingen (${rendered} getekend, ${cards.length - rendered} uit de cache), ${Math.round(bytes / 1024)} KB, ${seconds} s`,
        );
      },
    },
  };
}
