/**
 * The term-link decisions over a plain hast tree (`mdxToHast`, `markdownToHast`): what the
 * Sätteri plugin does text node by text node in its own walk, driven here by a walk in document
 * order, so the unit tests can state the rules on small documents.
 */
import {
  createLinkableText,
  createSourceSections,
  createTermLinker,
  elementName,
  headingRank,
  hrefOf,
  type TermMatcher,
  type TextPart,
  type TreeNode,
} from '../../src/lib/term-links.ts';

export interface TermLinkPlan<N> {
  /** Terms mentioned in linkable text, in order of first mention (also when links are off). */
  termIds: string[];
  /** Terms the author already linked by hand, which therefore get no automatic link. */
  linkedByAuthor: string[];
  /** Text nodes to replace, in document order. Empty when links are off. */
  replacements: { node: N; parts: TextPart[] }[];
}

export function planTermLinks<N extends TreeNode>(
  root: N,
  matcher: TermMatcher,
  options: { link: boolean; termIdForHref: (href: string) => string | undefined },
): TermLinkPlan<N> {
  const parents = new Map<N, N>();
  const inOrder: N[] = [];
  const walk = (node: N) => {
    inOrder.push(node);
    for (const child of (node.children ?? []) as readonly N[]) {
      parents.set(child, node);
      walk(child);
    }
  };
  walk(root);
  const linkedByAuthor = new Set<string>();
  for (const node of inOrder) {
    if (elementName(node) !== 'a') continue;
    const id = options.termIdForHref(hrefOf(node) ?? '');
    if (id) linkedByAuthor.add(id);
  }
  const linker = createTermLinker(matcher, { link: options.link, linkedByAuthor });
  const sections = createSourceSections<N>();
  const linkable = createLinkableText<N>({ parent: (node) => parents.get(node) }, sections);
  const textOf = (node: TreeNode): string =>
    node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
  const replacements: TermLinkPlan<N>['replacements'] = [];
  for (const node of inOrder) {
    const rank = headingRank(elementName(node));
    if (rank !== undefined) sections.heading(parents.get(node), rank, textOf(node));
    if (node.type !== 'text' || typeof node.value !== 'string') continue;
    const parts = linker.split(node.value, () => linkable(node));
    if (parts) replacements.push({ node, parts });
  }
  return { termIds: linker.termIds(), linkedByAuthor: [...linkedByAuthor], replacements };
}
