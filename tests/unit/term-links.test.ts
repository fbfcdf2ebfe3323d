/**
 * Finding glossary terms in articles: the matcher (whole words, longest form, case rules) and
 * the linker (first mention only, skipped contexts, hand-made links, opt-out), on trees parsed
 * by Sätteri itself so the node shapes are the real ones.
 */
import { markdownToHast, mdxToHast, type HastNode } from 'satteri';
import { describe, expect, it } from 'vitest';
import { createTermMatcher, type LinkableTerm, type TreeNode } from '../../src/lib/term-links.ts';
import { planTermLinks, type TermLinkPlan } from '../helpers/term-plan.ts';

const TERMS: LinkableTerm[] = [
  {
    id: 'gt',
    forms: [
      { text: 'Gemeentelijke Telecommunicatie', matchCase: false },
      { text: 'GT', matchCase: true },
    ],
  },
  { id: 'gt-connect', forms: [{ text: 'GT Connect', matchCase: false }] },
  { id: 'gt-connect-2', forms: [{ text: 'GT Connect 2', matchCase: false }] },
  {
    id: 'vng',
    forms: [
      { text: 'Vereniging van Nederlandse Gemeenten', matchCase: false },
      { text: 'VNG', matchCase: true },
    ],
  },
  {
    id: 'raamovereenkomst',
    forms: [
      { text: 'Raamovereenkomst', matchCase: false },
      { text: 'ROK', matchCase: true },
      { text: 'raamovereenkomsten', matchCase: false },
    ],
  },
  {
    id: 'pentest',
    forms: [
      { text: 'Pentest', matchCase: false },
      { text: 'pentests', matchCase: false },
      { text: 'penetratietest', matchCase: false },
    ],
  },
  {
    id: 'bio',
    forms: [
      { text: 'Baseline Informatiebeveiliging Overheid', matchCase: false },
      { text: 'BIO', matchCase: true },
    ],
  },
  {
    id: 'sbc',
    forms: [
      { text: 'Session Border Controller', matchCase: false },
      { text: 'SBC', matchCase: true },
    ],
  },
  { id: 'circuit', forms: [{ text: 'Circuit', matchCase: true }] },
  { id: '14-netnummer', forms: [{ text: '14+netnummer', matchCase: false }] },
  { id: 'direct-routing', forms: [{ text: 'Direct Routing', matchCase: false }] },
];
const matcher = createTermMatcher(TERMS);

/** The mentions in `text` as [term id, matched text]. */
function found(text: string): [string, string][] {
  return matcher.find(text).map((m) => [m.termId, text.slice(m.start, m.end)]);
}

describe('createTermMatcher', () => {
  it('finds whole words only', () => {
    expect(found('De BIO geldt; biologisch of BIOS niet.')).toEqual([['bio', 'BIO']]);
    expect(found('VNGR, NVNG en VNG2 zijn geen VNG.')).toEqual([['vng', 'VNG']]);
  });

  it('counts apostrophes and hyphens as word ends, so plurals and compounds still match', () => {
    expect(found("Twee SBC's en een SBC’s-kast.")).toEqual([
      ['sbc', 'SBC'],
      ['sbc', 'SBC'],
    ]);
    expect(found('De GT Connect-aanbesteding')).toEqual([['gt-connect', 'GT Connect']]);
  });

  it('lets the longest form win where forms overlap', () => {
    expect(found('GT Connect 2 volgde GT Connect op, binnen GT.')).toEqual([
      ['gt-connect-2', 'GT Connect 2'],
      ['gt-connect', 'GT Connect'],
      ['gt', 'GT'],
    ]);
    expect(found('GT Connect 20')).toEqual([['gt-connect', 'GT Connect']]);
  });

  it('is case-insensitive for terms and aliases', () => {
    expect(found('direct routing, DIRECT ROUTING en een PENTESTS-ronde')).toEqual([
      ['direct-routing', 'direct routing'],
      ['direct-routing', 'DIRECT ROUTING'],
      ['pentest', 'PENTESTS'],
    ]);
  });

  it('matches abbreviations and matchCase terms only with their own capitals', () => {
    expect(found('Een rok, een Rok en een ROK.')).toEqual([['raamovereenkomst', 'ROK']]);
    expect(found('Een circuit in huis, en Circuit van Unify.')).toEqual([['circuit', 'Circuit']]);
  });

  it('accepts any run of whitespace, also a line break or no-break space, where a form has a space', () => {
    expect(found('de GT\nConnect en de Direct\u00a0Routing')).toEqual([
      ['gt-connect', 'GT\nConnect'],
      ['direct-routing', 'Direct\u00a0Routing'],
    ]);
  });

  it('treats regex characters in a form literally', () => {
    expect(found('Bel het 14+netnummer, niet 14netnummer of 14-netnummer.')).toEqual([
      ['14-netnummer', '14+netnummer'],
    ]);
  });

  it('finds nothing without terms', () => {
    expect(createTermMatcher([]).find('VNG en GT Connect')).toEqual([]);
  });

  // The matcher skips a form's regex when a literal piece of the form is missing from the text;
  // these are the spellings where a naive lower-case test would wrongly skip a real match.
  it('still finds forms the Unicode case folding matches: long s, Kelvin sign, accented forms', () => {
    const folding = createTermMatcher([
      { id: 'sbc', forms: [{ text: 'sbc', matchCase: false }] },
      { id: 'kcc', forms: [{ text: 'kcc', matchCase: false }] },
      { id: 'dpia', forms: [{ text: 'DPIA’s', matchCase: false }] },
      { id: 'cafe', forms: [{ text: 'Café', matchCase: false }] },
    ]);
    const text = "De ſbc, het \u212ACC, de dpia's en het CAFÉ.";
    expect(folding.find(text).map((m) => [m.termId, text.slice(m.start, m.end)])).toEqual([
      ['sbc', 'ſbc'],
      ['kcc', '\u212ACC'],
      ['dpia', "dpia's"],
      ['cafe', 'CAFÉ'],
    ]);
  });

  it('finds the same mentions with the substring shortcut as each form regex on its own', () => {
    const text =
      'De VNG sloot met GT Connect 2 een raamovereenkomst; de ROK, de SBC’s en DIRECT ROUTING. ' +
      'Gemeentelijke\u00a0Telecommunicatie, 14+netnummer, pentests en een Circuit.';
    const eachOnItsOwn = TERMS.flatMap((term) =>
      term.forms.flatMap((form) => createTermMatcher([{ id: term.id, forms: [form] }]).find(text)),
    );
    const found = matcher.find(text);
    // Every mention the combined matcher reports is one a single form's regex finds too …
    for (const match of found) expect(eachOnItsOwn).toContainEqual(match);
    // … and every single-form mention is reported or lies inside a longer one that is.
    for (const match of eachOnItsOwn)
      expect(found.some((f) => f.start <= match.start && f.end >= match.end)).toBe(true);
  });
});

const termIdForHref = (href: string) => /^\/kennisbank\/begrippen\/([a-z0-9-]+)\/$/.exec(href)?.[1];

function plan(source: string, { link = true, mdx = false } = {}): TermLinkPlan<TreeNode> {
  const tree = (mdx ? mdxToHast(source) : markdownToHast(source)) as unknown as TreeNode;
  return planTermLinks(tree, matcher, { link, termIdForHref });
}

/** The planned links as [term id, linked text]. */
function links(result: TermLinkPlan<TreeNode>): [string, string][] {
  return result.replacements.flatMap(({ parts }) =>
    parts.flatMap((part) =>
      typeof part === 'string' ? [] : [[part.termId, part.text] as [string, string]],
    ),
  );
}

describe('planTermLinks', () => {
  it('links only the first mention of each term', () => {
    const result = plan(
      'De VNG en GT Connect.\n\nLater weer de VNG, GT Connect en nu ook de BIO.\n',
    );
    expect(links(result)).toEqual([
      ['vng', 'VNG'],
      ['gt-connect', 'GT Connect'],
      ['bio', 'BIO'],
    ]);
    expect(result.termIds).toEqual(['vng', 'gt-connect', 'bio']);
  });

  it('treats every form of a term as the same term: the first mention links, whatever its form', () => {
    const result = plan('Twee pentests in 2020.\n\nEen pentest is een aanval met toestemming.\n');
    expect(links(result)).toEqual([['pentest', 'pentests']]);
  });

  it('splits a text node without changing its text', () => {
    const result = plan('Volgens de VNG gaat GT Connect door.\n');
    const [replacement] = result.replacements;
    expect(replacement?.parts).toEqual([
      'Volgens de ',
      { termId: 'vng', text: 'VNG' },
      ' gaat ',
      { termId: 'gt-connect', text: 'GT Connect' },
      ' door.',
    ]);
    expect(replacement?.parts.map((p) => (typeof p === 'string' ? p : p.text)).join('')).toBe(
      replacement?.node.value,
    );
  });

  it('never links inside headings, and a mention there does not use up the first link', () => {
    const result = plan('## Wat de VNG deed\n\nDe VNG trad op namens gemeenten.\n');
    expect(links(result)).toEqual([['vng', 'VNG']]);
    const [replacement] = result.replacements;
    expect(replacement?.parts[0]).toBe('De ');
  });

  it('never links inside links, inline code or code blocks', () => {
    const source = [
      'Zie [de VNG](https://vng.nl/) en `SBC` en:',
      '',
      '```',
      'BIO VNG SBC',
      '```',
      '',
      'Pas hier: VNG, SBC en BIO.',
      '',
    ].join('\n');
    const result = plan(source);
    expect(links(result)).toEqual([
      ['vng', 'VNG'],
      ['sbc', 'SBC'],
      ['bio', 'BIO'],
    ]);
    expect(result.replacements).toHaveLength(1);
    expect(result.replacements[0]?.parts[0]).toBe('Pas hier: ');
  });

  it('skips the "Bronnen" section up to the next heading of its rank, and footnotes', () => {
    const source = [
      'Tekst zonder termen.[^1]',
      '',
      '## Bronnen',
      '',
      '- VNG, brief over GT Connect.',
      '',
      '### Meer bronnen',
      '',
      '- De BIO.',
      '',
      '## Verder',
      '',
      'Nu pas de VNG.',
      '',
      '[^1]: Volgens de SBC-leverancier.',
      '',
    ].join('\n');
    const result = plan(source);
    expect(links(result)).toEqual([['vng', 'VNG']]);
    expect(result.termIds).toEqual(['vng']);
  });

  it('links inside emphasis, lists, tables and quotes', () => {
    const result = plan('*De VNG*\n\n- GT Connect\n\n> De BIO\n\n| a |\n| - |\n| SBC |\n');
    expect(links(result).map(([id]) => id)).toEqual(['vng', 'gt-connect', 'bio', 'sbc']);
  });

  it('counts a link the author made to a term page: no second link to that page, and the term is listed', () => {
    const result = plan(
      'Eerst GT Connect, dan [het contract](/kennisbank/begrippen/gt-connect/) en de VNG.\n',
    );
    expect(links(result)).toEqual([['vng', 'VNG']]);
    expect(result.linkedByAuthor).toEqual(['gt-connect']);
    expect(result.termIds).toEqual(['gt-connect', 'vng']);
  });

  it('lists a term the author linked even when its words do not appear elsewhere', () => {
    const result = plan('Lees [hier](/kennisbank/begrippen/sbc/) verder.\n');
    expect(result.replacements).toEqual([]);
    expect(result.termIds).toEqual(['sbc']);
  });

  it('respects the opt-out: finds the mentions, links nothing', () => {
    const result = plan('De VNG en GT Connect.\n', { link: false });
    expect(result.replacements).toEqual([]);
    expect(result.termIds).toEqual(['vng', 'gt-connect']);
  });

  it('skips MDX components and abbr/dfn, but links inside plain HTML elements written in MDX', () => {
    const source = [
      '<Callout>De VNG besliste.</Callout>',
      '',
      'Een <abbr title="Session Border Controller">SBC</abbr> en <span>de BIO</span>.',
      '',
      '<div>',
      '',
      'Daarna de VNG.',
      '',
      '</div>',
      '',
    ].join('\n');
    const result = plan(source, { mdx: true });
    expect(links(result)).toEqual([
      ['bio', 'BIO'],
      ['vng', 'VNG'],
    ]);
  });

  it('works on an empty document', () => {
    expect(plan('')).toEqual({ termIds: [], linkedByAuthor: [], replacements: [] });
  });

  it('leaves text nodes without a new mention alone', () => {
    const result = plan('De VNG.\n\nNogmaals de VNG.\n');
    expect(result.replacements).toHaveLength(1);
    const untouched = markdownToHast('Geen termen hier.\n') as HastNode as unknown as TreeNode;
    expect(planTermLinks(untouched, matcher, { link: true, termIdForHref }).replacements).toEqual(
      [],
    );
  });
});
