/**
 * The one YAML parser with positions: every content file's YAML (frontmatter, data files, the
 * quiz) is parsed here once, and every problem asks the same document for its line, so a
 * problem deep inside a file (`options[2].weights.cloudtelefonie`) points at the line the
 * editor must change.
 */
import {
  LineCounter,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Node,
} from 'yaml';

export type YamlPath = readonly (string | number)[];

export interface YamlError {
  line: number | undefined;
  message: string;
}

export interface YamlDocument {
  /** The parsed value, or `undefined` when the text has syntax errors. */
  value: unknown;
  /** Syntax errors, each with its line in the file. */
  errors: YamlError[];
  /**
   * The 1-based line of the deepest part of `path` that exists: the key's line for a mapping
   * entry, the item's first line for a list entry; `[]` is the document's first line.
   */
  lineAt(path: YamlPath): number | undefined;
  /** The line of each key of the mapping at `path` (the top level by default). */
  keyLines(path?: YamlPath): Map<string, number>;
}

/** Parses YAML text whose first line is line `firstLine` of the file it came from. */
export function parseYamlDocument(text: string, firstLine = 1): YamlDocument {
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema: `2020-10-01` stays a string and `yes` is not a boolean, so the
  // schemas decide what is valid instead of the parser guessing.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((error) => ({
    line: lineOf(error.pos[0]),
    message: error.message.split('\n')[0] ?? error.message,
  }));

  /** The node at `path` and the line of the deepest part found. */
  const walk = (path: YamlPath): { node: unknown; line: number | undefined; complete: boolean } => {
    let node: unknown = doc.contents;
    let line: number | undefined = isNode(node) && node.range ? lineOf(node.range[0]) : undefined;
    for (const part of path) {
      if (isSeq(node) && typeof part === 'number') {
        const item: unknown = node.items[part];
        if (!isNode(item) || !item.range) return { node: undefined, line, complete: false };
        node = item;
        line = lineOf(item.range[0]);
      } else if (isMap(node)) {
        const pair = node.items.find(
          (entry) =>
            isPair(entry) && isScalar(entry.key) && String(entry.key.value) === String(part),
        );
        if (!pair || !isScalar(pair.key) || !pair.key.range)
          return { node: undefined, line, complete: false };
        line = lineOf(pair.key.range[0]);
        node = pair.value as Node | null;
      } else return { node: undefined, line, complete: false };
    }
    return { node, line, complete: true };
  };

  return {
    value: errors.length ? undefined : doc.toJS(),
    errors,
    lineAt: (path) => walk(path).line,
    keyLines(path = []) {
      const lines = new Map<string, number>();
      const { node, complete } = walk(path);
      if (complete && isMap(node)) {
        for (const pair of node.items)
          if (isScalar(pair.key) && pair.key.range)
            lines.set(String(pair.key.value), lineOf(pair.key.range[0]));
      }
      return lines;
    },
  };
}
