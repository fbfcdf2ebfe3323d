/** In-memory content for checker tests: a valid baseline that each test breaks in one way. */
import type { ContentFiles } from '../../src/lib/content/check.ts';

export interface SourceFile {
  path: string;
  source: string;
}

export const AUTHORS = `- id: redactie\n  name: Redactie\n  bio: Adviseurs gemeentelijke telefonie.\n`;
export const SERIES = `- id: gt-connect\n  title: GT Connect en wat nu?\n  description: Wat ging er mis met GT Connect en welke keuzes heeft een gemeente nu voor haar telefonie?\n`;
export const TAGS = [
  `- id: gt-connect\n  label: GT Connect\n  description: Alles over GT Connect, de gezamenlijke aanbesteding voor telefonie van gemeenten.\n`,
  `- id: telefonie\n  label: Telefonie\n  description: Wat een gemeente van haar telefonie vraagt, van 14+netnummer tot doorschakelen.\n`,
].join('');

/** Frontmatter of a valid article; override or drop fields with `fields`. */
export function frontmatter(fields: Record<string, string | undefined> = {}): string {
  const base: Record<string, string | undefined> = {
    title: '"Een geldig artikel"',
    description: '"Een samenvatting die lang genoeg is voor zoekmachines en feedlezers om te tonen."',
    pubDate: '2020-10-01',
    author: 'redactie',
    series: 'gt-connect',
    seriesPart: '1',
    tags: '[gt-connect]',
    ...fields,
  };
  const lines = Object.entries(base)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

export function article(slug: string, fields: Record<string, string | undefined> = {}, body = '\nTekst van het artikel.\n'): SourceFile {
  return { path: `content/articles/${slug}.mdx`, source: frontmatter(fields) + body };
}

/**
 * A content folder: the valid data files plus `articles`. `over` replaces data files by path
 * (`'content/authors.yaml'`); `undefined` removes one.
 */
export function sources(articles: SourceFile[], over: Record<string, string | undefined> = {}): ContentFiles {
  const files = new Map<string, string>([
    ['content/authors.yaml', AUTHORS],
    ['content/series.yaml', SERIES],
    ['content/tags.yaml', TAGS],
  ]);
  for (const { path, source } of articles) files.set(path, source);
  for (const [path, source] of Object.entries(over)) {
    if (source === undefined) files.delete(path);
    else files.set(path, source);
  }
  return files;
}
