/**
 * Raw HTML in content bodies (src/lib/content/raw-html.ts): each smuggling route from the audit
 * as a fixture in an article (MDX), a glossary body and a scenario body (Markdown), plus the
 * short allowlist editors may use and the real content, which must pass.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/checkers.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { dangerousScheme } from '../../src/lib/content/raw-html.ts';
import { runContentChecks } from '../../src/integrations/content-checks.ts';
import {
  article,
  glossaryFile,
  scenario,
  sources,
  type SourceFile,
} from '../helpers/content-sources.ts';

/** glossaryFile: `---`, three fields, `---`, an empty line: the body's text starts on line 7. */
const GLOSSARY_BODY = 7;
/** article(): the body's first line (an empty one) is line 11; text written after '\n' is on 12. */
const ARTICLE_BODY = 12;

/** The raw-HTML errors only (other rules are tested elsewhere), formatted as editors see them. */
function htmlErrors(file: SourceFile): string[] {
  return checkContent(sources([file]))
    .problems.filter(
      (p) =>
        p.file === file.path &&
        p.severity === 'error' &&
        !/geen bekend begrip|bestandsnaam/.test(p.message),
    )
    .map(formatProblem);
}

const glossary = (body: string) => glossaryFile('pbx', { term: 'PBX' }, body);
const mdx = (body: string) => article('x', {}, `\n${body}\n`);
const scenarioBody = (body: string) => scenario('cloudtelefonie', {}, `\n${body}\n`);

const META = '<meta http-equiv="refresh" content="1;url=https://example.org/phish">';

describe('meta refresh, the redirect a CSP cannot stop', () => {
  it('is an error with file, line and fix in a glossary body', () => {
    expect(htmlErrors(glossary(`Uitleg.\n\n${META}\n`))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/glossary/pbx\\.md:${GLOSSARY_BODY + 2}: HTML-element <meta> is niet toegestaan in de tekst: een <meta> kan lezers doorsturen .* — oplossing: schrijf gewone Markdown`,
        ),
      ),
    ]);
  });

  it('is an error with file, line and fix in an article', () => {
    expect(htmlErrors(mdx(`Tekst.\n\n${META.replace('>', ' />')}`))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/articles/x\\.mdx:${ARTICLE_BODY + 2}: HTML-element <meta> is niet toegestaan in de tekst: een <meta> kan lezers doorsturen .* — oplossing: `,
        ),
      ),
    ]);
  });

  it('is an error inline, in the middle of a sentence, and in a scenario body', () => {
    expect(htmlErrors(glossary(`Een zin met ${META} erin.\n`))).toHaveLength(1);
    expect(htmlErrors(scenarioBody(`Een zin met ${META} erin.`))).toEqual([
      expect.stringMatching(/^content\/scenarios\/cloudtelefonie\.md:\d+: HTML-element <meta>/),
    ]);
  });
});

describe('elements', () => {
  it.each([
    '<script>alert(1)</script>',
    '<SCRIPT >alert(1)</SCRIPT>',
    '<iframe src="https://example.org/"></iframe>',
    '<style>body{display:none}</style>',
    '<form action="https://example.org/"><input name="x"></form>',
    '<img src="x.png" alt="x">',
    '<object data="x.swf"></object>',
    '<base href="https://example.org/">',
    '<a href="https://example.org/">link</a>',
    '<div>blok</div>',
  ])('refuses %s in a glossary body', (html) => {
    const errors = htmlErrors(glossary(`Uitleg.\n\n${html}\n`));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(
      /HTML-element <[a-z]+> is niet toegestaan in de tekst.* — oplossing: /,
    );
  });

  it.each([
    '<script>{"alert(1)"}</script>',
    '<iframe src="https://example.org/" />',
    '<style>{"body{display:none}"}</style>',
    '<form action="https://example.org/"><input name="x" /></form>',
    '<div>blok</div>',
  ])('refuses %s in an article', (html) => {
    const errors = htmlErrors(mdx(html));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(
      new RegExp(
        `^content/articles/x\\.mdx:${ARTICLE_BODY}: HTML-element <[a-z]+> is niet toegestaan.* — oplossing: `,
      ),
    );
  });

  it('refuses an HTML comment in Markdown: it reaches the page and the feed unseen', () => {
    expect(htmlErrors(glossary('Uitleg <!-- geheim --> hier.\n'))).toEqual([
      expect.stringMatching(/HTML-toelichting .* — oplossing: haal de toelichting weg/),
    ]);
  });

  it('refuses expressions and import/export in MDX, but allows {/* comments */}', () => {
    expect(
      htmlErrors(mdx('Tekst {"<b>x</b>"} en {<meta httpEquiv="refresh" content="0" />}.')),
    ).toHaveLength(2);
    expect(htmlErrors(mdx('import X from "../../src/components/X.astro"\n\nTekst.'))).toEqual([
      expect.stringMatching(/import en export horen niet in de tekst/),
    ]);
    expect(htmlErrors(mdx('Tekst {/* een toelichting */} hier.'))).toEqual([]);
  });
});

describe('attributes and URLs', () => {
  it('refuses on*= attributes, also on allowed elements', () => {
    expect(
      htmlErrors(
        glossary('<span onmouseover="alert(1)">x</span> en <img src=x onerror=alert(1)>\n'),
      ),
    ).toEqual([
      expect.stringMatching(
        /het attribuut onmouseover op <span> voert een script uit .* — oplossing: haal het attribuut weg/,
      ),
      expect.stringMatching(/HTML-element <img> is niet toegestaan/),
    ]);
    expect(htmlErrors(mdx('<span lang="en" onClick="alert(1)">x</span>'))).toEqual([
      expect.stringMatching(/het attribuut onClick op <span> voert een script uit/),
    ]);
  });

  it('refuses attributes other than title and lang, and a lang that is no language', () => {
    expect(htmlErrors(glossary('<abbr title="x" class="y" style="color:red">X</abbr>\n'))).toEqual([
      expect.stringMatching(/het attribuut class op <abbr> is niet toegestaan/),
      expect.stringMatching(/het attribuut style op <abbr> is niet toegestaan/),
    ]);
    expect(htmlErrors(mdx('<span lang="Engels">x</span>'))).toEqual([
      expect.stringMatching(/lang="Engels" op <span> is geen taalcode/),
    ]);
    expect(htmlErrors(mdx('<span lang={x}>x</span>'))).toEqual([
      expect.stringMatching(/de waarde van lang op <span> is een expressie/),
    ]);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
  ])('refuses a [link](%s) in a glossary body', (url) => {
    expect(htmlErrors(glossary(`Zie [hier](${url}).\n`))).toEqual([
      expect.stringMatching(
        /link naar [a-z]+:…: een [a-z]+:-adres voert code uit .* — oplossing: gebruik een https:\/\/-adres/,
      ),
    ]);
  });

  it('refuses an autolink <javascript:…> and a reference definition', () => {
    expect(htmlErrors(glossary('Zie <javascript:alert(1)>.\n'))).toEqual([
      expect.stringMatching(/link naar javascript:…/),
    ]);
    expect(htmlErrors(glossary('Zie [hier][x].\n\n[x]: vbscript:msgbox(1)\n'))).toEqual([
      expect.stringMatching(/link naar vbscript:…/),
    ]);
  });

  it('refuses data: and vbscript: links in articles (links.ts reports javascript: there), and a data: image', () => {
    expect(htmlErrors(mdx('[x](data:text/html,hallo) en [y](vbscript:msgbox)'))).toEqual([
      expect.stringMatching(/link naar data:…/),
      expect.stringMatching(/link naar vbscript:…/),
    ]);
    expect(htmlErrors(mdx('[x](javascript:alert(1))'))).toEqual([
      expect.stringMatching(
        /link naar javascript:alert\(1\): scripts in links zijn niet toegestaan/,
      ),
    ]);
    expect(htmlErrors(glossary('![plaatje](data:image/svg+xml,abc)\n'))).toEqual([
      expect.stringMatching(/afbeelding naar data:…/),
    ]);
  });

  it('finds a scheme the way a browser reads it', () => {
    expect(dangerousScheme(' jav\nascript:x')).toBe('javascript');
    expect(dangerousScheme('https://example.org/javascript:x')).toBeUndefined();
    expect(dangerousScheme('/artikelen/data:x/')).toBeUndefined();
  });
});

describe('what editors may write', () => {
  it('allows <abbr>, <br>, <code>, <span>, <sub> and <sup> with title and lang, in Markdown and MDX', () => {
    const text =
      'De <abbr title="Baseline Informatiebeveiliging Overheid">BIO</abbr> en <span lang="en">cloud</span>, CO<sub>2</sub>, 10<sup>3</sup>, <code>&lt;tags&gt;</code>.<br>Nieuwe regel.';
    expect(htmlErrors(glossary(`${text}\n`))).toEqual([]);
    expect(htmlErrors(mdx(text.replace('<br>', '<br />')))).toEqual([]);
  });

  it('leaves HTML inside code alone', () => {
    expect(
      htmlErrors(
        glossary(
          'Schrijf `<meta http-equiv="refresh">` nooit.\n\n```html\n<script>alert(1)</script>\n```\n',
        ),
      ),
    ).toEqual([]);
    expect(
      htmlErrors(mdx('Schrijf `<iframe>` nooit.\n\n```html\n<iframe src="x"></iframe>\n```')),
    ).toEqual([]);
  });

  it('the real content passes', async () => {
    const problems = (await runContentChecks(process.cwd())).problems.filter((p) =>
      /HTML|expressie|import en export|-adres voert code uit|HTML-toelichting/.test(p.message),
    );
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
