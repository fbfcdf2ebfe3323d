/**
 * Raw HTML in content bodies. Whatever an editor writes in a Markdown or MDX body lands as-is
 * in the page and in `rss.xml`, and feed readers apply no CSP: a `<meta http-equiv="refresh">`
 * would redirect every reader, an `onerror=` or `javascript:` link would run in a feed reader.
 * So every body under `content/` (articles, glossary, scenarios and any later collection,
 * found by extension) may use only a short allowlist of harmless inline elements, with only
 * `title` and `lang`; links and images must not use `javascript:`, `data:` or `vbscript:`.
 *
 * Reads the Sätteri trees the renderer itself builds: `html` nodes in Markdown (each parsed
 * as an HTML fragment by Sätteri's HTML parser, so `<SCRIPT >` or a tag split over lines is
 * seen as the browser sees it), JSX elements, expressions and ESM in MDX. Text inside code
 * is never HTML. The site's own MDX components (capitalised names) stay allowed.
 */
import { htmlToHast, markdownToMdast } from 'satteri';
import { filesIn, type ContentChecker } from './check.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { isJsxElement, lineOf, parseBody, parseMdx, walk, type MdNode } from './mdx.ts';
import type { Problem } from './problems.ts';

/**
 * The elements editors may write, and the attributes they may carry. `span lang` marks a
 * passage in another language (WCAG 3.1.2), `abbr title` spells out an abbreviation, `code`
 * is what backticks produce (written out when the code holds entities such as `&lt;`).
 * Documented for editors in docs/redactie.md.
 */
export const ALLOWED_ELEMENTS: readonly string[] = ['abbr', 'br', 'code', 'span', 'sub', 'sup'];
export const ALLOWED_ATTRIBUTES: readonly string[] = ['lang', 'title'];

/** A language tag as `lang` expects it (`en`, `fr`, `en-GB`). */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

const ALLOWED_LIST = ALLOWED_ELEMENTS.map((name) => `<${name}>`).join(', ');
const PLAIN_FIX = `schrijf gewone Markdown: [tekst](https://…) voor een link, **tekst** voor vet; alleen ${ALLOWED_LIST} mogen, met alleen title of lang (zie docs/redactie.md)`;

/** Why some elements are worse than "not allowed": the editor should know what they do. */
const WHY: Record<string, string> = {
  meta: 'een <meta> kan lezers doorsturen naar een andere site, en de CSP houdt dat niet tegen',
  script: 'een <script> voert code uit bij de lezer, ook in feedlezers',
  iframe: 'een <iframe> laat een andere site in de pagina zien',
  frame: 'een <frame> laat een andere site in de pagina zien',
  object: 'een <object> laat een andere site of een bestand in de pagina zien',
  embed: 'een <embed> laat een bestand in de pagina zien',
  form: 'een <form> stuurt wat de lezer invult naar een ander adres',
  style: 'een <style> verandert de opmaak van de hele pagina',
  link: 'een <link> laadt een ander bestand in de pagina',
  base: 'een <base> verandert waar alle links heen gaan',
};

/** `javascript:`, `data:` and `vbscript:` run code or hide content; browsers ignore spaces, tabs and newlines in a scheme. */
export function dangerousScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- browsers ignore control characters in a scheme, so they are stripped on purpose.
  const scheme = /^([a-z]+):/i.exec(url.replace(/[\x00-\x20\x7f]+/g, ''))?.[1]?.toLowerCase();
  return scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript' ? scheme : undefined;
}

/** hast property names back to the attribute an editor wrote (`httpEquiv` → `http-equiv`, `onClick` → `onclick`). */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^on[A-Z]/.test(property)) return property.toLowerCase();
  return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

interface Attribute {
  name: string;
  /** The text of the value; `undefined` for a bare attribute or a `{…}` expression. */
  value: string | undefined;
  expression: boolean;
}

/** Problems with one element: its name, then each attribute. */
function elementProblems(
  name: string,
  attributes: readonly Attribute[],
  component: boolean,
  at: Omit<Problem, 'message'>,
): Problem[] {
  if (!component && !ALLOWED_ELEMENTS.includes(name)) {
    const why = WHY[name];
    return [
      {
        ...at,
        message: `HTML-element <${name}> is niet toegestaan in de tekst${why ? `: ${why}` : ''}`,
        fix: PLAIN_FIX,
      },
    ];
  }
  const problems: Problem[] = [];
  const tag = `<${name}>`;
  for (const attribute of attributes) {
    const lower = attribute.name.toLowerCase();
    const scheme = attribute.value === undefined ? undefined : dangerousScheme(attribute.value);
    if (/^on/.test(lower)) {
      problems.push({
        ...at,
        message: `het attribuut ${attribute.name} op ${tag} voert een script uit bij de lezer`,
        fix: 'haal het attribuut weg',
      });
    } else if (scheme) {
      problems.push({
        ...at,
        message: `${attribute.name}="${scheme}:…" op ${tag}: een ${scheme}:-adres voert code uit of verbergt inhoud`,
        fix: 'gebruik een https://-adres of een adres op deze site (/…/)',
      });
    } else if (attribute.expression) {
      problems.push({
        ...at,
        message: `de waarde van ${attribute.name} op ${tag} is een expressie {…}, die de controle niet kan lezen`,
        fix: `schrijf de waarde tussen aanhalingstekens: ${attribute.name}="…"`,
      });
    } else if (!component && !ALLOWED_ATTRIBUTES.includes(lower)) {
      problems.push({
        ...at,
        message: `het attribuut ${attribute.name} op ${tag} is niet toegestaan`,
        fix: `haal het weg; op ${ALLOWED_LIST} mogen alleen title en lang`,
      });
    } else if (!component && lower === 'lang' && !LANGUAGE_TAG.test(attribute.value ?? '')) {
      problems.push({
        ...at,
        message: `lang="${attribute.value ?? ''}" op ${tag} is geen taalcode`,
        fix: 'schrijf een taalcode zoals lang="en", lang="fr" of lang="de"',
      });
    }
  }
  return problems;
}

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** One `html` node of a Markdown body, parsed as the browser would parse it. */
function htmlProblems(html: string, at: Omit<Problem, 'message'>): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: HastNode) => {
    if (node.type === 'comment') {
      problems.push({
        ...at,
        message: 'een HTML-toelichting (<!-- … -->) komt ongezien in de pagina en de feed',
        fix: 'haal de toelichting weg; schrijf een opmerking voor collega’s in de beschrijving van de wijziging',
      });
    }
    if (node.type === 'element' && node.tagName) {
      const attributes = Object.entries(node.properties ?? {}).map(
        ([property, value]): Attribute => ({
          name: attributeName(property),
          value:
            value === true || value === undefined || value === null
              ? undefined
              : Array.isArray(value)
                ? value.join(' ')
                : String(value),
          expression: false,
        }),
      );
      problems.push(...elementProblems(node.tagName, attributes, false, at));
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(htmlToHast(html, { fragment: true }) as unknown as HastNode);
  return problems;
}

/** An MDX expression that is only a comment, `{/* … *\/}`: it never reaches the page. */
function isComment(expression: string): boolean {
  const text = expression.trim();
  return text.startsWith('/*') && text.indexOf('*/') === text.length - 2;
}

/**
 * Every raw-HTML problem in one body tree. In articles, `javascript:` links and raw `<img>`
 * are already reported by the link and image rules (`links.ts`, `images.ts`), with their own
 * fixes: they are not reported twice.
 */
export function rawHtmlProblems(tree: MdNode, file: string, { article = false } = {}): Problem[] {
  const problems: Problem[] = [];
  walk(tree, (node) => {
    const at = { severity: 'error' as const, file, line: lineOf(node) };
    if (node.type === 'code' || node.type === 'inlineCode') return false;
    if (node.type === 'html' && node.value) problems.push(...htmlProblems(node.value, at));
    if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      node.url !== undefined
    ) {
      const scheme = dangerousScheme(node.url);
      if (scheme && !(article && scheme === 'javascript' && node.type !== 'image')) {
        problems.push({
          ...at,
          message: `${node.type === 'image' ? 'afbeelding' : 'link'} naar ${scheme}:…: een ${scheme}:-adres voert code uit of verbergt inhoud`,
          fix: 'gebruik een https://-adres of een adres op deze site (/…/)',
        });
      }
    }
    if (isJsxElement(node) && node.name) {
      if (article && node.name === 'img') return;
      const component = /^[A-Z]/.test(node.name) || node.name.includes('.');
      const attributes = (node.attributes ?? []).map((attribute): Attribute => {
        if (attribute.type !== 'mdxJsxAttribute')
          return { name: '{…}', value: undefined, expression: true };
        const value = attribute.value;
        return {
          name: attribute.name ?? '',
          value: typeof value === 'string' ? value : undefined,
          expression: value !== null && value !== undefined && typeof value !== 'string',
        };
      });
      problems.push(...elementProblems(node.name, attributes, component, at));
    }
    if (
      (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') &&
      !isComment(node.value ?? '')
    ) {
      problems.push({
        ...at,
        message: `de expressie {${(node.value ?? '').slice(0, 40)}} kan HTML of code in de pagina zetten`,
        fix: 'schrijf de tekst zelf; schrijf \\{ voor het teken {, en {/* … */} voor een toelichting die niet op de pagina komt',
      });
    }
    if (node.type === 'mdxjsEsm') {
      problems.push({
        ...at,
        message: 'import en export horen niet in de tekst: ze laden code in de pagina',
        fix: 'haal de regel weg; de onderdelen die een artikel mag gebruiken zijn er al zonder import',
      });
    }
    return undefined;
  });
  return problems;
}

const BODY_FILE = /\.mdx?$/;

/** Every `.md` and `.mdx` file under `content/`; registered after the article checkers, whose parsed trees it reuses. */
export const rawHtmlChecker: ContentChecker = {
  name: 'raw-html',
  parse(context) {
    const articles = new Map(context.articles.map((record) => [record.file, record]));
    return filesIn(context.files, 'content/').flatMap(([path, source]) => {
      if (!BODY_FILE.test(path)) return [];
      const record = articles.get(path);
      if (record) {
        const { tree } = parseBody(record);
        // A body that does not parse is reported by the article-bodies checker.
        return tree ? rawHtmlProblems(tree, path, { article: true }) : [];
      }
      const { body, bodyLine } = parseFrontmatter(source);
      if (path.endsWith('.mdx')) {
        const { tree, error } = parseMdx(body, bodyLine);
        if (error)
          return [
            {
              severity: 'error',
              file: path,
              line: error.line,
              message: `de tekst is geen geldige MDX: ${error.message}`,
              fix: 'controleer tags (<…>) en accolades ({…}) op deze regel',
            },
          ];
        return tree ? rawHtmlProblems(tree, path) : [];
      }
      const tree = markdownToMdast(body, { features: { gfm: true } }) as unknown as MdNode;
      walk(tree, (node) => {
        if (node.position) node.position.start.line += bodyLine - 1;
      });
      return rawHtmlProblems(tree, path);
    });
  },
};
