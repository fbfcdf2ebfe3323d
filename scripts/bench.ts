/**
 * `npm run bench`: build-time and page-weight benchmark. For each size (10, 100, 1000 generated
 * Dutch articles of ~700 words, from scripts/gen-articles.mjs through the adapter in
 * scripts/lib/generated-content.ts, added to the real content) it builds a temporary copy of
 * this site and, for comparison, a bare Astro blog of the same article MDX files
 * (scripts/lib/bare-blog.ts: content collection + one trivial layout, no integrations beyond
 * MDX).
 *
 * Per size: one unpaired site build with an empty share-image cache (the cold figure, and a
 * warm-up for the machine), then `--pairs N` pairs of builds, the site and the bare blog taking
 * turns going first (scripts/lib/paired-runs.ts). Every build starts from empty Astro and Vite
 * caches, as a fresh checkout does. It prints:
 * - per side the median wall time, and the median of the per-pair ratios of wall time and of
 *   CPU time (user + sys of the build's process tree); peak memory (largest process, GNU time,
 *   the highest of the runs) of each side and their ratio, and the median of the per-pair peak
 *   ratios; next to them the issue-11 targets;
 * - pages per second, page weights (gzip), search index size, bytes and time to the first
 *   search result (scripts/bench-search.ts);
 * - the phase split of both builds (pre-build, Vite bundling, page generation, after-build
 *   hooks), read from their own logs by scripts/lib/build-phases.ts, medians over the pairs;
 * - the share previews (src/integrations/share-images.ts): their count and total bytes, and the
 *   build time with an empty image cache and with a warm one (the paired site builds).
 * `--sizes 0` measures the real content alone (share previews only, no pairs).
 *
 * It prints figures and never fails on them: it exits non-zero only if a build fails. Run it on
 * a quiet machine, once, not in a loop.
 *
 *   npm run bench [-- --sizes 10,100,1000] [--pairs 3] [--keep]
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchSearch } from './bench-search.ts';
import { bareBlog } from './lib/bare-blog.ts';
import { formatTimedLog, parseBuildPhases, type BuildPhases } from './lib/build-phases.ts';
import { writeGeneratedArticles } from './lib/generated-content.ts';
import {
  TARGETS,
  againstTarget,
  median,
  medianRatio,
  pairOrder,
  type Pair,
  type Side,
} from './lib/paired-runs.ts';
import { pageFile, pageWeight } from './lib/page-weight.ts';
import { paths } from '../src/routes.ts';
import { ASTRO_BIN, astroEnv, copySite } from './lib/site-copy.ts';
import { timedBuild, type BuildRun } from './lib/timed-build.ts';

const ROOT = process.cwd();
const ASTRO = join(ROOT, ASTRO_BIN);

interface MeasuredBuild extends BuildRun {
  pages: number;
  phases: BuildPhases | undefined;
}

/**
 * One build of `dir`, its log written to `<dir>/bench-<label>.log` (kept with `--keep`). The
 * copies share node_modules through a symlink, and with it Astro's content-layer store
 * (node_modules/.astro) and Vite's dependency cache (node_modules/.vite): the last build of the
 * other side would decide what this one finds there, so every build starts without them, and
 * without a `dist/`, as a fresh checkout does.
 */
async function measuredBuild(
  dir: string,
  label: string,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<MeasuredBuild> {
  for (const cache of ['.astro', '.vite'])
    rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
  // No output of an earlier build either: Astro would first delete it, and the site's dist/
  // (pages, share images, search index) is several times the bare blog's.
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const run = await timedBuild(dir, ASTRO, { ...astroEnv(), ...extraEnv });
  writeFileSync(join(dir, `bench-${label}.log`), formatTimedLog(run.lines));
  return {
    ...run,
    pages: countPages(join(dir, 'dist')),
    phases: parseBuildPhases(run.lines, run.endMs),
  };
}

/** The share-images integration's summary line: image count, how many were drawn, KB, seconds. */
function shareImageLine(
  output: string,
): { images: number; rendered: number; kb: number; seconds: number } | undefined {
  const match =
    /\[share-images\] (\d+) deelafbeeldingen \((\d+) getekend, \d+ uit de cache\), (\d+) KB, ([\d.]+) s/.exec(
      output,
    );
  return match
    ? {
        images: Number(match[1]),
        rendered: Number(match[2]),
        kb: Number(match[3]),
        seconds: Number(match[4]),
      }
    : undefined;
}

function countPages(dist: string): number {
  return readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

function dirSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/**
 * A copy of this site with `n` generated articles added to the real content (which stays: the
 * scenarios and the quiz link to the real articles, and the build checks those links).
 */
function siteCopy(n: number): string {
  const dir = copySite(`gt-bench-site-${n}-`, ROOT);
  writeGeneratedArticles(join(dir, 'content'), n);
  return dir;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

function seconds(value: number): string {
  return Number.isNaN(value) ? 'n/a' : `${value.toFixed(1)} s`;
}

function mib(value: number): string {
  return Number.isNaN(value) ? 'n/a' : `${Math.round(value)} MB`;
}

/** The median of each phase over several builds of one side; undefined if one log was not understood. */
function medianPhases(all: readonly (BuildPhases | undefined)[]): BuildPhases | undefined {
  if (all.length === 0 || all.some((phases) => phases === undefined)) return undefined;
  const runs = all as readonly BuildPhases[];
  const of = (pick: (phases: BuildPhases) => number | undefined) => {
    const values = runs.map(pick);
    return values.some((value) => value === undefined) ? undefined : median(values as number[]);
  };
  const names = [...new Set(runs.flatMap((phases) => phases.hooks.map((hook) => hook.name)))];
  return {
    totalMs: of((p) => p.totalMs)!,
    preBuildMs: of((p) => p.preBuildMs)!,
    contentSyncMs: of((p) => p.contentSyncMs),
    viteMs: of((p) => p.viteMs)!,
    pagesMs: of((p) => p.pagesMs)!,
    afterBuildMs: of((p) => p.afterBuildMs)!,
    hooks: names.map((name) => ({
      name,
      ms: median(runs.map((p) => p.hooks.find((hook) => hook.name === name)?.ms ?? 0)),
    })),
  };
}

function phaseRow(n: number, side: string, phases: BuildPhases | undefined): string[] {
  if (!phases) return [String(n), side, 'n/a (log lines not recognised)', '', '', '', ''];
  const ms = (value: number) => seconds(value / 1000);
  const sync =
    phases.contentSyncMs === undefined ? '' : ` (content sync ${ms(phases.contentSyncMs)})`;
  const hooks = phases.hooks.length
    ? ` (${phases.hooks.map((hook) => `${hook.name} ${ms(hook.ms)}`).join(', ')})`
    : '';
  return [
    String(n),
    side,
    `${ms(phases.preBuildMs)}${sync}`,
    ms(phases.viteMs),
    ms(phases.pagesMs),
    `${ms(phases.afterBuildMs)}${hooks}`,
    ms(phases.totalMs),
  ];
}

function parseBenchArgs() {
  return parseArgs({
    options: {
      sizes: { type: 'string', default: '10,100,1000' },
      pairs: { type: 'string', default: '3' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
}

if (import.meta.main) {
  const usage =
    'usage: npm run bench [-- --sizes 10,100,1000] [--pairs 3] [--keep] (sizes ≥ 0, pairs ≥ 1)';
  let parsed: ReturnType<typeof parseBenchArgs>;
  try {
    parsed = parseBenchArgs();
  } catch (error) {
    // An unknown or malformed flag: say how to call it, not a stack trace.
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  }
  const { values } = parsed;
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const sizes = values.sizes.split(',').map(Number);
  const pairCount = Number(values.pairs);
  if (
    !Number.isInteger(pairCount) ||
    pairCount < 1 ||
    sizes.some((n) => !Number.isInteger(n) || n < 0)
  ) {
    console.error(usage);
    process.exit(2);
  }
  const buildRows: string[][] = [];
  const targetRows: string[][] = [];
  const phaseRows: string[][] = [];
  const weightRows: string[][] = [];
  const imageRows: string[][] = [];
  const cleanup: string[] = [];
  for (const n of sizes) {
    const plan =
      n === 0
        ? 'building the site with a cold and a warm image cache'
        : `building the site and a bare Astro blog (${pairCount} pair${pairCount === 1 ? '' : 's'})`;
    console.log(`\n== ${n} articles: generating, ${plan} …`);
    const site = siteCopy(n);
    const bare = bareBlog(n, join(site, 'content/articles'), ROOT);
    try {
      // An image cache of its own, empty for the first build so it draws every share preview;
      // the paired site builds find it warm, as a rebuild would.
      const imageCache = mkdtempSync(join(tmpdir(), `gt-bench-og-${n}-`));
      cleanup.push(imageCache);
      const siteEnv = { SHARE_IMAGE_CACHE: imageCache };
      const cold = await measuredBuild(site, 'cold', siteEnv);
      const coldImages = shareImageLine(cold.output);
      console.log(`   site, empty image cache: ${seconds(cold.wallSeconds)}`);
      // The warm figure: the median over the site's builds with the cache filled (the paired ones).
      const imageRow = (warm: readonly MeasuredBuild[]) => {
        const hot = warm.map((run) => shareImageLine(run.output));
        const hotImages = hot.every((line) => line !== undefined)
          ? `${median(hot.map((line) => line.seconds)).toFixed(1)} s, ${Math.max(...hot.map((line) => line.rendered))} drawn`
          : 'n/a';
        return [
          String(n),
          coldImages ? String(coldImages.images) : 'n/a',
          coldImages
            ? `${(coldImages.kb / 1024).toFixed(1)} MB (${(coldImages.kb / Math.max(1, coldImages.images)).toFixed(1)} KB each)`
            : 'n/a',
          `${seconds(cold.wallSeconds)} (images ${coldImages ? `${coldImages.seconds.toFixed(1)} s, ${coldImages.rendered} drawn` : 'n/a'})`,
          `${seconds(median(warm.map((run) => run.wallSeconds)))} (images ${hotImages})`,
        ];
      };
      if (n === 0) {
        // The real content alone: only the share-preview figures; a bare blog of 0 articles says nothing.
        const warm = await measuredBuild(site, 'warm', siteEnv);
        imageRows.push(imageRow([warm]));
        console.log(`   site ${seconds(cold.wallSeconds)} cold, ${seconds(warm.wallSeconds)} warm`);
        continue;
      }

      const pairs: Pair<MeasuredBuild>[] = [];
      for (let i = 0; i < pairCount; i += 1) {
        const pair: Partial<Record<Side, MeasuredBuild>> = {};
        for (const side of pairOrder(i)) {
          pair[side] =
            side === 'site'
              ? await measuredBuild(site, `pair${i + 1}`, siteEnv)
              : await measuredBuild(bare, `pair${i + 1}`);
        }
        pairs.push(pair as Pair<MeasuredBuild>);
        const { site: ours, bare: base } = pairs.at(-1)!;
        console.log(
          `   pair ${i + 1}/${pairCount} (${pairOrder(i).join(' first, ')} second): site ${seconds(ours.wallSeconds)} ${mib(ours.peakMb)}, bare ${seconds(base.wallSeconds)} ${mib(base.peakMb)}, ratio ${(ours.wallSeconds / base.wallSeconds).toFixed(2)}× (peak ${(ours.peakMb / base.peakMb).toFixed(2)}×)`,
        );
      }

      const siteRuns = pairs.map((pair) => pair.site);
      const bareRuns = pairs.map((pair) => pair.bare);
      const siteWall = median(siteRuns.map((run) => run.wallSeconds));
      const bareWall = median(bareRuns.map((run) => run.wallSeconds));
      const wallRatio = medianRatio(pairs, (run) => run.wallSeconds);
      const cpuRatio = medianRatio(pairs, (run) => run.cpuSeconds);
      const sitePeak = Math.max(...siteRuns.map((run) => run.peakMb));
      const barePeak = Math.max(...bareRuns.map((run) => run.peakMb));
      const peakRatio = sitePeak / barePeak;
      // The highest of each side is the stricter figure; the median of the per-pair ratios is
      // the one a single disturbed run cannot move (peaks of the same build vary by 20 % here).
      const pairPeakRatio = medianRatio(pairs, (run) => run.peakMb);
      const pages = siteRuns.at(-1)!.pages;

      const dist = join(site, 'dist');
      const index = dirSize(join(dist, 'pagefind'));
      let search = 'n/a (hook missing)';
      if (index > 0) {
        try {
          const result = await benchSearch(dist, 'telefonie');
          search = `${kb(result.bytesTransferredBeforeFirstResult)} / ${Math.round(result.msToFirstResult)} ms (${result.resultCount} results)`;
        } catch (error) {
          // A missing browser is no reason to lose the build figures.
          search = `n/a (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
        }
      }
      buildRows.push([
        String(n),
        `${pages} / ${bareRuns.at(-1)!.pages}`,
        seconds(siteWall),
        seconds(bareWall),
        Number.isNaN(wallRatio) ? 'n/a' : `${wallRatio.toFixed(2)}×`,
        Number.isNaN(cpuRatio) ? 'n/a' : `${cpuRatio.toFixed(2)}×`,
        mib(sitePeak),
        mib(barePeak),
        Number.isNaN(peakRatio) ? 'n/a' : `${peakRatio.toFixed(2)}×`,
        (pages / siteWall).toFixed(0),
        index ? kb(index) : 'no index (search not landed)',
        search,
      ]);
      targetRows.push([
        String(n),
        againstTarget(wallRatio, TARGETS.wallRatio, TARGETS.wallRatioAim),
        againstTarget(peakRatio, TARGETS.peakRatio),
        againstTarget(pairPeakRatio, TARGETS.peakRatio),
      ]);
      phaseRows.push(phaseRow(n, 'site', medianPhases(siteRuns.map((run) => run.phases))));
      phaseRows.push(phaseRow(n, 'bare', medianPhases(bareRuns.map((run) => run.phases))));
      imageRows.push(imageRow(siteRuns));

      const article = pageWeight(dist, pageFile(paths.article('artikel-0001')));
      const home = pageWeight(dist, pageFile(paths.home()));
      const list = pageWeight(dist, pageFile(paths.articleList()));
      const bareArticle = pageWeight(join(bare, 'dist'), 'artikel-0001/index.html');
      weightRows.push([
        String(n),
        `${kb(article.total)} (JS ${article.js} B)`,
        kb(home.total),
        kb(list.total),
        kb(bareArticle.total),
      ]);
      console.log(
        `   median: site ${seconds(siteWall)}, bare ${seconds(bareWall)}; median of the pair ratios ${wallRatio.toFixed(2)}×`,
      );
    } finally {
      if (values.keep) console.log(`   kept (build logs in bench-*.log): ${site} ${bare}`);
      else {
        rmSync(site, { recursive: true, force: true });
        rmSync(bare, { recursive: true, force: true });
      }
      for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(
    `\nBuild (${resolve(ROOT)}; Node ${process.version}; ${cpus().length} cores; ${pairCount} alternating pair${pairCount === 1 ? '' : 's'} per size, medians)`,
  );
  if (buildRows.length) {
    console.log(
      table(
        [
          'generated',
          'pages (site / bare)',
          'site build',
          'bare Astro build',
          'wall ratio',
          'CPU ratio',
          'site peak',
          'bare peak',
          'peak ratio',
          'pages/s',
          'search index',
          'first result (bytes / time)',
        ],
        buildRows,
      ),
    );
    console.log(
      `\nTargets (issue 11; information, the bench does not fail on them): wall ratio ≤ ${TARGETS.wallRatio}× (aim ${TARGETS.wallRatioAim}×), peak memory ≤ bare + 10 %`,
    );
    console.log(
      table(
        [
          'generated',
          'wall ratio (median of the pair ratios)',
          'peak ratio (highest site / highest bare)',
          'peak ratio (median of the pair ratios)',
        ],
        targetRows,
      ),
    );
    console.log(
      "\nPhases (from the arrival times of the builds' own log lines; each figure is a median over the pairs on its own, so they need not add up to the total)",
    );
    console.log(
      table(
        [
          'generated',
          'build',
          'pre-build',
          'Vite bundling',
          'page generation',
          'after-build (hooks)',
          'total',
        ],
        phaseRows,
      ),
    );
    console.log('\nPage weights (gzip; HTML + CSS + fonts, images excluded)');
    console.log(
      table(
        ['generated', 'article', 'home', paths.articleList(), 'bare Astro article'],
        weightRows,
      ),
    );
  }
  console.log(
    '\nShare previews (1200×630 PNG per page; build with an empty image cache, then with it warm: median of the paired site builds)',
  );
  console.log(
    table(
      ['generated', 'images', 'total bytes', 'build, cold cache', 'build, warm cache'],
      imageRows,
    ),
  );
}
