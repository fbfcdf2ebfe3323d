/**
 * The quiz state in the URL, so a result can be shared and the browser's back and forward
 * buttons step through the questions.
 *
 *   /scenariokompas/?a=c1t2k0w1   answers: question key + option key (0 = "weet ik niet")
 *   /scenariokompas/?a=c1t2&v=t   …and the question on screen
 *
 * Compact (two characters per answer), stable (keys are fixed in the content, not positions)
 * and tolerant: unknown questions, impossible answers, repeats and stray characters are
 * skipped and reported as `ignored`; the questions left open are simply asked.
 * Pure, no DOM: the island passes `location.search` in.
 */
import { isValidAnswer, viewFor, type Answers, type Quiz, type View } from './engine.ts';

export const ANSWERS_PARAM = 'a';
export const VIEW_PARAM = 'v';

/** Characters people and mail programs put between pairs; skipped without complaint. */
const SEPARATORS = /[\s\-_.,;:~+/]/g;
const PAIR = /([a-z])([0-9])/g;

/** The answers as the value of the `a` parameter, in question order. Invalid answers are left out. */
export function encodeAnswers(quiz: Quiz, answers: Answers): string {
  return quiz.questions
    .flatMap((question) => {
      const value = answers.get(question.key);
      return value !== undefined && isValidAnswer(question, value)
        ? [`${question.key}${value}`]
        : [];
    })
    .join('');
}

export interface Decoded {
  answers: Map<string, string>;
  /** Parts of the value that could not be used, for a friendly notice. */
  ignored: string[];
}

/** Reads the `a` parameter. Never throws; the first valid answer per question wins. */
export function decodeAnswers(quiz: Quiz, value: string | null | undefined): Decoded {
  const answers = new Map<string, string>();
  const ignored: string[] = [];
  const text = (value ?? '').toLowerCase();
  let last = 0;
  for (const match of text.matchAll(PAIR)) {
    const [pair, key, option] = match as unknown as [string, string, string];
    const skipped = text.slice(last, match.index).replace(SEPARATORS, '');
    if (skipped) ignored.push(skipped);
    last = match.index + pair.length;
    const question = quiz.questions.find((q) => q.key === key);
    if (!question || answers.has(key) || !isValidAnswer(question, option)) ignored.push(pair);
    else answers.set(key, option);
  }
  const rest = text.slice(last).replace(SEPARATORS, '');
  if (rest) ignored.push(rest);
  return { answers, ignored };
}

export interface QuizLocation extends Decoded {
  /** Key of the question to show, when the URL names a known one. */
  view: string | undefined;
}

/** Reads the quiz state from a query string (`location.search`). */
export function readSearch(quiz: Quiz, search: string): QuizLocation {
  const params = new URLSearchParams(search);
  const decoded = decodeAnswers(quiz, params.get(ANSWERS_PARAM));
  const view = params.get(VIEW_PARAM)?.toLowerCase();
  return { ...decoded, view: quiz.questions.some((q) => q.key === view) ? view : undefined };
}

/** The query string for a state: `?a=…` (plus `&v=…` while a question is on screen), or '' for none. */
export function writeSearch(quiz: Quiz, answers: Answers, viewKey?: string | undefined): string {
  const parts: string[] = [];
  const encoded = encodeAnswers(quiz, answers);
  if (encoded) parts.push(`${ANSWERS_PARAM}=${encoded}`);
  if (viewKey !== undefined) parts.push(`${VIEW_PARAM}=${viewKey}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * The query string that shows `view`: `v` is only written when the answers alone would show
 * something else, so a finished quiz has the short, shareable `?a=…`.
 */
export function searchFor(quiz: Quiz, answers: Answers, view: View): string {
  const implied = viewFor(quiz, answers);
  const same =
    implied.kind === view.kind &&
    (view.kind === 'result' || (implied.kind === 'question' && implied.index === view.index));
  const key = view.kind === 'question' && !same ? quiz.questions[view.index]?.key : undefined;
  return writeSearch(quiz, answers, key);
}
