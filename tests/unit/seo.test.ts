import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  blogPostingJsonLd,
  documentTitle,
  serializeJsonLd,
} from '../../src/lib/seo.ts';

const TRICKY = 'Beleid & "praktijk" <Wmo> 🚀 </script><!--';

describe('serializeJsonLd', () => {
  it('round-trips any string through JSON.parse', () => {
    const json = serializeJsonLd({ headline: TRICKY, other: '\u2028\u2029' });
    expect(JSON.parse(json)).toEqual({ headline: TRICKY, other: '\u2028\u2029' });
  });

  it('never contains a raw <, > or & that could end the script block', () => {
    const json = serializeJsonLd({ headline: TRICKY });
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toContain('\\u003c/script\\u003e');
  });
});

describe('head helpers', () => {
  it('builds titles and absolute URLs', () => {
    expect(documentTitle('Artikel', 'Site')).toBe('Artikel | Site');
    expect(documentTitle(undefined, 'Site')).toBe('Site');
    expect(absoluteUrl('/artikelen/x/', 'https://gt-connect.example')).toBe(
      'https://gt-connect.example/artikelen/x/',
    );
  });

  it('describes a blog post with its series', () => {
    const ld = blogPostingJsonLd({
      url: 'https://s.example/artikelen/x/',
      headline: 'X',
      description: 'D',
      datePublished: '2020-10-01',
      authorName: 'Redactie',
      publisherName: 'Site',
      publisherUrl: 'https://s.example/',
      keywords: ['a', 'b'],
      seriesName: 'Reeks',
      seriesUrl: 'https://s.example/reeks/r/',
      wordCount: 10,
    });
    expect(ld).toMatchObject({
      '@type': 'BlogPosting',
      dateModified: '2020-10-01',
      keywords: 'a, b',
      isPartOf: { name: 'Reeks', url: 'https://s.example/reeks/r/' },
    });
  });
});
