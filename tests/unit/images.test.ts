import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { imageProblems } from '../helpers/images.ts';

const doc = (body: string) =>
  parseHTML(`<!doctype html><html lang="nl"><body>${body}</body></html>`)
    .document as unknown as Document;

describe('imageProblems', () => {
  it('accepts sized modern images and pictures with a modern source', () => {
    expect(
      imageProblems(doc('<img src="/_astro/a.B1.webp" width="800" height="450" alt="">')),
    ).toEqual([]);
    expect(
      imageProblems(
        doc(
          '<picture><source type="image/avif" srcset="/a.avif"><img src="/a.jpg" width="8" height="4" alt=""></picture>',
        ),
      ),
    ).toEqual([]);
  });

  it('rejects missing dimensions and old formats', () => {
    expect(imageProblems(doc('<img src="/a.webp" alt="">'))).toEqual([
      '/a.webp lacks width/height',
    ]);
    expect(imageProblems(doc('<img src="/a.png" width="8" height="4" alt="">'))).toEqual([
      '/a.png is not AVIF, WebP or SVG',
    ]);
  });
});
