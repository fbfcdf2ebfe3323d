/**
 * The content checks for scenarios and the scenario quiz: broken fixtures fail with one line
 * naming file, line, field and fix.
 */
import { describe, expect, it } from 'vitest';
import { runCheckers, type ContentChecker } from '../../src/lib/content/check.ts';
import { checkContent, checkers } from '../../src/lib/content/checkers.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import {
  QUIZ,
  SCENARIOS,
  article,
  quizQuestion,
  scenario,
  sources,
} from '../helpers/content-sources.ts';

const QUIZ_FILE = 'content/scenariokompas.yaml';

function lines(...args: Parameters<typeof sources>): string[] {
  return checkContent(sources(...args)).problems.map(formatProblem);
}

/** The baseline quiz with its first question replaced by `first`. */
function quizWith(first: string): string {
  return QUIZ.replace(/^- id: een[\s\S]*?(?=^- id: twee)/m, `${first}\n`);
}

/** The line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('scenarios: valid content', () => {
  it('registers the scenario ids and their pages with section anchors', () => {
    const { problems, context } = checkContent(sources([]));
    expect(problems).toEqual([]);
    expect([...(context.ids.get('scenarios') ?? [])]).toEqual([
      'cloudtelefonie',
      'eigen-telefooncentrale',
    ]);
    expect(context.routes.has('/kennisbank/scenarios/')).toBe(true);
    expect([...(context.routes.get('/kennisbank/scenarios/cloudtelefonie/') ?? [])]).toEqual(
      expect.arrayContaining(['risicos', 'eerst-regelen', 'bronnen']),
    );
  });
});

describe('scenarios: frontmatter and body errors', () => {
  it('a scenario in a subfolder, which the site would not publish', () => {
    const nested = scenario('extra', { order: '3' });
    expect(lines([{ path: 'content/scenarios/oud/extra.md', source: nested.source }])).toEqual([
      'content/scenarios/oud/extra.md: wordt niet gepubliceerd: scenario’s in een submap van content/scenarios/ worden niet gelezen — oplossing: zet het bestand direct in content/scenarios/ (git mv content/scenarios/oud/extra.md content/scenarios/extra.md)',
    ]);
  });

  it('an unknown field, with the likely typo', () => {
    const file = scenario('cloudtelefonie', { risk: '\n  - "x"' }).source;
    expect(lines([], { 'content/scenarios/cloudtelefonie.md': file })).toEqual([
      `content/scenarios/cloudtelefonie.md:${lineOf(file, 'risk:')}: "risk" is geen bekend veld — oplossing: bedoelt u "risks"? Pas de naam aan (hoofdletters tellen mee)`,
    ]);
  });

  it('a short title that would not fit a browser tab', () => {
    const file = scenario('cloudtelefonie', {
      shortTitle: '"Een andere clouddienst voor telefonie (UCaaS)"',
    }).source;
    expect(lines([], { 'content/scenarios/cloudtelefonie.md': file })).toEqual([
      `content/scenarios/cloudtelefonie.md:${lineOf(file, 'shortTitle:')}: "shortTitle" is te lang: maximaal 40 tekens, nu 45 — oplossing: schrijf een korte naam van hooguit 40 tekens, bijvoorbeeld shortTitle: "Teams met eigen aanbesteding"`,
    ]);
  });

  it('a missing summary, with the fix', () => {
    expect(
      lines([], {
        'content/scenarios/cloudtelefonie.md': scenario('cloudtelefonie', { summary: undefined })
          .source,
      }),
    ).toEqual([
      'content/scenarios/cloudtelefonie.md:1: "summary" ontbreekt — oplossing: schrijf één of twee zinnen van 50 tot 160 tekens: wat kiest de gemeente?',
    ]);
  });

  it('a source that is not https, pointing at the line of the url', () => {
    const file = scenario('cloudtelefonie', {
      sources: '\n  - title: "Bron"\n    url: http://docplayer.nl/x',
    }).source;
    expect(lines([], { 'content/scenarios/cloudtelefonie.md': file })).toEqual([
      `content/scenarios/cloudtelefonie.md:${lineOf(file, 'url:')}: "sources[0].url" verwacht een volledig https-adres, zoals https://vng.nl/… — oplossing: schrijf per bron - title: "…" en url: https://…, optioneel publisher: en date:`,
    ]);
  });

  it('an empty risk line inside a list, pointing at that line', () => {
    const file = scenario('cloudtelefonie', { risks: '\n  - "Eerste risico."\n  - ""' }).source;
    expect(lines([], { 'content/scenarios/cloudtelefonie.md': file })[0]).toBe(
      `content/scenarios/cloudtelefonie.md:${lineOf(file, '- ""')}: "risks[1]" een regel mag niet leeg zijn — oplossing: schrijf een lijst met regels die beginnen met "- "`,
    );
  });

  it('a body without text and a body with a page-level heading', () => {
    expect(
      lines([], {
        'content/scenarios/cloudtelefonie.md': scenario('cloudtelefonie', {}, '\n').source,
      })[0],
    ).toMatch(
      /^content\/scenarios\/cloudtelefonie\.md:\d+: de tekst onder de frontmatter ontbreekt/,
    );
    const withHeading = scenario('cloudtelefonie', {}, '\nTekst.\n\n## Voordelen\n').source;
    expect(lines([], { 'content/scenarios/cloudtelefonie.md': withHeading })).toEqual([
      `content/scenarios/cloudtelefonie.md:${lineOf(withHeading, '## Voordelen')}: een kop met # of ## botst met de koppen van de pagina — oplossing: gebruik ### voor een tussenkop; de pagina zet de tekst zelf onder "Wat het is"`,
    ]);
  });

  it('two scenarios with the same order', () => {
    const file = scenario('eigen-telefooncentrale', { order: '1' }).source;
    const line = lineOf(file, 'order:');
    expect(lines([], { 'content/scenarios/eigen-telefooncentrale.md': file })).toEqual([
      `content/scenarios/cloudtelefonie.md:${line}: "order" volgnummer 1 heeft ook content/scenarios/eigen-telefooncentrale.md — oplossing: geef elk scenario een eigen volgnummer`,
      `content/scenarios/eigen-telefooncentrale.md:${line}: "order" volgnummer 1 heeft ook content/scenarios/cloudtelefonie.md — oplossing: geef elk scenario een eigen volgnummer`,
    ]);
  });

  it('a file name that is not an id, and a file that is not Markdown', () => {
    expect(
      lines([], {
        'content/scenarios/Cloud Telefonie.md': scenario('x', { order: '3' }).source,
      })[0],
    ).toBe(
      'content/scenarios/Cloud Telefonie.md: de bestandsnaam "Cloud Telefonie" is geen geldige id (alleen kleine letters, cijfers en losse streepjes) — oplossing: hernoem het bestand naar cloud-telefonie.md',
    );
    expect(
      lines([], { 'content/scenarios/x.mdx': scenario('x', { order: '3' }).source })[0],
    ).toMatch(
      /^content\/scenarios\/x\.mdx: wordt niet gepubliceerd: alleen \.md-bestanden zijn scenario’s/,
    );
  });

  it('an internal link in the body to a page or a section that does not exist', () => {
    const body =
      '\nZie [het artikel](/artikelen/bestaat-niet/) en [de risico’s](/kennisbank/scenarios/eigen-telefooncentrale/#nadelen).\nEn [dit](/artikelen/geldig/) klopt.\n';
    const file = scenario('cloudtelefonie', {}, body).source;
    expect(lines([article('geldig')], { 'content/scenarios/cloudtelefonie.md': file })).toEqual([
      `content/scenarios/cloudtelefonie.md:${lineOf(file, 'Zie')}: de link /artikelen/bestaat-niet/ wijst naar een pagina die niet bestaat — oplossing: controleer het adres; interne links beginnen met / en eindigen met /`,
      `content/scenarios/cloudtelefonie.md:${lineOf(file, 'Zie')}: de link /kennisbank/scenarios/eigen-telefooncentrale/#nadelen wijst naar #nadelen, maar die plek bestaat niet op de pagina — oplossing: gebruik een van: #wat-het-is, #wanneer-past-het, #voordelen, #risicos, #eerst-regelen, #artikelen, #bronnen`,
    ]);
  });
});

describe('scenariokompas: references fail the build with file, line and the bad reference', () => {
  it('an unknown scenario in a weight, with a suggestion', () => {
    const quiz = quizWith(
      quizQuestion('een', 'a').replace('cloudtelefonie: 2', 'cloud-telefonie: 2'),
    );
    expect(lines([], { [QUIZ_FILE]: quiz })).toEqual([
      `content/scenariokompas.yaml:${lineOf(quiz, 'cloud-telefonie')}: "een.options[0].weights.cloud-telefonie" verwijst naar scenario "cloud-telefonie", dat niet bestaat — oplossing: bedoelt u "cloudtelefonie"?`,
    ]);
  });

  it('an unknown article in a link, listing the articles that exist', () => {
    const quiz = quizWith(
      quizQuestion(
        'een',
        'a',
        '  links:\n    - scenario: cloudtelefonie\n    - article: bestaat-niet',
      ),
    );
    expect(lines([article('geldig')], { [QUIZ_FILE]: quiz })).toEqual([
      `content/scenariokompas.yaml:${lineOf(quiz, 'article: bestaat-niet')}: "een.links[1].article" verwijst naar artikel "bestaat-niet", dat niet bestaat — oplossing: gebruik een bestandsnaam uit content/articles/ (geldig)`,
    ]);
  });

  it('an unknown scenario in a link', () => {
    const quiz = quizWith(quizQuestion('een', 'a', '  links:\n    - scenario: teams'));
    expect(lines([], { [QUIZ_FILE]: quiz })[0]).toMatch(
      /^content\/scenariokompas\.yaml:\d+: "een\.links\[0\]\.scenario" verwijst naar scenario "teams", dat niet bestaat/,
    );
  });

  it('a term link while the site has no glossary', () => {
    const quiz = quizWith(
      quizQuestion('een', 'a', '  links:\n    - term: sbc\n      label: "SBC"'),
    );
    expect(lines([], { [QUIZ_FILE]: quiz })).toEqual([
      `content/scenariokompas.yaml:${lineOf(quiz, 'term: sbc')}: "een.links[0].term" verwijst naar begrip "sbc", maar de site heeft nog geen begrippenlijst — oplossing: verwijder deze link, of voeg eerst de begrippen toe in content/glossary/`,
    ]);
  });

  it('term links against the glossary ids another checker registers', () => {
    const glossary: ContentChecker = {
      name: 'glossary',
      parse: (context) => (context.ids.set('glossary', new Set(['sbc', 'operator-connect'])), []),
    };
    const quiz = quizWith(
      quizQuestion(
        'een',
        'a',
        '  links:\n    - term: sbc\n      label: "SBC"\n    - term: operatorconnect\n      label: "Operator Connect"',
      ),
    );
    const problems = runCheckers(sources([], { [QUIZ_FILE]: quiz }), [
      ...checkers,
      glossary,
    ]).problems.map(formatProblem);
    expect(problems).toEqual([
      `content/scenariokompas.yaml:${lineOf(quiz, 'term: operatorconnect')}: "een.links[1].term" verwijst naar begrip "operatorconnect", dat niet bestaat — oplossing: bedoelt u "operator-connect"?`,
    ]);
  });

  it('a term link without a label', () => {
    const quiz = quizWith(quizQuestion('een', 'a', '  links:\n    - term: sbc'));
    expect(lines([], { [QUIZ_FILE]: quiz })[0]).toMatch(
      /^content\/scenariokompas\.yaml:\d+: "een\.links\[0\]" verwacht één van: scenario: <id>, article: <slug> of term: <id> en label: "…"/,
    );
  });
});

describe('scenariokompas: bad fields', () => {
  it('a weight out of range, on its line', () => {
    const quiz = quizWith(
      quizQuestion('een', 'a').replace('cloudtelefonie: 2', 'cloudtelefonie: 5'),
    );
    expect(lines([], { [QUIZ_FILE]: quiz })).toEqual([
      `content/scenariokompas.yaml:${lineOf(quiz, 'cloudtelefonie: 5')}: "een.options[0].weights.cloudtelefonie" is te hoog: het maximum is 3 — oplossing: schrijf per scenario een geheel getal van -3 tot 3, bijvoorbeeld weights: { cloudtelefonie: 2, eigen-telefooncentrale: -1 }`,
    ]);
  });

  it('a misspelt field, a question without a question mark and a reason with a full stop', () => {
    const quiz = quizWith(
      quizQuestion('een', 'a')
        .replace('question: "Vraag een?"', 'question: "Vraag een"')
        .replace('reason: "u ja zei op een"', 'reason: "u ja zei op een."')
        .replace('    - key: 2', '    - kye: 2'),
    );
    expect(lines([], { [QUIZ_FILE]: quiz })).toEqual([
      `content/scenariokompas.yaml:${lineOf(quiz, 'question:')}: "een.question" is geen vraag: eindig met een vraagteken — oplossing: schrijf de vraag op één regel tussen aanhalingstekens, eindigend met een vraagteken`,
      `content/scenariokompas.yaml:${lineOf(quiz, 'reason: "u ja')}: "een.options[0].reason" eindigt met een leesteken; laat dat weg — oplossing: schrijf de reden zo dat hij "Dit past omdat u aangaf dat …" afmaakt: begin met een kleine letter, geen punt aan het eind`,
      `content/scenariokompas.yaml:${lineOf(quiz, 'kye:')}: "een.options[1].key" ontbreekt — oplossing: schrijf één cijfer van 1 tot 9 dat nog geen ander antwoord van deze vraag heeft, bijvoorbeeld key: 3`,
      `content/scenariokompas.yaml:${lineOf(quiz, 'kye:')}: "een.options[1].kye" is geen bekend veld — oplossing: controleer de spelling of verwijder het`,
    ]);
  });

  it('two questions with the same URL key, and two options with the same key', () => {
    const quiz = QUIZ.replace('key: b', 'key: a').replace(
      /(- id: drie[\s\S]*?)- key: 2/,
      '$1- key: 1',
    );
    expect(lines([], { [QUIZ_FILE]: quiz })).toEqual([
      `content/scenariokompas.yaml:${lineOf(quiz, '- id: twee') + 1}: "twee.key" "a" is ook de sleutel van vraag 1 — oplossing: kies een letter die nog niet in gebruik is; verander nooit de sleutel van een gepubliceerde vraag`,
      expect.stringMatching(
        /^content\/scenariokompas\.yaml:\d+: "drie\.options\[1\]\.key" "1" is ook de sleutel van antwoord 1; elk antwoord heeft een eigen cijfer — oplossing: schrijf één cijfer van 1 tot 9 /,
      ),
    ]);
  });

  it('a missing quiz file, and broken YAML', () => {
    expect(lines([], { [QUIZ_FILE]: undefined })).toEqual([
      'content/scenariokompas.yaml: het bestand ontbreekt — oplossing: maak content/scenariokompas.yaml aan met de vragen van het scenariokompas',
    ]);
    expect(
      lines([], { [QUIZ_FILE]: '- id: een\n  question: "Niet afgesloten\n  key: a\n' })[0],
    ).toMatch(/^content\/scenariokompas\.yaml:\d+: geen geldige YAML: /);
  });

  it('warns when a scenario can never come out on top, and about the number of questions', () => {
    const quiz = QUIZ.replace(/eigen-telefooncentrale: 2/g, 'eigen-telefooncentrale: 0')
      .split(/(?=^- id: )/m)
      .slice(0, 5)
      .join('');
    const { problems } = checkContent(sources([], { [QUIZ_FILE]: quiz }));
    expect(problems.map((p) => p.severity)).toEqual(['warning', 'warning']);
    expect(problems.map(formatProblem)).toEqual([
      'content/scenariokompas.yaml: heeft 5 vragen; het kompas is ontworpen voor 6 tot 10 — oplossing: te weinig vragen geeft een grove uitkomst, te veel haakt lezers af',
      'content/scenariokompas.yaml: geen enkel antwoord pleit voor scenario "eigen-telefooncentrale", dus het kan nooit bovenaan komen — oplossing: geef "eigen-telefooncentrale" bij minstens één antwoord een positief gewicht',
    ]);
  });

  it('a weight for a scenario whose file is broken is reported once, at the scenario', () => {
    const broken = scenario('eigen-telefooncentrale', { order: '2', title: undefined }).source;
    expect(lines([], { 'content/scenarios/eigen-telefooncentrale.md': broken })).toEqual([
      expect.stringMatching(/^content\/scenarios\/eigen-telefooncentrale\.md:1: "title" ontbreekt/),
    ]);
  });
});

describe('baseline fixtures', () => {
  it('stay valid, so each test above breaks exactly one thing', () => {
    expect(SCENARIOS).toHaveLength(2);
    expect(lines([])).toEqual([]);
  });
});
