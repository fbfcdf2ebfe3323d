import { describe, expect, it } from 'vitest';
import { formatReadingTime, plainText, readingMinutes } from '../../src/lib/reading-time.ts';
import { countWords } from '../../src/lib/text/words.ts';

describe('reading time', () => {
  it('counts Dutch words including apostrophes, hyphens and numbers', () => {
    expect(countWords("Welke scenario's zijn er voor KCC-medewerkers in 2021?")).toBe(8);
    expect(countWords('Is het überhaupt verstandig?')).toBe(4);
    expect(countWords('')).toBe(0);
  });

  it('ignores MDX syntax, link targets and code', () => {
    const mdx = [
      "import Note from '../components/Note.astro';",
      '',
      '## Een kop',
      '',
      'Lees het [vonnis van de rechter](https://uitspraken.rechtspraak.nl/x) goed.',
      '',
      '<Note type="info">Let op dit</Note>',
      '',
      '```js',
      'const ignored = true;',
      '```',
    ].join('\n');
    expect(plainText(mdx)).not.toMatch(/import|https|const|Note|##/);
    expect(countWords(plainText(mdx))).toBe(12);
  });

  it('rounds to whole minutes at 200 words a minute, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(397)).toBe(2);
    expect(readingMinutes(1000)).toBe(5);
  });

  it('says minuut or minuten', () => {
    expect(formatReadingTime(1)).toBe('1 minuut leestijd');
    expect(formatReadingTime(4)).toBe('4 minuten leestijd');
  });
});
