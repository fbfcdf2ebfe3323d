/**
 * The quiz engine on a small quiz whose scores are worked out by hand below, plus the URL
 * codec and the validation of quiz data.
 */
import { describe, expect, it } from 'vitest';
import {
  explainAgainst,
  explainFor,
  joinDutch,
  nextView,
  scoreQuiz,
  strongestReasons,
  toPercent,
  viewFor,
  withAnswer,
  type Quiz,
} from '../../src/lib/quiz/engine.ts';
import {
  decodeAnswers,
  encodeAnswers,
  readSearch,
  searchFor,
  writeSearch,
} from '../../src/lib/quiz/url.ts';
import { buildQuiz, validateQuiz } from '../../src/lib/quiz/validate.ts';

/**
 * Three scenarios a, b, c. Weights per option in the order a, b, c:
 *   x: 1 → [ 2,  0, -1]   2 → [-1,  1,  2]
 *   y: 1 → [ 1,  3,  0]   2 → [ 0,  0,  1]
 *   z: 1 → [ 3, -2,  0]   2 → [ 0,  2,  1]   (no "weet ik niet")
 */
const QUIZ: Quiz = {
  scenarios: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
  questions: [
    {
      key: 'x',
      allowUnknown: true,
      options: [
        { key: '1', reason: 'x-een', weights: [2, 0, -1] },
        { key: '2', reason: 'x-twee', weights: [-1, 1, 2] },
      ],
    },
    {
      key: 'y',
      allowUnknown: true,
      options: [
        { key: '1', reason: 'y-een', weights: [1, 3, 0] },
        { key: '2', reason: 'y-twee', weights: [0, 0, 1] },
      ],
    },
    {
      key: 'z',
      allowUnknown: false,
      options: [
        { key: '1', reason: 'z-een', weights: [3, -2, 0] },
        { key: '2', reason: 'z-twee', weights: [0, 2, 1] },
      ],
    },
  ],
};

const answers = (entries: Record<string, string>) => new Map(Object.entries(entries));
const summary = (quiz: Quiz, given: Record<string, string>) =>
  scoreQuiz(quiz, answers(given)).ranking.map(({ id, score, percent, rank, against }) => ({
    id,
    score,
    percent,
    rank,
    against,
  }));

describe('scoring and ranking', () => {
  it('x1 y1 z1: a = 2+1+3 = 6, b = 0+3-2 = 1, c = -1+0+0 = -1; percent = 50 + 50·score/(3·3)', () => {
    expect(summary(QUIZ, { x: '1', y: '1', z: '1' })).toEqual([
      { id: 'a', score: 6, percent: 83, rank: 1, against: 0 },
      { id: 'b', score: 1, percent: 56, rank: 2, against: 2 },
      { id: 'c', score: -1, percent: 44, rank: 3, against: 1 },
    ]);
  });

  it('x2 y2 z2: c = 2+1+1 = 4 beats b = 1+0+2 = 3 and a = -1+0+0 = -1', () => {
    const outcome = scoreQuiz(QUIZ, answers({ x: '2', y: '2', z: '2' }));
    expect(outcome.ranking.map((r) => [r.id, r.score])).toEqual([
      ['c', 4],
      ['b', 3],
      ['a', -1],
    ]);
    expect(outcome).toMatchObject({ answered: 3, unknown: 0, tiedTop: [] });
  });

  it('maps scores onto 0–100 with 50 as neutral, and clamps', () => {
    expect(toPercent(0, 4)).toBe(50);
    expect(toPercent(12, 4)).toBe(100);
    expect(toPercent(-12, 4)).toBe(0);
    expect(toPercent(3, 2)).toBe(75);
    expect(toPercent(99, 1)).toBe(100);
    expect(toPercent(5, 0)).toBe(50);
  });
});

describe('ties', () => {
  it('x2 z1: a = -1+3 = 2 and c = 2+0 = 2 share the top; c first because nothing speaks against it', () => {
    const outcome = scoreQuiz(QUIZ, answers({ x: '2', z: '1' }));
    expect(
      outcome.ranking.map(({ id, score, rank, against }) => ({ id, score, rank, against })),
    ).toEqual([
      { id: 'c', score: 2, rank: 1, against: 0 },
      { id: 'a', score: 2, rank: 1, against: 1 },
      { id: 'b', score: -1, rank: 3, against: 2 },
    ]);
    expect(outcome.tiedTop.map((r) => r.id)).toEqual(['c', 'a']);
  });

  it('x1 y2: b = 0 and c = -1+1 = 0 share rank 2; b first (nothing against), a on top alone', () => {
    const outcome = scoreQuiz(QUIZ, answers({ x: '1', y: '2' }));
    expect(outcome.ranking.map((r) => [r.id, r.score, r.rank])).toEqual([
      ['a', 2, 1],
      ['b', 0, 2],
      ['c', 0, 2],
    ]);
    expect(outcome.tiedTop).toEqual([]);
  });

  it('on equal score, a strong objection weighs more than a weak one, whatever their number', () => {
    // p: +3 -3 = 0, against 3 (one answer); q: +1 -1 +1 -1 = 0, against 2 (two answers).
    const quiz: Quiz = {
      scenarios: [{ id: 'p' }, { id: 'q' }],
      questions: [
        { key: 'm', allowUnknown: true, options: [{ key: '1', reason: 'm', weights: [3, 1] }] },
        { key: 'n', allowUnknown: true, options: [{ key: '1', reason: 'n', weights: [-3, -1] }] },
        { key: 'o', allowUnknown: true, options: [{ key: '1', reason: 'o', weights: [0, 1] }] },
        { key: 'r', allowUnknown: true, options: [{ key: '1', reason: 'r', weights: [0, -1] }] },
      ],
    };
    const outcome = scoreQuiz(quiz, answers({ m: '1', n: '1', o: '1', r: '1' }));
    expect(
      outcome.ranking.map(({ id, score, against, rank }) => ({ id, score, against, rank })),
    ).toEqual([
      { id: 'q', score: 0, against: 2, rank: 1 },
      { id: 'p', score: 0, against: 3, rank: 1 },
    ]);
  });

  it('equal score and equal objections fall back to the editorial order of the scenarios', () => {
    const even = (ids: string[]): Quiz => ({
      scenarios: ids.map((id) => ({ id })),
      questions: [
        {
          key: 'x',
          allowUnknown: true,
          options: [
            { key: '1', reason: 'r', weights: [1, 1] },
            { key: '2', reason: 's', weights: [0, -1] },
          ],
        },
      ],
    });
    expect(scoreQuiz(even(['p', 'q']), answers({ x: '1' })).tiedTop.map((r) => r.id)).toEqual([
      'p',
      'q',
    ]);
    expect(scoreQuiz(even(['q', 'p']), answers({ x: '1' })).tiedTop.map((r) => r.id)).toEqual([
      'q',
      'p',
    ]);
    const outcome = scoreQuiz(QUIZ, answers({}));
    expect(outcome.ranking.map((r) => [r.id, r.percent, r.rank])).toEqual([
      ['a', 50, 1],
      ['b', 50, 1],
      ['c', 50, 1],
    ]);
  });
});

describe('"weet ik niet"', () => {
  it('weighs nothing and is not counted as answered: x0 y1 z1 gives a = 4 over 2 answers', () => {
    const outcome = scoreQuiz(QUIZ, answers({ x: '0', y: '1', z: '1' }));
    expect(outcome).toMatchObject({ answered: 2, unknown: 1 });
    expect(outcome.ranking.map((r) => [r.id, r.score, r.percent])).toEqual([
      ['a', 4, 83],
      ['b', 1, 58],
      ['c', 0, 50],
    ]);
  });

  it('only "weet ik niet" leaves every scenario neutral and tied', () => {
    const outcome = scoreQuiz(QUIZ, answers({ x: '0', y: '0' }));
    expect(outcome).toMatchObject({ answered: 0, unknown: 2 });
    expect(outcome.tiedTop.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('is not a valid answer where the question does not offer it, nor is an unknown option', () => {
    const outcome = scoreQuiz(QUIZ, answers({ z: '0', y: '7', x: '1' }));
    expect(outcome).toMatchObject({ answered: 1, unknown: 0 });
    expect(viewFor(QUIZ, answers({ x: '1', y: '1', z: '0' }))).toEqual({
      kind: 'question',
      index: 2,
    });
  });
});

describe('explanation', () => {
  it('picks the strongest reasons first, then question order', () => {
    const given = answers({ x: '1', y: '1', z: '1' });
    expect(strongestReasons(QUIZ, given, 0).map((r) => [r.questionKey, r.weight])).toEqual([
      ['z', 3],
      ['x', 2],
      ['y', 1],
    ]);
    expect(strongestReasons(QUIZ, given, 0, 1, 2).map((r) => r.text)).toEqual(['z-een', 'x-een']);
    expect(explainFor(strongestReasons(QUIZ, given, 0))).toBe(
      'Dit past omdat u aangaf dat z-een, dat x-een en dat y-een.',
    );
  });

  it('ranks equal weights by question order and leaves out "weet ik niet" and neutral answers', () => {
    // For c: x2 (+2) and y2 (+1) and z2 (+1); y and z tie on weight, y comes first.
    const given = answers({ x: '2', y: '2', z: '2' });
    expect(strongestReasons(QUIZ, given, 2).map((r) => r.questionKey)).toEqual(['x', 'y', 'z']);
    expect(strongestReasons(QUIZ, answers({ x: '0', y: '2', z: '1' }), 0)).toMatchObject([
      { questionKey: 'z', weight: 3 },
    ]);
  });

  it('names what speaks against a scenario', () => {
    const against = strongestReasons(QUIZ, answers({ x: '1', y: '1', z: '1' }), 1, -1);
    expect(against.map((r) => [r.questionKey, r.weight])).toEqual([['z', -2]]);
    expect(explainAgainst(against)).toBe('Daartegen pleit dat u aangaf dat z-een.');
    expect(explainAgainst([])).toBeUndefined();
    expect(explainFor([])).toBeUndefined();
  });

  it('joins Dutch clauses', () => {
    expect(joinDutch([])).toBe('');
    expect(joinDutch(['a'])).toBe('a');
    expect(joinDutch(['a', 'b'])).toBe('a en b');
    expect(joinDutch(['a', 'b', 'c'])).toBe('a, b en c');
  });
});

describe('navigation', () => {
  it('shows the first open question, a requested one, or the result', () => {
    expect(viewFor(QUIZ, answers({}))).toEqual({ kind: 'question', index: 0 });
    expect(viewFor(QUIZ, answers({ x: '1' }))).toEqual({ kind: 'question', index: 1 });
    expect(viewFor(QUIZ, answers({ x: '1' }), 'z')).toEqual({ kind: 'question', index: 2 });
    expect(viewFor(QUIZ, answers({ x: '1' }), 'q')).toEqual({ kind: 'question', index: 1 });
    expect(viewFor(QUIZ, answers({ x: '1', y: '0', z: '2' }))).toEqual({ kind: 'result' });
  });

  it('"Volgende" goes to the next question, then to any question left open, then to the result', () => {
    const some = answers({ x: '1', z: '2' });
    expect(nextView(QUIZ, some, 0)).toEqual({ kind: 'question', index: 1 });
    expect(nextView(QUIZ, some, 2)).toEqual({ kind: 'question', index: 1 });
    expect(nextView(QUIZ, withAnswer(some, 'y', '0'), 2)).toEqual({ kind: 'result' });
  });

  it('withAnswer leaves the original answers untouched', () => {
    const before = answers({ x: '1' });
    const after = withAnswer(before, 'x', '2');
    expect([before.get('x'), after.get('x')]).toEqual(['1', '2']);
  });
});

describe('URL encoding', () => {
  it('round-trips, in question order whatever the order of answering', () => {
    const given = new Map([
      ['z', '2'],
      ['x', '1'],
      ['y', '0'],
    ]);
    expect(encodeAnswers(QUIZ, given)).toBe('x1y0z2');
    expect(decodeAnswers(QUIZ, 'x1y0z2')).toEqual({
      answers: new Map([
        ['x', '1'],
        ['y', '0'],
        ['z', '2'],
      ]),
      ignored: [],
    });
  });

  it('leaves invalid answers out when encoding', () => {
    expect(encodeAnswers(QUIZ, answers({ x: '3', y: '1', z: '0' }))).toBe('y1');
  });

  it('writes v only when the answers alone would show another view', () => {
    expect(searchFor(QUIZ, answers({}), { kind: 'question', index: 0 })).toBe('');
    expect(searchFor(QUIZ, answers({ x: '1' }), { kind: 'question', index: 1 })).toBe('?a=x1');
    expect(searchFor(QUIZ, answers({ x: '1' }), { kind: 'question', index: 0 })).toBe('?a=x1&v=x');
    expect(searchFor(QUIZ, answers({ x: '1', y: '1', z: '1' }), { kind: 'result' })).toBe(
      '?a=x1y1z1',
    );
    expect(writeSearch(QUIZ, answers({}), 'y')).toBe('?v=y');
  });
});

describe('malformed URLs', () => {
  it.each([
    ['', {}, []],
    ['X1Y2', { x: '1', y: '2' }, []],
    ['x1-y2.z1', { x: '1', y: '2', z: '1' }, []],
    ['x9', {}, ['x9']],
    ['q1x1', { x: '1' }, ['q1']],
    ['x1x2', { x: '1' }, ['x2']],
    ['z0y1', { y: '1' }, ['z0']],
    ['x1!!y2', { x: '1', y: '2' }, ['!!']],
    ['x1y', { x: '1' }, ['y']],
    ['12xz', {}, ['12xz']],
    ['<script>', {}, ['<script>']],
  ])('%j keeps %j and ignores %j', (value, kept, ignored) => {
    expect(decodeAnswers(QUIZ, value)).toEqual({ answers: new Map(Object.entries(kept)), ignored });
  });

  it('reads a whole query string without throwing, ignoring unknown views and parameters', () => {
    expect(readSearch(QUIZ, '?a=%E0%A4%A&v=%%')).toMatchObject({ view: undefined });
    expect(readSearch(QUIZ, '?utm_source=mail&a=x1&v=Z')).toEqual({
      answers: new Map([['x', '1']]),
      ignored: [],
      view: 'z',
    });
    expect(readSearch(QUIZ, '?a=x1&a=y1&v=q')).toEqual({
      answers: new Map([['x', '1']]),
      ignored: [],
      view: undefined,
    });
    expect(readSearch(QUIZ, '')).toEqual({ answers: new Map(), ignored: [], view: undefined });
  });

  it('asks the rest: a partial or broken link opens at the first question it could not fill', () => {
    const { answers: partial, view } = readSearch(QUIZ, '?a=x1y9');
    expect(viewFor(QUIZ, partial, view)).toEqual({ kind: 'question', index: 1 });
  });
});

describe('quiz data validation', () => {
  const option = (key: number, weights: Record<string, number>) => ({
    key,
    label: `Antwoord ${key}`,
    reason: `u antwoord ${key} gaf`,
    weights,
  });
  const question = (id: string, key: string, extra: Record<string, unknown> = {}) => ({
    id,
    key,
    question: `Vraag ${id}?`,
    options: [option(1, { a: 2, b: -1 }), option(2, { b: 2 })],
    ...extra,
  });
  const refs = { scenarios: new Set(['a', 'b']), articles: new Set(['artikel']) };
  const valid = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes'].map((id, i) =>
    question(id, 'abcdef'[i]!),
  );

  it('accepts valid data and builds the engine model with weights in scenario order', () => {
    expect(validateQuiz(valid, refs).issues).toEqual([]);
    const { quiz } = buildQuiz(valid, ['b', 'a'], { articles: refs.articles });
    expect(quiz.scenarios).toEqual([{ id: 'b' }, { id: 'a' }]);
    expect(quiz.questions[0]).toEqual({
      key: 'a',
      allowUnknown: true,
      options: [
        { key: '1', reason: 'u antwoord 1 gaf', weights: [-1, 2] },
        { key: '2', reason: 'u antwoord 2 gaf', weights: [2, 0] },
      ],
    });
  });

  it('rejects data that is not a list', () => {
    expect(validateQuiz({ vragen: [] }, refs).issues).toEqual([
      {
        severity: 'error',
        path: [],
        message: 'verwacht een lijst met vragen die beginnen met "- id:"',
        fix: 'begin elke vraag met "- id: …" op een eigen regel, zonder inspringing',
      },
    ]);
  });

  it('rejects an unknown scenario in a weight, naming it and suggesting the likely one', () => {
    const data = [
      ...valid.slice(1),
      question('zeven', 'g', { options: [option(1, { aa: 1 }), option(2, { b: 1 })] }),
    ];
    expect(validateQuiz(data, refs).issues).toEqual([
      {
        severity: 'error',
        path: [5, 'options', 0, 'weights', 'aa'],
        message: 'verwijst naar scenario "aa", dat niet bestaat',
        fix: 'bedoelt u "a"?',
      },
    ]);
  });

  it('rejects weights out of range, a question that decides nothing and duplicate keys', () => {
    const data = [
      question('een', 'a', { options: [option(1, { a: 4 }), option(2, { b: 1 })] }),
      question('twee', 'a', { options: [option(1, { a: 0 }), option(2, {})] }),
      ...valid.slice(2),
    ];
    expect(validateQuiz(data, refs).issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['0.options.0.weights.a', 'is te hoog: het maximum is 3'],
      ['1.options', 'geen enkel antwoord heeft een gewicht: deze vraag beslist niets'],
    ]);
    const dupes = [question('een', 'a'), question('een', 'a'), ...valid.slice(2)];
    expect(validateQuiz(dupes, refs).issues.map((i) => i.message)).toEqual([
      '"een" is ook de id van vraag 1',
      '"a" is ook de sleutel van vraag 1',
    ]);
  });

  it('rejects bad keys: a question key that is not one letter, an option key 0', () => {
    const data = [
      question('een', 'ab', { options: [option(0, { a: 1 }), option(2, { b: 1 })] }),
      ...valid.slice(1),
    ];
    expect(validateQuiz(data, refs).issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['0.key', 'verwacht één kleine letter, zoals c'],
      ['0.options.0.key', 'verwacht één cijfer van 1 tot 9'],
    ]);
  });

  it('refuses to build a quiz from invalid data, listing every error', () => {
    const data = [
      question('een', 'a', {
        options: [option(1, { x: 1 }), option(2, { b: 1 })],
        links: [{ article: 'weg' }],
      }),
      ...valid.slice(1),
    ];
    expect(() => buildQuiz(data, ['a', 'b'], { articles: refs.articles })).toThrow(
      'De vragen van het scenariokompas zijn ongeldig:\n- 0.options.0.weights.x: verwijst naar scenario "x", dat niet bestaat — oplossing: bedoelt u "a"?\n- 0.links.0.article: verwijst naar artikel "weg", dat niet bestaat — oplossing: ',
    );
  });
});
