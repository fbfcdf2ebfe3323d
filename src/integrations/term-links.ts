/**
 * Glossary term links in articles, as a Sätteri hast plugin: the first mention of each term in
 * an article becomes `<TermLink term="…" text="…" />`, which src/components/TermLink.astro
 * renders as a link to the term's page with its definition (tooltip, accessible description,
 * popover on tap). Which mention that is, is decided by the pure linker in
 * `src/lib/term-links.ts` (`createTermLinker`, `createTextScopes`); what the link looks like,
 * by the component.
 *
 * The plugin also records, in the article's frontmatter, the terms it mentions
 * (`ARTICLE_TERMS_FIELD`) and the site paths its author linked to (`ARTICLE_LINKS_FIELD`), so
 * pages read them from `render(entry).remarkPluginFrontmatter`: the terms under the article, the
 * articles on a term page and the articles on a scenario page come from the one render pass.
 *
 * Because it runs inside the Markdown pipeline, the RSS feed (which renders the same MDX, with
 * the same components, through the Container API) gets the same links; `feedHtml` makes them
 * absolute and drops the popovers.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  defineHastPlugin,
  type HastNode,
  type HastPluginEntry,
  type HastVisitorContext,
  type PluginFactoryContext,
} from 'satteri';
import { readContentFiles } from './content-checks.ts';
import { checkedContent } from '../lib/content/checked.ts';
import { glossaryEntries } from '../collections/glossary/check.ts';
import {
  ARTICLE_TERMS_FIELD,
  TERM_LINK_COMPONENT,
  linkableTerms,
  termIdForHref,
  type GlossaryEntryRef,
} from '../lib/glossary.ts';
import { ARTICLE_LINKS_FIELD, resolveInternal } from '../lib/internal-links.ts';
import {
  SKIPPED_ELEMENTS,
  createTermLinker,
  createTermMatcher,
  createTextScopes,
  elementName,
  hrefOf,
  type TermLinker,
  type TextPart,
  type TextScopes,
  type TreeNode,
} from '../lib/term-links.ts';

/**
 * Reads the usable entries of `content/glossary/` under `root`, the way the content checker
 * reads them (`glossaryEntries`). Invalid files, and files in a subfolder, are skipped here:
 * the checker reports them and fails the build before any article is rendered.
 */
export function readGlossaryEntries(root: string): GlossaryEntryRef[] {
  return glossaryEntries(readContentFiles(root, 'content/glossary'));
}

/**
 * A reader that re-reads the glossary only when a file in it changed, so `astro dev` picks up
 * a new term on the next article edit without a restart, and a build reads it once.
 */
export function cachedGlossaryReader(root: string): () => GlossaryEntryRef[] {
  let signature = '';
  let entries: GlossaryEntryRef[] = [];
  return () => {
    const dir = join(root, 'content', 'glossary');
    let current: string;
    try {
      current = readdirSync(dir, { recursive: true, withFileTypes: true })
        .map((entry) => join(entry.parentPath, entry.name))
        .sort()
        .map((path) => `${path}:${statSync(path).mtimeMs}`)
        .join('|');
    } catch {
      current = '';
    }
    if (current !== signature) {
      signature = current;
      entries = readGlossaryEntries(root);
    }
    return entries;
  };
}

const buildGlossaries = new Map<string, readonly GlossaryEntryRef[]>();

/**
 * The glossary of a build of the project at `root`: the terms the content checks parsed, or,
 * where no checks ran (a tool that loads the config without them), read on first use. Kept,
 * since content does not change during a build. The term links and the search index's hints
 * both take it from here, so a build parses `content/glossary/` once, in the checker.
 */
export function buildGlossary(root: string): readonly GlossaryEntryRef[] {
  let entries = buildGlossaries.get(root);
  if (!entries) {
    entries = checkedContent(root)?.glossary ?? readGlossaryEntries(root);
    buildGlossaries.set(root, entries);
  }
  return entries;
}

export interface TermLinksOptions {
  /** The glossary to link to; called once per compiled article. */
  entries: () => readonly GlossaryEntryRef[];
  /** Only files in this folder get term links (absolute path); other Markdown is left alone. */
  articlesDir: string;
  /** The production origin, so hand-written absolute links to term pages are recognised. */
  origin: string;
}

/**
 * One term link as an MDX JSX element, `<TermLink term="…" text="…" />`: the compiled article
 * carries the term's id and the words, and the component renders the link, the tip button and
 * the definition when the page is built. Spelled out here, those would be about 1 KB of code per
 * link, a fifth of what a thousand articles give Vite to bundle.
 */
function termLinkNode(termId: string, text: string): HastNode {
  return {
    type: 'mdxJsxTextElement',
    name: TERM_LINK_COMPONENT,
    attributes: [
      { type: 'mdxJsxAttribute', name: 'term', value: termId },
      { type: 'mdxJsxAttribute', name: 'text', value: text },
    ],
    children: [],
  } as HastNode;
}

function toNodes(parts: readonly TextPart[]): HastNode[] {
  return parts.map((part) =>
    typeof part === 'string'
      ? ({ type: 'text', value: part } as HastNode)
      : termLinkNode(part.termId, part.text),
  );
}

/** The site paths among `hrefs`, each once, in reading order (fragments dropped). */
export function internalPaths(hrefs: readonly string[], origin: string): string[] {
  const paths = new Set<string>();
  for (const href of hrefs) {
    const resolved = resolveInternal(href, { origin });
    if (resolved) paths.add(resolved.path);
  }
  return [...paths];
}

const compiled = new WeakMap<readonly GlossaryEntryRef[], ReturnType<typeof compileGlossary>>();

function compileGlossary(entries: readonly GlossaryEntryRef[]) {
  return {
    matcher: entries.length > 0 ? createTermMatcher(linkableTerms(entries)) : undefined,
    byId: new Map(entries.map((entry) => [entry.id, entry])),
  };
}

/**
 * The matcher and lookup for one glossary, built once per glossary rather than once per article:
 * the reader returns the same array until a glossary file changes.
 */
function compiledGlossary(
  entries: readonly GlossaryEntryRef[],
): ReturnType<typeof compileGlossary> {
  let result = compiled.get(entries);
  if (!result) {
    result = compileGlossary(entries);
    compiled.set(entries, result);
  }
  return result;
}

const TERM_LINKS_MARK = Symbol.for('gt-connect.term-links');

/**
 * The elements the term pass needs to see (`createTextScopes`): those that close text to term
 * links (headings among them), those that can hold a heading, and the footnotes' `section`.
 * JSX elements are all asked for: a component closes text whatever its name.
 */
const SCOPE_ELEMENTS = [...SKIPPED_ELEMENTS, 'li', 'blockquote', 'section'];

/**
 * The hast plugin entry: a factory that returns, for an article MDX file, two passes, and
 * nothing for anything else. Both let Sätteri walk the tree natively and hand over only what
 * they ask for, so no pass walks every node in JavaScript:
 * 1. the links: only `<a>` elements and MDX JSX elements cross, for the author's links;
 * 2. the term links: text nodes and the elements that decide what is prose cross, in document
 *    order, each element with its text (`textContent`); a text that mentions a term not seen
 *    before is checked for prose against the elements still open around it, and split into
 *    text and links. Nothing asks for a parent, which would have Sätteri copy the whole tree.
 */
export function termLinksPlugin(options: TermLinksOptions): HastPluginEntry {
  const articlesDir = options.articlesDir.endsWith(sep)
    ? options.articlesDir
    : options.articlesDir + sep;
  const factory = (context: PluginFactoryContext) => {
    if (context.sourceFormat !== 'mdx' || !context.fileURL) return null;
    if (!fileURLToPath(context.fileURL).startsWith(articlesDir)) return null;
    const entries = options.entries();
    // Without a glossary there is nothing to link, but the article's own links are still recorded.
    const { matcher, byId } = compiledGlossary(entries);
    // The factory runs once per compiled file, so this state belongs to one article.
    const links: string[] = [];
    const authorTerms = new Set<string>();
    const collectHref = (node: TreeNode) => {
      const href = hrefOf(node);
      if (href === undefined) return;
      links.push(href);
      if (elementName(node) !== 'a') return;
      const id = termIdForHref(href, options.origin);
      if (id && byId.has(id)) authorTerms.add(id);
    };
    const collectJsx = { filter: [], visit: (node: unknown) => collectHref(node as TreeNode) };
    const frontmatterOf = (ctx: HastVisitorContext) =>
      (ctx.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;

    const linksPass = defineHastPlugin({
      name: 'glossary-term-links:links',
      element: { filter: ['a'], visit: (node) => collectHref(node as unknown as TreeNode) },
      mdxJsxFlowElement: collectJsx,
      mdxJsxTextElement: collectJsx,
      after(_root, ctx) {
        const frontmatter = frontmatterOf(ctx);
        if (!frontmatter) return;
        // The author's links: the backlinks on scenario pages.
        frontmatter[ARTICLE_LINKS_FIELD] = internalPaths(links, options.origin);
        if (!matcher) frontmatter[ARTICLE_TERMS_FIELD] = [];
      },
    });
    if (!matcher) return linksPass;

    let linker: TermLinker | undefined;
    let scopes: TextScopes | undefined;
    const scopeVisitor = {
      filter: SCOPE_ELEMENTS,
      visit: (node: unknown, ctx: HastVisitorContext) =>
        scopes!.element(node as TreeNode, ctx.textContent(node as HastNode)),
    };
    const jsxScopeVisitor = { ...scopeVisitor, filter: [] };
    const termsPass = defineHastPlugin({
      name: 'glossary-term-links',
      // After the links pass: every link the author made is known, even one after the mention.
      before(_root, ctx) {
        linker = createTermLinker(matcher, {
          link: frontmatterOf(ctx)?.['termLinks'] !== false,
          linkedByAuthor: authorTerms,
        });
        scopes = createTextScopes();
      },
      element: scopeVisitor,
      mdxJsxFlowElement: jsxScopeVisitor,
      mdxJsxTextElement: jsxScopeVisitor,
      text(node, ctx) {
        const parts = linker!.split(node.value, () => scopes!.linkable());
        scopes!.text(node.value.length);
        if (parts) ctx.replaceNode(node, toNodes(parts));
      },
      after(_root, ctx) {
        const frontmatter = frontmatterOf(ctx);
        if (frontmatter) frontmatter[ARTICLE_TERMS_FIELD] = linker!.termIds();
      },
    });
    return [linksPass, termsPass];
  };
  return Object.assign(factory, { [TERM_LINKS_MARK]: true as const });
}

/**
 * The integration: adds the plugin to the Sätteri processor that Astro (and, through it,
 * `@astrojs/mdx`) uses. The processor reads its plugin list when a file is compiled, so adding
 * it once the config is final is enough.
 */
export default function termLinks(): AstroIntegration {
  let command = 'build';
  return {
    name: 'glossary-term-links',
    hooks: {
      'astro:config:setup': (setup) => {
        command = setup.command;
      },
      'astro:config:done': ({ config }) => {
        const processor = config.markdown.processor as {
          name: string;
          options?: { hastPlugins?: unknown };
        };
        const plugins = processor.options?.hastPlugins;
        if (processor.name !== 'satteri' || !Array.isArray(plugins)) {
          throw new Error(
            `Term links need the Sätteri Markdown processor; markdown.processor is "${processor.name}".`,
          );
        }
        const root = fileURLToPath(config.root);
        if (!config.site) throw new Error('Term links need `site` in the Astro config.');
        // The same processor object can outlive a config reload; never link twice.
        if (plugins.some((plugin) => (plugin as { [TERM_LINKS_MARK]?: true })[TERM_LINKS_MARK]))
          return;
        plugins.push(
          termLinksPlugin({
            // A build reads the glossary once (the checker has already passed it); `astro dev`
            // re-reads it when a file changed, so a new term links without a restart.
            entries: command === 'dev' ? cachedGlossaryReader(root) : () => buildGlossary(root),
            articlesDir: join(root, 'content', 'articles'),
            origin: new URL(config.site).origin,
          }),
        );
      },
    },
  };
}
