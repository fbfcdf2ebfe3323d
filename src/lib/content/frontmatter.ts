/**
 * Splits an MDX file into frontmatter and body and parses the YAML with line numbers, so that
 * every problem can point at the line that causes it.
 */
import { parseYamlDocument, type YamlError, type YamlPath } from './yaml-lines.ts';

export interface ParsedFrontmatter {
  /** Parsed YAML, or `undefined` when it could not be parsed. */
  data: Record<string, unknown> | undefined;
  /** 1-based line of each top-level key in the whole file. */
  keyLines: Map<string, number>;
  /** YAML syntax errors with their line in the whole file. */
  errors: YamlError[];
  /** The line in the whole file of a nested value (`['fitsWhen', 2]`), see `parseYamlDocument`. */
  lineAt: (path: YamlPath) => number | undefined;
  /** The body after the closing `---`. */
  body: string;
  /** 1-based line in the whole file where the body starts. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parses YAML text whose first line is line `firstLine` of the file it came from. */
export function parseYaml(
  text: string,
  firstLine = 1,
): Omit<ParsedFrontmatter, 'body' | 'bodyLine'> {
  const doc = parseYamlDocument(text, firstLine);
  const data =
    doc.value && typeof doc.value === 'object' && !Array.isArray(doc.value)
      ? (doc.value as Record<string, unknown>)
      : undefined;
  return { data, keyLines: doc.keyLines(), errors: doc.errors, lineAt: doc.lineAt };
}

/** Splits and parses an MDX/Markdown source. A file without frontmatter yields `data: undefined`. */
export function parseFrontmatter(source: string): ParsedFrontmatter & { hasFrontmatter: boolean } {
  const match = FENCE.exec(source);
  if (!match) {
    return {
      hasFrontmatter: false,
      data: undefined,
      keyLines: new Map(),
      errors: [],
      lineAt: () => undefined,
      body: source,
      bodyLine: 1,
    };
  }
  const yamlText = match[1] ?? '';
  const parsed = parseYaml(yamlText, 2);
  return {
    hasFrontmatter: true,
    ...parsed,
    data: parsed.data ?? (parsed.errors.length === 0 && yamlText.trim() === '' ? {} : parsed.data),
    body: source.slice(match[0].length),
    bodyLine: (match[0].match(/\n/g)?.length ?? 0) + 1,
  };
}

export interface ParsedYamlList {
  /** Entries of the top-level list, or `undefined` when the file is not a valid YAML list. */
  items: unknown[] | undefined;
  /** Per entry: its first line and the line of each of its keys. */
  itemLines: { line: number; keyLines: Map<string, number> }[];
  errors: YamlError[];
  /** The line of a nested value (`[2, 'options', 0, 'weights']`), see `parseYamlDocument`. */
  lineAt: (path: YamlPath) => number | undefined;
}

/** Parses a data file whose top level is a list of entries (`- id: …`). */
export function parseYamlList(text: string): ParsedYamlList {
  const doc = parseYamlDocument(text);
  const { errors, lineAt } = doc;
  if (errors.length) return { items: undefined, itemLines: [], errors, lineAt };
  if (!Array.isArray(doc.value)) {
    return {
      items: undefined,
      itemLines: [],
      errors: [{ line: 1, message: 'verwacht een lijst met items die beginnen met "- id:"' }],
      lineAt,
    };
  }
  const itemLines = doc.value.map((_, index) => ({
    line: lineAt([index]) ?? 1,
    keyLines: doc.keyLines([index]),
  }));
  return { items: doc.value, itemLines, errors, lineAt };
}
