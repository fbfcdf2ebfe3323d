/**
 * Checks on what an editor writes below the frontmatter: the MDX must parse, and then the
 * body rules (links, images, headings, leftovers of the scaffold, readability) run on its tree.
 *
 * Registered after the articles checker: its `parse` needs the parsed articles, and registers
 * each article page's fragment ids (its headings) so that any content's links to
 * `/artikelen/x/#kop` can be checked.
 */
import { addRoute, type ContentChecker, type ContentRule } from './check.ts';
import { headingRule } from './headings.ts';
import { imageRule } from './images.ts';
import { internalLinkRule } from './links.ts';
import { ARTICLE_PAGE_ANCHORS, anchorsOf, parseBody } from './mdx.ts';
import type { Problem } from './problems.ts';
import { readabilityRule } from './readability-rule.ts';
import { placeholderRule } from './scaffold.ts';

/** Rules over article bodies; a new body rule is added here. */
export const bodyRules: ContentRule[] = [internalLinkRule, imageRule, headingRule, placeholderRule, readabilityRule];

/** Explains the MDX mistakes editors make most, in their terms. */
function syntaxFix(message: string): string {
  if (/expected a valid JSX tag|Unexpected character after `<`/i.test(message)) {
    return 'een < in de tekst opent in MDX een tag: schrijf \\< of &lt; voor het teken zelf, en [tekst](adres) voor een link';
  }
  if (/brace|expression/i.test(message)) {
    return 'een { in de tekst opent in MDX een expressie: schrijf \\{ voor het teken zelf, of sluit af met }';
  }
  if (/closing tag|corresponding closing/i.test(message)) {
    return 'sluit elke tag af (<Tag>…</Tag> of <Tag />) in dezelfde volgorde als waarin ze geopend zijn';
  }
  return 'controleer tags (<…>) en accolades ({…}) op deze regel; zie docs/redactie.md';
}

export const articleBodiesChecker: ContentChecker = {
  name: 'article-bodies',
  parse(context) {
    const problems: Problem[] = [];
    for (const record of context.articles) {
      const { tree, error } = parseBody(record);
      if (error) {
        problems.push({
          severity: 'error',
          file: record.file,
          line: error.line,
          message: `de tekst is geen geldige MDX (${error.message})`,
          fix: syntaxFix(error.message),
        });
      }
      if (tree && record.data) addRoute(context, `/artikelen/${record.slug}/`, [...ARTICLE_PAGE_ANCHORS, ...anchorsOf(tree)]);
    }
    return problems;
  },
  check: (context) => bodyRules.flatMap((rule) => rule(context)),
};
