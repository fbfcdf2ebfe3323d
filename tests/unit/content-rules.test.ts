/**
 * The rules on article bodies (links, anchors, images, headings, MDX syntax, scaffold
 * leftovers, readability) and the generic reference mechanism. Each case asserts the whole
 * line an editor sees: file, line, construct and fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { addRoute, runCheckers, type ContentChecker } from '../../src/lib/content/check.ts';
import { checkContent, checkers } from '../../src/lib/content/checkers.ts';
import { anchorsOf, parseMdx } from '../../src/lib/content/mdx.ts';
import { formatProblem, formatReport, githubAnnotation } from '../../src/lib/content/problems.ts';
import {
  referenceFields,
  referenceId,
  unknownReference,
} from '../../src/lib/content/references.ts';
import { article, scenario, sources, type SourceFile } from '../helpers/content-sources.ts';

/** Frontmatter of `article()` ends on line 10 (after reviewedDate), the blank line after it is 11: body line n is file line 11 + n. */
const BODY = 11;

function lines(
  files: SourceFile[],
  over: Record<string, string | undefined> = {},
  now?: Date,
): string[] {
  return checkContent(sources(files, over), now).problems.map(formatProblem);
}

/** A second valid article to link to, not in the series. */
function target(
  slug: string,
  body: string,
  fields: Record<string, string | undefined> = {},
): SourceFile {
  return article(slug, { series: undefined, seriesPart: undefined, ...fields }, body);
}

describe('internal links', () => {
  const other = target('ander-artikel', '\n## Kosten en baten\n\nTekst.\n\n## Bronnen\n\nTekst.\n');

  it('accepts links to pages that exist, with and without anchors, and external links', () => {
    const body = [
      '',
      'Zie [het andere artikel](/artikelen/ander-artikel/), de [kosten](/artikelen/ander-artikel/#kosten-en-baten),',
      '[dit stuk](#inleiding), [de reeks](/reeks/gt-connect/), [alle artikelen](/artikelen/) en de [feed](/rss.xml).',
      'Ook [de VNG](https://www.vng.nl/), [mail](mailto:redactie@example.nl) en [dit adres](https://gt-connect.example/over/).',
      '',
      '## Inleiding',
      '',
      'Tekst.',
    ].join('\n');
    expect(lines([article('x', {}, body), other])).toEqual([]);
  });

  it('a link to an article that does not exist, with a suggestion for the typo', () => {
    expect(lines([article('x', {}, '\nLees [dit](/artikelen/ander-artikell/).\n'), other])).toEqual(
      [
        `content/articles/x.mdx:${BODY + 1}: link naar /artikelen/ander-artikell/: er is geen artikel met dat adres — oplossing: bedoelt u /artikelen/ander-artikel/?`,
      ],
    );
  });

  it('a link to a page that does not exist at all', () => {
    expect(lines([article('x', {}, '\nTekst.\n\nZie [over ons](/contact/).\n')])).toEqual([
      `content/articles/x.mdx:${BODY + 3}: link naar /contact/: die pagina bestaat niet — oplossing: controleer het adres; interne adressen beginnen met / en eindigen met /`,
    ]);
  });

  it('a link without the trailing slash', () => {
    expect(
      lines([article('x', {}, '\n[Kosten](/artikelen/ander-artikel#kosten-en-baten)\n'), other]),
    ).toEqual([
      `content/articles/x.mdx:${BODY + 1}: link naar /artikelen/ander-artikel#kosten-en-baten: het adres mist de / aan het eind — oplossing: schrijf /artikelen/ander-artikel/#kosten-en-baten`,
    ]);
  });

  it('a link to a heading that the other article does not have', () => {
    expect(
      lines([article('x', {}, '\nZie [de kosten](/artikelen/ander-artikel/#kosten).\n'), other]),
    ).toEqual([
      `content/articles/x.mdx:${BODY + 1}: link naar /artikelen/ander-artikel/#kosten: /artikelen/ander-artikel/ heeft geen kop met het anker #kosten — oplossing: bestaande ankers: #kosten-en-baten, #bronnen`,
    ]);
  });

  it('a link to a heading in the same article, with a suggestion', () => {
    expect(
      lines([article('x', {}, '\nZie [de bronnen](#bronen).\n\n## Bronnen\n\nTekst.\n')]),
    ).toEqual([
      `content/articles/x.mdx:${BODY + 1}: link naar #bronen: dit artikel heeft geen kop met het anker #bronen — oplossing: bedoelt u #bronnen? Het anker is de tekst van de kop in kleine letters, met - voor spaties`,
    ]);
  });

  it('counts repeated headings the way the page numbers them', () => {
    const body =
      '\n## Bronnen\n\nA.\n\n## Bronnen\n\nB.\n\nNaar [de tweede](#bronnen-1) en [de derde](#bronnen-2).\n';
    expect(lines([article('x', {}, body)])).toEqual([
      expect.stringContaining(
        'link naar #bronnen-2: dit artikel heeft geen kop met het anker #bronnen-2',
      ),
    ]);
  });

  it('a link to an .mdx file instead of its web address', () => {
    expect(lines([article('x', {}, '\nZie [deel 2](./ander-artikel.mdx).\n'), other])).toEqual([
      `content/articles/x.mdx:${BODY + 1}: link naar ./ander-artikel.mdx: dat is een bestand, geen webadres — oplossing: schrijf het webadres van het artikel: /artikelen/ander-artikel/`,
    ]);
  });

  it('a link on the production domain to a page that does not exist', () => {
    expect(lines([article('x', {}, '\n[Oud](https://gt-connect.example/blog/oud/)\n')])[0]).toMatch(
      /^content\/articles\/x\.mdx:12: link naar https:\/\/gt-connect\.example\/blog\/oud\/: die pagina bestaat niet/,
    );
  });

  it('reference-style links: a definition to a missing page, and a reference without a definition', () => {
    const body =
      '\nZie [de uitspraak][vonnis] en [het rapport][rapport].\n\n[vonnis]: /artikelen/vonnis/\n';
    expect(lines([article('x', {}, body)])).toEqual([
      `content/articles/x.mdx:${BODY + 3}: verwijzing [vonnis] naar /artikelen/vonnis/: er is geen artikel met dat adres — oplossing: een artikel staat op /artikelen/<bestandsnaam zonder .mdx>/; controleer de naam`,
      `content/articles/x.mdx:${BODY + 1}: verwijzing [rapport] heeft geen adres — oplossing: zet ergens in het artikel een regel [rapport]: https://… of [rapport]: /artikelen/…/`,
    ]);
  });

  it('a link with a space between ] and ( that Markdown prints as text', () => {
    expect(lines([article('x', {}, '\nTekst.\nZie [de reeks] (/reeks/gt-connect/).\n')])).toEqual([
      `content/articles/x.mdx:${BODY + 2}: [de reeks] (/reeks/gt-connect/) wordt geen link: er staat een spatie tussen ] en ( — oplossing: schrijf [de reeks](/reeks/gt-connect/)`,
    ]);
  });

  it('a JSX <a href> to a missing page', () => {
    // The raw <a> itself is refused too (raw-html.ts); the link is still checked.
    expect(lines([article('x', {}, '\n<a href="/artikelen/weg/">weg</a>\n')])).toEqual([
      expect.stringMatching(
        /^content\/articles\/x\.mdx:12: HTML-element <a> is niet toegestaan in de tekst/,
      ),
      expect.stringMatching(
        /^content\/articles\/x\.mdx:12: <a href> naar \/artikelen\/weg\/: er is geen artikel met dat adres/,
      ),
    ]);
  });

  it('ignores links inside code blocks and inline code', () => {
    const body =
      '\nSchrijf `[tekst](/artikelen/naam/)` voor een link:\n\n```md\n[tekst](/artikelen/bestaat-niet/)\n```\n';
    expect(lines([article('x', {}, body)])).toEqual([]);
  });

  it('warns about an insecure http link', () => {
    expect(lines([article('x', {}, '\n[Oude site](http://www.gtconnect.nl/)\n')])).toEqual([
      `content/articles/x.mdx:${BODY + 1}: link naar http://www.gtconnect.nl/: onbeveiligde http-link — oplossing: gebruik https://www.gtconnect.nl/ als die site dat ondersteunt`,
    ]);
  });

  it('a published article may not link to a draft or a scheduled article', () => {
    // A fixed "now", so every reviewedDate is fixed too: checked before now, a scheduled one on its pubDate.
    const draft = target('concept', '\nTekst.\n', { draft: 'true', reviewedDate: undefined });
    const later = target('later', '\nTekst.\n', {
      pubDate: '2030-01-01',
      reviewedDate: '2030-01-01',
    });
    const body = '\nZie [het concept](/artikelen/concept/) en [later](/artikelen/later/).\n';
    const now = new Date('2025-01-01T12:00:00Z');
    const reviewed = Object.fromEntries(
      [
        scenario('cloudtelefonie', { reviewedDate: '2024-12-01' }),
        scenario('eigen-telefooncentrale', { order: '2', reviewedDate: '2024-12-01' }),
      ].map((f) => [f.path, f.source]),
    );
    expect(
      lines([article('x', { reviewedDate: '2024-12-01' }, body), draft, later], reviewed, now),
    ).toEqual([
      `content/articles/x.mdx:${BODY + 1}: link naar /artikelen/concept/: dat artikel staat nog niet online (concept in content/articles/concept.mdx) — oplossing: publiceer dat artikel eerst, of haal de link weg tot het verschenen is`,
      `content/articles/x.mdx:${BODY + 1}: link naar /artikelen/later/: dat artikel staat nog niet online (gepland op 2030-01-01) — oplossing: publiceer dat artikel eerst, of haal de link weg tot het verschenen is`,
    ]);
    // A draft may link to another draft: neither is online.
    expect(
      lines(
        [article('x', { draft: 'true', reviewedDate: undefined }, body), draft, later],
        reviewed,
        now,
      ),
    ).toEqual([]);
  });

  it('in a draft, reports a link to a page that does not exist (yet) as a warning', () => {
    // The draft: true line moves the body down one line.
    const { problems } = checkContent(
      sources([
        article('x', { draft: 'true' }, '\nZie [het vervolg](/artikelen/nog-te-schrijven/).\n'),
      ]),
    );
    expect(problems.map((p) => [p.severity, formatProblem(p)])).toEqual([
      [
        'warning',
        `content/articles/x.mdx:${BODY + 2}: link naar /artikelen/nog-te-schrijven/: er is geen artikel met dat adres — oplossing: een artikel staat op /artikelen/<bestandsnaam zonder .mdx>/; controleer de naam; dit is een concept, dus nog een waarschuwing: bij draft: false wordt het een fout`,
      ],
    ]);
  });

  it('keeps a javascript: link an error, also in a draft', () => {
    const { problems } = checkContent(
      sources([article('x', { draft: 'true' }, '\n[Klik](javascript:alert(1))\n')]),
    );
    expect(problems.map((p) => [p.severity, p.message])).toEqual([
      ['error', 'link naar javascript:alert(1): scripts in links zijn niet toegestaan'],
    ]);
  });

  it('checks links to pages other collections register, with their anchors, and names what is missing', () => {
    const glossary: ContentChecker = {
      name: 'test-glossary',
      parse(context) {
        context.ids.set('glossary', new Set(['sip-trunk']));
        addRoute(context, '/kennisbank/begrippen/sip-trunk/', ['definitie']);
        addRoute(context, '/kennisbank/tijdlijn/');
        return [];
      },
    };
    const body = [
      '',
      'Een [SIP-trunk](/kennisbank/begrippen/sip-trunk/#definitie) en de [tijdlijn](/kennisbank/tijdlijn/#jaar-2019).',
      'Maar niet [dit](/kennisbank/begrippen/sip-trunck/) of [dat](/kennisbank/begrippen/sip-trunk/#uitleg).',
    ].join('\n');
    const { problems } = runCheckers(sources([article('x', {}, body)]), [...checkers, glossary]);
    expect(problems.map(formatProblem)).toEqual([
      `content/articles/x.mdx:${BODY + 2}: link naar /kennisbank/begrippen/sip-trunck/: er is geen begrip met dat adres — oplossing: bedoelt u /kennisbank/begrippen/sip-trunk/?`,
      `content/articles/x.mdx:${BODY + 2}: link naar /kennisbank/begrippen/sip-trunk/#uitleg: /kennisbank/begrippen/sip-trunk/ heeft geen kop met het anker #uitleg — oplossing: bestaande ankers: #definitie`,
    ]);
  });

  it('registers each article page with its heading ids for other content to link to', () => {
    const { context } = checkContent(sources([other]));
    expect([...(context.routes.get('/artikelen/ander-artikel/') ?? [])]).toEqual([
      'inhoud',
      'kosten-en-baten',
      'bronnen',
    ]);
  });
});

describe('heading ids', () => {
  it('are github-slugger ids of the heading text as Astro renders it', () => {
    const { tree } = parseMdx(
      [
        '## Wat kost het? (2021)',
        "## Teams & GT Connect: scenario's",
        '## Kop met *nadruk* en `code`',
        '## Überhaupt -- verstandig...',
        '## Bronnen',
        '## Bronnen',
        '<h2 id="eigen-id">JSX</h2>',
      ].join('\n\n'),
    );
    expect(anchorsOf(tree!)).toEqual([
      'wat-kost-het-2021',
      'teams--gt-connect-scenarios',
      'kop-met-nadruk-en-code',
      'überhaupt--verstandig',
      'bronnen',
      'bronnen-1',
      'eigen-id',
    ]);
  });
});

describe('images', () => {
  const image = { 'content/articles/afbeeldingen/kaart.png': '' };

  it('accepts a local image with alt text next to the article', () => {
    expect(
      lines(
        [article('x', {}, '\n![Kaart van de deelnemende gemeenten](./afbeeldingen/kaart.png)\n')],
        image,
      ),
    ).toEqual([]);
  });

  it('an image without alt text', () => {
    expect(lines([article('x', {}, '\nTekst.\n\n![](./afbeeldingen/kaart.png)\n')], image)).toEqual(
      [
        `content/articles/x.mdx:${BODY + 3}: afbeelding ./afbeeldingen/kaart.png heeft geen alt-tekst — oplossing: beschrijf tussen de vierkante haken wat de afbeelding laat zien, bijvoorbeeld ![Tijdlijn van GT Connect, van de eerste verkenning tot het einde van het contract](./afbeeldingen/kaart.png)`,
      ],
    );
  });

  it('an image file that does not exist, with the likely file', () => {
    expect(lines([article('x', {}, '\n![Kaart](./afbeeldingen/Kaart.png)\n')], image)).toEqual([
      `content/articles/x.mdx:${BODY + 1}: afbeelding ./afbeeldingen/Kaart.png bestaat niet (gezocht: content/articles/afbeeldingen/Kaart.png) — oplossing: bedoelt u ./afbeeldingen/kaart.png? Hoofdletters tellen mee`,
    ]);
  });

  it('an image from another website', () => {
    expect(lines([article('x', {}, '\n![Logo](https://example.com/logo.png)\n')])[0]).toBe(
      `content/articles/x.mdx:${BODY + 1}: afbeelding https://example.com/logo.png staat op een andere website; de site laadt niets van andere websites — oplossing: download de afbeelding (als dat mag), zet het bestand in content/articles/afbeeldingen/ en schrijf ![beschrijving](./afbeeldingen/naam.jpg)`,
    );
  });

  it('an unsupported file type', () => {
    expect(
      lines([article('x', {}, '\n![Kaart](./afbeeldingen/kaart.heic)\n')], {
        'content/articles/afbeeldingen/kaart.heic': '',
      }),
    ).toEqual([
      `content/articles/x.mdx:${BODY + 1}: afbeelding ./afbeeldingen/kaart.heic: dit bestandstype kan de site niet tonen — oplossing: sla de afbeelding op als .jpg (foto), .png (schermafbeelding), .webp, .avif, .gif of .svg`,
    ]);
  });

  it('a raw <img> tag, and alt text that says nothing', () => {
    const body =
      '\n<img src="./afbeeldingen/kaart.png" alt="Kaart" />\n\n![afbeelding 1](./afbeeldingen/kaart.png)\n';
    expect(lines([article('x', {}, body)], image)).toEqual([
      `content/articles/x.mdx:${BODY + 1}: <img src="./afbeeldingen/kaart.png"> wordt niet geoptimaliseerd en niet gecontroleerd — oplossing: schrijf de afbeelding in Markdown: ![beschrijving](./afbeeldingen/naam.jpg)`,
      `content/articles/x.mdx:${BODY + 3}: afbeelding ./afbeeldingen/kaart.png heeft de alt-tekst "afbeelding 1", die niets zegt over wat erop staat — oplossing: beschrijf in een zin wat de lezer op de afbeelding ziet en waarom het ertoe doet`,
    ]);
  });
});

describe('headings', () => {
  it('accepts headings that go down one level at a time and back up any number', () => {
    expect(lines([article('x', {}, '\n## A\n\n### B\n\n#### C\n\n## D\n\nTekst.\n')])).toEqual([]);
  });

  it('a heading with one # (the page already has the title as h1)', () => {
    expect(lines([article('x', {}, '\n# Inleiding\n\nTekst.\n')])).toEqual([
      `content/articles/x.mdx:${BODY + 1}: kop "# Inleiding" is een kop 1, maar de titel van het artikel is al de kop 1 van de pagina — oplossing: maak er ## Inleiding van`,
    ]);
  });

  it('a heading that skips a level', () => {
    expect(
      lines([article('x', {}, '\n## Kosten\n\nTekst.\n\n#### Licenties\n\nTekst.\n')]),
    ).toEqual([
      `content/articles/x.mdx:${BODY + 5}: kop "#### Licenties" volgt op een kop 2: er wordt een niveau overgeslagen — oplossing: maak er ### Licenties van, of zet er eerst een kop 3 boven`,
    ]);
  });

  it('a first heading below h2, and a skipping JSX heading', () => {
    expect(lines([article('x', {}, '\n### Eerst\n\n<h5>Diep</h5>\n')])).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/articles/x\\.mdx:${BODY + 3}: HTML-element <h5> is niet toegestaan in de tekst`,
        ),
      ),
      `content/articles/x.mdx:${BODY + 1}: kop "### Eerst" volgt op de titel (kop 1): er wordt een niveau overgeslagen — oplossing: maak er ## Eerst van, of zet er eerst een kop 2 boven`,
      `content/articles/x.mdx:${BODY + 3}: kop "<h5>Diep</h5>" volgt op een kop 3: er wordt een niveau overgeslagen — oplossing: maak er <h4>Diep</h4> van, of zet er eerst een kop 4 boven`,
    ]);
  });

  it('ignores heading-like lines in code blocks', () => {
    expect(lines([article('x', {}, '\n```\n# geen kop\n```\n')])).toEqual([]);
  });
});

describe('MDX syntax', () => {
  it('a < that MDX reads as a tag, with the line and what to write instead', () => {
    expect(lines([article('x', {}, '\nTekst.\n\nIk <3 telefonie.\n')])).toEqual([
      `content/articles/x.mdx:${BODY + 3}: de tekst is geen geldige MDX: een < wordt gelezen als het begin van een tag — oplossing: schrijf \\< of &lt; voor het teken zelf, en [tekst](adres) voor een link`,
    ]);
  });

  it.each([
    ['De kosten {circa 5 euro.', 'een { wordt niet afgesloten met }'],
    ['De kosten {5 +} euro.', 'de tekst tussen { en } is geen geldige expressie'],
    ['<div>\nopen', 'de tag <div> wordt niet afgesloten'],
    ['<a href="/over/">over</b>', '</b> sluit niet de tag die open staat (<a>)'],
    ['Tekst </b> hier.', '</b> sluit een tag die niet geopend is'],
  ])('explains %j in Dutch', (body, problem) => {
    const [line] = lines([article('x', {}, `\n${body}\n`)]);
    expect(line).toMatch(/^content\/articles\/x\.mdx:\d+: de tekst is geen geldige MDX: /);
    expect(line).toContain(`de tekst is geen geldige MDX: ${problem} — oplossing: `);
  });
});

describe('scaffold leftovers', () => {
  it('a published article that still has the placeholder text', () => {
    expect(lines([article('x', {}, '\nVervang deze tekst door de inleiding.\n')])).toEqual([
      `content/articles/x.mdx:${BODY + 1}: bevat nog de voorbeeldtekst "Vervang deze tekst" van npm run new, maar staat op draft: false — oplossing: vervang of verwijder deze regel, of zet draft: true zolang het artikel niet af is`,
    ]);
  });

  it('is fine while the article is a draft', () => {
    expect(
      lines([article('x', { draft: 'true' }, '\nVervang deze tekst door de inleiding.\n')]),
    ).toEqual([]);
  });
});

describe('readability warnings', () => {
  const long =
    'Inmiddels adviseren we onze gemeentelijke klanten om vooral verder vooruit te kijken naar de inrichting van de nieuwe digitale werkplekken en bewuste keuzes te maken bij de inzet van telefonie en digitale kanalen.';

  it('warns about a sentence over 25 words on its line, without failing', () => {
    const { problems } = checkContent(
      sources([article('x', {}, `\nKort begin.\nNog een korte zin. ${long}\n`)]),
    );
    expect(problems.map(formatProblem)).toEqual([
      `content/articles/x.mdx:${BODY + 2}: zin van 33 woorden: "Inmiddels adviseren we onze gemeentelijke klanten om vooral …" — oplossing: splits de zin; zinnen tot 25 woorden lezen makkelijker (B1)`,
    ]);
    expect(formatReport(problems).split('\n').at(-1)).toBe('0 fouten, 1 waarschuwing');
  });

  it('reports the average, the Flesch-Douma score and the long sentences for a hard article', () => {
    const body = `\n${long} ${long}\n\n${long}\n`;
    const summary = lines([article('x', {}, body)]).find((line) => line.includes('leesbaarheid'));
    expect(summary).toBe(
      'content/articles/x.mdx: leesbaarheid: gemiddeld 33 woorden per zin (streef naar hoogstens 15), Flesch-Douma 15,1 (streef naar 60 of hoger), 3 zinnen van meer dan 25 woorden — oplossing: maak lange zinnen korter en kies waar het kan kortere, gewone woorden; mik op taalniveau B1',
    );
  });

  it('says nothing about plain, short sentences, and leaves out the sources list', () => {
    const easy = Array.from({ length: 12 }, () => 'De gemeente kiest een nieuwe telefoon.').join(
      ' ',
    );
    const sourcesList = `\n## Bronnen\n\n- ${long}\n`;
    expect(lines([article('x', {}, `\n${easy}\n${sourcesList}`)])).toEqual([]);
  });
});

describe('references to other collections', () => {
  it('finds every reference field of a schema, also inside lists and optional fields', () => {
    const schema = z.strictObject({
      author: referenceId('authors'),
      terms: z.array(referenceId('glossary')).default([]),
      scenario: referenceId('scenarios').optional(),
      title: z.string(),
    });
    expect([...referenceFields(schema)]).toEqual([
      ['author', 'authors'],
      ['terms', 'glossary'],
      ['scenario', 'scenarios'],
    ]);
  });

  it('names where the ids live and suggests the likely one, for any collection', () => {
    const { context } = checkContent(sources([]));
    context.ids.set('glossary', new Set(['sip-trunk', 'direct-routing']));
    context.ids.set('scenarios', new Set(['cloudtelefonie', 'eigen-telefooncentrale']));
    const at = { file: 'content/articles/x.mdx', line: 9, field: 'terms' };
    expect(formatProblem(unknownReference(context, at, 'glossary', 'direct-routng')!)).toBe(
      'content/articles/x.mdx:9: "terms" "direct-routng" staat niet in content/glossary/ — oplossing: bedoelt u "direct-routing"?',
    );
    expect(
      formatProblem(unknownReference(context, { ...at, field: 'scenario' }, 'scenarios', 'teams')!),
    ).toBe(
      'content/articles/x.mdx:9: "scenario" "teams" staat niet in content/scenarios/ — oplossing: gebruik een id uit content/scenarios/ (cloudtelefonie, eigen-telefooncentrale) of voeg "teams" daar toe',
    );
    expect(unknownReference(context, at, 'glossary', 'sip-trunk')).toBeUndefined();
  });
});

describe('GitHub annotations', () => {
  it('put the problem on the file and line in the pull request, escaped', () => {
    expect(
      githubAnnotation({
        severity: 'error',
        file: 'content/articles/x.mdx',
        line: 4,
        field: 'pubDate',
        message: 'verwacht een datum, 100% zeker',
        fix: 'schrijf\npubDate: 2020-10-01',
      }),
    ).toBe(
      '::error file=content/articles/x.mdx,line=4,title=Inhoud%3A pubDate::"pubDate" verwacht een datum, 100%25 zeker — oplossing: schrijf%0ApubDate: 2020-10-01',
    );
    expect(
      githubAnnotation({
        severity: 'warning',
        file: 'content/articles/a,b.mdx',
        message: 'leesbaarheid',
      }),
    ).toBe('::warning file=content/articles/a%2Cb.mdx,title=Inhoud::leesbaarheid');
  });
});

describe('the parser and slugger are the ones Astro renders with', () => {
  it('has one copy of satteri and github-slugger, at the pinned versions', () => {
    const pinned = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies as Record<
      string,
      string
    >;
    for (const name of ['satteri', 'github-slugger']) {
      expect(
        JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version,
        name,
      ).toBe(pinned[name]);
      // A second copy under Astro's Markdown pipeline would mean the checker parses differently from the page.
      for (const user of ['@astrojs/markdown-satteri', 'astro'])
        expect(existsSync(`node_modules/${user}/node_modules/${name}`), `${user} → ${name}`).toBe(
          false,
        );
    }
  });
});
