/**
 * Checks on what an editor writes below the frontmatter: the MDX must parse, and then the
 * body rules (links, images, headings, leftovers of the scaffold, readability) run on its tree.
 *
 * Registered after the articles checker: its `parse` needs the parsed articles, and registers
 * each article page's fragment ids (its headings) so that any content's links to
 * `/artikelen/x/#kop` can be checked.
 */
import { paths } from '../../routes.ts';
import { addRoute, type ContentChecker, type ContentRule } from '../../lib/content/check.ts';
import { headingRule } from './headings.ts';
import { coverImageRule, imageRule } from './images.ts';
import { internalLinkRule } from './links.ts';
import { ARTICLE_PAGE_ANCHORS, anchorsOf, parseBody } from '../../lib/content/mdx.ts';
import type { Problem } from '../../lib/content/problems.ts';
import { readabilityRule } from './readability-rule.ts';
import { placeholderRule } from '../../lib/content/scaffold.ts';

/** Rules over article bodies; a new body rule is added here. */
export const bodyRules: ContentRule[] = [
  internalLinkRule,
  imageRule,
  coverImageRule,
  headingRule,
  placeholderRule,
  readabilityRule,
];

/**
 * Sätteri's (English) parse error as a Dutch problem and fix, for the mistakes editors make
 * most; anything else keeps the technical message so a developer can act on it.
 */
export function describeMdxError(message: string): { problem: string; fix: string } {
  const text = message.replace(/\s+/g, ' ').replace(/\s*\(mdx-[\w:-]+\)$/, '');
  if (/Unexpected character after `<`/.test(text)) {
    return {
      problem: 'een < wordt gelezen als het begin van een tag',
      fix: 'schrijf \\< of &lt; voor het teken zelf, en [tekst](adres) voor een link',
    };
  }
  if (/expected a corresponding closing brace/.test(text)) {
    return {
      problem: 'een { wordt niet afgesloten met }',
      fix: 'schrijf \\{ voor het teken zelf, of sluit af met }',
    };
  }
  if (/Could not parse expression/.test(text)) {
    return {
      problem: 'de tekst tussen { en } is geen geldige expressie',
      fix: 'schrijf \\{ voor het teken zelf; {/* … */} is een toelichting die niet op de pagina komt',
    };
  }
  const unclosed = /Expected a closing tag for `(<[^`]+>)`/.exec(text);
  if (unclosed)
    return {
      problem: `de tag ${unclosed[1]} wordt niet afgesloten`,
      fix: `sluit hem af met </${unclosed[1]!.slice(1)} of schrijf hem als <… />`,
    };
  const stray =
    /Unexpected closing tag `(<\/[^`]+>)`(?:, expected corresponding closing tag for `(<[^`]+>)`)?/.exec(
      text,
    );
  if (stray) {
    return {
      problem: stray[2]
        ? `${stray[1]} sluit niet de tag die open staat (${stray[2]})`
        : `${stray[1]} sluit een tag die niet geopend is`,
      fix: 'sluit tags in omgekeerde volgorde van openen, of verwijder de losse sluittag',
    };
  }
  return {
    problem: `technische melding: ${text}`,
    fix: 'controleer tags (<…>) en accolades ({…}) op deze regel; zie docs/redactie.md',
  };
}

export const articleBodiesChecker: ContentChecker = {
  name: 'article-bodies',
  parse(context) {
    const problems: Problem[] = [];
    for (const record of context.articles) {
      const { tree, error } = parseBody(record);
      if (error) {
        const { problem, fix } = describeMdxError(error.message);
        problems.push({
          severity: 'error',
          file: record.file,
          line: error.line,
          message: `de tekst is geen geldige MDX: ${problem}`,
          fix,
        });
      }
      if (tree && record.data)
        addRoute(context, paths.article(record.slug), [
          ...ARTICLE_PAGE_ANCHORS,
          ...anchorsOf(tree),
        ]);
    }
    return problems;
  },
  check: (context) => bodyRules.flatMap((rule) => rule(context)),
};
