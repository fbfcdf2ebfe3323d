/** The one word tokenizer: what counts as a word for counting, and for the search hints. */
import { readContentFiles } from '../../src/integrations/content-checks.ts';
import { describe, expect, it } from 'vitest';
import { countWords, proseWords, vocabularyWords } from '../../src/lib/text/words.ts';

describe('prose words', () => {
  it('keeps apostrophes, hyphens, periods and commas inside a word', () => {
    expect(proseWords("Welke scenario's zijn er voor KCC-medewerkers, o.a. in 2021?")).toEqual([
      'Welke',
      "scenario's",
      'zijn',
      'er',
      'voor',
      'KCC-medewerkers',
      'o.a',
      'in',
      '2021',
    ]);
    expect(proseWords('Ruim 1.000 gemeenten, 2,5 miljoen euro’s.')).toEqual([
      'Ruim',
      '1.000',
      'gemeenten',
      '2,5',
      'miljoen',
      'euro’s',
    ]);
  });

  it('splits on punctuation between words and counts letters with accents', () => {
    expect(proseWords('einde. Begin')).toEqual(['einde', 'Begin']);
    expect(countWords('Is het überhaupt verstandig?')).toBe(4);
    expect(countWords('— … !')).toBe(0);
    expect(countWords('')).toBe(0);
  });
});

describe('the prose-word scanner', () => {
  // The definition the scanner implements without a regular expression.
  const definition = (text: string) => text.match(/[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu) ?? [];
  const tricky = [
    'a.b. c,d e--f g’h ’x y- -z 1.000,50 eind.',
    "“Dubbel” en ‘enkel’: KCC’s, scenario's.",
    '×÷ 2×3 ¼½ x² µs ªº ÀÖØöøÿ Ā ǅemal Ⅻ ٣٤ 五十',
    '𝐀𝐁c 😀abc a😀b 👍🏽 e\u0308n',
    'tab\tnieuw\nregel\u00a0nbsp\u200bzwsp',
    '',
    '.',
    "'",
    'a',
  ];

  it('finds exactly the words the regular expression defines', () => {
    for (const text of tricky) expect(proseWords(text), text).toEqual(definition(text));
  });

  it('agrees with it on every file in content/', () => {
    for (const [file, text] of readContentFiles(process.cwd()))
      expect(countWords(text), file).toBe(definition(text).length);
  });
});

describe('vocabulary words', () => {
  it('are letters only, lower-cased, with inner hyphens', () => {
    expect(vocabularyWords('De KCC-medewerker belt 14+netnummer in 2021 à la VNG')).toEqual([
      'de',
      'kcc-medewerker',
      'belt',
      'netnummer',
      'in',
      'la',
      'vng',
    ]);
  });
});
