/**
 * Article bodies as syntax trees, parsed with Sätteri: the parser Astro itself renders MDX
 * with, so the checker sees exactly the links, images and headings the page will have, with
 * their line numbers, and never mistakes text inside a code block for a link.
 */
import GithubSlugger from 'github-slugger';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { ArticleRecord } from './check.ts';

/** The parts of an mdast/MDX node the rules read. */
export interface MdNode {
  type: string;
  position?:
    { start: { line: number; column: number }; end: { line: number; column: number } } | undefined;
  children?: MdNode[];
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  identifier?: string;
  label?: string | null;
  /** MDX JSX: element name (`a`, `img`, `Begrip`), `null` for a fragment. */
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

export interface ParsedBody {
  tree: MdNode | undefined;
  /** MDX syntax error: the line in the whole file and Sätteri's message. */
  error: { line: number | undefined; message: string } | undefined;
}

/**
 * The features Astro's MDX integration enables by default (GFM, smart punctuation): heading
 * text, and therefore heading ids, must come out as on the page.
 */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

/** Ids every article page has besides its headings (the skip link's target in BaseLayout). */
export const ARTICLE_PAGE_ANCHORS: readonly string[] = ['inhoud'];

const parsed = new WeakMap<ArticleRecord, ParsedBody>();

/** The body of an article as a tree, parsed once per record. Positions are lines of the whole file. */
export function parseBody(record: ArticleRecord): ParsedBody {
  let result = parsed.get(record);
  if (!result) {
    result = parseMdx(record.body, record.bodyLine);
    parsed.set(record, result);
  }
  return result;
}

/** Parses MDX text (articles) that starts at line `firstLine` of its file. */
export function parseMdx(source: string, firstLine = 1): ParsedBody {
  return parseWith(() => mdxToMdast(source, { features: FEATURES }), firstLine);
}

/** Parses Markdown text (scenarios, glossary explanations) that starts at line `firstLine` of its file. */
export function parseMarkdown(source: string, firstLine = 1): ParsedBody {
  return parseWith(() => markdownToMdast(source, { features: FEATURES }), firstLine);
}

function parseWith(parse: () => unknown, firstLine: number): ParsedBody {
  const offset = firstLine - 1;
  try {
    const tree = parse() as MdNode;
    walk(tree, (node) => {
      if (node.position) {
        node.position.start.line += offset;
        node.position.end.line += offset;
      }
    });
    return { tree, error: undefined };
  } catch (error) {
    // Sätteri reports "3:16: Unexpected closing tag … (mdx-jsx:unexpected-character)".
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):\d+:\s*/.exec(message);
    return {
      tree: undefined,
      error: {
        line: at ? Number(at[1]) + offset : undefined,
        message: at ? message.slice(at[0].length) : message,
      },
    };
  }
}

/**
 * Calls `visit` for every node in document order with its ancestors. Returning `false` skips
 * the node's children.
 */
export function walk(
  node: MdNode,
  visit: (node: MdNode, ancestors: readonly MdNode[]) => boolean | void,
  ancestors: MdNode[] = [],
): void {
  if (visit(node, ancestors) === false) return;
  if (!node.children) return;
  ancestors.push(node);
  for (const child of node.children) walk(child, visit, ancestors);
  ancestors.pop();
}

/** Line of a node in its file. */
export function lineOf(node: MdNode): number | undefined {
  return node.position?.start.line;
}

export function isJsxElement(node: MdNode): boolean {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/**
 * A JSX attribute: its text for `href="/x/"`, `true` for a bare `alt`, `{ expression }` for
 * `alt={…}` (not checkable without running it), `undefined` when absent.
 */
export function jsxAttribute(
  node: MdNode,
  name: string,
): string | true | { expression: true } | undefined {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute) return undefined;
  if (attribute.value === null || attribute.value === undefined) return true;
  if (typeof attribute.value === 'string') return attribute.value;
  return { expression: true };
}

/**
 * The text a reader sees in a node: text and inline code, not image alt text (an image in a
 * heading adds nothing to its id in the rendered HTML either).
 */
export function textOf(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return '\n';
  if (
    node.type === 'image' ||
    node.type === 'mdxTextExpression' ||
    node.type === 'mdxFlowExpression'
  )
    return '';
  return (node.children ?? []).map(textOf).join('');
}

/**
 * Fragment ids the rendered page will have for this body: heading ids as Astro assigns them
 * (github-slugger over the heading text, numbered on repeats: `bronnen`, `bronnen-1`) and the
 * literal `id` of any JSX element.
 */
export function anchorsOf(tree: MdNode): string[] {
  const slugger = new GithubSlugger();
  const anchors: string[] = [];
  walk(tree, (node) => {
    if (node.type === 'heading') anchors.push(slugger.slug(textOf(node)));
    if (isJsxElement(node)) {
      const id = jsxAttribute(node, 'id');
      if (typeof id === 'string') anchors.push(id);
    }
  });
  return anchors;
}
