/**
 * Links in article bodies: every internal link must lead to a page the build produces
 * (`CheckContext.routes`, filled by every collection's checker), every `#anchor` to a heading
 * on that page, and a published article must not link to one that is not online yet.
 */
import { resolveInternal, type LinkOptions } from '../../lib/internal-links.ts';
import { publishStatus } from '../../lib/publish.ts';
import { matchRoute, paths, routeList } from '../../routes.ts';
import { site } from '../../site.config.ts';
import type { ArticleRecord, CheckContext, ContentRule } from '../../lib/content/check.ts';
import {
  ARTICLE_PAGE_ANCHORS,
  anchorsOf,
  isJsxElement,
  jsxAttribute,
  lineOf,
  parseBody,
  walk,
  type MdNode,
} from '../../lib/content/mdx.ts';
import type { Problem } from '../../lib/content/problems.ts';
import { closest } from '../../lib/content/suggest.ts';

/** What the pages under a path are called, for messages ("er is geen begrip met dat adres"). */
const ROUTE_NOUNS: readonly [prefix: string, noun: string][] = routeList().flatMap((route) =>
  route.noun ? [[route.prefix, route.noun] as const] : [],
);

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const SHOWN_ANCHORS = 8;

export interface BodyLink {
  url: string;
  line: number | undefined;
  /** How the editor wrote it, for the message: `link`, `verwijzing [bron]`, `<a href>`. */
  construct: string;
}

/** Link syntax that Markdown silently prints as text instead of a link. */
export interface BrokenLinkSyntax {
  line: number | undefined;
  message: string;
  fix: string;
}

/**
 * Every link target written in a body, skipping code: `[x](url)`, `[x]: url` definitions and
 * JSX `href`s; plus link syntax that did not become a link (`[x][missing]`, `[x] (url)`).
 */
export function bodyLinks(tree: MdNode): { links: BodyLink[]; broken: BrokenLinkSyntax[] } {
  const links: BodyLink[] = [];
  const broken: BrokenLinkSyntax[] = [];
  walk(tree, (node) => {
    if (node.type === 'link' && node.url !== undefined)
      links.push({ url: node.url, line: lineOf(node), construct: 'link' });
    if (node.type === 'definition' && node.url !== undefined) {
      links.push({
        url: node.url,
        line: lineOf(node),
        construct: `verwijzing [${node.label ?? node.identifier}]`,
      });
    }
    if (node.type === 'text' && node.value) {
      const start = lineOf(node);
      const line = (index: number) =>
        start === undefined
          ? undefined
          : start + (node.value!.slice(0, index).match(/\n/g)?.length ?? 0);
      // Markdown only makes a link of [text][label] when "[label]: address" exists somewhere.
      for (const match of node.value.matchAll(/\[[^\]\n]*\]\[([^\]\n]+)\]/g)) {
        broken.push({
          line: line(match.index),
          message: `verwijzing [${match[1]}] heeft geen adres`,
          fix: `zet ergens in het artikel een regel [${match[1]}]: https://… of [${match[1]}]: ${paths.article('…')}`,
        });
      }
      for (const match of node.value.matchAll(
        /\[([^\]\n]+)\][ \t]+\(((?:https?:\/\/|\/|#)[^)\s]*)\)/g,
      )) {
        broken.push({
          line: line(match.index),
          message: `[${match[1]}] (${match[2]}) wordt geen link: er staat een spatie tussen ] en (`,
          fix: `schrijf [${match[1]}](${match[2]})`,
        });
      }
    }
    if (isJsxElement(node)) {
      const href = jsxAttribute(node, 'href');
      if (typeof href === 'string')
        links.push({ url: href, line: lineOf(node), construct: `<${node.name} href>` });
    }
  });
  return { links, broken };
}

/** A link into this site, from the syntax tree: the target as written and its resolved path. */
export interface InternalLink {
  url: string;
  /** Site path, normalised (`/kennisbank/scenarios/x/`). */
  path: string;
  /** Fragment without `#`, decoded; empty when there is none. */
  hash: string;
  line: number | undefined;
}

/**
 * The links of a body that point into this site (site paths, and absolute links to `origin`),
 * in reading order. The one link extractor: the checker, the scenario checks and the term-links
 * plugin's backlinks all read links from a syntax tree, so code and images never count.
 */
export function internalLinks(tree: MdNode, options: LinkOptions = {}): InternalLink[] {
  return bodyLinks(tree).links.flatMap(({ url, line }) => {
    const resolved = resolveInternal(url, options);
    return resolved ? [{ url, line, ...resolved }] : [];
  });
}

function nounFor(path: string): string | undefined {
  return ROUTE_NOUNS.find(
    ([prefix]) => path.startsWith(prefix) && path.length > prefix.length,
  )?.[1];
}

/** Routes by parent folder (`/artikelen/` → `x` → `/artikelen/x/`), for suggestions. */
type RouteIndex = Map<string, Map<string, string>>;

function splitRoute(path: string): { parent: string; name: string } {
  const trimmed = path.replace(/\/$/, '');
  const cut = trimmed.lastIndexOf('/') + 1;
  return { parent: trimmed.slice(0, cut), name: trimmed.slice(cut) };
}

function indexRoutes(routes: Iterable<string>): RouteIndex {
  const index: RouteIndex = new Map();
  for (const route of routes) {
    const { parent, name } = splitRoute(route);
    const names = index.get(parent) ?? new Map<string, string>();
    names.set(name, route);
    index.set(parent, names);
  }
  return index;
}

/**
 * The existing route most like `path`: the closest name in the same folder, or in the folder
 * most like its folder (`/artikel/x/` → `/artikelen/x/`). Compares folders and names, never
 * whole paths against every page, so it stays fast with a thousand articles.
 */
function similarRoute(path: string, index: RouteIndex): string | undefined {
  const { parent, name } = splitRoute(path);
  const folder = index.has(parent) ? parent : closest(parent, index.keys());
  const names = folder === undefined ? undefined : index.get(folder);
  if (!names) return undefined;
  if (folder !== parent && names.has(name)) return names.get(name);
  const match = closest(name, names.keys());
  return match === undefined ? undefined : names.get(match);
}

function describeAnchors(anchors: ReadonlySet<string>): string {
  const own = [...anchors].filter((a) => !ARTICLE_PAGE_ANCHORS.includes(a));
  if (own.length === 0) return 'die pagina heeft geen tussenkoppen';
  return `bestaande ankers: ${own
    .slice(0, SHOWN_ANCHORS)
    .map((a) => `#${a}`)
    .join(', ')}${own.length > SHOWN_ANCHORS ? ', …' : ''}`;
}

interface LinkCheck {
  context: CheckContext;
  now: Date;
  routeIndex: RouteIndex;
  articlesBySlug: Map<string, ArticleRecord>;
}

function checkLink(
  { context, now, routeIndex, articlesBySlug }: LinkCheck,
  record: ArticleRecord,
  ownAnchors: ReadonlySet<string>,
  link: BodyLink,
): Problem | undefined {
  const url = link.url.trim();
  const at = { severity: 'error' as const, file: record.file, line: link.line };
  const what = `${link.construct} naar ${url || '(leeg)'}`;
  if (url === '')
    return {
      ...at,
      message: `${link.construct} zonder adres`,
      fix: `zet het adres tussen de haakjes, bijvoorbeeld [tekst](${paths.article('naam')}) of [tekst](https://…)`,
    };
  if (/^javascript:/i.test(url))
    return {
      ...at,
      message: `${what}: scripts in links zijn niet toegestaan`,
      fix: 'verwijder de link',
    };

  const pagePath = paths.article(record.slug);
  const base = new URL(pagePath, `${site.url}/`);
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return {
      ...at,
      message: `${what}: dit is geen geldig webadres`,
      fix: 'controleer het adres; spaties schrijft u als %20',
    };
  }
  if (target.origin !== base.origin) {
    if (target.protocol === 'http:') {
      return {
        ...at,
        severity: 'warning',
        message: `${what}: onbeveiligde http-link`,
        fix: `gebruik https://${url.slice('http://'.length)} als die site dat ondersteunt`,
      };
    }
    return undefined;
  }
  if (!HAS_SCHEME.test(url) && !url.startsWith('/') && !url.startsWith('#')) {
    const file = /^(?:\.{1,2}\/)*(?:[\w-]+\/)*([\w-]+)\.mdx?$/.exec(url.replace(/[?#].*$/, ''));
    if (file) {
      return {
        ...at,
        message: `${what}: dat is een bestand, geen webadres`,
        fix: `schrijf het webadres van het artikel: ${paths.article(file[1]!)}`,
      };
    }
  }

  const path = decodeURIComponent(target.pathname);
  const hash = decodeURIComponent(target.hash.slice(1));
  // The article's own anchors come from its tree: an article with frontmatter errors has no route.
  const anchors = path === pagePath ? ownAnchors : context.routes.get(path);
  if (!anchors) {
    if (context.routes.has(`${path}/`)) {
      return {
        ...at,
        message: `${what}: het adres mist de / aan het eind`,
        fix: `schrijf ${path}/${target.search}${target.hash}`,
      };
    }
    const noun = nounFor(path);
    const suggestion = similarRoute(path, routeIndex);
    return {
      ...at,
      message: `${what}: ${noun ? `er is geen ${noun} met dat adres` : 'die pagina bestaat niet'}`,
      fix: suggestion
        ? `bedoelt u ${suggestion}${target.hash}?`
        : noun === 'artikel'
          ? `een artikel staat op ${paths.article('<bestandsnaam zonder .mdx>')}; controleer de naam`
          : 'controleer het adres; interne adressen beginnen met / en eindigen met /',
    };
  }
  if (hash && anchors.size > 0 && !anchors.has(hash)) {
    const suggestion = closest(hash, anchors);
    return {
      ...at,
      message: `${what}: ${path === pagePath ? 'dit artikel' : path} heeft geen kop met het anker #${hash}`,
      fix: suggestion
        ? `bedoelt u #${suggestion}? Het anker is de tekst van de kop in kleine letters, met - voor spaties`
        : describeAnchors(anchors),
    };
  }
  const slug = matchRoute('article', path)?.['slug'];
  const linked = slug === undefined || slug === record.slug ? undefined : articlesBySlug.get(slug);
  if (linked?.data && record.data && publishStatus(record.data, now) === 'published') {
    const status = publishStatus(linked.data, now);
    if (status !== 'published') {
      return {
        ...at,
        message: `${what}: dat artikel staat nog niet online (${status === 'draft' ? `concept in ${linked.file}` : `gepland op ${linked.data.pubDate.toISOString().slice(0, 10)}`})`,
        fix: 'publiceer dat artikel eerst, of haal de link weg tot het verschenen is',
      };
    }
  }
  return undefined;
}

/**
 * A draft is never built for production, so its links cannot break the site yet, and it may
 * link to pages that are still being written: its link problems are warnings until it is
 * published. A `javascript:` link is never acceptable.
 */
function asDraft(problem: Problem): Problem {
  if (problem.severity !== 'error') return problem;
  return {
    ...problem,
    severity: 'warning',
    fix: `${problem.fix ?? ''}; dit is een concept, dus nog een waarschuwing: bij draft: false wordt het een fout`,
  };
}

export const internalLinkRule: ContentRule = (context) => {
  const check: LinkCheck = {
    context,
    now: context.now ?? new Date(),
    routeIndex: indexRoutes(context.routes.keys()),
    articlesBySlug: new Map(context.articles.filter((a) => a.data).map((a) => [a.slug, a])),
  };
  return context.articles.flatMap((record) => {
    const { tree } = parseBody(record);
    if (!tree) return [];
    const draft = record.raw?.['draft'] === true;
    const { links, broken } = bodyLinks(tree);
    // Registered by the article-bodies checker; an article with frontmatter errors has no route.
    const ownAnchors =
      context.routes.get(paths.article(record.slug)) ??
      new Set([...ARTICLE_PAGE_ANCHORS, ...anchorsOf(tree)]);
    return [
      ...links.flatMap((link) => {
        const problem = checkLink(check, record, ownAnchors, link);
        if (!problem) return [];
        return draft && !/^\s*javascript:/i.test(link.url) ? asDraft(problem) : problem;
      }),
      ...broken.map((b): Problem => {
        const problem: Problem = { severity: 'error', file: record.file, ...b };
        return draft ? asDraft(problem) : problem;
      }),
    ];
  });
};
