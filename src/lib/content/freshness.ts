/**
 * Freshness of advice: every published article and every scenario says when an editor last
 * checked it against the fact sheet (`reviewedDate`). A date in the future is an error (it
 * would claim a check that has not happened); a date more than `STALE_AFTER_MONTHS` months
 * old is a warning, never a failure: the text may still be right, but nobody has looked.
 * `npm run check:content -- --verouderd` prints only those, oldest first, as a to-do list.
 */
import type { CheckContext, ContentChecker } from './check.ts';
import type { Problem } from './problems.ts';
import { toIsoDate } from '../dates.ts';

export const STALE_AFTER_MONTHS = 12;

export interface ReviewedEntry {
  file: string;
  line: number | undefined;
  reviewedDate: Date;
}

/**
 * The start of the same calendar day `months` months earlier (UTC), so a check exactly twelve
 * months ago still counts; 29 Feb rolls over to 1 Mar as Date does.
 */
function monthsBefore(date: Date, months: number): Date {
  const result = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  result.setUTCMonth(result.getUTCMonth() - months);
  return result;
}

/** Published articles and all scenarios that carry a `reviewedDate`. */
export function reviewedEntries(context: CheckContext): ReviewedEntry[] {
  const now = context.now ?? new Date();
  const entries: ReviewedEntry[] = [];
  for (const article of context.articles) {
    const data = article.data;
    if (!data?.reviewedDate || data.draft || data.pubDate.getTime() > now.getTime()) continue;
    entries.push({
      file: article.file,
      line: article.keyLines.get('reviewedDate'),
      reviewedDate: data.reviewedDate,
    });
  }
  for (const record of context.data.get('scenarios') ?? []) {
    const date = record.data?.['reviewedDate'];
    if (date instanceof Date)
      entries.push({
        file: record.file,
        line: record.keyLines.get('reviewedDate'),
        reviewedDate: date,
      });
  }
  return entries;
}

/** Entries last checked more than `STALE_AFTER_MONTHS` months before `now`, oldest first. */
export function staleEntries(context: CheckContext): ReviewedEntry[] {
  const limit = monthsBefore(context.now ?? new Date(), STALE_AFTER_MONTHS);
  return reviewedEntries(context)
    .filter((entry) => entry.reviewedDate.getTime() < limit.getTime())
    .sort(
      (a, b) => a.reviewedDate.getTime() - b.reviewedDate.getTime() || a.file.localeCompare(b.file),
    );
}

export function staleProblem(entry: ReviewedEntry): Problem {
  return {
    severity: 'warning',
    file: entry.file,
    line: entry.line,
    field: 'reviewedDate',
    message: `${toIsoDate(entry.reviewedDate)} is meer dan ${STALE_AFTER_MONTHS} maanden geleden: de inhoud is sindsdien niet gecontroleerd`,
    fix: 'vergelijk de tekst met het feitenblad, werk bij wat niet meer klopt en zet reviewedDate op de dag van controle (zie docs/redactie.md, "Actueel houden")',
  };
}

/** Articles (any, also drafts) and scenarios whose `reviewedDate` lies after today (or, when scheduled, after pubDate). */
function futureProblems(context: CheckContext): Problem[] {
  const now = context.now ?? new Date();
  // A scheduled article may be checked "on" its future pubDate: reviewedDate may not lie before it.
  const dated: { file: string; line: number | undefined; date: Date; limit?: Date }[] = [
    ...context.articles.flatMap((a) =>
      a.data?.reviewedDate
        ? [
            {
              file: a.file,
              line: a.keyLines.get('reviewedDate'),
              date: a.data.reviewedDate,
              limit: a.data.pubDate,
            },
          ]
        : [],
    ),
    ...(context.data.get('scenarios') ?? []).flatMap((r) => {
      const date = r.data?.['reviewedDate'];
      return date instanceof Date
        ? [{ file: r.file, line: r.keyLines.get('reviewedDate'), date }]
        : [];
    }),
  ];
  return dated
    .filter((entry) => entry.date.getTime() > Math.max(now.getTime(), entry.limit?.getTime() ?? 0))
    .map((entry) => ({
      severity: 'error' as const,
      file: entry.file,
      line: entry.line,
      field: 'reviewedDate',
      message: `${toIsoDate(entry.date)} ligt in de toekomst: een controle die nog niet is gedaan`,
      fix: `zet de dag waarop u de inhoud echt hebt gecontroleerd, uiterlijk vandaag (${toIsoDate(now)})`,
    }));
}

/** Runs after articles and scenarios are parsed. */
export const freshnessChecker: ContentChecker = {
  name: 'freshness',
  parse: () => [],
  check: (context) => [...futureProblems(context), ...staleEntries(context).map(staleProblem)],
};
