/**
 * A problem found in the content, and how it is printed: one line naming the file, the line
 * where known, the field, what is wrong and how to fix it.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path relative to the project root, with forward slashes (`content/articles/x.mdx`). */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** Frontmatter field or data key the problem is about (`pubDate`, `tags[1]`). */
  field?: string | undefined;
  /** What is wrong, in Dutch, without a trailing period. */
  message: string;
  /** What the editor should do, in Dutch. */
  fix?: string | undefined;
}

/** `content/articles/x.mdx:4: "pubDate" verwacht … — oplossing: …` */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? `"${problem.field}" ` : '';
  const fix = problem.fix ? ` — oplossing: ${problem.fix}` : '';
  return `${where}: ${field}${problem.message}${fix}`;
}

/** Errors first, then by file and line, so the output reads top to bottom per file. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
  return [...problems].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.field ?? '').localeCompare(b.field ?? ''),
  );
}

/** The full report: every problem, then a count. */
export function formatReport(problems: readonly Problem[]): string {
  const sorted = sortProblems(problems);
  const errors = sorted.filter((p) => p.severity === 'error').length;
  const warnings = sorted.length - errors;
  const lines = sorted.map(
    (p) => `${p.severity === 'error' ? 'fout' : 'let op'}  ${formatProblem(p)}`,
  );
  lines.push(
    `${errors} ${errors === 1 ? 'fout' : 'fouten'}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}`,
  );
  return lines.join('\n');
}

/** Escapes a value for a GitHub Actions workflow command (properties also escape `:` and `,`). */
function escapeCommand(text: string, property = false): string {
  const escaped = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? escaped.replace(/:/g, '%3A').replace(/,/g, '%2C') : escaped;
}

/**
 * A GitHub Actions annotation (`::error file=…,line=…::…`): on a pull request the problem
 * appears next to the line in the changed file, where the editor is looking.
 */
export function githubAnnotation(problem: Problem): string {
  const properties = [`file=${escapeCommand(problem.file, true)}`];
  if (problem.line) properties.push(`line=${problem.line}`);
  properties.push(
    `title=${escapeCommand(problem.field ? `Inhoud: ${problem.field}` : 'Inhoud', true)}`,
  );
  const field = problem.field ? `"${problem.field}" ` : '';
  const fix = problem.fix ? ` — oplossing: ${problem.fix}` : '';
  return `::${problem.severity === 'error' ? 'error' : 'warning'} ${properties.join(',')}::${escapeCommand(`${field}${problem.message}${fix}`)}`;
}
