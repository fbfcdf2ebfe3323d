/**
 * The Sätteri plugin end to end, on real MDX compiled by Sätteri: the link markup, the terms it
 * records for the page, the opt-out from frontmatter, and which files it leaves alone. Also the
 * glossary reader it uses in a build.
 */
import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import {
  evaluate,
  markdownToHtml,
  mdxToHast,
  mdxToJs,
  type HastPluginEntry,
  type MdxToJsResult,
} from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildGlossary,
  cachedGlossaryReader,
  readGlossaryEntries,
  termLinksPlugin,
} from '../../src/integrations/term-links.ts';
import {
  ARTICLE_TERMS_FIELD,
  TERM_LINK_COMPONENT,
  linkableTerms,
  type GlossaryEntryRef,
} from '../../src/lib/glossary.ts';
import {
  SKIPPED_SECTION_TITLE,
  closesText,
  createTermLinker,
  createTermMatcher,
  elementName,
  headingRank,
  hrefOf,
  type TreeNode,
} from '../../src/lib/term-links.ts';

/**
 * The linking rules as they read, with the whole tree at hand: a text node links unless an
 * ancestor closes it, or at some ancestor level it lies in a sources section (from a "Bronnen"
 * heading up to the next heading of its rank or higher among the same children). The plugin,
 * which sees the tree only in Sätteri's walk, must agree with it.
 */
function referenceLinks(
  tree: TreeNode,
  terms: ReturnType<typeof createTermMatcher>,
  link: boolean,
): { links: (string | undefined)[][]; terms: string[] } {
  const parents = new Map<TreeNode, TreeNode>();
  const inOrder: TreeNode[] = [];
  const walk = (node: TreeNode) => {
    inOrder.push(node);
    for (const child of node.children ?? []) {
      parents.set(child, node);
      walk(child);
    }
  };
  walk(tree);
  const textOf = (node: TreeNode): string =>
    node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
  const inSources = (children: readonly TreeNode[]) => {
    let until: number | undefined;
    return children.map((child) => {
      const rank = headingRank(elementName(child));
      if (rank !== undefined && until !== undefined && rank <= until) until = undefined;
      if (
        rank !== undefined &&
        until === undefined &&
        SKIPPED_SECTION_TITLE.test(textOf(child).trim())
      )
        until = rank;
      return until !== undefined;
    });
  };
  const linkable = (node: TreeNode) => {
    for (
      let child = node, parent = parents.get(node);
      parent;
      child = parent, parent = parents.get(parent)
    ) {
      if (closesText(parent)) return false;
      if (inSources(parent.children ?? [])[(parent.children ?? []).indexOf(child)]) return false;
    }
    return true;
  };
  const byAuthor = inOrder
    .filter((node) => elementName(node) === 'a')
    .map((node) => /^\/kennisbank\/begrippen\/([a-z0-9-]+)\/$/.exec(hrefOf(node) ?? '')?.[1])
    .filter((id): id is string => id !== undefined);
  const linker = createTermLinker(terms, { link, linkedByAuthor: byAuthor });
  const links: (string | undefined)[][] = [];
  for (const node of inOrder) {
    if (node.type !== 'text') continue;
    const parts = linker.split(node.value ?? '', () => linkable(node));
    for (const part of parts ?? [])
      if (typeof part !== 'string') links.push([part.termId, part.text]);
  }
  return { links, terms: linker.termIds() };
}
import { ARTICLE_LINKS_FIELD } from '../../src/lib/internal-links.ts';

const ENTRIES: GlossaryEntryRef[] = [
  {
    id: 'vng',
    term: 'Vereniging van Nederlandse Gemeenten',
    abbreviation: 'VNG',
    aliases: [],
    matchCase: false,
    definition: 'De vereniging van gemeenten.',
    related: [],
  },
  {
    id: 'sbc',
    term: 'Session Border Controller',
    abbreviation: 'SBC',
    aliases: [],
    matchCase: false,
    definition: 'Apparaat op de grens "tussen" <netten>.',
    related: [],
  },
];
const ROOT = '/project';
const ARTICLES = join(ROOT, 'content', 'articles');
const plugin = termLinksPlugin({
  entries: () => ENTRIES,
  articlesDir: ARTICLES,
  origin: 'https://gt-connect.example',
});

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A minimal JSX runtime that renders to an HTML string, enough to read what MDX produces. */
const Fragment = Symbol('Fragment');
function jsx(type: unknown, props: unknown): string {
  if (typeof type === 'function') return (type as (props: unknown) => string)(props);
  const { children, ...attributes } = props as Record<string, unknown>;
  const inner = [children]
    .flat()
    .filter((c) => c !== undefined && c !== null && c !== false)
    .map((c) => (typeof c === 'string' ? (c.startsWith('<') ? c : escape(c)) : String(c)))
    .join('');
  if (type === Fragment) return inner;
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name === 'className' ? 'class' : name}="${escape(String(value))}"`)
    .join('');
  return `<${String(type)}${attrs}>${inner}</${String(type)}>`;
}

/**
 * What the plugin leaves at a term's first mention is `<TermLink term text />`; its markup is
 * src/components/TermLink.astro's, checked on the built pages (tests/build/kennisbank.test.ts).
 * This stand-in renders the props as a link, so the tests read where the plugin linked what.
 */
function termLinkStandIn(props: Record<string, unknown>): string {
  expect(Object.keys(props).sort()).toEqual(['term', 'text']);
  return `<a href="/kennisbank/begrippen/${String(props['term'])}/" class="term-link">${escape(String(props['text']))}</a>`;
}

/** Compiles an article body as Astro would, with the plugin; returns the HTML and the frontmatter the plugin left. */
function compile(
  body: string,
  {
    frontmatter = {},
    file = join(ARTICLES, 'x.mdx'),
    plugins = [plugin] as HastPluginEntry[],
    components = {} as Record<string, unknown>,
    features = undefined as { gfm: boolean } | undefined,
  } = {},
) {
  // The shape Astro's Sätteri processor passes (SatteriAstroData); the plugin reads and writes frontmatter.
  const data = {
    astro: {
      frontmatter: { ...frontmatter } as Record<string, unknown>,
      headings: [],
      localImagePaths: new Set<string>(),
      remoteImagePaths: new Set<string>(),
    },
  };
  const module = evaluate(body, {
    Fragment,
    jsx,
    jsxs: jsx,
    hastPlugins: plugins,
    fileURL: pathToFileURL(file),
    data,
    ...(features ? { features } : {}),
  }) as Record<string, unknown>;
  const html = (module['default'] as (props: object) => string)({
    components: { [TERM_LINK_COMPONENT]: termLinkStandIn, ...components },
  });
  return {
    html,
    document: parseHTML(`<div>${html}</div>`).document,
    frontmatter: data.astro.frontmatter,
  };
}

describe('the term-links plugin', () => {
  it('puts a TermLink with the term and the words at the first mention of each term, and keeps the words', () => {
    const { document } = compile('De VNG koos een SBC. Later weer de VNG.');
    expect(
      [...document.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['VNG', '/kennisbank/begrippen/vng/'],
      ['SBC', '/kennisbank/begrippen/sbc/'],
    ]);
    expect(document.querySelector('p')?.textContent).toBe(
      'De VNG koos een SBC. Later weer de VNG.',
    );
  });

  it('leaves the words of the mention as written, special characters included', () => {
    const quoted = termLinksPlugin({
      entries: () => [{ ...ENTRIES[1]!, aliases: ['"grens" & <rand>'] }],
      articlesDir: ARTICLES,
      origin: 'https://gt-connect.example',
    });
    const { document } = compile('Een "grens" &amp; &lt;rand&gt; hier.', { plugins: [quoted] });
    expect(document.querySelector('a')?.textContent).toBe('"grens" & <rand>');
  });

  it('leaves only the term id and the words in the compiled article, not the definition', () => {
    const { code } = mdxToJs('De SBC.', {
      hastPlugins: [plugin],
      fileURL: pathToFileURL(join(ARTICLES, 'x.mdx')),
    }) as MdxToJsResult;
    expect(code).toContain(TERM_LINK_COMPONENT);
    expect(code).not.toContain('Apparaat op de grens');
  });

  it('records the mentioned terms for the page in the frontmatter', () => {
    expect(compile('De SBC en de VNG.').frontmatter['glossaryTerms']).toEqual(['sbc', 'vng']);
  });

  it('links nothing with termLinks: false, but still records the terms', () => {
    const { document, frontmatter } = compile('De VNG en een SBC.', {
      frontmatter: { termLinks: false },
    });
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(frontmatter['glossaryTerms']).toEqual(['vng', 'sbc']);
  });

  it('recognises a hand-made absolute link to a term page on the site', () => {
    const { document, frontmatter } = compile(
      'Zie [hier](https://gt-connect.example/kennisbank/begrippen/vng/) over de VNG.',
    );
    expect([...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://gt-connect.example/kennisbank/begrippen/vng/',
    ]);
    expect(frontmatter['glossaryTerms']).toEqual(['vng']);
  });

  it('leaves MDX outside content/articles alone', () => {
    const { document, frontmatter } = compile('De VNG.', {
      file: join(ROOT, 'src', 'pages', 'x.mdx'),
    });
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(frontmatter['glossaryTerms']).toBeUndefined();
  });

  it('leaves plain Markdown alone (glossary explanations are Markdown)', () => {
    const { html } = markdownToHtml('De VNG.', {
      hastPlugins: [plugin],
      fileURL: pathToFileURL(join(ARTICLES, 'x.md')),
    }) as { html: string };
    expect(html.trim()).toBe('<p>De VNG.</p>');
  });

  it("links nothing when the glossary is empty, but still records the article's own links", () => {
    const empty = termLinksPlugin({
      entries: () => [],
      articlesDir: ARTICLES,
      origin: 'https://gt-connect.example',
    });
    const { html, frontmatter } = compile(
      'De VNG, zie [het scenario](/kennisbank/scenarios/cloudtelefonie).',
      { plugins: [empty] },
    );
    expect(html).toBe(
      '<p>De VNG, zie <a href="/kennisbank/scenarios/cloudtelefonie">het scenario</a>.</p>',
    );
    expect(frontmatter[ARTICLE_LINKS_FIELD]).toEqual(['/kennisbank/scenarios/cloudtelefonie/']);
    expect(frontmatter[ARTICLE_TERMS_FIELD]).toEqual([]);
  });

  it('records the site paths the author linked to, once each, not the term links it adds, and not code or other sites', () => {
    const body = [
      'De VNG. Zie [a](/kennisbank/scenarios/a/#risicos), [weer a](/kennisbank/scenarios/a/) en [b](https://gt-connect.example/kennisbank/scenarios/b/).',
      '',
      '`[c](/c/)` en [VNG](https://vng.nl/) en <a href="/artikelen/x/">x</a>.',
    ].join('\n');
    const { frontmatter } = compile(body);
    expect(frontmatter[ARTICLE_LINKS_FIELD]).toEqual([
      '/kennisbank/scenarios/a/',
      '/kennisbank/scenarios/b/',
      '/artikelen/x/',
    ]);
  });

  it('reads links from MDX elements too: a component with href is recorded, a JSX <a> to a term page counts as linked', () => {
    const body = [
      '<Kaart href="/kennisbank/scenarios/z/">Kaart</Kaart>',
      '',
      'De SBC en de VNG, <a href="/kennisbank/begrippen/vng/">zie VNG</a>.',
    ].join('\n');
    const Kaart = () => '';
    const { document, frontmatter } = compile(body, { components: { Kaart } });
    expect(frontmatter[ARTICLE_LINKS_FIELD]).toEqual([
      '/kennisbank/scenarios/z/',
      '/kennisbank/begrippen/vng/',
    ]);
    // The SBC gets its automatic link; the VNG does not, because the author linked it already.
    expect([...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '/kennisbank/begrippen/sbc/',
      '/kennisbank/begrippen/vng/',
    ]);
    expect(frontmatter['glossaryTerms']).toEqual(['sbc', 'vng']);
  });
});

describe("where the plugin links, in Sätteri's own tree", () => {
  it('skips headings, components, code, links, the Bronnen section and footnotes, and links the first prose mention', () => {
    const body = [
      '## Wat de VNG deed',
      '',
      '<Callout>De SBC hier niet.</Callout>',
      '',
      '- Een lijst met `SBC` en [de VNG](https://vng.nl/).',
      '',
      'Pas hier de VNG.[^1]',
      '',
      '<div>',
      '',
      '### Bronnen',
      '',
      'De SBC in een blok met bronnen.',
      '',
      '</div>',
      '',
      'Na het blok weer een SBC.',
      '',
      '## Bronnen',
      '',
      '- De VNG-brief.',
      '',
      '[^1]: Volgens de SBC.',
    ].join('\n');
    const Callout = ({ children }: { children?: unknown }) => `<aside>${String(children)}</aside>`;
    const { document, frontmatter } = compile(body, { components: { Callout } });
    for (const popover of document.querySelectorAll('[popover]')) popover.remove();
    const termLinks = [...document.querySelectorAll('a.term-link')];
    expect(termLinks.map((a) => [a.textContent, a.closest('p')?.textContent])).toEqual([
      ['VNG', 'Pas hier de VNG.1'],
      ['SBC', 'Na het blok weer een SBC.'],
    ]);
    expect(frontmatter[ARTICLE_TERMS_FIELD]).toEqual(['vng', 'sbc']);
  });
});

describe("the plugin in Sätteri's walk links exactly as the rules read on the whole tree", () => {
  const matcher = createTermMatcher(linkableTerms(ENTRIES));
  const reference = (body: string, link = true) =>
    referenceLinks(
      mdxToHast(body, { features: { gfm: true } }) as unknown as TreeNode,
      matcher,
      link,
    );
  const Callout = ({ children }: { children?: unknown }) => `<aside>${String(children)}</aside>`;
  const cases: Record<string, string> = {
    'a mention right before a footnote marker': 'De VNG[^1] en de SBC.\n\n[^1]: Over de VNG.',
    'tight and nested lists': '- eerst niets\n- de VNG hier\n  - genest: de SBC\n',
    'a loose list': '- eerst niets\n\n- de SBC\n',
    'a table': '| a | b |\n| - | - |\n| VNG | SBC |\n',
    'text directly in a lower-case JSX element': '<div>De VNG in een div.</div>\n\nDan de SBC.',
    'inline JSX and a term split by emphasis': 'Een <span>VNG</span> en **S**BC, dan SBC.',
    'a quote': '> De VNG zegt iets.\n\nEn de SBC.',
    'a component first, prose later': '<Callout>De SBC hier niet.</Callout>\n\nDe SBC wel.',
    'a sources section inside a list item': '- ## Bronnen\n\n  De VNG, brief.\n\nDe VNG nu wel.',
    'a sources section, then a new section':
      '## Bronnen\n\n- De VNG.\n\n## Verder\n\nDe VNG en SBC.',
    'lower case, no abbreviation': 'de vng en de sbc zijn hier geen afkortingen.',
    'a hand-made term link': 'Lees [de VNG](/kennisbank/begrippen/vng/), en de VNG en SBC.',
  };

  for (const [name, body] of Object.entries(cases)) {
    it(name, () => {
      const { document, frontmatter } = compile(body, {
        components: { Callout },
        features: { gfm: true },
      });
      const linked = [...document.querySelectorAll('a.term-link')].map((a) => [
        /begrippen\/([a-z0-9-]+)\//.exec(a.getAttribute('href') ?? '')?.[1],
        a.textContent,
      ]);
      const expected = reference(body);
      expect(linked).toEqual(expected.links);
      expect(frontmatter[ARTICLE_TERMS_FIELD]).toEqual(expected.terms);
    });
  }

  it('records the same mentions without linking when the article opts out', () => {
    const body = cases['a mention right before a footnote marker']!;
    const { document, frontmatter } = compile(body, {
      frontmatter: { termLinks: false },
      features: { gfm: true },
    });
    expect(document.querySelectorAll('a.term-link')).toHaveLength(0);
    expect(frontmatter[ARTICLE_TERMS_FIELD]).toEqual(reference(body, false).terms);
  });
});

describe('reading the glossary for the plugin', () => {
  const root = mkdtempSync(join(tmpdir(), 'glossary-'));
  const dir = join(root, 'content', 'glossary');
  mkdirSync(dir, { recursive: true });
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  write(
    'vng.md',
    '---\nterm: Vereniging van Nederlandse Gemeenten\nabbreviation: VNG\ndefinition: "De vereniging van gemeenten."\nsources: [https://vng.nl/]\n---\n\nUitleg.\n',
  );
  write('kapot.md', '---\nterm: Kapot\n---\n\nGeen definitie en geen bron.\n');
  write(
    '_concept.md',
    '---\nterm: Concept\ndefinition: "Nog niet af, wel geldig."\nsources: [https://vng.nl/]\n---\n',
  );
  write(
    'Fout Naam.md',
    '---\nterm: Fout\ndefinition: "Ongeldige bestandsnaam."\nsources: [https://vng.nl/]\n---\n',
  );

  it('reads valid entries and skips invalid files, partials and bad names (the checker reports those)', () => {
    expect(readGlossaryEntries(root).map((e) => [e.id, e.abbreviation])).toEqual([['vng', 'VNG']]);
  });

  it('reads the folder the way the checker does: a term in a subfolder is no term (the checker refuses it)', () => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    write(
      'sub/pstn.md',
      '---\nterm: Public Switched Telephone Network\nabbreviation: PSTN\ndefinition: "Het vaste telefoonnet."\nsources: [https://vng.nl/]\n---\n\nUitleg.\n',
    );
    expect(readGlossaryEntries(root).map((e) => e.id)).toEqual(['vng']);
    rmSync(join(dir, 'sub'), { recursive: true, force: true });
  });

  it('returns nothing for a project without a glossary', () => {
    expect(readGlossaryEntries(join(root, 'bestaat-niet'))).toEqual([]);
  });

  it('reads the glossary of a build once: the same entries for every caller, whatever changes on disk', () => {
    const first = buildGlossary(root);
    expect(first.map((e) => e.id)).toEqual(['vng']);
    write(
      'sbc.md',
      '---\nterm: Session Border Controller\nabbreviation: SBC\ndefinition: "Apparaat op de grens."\nsources: [https://vng.nl/]\n---\n\nUitleg.\n',
    );
    expect(buildGlossary(root)).toBe(first);
    expect(readGlossaryEntries(root).map((e) => e.id)).toEqual(['sbc', 'vng']);
    rmSync(join(dir, 'sbc.md'));
  });

  it('re-reads only after a file changed', () => {
    const read = cachedGlossaryReader(root);
    const first = read();
    expect(read()).toBe(first);
    write(
      'sbc.md',
      '---\nterm: Session Border Controller\nabbreviation: SBC\ndefinition: "Apparaat op de grens."\nsources: [https://vng.nl/]\n---\n\nUitleg.\n',
    );
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'sbc.md'), later, later);
    expect(read().map((e) => e.id)).toEqual(['sbc', 'vng']);
  });
});
