import { describe, expect, it } from 'vitest';
import {
  buildTermUsage,
  displayName,
  formKey,
  glossaryIndex,
  indexLetter,
  indexLetters,
  letterAnchor,
  relatedTermIds,
  termForms,
  termHref,
  termIdForHref,
  type GlossaryEntryRef,
} from '../../src/lib/glossary.ts';

function entry(id: string, term: string, fields: Partial<GlossaryEntryRef> = {}): GlossaryEntryRef {
  return {
    id,
    term,
    aliases: [],
    matchCase: false,
    definition: `${term} in één zin.`,
    related: [],
    ...fields,
  };
}

const ORIGIN = 'https://gt-connect.example';

describe('term URLs', () => {
  it('builds the term page path', () => {
    expect(termHref('direct-routing')).toBe('/kennisbank/begrippen/direct-routing/');
  });

  it('recognises term pages, relative or absolute on the site, with or without a fragment', () => {
    expect(termIdForHref('/kennisbank/begrippen/sbc/', ORIGIN)).toBe('sbc');
    expect(termIdForHref('/kennisbank/begrippen/sbc', ORIGIN)).toBe('sbc');
    expect(termIdForHref('/kennisbank/begrippen/14-netnummer/#bron', ORIGIN)).toBe('14-netnummer');
    expect(termIdForHref(`${ORIGIN}/kennisbank/begrippen/vng/`, ORIGIN)).toBe('vng');
  });

  it('ignores other pages and other sites', () => {
    expect(termIdForHref('/kennisbank/begrippen/', ORIGIN)).toBeUndefined();
    expect(termIdForHref('/kennisbank/tijdlijn/', ORIGIN)).toBeUndefined();
    expect(termIdForHref('/kennisbank/begrippen/sbc/extra/', ORIGIN)).toBeUndefined();
    expect(termIdForHref('https://example.org/kennisbank/begrippen/sbc/', ORIGIN)).toBeUndefined();
    expect(termIdForHref('http://[ongeldig', ORIGIN)).toBeUndefined();
  });
});

describe('how a term is written', () => {
  it('shows the abbreviation after the term', () => {
    expect(
      displayName(entry('bio', 'Baseline Informatiebeveiliging Overheid', { abbreviation: 'BIO' })),
    ).toBe('Baseline Informatiebeveiliging Overheid (BIO)');
    expect(displayName(entry('twinning', 'Twinning'))).toBe('Twinning');
  });

  it('matches the abbreviation with its own capitals, term and aliases as configured', () => {
    expect(
      termForms(
        entry('raamovereenkomst', 'Raamovereenkomst', {
          abbreviation: 'ROK',
          aliases: ['raamovereenkomsten'],
        }),
      ),
    ).toEqual([
      { text: 'Raamovereenkomst', matchCase: false },
      { text: 'ROK', matchCase: true },
      { text: 'raamovereenkomsten', matchCase: false },
    ]);
    expect(termForms(entry('circuit', 'Circuit', { matchCase: true }))).toEqual([
      { text: 'Circuit', matchCase: true },
    ]);
  });

  it('compares forms without case, extra spaces or apostrophe style', () => {
    expect(formKey('  GT   Connect ')).toBe(formKey('gt connect'));
    expect(formKey('SBC’s')).toBe(formKey("sbc's"));
    expect(formKey('ROK')).not.toBe(formKey('NOK'));
  });
});

describe('the A–Z index', () => {
  const entries = [
    entry('vng', 'Vereniging van Nederlandse Gemeenten', { abbreviation: 'VNG' }),
    entry('telefooncentrale', 'Telefooncentrale', { abbreviation: 'PBX' }),
    entry('14-netnummer', '14+netnummer'),
    entry('eenduidige', 'Één term met accent'),
    entry('aankoopcentrale', 'Aankoopcentrale'),
    entry('verzuim', 'verzuim'),
  ];
  const groups = glossaryIndex(entries);

  it('puts digits first, then letters, accents and case ignored', () => {
    expect(groups.map((g) => g.letter)).toEqual(['#', 'A', 'E', 'P', 'T', 'V']);
    expect(indexLetter('Één')).toBe('E');
    expect(indexLetter('14+netnummer')).toBe('#');
  });

  it('sorts the Dutch way within a letter and adds a cross-reference for each abbreviation', () => {
    const v = groups.find((g) => g.letter === 'V')!;
    expect(v.entries.map((e) => [e.kind, e.label])).toEqual([
      ['term', 'Vereniging van Nederlandse Gemeenten'],
      ['term', 'verzuim'],
      ['see', 'VNG'],
    ]);
    const p = groups.find((g) => g.letter === 'P')!;
    expect(p.entries).toEqual([{ kind: 'see', label: 'PBX', entry: entries[1] }]);
  });

  it('lists every term exactly once as a term', () => {
    const terms = groups.flatMap((g) =>
      g.entries.filter((e) => e.kind === 'term').map((e) => e.entry.id),
    );
    expect(terms.sort()).toEqual(entries.map((e) => e.id).sort());
  });

  it('offers the jump letters A–Z, with 0–9 only when needed, and stable anchors', () => {
    expect(indexLetters(groups)).toHaveLength(27);
    expect(indexLetters(groups)[0]).toBe('#');
    expect(indexLetters(groups.filter((g) => g.letter !== '#'))).toHaveLength(26);
    expect(letterAnchor('A')).toBe('letter-a');
    expect(letterAnchor('#')).toBe('letter-cijfers');
  });
});

describe('related terms', () => {
  const entries = [
    entry('direct-routing', 'Direct Routing', { related: ['sbc', 'calling-plan'] }),
    entry('sbc', 'Session Border Controller', { related: ['direct-routing'] }),
    entry('operator-connect', 'Operator Connect', { related: ['sbc'] }),
    entry('calling-plan', 'Calling Plan', { related: ['calling-plan', 'bestaat-niet'] }),
  ];

  it('shows the terms a term names itself, then the terms that name it, without duplicates', () => {
    expect(relatedTermIds('sbc', entries)).toEqual(['direct-routing', 'operator-connect']);
    expect(relatedTermIds('direct-routing', entries)).toEqual(['sbc', 'calling-plan']);
  });

  it('never lists the term itself or an unknown id', () => {
    expect(relatedTermIds('calling-plan', entries)).toEqual(['direct-routing']);
  });
});

describe('cross-references from articles to terms', () => {
  it('lists per term the articles that mention it, in article order, once each', () => {
    const usage = buildTermUsage(
      [
        { slug: 'nieuw', termIds: ['vng', 'sbc', 'vng'] },
        { slug: 'oud', termIds: ['vng', 'onbekend'] },
        { slug: 'leeg', termIds: [] },
      ],
      new Set(['vng', 'sbc', 'bio']),
    );
    expect([...usage]).toEqual([
      ['vng', ['nieuw', 'oud']],
      ['sbc', ['nieuw']],
    ]);
    expect(usage.has('bio')).toBe(false);
    expect(usage.has('onbekend')).toBe(false);
  });
});
