import { describe, expect, it } from 'vitest';
import {
  bestSection,
  buildVocabulary,
  editDistance,
  missingWords,
  queryWords,
  relatedOnlyText,
  suggestQuery,
  type SubResult,
} from '../../src/lib/search-hints.ts';

const sub = (url: string, scores: number[], anchor?: string): SubResult => ({
  title: url,
  url,
  excerpt: '',
  anchor: anchor ? { id: anchor } : undefined,
  weighted_locations: scores.map((balanced_score) => ({ weight: 1, balanced_score })),
});

describe('bestSection', () => {
  it('picks the section whose matches score highest', () => {
    const best = bestSection([sub('/a/', [1]), sub('/a/#x', [2, 2], 'x'), sub('/a/#y', [3], 'y')]);
    expect(best?.url).toBe('/a/#x');
  });

  it('gives no section when the page top matched best, or there are no sub-results', () => {
    expect(bestSection([sub('/a/', [5]), sub('/a/#x', [1], 'x')])).toBeUndefined();
    expect(bestSection([])).toBeUndefined();
    expect(bestSection(undefined)).toBeUndefined();
  });
});

describe('missingWords: exact or only related hits', () => {
  it('lists a query word that is in none of the result texts', () => {
    expect(missingWords('nummerbehoud', ['Het nummer blijft.', 'Nummers porteren.'])).toEqual([
      'nummerbehoud',
    ]);
  });

  it('counts a word as present only as a whole word, ignoring case and diacritics', () => {
    expect(missingWords('Uberhaupt gemeente', ['Is dat überhaupt iets voor de Gemeente?'])).toEqual(
      [],
    );
    expect(missingWords('gemeente', ['alle gemeenten'])).toEqual(['gemeente']);
  });

  it('ignores one-letter words and punctuation', () => {
    expect(queryWords('GT Connect, a!')).toEqual(['gt', 'connect']);
  });

  it('says so in the words of the issue', () => {
    expect(relatedOnlyText('nummerbehoud')).toBe(
      'Geen exacte treffers voor ‘nummerbehoud’. Wel resultaten voor verwante woorden:',
    );
  });
});

describe('editDistance', () => {
  it('counts a swap of two neighbours as one step', () => {
    expect(editDistance('pentset', 'pentest')).toBe(1);
    expect(editDistance('telefooncentale', 'telefooncentrale')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('stops early above the maximum', () => {
    expect(editDistance('aanbesteding', 'rechtszaak', 2)).toBe(3);
  });
});

describe('suggestQuery', () => {
  const vocabulary = [
    'pentest',
    'telefooncentrale',
    'telefooncentrales',
    'KCC',
    'gemeente',
    'gemeenten',
    'Direct Routing',
  ];

  it('corrects typos from the vocabulary', () => {
    expect(suggestQuery('pentset', vocabulary)).toBe('pentest');
    expect(suggestQuery('telefooncentale', vocabulary)).toBe('telefooncentrale');
    expect(suggestQuery('kcc', ['KCC', 'kcd'])).toBeUndefined();
  });

  it('keeps known words and corrects only the unknown one', () => {
    expect(suggestQuery('gemeente pentset', vocabulary)).toBe('gemeente pentest');
  });

  it('suggests nothing for a known word, a short word or a word far from everything', () => {
    expect(suggestQuery('gemeente', vocabulary)).toBeUndefined();
    expect(suggestQuery('kcd', vocabulary)).toBeUndefined();
    expect(suggestQuery('qwxzptlv', vocabulary)).toBeUndefined();
  });

  it('prefers the earlier word on equal distance', () => {
    expect(suggestQuery('gemeentx', ['gemeenta', 'gemeente'])).toBe('gemeenta');
  });
});

describe('buildVocabulary', () => {
  it('puts priority forms first, then index words by frequency, each once', () => {
    const { words } = buildVocabulary(
      ['Pentest', 'KCC', 'OpenScape'],
      ['telefonie telefonie gemeente pentest', 'gemeente telefonie'],
    );
    expect(words).toEqual(['pentest', 'KCC', 'OpenScape', 'telefonie', 'gemeente']);
  });

  it('takes words of at least four letters from running text, no numbers', () => {
    expect(buildVocabulary([], ['De VNG en GT-Connect: 2019, één kort geding']).words).toEqual([
      'geding',
      'gt-connect',
      'kort',
    ]);
  });
});
