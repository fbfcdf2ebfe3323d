/**
 * `npm run bench`: build-time and page-weight benchmark. For each size (10, 100, 1000 generated
 * Dutch articles of ~700 words, from scripts/gen-articles.mjs through the adapter in
 * scripts/lib/generated-content.ts, added to the real content) it builds a temporary copy of
 * this site and, for comparison, a bare Astro blog of the same article MDX files (content
 * collection + one trivial layout, no integrations beyond MDX), and prints:
 * build time (wall clock), peak memory (largest process, from GNU time), pages per second, page
 * weights (gzip), search index size, and bytes and time to the first search result
 * (scripts/bench-search.ts); and the share previews (src/integrations/share-images.ts): their
 * count and total bytes, and the build time with an empty image cache and again with a warm
 * one (a second build of the same copy). `--sizes 0` measures the real content alone.
 *
 * It prints figures and never fails on them. Run it on a quiet machine, once, not in a loop.
 *
 *   npm run bench [-- --sizes 10,100,1000] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchSearch } from './bench-search.ts';
import { bareBlog } from './lib/bare-blog.ts';
import { writeGeneratedArticles } from './lib/generated-content.ts';
import { ASTRO_BIN, astroEnv, copySite } from './lib/site-copy.ts';
import { pageWeight } from './lib/page-weight.ts';

const ROOT = process.cwd();
const ASTRO = join(ROOT, ASTRO_BIN);
const TIME = '/usr/bin/time';

interface BuildRun {
  seconds: number;
  peakMb: number;
  pages: number;
  output: string;
}

/** Runs `astro build` in `dir` under GNU time: wall seconds and max RSS of the largest process. */
function timedBuild(dir: string, extraEnv: NodeJS.ProcessEnv = {}): BuildRun {
  const env = { ...astroEnv(), ...extraEnv };
  const useTime = existsSync(TIME);
  const started = performance.now();
  const result = useTime
    ? spawnSync(TIME, ['-f', 'GNUTIME %e %M', process.execPath, ASTRO, 'build'], { cwd: dir, encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(process.execPath, [ASTRO, 'build'], { cwd: dir, encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
  const wall = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`astro build failed in ${dir}:\n${output.slice(-4000)}`);
  const measured = /GNUTIME ([\d.]+) (\d+)/.exec(output);
  const pages = countPages(join(dir, 'dist'));
  return { seconds: measured ? Number(measured[1]) : wall, peakMb: measured ? Number(measured[2]) / 1024 : NaN, pages, output };
}

/** The share-images integration's summary line: image count, how many were drawn, KB, seconds. */
function shareImageLine(output: string): { images: number; rendered: number; kb: number; seconds: number } | undefined {
  const match = /\[share-images\] (\d+) deelafbeeldingen \((\d+) getekend, \d+ uit de cache\), (\d+) KB, ([\d.]+) s/.exec(output);
  return match ? { images: Number(match[1]), rendered: Number(match[2]), kb: Number(match[3]), seconds: Number(match[4]) } : undefined;
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
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10,100,1000' }, keep: { type: 'boolean', default: false } } });
  const sizes = values.sizes.split(',').map(Number);
  const buildRows: string[][] = [];
  const weightRows: string[][] = [];
  const imageRows: string[][] = [];
  const cleanup: string[] = [];
  for (const n of sizes) {
    console.log(`\n== ${n} articles: generating, building the site and a bare Astro blog …`);
    const site = siteCopy(n);
    const bare = bareBlog(n, join(site, 'content/articles'));
    try {
      // An empty image cache of its own, so the first build draws every share preview.
      const imageCache = mkdtempSync(join(tmpdir(), `gt-bench-og-${n}-`));
      cleanup.push(imageCache);
      const ours = timedBuild(site, { SHARE_IMAGE_CACHE: imageCache });
      const warm = timedBuild(site, { SHARE_IMAGE_CACHE: imageCache });
      const cold = shareImageLine(ours.output);
      const hot = shareImageLine(warm.output);
      imageRows.push([
        String(n),
        cold ? String(cold.images) : 'n/a',
        cold ? `${(cold.kb / 1024).toFixed(1)} MB (${(cold.kb / Math.max(1, cold.images)).toFixed(1)} KB each)` : 'n/a',
        `${ours.seconds.toFixed(1)} s (images ${cold ? `${cold.seconds.toFixed(1)} s, ${cold.rendered} drawn` : 'n/a'})`,
        `${warm.seconds.toFixed(1)} s (images ${hot ? `${hot.seconds.toFixed(1)} s, ${hot.rendered} drawn` : 'n/a'})`,
      ]);
      if (n === 0) {
        // The real content alone: only the share-preview figures; a bare blog of 0 articles says nothing.
        console.log(`   site ${ours.seconds.toFixed(1)} s cold, ${warm.seconds.toFixed(1)} s warm`);
        continue;
      }
      const base = timedBuild(bare);
      const dist = join(site, 'dist');
      const index = dirSize(join(dist, 'pagefind'));
      let search = 'n/a (hook missing)';
      if (index > 0) {
        const result = await benchSearch(dist, 'telefonie');
        search = `${kb(result.bytesTransferredBeforeFirstResult)} / ${Math.round(result.msToFirstResult)} ms (${result.resultCount} results)`;
      }
      buildRows.push([
        String(n),
        String(ours.pages),
        `${ours.seconds.toFixed(1)} s`,
        `${Math.round(ours.peakMb)} MB`,
        (ours.pages / ours.seconds).toFixed(0),
        `${base.seconds.toFixed(1)} s (${base.pages} p.)`,
        `${Math.round(base.peakMb)} MB`,
        `${(ours.seconds / base.seconds).toFixed(2)}×`,
        index ? kb(index) : 'no index (search not landed)',
        search,
      ]);
      const article = pageWeight(dist, 'artikelen/artikel-0001/index.html');
      const home = pageWeight(dist, 'index.html');
      const list = pageWeight(dist, 'artikelen/index.html');
      const bareArticle = pageWeight(join(bare, 'dist'), 'artikel-0001/index.html');
      weightRows.push([String(n), `${kb(article.total)} (JS ${article.js} B)`, kb(home.total), kb(list.total), kb(bareArticle.total)]);
      console.log(`   site ${ours.seconds.toFixed(1)} s, bare ${base.seconds.toFixed(1)} s`);
    } finally {
      if (values.keep) console.log(`   kept: ${site} ${bare}`);
      else {
        rmSync(site, { recursive: true, force: true });
        rmSync(bare, { recursive: true, force: true });
      }
      for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(`\nBuild (${resolve(ROOT)}; Node ${process.version}; ${(await import('node:os')).cpus().length} cores)`);
  console.log(table(['generated', 'pages', 'build', 'peak mem', 'pages/s', 'bare Astro build', 'bare peak', 'ratio', 'search index', 'first result (bytes / time)'], buildRows));
  console.log('\nPage weights (gzip; HTML + CSS + fonts, images excluded)');
  console.log(table(['generated', 'article', 'home', '/artikelen/', 'bare Astro article'], weightRows));
  console.log('\nShare previews (1200×630 PNG per page; build with an empty image cache, then rebuilt with it warm)');
  console.log(table(['generated', 'images', 'total bytes', 'build, cold cache', 'build, warm cache'], imageRows));
}
