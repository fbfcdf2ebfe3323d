/**
 * The content checks' verdict, shared between the integration that starts them
 * (`src/integrations/content-checks.ts`) and the loaders in `src/content.config.ts`, which wait
 * for it before reading a file. The two live in different module graphs (Astro's config and
 * the content layer's Vite server), so the promise is kept on `globalThis`.
 */
import type { Loader } from 'astro/loaders';

const VERDICT = Symbol.for('gt-connect.content-checks');
type WithVerdict = { [VERDICT]?: Promise<void> };

/** Records this run's checks: resolves when they passed, rejects with the summary when they found errors. */
export function setContentVerdict(verdict: Promise<void>): void {
  // Awaited by the loaders and by `astro:build:start`; until then a failure is not unhandled.
  verdict.catch(() => {});
  (globalThis as WithVerdict)[VERDICT] = verdict;
}

/** The checks' verdict; resolved when no checks were started (a tool that loads the config without them). */
export function contentVerdict(): Promise<void> {
  return (globalThis as WithVerdict)[VERDICT] ?? Promise.resolve();
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
