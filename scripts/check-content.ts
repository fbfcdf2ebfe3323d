/**
 * `npm run check:content`: checks all content and prints every problem, one line each.
 * Exits 1 when there is at least one error (warnings alone do not fail). On GitHub Actions it
 * also writes each problem as an annotation, so it shows next to the line in the pull request.
 *
 * `npm run check:content -- --verouderd` prints only the articles and scenarios whose
 * `reviewedDate` is more than 12 months old, oldest first: the editors' to-do list.
 */
import { readContentFiles, runContentChecks } from '../src/integrations/content-checks.ts';
import { checkContent } from '../src/lib/content/checkers.ts';
import { staleEntries, staleProblem, STALE_AFTER_MONTHS } from '../src/lib/content/freshness.ts';
import {
  formatProblem,
  formatReport,
  githubAnnotation,
  sortProblems,
} from '../src/lib/content/problems.ts';

const args = process.argv.slice(2);
const root = args.find((arg) => !arg.startsWith('--')) ?? process.cwd();

if (args.includes('--verouderd')) {
  const stale = staleEntries(checkContent(readContentFiles(root)).context);
  console.log(
    stale.length
      ? [
          ...stale.map((entry) => `let op  ${formatProblem(staleProblem(entry))}`),
          `${stale.length} verouderd (langer dan ${STALE_AFTER_MONTHS} maanden niet gecontroleerd), oudste eerst`,
        ].join('\n')
      : `verouderd: niets; alles is in de afgelopen ${STALE_AFTER_MONTHS} maanden gecontroleerd`,
  );
} else {
  const { problems } = await runContentChecks(root);
  console.log(problems.length ? formatReport(problems) : 'content: geen problemen gevonden');
  if (process.env['GITHUB_ACTIONS'] === 'true')
    for (const problem of sortProblems(problems)) console.log(githubAnnotation(problem));
  process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
}
