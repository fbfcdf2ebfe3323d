/**
 * The content checks as a build runs them: in a worker thread, with the same problems as in
 * line, and loaders that read nothing before the verdict (and nothing at all when it is "no").
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { checkInWorker, runContentChecks } from '../../src/integrations/content-checks.ts';
import {
  afterContentChecks,
  checkedContent,
  contentVerdict,
  setContentVerdict,
  type CheckedContent,
} from '../../src/lib/content/checked.ts';
import { readGlossaryEntries } from '../../src/integrations/term-links.ts';

const root = mkdtempSync(join(tmpdir(), 'gt-verdict-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'content', 'articles'), { recursive: true });
writeFileSync(
  join(root, 'content', 'articles', 'kapot.mdx'),
  '---\ntitle: 12\n---\n\nEen artikel zonder datum, met [een dode link](/artikelen/bestaat-niet/).\n',
);

describe('checkInWorker', () => {
  it('finds in a worker thread exactly what the checks find in line', async () => {
    const inLine = await runContentChecks(root);
    expect(inLine.problems.some((problem) => problem.file === 'content/articles/kapot.mdx')).toBe(
      true,
    );
    await expect(checkInWorker(root)).resolves.toEqual(inLine);
  });

  it('hands the pages the words of each article body it parsed, by file', async () => {
    const { articleWords } = await checkInWorker(root);
    // "Een artikel zonder datum, met een dode link.": the link's target is no word.
    expect([...articleWords]).toEqual([['content/articles/kapot.mdx', 8]]);
  });

  it('hands over the glossary exactly as the term links would read it from disk', async () => {
    const { glossary } = await runContentChecks(process.cwd());
    expect(glossary.length).toBeGreaterThan(10);
    expect(glossary).toEqual(readGlossaryEntries(process.cwd()));
  });
});

describe('checkedContent', () => {
  const checked: CheckedContent = { root, articleWords: new Map([['a.mdx', 3]]), glossary: [] };

  it('keeps what the passed checks measured, for their own project only', async () => {
    setContentVerdict(Promise.resolve(checked));
    expect(checkedContent(root)).toBeUndefined();
    await contentVerdict();
    expect(checkedContent(root)).toBe(checked);
    expect(checkedContent(join(root, 'elders'))).toBeUndefined();
  });

  it('has nothing when the checks failed or a new run started', async () => {
    setContentVerdict(Promise.reject(new Error('De content bevat 1 fout')));
    await contentVerdict().catch(() => {});
    expect(checkedContent(root)).toBeUndefined();
    setContentVerdict(Promise.resolve(checked));
    await contentVerdict();
    setContentVerdict(new Promise(() => {}));
    expect(checkedContent(root)).toBeUndefined();
    setContentVerdict(Promise.resolve(undefined));
  });
});

describe('afterContentChecks', () => {
  const loader = (calls: string[]): Loader => ({
    name: 'test',
    load: async () => void calls.push('load'),
  });
  const context = {} as LoaderContext;

  it('loads only once the checks passed', async () => {
    const calls: string[] = [];
    let pass!: () => void;
    setContentVerdict(new Promise((resolve) => (pass = () => resolve(undefined))));
    const loading = afterContentChecks(loader(calls)).load(context);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toEqual([]);
    pass();
    await loading;
    expect(calls).toEqual(['load']);
  });

  it('reads nothing when the checks found errors, and fails with their summary', async () => {
    const calls: string[] = [];
    setContentVerdict(Promise.reject(new Error('De content bevat 2 fouten')));
    await expect(afterContentChecks(loader(calls)).load(context)).rejects.toThrow(
      'De content bevat 2 fouten',
    );
    await expect(contentVerdict()).rejects.toThrow('De content bevat 2 fouten');
    expect(calls).toEqual([]);
    setContentVerdict(Promise.resolve(undefined));
  });
});

describe('the loaders of every content type', () => {
  it('wait for the verdict of the checks before they read anything', async () => {
    const folders = readdirSync('src/collections', { withFileTypes: true }).filter((entry) =>
      entry.isDirectory(),
    );
    const loaders: [string, Loader][] = [];
    for (const folder of folders) {
      const module = (await import(`../../src/collections/${folder.name}/loader.ts`)) as Record<
        string,
        Loader
      >;
      for (const [name, loader] of Object.entries(module)) loaders.push([name, loader]);
    }
    expect(loaders.map(([name]) => name).sort()).toEqual([
      'articlesLoader',
      'authorsLoader',
      'glossaryLoader',
      'quizLoader',
      'scenariosLoader',
      'seriesLoader',
      'tagsLoader',
      'timelineLoader',
    ]);
    // A loader that read first would fail on the empty context, not with the checks' verdict.
    setContentVerdict(Promise.reject(new Error('De content bevat 1 fout')));
    for (const [, loader] of loaders)
      await expect(loader.load({} as LoaderContext)).rejects.toThrow('De content bevat 1 fout');
    setContentVerdict(Promise.resolve(undefined));
  });
});
