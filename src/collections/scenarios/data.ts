/**
 * Scenarios as the pages need them: loaded once per build, in editorial order, with the
 * articles that link to each scenario as recorded while rendering them.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { scenarioPath, type ScenarioData } from './schema.ts';
import { ARTICLE_LINKS_FIELD, normalizePath } from '../../lib/internal-links.ts';
import { getArticles, recordedList, type Article } from '../articles/data.ts';

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
