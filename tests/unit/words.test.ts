/** The one word tokenizer: what counts as a word for counting, and for the search hints. */
import { readContentFiles } from '../../src/integrations/content-checks.ts';
import { describe, expect, it } from 'vitest';
import {
  countWords,
  forEachVocabularyWord,
  proseWords,
  vocabularyWords,
} from '../../src/lib/text/words.ts';

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
  'ab- -cd a-b x--y-- -q- é-è Ā-𝐀 𝐀 𝐀𝐁 a𝐀 -- ab-1cd',
];

describe('the prose-word scanner', () => {
  // The definition the scanner implements without a regular expression.
  const definition = (text: string) => text.match(/[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu) ?? [];

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

describe('the vocabulary-word scanner', () => {
  // The definition the scanner implements without a regular expression.
  const definition = (text: string, minLength: number) =>
    (text.match(/\p{L}[\p{L}-]*\p{L}/gu) ?? [])
      .filter((word) => word.length >= minLength)
      .map((word) => word.toLowerCase());
  const scanned = (text: string, minLength: number) => {
    const words: string[] = [];
    forEachVocabularyWord(text, minLength, (word) => words.push(word));
    return words;
  };

  it('finds exactly the words the regular expression defines, at any minimum length', () => {
    for (const text of tricky)
      for (const minLength of [0, 2, 3, 5])
        expect(scanned(text, minLength), text).toEqual(definition(text, minLength));
  });

  it('agrees with it on every file in content/', () => {
    for (const [file, text] of readContentFiles(process.cwd()))
      expect(scanned(text, 3), file).toEqual(definition(text, 3));
  });
});
