import { describe, expect, it } from 'vitest';
import { countReaderWords, parseMdx } from '../../src/lib/content/mdx.ts';
import { formatReadingTime, readingMinutes } from '../../src/lib/reading-time.ts';
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
    // "Een kop", "Lees het vonnis van de rechter goed.", "Let op dit".
    expect(countReaderWords(parseMdx(mdx).tree!)).toBe(12);
  });

  it('counts a word split by emphasis or a link once, and skips expressions and images', () => {
    const mdx = [
      'Het **GT**-contract en [KCC](/begrippen/kcc/)-medewerkers.',
      '',
      '{/* een toelichting voor de redactie */}',
      '',
      '![Een schema van de centrale](./schema.png)',
      '',
      '| Scenario | Kosten |',
      '| --- | --- |',
      '| Teams | hoog |',
      '',
      '- een punt in een lijst',
      '',
      '> een citaat[^1]',
      '',
      '[^1]: Een voetnoot.',
    ].join('\n');
    // 4 + 4 (table) + 5 (list) + 2 (quote) + 2 (footnote)
    expect(countReaderWords(parseMdx(mdx).tree!)).toBe(17);
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
