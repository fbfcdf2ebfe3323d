/**
 * `npm run check:content`: checks all content and prints every problem, one line each.
 * Exits 1 when there is at least one error (warnings alone do not fail). On GitHub Actions it
 * also writes each problem as an annotation, so it shows next to the line in the pull request.
 */
import { runContentChecks } from '../src/integrations/content-checks.ts';
import { formatReport, githubAnnotation, sortProblems } from '../src/lib/content/problems.ts';

const root = process.argv[2] ?? process.cwd();
const problems = await runContentChecks(root);
console.log(problems.length ? formatReport(problems) : 'content: geen problemen gevonden');
if (process.env['GITHUB_ACTIONS'] === 'true') for (const problem of sortProblems(problems)) console.log(githubAnnotation(problem));
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
