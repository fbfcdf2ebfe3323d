/**
 * Article bodies as syntax trees, parsed with Sätteri: the parser Astro itself renders MDX
 * with, so the checker sees exactly the links, images and headings the page will have, with
 * their line numbers, and never mistakes text inside a code block for a link.
 */
import GithubSlugger from 'github-slugger';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { countWords } from '../text/words.ts';
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

/** Nodes whose text a reader never sees as prose: code, imports, expressions, raw HTML. */
const UNREAD = new Set([
  'code',
  'html',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'definition',
  'image',
]);
/** Blocks read as one run of text, so words split by emphasis or a link stay one word. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The number of words a reader reads in a body (reading time, the JSON-LD `wordCount`):
 * paragraphs, headings, list items, quotes, table cells, footnotes and the text inside JSX
 * components, counted with the one prose tokenizer; not code, imports, link targets, JSX
 * attributes or comments. Taken from the tree the checker parsed, so no body is read twice.
 */
export function countReaderWords(tree: MdNode): number {
  let words = 0;
  walk(tree, (node) => {
    if (UNREAD.has(node.type)) return false;
    if (TEXT_BLOCKS.has(node.type)) {
      words += countWords(textOf(node));
      return false;
    }
    if (node.type === 'text' || node.type === 'inlineCode') words += countWords(node.value ?? '');
    return undefined;
  });
  return words;
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
