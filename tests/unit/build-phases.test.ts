/**
 * The bench's phase split, read from real `astro build` logs as scripts/lib/timed-build.ts
 * records them (arrival ms, a space, the line without colours). The excerpts are cut from
 * bench runs with 10 generated articles: route lists, readability warnings and Vite's warning
 * boxes shortened; every line kept is verbatim.
 */
import { describe, expect, it } from 'vitest';
import { formatTimedLog, parseBuildPhases, parseTimedLog } from '../../scripts/lib/build-phases.ts';

/** The site, share-image cache warm, after Vite re-optimised its dependencies. */
const SITE_WARM = parseTimedLog(`
  3537 09:06:14 [WARN] [content-checks] 
  3537 let op  content/articles/artikel-0001.mdx: leesbaarheid: gemiddeld 12,6 woorden per zin (streef naar hoogstens 15), Flesch-Douma 15 (streef naar 60 of hoger), 0 zinnen van meer dan 25 woorden — oplossing: maak lange zinnen korter en kies waar het kan kortere, gewone woorden; mik op taalniveau B1
  3537 0 fouten, 18 waarschuwingen
  3856 09:06:14 [vite] Re-optimizing dependencies because vite config has changed
  6343 09:06:17 [content] Syncing content
  6593 09:06:17 [content] Synced content
  6597 09:06:17 [types] Generated 2.93s
  6599 09:06:17 [build] output: "static"
  6599 09:06:17 [build] mode: "static"
  6599 09:06:17 [build] directory: /tmp/gt-cap-d1xOMX/dist/
  6599 09:06:17 [build] Collecting build info...
  6599 09:06:17 [build] ✓ Completed in 3.81s.
  6600 09:06:17 [build] Building static entrypoints...
  8468 09:06:19 [WARN] [vite] [MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive "use astro:head-inject" in "content/articles/wat-een-gemeente-nodig-heeft-van-telefonie.mdx?astroPropagatedAssets" may not be preserved when bundling.
  8468    │
  8468  2 │               "use astro:head-inject";
  8475 09:06:19 [vite] ✓ built in 1.82s
  8542 09:06:19 [vite] ✓ built in 60ms
  8557 09:06:19 [build] Rearranging server assets...
  8593  generating static routes 
  8780 09:06:19   ├─ /.well-known/security.txt (+48ms) 
  8791 09:06:19   ├─ /404.html (+11ms) 
  9605 09:06:20   ├─ /index.html (+11ms) 
  9605 09:06:20 ✓ Completed in 1.03s.
  9605 09:06:20 [build] ✓ Completed in 3.00s.
  9621 09:06:20 [@astrojs/sitemap] \`sitemap-index.xml\` created at \`dist\`
  9687 09:06:20 [share-images] 94 deelafbeeldingen (0 getekend, 94 uit de cache), 1682 KB, 0.1 s
 10425 09:06:21 [pagefind] 70 pagina's geïndexeerd voor zoeken (taal: nl)
 10425 09:06:21 [build] 95 page(s) built in 7.63s
 10425 09:06:21 [build] Complete!
`);

/** The site with an empty share-image cache: Astro reports the slow hook while it waits. */
const SITE_COLD = parseTimedLog(`
  1546 09:03:28 [WARN] [content-checks] 
  1546 0 fouten, 18 waarschuwingen
  2574 09:03:29 [content] Syncing content
  2678 09:03:29 [content] Synced content
  2679 09:03:29 [types] Generated 1.11s
  2679 09:03:29 [build] Collecting build info...
  2680 09:03:29 [build] ✓ Completed in 1.38s.
  2681 09:03:29 [build] Building static entrypoints...
  3595 09:03:30 [vite] ✓ built in 889ms
  3640 09:03:30 [vite] ✓ built in 40ms
  3652 09:03:30 [build] Rearranging server assets...
  3671  generating static routes 
  3770 09:03:30   ├─ /.well-known/security.txt (+27ms) 
  4129 09:03:31 ✓ Completed in 476ms.
  4208 09:03:31 [build] ✓ Completed in 1.53s.
  4238 09:03:31 [@astrojs/sitemap] \`sitemap-index.xml\` created at \`dist\`
  7239 09:03:34 [build] Waiting for integration "share-images", hook "astro:build:done"...
  8782 09:03:35 [share-images] 94 deelafbeeldingen (94 getekend, 0 uit de cache), 1682 KB, 4.5 s
  9060 09:03:36 [pagefind] 70 pagina's geïndexeerd voor zoeken (taal: nl)
  9060 09:03:36 [build] 95 page(s) built in 7.76s
  9060 09:03:36 [build] Complete!
`);

/** The bare Astro MDX blog over the same articles: no hooks of its own. */
const BARE = parseTimedLog(`
  1446 09:06:22 [vite] Re-optimizing dependencies because vite config has changed
  2872 09:06:24 [content] Syncing content
  2942 09:06:24 [content] Synced content
  2951 09:06:24 [types] Generated 1.55s
  2951 09:06:24 [build] output: "static"
  2951 09:06:24 [build] mode: "static"
  2951 09:06:24 [build] directory: /tmp/gt-bench-bare-10-hqYNDZ/dist/
  2951 09:06:24 [build] Collecting build info...
  2951 09:06:24 [build] ✓ Completed in 1.63s.
  2951 09:06:24 [build] Building static entrypoints...
  4449 09:06:25 [WARN] [vite] [MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive "use astro:head-inject" in "content/articles/als-de-leverancier-wankelt.mdx?astroPropagatedAssets" may not be preserved when bundling.
  4459 09:06:25 [vite] ✓ built in 1.46s
  4493 09:06:25 [vite] ✓ built in 27ms
  4527 09:06:25 [build] Rearranging server assets...
  4602  generating static routes 
  4927 09:06:26 ✓ Completed in 397ms.
  4933 09:06:26 [build] ✓ Completed in 1.98s.
  4933 09:06:26 [build] 20 page(s) built in 3.62s
  4933 09:06:26 [build] Complete!
`);

describe('parseTimedLog', () => {
  it('reads the arrival time and keeps the text, leading spaces included', () => {
    expect(SITE_WARM[0]).toEqual({ ms: 3537, text: '09:06:14 [WARN] [content-checks] ' });
    expect(SITE_WARM.find((line) => line.text.includes('generating'))).toEqual({
      ms: 8593,
      text: ' generating static routes ',
    });
  });

  it('reads back what formatTimedLog writes', () => {
    const lines = [
      { ms: 12.4, text: ' generating static routes ' },
      { ms: 10425, text: '' },
    ];
    expect(parseTimedLog(formatTimedLog(lines))).toEqual([
      { ms: 12, text: ' generating static routes ' },
      { ms: 10425, text: '' },
    ]);
  });
});

describe('parseBuildPhases', () => {
  it('splits the site build at the lines Astro prints between its steps', () => {
    const phases = parseBuildPhases(SITE_WARM, 10_559)!;
    expect(phases.totalMs).toBe(10_559);
    // Start → "Building static entrypoints...": config, content checks, sync, types.
    expect(phases.preBuildMs).toBe(6600);
    expect(phases.contentSyncMs).toBe(6593 - 6343);
    // → " generating static routes ": Vite, its warnings included.
    expect(phases.viteMs).toBe(8593 - 6600);
    // → the "[build] ✓ Completed" that closes the static build, not the bare "✓ Completed" before it.
    expect(phases.pagesMs).toBe(9605 - 8593);
    // → the end of the process.
    expect(phases.afterBuildMs).toBe(10_559 - 9605);
    expect(phases.preBuildMs + phases.viteMs + phases.pagesMs + phases.afterBuildMs).toBe(
      phases.totalMs,
    );
  });

  it('gives each after-build hook the time up to its own line, in the order they ran', () => {
    expect(parseBuildPhases(SITE_WARM, 10_559)!.hooks).toEqual([
      { name: '@astrojs/sitemap', ms: 9621 - 9605 },
      { name: 'share-images', ms: 9687 - 9621 },
      { name: 'pagefind', ms: 10425 - 9687 },
    ]);
  });

  it('does not count Astro\'s own "Waiting for integration" line as a hook', () => {
    const hooks = parseBuildPhases(SITE_COLD, 9_373)!.hooks;
    expect(hooks.map((hook) => hook.name)).toEqual([
      '@astrojs/sitemap',
      'share-images',
      'pagefind',
    ]);
    // The share-images line says 4.5 s; the arrival times agree.
    expect(hooks[1]!.ms).toBe(8782 - 4238);
  });

  it('does not take warnings before the build (content checks) or from Vite for hooks', () => {
    const phases = parseBuildPhases(SITE_COLD, 9_373)!;
    expect(phases.preBuildMs).toBe(2681);
    expect(phases.hooks.map((hook) => hook.name)).not.toContain('content-checks');
  });

  it('splits the bare blog the same way, with no hooks', () => {
    const phases = parseBuildPhases(BARE, 5_096)!;
    expect(phases).toEqual({
      totalMs: 5_096,
      preBuildMs: 2951,
      contentSyncMs: 70,
      viteMs: 4602 - 2951,
      pagesMs: 4933 - 4602,
      afterBuildMs: 5_096 - 4933,
      hooks: [],
    });
  });

  it('gives up on a log without the page generation lines (a build that stopped in Vite)', () => {
    const stopped = BARE.filter((line) => !line.text.includes('generating static routes'));
    expect(parseBuildPhases(stopped, 5_096)).toBeUndefined();
    expect(parseBuildPhases([], 0)).toBeUndefined();
  });

  it('leaves content sync undefined when the log has no sync lines', () => {
    const unsynced = BARE.filter((line) => !line.text.includes('[content]'));
    expect(parseBuildPhases(unsynced, 5_096)!.contentSyncMs).toBeUndefined();
  });
});
