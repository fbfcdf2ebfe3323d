/**
 * Pure logic over glossary entries: their URLs, how they are written in articles, the A–Z
 * index, related terms and which articles use which term. Plain objects in, plain objects
 * out, so the pages stay thin and all of this is unit-tested.
 */
import { matchRoute, paths } from '../routes.ts';
import type { LinkableTerm, TermForm } from './term-links.ts';

/** The fields of a glossary entry this module needs. */
export interface GlossaryEntryRef {
  id: string;
  term: string;
  abbreviation?: string | undefined;
  aliases: readonly string[];
  matchCase: boolean;
  definition: string;
  related: readonly string[];
}

/** What a term id looks like (the file name rule); other addresses under the glossary are not terms. */
const TERM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const GLOSSARY_PATH = paths.glossary();

/**
 * Where the term-links plugin leaves the ids of the terms an article mentions: a key of the
 * article's `remarkPluginFrontmatter` (never a real frontmatter field: the schema is strict).
 */
export const ARTICLE_TERMS_FIELD = 'glossaryTerms';

/** `/kennisbank/begrippen/<id>/` */
export function termHref(id: string): string {
  return paths.term(id);
}

/**
 * The term id of a link target when it is a term page, relative (`/kennisbank/begrippen/x/`,
 * with or without a fragment) or absolute on `origin`; otherwise `undefined`.
 */
export function termIdForHref(href: string, origin: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, `${origin}/`);
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(origin).origin) return undefined;
  const term = matchRoute('term', url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`)?.[
    'term'
  ];
  return term !== undefined && TERM_ID.test(term) ? term : undefined;
}

/** The id of the element holding a term's definition on an article page (target of `aria-describedby`). */
export function definitionElementId(id: string): string {
  return `begrip-def-${id}`;
}

/**
 * The MDX component each automatic term link becomes: the term-links plugin writes it, the
 * article's components map (src/components/article-components.ts) supplies TermLink.astro.
 */
export const TERM_LINK_COMPONENT = 'TermLink';

/** The class on every automatic term link; the stylesheet and the tests use it. */
export const TERM_LINK_CLASS = 'term-link';

/** The class of the button that opens a term's definition, and of the definition itself. */
export const TERM_TIP_CLASS = 'term-tip';
export const TERM_POPOVER_CLASS = 'term-popover';

/** The id of the popover with a term's definition; one per term and page (only the first mention links). */
export function termPopoverId(id: string): string {
  return `begrip-uitleg-${id}`;
}

/** "Baseline Informatiebeveiliging Overheid (BIO)", or just the term. */
export function displayName(entry: Pick<GlossaryEntryRef, 'term' | 'abbreviation'>): string {
  return entry.abbreviation ? `${entry.term} (${entry.abbreviation})` : entry.term;
}

/** Every way an article may write the term: term and aliases as configured, the abbreviation always with its own capitals. */
export function termForms(
  entry: Pick<GlossaryEntryRef, 'term' | 'abbreviation' | 'aliases' | 'matchCase'>,
): TermForm[] {
  return [
    { text: entry.term, matchCase: entry.matchCase },
    ...(entry.abbreviation ? [{ text: entry.abbreviation, matchCase: true }] : []),
    ...entry.aliases.map((text) => ({ text, matchCase: entry.matchCase })),
  ];
}

export function linkableTerms(entries: readonly GlossaryEntryRef[]): LinkableTerm[] {
  return entries.map((entry) => ({ id: entry.id, forms: termForms(entry) }));
}

/** Compares two forms the way the matcher would confuse them: case and spacing ignored. */
export function formKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/’/g, "'").toLocaleLowerCase('nl');
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Dutch alphabetical order, ignoring case and accents; "14+netnummer" sorts before letters. */
export function compareTerms(a: string, b: string): number {
  return collator.compare(a, b);
}

/** The index letter of a label: A–Z without accents, or `#` for anything that starts otherwise (digits). */
export function indexLetter(label: string): string {
  const first = label.normalize('NFKD').replace(/\p{M}/gu, '').trim().charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** An entry of the A–Z list: a term, or a cross-reference from an abbreviation to its term ("BIO, zie …"). */
export type IndexEntry<T extends GlossaryEntryRef> =
  { kind: 'term'; label: string; entry: T } | { kind: 'see'; label: string; entry: T };

export interface IndexGroup<T extends GlossaryEntryRef> {
  /** `A` … `Z`, or `#` for terms that start with a digit. */
  letter: string;
  entries: IndexEntry<T>[];
}

/**
 * The A–Z index: terms sorted the Dutch way, grouped by first letter. Each abbreviation gets a
 * cross-reference at its own place, so a reader who looks up "PBX" under P finds
 * "Telefooncentrale". Groups without entries are left out; `#` (digits) comes first.
 */
export function glossaryIndex<T extends GlossaryEntryRef>(entries: readonly T[]): IndexGroup<T>[] {
  const items: IndexEntry<T>[] = entries.flatMap((entry) => [
    { kind: 'term' as const, label: entry.term, entry },
    ...(entry.abbreviation ? [{ kind: 'see' as const, label: entry.abbreviation, entry }] : []),
  ]);
  items.sort((a, b) => compareTerms(a.label, b.label) || (a.kind === 'term' ? -1 : 1));
  const groups = new Map<string, IndexEntry<T>[]>();
  for (const item of items) {
    const letter = indexLetter(item.label);
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups]
    .map(([letter, list]) => ({ letter, entries: list }))
    .sort((a, b) =>
      a.letter === '#' ? -1 : b.letter === '#' ? 1 : a.letter.localeCompare(b.letter),
    );
}

/** The letters of the jump index: `#` when there are digit terms, then A to Z. */
export function indexLetters(groups: readonly { letter: string }[]): string[] {
  const letters = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
  return groups.some((g) => g.letter === '#') ? ['#', ...letters] : letters;
}

/** Fragment id of a letter group: `letter-a`, or `letter-cijfers` for `#`. */
export function letterAnchor(letter: string): string {
  return letter === '#' ? 'letter-cijfers' : `letter-${letter.toLowerCase()}`;
}

/**
 * Related terms of `id`: the ones it names itself, in its own order, then the terms that name
 * it (sorted), so a relation declared on one side shows on both pages.
 */
export function relatedTermIds(id: string, entries: readonly GlossaryEntryRef[]): string[] {
  const own = entries.find((e) => e.id === id)?.related ?? [];
  const known = new Set(entries.map((e) => e.id));
  const reverse = entries
    .filter((e) => e.id !== id && e.related.includes(id) && !own.includes(e.id))
    .sort((a, b) => compareTerms(a.term, b.term))
    .map((e) => e.id);
  return [...new Set([...own, ...reverse])].filter((other) => other !== id && known.has(other));
}

/** What an article contributes to the cross-references: its slug and the terms it mentions. */
export interface ArticleTerms {
  slug: string;
  termIds: readonly string[];
}

/**
 * Term id → slugs of the articles that mention it, in the order the articles are given (pass
 * them newest first). Terms no article mentions are absent; unknown ids are kept out.
 */
export function buildTermUsage(
  articles: readonly ArticleTerms[],
  knownIds: ReadonlySet<string>,
): Map<string, string[]> {
  const usage = new Map<string, string[]>();
  for (const article of articles) {
    for (const id of new Set(article.termIds)) {
      if (!knownIds.has(id)) continue;
      usage.set(id, [...(usage.get(id) ?? []), article.slug]);
    }
  }
  return usage;
}
