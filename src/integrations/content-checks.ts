/**
 * Runs the content checker before Astro loads any content, so a mistake fails `astro build`
 * (and `astro check`) with every problem listed at once, one line each, instead of Astro's
 * first-error-only message. In `astro dev` problems are printed and the server keeps running,
 * so an editor can fix them while previewing.
 *
 * In a build the checks run in a worker thread from `astro:config:setup` on, while Astro sets
 * up Vite for the content layer; every loader waits for their verdict before it reads a file
 * (`afterContentChecks`), and `astro:build:start` waits for it too.
 */
import { readFileSync, readdirSync, type Dirent } from 'node:fs';
import { readdir, readlink } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pathOrder, type ContentFiles } from '../lib/content/check.ts';
import { contentVerdict, setContentVerdict, type CheckedContent } from '../lib/content/checked.ts';
import { checkedGlossaryEntries } from '../collections/glossary/check.ts';
import { checkContent } from '../lib/content/checkers.ts';
import { countReaderWords, parseBody } from '../lib/content/mdx.ts';
import { formatReport, type Problem } from '../lib/content/problems.ts';

/** Extensions read as text; other files (images) are listed with empty text so rules can see they exist. */
const TEXT_FILES = /\.(?:md|mdx|ya?ml|json|txt)$/i;

/**
 * Reads every file under `folder` (default `content/`) of the project at `root`, subfolders
 * included: the one way content is read from disk, for the checker and the term links alike.
 * Synchronous, because the term-links plugin reads the glossary inside a synchronous hook.
 */
export function readContentFiles(root: string, folder = 'content'): ContentFiles {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, folder), { recursive: true, withFileTypes: true });
  } catch {
    return new Map();
  }
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry): [string, string] => {
      const absolute = join(entry.parentPath, entry.name);
      const path = relative(root, absolute).split(sep).join('/');
      return [path, TEXT_FILES.test(entry.name) ? readFileSync(absolute, 'utf8') : ''];
    });
  return new Map(files.sort(([a], [b]) => pathOrder.compare(a, b)));
}

/** Folders whose files reach `dist/` (or the pages built from them): a symlink there publishes whatever it points at. */
const LINK_FREE_DIRS = ['content', 'public'];

/**
 * Symbolic links under `content/` and `public/`. Astro copies `public/` with the links
 * dereferenced, so `public/x -> ../package.json` would put that file on the site without a
 * warning; under `content/` the checker would not see the file at all.
 */
export async function symlinkProblems(root: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const dir of LINK_FREE_DIRS) {
    const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true }).catch(
      () => [],
    );
    for (const entry of entries.filter((e) => e.isSymbolicLink())) {
      const absolute = join(entry.parentPath, entry.name);
      const target = await readlink(absolute).catch(() => '?');
      problems.push({
        severity: 'error',
        file: relative(root, absolute).split(sep).join('/'),
        message: `is een symbolische koppeling (symlink) naar ${target}: de build zou publiceren waar die naar wijst`,
        fix: 'zet er een gewoon bestand neer, of haal de koppeling weg (git rm)',
      });
    }
  }
  return problems;
}

/** The checker's findings, and what it measured on the way for the pages (`CheckedContent`). */
export interface ContentReport extends CheckedContent {
  problems: Problem[];
}

/** Checks the content of the project at `root`, and that no symlink hides in `content/` or `public/`. */
export async function runContentChecks(root: string): Promise<ContentReport> {
  const symlinks = await symlinkProblems(root);
  const { context, problems } = checkContent(readContentFiles(root));
  // The trees are the checker's own (parsed once per record), so counting costs no parse.
  const articleWords = new Map<string, number>();
  for (const record of context.articles) {
    const { tree } = parseBody(record);
    if (tree) articleWords.set(record.file, countReaderWords(tree));
  }
  return {
    root,
    problems: [...symlinks, ...problems],
    articleWords,
    glossary: checkedGlossaryEntries(context),
  };
}

/** `runContentChecks` in a worker thread: the main thread stays free for Astro meanwhile. */
export function checkInWorker(root: string): Promise<ContentReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./content-checks-worker.ts', import.meta.url), {
      workerData: { root },
    });
    let answered = false;
    worker.once('message', (report: ContentReport) => {
      answered = true;
      resolve(report);
      // Its heap and threads are of no further use; do not let them linger beside Vite.
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered)
        reject(new Error(`content-checks: de controle stopte zonder antwoord (exit ${code})`));
    });
  });
}

export default function contentChecks(): AstroIntegration {
  let root = '';
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        const report = (problems: Problem[]) => {
          if (problems.length === 0) return;
          const errors = problems.filter((p) => p.severity === 'error').length;
          if (errors === 0 || command === 'dev') {
            logger.warn(`\n${formatReport(problems)}`);
            return;
          }
          logger.error(`\n${formatReport(problems)}`);
          throw new Error(
            `De content bevat ${errors} ${errors === 1 ? 'fout' : 'fouten'}; zie de lijst hierboven.`,
          );
        };
        // `astro dev` checks in line: it only warns, and checks again on every save.
        // The pages then count words themselves, so an edit shows at once.
        if (command === 'dev') return report((await runContentChecks(root)).problems);
        setContentVerdict(
          checkInWorker(root).then(({ problems, ...checked }) => {
            report(problems);
            return checked;
          }),
        );
      },
      'astro:build:start': async () => {
        await contentVerdict();
      },
      // In `npm run dev`, check again whenever a content file is saved, so an editor sees a
      // mistake in the terminal right away instead of at the next build.
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = join(root, 'content') + sep;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const recheck = (file: string) => {
          if (!file.startsWith(contentDir)) return;
          clearTimeout(timer);
          timer = setTimeout(async () => {
            const { problems } = await runContentChecks(root);
            if (problems.length) logger.warn(`\n${formatReport(problems)}`);
            else logger.info('content: geen problemen gevonden');
          }, 200);
        };
        server.watcher.on('add', recheck).on('change', recheck).on('unlink', recheck);
      },
    },
  };
}
