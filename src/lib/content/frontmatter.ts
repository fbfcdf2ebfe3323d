/**
 * Splits an MDX file into frontmatter and body and parses the YAML with line numbers, so that
 * every problem can point at the line that causes it.
 */
import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument } from 'yaml';

export interface ParsedFrontmatter {
  /** Parsed YAML, or `undefined` when it could not be parsed. */
  data: Record<string, unknown> | undefined;
  /** 1-based line of each top-level key in the whole file. */
  keyLines: Map<string, number>;
  /** YAML syntax errors with their line in the whole file. */
  errors: { line: number | undefined; message: string }[];
  /** The body after the closing `---`. */
  body: string;
  /** 1-based line in the whole file where the body starts. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parses YAML text whose first line is line `firstLine` of the file it came from. */
export function parseYaml(text: string, firstLine = 1): Omit<ParsedFrontmatter, 'body' | 'bodyLine'> {
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema: `2020-10-01` stays a string and `yes` is not a boolean, so the
  // schemas decide what is valid instead of the parser guessing.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((error) => ({
    line: lineCounter.linePos(error.pos[0]).line + firstLine - 1,
    message: error.message.split('\n')[0] ?? error.message,
  }));
  const keyLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) {
        keyLines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line + firstLine - 1);
      }
    }
  }
  const value: unknown = errors.length ? undefined : doc.toJS();
  const data =
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  return { data, keyLines, errors };
}

/** Splits and parses an MDX/Markdown source. A file without frontmatter yields `data: undefined`. */
export function parseFrontmatter(source: string): ParsedFrontmatter & { hasFrontmatter: boolean } {
  const match = FENCE.exec(source);
  if (!match) {
    return { hasFrontmatter: false, data: undefined, keyLines: new Map(), errors: [], body: source, bodyLine: 1 };
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
  errors: { line: number | undefined; message: string }[];
}

/** Parses a data file whose top level is a list of entries (`- id: …`). */
export function parseYamlList(text: string): ParsedYamlList {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((error) => ({
    line: lineCounter.linePos(error.pos[0]).line,
    message: error.message.split('\n')[0] ?? error.message,
  }));
  if (errors.length) return { items: undefined, itemLines: [], errors };
  const value: unknown = doc.toJS();
  if (!Array.isArray(value) || !isSeq(doc.contents)) {
    return { items: undefined, itemLines: [], errors: [{ line: 1, message: 'verwacht een lijst met items die beginnen met "- id:"' }] };
  }
  const itemLines = doc.contents.items.map((item) => {
    const keyLines = new Map<string, number>();
    if (isMap(item)) {
      for (const pair of item.items) {
        if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line);
      }
    }
    const start = isNode(item) && item.range ? lineCounter.linePos(item.range[0]).line : 1;
    return { line: start, keyLines };
  });
  return { items: value, itemLines, errors };
}
