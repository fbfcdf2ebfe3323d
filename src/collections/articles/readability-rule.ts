/**
 * Readability warnings per article (QUALITY A5): never a failure, a nudge towards B1. Counts the
 * prose paragraphs a reader reads (also in lists and quotes), not headings, code, tables or
 * the "Bronnen" list.
 */
import type { ContentRule } from '../../lib/content/check.ts';
import { lineOf, parseBody, textOf, walk, type MdNode } from '../../lib/content/mdx.ts';
import type { Problem } from '../../lib/content/problems.ts';
import {
  LONG_SENTENCE_WORDS,
  MAX_AVERAGE_SENTENCE_WORDS,
  MIN_FLESCH_DOUMA,
  readability,
} from '../../lib/readability.ts';

/** Below this many words the averages say nothing; only long sentences are reported. */
export const MIN_WORDS_FOR_SCORE = 50;
const SOURCES_HEADING = /^(?:bronnen|bronvermelding|literatuur)$/i;
const SKIPPED = new Set([
  'code',
  'table',
  'mdxjsEsm',
  'mdxFlowExpression',
  'definition',
  'footnoteDefinition',
]);

const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** The prose paragraphs of a body with their first line, without the sources section. */
export function proseParagraphs(tree: MdNode): { text: string; line: number | undefined }[] {
  const paragraphs: { text: string; line: number | undefined }[] = [];
  let sourcesDepth: number | undefined;
  for (const block of tree.children ?? []) {
    if (block.type === 'heading') {
      const depth = block.depth ?? 2;
      if (sourcesDepth !== undefined && depth <= sourcesDepth) sourcesDepth = undefined;
      if (SOURCES_HEADING.test(textOf(block).trim())) sourcesDepth = depth;
      continue;
    }
    if (sourcesDepth !== undefined) continue;
    walk(block, (node) => {
      if (SKIPPED.has(node.type) || node.type === 'heading') return false;
      if (node.type === 'paragraph') {
        const text = textOf(node);
        if (text.trim()) paragraphs.push({ text, line: lineOf(node) });
        return false;
      }
      return undefined;
    });
  }
  return paragraphs;
}

function opening(sentence: string, words = 8): string {
  const parts = sentence.split(/\s+/);
  return parts.length > words ? `${parts.slice(0, words).join(' ')} …` : sentence;
}

export const readabilityRule: ContentRule = ({ articles }) =>
  articles.flatMap((record) => {
    const { tree } = parseBody(record);
    if (!tree) return [];
    const paragraphs = proseParagraphs(tree);
    const score = readability(paragraphs.map((p) => p.text));
    const long = score.items.filter((sentence) => sentence.words > LONG_SENTENCE_WORDS);
    const problems: Problem[] = long.map((sentence) => {
      const { text, line } = paragraphs[sentence.paragraph]!;
      const linesBefore = text.slice(0, sentence.start).split('\n').length - 1;
      return {
        severity: 'warning',
        file: record.file,
        line: line === undefined ? undefined : line + linesBefore,
        message: `zin van ${sentence.words} woorden: "${opening(sentence.text)}"`,
        fix: `splits de zin; zinnen tot ${LONG_SENTENCE_WORDS} woorden lezen makkelijker (B1)`,
      };
    });
    if (
      score.words >= MIN_WORDS_FOR_SCORE &&
      (score.averageSentenceLength > MAX_AVERAGE_SENTENCE_WORDS ||
        score.fleschDouma < MIN_FLESCH_DOUMA)
    ) {
      problems.push({
        severity: 'warning',
        file: record.file,
        message:
          `leesbaarheid: gemiddeld ${number.format(score.averageSentenceLength)} woorden per zin (streef naar hoogstens ${MAX_AVERAGE_SENTENCE_WORDS}), ` +
          `Flesch-Douma ${number.format(score.fleschDouma)} (streef naar ${MIN_FLESCH_DOUMA} of hoger), ${long.length} ${long.length === 1 ? 'zin' : 'zinnen'} van meer dan ${LONG_SENTENCE_WORDS} woorden`,
        fix: 'maak lange zinnen korter en kies waar het kan kortere, gewone woorden; mik op taalniveau B1',
      });
    }
    return problems;
  });
