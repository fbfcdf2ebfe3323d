/**
 * Scenarios and the scenario quiz as the pages need them: loaded once per build, in editorial
 * order, with the articles that link to each scenario as recorded while rendering them.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
// The collection store sorts entries by id; the quiz asks its questions in file order.
import quizSource from '../../content/scenariokompas.yaml?raw';
import { parseYamlList } from '../lib/content/frontmatter.ts';
import type { QuizQuestionData } from '../lib/content/quiz-schema.ts';
import { scenarioPath, type ScenarioData } from '../lib/content/scenario-schema.ts';
import { ARTICLE_LINKS_FIELD, normalizePath } from '../lib/internal-links.ts';
import type { Quiz } from '../lib/quiz/engine.ts';
import { buildQuiz } from '../lib/quiz/validate.ts';
import { getArticles, recordedList, type Article } from './articles.ts';
import { paths } from '../routes.ts';

export interface Scenario extends ScenarioData {
  id: string;
  /** Site path of the scenario page. */
  path: string;
  entry: CollectionEntry<'scenarios'>;
}

let scenarios: Promise<Scenario[]> | undefined;

/** Every scenario, in editorial order (`order`). */
export function getScenarios(): Promise<Scenario[]> {
  scenarios ??= getCollection('scenarios').then((entries) =>
    entries
      .map((entry) => ({ ...entry.data, id: entry.id, path: scenarioPath(entry.id), entry }))
      .sort((a, b) => a.order - b.order),
  );
  return scenarios;
}

/**
 * The published articles whose body links to `path`, newest first: the links the term-links
 * plugin recorded while rendering each article, so nothing re-reads the source.
 */
export async function articlesLinkingTo(path: string): Promise<Article[]> {
  const articles = await getArticles();
  const target = normalizePath(path);
  const links = await Promise.all(
    articles.map((article) => recordedList(article, ARTICLE_LINKS_FIELD)),
  );
  return articles.filter((_, index) => links[index]!.includes(target));
}

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

/** The quiz model for the engine plus the questions with their links resolved for the page. */
export async function getQuiz(): Promise<{
  quiz: Quiz;
  questions: QuizPageQuestion[];
  scenarios: Scenario[];
}> {
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
