/**
 * The glossary and its cross-references, loaded once per build: every term, the terms each
 * article mentions (as recorded by the term-links plugin while rendering the article) and, the
 * other way round, the articles that mention each term.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  ARTICLE_TERMS_FIELD,
  buildTermUsage,
  compareTerms,
  type GlossaryEntryRef,
} from '../../lib/glossary.ts';
import { getArticles, recordedList, type Article } from '../articles/data.ts';

export interface GlossaryEntry extends GlossaryEntryRef {
  abbreviation: string | undefined;
  sources: string[];
  entry: CollectionEntry<'glossary'>;
}

let glossary: Promise<GlossaryEntry[]> | undefined;

/** All terms, A–Z. */
export function getGlossary(): Promise<GlossaryEntry[]> {
  glossary ??= getCollection('glossary').then((entries) =>
    entries
      .map((entry): GlossaryEntry => ({
        ...entry.data,
        id: entry.id,
        abbreviation: entry.data.abbreviation,
        entry,
      }))
      .sort((a, b) => compareTerms(a.term, b.term)),
  );
  return glossary;
}

let glossaryMap: Promise<Map<string, GlossaryEntry>> | undefined;

/** Term id → term; one map per build (every term link on every article page looks up its term). */
export function getGlossaryMap(): Promise<Map<string, GlossaryEntry>> {
  glossaryMap ??= getGlossary().then((entries) => new Map(entries.map((e) => [e.id, e])));
  return glossaryMap;
}

/**
 * Ids of the terms `article` mentions, in order of first mention: what the term-links plugin
 * found while rendering it (also when the article switched its links off).
 */
export function getArticleTermIds(article: Article): Promise<string[]> {
  return recordedList(article, ARTICLE_TERMS_FIELD);
}

/** The terms `article` mentions, A–Z, with their data. */
export async function getArticleTerms(article: Article): Promise<GlossaryEntry[]> {
  const byId = await getGlossaryMap();
  return (await getArticleTermIds(article))
    .flatMap((id) => byId.get(id) ?? [])
    .sort((a, b) => compareTerms(a.term, b.term));
}

/** Term id → the articles that mention it, newest first. */
export async function getTermUsage(): Promise<Map<string, Article[]>> {
  const articles = await getArticles();
  const known = new Set((await getGlossary()).map((e) => e.id));
  const usage = buildTermUsage(
    await Promise.all(
      articles.map(async (a) => ({ slug: a.slug, termIds: await getArticleTermIds(a) })),
    ),
    known,
  );
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  return new Map([...usage].map(([id, slugs]) => [id, slugs.map((slug) => bySlug.get(slug)!)]));
}
