/** Checks of the generated share previews (og:image) on a built site. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '../../src/site.config.ts';
import { listPages, loadDocument } from './dist.ts';

export const SHARE_IMAGE_BUDGET = 60 * 1024;

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (
    bytes.length < 24 ||
    !bytes.subarray(0, 8).equals(signature) ||
    bytes.toString('latin1', 12, 16) !== 'IHDR'
  )
    return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface ShareImageCheck {
  page: string;
  image: string;
  bytes: number;
}

/**
 * Every page except 404 must announce a share image that exists in `dist`, is a 1200×630 PNG
 * within budget (or an article's cover JPEG), with width, height, alt and the large Twitter card.
 * Returns the problems, one line each, and the images checked.
 */
export function shareImageProblems(dist: string): {
  problems: string[];
  images: ShareImageCheck[];
} {
  const problems: string[] = [];
  const images: ShareImageCheck[] = [];
  for (const { file, url } of listPages(dist)) {
    if (file === '404.html') continue;
    const doc = loadDocument(file, dist);
    const meta = (property: string) =>
      doc
        .querySelector(`meta[property="${property}"], meta[name="${property}"]`)
        ?.getAttribute('content') ?? undefined;
    const content = meta('og:image');
    if (!content) {
      problems.push(`${url}: geen og:image`);
      continue;
    }
    if (!content.startsWith(`${site.url}/`))
      problems.push(`${url}: og:image is niet absoluut op ${site.url}: ${content}`);
    if (!meta('og:image:alt')?.trim()) problems.push(`${url}: geen og:image:alt`);
    if (meta('twitter:card') !== 'summary_large_image')
      problems.push(`${url}: twitter:card is niet summary_large_image`);
    const path = new URL(content).pathname;
    const target = join(dist, decodeURIComponent(path));
    if (!existsSync(target)) {
      problems.push(`${url}: ${path} bestaat niet in dist/`);
      continue;
    }
    const bytes = readFileSync(target);
    if (!path.startsWith('/og/')) continue; // a cover image: checked by the image budget tests
    const size = pngSize(bytes);
    if (!size) problems.push(`${url}: ${path} is geen PNG`);
    else if (size.width !== 1200 || size.height !== 630)
      problems.push(`${url}: ${path} is ${size.width}×${size.height}, niet 1200×630`);
    if (meta('og:image:width') !== '1200' || meta('og:image:height') !== '630')
      problems.push(`${url}: og:image:width/height zijn niet 1200/630`);
    if (bytes.length > SHARE_IMAGE_BUDGET)
      problems.push(`${url}: ${path} is ${bytes.length} B, meer dan 60 KB`);
    images.push({ page: url, image: path, bytes: bytes.length });
  }
  return { problems, images };
}
