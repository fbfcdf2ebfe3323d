/** The one word tokenizer: what counts as a word for counting, and for the search hints. */
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
