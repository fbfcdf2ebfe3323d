/**
 * The scenario quiz as its page needs it: the questions in file order, the engine's model, and
 * each question's links resolved to pages this build publishes.
 */
import { getCollection } from 'astro:content';
// The collection store sorts entries by id; the quiz asks its questions in file order.
import quizSource from '../../../content/scenariokompas.yaml?raw';
import { getArticles } from '../articles/data.ts';
import { parseYamlList } from '../../lib/content/frontmatter.ts';
import type { Quiz } from '../../lib/quiz/engine.ts';
import { buildQuiz } from '../../lib/quiz/validate.ts';
import { paths } from '../../routes.ts';
import { getScenarios, type Scenario } from '../scenarios/data.ts';
import type { QuizQuestionData } from './schema.ts';

export interface QuizLink {
  href: string;
  label: string;
  /** The scenario a link points to, so the result can skip a link to the scenario it already shows. */
  scenario?: string | undefined;
}

export interface QuizPageQuestion extends QuizQuestionData {
  /** Resolved links: only to pages this build publishes. */
  resolvedLinks: QuizLink[];
}

export interface QuizData {
  quiz: Quiz;
  questions: QuizPageQuestion[];
  scenarios: Scenario[];
}

let quizData: Promise<QuizData> | undefined;

/**
 * The quiz model for the engine plus the questions with their links resolved for the page;
 * built once per build (the home page and the quiz page both use it, and reading the file
 * order means parsing the quiz's YAML).
 */
export function getQuiz(): Promise<QuizData> {
  quizData ??= loadQuiz();
  return quizData;
}

async function loadQuiz(): Promise<QuizData> {
  const [all, entries, articles] = await Promise.all([
    getScenarios(),
    getCollection('scenariokompas'),
    getArticles(),
  ]);
  const fileOrder = (parseYamlList(quizSource).items ?? []).map(
    (item) => (item as { id?: unknown } | null)?.id,
  );
  const position = (id: string) => fileOrder.indexOf(id);
  const { quiz, questions } = buildQuiz(
    entries.map((entry) => entry.data).sort((a, b) => position(a.id) - position(b.id)),
    all.map((s) => s.id),
    // Drafts are valid references, but in production they have no page: their links are dropped below.
    {
      articles: new Set((await getCollection('articles')).map((a) => a.id)),
      terms: new Set((await getCollection('glossary')).map((t) => t.id)),
    },
  );
  const published = new Map(articles.map((article) => [article.slug, article]));
  const byId = new Map(all.map((s) => [s.id, s]));
  const resolve = (link: QuizQuestionData['links'][number]): QuizLink | undefined => {
    if ('scenario' in link) {
      const scenario = byId.get(link.scenario)!;
      return { href: scenario.path, label: link.label ?? scenario.title, scenario: scenario.id };
    }
    if ('article' in link) {
      const article = published.get(link.article);
      return article && { href: paths.article(article.slug), label: link.label ?? article.title };
    }
    return { href: paths.term(link.term), label: link.label };
  };
  return {
    quiz,
    scenarios: all,
    questions: questions.map((question) => ({
      ...question,
      resolvedLinks: question.links.flatMap((link) => resolve(link) ?? []),
    })),
  };
}
