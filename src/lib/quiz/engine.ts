/**
 * The scenario quiz engine: scoring, ranking, tie-breaking, explanation and navigation.
 *
 * Pure and DOM-free: the island (`src/islands/scenario-kompas.ts`) and the tests use it alike.
 * It must stay small and dependency-free, because it ships to the browser: no Zod, no Astro.
 *
 * The model: every answer option carries one weight per scenario, from -MAX_WEIGHT (speaks
 * strongly against it) to MAX_WEIGHT (strongly for it). A scenario's score is the sum of the
 * weights of the chosen answers; "weet ik niet" counts for nothing. Because every scenario is
 * scored over the same answered questions, scores compare directly. For display a score maps
 * onto 0–100, where 50 means "your answers say nothing either way".
 */

/** Largest absolute weight an answer may give a scenario. */
export const MAX_WEIGHT = 3;
/** The answer "weet ik niet"; also its key in the URL. */
export const UNKNOWN = '0';
/** A question's key: one lower-case letter. */
export const QUESTION_KEY = /^[a-z]$/;
/** An option's key: one digit from 1 to 9 (0 is "weet ik niet"). */
export const OPTION_KEY = /^[1-9]$/;

export interface QuizOption {
  key: string;
  /** Completes "u aangaf dat …". */
  reason: string;
  /** One weight per scenario, in the order of `Quiz.scenarios`. */
  weights: readonly number[];
}

export interface QuizQuestion {
  key: string;
  options: readonly QuizOption[];
  allowUnknown: boolean;
}

export interface QuizScenario {
  id: string;
}

/** Scenarios in their editorial order (which breaks the last ties) and questions in reading order. */
export interface Quiz {
  scenarios: readonly QuizScenario[];
  questions: readonly QuizQuestion[];
}

/** Question key → option key, or UNKNOWN. */
export type Answers = ReadonlyMap<string, string>;

export interface ScenarioScore {
  id: string;
  /** Position in `Quiz.scenarios`. */
  index: number;
  /** Sum of the weights of the chosen answers. */
  score: number;
  /** The score on a 0–100 scale; 50 is neutral. */
  percent: number;
  /** How much the answers speak against this scenario: the sum of its negative weights, as a positive number. */
  against: number;
  /** 1-based rank; scenarios with the same score share a rank. */
  rank: number;
}

export interface Outcome {
  /** Every scenario, best fit first. */
  ranking: ScenarioScore[];
  /** Questions answered with a real option. */
  answered: number;
  /** Questions answered with "weet ik niet". */
  unknown: number;
  /** The scenarios that share the top score, when more than one does; otherwise empty. */
  tiedTop: ScenarioScore[];
}

export interface Reason {
  questionKey: string;
  optionKey: string;
  /** Position of the question, for stable ordering. */
  questionIndex: number;
  weight: number;
  text: string;
}

/** The option chosen for `question`, if the answer is a real option of it. */
export function chosenOption(question: QuizQuestion, answers: Answers): QuizOption | undefined {
  const key = answers.get(question.key);
  return key === undefined || key === UNKNOWN
    ? undefined
    : question.options.find((option) => option.key === key);
}

/** Whether `value` is an acceptable answer to `question` (an option key, or UNKNOWN where allowed). */
export function isValidAnswer(question: QuizQuestion, value: string): boolean {
  return value === UNKNOWN
    ? question.allowUnknown
    : question.options.some((option) => option.key === value);
}

/**
 * Scores and ranks every scenario. Order: highest score first; on equal score, the scenario
 * the answers speak against least (a -3 outweighs a -1); then the editorial order.
 */
export function scoreQuiz(quiz: Quiz, answers: Answers): Outcome {
  let answered = 0;
  let unknown = 0;
  const totals = quiz.scenarios.map(() => ({ score: 0, against: 0 }));
  for (const question of quiz.questions) {
    const value = answers.get(question.key);
    if (value === undefined || !isValidAnswer(question, value)) continue;
    const option = chosenOption(question, answers);
    if (!option) {
      unknown++;
      continue;
    }
    answered++;
    totals.forEach((total, index) => {
      const weight = option.weights[index] ?? 0;
      total.score += weight;
      if (weight < 0) total.against -= weight;
    });
  }
  const ranking = quiz.scenarios
    .map(({ id }, index): ScenarioScore => {
      const { score, against } = totals[index]!;
      return { id, index, score, against, percent: toPercent(score, answered), rank: 0 };
    })
    .sort((a, b) => b.score - a.score || a.against - b.against || a.index - b.index);
  ranking.forEach((entry, position) => {
    const previous = ranking[position - 1];
    entry.rank = previous && previous.score === entry.score ? previous.rank : position + 1;
  });
  const tiedTop = ranking.filter((entry) => entry.rank === 1);
  return { ranking, answered, unknown, tiedTop: tiedTop.length > 1 ? tiedTop : [] };
}

/** Maps a score over `answered` questions onto 0–100 (50 = neutral), rounded. */
export function toPercent(score: number, answered: number): number {
  if (answered === 0) return 50;
  const percent = Math.round(50 + (50 * score) / (MAX_WEIGHT * answered));
  return Math.min(100, Math.max(0, percent));
}

/**
 * The answers that weigh most for (`direction` 1) or against (-1) the scenario at
 * `scenarioIndex`: strongest first, then in question order; at most `limit`.
 */
export function strongestReasons(
  quiz: Quiz,
  answers: Answers,
  scenarioIndex: number,
  direction: 1 | -1 = 1,
  limit = 3,
): Reason[] {
  const reasons: Reason[] = [];
  quiz.questions.forEach((question, questionIndex) => {
    const option = chosenOption(question, answers);
    const weight = option?.weights[scenarioIndex] ?? 0;
    if (option && weight * direction > 0) {
      reasons.push({
        questionKey: question.key,
        optionKey: option.key,
        questionIndex,
        weight,
        text: option.reason,
      });
    }
  });
  return reasons
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.questionIndex - b.questionIndex)
    .slice(0, limit);
}

/** Joins Dutch clauses: "a", "a en b", "a, b en c". */
export function joinDutch(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
}

/** "dat a, dat b en dat c" */
function clauses(reasons: readonly Reason[]): string {
  return joinDutch(reasons.map((reason) => `dat ${reason.text}`));
}

/** "Dit past omdat u aangaf dat a, dat b en dat c." — undefined when there is no reason. */
export function explainFor(reasons: readonly Reason[]): string | undefined {
  if (reasons.length === 0) return undefined;
  return `Dit past omdat u aangaf ${clauses(reasons)}.`;
}

/** "Daartegen pleit dat u aangaf dat a en dat b." — undefined when nothing speaks against. */
export function explainAgainst(reasons: readonly Reason[]): string | undefined {
  if (reasons.length === 0) return undefined;
  return `Daartegen pleit dat u aangaf ${clauses(reasons)}.`;
}

/** What the quiz shows: one question (by position) or the result. */
export type View = { kind: 'question'; index: number } | { kind: 'result' };

/** Index of the first question without a valid answer, or -1 when all are answered. */
export function firstOpen(quiz: Quiz, answers: Answers): number {
  return quiz.questions.findIndex((question) => {
    const value = answers.get(question.key);
    return value === undefined || !isValidAnswer(question, value);
  });
}

/**
 * The view for a state: the requested question if it exists, else the first open question,
 * else the result.
 */
export function viewFor(quiz: Quiz, answers: Answers, requestedKey?: string | undefined): View {
  const requested =
    requestedKey === undefined ? -1 : quiz.questions.findIndex((q) => q.key === requestedKey);
  if (requested >= 0) return { kind: 'question', index: requested };
  const open = firstOpen(quiz, answers);
  return open >= 0 ? { kind: 'question', index: open } : { kind: 'result' };
}

/**
 * Where "Volgende" leads from question `index`: the next question (to review or answer it);
 * after the last one, any question still open; otherwise the result.
 */
export function nextView(quiz: Quiz, answers: Answers, index: number): View {
  if (index + 1 < quiz.questions.length) return { kind: 'question', index: index + 1 };
  const open = firstOpen(quiz, answers);
  return open >= 0 ? { kind: 'question', index: open } : { kind: 'result' };
}

/** A copy of `answers` with one answer set. */
export function withAnswer(
  answers: Answers,
  questionKey: string,
  value: string,
): Map<string, string> {
  return new Map(answers).set(questionKey, value);
}
