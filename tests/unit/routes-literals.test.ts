/**
 * No route string outside the route table: a string, template or regular-expression literal in
 * src/**\/*.{ts,astro} (and astro.config.mjs) that starts with one of the table's top-level
 * paths (`/artikelen…`, `/kennisbank…`, `/rss.xml`, …) fails this test. Such an address belongs
 * in src/routes.ts, and the code asks `paths` for it. Comments may mention addresses freely.
 *
 * The home page `/` is not scanned: a bare `'/'` is also the path separator everywhere.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { routeList } from '../../src/routes.ts';

const ROOT = process.cwd();

/** Files that may write addresses out: the table and the content types' route files it is built from. */
const ALLOWED = (file: string) =>
  file === 'src/routes.ts' || /^src\/collections\/[^/]+\/routes\.ts$/.test(file);

/**
 * The first segment of every route (`artikelen`, `rss.xml`, `.well-known`); a route whose first
 * segment holds a parameter (`/sitemap-${chunk}.xml`) gives its fixed start (`sitemap-`).
 */
function topLevelPattern(): RegExp {
  const alternatives = new Set<string>();
  for (const route of routeList()) {
    const [, first = '', ...rest] = route.prefix.split('/');
    if (first === '') continue;
    const partial = rest.length === 0 && route.params.length > 0;
    alternatives.add(first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (partial ? '' : '(?=$|[/?#])'));
  }
  return new RegExp(`^/(?:${[...alternatives].join('|')})`);
}

const ROUTE_START = topLevelPattern();

interface Finding {
  line: number;
  text: string;
}

/** Literals in TypeScript source (string, template head, regular expression) that start with a route. */
function scanScript(source: string, lineOffset = 0): Finding[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    if (ROUTE_START.test(text))
      findings.push({
        line: lineOffset + file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1,
        text,
      });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      report(node, node.text);
    else if (ts.isTemplateExpression(node)) report(node, node.head.text);
    else if (ts.isRegularExpressionLiteral(node)) {
      // `/^\/artikelen\/…/` is a route written as a pattern: read it as the path it matches.
      const body = node.text.slice(1, node.text.lastIndexOf('/'));
      report(node, body.replace(/^\^/, '').replace(/\\\//g, '/'));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/**
 * An .astro file: the frontmatter and `<script>` blocks are TypeScript; in the template, any
 * quoted value (an attribute, or a string in an expression) that starts with a route counts.
 * Template comments are skipped, as are `<style>` blocks.
 */
function scanAstro(source: string): Finding[] {
  const findings: Finding[] = [];
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source);
  if (frontmatter) findings.push(...scanScript(frontmatter[1]!, 1));
  const start = frontmatter ? frontmatter[0].length : 0;
  // Keep offsets: replace what is skipped by spaces of the same length (newlines kept).
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  let template = source.slice(start);
  template = template.replace(
    /<script\b[^>]*>([\s\S]*?)<\/script>/g,
    (whole, body: string, offset: number) => {
      findings.push(...scanScript(body, lineAt(source, start + offset) - 1));
      return blank(whole);
    },
  );
  template = template.replace(
    /<style\b[^>]*>[\s\S]*?<\/style>|<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g,
    blank,
  );
  for (const match of template.matchAll(/["'`](\/[^"'`\s]*)/g)) {
    if (ROUTE_START.test(match[1]!))
      findings.push({ line: lineAt(source, start + match.index), text: match[1]! });
  }
  return findings;
}

function scanFile(path: string, source: string): Finding[] {
  return path.endsWith('.astro') ? scanAstro(source) : scanScript(source);
}

function sourceFiles(): string[] {
  const src = readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|astro)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'));
  return [...src, 'astro.config.mjs'].sort();
}

describe('route strings', () => {
  it('the top-level paths come from the table', () => {
    for (const path of [
      '/artikelen/',
      '/kennisbank/x/',
      '/rss.xml',
      '/zoeken/woorden.json',
      '/.well-known/security.txt',
      '/sitemap-0.xml',
      '/over/',
      '/404.html',
    ]) {
      expect(ROUTE_START.test(path), path).toBe(true);
    }
    for (const path of [
      '/',
      '/overig/',
      '/og/x.png',
      '/pagefind/pagefind.js',
      '/_astro/x.js',
      '/artikel/',
    ])
      expect(ROUTE_START.test(path), path).toBe(false);
  });

  it('finds a route written out, and not one in a comment (negative control)', () => {
    const script = [
      "// see '/artikelen/x/'",
      '/** `/kennisbank/begrippen/<id>/` */',
      "const a = '/artikelen/';",
      'const b = `/reeks/${id}/`;',
      'const c = /^\\/onderwerpen\\/([^/]+)\\/$/;',
      "const d = 'zie /artikelen/ voor meer';",
    ].join('\n');
    expect(scanFile('x.ts', script)).toEqual([
      { line: 3, text: '/artikelen/' },
      { line: 4, text: '/reeks/' },
      { line: 5, text: '/onderwerpen/([^/]+)/$' },
    ]);
    const astro = [
      '---',
      "// '/over/'",
      "const x = '/volgen/';",
      '---',
      '<!-- <a href="/zoeken/"> -->',
      '{/* "/zoeken/" */}',
      '<a href="/kennisbank/">Kennisbank</a>',
      '<a href={`/artikelen/${slug}/`}>x</a>',
      '<a href={paths.about()}>Over</a>',
      '<style>a { background: url("/rss.xml"); }</style>',
      '<script>',
      "  fetch('/zoeken/woorden.json');",
      '</script>',
    ].join('\n');
    expect(scanFile('x.astro', astro)).toEqual([
      { line: 3, text: '/volgen/' },
      { line: 12, text: '/zoeken/woorden.json' },
      { line: 7, text: '/kennisbank/' },
      { line: 8, text: '/artikelen/${slug}/' },
    ]);
  });

  it('no file in src/ outside the table writes a route out (ask `paths` from src/routes.ts)', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(50);
    const findings = files
      .filter((file) => !ALLOWED(file))
      .flatMap((file) =>
        scanFile(file, readFileSync(join(ROOT, file), 'utf8')).map(
          (f) => `${file}:${f.line}: ${f.text}`,
        ),
      );
    expect(findings).toEqual([]);
  });
});
