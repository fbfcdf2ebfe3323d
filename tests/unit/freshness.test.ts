/**
 * Freshness: `reviewedDate` on articles and scenarios, the stale-content warning and the
 * `--verouderd` list, and the notes that say how current a page is.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/checkers.ts';
import { staleEntries, staleProblem } from '../../src/lib/content/freshness.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { articleNotesHtml, latestDate, updateNoteText } from '../../src/lib/article-notes.ts';
import {
  article as articleCheckedToday,
  scenario,
  sources,
  type SourceFile,
} from '../helpers/content-sources.ts';

/** A fixed "now", so the fixtures' dates mean the same on every day the tests run. */
const NOW = new Date('2026-12-02T10:00:00Z');
/**
 * The helper's default `reviewedDate` is the real today, which lies after NOW on any later day
 * and would read as a check from the future: pin it to NOW's day (still last, so lines stay put).
 */
const article = (
  slug: string,
  fields: Record<string, string | undefined> = {},
  body?: string,
): SourceFile =>
  articleCheckedToday(
    slug,
    'reviewedDate' in fields ? fields : { ...fields, reviewedDate: '2026-12-02' },
    body,
  );
const scenarios = (date: string) =>
  Object.fromEntries(
    [
      scenario('cloudtelefonie', { reviewedDate: date }),
      scenario('eigen-telefooncentrale', { order: '2', reviewedDate: date }),
    ].map((f) => [f.path, f.source]),
  );

function lines(
  files: SourceFile[],
  over: Record<string, string | undefined> = scenarios('2026-11-01'),
): string[] {
  return checkContent(sources(files, over), NOW).problems.map(formatProblem);
}

describe('reviewedDate on articles', () => {
  it('accepts a check within the last twelve months', () => {
    expect(lines([article('x', { reviewedDate: '2026-01-15' })])).toEqual([]);
  });

  it('warns, without failing, for a published article checked more than twelve months ago, naming the file and the date', () => {
    const { problems } = checkContent(
      sources([article('oud', { reviewedDate: '2025-11-30' })], scenarios('2026-11-01')),
      NOW,
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/articles/oud.mdx:9: "reviewedDate" 2025-11-30 is meer dan 12 maanden geleden: de inhoud is sindsdien niet gecontroleerd — oplossing: vergelijk de tekst met het feitenblad, werk bij wat niet meer klopt en zet reviewedDate op de dag van controle (zie docs/redactie.md, "Actueel houden")',
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('does not warn on the last day of the twelve months', () => {
    expect(lines([article('x', { reviewedDate: '2025-12-02' })])).toEqual([]);
  });

  it('fails for a reviewedDate in the future', () => {
    const { problems } = checkContent(
      sources([article('x', { reviewedDate: '2026-12-03' })], scenarios('2026-11-01')),
      NOW,
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/articles/x.mdx:9: "reviewedDate" 2026-12-03 ligt in de toekomst: een controle die nog niet is gedaan — oplossing: zet de dag waarop u de inhoud echt hebt gecontroleerd, uiterlijk vandaag (2026-12-02)',
    ]);
    expect(problems[0]?.severity).toBe('error');
  });

  it('fails for a published article without reviewedDate', () => {
    expect(lines([article('x', { reviewedDate: undefined })])).toEqual([
      'content/articles/x.mdx:1: "reviewedDate" ontbreekt: een gepubliceerd artikel zegt wanneer het voor het laatst is gecontroleerd — oplossing: schrijf de dag waarop u het hele artikel met het feitenblad hebt vergeleken, als jaar-maand-dag, op of na pubDate en niet in de toekomst, bijvoorbeeld reviewedDate: 2026-12-02',
    ]);
  });

  it('lets a draft go without reviewedDate, and never calls a draft stale', () => {
    expect(lines([article('x', { draft: 'true', reviewedDate: undefined })])).toEqual([]);
    expect(lines([article('x', { draft: 'true', reviewedDate: '2021-01-01' })])).toEqual([]);
  });

  it('fails for a reviewedDate before pubDate', () => {
    expect(lines([article('x', { reviewedDate: '2020-09-30' })])[0]).toMatch(
      /^content\/articles\/x\.mdx:9: "reviewedDate" ligt vóór pubDate — oplossing: /,
    );
  });

  it('lets a scheduled article be checked on its pubDate, but not after it', () => {
    expect(lines([article('x', { pubDate: '2027-01-10', reviewedDate: '2027-01-10' })])).toEqual(
      [],
    );
    expect(lines([article('x', { pubDate: '2027-01-10', reviewedDate: '2027-01-11' })])[0]).toMatch(
      /"reviewedDate" 2027-01-11 ligt in de toekomst/,
    );
  });
});

describe('reviewedDate on scenarios', () => {
  it('is required', () => {
    const over = {
      'content/scenarios/cloudtelefonie.md': scenario('cloudtelefonie', { reviewedDate: undefined })
        .source,
    };
    expect(lines([], { ...scenarios('2026-11-01'), ...over })).toEqual([
      'content/scenarios/cloudtelefonie.md:1: "reviewedDate" ontbreekt — oplossing: schrijf de dag waarop u het scenario met het feitenblad hebt vergeleken, als jaar-maand-dag en niet in de toekomst, bijvoorbeeld reviewedDate: 2026-12-02',
    ]);
  });

  it('warns when stale and fails in the future', () => {
    const over = {
      'content/scenarios/cloudtelefonie.md': scenario('cloudtelefonie', {
        reviewedDate: '2024-06-01',
      }).source,
      'content/scenarios/eigen-telefooncentrale.md': scenario('eigen-telefooncentrale', {
        order: '2',
        reviewedDate: '2027-01-01',
      }).source,
    };
    expect(lines([], over)).toEqual([
      expect.stringMatching(
        /^content\/scenarios\/eigen-telefooncentrale\.md:17: "reviewedDate" 2027-01-01 ligt in de toekomst/,
      ),
      expect.stringMatching(
        /^content\/scenarios\/cloudtelefonie\.md:17: "reviewedDate" 2024-06-01 is meer dan 12 maanden geleden/,
      ),
    ]);
  });
});

describe('the to-do list of npm run check:content -- --verouderd', () => {
  it('holds only the stale entries, oldest first, articles and scenarios together', () => {
    const files = [
      article('vers', { reviewedDate: '2026-10-01' }),
      article('oud', { reviewedDate: '2025-03-01', series: undefined, seriesPart: undefined }),
      article('ouder', { reviewedDate: '2024-02-01', series: undefined, seriesPart: undefined }),
    ];
    const { context } = checkContent(
      sources(files, {
        ...scenarios('2026-11-01'),
        'content/scenarios/cloudtelefonie.md': scenario('cloudtelefonie', {
          reviewedDate: '2025-01-01',
        }).source,
      }),
      NOW,
    );
    expect(
      staleEntries(context).map(
        (entry) => `${entry.file} ${entry.reviewedDate.toISOString().slice(0, 10)}`,
      ),
    ).toEqual([
      'content/articles/ouder.mdx 2024-02-01',
      'content/scenarios/cloudtelefonie.md 2025-01-01',
      'content/articles/oud.mdx 2025-03-01',
    ]);
    expect(staleProblem(staleEntries(context)[0]!).severity).toBe('warning');
  });
});

describe('updateNote and unverified', () => {
  it('an updateNote needs an updatedDate', () => {
    expect(lines([article('x', { updateNote: '"De BIO2 is vastgesteld."' })])).toEqual([
      'content/articles/x.mdx:1: "updatedDate" ontbreekt: updateNote zegt wat er veranderde, maar niet wanneer — oplossing: schrijf de datum als jaar-maand-dag, op of na pubDate, bijvoorbeeld updatedDate: 2021-03-23',
    ]);
    expect(
      lines([article('x', { updatedDate: '2026-12-02', updateNote: '"De BIO2 is vastgesteld."' })]),
    ).toEqual([]);
  });

  it('unverified is a list of short lines', () => {
    expect(
      lines([article('x', { unverified: '\n  - "Dat de uitrol twee keer stil lag."' })]),
    ).toEqual([]);
    expect(lines([article('x', { unverified: '"één zin"' })])[0]).toMatch(
      /^content\/articles\/x\.mdx:9: "unverified" verwacht een lijst, elke regel beginnend met "- "/,
    );
  });

  it("the feed item gets the update note, the editor's note and the unverified claims, escaped, in the order of the page", () => {
    const html = articleNotesHtml({
      updatedDate: new Date('2026-12-02'),
      updateNote: 'De BIO2 & de Cbw.',
      editorNote: 'Een noot.',
      unverified: ['Dat <x> klopt.'],
    });
    expect(html).toBe(
      '<p><strong>Bijgewerkt op 2 december 2026: De BIO2 &amp; de Cbw.</strong></p>' +
        '<aside><p><strong>Noot van de redactie</strong></p><p>Een noot.</p></aside>' +
        '<aside><p><strong>Wat wij niet konden controleren</strong></p><ul><li>Dat &lt;x&gt; klopt.</li></ul><p>Wij brengen deze punten niet als feit. Weet u een openbare bron? Laat het de redactie weten.</p></aside>',
    );
    expect(articleNotesHtml({})).toBe('');
    expect(updateNoteText(new Date('2026-12-02'), ' Twee\n regels. ')).toBe(
      'Bijgewerkt op 2 december 2026: Twee regels.',
    );
  });

  it('dateModified is the later of updatedDate and reviewedDate', () => {
    const updated = new Date('2026-01-01');
    const reviewed = new Date('2026-12-02');
    expect(latestDate(updated, reviewed)).toBe(reviewed);
    expect(latestDate(reviewed, updated)).toBe(reviewed);
    expect(latestDate(undefined, updated)).toBe(updated);
    expect(latestDate(undefined, undefined)).toBeUndefined();
  });
});
