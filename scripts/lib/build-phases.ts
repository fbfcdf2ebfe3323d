/**
 * The phase split of one `astro build`, read from its own log: `npm run bench` stamps every
 * line with the time it arrived (scripts/lib/timed-build.ts) and this module finds the lines
 * Astro prints at each step. The phases, from the start of the process:
 *
 * - pre-build: Node start, config and `astro:config:setup` hooks (our content checks run
 *   there), content sync, type generation, collecting build info; up to
 *   "[build] Building static entrypoints...". Content sync ("[content] Syncing content" to
 *   "Synced content") is also given on its own.
 * - Vite bundling: up to " generating static routes ".
 * - page generation: rendering every route (and optimising images, if any) up to the
 *   "[build] ✓ Completed in …" that closes the static build.
 * - after-build: the `astro:build:done` hooks and Astro's wrap-up, up to the process's end.
 *   Astro runs the hooks one after another, and ours log one line when they finish, so a hook
 *   is given the time from the previous boundary to its last line (a hook that logs nothing
 *   is counted in the next one that does).
 *
 * Astro's own "Completed in" figures are not used: its timers start at different points (the
 * first one counts from the build's start), and arrival times split the whole wall time.
 */

export interface TimedLine {
  /** Milliseconds after the build process was started. */
  ms: number;
  text: string;
}

export interface HookTime {
  /** The integration's name as it logs it: `[pagefind] …` is `pagefind`. */
  name: string;
  ms: number;
}

export interface BuildPhases {
  totalMs: number;
  preBuildMs: number;
  /** Part of pre-build; undefined if the log has no content sync lines. */
  contentSyncMs: number | undefined;
  viteMs: number;
  pagesMs: number;
  afterBuildMs: number;
  /** The after-build hooks that logged, in the order they finished; part of afterBuildMs. */
  hooks: HookTime[];
}

/** Astro's clock in front of most lines ("09:03:29 "); Astro prints some lines without it. */
const CLOCK = /^\d{1,2}:\d{2}:\d{2} /;
const SYNC_START = /^\[content\] Syncing content/;
const SYNC_END = /^\[content\] Synced content/;
const VITE_START = /^\[build\] Building \w+ entrypoints\.\.\./;
const PAGES_START = /^\s*generating static routes\s*$/;
const STATIC_BUILD_DONE = /^\[build\] ✓ Completed in /;
const BUILD_SUMMARY = /^\[build\] \d+ page\(s\) built in /;
/** An integration's log line, also as a warning or error: `[WARN] [share-images] …`. */
const INTEGRATION_LINE = /^(?:\[(?:WARN|ERROR)\] )?\[([^\]\s]+)\] /;
/** Astro's own labels, which are not hooks. */
const ASTRO_LABELS = new Set(['build', 'vite', 'content', 'types', 'WARN', 'ERROR']);

function withoutClock(text: string): string {
  return text.replace(CLOCK, '');
}

function findLine(lines: readonly TimedLine[], pattern: RegExp, from = 0): number {
  for (let i = from; i < lines.length; i += 1)
    if (pattern.test(withoutClock(lines[i]!.text))) return i;
  return -1;
}

/**
 * The phases of the build whose timed log is `lines` and whose process ended at `endMs`, or
 * undefined if the log lacks the lines that bound Vite bundling and page generation (another
 * Astro version, or a failed build).
 */
export function parseBuildPhases(
  lines: readonly TimedLine[],
  endMs: number,
): BuildPhases | undefined {
  const viteStart = findLine(lines, VITE_START);
  const pagesStart = findLine(lines, PAGES_START, Math.max(viteStart, 0));
  const pagesEnd = findLine(lines, STATIC_BUILD_DONE, Math.max(pagesStart, 0));
  if (viteStart < 0 || pagesStart < 0 || pagesEnd < 0) return undefined;
  const at = (index: number) => lines[index]!.ms;

  const syncStart = findLine(lines, SYNC_START);
  const syncEnd = syncStart < 0 ? -1 : findLine(lines, SYNC_END, syncStart);
  const summary = findLine(lines, BUILD_SUMMARY, pagesEnd);

  const hooks: HookTime[] = [];
  let boundary = at(pagesEnd);
  const hooksEnd = summary < 0 ? lines.length : summary;
  for (let i = pagesEnd + 1; i < hooksEnd; i += 1) {
    const name = INTEGRATION_LINE.exec(withoutClock(lines[i]!.text))?.[1];
    if (name === undefined || ASTRO_LABELS.has(name)) continue;
    const last = hooks.at(-1);
    if (last?.name === name) {
      // The same hook logging again: it has not finished yet, so it gets this time too.
      last.ms += at(i) - boundary;
    } else {
      hooks.push({ name, ms: at(i) - boundary });
    }
    boundary = at(i);
  }

  return {
    totalMs: endMs,
    preBuildMs: at(viteStart),
    contentSyncMs: syncEnd < 0 ? undefined : at(syncEnd) - at(syncStart),
    viteMs: at(pagesStart) - at(viteStart),
    pagesMs: at(pagesEnd) - at(pagesStart),
    afterBuildMs: endMs - at(pagesEnd),
    hooks,
  };
}

/**
 * A timed log as text, one line per log line: the arrival time in whole ms (right-aligned),
 * one space, the text as Astro printed it. `npm run bench -- --keep` writes it next to each
 * kept build; the tests read excerpts of it.
 */
export function formatTimedLog(lines: readonly TimedLine[]): string {
  return lines.map((line) => `${String(Math.round(line.ms)).padStart(6)} ${line.text}`).join('\n');
}

/** Reads `formatTimedLog`'s text back; the text keeps its own leading spaces. */
export function parseTimedLog(text: string): TimedLine[] {
  return text.split('\n').flatMap((line) => {
    const match = /^\s*(\d+) (.*)$/.exec(line);
    return match ? [{ ms: Number(match[1]), text: match[2]! }] : [];
  });
}
