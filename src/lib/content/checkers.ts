/**
 * The registry of content checkers, in parse order. A new collection adds its checker here;
 * `npm run check:content`, `astro build` and the tests all run this list.
 */
import { articleBodiesChecker } from '../../collections/articles/body-check.ts';
import { runCheckers, type CheckContext, type ContentChecker, type ContentFiles } from './check.ts';
import { articlesChecker } from '../../collections/articles/check.ts';
import { taxonomyChecker } from '../../collections/taxonomy/check.ts';
import { freshnessChecker } from './freshness.ts';
import { glossaryChecker } from '../../collections/glossary/check.ts';
import type { Problem } from './problems.ts';
import { rawHtmlChecker } from './raw-html.ts';
import { quizChecker } from '../../collections/quiz/check.ts';
import { scenariosChecker } from '../../collections/scenarios/check.ts';
import { timelineChecker } from '../../collections/timeline/check.ts';

export const checkers: readonly ContentChecker[] = [
  taxonomyChecker,
  articlesChecker,
  articleBodiesChecker,
  glossaryChecker,
  timelineChecker,
  scenariosChecker,
  quizChecker,
  rawHtmlChecker,
  freshnessChecker,
];

/** Checks all content files with every registered checker; `now` decides what counts as published. */
export function checkContent(
  files: ContentFiles,
  now?: Date,
): { context: CheckContext; problems: Problem[] } {
  return runCheckers(files, checkers, now);
}
