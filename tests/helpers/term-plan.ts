/**
 * The term-link decisions over a plain hast tree (`mdxToHast`, `markdownToHast`): what the
 * Sätteri plugin does text node by text node in its own walk, driven here by a walk in document
 * order, so the unit tests can state the rules on small documents.
 */
import {
  createTermLinker,
  createTextScopes,
  elementName,
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
  const inOrder: N[] = [];
  const walk = (node: N) => {
    inOrder.push(node);
    for (const child of (node.children ?? []) as readonly N[]) walk(child);
  };
  walk(root);
  const linkedByAuthor = new Set<string>();
  for (const node of inOrder) {
    if (elementName(node) !== 'a') continue;
    const id = options.termIdForHref(hrefOf(node) ?? '');
    if (id) linkedByAuthor.add(id);
  }
  const linker = createTermLinker(matcher, { link: options.link, linkedByAuthor });
  // Every element is reported with its text, as the plugin reports the ones that matter.
  const scopes = createTextScopes();
  const textOf = (node: TreeNode): string =>
    node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
  const replacements: TermLinkPlan<N>['replacements'] = [];
  for (const node of inOrder) {
    if (elementName(node) !== undefined) scopes.element(node, textOf(node));
    if (node.type !== 'text' || typeof node.value !== 'string') continue;
    const parts = linker.split(node.value, () => scopes.linkable());
    scopes.text(node.value.length);
    if (parts) replacements.push({ node, parts });
  }
  return { termIds: linker.termIds(), linkedByAuthor: [...linkedByAuthor], replacements };
}
