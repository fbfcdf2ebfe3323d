/**
 * Line numbers for nested values in a YAML file, so a problem deep inside a data file
 * (`options[2].weights.cloudtelefonie`) points at the line the editor must change.
 */
import { LineCounter, isMap, isNode, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';

export type YamlPath = readonly (string | number)[];

/**
 * Returns a lookup from a path to the 1-based line of the deepest part of that path that exists
 * in `text`: the key's line for a mapping entry, the item's first line for a list entry.
 * `firstLine` is the line in the file where `text` starts (2 for frontmatter).
 */
export function yamlLineFinder(text: string, firstLine = 1): (path: YamlPath) => number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  return (path) => {
    let node: unknown = doc.contents;
    let line: number | undefined = isNode(node) && node.range ? lineOf(node.range[0]) : undefined;
    for (const part of path) {
      if (isSeq(node) && typeof part === 'number') {
        node = node.items[part];
        if (isNode(node) && node.range) line = lineOf(node.range[0]);
        else break;
      } else if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(part));
        if (!pair || !isScalar(pair.key) || !pair.key.range) break;
        line = lineOf(pair.key.range[0]);
        node = pair.value as Node | null;
      } else break;
    }
    return line;
  };
}
