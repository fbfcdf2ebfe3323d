/**
 * The content checks of the knowledge base on broken fixtures: each problem must come out as
 * one Dutch line naming the file, the line, the field and the fix.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/checkers.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import {
  article,
  glossaryFile,
  sources,
  TIMELINE,
  type SourceFile,
} from '../helpers/content-sources.ts';

/** glossaryFile writes term, definition and sources on lines 2–4, then the other fields in order. */
function lines(files: SourceFile[], over: Record<string, string | undefined> = {}): string[] {
  return checkContent(sources(files, over)).problems.map(formatProblem);
}

const vng = glossaryFile('vng', {
  term: 'Vereniging van Nederlandse Gemeenten',
  abbreviation: 'VNG',
});
const sbc = glossaryFile('sbc', {
  term: 'Session Border Controller',
  abbreviation: 'SBC',
  related: '[direct-routing]',
});
const directRouting = glossaryFile('direct-routing', {
  term: 'Direct Routing',
  aliases: '["Direct-Routing"]',
  related: '[sbc]',
});

describe('glossary: valid entries', () => {
  it('registers no glossary ids when there are no glossary files: the site has no glossary yet', () => {
    expect(checkContent(sources([])).context.ids.has('glossary')).toBe(false);
  });

  it('finds nothing wrong, registers the ids and a page per term', () => {
    const { problems, context } = checkContent(sources([vng, sbc, directRouting]));
    expect(problems).toEqual([]);
    expect(context.ids.get('glossary')).toEqual(new Set(['vng', 'sbc', 'direct-routing']));
    expect(context.routes.has('/kennisbank/begrippen/sbc/')).toBe(true);
    expect(context.routes.has('/kennisbank/begrippen/')).toBe(true);
  });

  it('accepts a file named after the abbreviation or after the term', () => {
    expect(
      lines([
        glossaryFile('vereniging-van-nederlandse-gemeenten', {
          term: 'Vereniging van Nederlandse Gemeenten',
          abbreviation: 'VNG',
        }),
      ]),
    ).toEqual([]);
    expect(lines([glossaryFile('14-netnummer', { term: '"14+netnummer"' })])).toEqual([]);
  });
});

describe('glossary: broken entries', () => {
  it('a term in a subfolder: refused, because no reader of the glossary looks there', () => {
    const { problems, context } = checkContent(
      sources([vng, { path: 'content/glossary/sub/sbc.md', source: sbc.source }]),
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/glossary/sub/sbc.md: wordt niet gebruikt: begrippen in een submap van content/glossary/ worden niet gelezen — oplossing: zet het bestand direct in content/glossary/ (git mv content/glossary/sub/sbc.md content/glossary/sbc.md)',
    ]);
    expect(context.ids.get('glossary')).toEqual(new Set(['vng']));
  });

  it('a related term that does not exist, with a suggestion', () => {
    const broken = glossaryFile('sbc', {
      term: 'Session Border Controller',
      abbreviation: 'SBC',
      related: '[direct-routnig]',
    });
    expect(lines([broken, directRouting])).toEqual([
      'content/glossary/sbc.md:6: "related" "direct-routnig" is geen bekend begrip: content/glossary/direct-routnig.md bestaat niet — oplossing: bedoelt u "direct-routing"?',
    ]);
  });

  it('a related term that does not exist and looks like nothing', () => {
    const [line] = lines([
      glossaryFile('sbc', {
        term: 'Session Border Controller',
        abbreviation: 'SBC',
        related: '[kcc]',
      }),
    ]);
    expect(line).toBe(
      'content/glossary/sbc.md:6: "related" "kcc" is geen bekend begrip: content/glossary/kcc.md bestaat niet — oplossing: gebruik de bestandsnaam (zonder .md) van een begrip in content/glossary/, of maak content/glossary/kcc.md aan',
    );
  });

  it('a term related to itself', () => {
    expect(
      lines([
        glossaryFile('sbc', {
          term: 'Session Border Controller',
          abbreviation: 'SBC',
          related: '[sbc]',
        }),
      ]),
    ).toEqual([
      'content/glossary/sbc.md:6: "related" "sbc" is dit begrip zelf — oplossing: haal "sbc" uit related',
    ]);
  });

  it('two terms that share an alias', () => {
    const a = glossaryFile('pentest', { term: 'Pentest', aliases: '[pentests, beveiligingstest]' });
    const b = glossaryFile('bio', {
      term: 'Baseline Informatiebeveiliging Overheid',
      abbreviation: 'BIO',
      aliases: '[Beveiligingstest]',
    });
    expect(lines([a, b])).toEqual([
      'content/glossary/pentest.md:5: "aliases" "beveiligingstest" is ook een alias van content/glossary/bio.md; een schrijfwijze hoort bij één begrip — oplossing: haal "beveiligingstest" weg uit een van beide bestanden, of voeg de begrippen samen',
    ]);
  });

  it('an alias that is another term, compared without case', () => {
    const a = glossaryFile('gt-connect', { term: 'GT Connect' });
    const b = glossaryFile('gt-connect-2', { term: 'GT Connect 2', aliases: '["gt  connect"]' });
    expect(lines([a, b])).toEqual([
      'content/glossary/gt-connect.md:2: "term" "GT Connect" is ook een alias van content/glossary/gt-connect-2.md; een schrijfwijze hoort bij één begrip — oplossing: haal "GT Connect" weg uit een van beide bestanden, of voeg de begrippen samen',
    ]);
  });

  it('an abbreviation used by two terms', () => {
    const a = glossaryFile('raamovereenkomst', { term: 'Raamovereenkomst', abbreviation: 'ROK' });
    const b = glossaryFile('rok', { term: 'Rok' });
    expect(lines([a, b])).toEqual([
      'content/glossary/rok.md:2: "term" "Rok" is ook de afkorting van content/glossary/raamovereenkomst.md; een schrijfwijze hoort bij één begrip — oplossing: haal "Rok" weg uit een van beide bestanden, of voeg de begrippen samen',
    ]);
  });

  it('a form repeated within one term', () => {
    expect(lines([glossaryFile('pentest', { term: 'Pentest', aliases: '[pentest]' })])).toEqual([
      'content/glossary/pentest.md:5: "aliases" "pentest" staat dubbel: het is ook de term van dit begrip — oplossing: haal "pentest" één keer weg',
    ]);
  });

  it('a file name that does not match the term', () => {
    expect(
      lines([glossaryFile('sessie', { term: 'Session Border Controller', abbreviation: 'SBC' })]),
    ).toEqual([
      'content/glossary/sessie.md:2: "term" de bestandsnaam "sessie" past niet bij de term "Session Border Controller" — oplossing: hernoem het bestand naar session-border-controller.md of sbc.md; de bestandsnaam is het webadres van het begrip',
    ]);
  });

  it('a missing definition and an unknown field, with their lines', () => {
    const broken = glossaryFile('sbc', {
      term: 'Session Border Controller',
      abbreviation: 'SBC',
      definition: undefined,
      relatd: '[pstn]',
    });
    expect(lines([broken])).toEqual([
      'content/glossary/sbc.md:1: "definition" ontbreekt — oplossing: schrijf één zin op één regel, bijvoorbeeld definition: "Spoedprocedure bij de rechter met een voorlopig oordeel."',
      'content/glossary/sbc.md:5: "relatd" is geen bekend veld — oplossing: bedoelt u "related"? Pas de naam aan (hoofdletters tellen mee)',
    ]);
  });

  it('a definition over more than one line', () => {
    const [line] = lines([
      glossaryFile('sbc', {
        term: 'Session Border Controller',
        abbreviation: 'SBC',
        definition: '"Eerste regel.\\nTweede regel."',
      }),
    ]);
    expect(line).toMatch(
      /^content\/glossary\/sbc\.md:3: "definition" moet op één regel staan — oplossing: /,
    );
  });

  it('no sources', () => {
    const [line] = lines([
      glossaryFile('sbc', {
        term: 'Session Border Controller',
        abbreviation: 'SBC',
        sources: '[]',
      }),
    ]);
    expect(line).toMatch(
      /^content\/glossary\/sbc\.md:4: "sources" heeft minstens één bron nodig — oplossing: schrijf een lijst met minstens één webadres/,
    );
  });

  it('no explanation', () => {
    const [line] = lines([
      glossaryFile('sbc', { term: 'Session Border Controller', abbreviation: 'SBC' }, ''),
    ]);
    expect(line).toBe(
      'content/glossary/sbc.md:7: de uitleg ontbreekt — oplossing: schrijf onder de frontmatter (na de tweede regel ---) een korte uitleg in gewone taal',
    );
  });

  it('warns, without failing, on a long explanation', () => {
    const long = glossaryFile(
      'ibd',
      {
        term: 'Informatiebeveiligingsdienst',
        abbreviation: 'IBD',
        sources: '[https://docplayer.nl/137370807-Penetratietesten-handreiking.html]',
      },
      `${'woord '.repeat(160)}\n`,
    );
    const { problems } = checkContent(sources([long]));
    expect(problems.map((p) => p.severity)).toEqual(['warning']);
    expect(problems.map(formatProblem)).toEqual([
      'content/glossary/ibd.md:7: de uitleg is lang: 160 woorden — oplossing: houd de uitleg onder 150 woorden; schrijf een artikel als er meer te zeggen is',
    ]);
  });

  it('an http source: the site never links to insecure pages', () => {
    const [line] = lines([
      glossaryFile('ibd', {
        term: 'Informatiebeveiligingsdienst',
        abbreviation: 'IBD',
        sources: '[http://docplayer.nl/137370807-Penetratietesten-handreiking.html]',
      }),
    ]);
    expect(line).toMatch(
      /^content\/glossary\/ibd\.md:\d+: "sources\[0\]" verwacht een volledig webadres dat begint met https:\/\/ — oplossing: /,
    );
  });

  it('a source that is not a web address', () => {
    const [line] = lines([
      glossaryFile('sbc', {
        term: 'Session Border Controller',
        abbreviation: 'SBC',
        sources: '[ftp://bron.nl/x]',
      }),
    ]);
    expect(line).toMatch(
      /^content\/glossary\/sbc\.md:4: "sources\[0\]" verwacht een volledig webadres dat begint met https:\/\/ — oplossing: /,
    );
  });

  it('a file that is not Markdown', () => {
    expect(lines([{ path: 'content/glossary/sbc.mdx', source: '' }])).toEqual([
      'content/glossary/sbc.mdx: wordt niet gebruikt: alleen .md-bestanden zijn begrippen — oplossing: hernoem het bestand naar sbc.md, of zet een _ voor de naam als het geen begrip is',
    ]);
  });
});

describe('articles: the term-link fields', () => {
  it("accepts termLinks: false and an editor's note", () => {
    expect(
      lines([article('x', { termLinks: 'false', editorNote: '"Een noot van de redactie."' })]),
    ).toEqual([]);
  });

  it('rejects a termLinks that is not true or false', () => {
    expect(lines([article('x', { termLinks: 'nee' })])).toEqual([
      'content/articles/x.mdx:9: "termLinks" verwacht true of false — oplossing: schrijf termLinks: false om begrippen in de tekst niet te linken, of laat het veld weg',
    ]);
  });
});

const EVENT = [
  '- id: atos-wint',
  '  date: 2019-03-01',
  '  precision: month',
  '  event: Atos wint de aanbesteding GT Connect.',
  '  certainty: media',
];
const SOURCES = [
  '  sources:',
  '    - https://channelconnect.nl/voipdossier/2019/04/15/atos-wint-grote-overheidsaanbesteding-gt-connect/',
];
const timeline = (...lists: string[][]) => `${lists.flat().join('\n')}\n`;

describe('timeline', () => {
  it('a valid timeline registers its events and their years as anchors of the timeline page', () => {
    const { problems, context } = checkContent(sources([]));
    expect(problems).toEqual([]);
    expect(context.ids.get('timeline')).toEqual(new Set(['atos-wint']));
    expect(context.routes.get('/kennisbank/tijdlijn/')).toEqual(
      new Set(['atos-wint', 'jaar-2019']),
    );
    expect(TIMELINE).toContain('sources:');
  });

  it('an event without a source fails, naming the file and the line of the event', () => {
    const second = [
      '- id: kort-geding',
      '  date: 2021-01-20',
      '  precision: day',
      '  event: Atos dagvaardt de VNG in kort geding.',
      '  certainty: zeker',
    ];
    expect(lines([], { 'content/timeline.yaml': timeline(EVENT, SOURCES, second) })).toEqual([
      'content/timeline.yaml:8: "sources" ontbreekt — oplossing: zet onder de gebeurtenis sources: met minstens één https-adres uit het feitenblad, bijvoorbeeld sources: [https://uitspraken.rechtspraak.nl/…]',
    ]);
  });

  it('an empty list of sources, and an http source', () => {
    expect(lines([], { 'content/timeline.yaml': timeline(EVENT, ['  sources: []']) })[0]).toMatch(
      /^content\/timeline\.yaml:6: "sources" heeft minstens één bron nodig — oplossing: /,
    );
    expect(
      lines([], {
        'content/timeline.yaml': timeline(EVENT, ['  sources: [http://docplayer.nl/x.html]']),
      })[0],
    ).toMatch(
      /^content\/timeline\.yaml:6: "sources\[0\]" verwacht een volledig webadres dat begint met https:\/\/ — oplossing: /,
    );
  });

  it('a date that claims more precision than it has', () => {
    const event = EVENT.map((l) => l.replace('2019-03-01', '2019-03-28'));
    expect(lines([], { 'content/timeline.yaml': timeline(event, SOURCES) })).toEqual([
      'content/timeline.yaml:2: "date" 2019-03-28 past niet bij precision: month (verwacht de eerste dag van de maand, zoals 2018-09-01) — oplossing: schrijf de datum als jaar-maand-dag, bijvoorbeeld date: 2021-03-23; weet u alleen de maand of het jaar, schrijf dan de eerste dag daarvan en zet precision op month of year',
    ]);
  });

  it('an unknown precision or certainty', () => {
    const event = EVENT.map((l) => l.replace('month', 'maand').replace('media', 'krant'));
    expect(lines([], { 'content/timeline.yaml': timeline(event, SOURCES) })).toEqual([
      'content/timeline.yaml:3: "precision" verwacht een van: day, month, quarter, season, year — oplossing: schrijf precision: day, month, quarter (kwartaal), season (voorjaar, zomer, najaar, winter) of year',
      'content/timeline.yaml:5: "certainty" verwacht een van: zeker, media, advies, onzeker — oplossing: schrijf certainty: zeker (primaire bron), media (vakpers of nieuws), advies (adviesbureau of leverancier) of onzeker',
    ]);
  });

  it('two events with the same id', () => {
    expect(
      lines([], { 'content/timeline.yaml': timeline(EVENT, SOURCES, EVENT, SOURCES) }),
    ).toEqual([
      'content/timeline.yaml:8: "id" "atos-wint" komt vaker voor in dit bestand (eerst op regel 1) — oplossing: geef elk item een eigen id',
    ]);
  });

  it('a missing timeline file', () => {
    expect(lines([], { 'content/timeline.yaml': undefined })).toEqual([
      'content/timeline.yaml: het bestand ontbreekt — oplossing: maak content/timeline.yaml aan met een lijst van items',
    ]);
  });
});
