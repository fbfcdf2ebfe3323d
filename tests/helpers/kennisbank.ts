/**
 * Reading the knowledge base back from a build: the glossary as the checker parsed it, and the
 * glossary mentions in an article page, found again from its DOM (independently of the plugin
 * that placed the links).
 */
import type { CheckContext } from '../../src/lib/content/check.ts';
import { glossaryRecords } from '../../src/collections/glossary/check.ts';
import type { GlossaryData } from '../../src/collections/glossary/schema.ts';
import { linkableTerms, termIdForHref, type GlossaryEntryRef } from '../../src/lib/glossary.ts';
import {
  createTermMatcher,
  headingRank,
  SKIPPED_ELEMENTS,
  SKIPPED_SECTION_TITLE,
} from '../../src/lib/term-links.ts';
import { site } from '../../src/site.config.ts';

export type GlossaryEntryData = GlossaryData & { id: string };

/** The valid glossary entries of a checked content folder. */
export function glossaryEntries(context: CheckContext): GlossaryEntryData[] {
  return glossaryRecords(context).flatMap((record) =>
    record.glossary ? [{ ...record.glossary, id: record.id }] : [],
  );
}

export interface Mention {
  termId: string;
  /** The text node the mention is in. */
  node: Text;
  /** The term link around the mention, if any. */
  link: Element | null;
}

/**
 * Every glossary mention in `root` where a term link may go (not in headings, code, other
 * links, the "Bronnen" section or footnotes), in document order. Text inside an automatic term
 * link counts as a mention.
 */
export function findMentions(root: Element, entries: readonly GlossaryEntryRef[]): Mention[] {
  const matcher = createTermMatcher(linkableTerms(entries));
  const mentions: Mention[] = [];
  const visit = (node: Node, link: Element | null) => {
    if (node.nodeType === 3) {
      for (const match of matcher.find(node.textContent ?? ''))
        mentions.push({ termId: match.termId, node: node as Text, link });
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const name = element.tagName.toLowerCase();
    const isTermLink = name === 'a' && element.classList.contains('term-link');
    if (!isTermLink && SKIPPED_ELEMENTS.has(name)) return;
    if (name === 'section' && element.hasAttribute('data-footnotes')) return;
    // A term's definition on tap (a popover next to its link) is not article text.
    if (element.hasAttribute('popover')) return;
    let skipUntilRank: number | undefined;
    for (const child of element.childNodes) {
      const rank = child.nodeType === 1 ? headingRank((child as Element).tagName) : undefined;
      if (rank !== undefined && skipUntilRank !== undefined && rank <= skipUntilRank)
        skipUntilRank = undefined;
      if (
        rank !== undefined &&
        skipUntilRank === undefined &&
        SKIPPED_SECTION_TITLE.test(child.textContent?.trim() ?? '')
      )
        skipUntilRank = rank;
      if (skipUntilRank === undefined) visit(child, isTermLink ? element : link);
    }
  };
  visit(root, null);
  return mentions;
}

/** Ids of terms whose page `root` links to by hand (links that are not automatic term links). */
export function authorTermLinks(root: Element): string[] {
  return [...root.querySelectorAll('a[href]:not(.term-link)')].flatMap(
    (a) => termIdForHref(a.getAttribute('href')!, site.url) ?? [],
  );
}
