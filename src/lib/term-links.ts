/**
 * Finding glossary terms in an article: which words are a term, and which mention of each
 * term is the first one that may become a link.
 *
 * The rules, in the words of the editors' contract:
 * - whole words only: "BIO" never matches inside "biologisch", "SBC" does match in "SBC's";
 * - the longest form wins where forms overlap: "GT Connect 2" is one mention, not "GT" plus more;
 * - case-insensitive, except abbreviations and terms marked `matchCase` (so "ROK" ≠ "rok");
 * - never inside headings, links, code, form controls, `<abbr>`/`<dfn>` or MDX components, nor
 *   in the list of sources ("Bronnen") or the footnotes at the end: those cite, they do not explain;
 * - only the first mention of each term links; a term the author already linked by hand counts
 *   as linked, so its page is never linked twice.
 *
 * Pure: the matcher, the linker that decides text node by text node, and the test for prose
 * (`createTextScopes`) work on hast-like nodes; the Sätteri plugin in
 * `src/integrations/term-links.ts` feeds them the article's elements and text nodes in
 * document order.
 */

/** One way a term can be written in an article. */
export interface TermForm {
  text: string;
  /** `true`: only with exactly these capitals. */
  matchCase: boolean;
}

export interface LinkableTerm {
  id: string;
  forms: readonly TermForm[];
}

export interface TermMatch {
  termId: string;
  /** Offset of the first character of the mention in the searched text. */
  start: number;
  /** Offset just after the mention. */
  end: number;
}

export interface TermMatcher {
  /** Every mention in `text`, left to right, without overlaps (the longest form wins). */
  find: (text: string) => TermMatch[];
}

const WORD_CHAR = String.raw`[\p{L}\p{N}]`;

/** The regex source for one form: literal text, any run of whitespace for a space, both apostrophes alike. */
function formSource(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join(String.raw`[\s\u00a0]+`);
}

/**
 * A word as the case-insensitive forms are looked up by it. For plain ASCII words
 * `toLowerCase` agrees with the regex's `iu` case folding, bar U+017F "ſ" (folds to "s");
 * U+212A, the Kelvin sign, already lower-cases to "k".
 */
function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
}

interface FormPattern {
  termId: string;
  /** Position in the term list: breaks ties between forms that match the same text. */
  order: number;
  /**
   * Keyed forms: sticky, matches the form at `lastIndex` up to a word end. Unkeyed forms:
   * global, matches the form anywhere at word boundaries.
   */
  regex: RegExp;
}

/** Builds a matcher for the given terms. Forms that are empty after trimming are ignored. */
export function createTermMatcher(terms: readonly LinkableTerm[]): TermMatcher {
  // Forms that start with a word of ASCII letters and digits are looked up by that word
  // ("GT Connect" under "gt", "14+netnummer" under "14"), so a text is scanned once, word by
  // word, instead of once per form. Forms that start with another letter or with punctuation
  // are searched the slow way, with their own regex over the whole text.
  const exactByFirstWord = new Map<string, FormPattern[]>();
  const foldedByFirstWord = new Map<string, FormPattern[]>();
  const unkeyed: FormPattern[] = [];
  let order = 0;
  for (const term of terms) {
    for (const form of term.forms) {
      const text = form.text.trim();
      if (text === '') continue;
      const flags = form.matchCase ? 'u' : 'iu';
      const source = formSource(text);
      order += 1;
      const first = /^[A-Za-z0-9]+(?![\p{L}\p{N}])/u.exec(text)?.[0];
      if (first === undefined) {
        const regex = new RegExp(`(?<!${WORD_CHAR})${source}(?!${WORD_CHAR})`, `g${flags}`);
        unkeyed.push({ termId: term.id, order, regex });
        continue;
      }
      const regex = new RegExp(`${source}(?!${WORD_CHAR})`, `y${flags}`);
      const [index, key] = form.matchCase
        ? [exactByFirstWord, first]
        : [foldedByFirstWord, first.toLowerCase()];
      index.set(key, [...(index.get(key) ?? []), { termId: term.id, order, regex }]);
    }
  }
  // Every first word as a whole word, in any case: the regex engine skips the words that start
  // no form, which in running text is nearly all of them. A word it finds is looked up as the
  // scan used to look up each word; `iu` folds exactly as `foldWord` does for these ASCII keys.
  const firstWords = [...new Set([...exactByFirstWord.keys(), ...foldedByFirstWord.keys()])];
  const keys =
    firstWords.length === 0
      ? undefined
      : new RegExp(
          `(?<!${WORD_CHAR})(?:${firstWords.sort((a, b) => b.length - a.length).join('|')})(?!${WORD_CHAR})`,
          'giu',
        );
  return {
    find(text) {
      const candidates: (TermMatch & { order: number })[] = [];
      const add = (termId: string, order: number, start: number, length: number) =>
        candidates.push({ termId, order, start, end: start + length });
      const check = (patterns: readonly FormPattern[] | undefined, start: number) => {
        for (const { termId, order, regex } of patterns ?? []) {
          regex.lastIndex = start;
          const match = regex.exec(text);
          if (match) add(termId, order, start, match[0].length);
        }
      };
      if (keys) {
        keys.lastIndex = 0;
        for (let word = keys.exec(text); word; word = keys.exec(text)) {
          check(exactByFirstWord.get(word[0]), word.index);
          check(foldedByFirstWord.get(foldWord(word[0])), word.index);
        }
      }
      for (const { termId, order, regex } of unkeyed) {
        regex.lastIndex = 0;
        for (const match of text.matchAll(regex)) add(termId, order, match.index, match[0].length);
      }
      // Earliest first, at the same start the longest, then the order of the terms and forms.
      candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
      const result: TermMatch[] = [];
      let reached = 0;
      for (const { termId, start, end } of candidates) {
        if (start < reached) continue;
        result.push({ termId, start, end });
        reached = end;
      }
      return result;
    },
  };
}

/** The node shapes of hast (and of MDX's JSX nodes in it) that the planner looks at. */
export interface TreeNode {
  type: string;
  /** hast elements. */
  tagName?: string;
  properties?: Record<string, unknown> | undefined;
  /** MDX JSX elements: `null` for fragments. */
  name?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
  /** Text, raw HTML, comments. */
  value?: string;
  children?: readonly TreeNode[];
}

/**
 * Elements whose text never gets a term link: headings (a link there competes with the heading
 * itself), links (no nested links), code and its relatives (literal text), interactive or
 * form elements, and elements that already mark up a term (`abbr`, `dfn`).
 */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'script',
  'style',
  'template',
  'svg',
  'math',
  'button',
  'select',
  'option',
  'textarea',
  'label',
  'summary',
  'abbr',
  'dfn',
]);

/** Headings of sections that hold citations, not prose: nothing in them gets a term link. */
export const SKIPPED_SECTION_TITLE = /^(?:bronnen|bron|noten|voetnoten)$/i;

/** The rank of a heading element name (`h2` → 2), or undefined. */
export function headingRank(name: string | undefined): number | undefined {
  const match = /^h([1-6])$/i.exec(name ?? '');
  return match ? Number(match[1]) : undefined;
}

/** GFM footnote definitions: `<section data-footnotes class="footnotes">`. */
function isFootnotes(node: TreeNode): boolean {
  const properties = node.properties ?? {};
  const className = properties['className'];
  return (
    node.type === 'element' &&
    node.tagName === 'section' &&
    ('dataFootnotes' in properties || (Array.isArray(className) && className.includes('footnotes')))
  );
}

/** A text node split into plain text and term mentions. */
export type TextPart = string | { termId: string; text: string };

/** The href of an element or MDX JSX element, if it is a string. */
export function hrefOf(node: TreeNode): string | undefined {
  if (node.type === 'element') {
    const href = node.properties?.['href'];
    return typeof href === 'string' ? href : undefined;
  }
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'href');
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** The element name of an element or MDX JSX element, `undefined` for other nodes. */
export function elementName(node: TreeNode): string | undefined {
  if (node.type === 'element') return node.tagName;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
    return node.name ?? '';
  return undefined;
}

/** Whether nothing inside `node` gets a term link: a skipped element, a component, the footnotes. */
export function closesText(node: TreeNode): boolean {
  const name = elementName(node);
  if (name !== undefined) {
    // Components (capitalised, or fragments) render their children in ways we cannot see.
    const isComponent = name === '' || name.includes('.') || name[0] !== name[0]!.toLowerCase();
    if (isComponent || SKIPPED_ELEMENTS.has(name.toLowerCase())) return true;
  }
  return isFootnotes(node);
}

/** Elements that can hold a heading in an article's tree besides the root: list items, quotes, the footnotes, JSX. */
const HEADING_PARENTS: ReadonlySet<string> = new Set(['li', 'blockquote', 'section']);

function holdsHeadings(node: TreeNode): boolean {
  if (node.type === 'mdxJsxFlowElement') return true;
  return node.type === 'element' && HEADING_PARENTS.has(node.tagName ?? '');
}

/**
 * Whether each text node of an article, met in document order, is prose a term link may go in:
 * no enclosing element closes it to term links (`closesText`: headings, links, code, components,
 * the footnotes …) and no enclosing level has a "Bronnen" section open, which runs from its
 * heading up to the next heading of its rank or higher among the same children.
 *
 * It never asks for a node's parent. Each element is reported once, before the text inside it,
 * with its text (`textContent`); the text nodes inside it follow one another, so the element
 * ends where that many characters of text have been reported. (Asking Sätteri for a parent
 * has it copy the article's whole tree into JavaScript once per pass: compiling the bench
 * articles took about 40 MB more memory and 12 % more time with it.) Elements that
 * neither close text, hold headings nor are headings may be reported or not; they change nothing.
 */
export interface TextScopes {
  /** An element or JSX element, before any text inside it, with the text it holds. */
  element(node: TreeNode, text: string): void;
  /** Whether the text node met now (after every element that holds it) is linkable prose. */
  linkable(): boolean;
  /** The text node met now, after `linkable` was asked about it if at all: its length is counted off. */
  text(length: number): void;
}

interface TextScope {
  /** Characters of its text not met yet. */
  remaining: number;
  closed: boolean;
  holdsHeadings: boolean;
}

export function createTextScopes(): TextScopes {
  const open: TextScope[] = [];
  const top = {};
  /** Per level (an open element that holds headings, or the top): the rank of its open sources section. */
  const sourcesRank = new Map<object, number>();
  const level = (): object => open.findLast((scope) => scope.holdsHeadings) ?? top;
  return {
    element(node, text) {
      const rank = headingRank(elementName(node));
      if (rank !== undefined) {
        const at = level();
        const openRank = sourcesRank.get(at);
        if (openRank !== undefined && rank <= openRank) sourcesRank.delete(at);
        if (!sourcesRank.has(at) && SKIPPED_SECTION_TITLE.test(text.trim()))
          sourcesRank.set(at, rank);
      }
      // An element without text holds no text node and is never asked about.
      if (text.length === 0) return;
      const closed = closesText(node);
      const holds = holdsHeadings(node);
      if (closed || holds) open.push({ remaining: text.length, closed, holdsHeadings: holds });
    },
    linkable() {
      if (sourcesRank.has(top)) return false;
      return !open.some((scope) => scope.closed || sourcesRank.has(scope));
    },
    text(length) {
      for (const scope of open) scope.remaining -= length;
      while (open.length > 0 && open.at(-1)!.remaining <= 0) sourcesRank.delete(open.pop()!);
    },
  };
}

export interface TermLinkerOptions {
  /** `false`: find the mentions but link nothing (the article's `termLinks: false`). */
  link: boolean;
  /** Terms the author linked by hand anywhere in the article: they get no automatic link. */
  linkedByAuthor: Iterable<string>;
}

/**
 * The term links of one article, decided text node by text node in document order: the first
 * linkable mention of each term links, unless the author linked that term already.
 */
export interface TermLinker {
  /**
   * The parts of a text node, with the mentions that link, or `undefined` when it gets no link.
   * `linkable` (is this text prose, see `createTextScopes`) is only asked when the text
   * mentions a term not seen before.
   */
  split(text: string, linkable: () => boolean): TextPart[] | undefined;
  /** Terms mentioned in linkable text, in order of first mention, then the author's other term links. */
  termIds(): string[];
}

export function createTermLinker(matcher: TermMatcher, options: TermLinkerOptions): TermLinker {
  const mentioned: string[] = [];
  const seen = new Set<string>();
  const linkedByAuthor = new Set(options.linkedByAuthor);
  return {
    split(text, linkable) {
      const matches = matcher.find(text);
      if (!matches.some((match) => !seen.has(match.termId)) || !linkable()) return undefined;
      const parts: TextPart[] = [];
      let cursor = 0;
      for (const match of matches) {
        if (seen.has(match.termId)) continue;
        seen.add(match.termId);
        mentioned.push(match.termId);
        if (!options.link || linkedByAuthor.has(match.termId)) continue;
        if (match.start > cursor) parts.push(text.slice(cursor, match.start));
        parts.push({ termId: match.termId, text: text.slice(match.start, match.end) });
        cursor = match.end;
      }
      if (cursor === 0) return undefined;
      if (cursor < text.length) parts.push(text.slice(cursor));
      return parts;
    },
    termIds() {
      return [...mentioned, ...[...linkedByAuthor].filter((id) => !seen.has(id))];
    },
  };
}
