/**
 * Every built page belongs to exactly one page type of tests/helpers/page-types.ts, so the
 * per-template gates (axe, keyboard, headers) cannot miss a new kind of page.
 */
import { describe, expect, it } from 'vitest';
import { listPages } from '../helpers/dist.ts';
import { pageExamples, PAGE_TYPES } from '../helpers/page-types.ts';

describe('page types', () => {
  it('every page in dist/ has exactly one type (else add a line to tests/helpers/page-types.ts)', () => {
    const unmatched = listPages()
      .map(({ url }) => ({ url, types: PAGE_TYPES.filter((type) => type.pattern.test(url)).map((t) => t.name) }))
      .filter(({ types }) => types.length !== 1);
    expect(unmatched).toEqual([]);
  });

  const { examples, missing } = pageExamples();
  it('has an example for the core templates', () => {
    expect(examples.map((e) => e.type.name)).toEqual(expect.arrayContaining(['home', 'article', 'article list', 'topic', 'series', '404', 'accessibility statement']));
  });
  it('has a page for every type, except an optional one whose condition does not hold', () => {
    const articles = listPages().filter(({ url }) => /^\/artikelen\/(?!pagina\/)[^/]+\/$/.test(url)).length;
    const unexplained = missing.filter((type) => !type.optional || type.optional.present(articles));
    expect(unexplained.map((t) => t.name)).toEqual([]);
    for (const type of missing) console.info(`${type.name}: not in this build; appears ${type.optional!.when} (now ${articles})`);
  });
});
