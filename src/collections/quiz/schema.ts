/**
 * The contract for `content/scenariokompas.yaml`: the questions of the scenario quiz, in the
 * order the reader sees them. Questions, answer options, weights, reasons and links are content:
 * an editor changes them here without touching TypeScript.
 *
 * Shapes only: whether a weight names an existing scenario, or a link an existing article, is
 * checked by `src/lib/quiz/validate.ts`, which knows the other collections.
 *
 * Keys (`key` of a question and of an option) make up the shareable result URL
 * (`/scenariokompas/?a=c1t2k0`). Never change or reuse a published key: old links would then
 * mean something else. Rename texts freely; retire a question by removing it.
 */
import { z } from 'astro/zod';
import { MAX_WEIGHT, OPTION_KEY, QUESTION_KEY } from '../../lib/quiz/engine.ts';
import { idField, requiredText } from '../../lib/content/schemas.ts';

/** YAML reads `key: 1` as a number; an option key is the character "1". */
const optionKey = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z
    .string({ error: 'verwacht één cijfer van 1 tot 9' })
    .regex(OPTION_KEY, { error: 'verwacht één cijfer van 1 tot 9' }),
);

/** A link shown with the quiz result: to a scenario page, an article or a glossary term. */
export const quizLinkSchema = z.union(
  [
    z.strictObject({
      /** Id of a scenario (file name in `content/scenarios/`). */
      scenario: idField,
      /** Link text; defaults to the scenario's title. */
      label: requiredText('de linktekst', 100).optional(),
    }),
    z.strictObject({
      /** Slug of an article (file name in `content/articles/`). */
      article: idField,
      /** Link text; defaults to the article's title. */
      label: requiredText('de linktekst', 100).optional(),
    }),
    z.strictObject({
      /** Id of a glossary term (`content/glossary/`). */
      term: idField,
      /** Link text: the term as the reader should see it. */
      label: requiredText('de linktekst', 100),
    }),
  ],
  { error: 'verwacht één van: scenario: <id>, article: <slug> of term: <id> en label: "…"' },
);

/** One answer option of a question. */
export const quizOptionSchema = z.strictObject({
  /** One digit, 1 to 9, unique within the question; part of the shareable URL. Never reuse. */
  key: optionKey,
  /** The answer as the reader sees it next to the radio button. */
  label: requiredText('het antwoord', 120),
  /**
   * The answer restated so that it completes "Dit past omdat u aangaf dat …", for example
   * "uw organisatie al via Teams vergadert en chat". Start lower case, no full stop.
   */
  reason: requiredText('de reden', 160).refine((value) => !/[.!?]$/.test(value), {
    error: 'eindigt met een leesteken; laat dat weg',
  }),
  /**
   * How much this answer speaks for (positive) or against (negative) each scenario, from -3 to 3.
   * Scenario ids as keys; a scenario that is not named gets 0.
   */
  weights: z.record(
    idField,
    z
      .number({ error: `verwacht een geheel getal van -${MAX_WEIGHT} tot ${MAX_WEIGHT}` })
      .int({ error: `verwacht een geheel getal van -${MAX_WEIGHT} tot ${MAX_WEIGHT}` })
      .min(-MAX_WEIGHT, { error: `is te laag: het minimum is -${MAX_WEIGHT}` })
      .max(MAX_WEIGHT, { error: `is te hoog: het maximum is ${MAX_WEIGHT}` }),
    { error: 'verwacht per scenario een gewicht, zoals weights: { cloudtelefonie: 2 }' },
  ),
  /** A point of attention shown with the result when the reader chose this answer. One or two sentences, from the fact sheet. */
  caveat: requiredText('het aandachtspunt', 400).optional(),
});

/** A question of the quiz: one entry of `content/scenariokompas.yaml`. */
export const quizQuestionSchema = z
  .strictObject({
    /** Id of the question, unique; used in page anchors and messages. */
    id: idField,
    /** One lower-case letter, unique; part of the shareable URL. Never reuse. */
    key: z
      .string({ error: 'verwacht één kleine letter, zoals c' })
      .regex(QUESTION_KEY, { error: 'verwacht één kleine letter, zoals c' }),
    /** The question, as the legend of its fieldset. */
    question: requiredText('de vraag', 160).refine((value) => value.endsWith('?'), {
      error: 'is geen vraag: eindig met een vraagteken',
    }),
    /** One or two sentences under the question that explain it. */
    help: requiredText('de toelichting', 400).optional(),
    /** Offers "Weet ik niet" as the last option (the default). An unknown answer weighs nothing. */
    allowUnknown: z.boolean({ error: 'verwacht true of false' }).default(true),
    /** The answers, two to six, in the order shown. */
    options: z
      .array(quizOptionSchema, { error: 'verwacht een lijst met antwoorden' })
      .min(2, { error: 'een vraag heeft minstens twee antwoorden' })
      .max(6, { error: 'een vraag heeft hooguit zes antwoorden' }),
    /** Further reading shown with the result when this question weighed in it. */
    links: z
      .array(quizLinkSchema, { error: 'verwacht een lijst met links' })
      .max(4, { error: 'hooguit vier links per vraag' })
      .default([]),
  })
  .superRefine((question, ctx) => {
    const seen = new Map<string, number>();
    question.options.forEach((option, index) => {
      const first = seen.get(option.key);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', index, 'key'],
          message: `"${option.key}" is ook de sleutel van antwoord ${first + 1}; elk antwoord heeft een eigen cijfer`,
        });
      } else seen.set(option.key, index);
    });
    const decides = question.options.some((option) =>
      Object.values(option.weights).some((weight) => weight !== 0),
    );
    if (!decides) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'geen enkel antwoord heeft een gewicht: deze vraag beslist niets',
      });
    }
  });

export type QuizQuestionData = z.output<typeof quizQuestionSchema>;
export type QuizOptionData = z.output<typeof quizOptionSchema>;
export type QuizLinkData = z.output<typeof quizLinkSchema>;
