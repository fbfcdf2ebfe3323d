/**
 * Build inputs with the same standard as every other check: an author's role and bio have a
 * maximum length, and every problem in the scenario quiz says how to fix it.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/checkers.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { AUTHOR_BIO_MAX, AUTHOR_ROLE_MAX } from '../../src/collections/taxonomy/schema.ts';
import { QUIZ, quizQuestion, sources } from '../helpers/content-sources.ts';

const QUIZ_FILE = 'content/scenariokompas.yaml';

function problemsIn(file: string, over: Record<string, string | undefined>): string[] {
  return checkContent(sources([], over))
    .problems.filter((p) => p.file === file)
    .map(formatProblem);
}

describe('content/authors.yaml', () => {
  const author = (fields: string) => `- id: redactie\n  name: Redactie\n${fields}`;

  it('refuses a bio longer than two sentences can be, naming its length and the fix', () => {
    const bio = 'Een zin over de auteur. '.repeat(20).trim();
    expect(bio.length).toBeGreaterThan(AUTHOR_BIO_MAX);
    expect(
      problemsIn('content/authors.yaml', { 'content/authors.yaml': author(`  bio: ${bio}\n`) }),
    ).toEqual([
      `content/authors.yaml:3: "bio" is te lang: maximaal ${AUTHOR_BIO_MAX} tekens, nu ${bio.length} — oplossing: schrijf een of twee zinnen (hooguit ${AUTHOR_BIO_MAX} tekens); een langer verhaal past op een eigen pagina, via url`,
    ]);
  });

  it('refuses a role that does not fit after the name', () => {
    const role = 'Adviseur '.repeat(10).trim();
    expect(role.length).toBeGreaterThan(AUTHOR_ROLE_MAX);
    expect(
      problemsIn('content/authors.yaml', {
        'content/authors.yaml': author(`  role: ${role}\n  bio: Kort.\n`),
      }),
    ).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/authors\\.yaml:3: "role" is te lang: maximaal ${AUTHOR_ROLE_MAX} tekens, nu ${role.length} — oplossing: houd de functie`,
        ),
      ),
    ]);
  });

  it('accepts a role and bio at their maximum', () => {
    expect(
      problemsIn('content/authors.yaml', {
        'content/authors.yaml': author(
          `  role: ${'r'.repeat(AUTHOR_ROLE_MAX)}\n  bio: ${'b'.repeat(AUTHOR_BIO_MAX)}\n`,
        ),
      }),
    ).toEqual([]);
  });
});

describe('content/scenariokompas.yaml: every problem has an "oplossing"', () => {
  /** The baseline quiz with its first question replaced. */
  const quizWith = (first: string) =>
    QUIZ.replace(/^- id: een[\s\S]*?(?=^- id: twee)/m, `${first}\n`);
  const one = quizQuestion('een', 'a');

  const broken: [what: string, quiz: string][] = [
    ['not a list', 'vragen: []\n'],
    ['an empty list', '[]\n'],
    ['a key that is not a letter', quizWith(one.replace('key: a', 'key: 7'))],
    ['an option key that is not a digit', quizWith(one.replace('- key: 1', '- key: x'))],
    ['a question without a question mark', quizWith(one.replace('"Vraag een?"', '"Vraag een"'))],
    ['a reason with a full stop', quizWith(one.replace('"u ja zei op een"', '"u ja zei op een."'))],
    ['an empty label', quizWith(one.replace('label: "Ja"', 'label: ""'))],
    [
      'a label that is too long',
      quizWith(one.replace('label: "Ja"', `label: "${'j'.repeat(130)}"`)),
    ],
    ['a weight out of range', quizWith(one.replace('cloudtelefonie: 2', 'cloudtelefonie: 9'))],
    [
      'a weight that is not a number',
      quizWith(one.replace('cloudtelefonie: 2', 'cloudtelefonie: veel')),
    ],
    [
      'weights that are not a map',
      quizWith(
        one.replace('weights: { cloudtelefonie: 2, eigen-telefooncentrale: -1 }', 'weights: 2'),
      ),
    ],
    ['a single option', quizWith(one.replace(/ {4}- key: 2[\s\S]*$/, ''))],
    ['allowUnknown that is not a boolean', quizWith(`${one}\n  allowUnknown: misschien`)],
    ['a link of an unknown kind', quizWith(`${one}\n  links:\n    - pagina: x`)],
    ['a term link without a label', quizWith(`${one}\n  links:\n    - term: sbc`)],
    ['a missing id', quizWith(one.replace('- id: een\n  key: a', '- key: a'))],
    ['a misspelt field', quizWith(one.replace('question:', 'vraag:'))],
  ];

  it.each(broken)('%s', (_what, quiz) => {
    const problems = problemsIn(QUIZ_FILE, { [QUIZ_FILE]: quiz });
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toMatch(/ — oplossing: \S/);
  });
});
