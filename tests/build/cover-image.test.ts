/**
 * A cover image in a real build: optimised by astro:assets (AVIF and WebP, width and height,
 * loaded eagerly as the first thing on screen), with its alt text, and used as the share
 * preview (og:image and JSON-LD, absolute, a JPEG that exists in dist/).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { loadDocument } from '../helpers/dist.ts';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { png } from '../helpers/png.ts';
import { TODAY } from '../helpers/content-sources.ts';

const ALT = 'Schema van een telefooncentrale met vier gekleurde vlakken';

describe('an article with a cover image', () => {
  let fixture: FixtureSite;
  let dist: string;

  beforeAll(() => {
    fixture = createFixtureSite();
    fixture.write('content/articles/afbeeldingen/omslag.png', png(1600, 900));
    fixture.write(
      'content/articles/met-omslag.mdx',
      [
        '---',
        'title: "Een artikel met een omslagfoto"',
        'description: "Een artikel met een omslagafbeelding, om te testen dat die goed wordt verwerkt en gedeeld."',
        'pubDate: 2024-01-01',
        `reviewedDate: ${TODAY}`,
        'author: redactie',
        'tags: [telefonie]',
        'cover:',
        '  src: ./afbeeldingen/omslag.png',
        `  alt: "${ALT}"`,
        '---',
        '',
        'Tekst van het artikel.',
        '',
      ].join('\n'),
    );
    const result = fixture.build();
    expect(result.status, result.output).toBe(0);
    dist = join(fixture.dir, 'dist');
  });

  afterAll(() => fixture?.dispose());

  it('shows the cover above the text as a responsive AVIF/WebP picture with its alt text', () => {
    const doc = loadDocument('artikelen/met-omslag/index.html', dist);
    const picture = doc.querySelector('.article-cover picture');
    expect(
      [...(picture?.querySelectorAll('source') ?? [])].map((s) => s.getAttribute('type')),
    ).toEqual(['image/avif', 'image/webp']);
    const img = picture?.querySelector('img');
    expect(img?.getAttribute('alt')).toBe(ALT);
    expect(Number(img?.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(img?.getAttribute('height'))).toBeGreaterThan(0);
    expect(img?.getAttribute('loading')).toBe('eager');
    expect(img?.getAttribute('fetchpriority')).toBe('high');
    for (const source of picture?.querySelectorAll('source') ?? []) {
      for (const candidate of source.getAttribute('srcset')!.split(',')) {
        expect(existsSync(join(dist, candidate.trim().split(/\s+/)[0]!))).toBe(true);
      }
    }
  });

  it('is the share preview: og:image is an absolute JPEG on the site, with size and alt; JSON-LD names it', () => {
    const doc = loadDocument('artikelen/met-omslag/index.html', dist);
    const og = doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
    expect(og).toMatch(new RegExp(`^${site.url}/_astro/[^/]+\\.jpg$`));
    expect(existsSync(join(dist, new URL(og).pathname))).toBe(true);
    expect(doc.querySelector('meta[property="og:image:width"]')?.getAttribute('content')).toBe(
      '1200',
    );
    expect(doc.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toBe(ALT);
    expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe(
      'summary_large_image',
    );
    expect(
      JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}')
        .image,
    ).toBe(og);
  });

  it('wins over the generated preview: no card is rendered for it', () => {
    expect(existsSync(join(dist, 'og/artikelen/met-omslag.png'))).toBe(false);
  });

  it('gives articles without a cover the generated preview instead', () => {
    const doc = loadDocument('artikelen/het-begin-van-het-einde-van-gt-connect/index.html', dist);
    expect(doc.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
      `${site.url}/og/artikelen/het-begin-van-het-einde-van-gt-connect.png`,
    );
    expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe(
      'summary_large_image',
    );
  });
});
