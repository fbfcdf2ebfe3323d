/**
 * Runs the content checker before Astro loads any content, so a mistake fails `astro build`
 * (and `astro check`) with every problem listed at once, one line each, instead of Astro's
 * first-error-only message. In `astro dev` problems are printed and the server keeps running,
 * so an editor can fix them while previewing.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, type ContentSources, type SourceFile } from '../lib/content/check.ts';
import { formatReport, type Problem } from '../lib/content/problems.ts';

async function readIfExists(root: string, path: string): Promise<SourceFile | undefined> {
  try {
    return { path, source: await readFile(join(root, path), 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Reads every file the checker needs from the project at `root`. */
export async function readContentSources(root: string): Promise<ContentSources> {
  const articleDir = join(root, 'content', 'articles');
  const entries = await readdir(articleDir, { recursive: true, withFileTypes: true }).catch(() => []);
  const articles = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const absolute = join(entry.parentPath, entry.name);
        const path = relative(root, absolute).split(sep).join('/');
        return { path, source: await readFile(absolute, 'utf8') };
      }),
  );
  articles.sort((a, b) => a.path.localeCompare(b.path));
  const [authors, series, tags] = await Promise.all(
    ['content/authors.yaml', 'content/series.yaml', 'content/tags.yaml'].map((p) => readIfExists(root, p)),
  );
  return { articles, authors, series, tags };
}

/** Checks the content of the project at `root`. */
export async function runContentChecks(root: string): Promise<Problem[]> {
  return checkContent(await readContentSources(root)).problems;
}

export default function contentChecks(): AstroIntegration {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        const problems = await runContentChecks(fileURLToPath(config.root));
        if (problems.length === 0) return;
        const errors = problems.filter((p) => p.severity === 'error').length;
        const report = formatReport(problems);
        if (errors === 0 || command === 'dev') {
          logger.warn(`\n${report}`);
          return;
        }
        logger.error(`\n${report}`);
        throw new Error(`De content bevat ${errors} ${errors === 1 ? 'fout' : 'fouten'}; zie de lijst hierboven.`);
      },
    },
  };
}
