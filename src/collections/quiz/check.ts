/**
 * Content checks for the scenario quiz (`content/scenariokompas.yaml`): schema, unique keys,
 * and references to scenarios, articles and terms; registered in `src/lib/content/checkers.ts`.
 */
import type { ContentChecker } from '../../lib/content/check.ts';
import { parseYamlList } from '../../lib/content/frontmatter.ts';
import type { Problem } from '../../lib/content/problems.ts';
import { validateQuiz, type IssuePath } from '../../lib/quiz/validate.ts';

export const QUIZ_FILE = 'content/scenariokompas.yaml';

/** `options[2].weights.cloudtelefonie` for a path below one question. */
function fieldName(path: IssuePath): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i ? `.${part}` : part))
    .join('');
}

/** The scenario quiz: schema, unique keys, and references to scenarios, articles and terms. */
export const quizChecker: ContentChecker = {
  name: 'scenariokompas',
  parse: () => [],
  check(context) {
    const source = context.files.get(QUIZ_FILE);
    if (source === undefined) {
      return [
        {
          severity: 'error',
          file: QUIZ_FILE,
          message: 'het bestand ontbreekt',
          fix: `maak ${QUIZ_FILE} aan met de vragen van het scenariokompas`,
        },
      ];
    }
    const parsed = parseYamlList(source);
    if (parsed.errors.length) {
      return parsed.errors.map((error) => ({
        severity: 'error',
        file: QUIZ_FILE,
        line: error.line,
        message: `geen geldige YAML: ${error.message}`,
        fix: 'controleer aanhalingstekens, dubbele punten en inspringing op deze regel',
      }));
    }
    const { issues } = validateQuiz(parsed.items, {
      scenarios: context.ids.get('scenarios') ?? new Set(),
      articles: context.ids.get('articles') ?? new Set(),
      terms: context.ids.get('glossary'),
    });
    return issues.map((issue): Problem => {
      const [index, ...rest] = issue.path;
      const item = typeof index === 'number' ? parsed.items?.[index] : undefined;
      const id =
        item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
          ? (item as { id: string }).id
          : undefined;
      const field =
        typeof index === 'number'
          ? `${id ?? `vraag ${index + 1}`}${rest.length ? `.${fieldName(rest)}` : ''}`
          : undefined;
      return {
        severity: issue.severity,
        file: QUIZ_FILE,
        line: issue.path.length ? parsed.lineAt(issue.path) : undefined,
        field,
        message: issue.message,
        fix: issue.fix,
      };
    });
  },
};
