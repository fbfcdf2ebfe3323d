import { describe, expect, it } from 'vitest';
import {
  countSyllables,
  fleschDouma,
  readability,
  splitSentences,
} from '../../src/lib/readability.ts';

describe('countSyllables (Dutch, by spelling)', () => {
  it.each([
    // one vowel sound per group
    ['kat', 1],
    ['de', 1],
    ['trap', 1],
    ['krullen', 2],
    ['gemeente', 3],
    ['gemeenten', 3],
    ['aanbesteding', 4],
    ['telefonie', 4],
    ['telefooncentrale', 6],
    ['verstandig', 3],
    ['applicatie', 4],
    ['inrichting', 3],
    // diphthongs and triphthongs are one syllable
    ['nieuwe', 2],
    ['leeuw', 1],
    ['mooie', 2],
    ['haaien', 2],
    ['koeien', 2],
    ['ruimte', 2],
    ['uitrol', 2],
    ['bijna', 2],
    ['bijeen', 2],
    ['thuiswerken', 3],
    ['beveiliging', 4],
    ['oudere', 3],
    // a vowel pair that is not a diphthong is two syllables
    ['ideaal', 3],
    ['situatie', 4],
    ['piano', 3],
    ['bioscoop', 3],
    // a diaeresis starts a new syllable; other accents do not
    ['België', 3],
    ['coördinatie', 5],
    ['geïnteresseerd', 5],
    ['financiën', 4],
    ['zeeën', 2],
    ['één', 1],
    ['café', 2],
    ['überhaupt', 3],
    // y as a vowel, y as a consonant
    ['type', 2],
    ['yoghurt', 2],
    // every word has at least one
    ['KCC', 1],
    ['2020', 1],
    ['ICT', 1],
  ])('%s has %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('ignores case', () => {
    expect(countSyllables('GEMEENTE')).toBe(3);
  });
});

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks before a capital', () => {
    expect(
      splitSentences('Dat is niet niks! Het rommelt al lang. Is het verstandig? Ja.').map(
        (s) => s.text,
      ),
    ).toEqual(['Dat is niet niks!', 'Het rommelt al lang.', 'Is het verstandig?', 'Ja.']);
  });

  it('does not split after abbreviations, initials or inside numbers', () => {
    const text =
      'Gemeenten zoals bijv. Utrecht en o.a. Delft betaalden ca. 1.000 euro aan J. de Vries. Daarna niet meer.';
    expect(splitSentences(text).map((s) => s.words)).toEqual([15, 3]);
  });

  it('keeps a paragraph without final punctuation as one sentence', () => {
    expect(splitSentences('Een lijstpunt zonder punt')).toEqual([
      { text: 'Een lijstpunt zonder punt', start: 0, words: 4 },
    ]);
  });

  it('gives the offset of each sentence, for line numbers', () => {
    const text = 'Eerste zin.\nTweede zin op een nieuwe regel.';
    expect(splitSentences(text).map((s) => s.start)).toEqual([0, 12]);
  });

  it('does not split before a lowercase word', () => {
    expect(splitSentences('Het kost 3.5 miljoen. en dat is veel.')).toHaveLength(1);
  });
});

describe('readability', () => {
  it('scores a short, simple Dutch sentence as very easy', () => {
    // De(1) kat(1) krabt(1) de(1) krul-len(2) van(1) de(1) trap(1): 8 words, 9 syllables
    const result = readability(['De kat krabt de krullen van de trap.']);
    expect(result).toMatchObject({
      sentences: 1,
      words: 8,
      syllables: 9,
      averageSentenceLength: 8,
    });
    expect(result.fleschDouma).toBeCloseTo(206.835 - 0.93 * 8 - 77 * (9 / 8), 6); // 112.77
  });

  it('computes the averages over sentences and paragraphs', () => {
    // Dit(1) is(1) een(1) kor-te(2) zin(1): 5 words, 6 syllables
    // De(1) ge-meen-te(3) kiest(1) een(1) nieu-we(2) te-le-foon-cen-tra-le(6): 6 words, 14 syllables
    const result = readability([
      'Dit is een korte zin.',
      'De gemeente kiest een nieuwe telefooncentrale.',
    ]);
    expect(result).toMatchObject({
      sentences: 2,
      words: 11,
      syllables: 20,
      averageSentenceLength: 5.5,
    });
    expect(result.fleschDouma).toBeCloseTo(61.72, 2);
  });

  it("scores the client's long advisory sentence as hard", () => {
    const sentence =
      'Inmiddels adviseren we onze gemeentelijke klanten om vooral verder vooruit te kijken naar de inrichting van de nieuwe digitale werkplekken en bewuste keuzes te maken bij de inzet van telefonie en digitale kanalen.';
    // Counted by hand: in-mid-dels ad-vi-se-ren we on-ze ge-meen-te-lij-ke klan-ten om voor-al ver-der voor-uit te
    // kij-ken naar de in-rich-ting van de nieu-we di-gi-ta-le werk-plek-ken en be-wus-te keu-zes te ma-ken bij de
    // in-zet van te-le-fo-nie en di-gi-ta-le ka-na-len: 33 words, 69 syllables.
    const result = readability([sentence]);
    expect(result).toMatchObject({
      sentences: 1,
      words: 33,
      syllables: 69,
      averageSentenceLength: 33,
    });
    expect(result.fleschDouma).toBeCloseTo(206.835 - 0.93 * 33 - 77 * (69 / 33), 6); // 15.1: hard
  });

  it('is zero for empty text instead of dividing by zero', () => {
    expect(readability([])).toEqual({
      sentences: 0,
      words: 0,
      syllables: 0,
      averageSentenceLength: 0,
      fleschDouma: 0,
      items: [],
    });
    expect(fleschDouma(0, 0, 0)).toBe(0);
  });
});
