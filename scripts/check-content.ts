/**
 * `npm run check:content`: checks all content and prints every problem, one line each.
 * Exits 1 when there is at least one error (warnings alone do not fail).
 */
import { runContentChecks } from '../src/integrations/content-checks.ts';
import { formatReport } from '../src/lib/content/problems.ts';

const root = process.argv[2] ?? process.cwd();
const problems = await runContentChecks(root);
console.log(problems.length ? formatReport(problems) : 'content: geen problemen gevonden');
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
