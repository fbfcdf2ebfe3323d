/**
 * Headings in article bodies form the page outline that screen reader users navigate by
 * (WCAG 1.3.1, 2.4.6): the page already has the title as its one `<h1>`, so the body starts at
 * `##`, and a level is never skipped (`##` then `####`).
 */
import type { ContentRule } from '../../lib/content/check.ts';
import { isJsxElement, lineOf, parseBody, textOf, walk } from '../../lib/content/mdx.ts';
import type { Problem } from '../../lib/content/problems.ts';

const hashes = (depth: number): string => '#'.repeat(depth);

export const headingRule: ContentRule = ({ articles }) =>
  articles.flatMap((record) => {
    const { tree } = parseBody(record);
    if (!tree) return [];
    const problems: Problem[] = [];
    let previous = 1; // the article title
    walk(tree, (node) => {
      const jsx = isJsxElement(node) ? /^h([1-6])$/.exec(node.name ?? '') : null;
      if (node.type !== 'heading' && !jsx) return;
      const depth = jsx ? Number(jsx[1]) : (node.depth ?? 2);
      const text = textOf(node).trim().replace(/\s+/g, ' ');
      const as = (level: number) =>
        jsx ? `<h${level}>${text}</h${level}>` : `${hashes(level)} ${text}`.trim();
      const at = { severity: 'error' as const, file: record.file, line: lineOf(node) };
      if (text === '') {
        problems.push({
          ...at,
          message: `lege kop "${as(depth)}"`,
          fix: 'schrijf de tekst van de kop achter de #-tekens, of verwijder de regel',
        });
      } else if (depth === 1) {
        problems.push({
          ...at,
          message: `kop "${as(1)}" is een kop 1, maar de titel van het artikel is al de kop 1 van de pagina`,
          fix: `maak er ${as(2)} van`,
        });
      } else if (depth > previous + 1) {
        problems.push({
          ...at,
          message: `kop "${as(depth)}" volgt op ${previous === 1 ? 'de titel (kop 1)' : `een kop ${previous}`}: er wordt een niveau overgeslagen`,
          fix: `maak er ${as(previous + 1)} van, of zet er eerst een kop ${previous + 1} boven`,
        });
      }
      previous = depth;
      return false;
    });
    return problems;
  });
