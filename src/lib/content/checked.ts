/**
 * The content checks' verdict, shared between the integration that starts them
 * (`src/integrations/content-checks.ts`), the loaders in `src/content.config.ts`, which wait
 * for it before reading a file, and the pages, which take what the checker measured instead
 * of reading the files again. These live in different module graphs (Astro's config, the
 * content layer's Vite server, the prerendered pages), so the promise is kept on `globalThis`.
 */
import type { Loader } from 'astro/loaders';
import type { GlossaryEntryRef } from '../glossary.ts';

/** What the checker learned from the files that the build needs too, so nothing reads them twice. */
export interface CheckedContent {
  /** The project the checks read (absolute path). */
  root: string;
  /** Words a reader reads per article body, by file path (`content/articles/x.mdx`). */
  articleWords: ReadonlyMap<string, number>;
  /** The usable glossary terms, for the term links and the search hints. */
  glossary: readonly GlossaryEntryRef[];
}

const VERDICT = Symbol.for('gt-connect.content-checks');
const PASSED = Symbol.for('gt-connect.content-checks.passed');
type WithVerdict = {
  [VERDICT]?: Promise<CheckedContent | undefined>;
  [PASSED]?: CheckedContent | undefined;
};

/** Records this run's checks: resolves when they passed, rejects with the summary when they found errors. */
export function setContentVerdict(verdict: Promise<CheckedContent | undefined>): void {
  const store = globalThis as WithVerdict;
  store[PASSED] = undefined;
  // Registered first, so the result is there before any loader or hook that awaits it resumes.
  // Awaited by the loaders and by `astro:build:start`; until then a failure is not unhandled.
  verdict.then(
    (checked) => {
      if (store[VERDICT] === verdict) store[PASSED] = checked;
    },
    () => {},
  );
  store[VERDICT] = verdict;
}

/**
 * What the passed checks of the project at `root` measured, for code that cannot wait (a
 * Sätteri plugin's factory is synchronous); `undefined` before they passed or without them.
 */
export function checkedContent(root: string): CheckedContent | undefined {
  const checked = (globalThis as WithVerdict)[PASSED];
  return checked?.root === root ? checked : undefined;
}

/**
 * The checks' verdict and what they measured; `undefined` when no checks were started (`astro
 * dev`, which checks in line and only warns, or a tool that loads the config without them).
 */
export function contentVerdict(): Promise<CheckedContent | undefined> {
  return (globalThis as WithVerdict)[VERDICT] ?? Promise.resolve(undefined);
}

/**
 * A loader that reads nothing before the content checks passed: a broken file fails the build
 * with the checker's list (file, field, fix) and never with the loader's first error.
 */
export function afterContentChecks(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await contentVerdict();
      return loader.load(context);
    },
  };
}
