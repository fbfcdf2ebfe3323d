/** A3 on every page: Dutch pages, valid lang tags, no English passage without lang="en". */
import { describe, expect, it } from 'vitest';
import { listPages, loadDocument } from '../helpers/dist.ts';
import { invalidLangValues, unmarkedForeignPassages } from '../helpers/language.ts';

describe.each(listPages())('$url', ({ file }) => {
  const doc = loadDocument(file);
  it('A3: lang="nl", valid lang values, foreign passages marked', () => {
    expect(doc.documentElement.getAttribute('lang')).toBe('nl');
    expect(invalidLangValues(doc)).toEqual([]);
    expect(unmarkedForeignPassages(doc)).toEqual([]);
  });
});
