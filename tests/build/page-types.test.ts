/**
 * Every built page belongs to exactly one page type of tests/helpers/page-types.ts, so the
 * per-template gates (axe, keyboard, headers) cannot miss a new kind of page.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/integrations/content-checks.ts';
import { checkContent } from '../../src/lib/content/checkers.ts';
import { publishStatus } from '../../src/lib/publish.ts';
import { listPages } from '../helpers/dist.ts';
import { pageExamples, PAGE_TYPES, type ContentStats } from '../helpers/page-types.ts';

/** Counted from the content, not from dist/, so a missing page cannot explain itself away. */
async function contentStats(): Promise<ContentStats> {
  const { context } = checkContent(readContentFiles(process.cwd()));
  const published = context.articles.filter(
    (a) => a.data && publishStatus(a.data, new Date()) === 'published',
  );
  const perTopic = Map.groupBy(
    published.flatMap((a) => a.data!.tags),
    (tag) => tag,
  );
  return {
    articles: published.length,
    largestTopic: Math.max(0, ...[...perTopic.values()].map((list) => list.length)),
  };
}

describe('page types', () => {
  it('every page in dist/ has exactly one type (else add a line to tests/helpers/page-types.ts)', () => {
    const unmatched = listPages()
      .map(({ url }) => ({
        url,
        types: PAGE_TYPES.filter((type) => type.pattern.test(url)).map((t) => t.name),
      }))
      .filter(({ types }) => types.length !== 1);
    expect(unmatched).toEqual([]);
  });

  const { examples, missing } = pageExamples();
  it('has an example for the core templates', () => {
    expect(examples.map((e) => e.type.name)).toEqual(
      expect.arrayContaining([
        'home',
        'article',
        'article list',
        'topic',
        'series',
        '404',
        'accessibility statement',
      ]),
    );
  });
  it('has a page for every type, except an optional one whose condition does not hold', async () => {
    const stats = await contentStats();
    expect(stats.articles).toBeGreaterThan(0);
    const unexplained = missing.filter((type) => !type.optional || type.optional.present(stats));
    expect(unexplained.map((t) => t.name)).toEqual([]);
    for (const type of missing)
      console.info(
        `${type.name}: not in this build; appears ${type.optional!.when} (now ${JSON.stringify(stats)})`,
      );
  });
});
