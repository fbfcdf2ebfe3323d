/**
 * Generated Dutch articles for budgets and benchmarks. `scripts/gen-articles.mjs` (a copy of
 * the shared tool, unchanged) writes deterministic ~700-word Markdown articles; this adapter
 * turns them into articles that meet our content contract: `.mdx`, an author, tags from
 * `content/tags.yaml`, a description of at most 160 characters.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const GENERATOR = join(dirname(fileURLToPath(import.meta.url)), '..', 'gen-articles.mjs');

/** The generator's own topics, mapped onto ours (by meaning where one fits). */
const TAG_MAP: Record<string, string> = {
  telefonie: 'telefonie',
  gemeente: 'kcc',
  aanbesteding: 'collectieve-inkoop',
  teams: 'microsoft-teams',
  beveiliging: 'beveiliging',
  pentest: 'beveiliging',
  cloud: 'scenarios',
  netwerk: 'thuiswerken',
  mobiel: 'telefonie',
  privacy: 'beveiliging',
  dienstverlening: 'kcc',
  beheer: 'leveranciers',
};

/** Shortens to at most `max` characters at a word boundary. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}.`;
}

export interface GeneratedArticle {
  slug: string;
  words: number;
}

/**
 * Writes `n` generated articles as `<contentDir>/articles/artikel-NNNN.mdx`, using the tag ids
 * of `<contentDir>/tags.yaml` and the first author of `authors.yaml`.
 */
export function writeGeneratedArticles(
  contentDir: string,
  n: number,
  { seed = 42 }: { seed?: number } = {},
): GeneratedArticle[] {
  const tagIds = new Set(
    (parse(readFileSync(join(contentDir, 'tags.yaml'), 'utf8')) as { id: string }[]).map(
      (t) => t.id,
    ),
  );
  const author = (
    parse(readFileSync(join(contentDir, 'authors.yaml'), 'utf8')) as { id: string }[]
  )[0]!.id;
  const raw = mkdtempSync(join(tmpdir(), 'gt-gen-'));
  const today = new Date().toISOString().slice(0, 10);
  try {
    const result = spawnSync(
      process.execPath,
      [GENERATOR, '--n', String(n), '--out', raw, '--flavor', 'generic', '--seed', String(seed)],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`gen-articles failed: ${result.stderr}`);
    mkdirSync(join(contentDir, 'articles'), { recursive: true });
    return readdirSync(raw)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((file) => {
        const text = readFileSync(join(raw, file), 'utf8');
        const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
        const data = parse(front) as {
          title: string;
          description: string;
          pubDate: string | Date;
          tags: string[];
        };
        const tags = [
          ...new Set(
            data.tags
              .map((t) => TAG_MAP[t])
              .filter((t): t is string => t !== undefined && tagIds.has(t)),
          ),
        ];
        if (tags.length === 0) tags.push([...tagIds][0]!);
        const pubDate =
          data.pubDate instanceof Date ? data.pubDate.toISOString().slice(0, 10) : data.pubDate;
        const slug = file.replace(/\.md$/, '');
        const frontmatter = [
          '---',
          `title: ${JSON.stringify(data.title)}`,
          `description: ${JSON.stringify(clip(data.description, 160))}`,
          `pubDate: ${pubDate}`,
          // Checked today (or on its day, if scheduled): generated articles are never stale.
          `reviewedDate: ${pubDate > today ? pubDate : today}`,
          `author: ${author}`,
          `tags: [${tags.join(', ')}]`,
          '---',
          '',
        ].join('\n');
        writeFileSync(join(contentDir, 'articles', `${slug}.mdx`), frontmatter + body);
        return { slug, words: body.split(/\s+/).filter(Boolean).length };
      });
  } finally {
    rmSync(raw, { recursive: true, force: true });
  }
}
